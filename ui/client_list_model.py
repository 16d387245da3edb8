"""The client list as a Qt table model: pages of `browse_clients`, fetched as the adviser scrolls.

Paging is keyset paging (the sort key of the last row loaded is the `after` of the next page), so the
hundredth page costs what the first does. The first page at start-up is read on the UI thread (it is needed
before the window is of any use, and takes milliseconds). Later pages and new prefixes are read in a worker:
measured on a million clients, a last-name prefix costs 70–900 ms, because the LIKE filter walks the name
index instead of seeking in it. One query runs at a time; a prefix typed meanwhile supersedes it, and the
answer to the superseded one is dropped.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.domain.client import ClientSummary
from app.domain.phone_number import display_phone
from app.municipalities import municipality_name
from app.usecases.browse_clients import PAGE_SIZE, browse_clients
from app.workstation import Workstation
from ui.workers import run_in_background

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    BORN = 1
    MUNICIPALITY = 2
    LANGUAGE = 3
    PHONE = 4
    SAFETY_MARKING = 5


CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def language_name(code: str) -> str:
    """The adviser-facing name of a client's preferred language; an unknown code is shown as it is."""
    names = {
        "fi": QCoreApplication.translate("Language", "Finnish"),
        "sv": QCoreApplication.translate("Language", "Swedish"),
        "en": QCoreApplication.translate("Language", "English"),
    }
    return names.get(code, code)


def finnish_date(day: date | None) -> str:
    """dd.mm.yyyy, the form advisers and clients read dates in."""
    return day.strftime("%d.%m.%Y") if day else ""


class ClientListModel(QAbstractTableModel):
    """Clients in name order, optionally narrowed to a last-name prefix."""

    # Emitted after every reset (start-up, new prefix) once the first page is in the model.
    first_page_loaded = Signal(int)
    # True while a page is being read in the worker.
    loading_changed = Signal(bool)
    # A page could not be read; the text is for the adviser (no personal data).
    load_failed = Signal(str)

    def __init__(self, workstation: Workstation, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._page_size = page_size
        self._prefix = ""
        self._rows: list[ClientSummary] = []
        self._has_more = False
        self._loading = False
        self._reset_wanted = False
        self._workers = QThreadPool(self)
        self._warning_icon: QIcon | None = None
        self._headers = {
            Column.NAME: self.tr("Name"),
            Column.BORN: self.tr("Born"),
            Column.MUNICIPALITY: self.tr("Municipality"),
            Column.LANGUAGE: self.tr("Language"),
            Column.PHONE: self.tr("Phone"),
            Column.SAFETY_MARKING: self.tr("Safety marking"),
        }

    @property
    def prefix(self) -> str:
        return self._prefix

    @property
    def loading(self) -> bool:
        """A query is in flight or waiting: the rows shown may be about to change."""
        return self._loading or self._reset_wanted

    def load(self) -> None:
        """Read the first page for the current prefix now, on the calling thread (used once, at start-up)."""
        self._apply_first_page(self._page(self._prefix, after=None))

    def set_prefix(self, prefix: str) -> None:
        """Show clients whose last name starts with `prefix`; the model resets when the worker answers."""
        self._prefix = prefix.strip()
        self._reset_wanted = True
        if not self._loading:
            self._start_first_page()

    def wait_for_workers(self, timeout_ms: int = 10_000) -> bool:
        return self._workers.waitForDone(timeout_ms)

    def client_id(self, row: int) -> uuid.UUID | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def summary(self, row: int) -> ClientSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- QAbstractTableModel -------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return self._headers[Column(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        client = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(client, column)
        if column is Column.SAFETY_MARKING and client.safety_marking:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Safety marking: the client's address must not be disclosed.")
            if role == Qt.ItemDataRole.DecorationRole:
                return self._safety_marking_icon()
        if role == CLIENT_ID_ROLE:
            return str(client.id)
        return None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._has_more or not self._rows or self.loading:
            return
        prefix, after = self._prefix, self._rows[-1].sort_key
        self._begin_query(lambda: self._page(prefix, after), self._next_page_arrived)

    # --- querying --------------------------------------------------------------------------------------------------

    def _page(self, prefix: str, after: tuple[str, str, str] | None) -> list[ClientSummary]:
        return browse_clients(self._workstation, after=after, last_name_prefix=prefix, limit=self._page_size)

    def _start_first_page(self) -> None:
        self._reset_wanted = False
        prefix = self._prefix
        self._begin_query(lambda: self._page(prefix, after=None), self._first_page_arrived)

    def _begin_query(self, work: Callable[[], list[ClientSummary]],
                     on_success: Callable[[list[ClientSummary]], None]) -> None:
        self._loading = True
        self.loading_changed.emit(True)
        run_in_background(self._workers, self, work, on_success, self._query_failed)

    def _end_query(self) -> bool:
        """Mark the query done; False when a newer prefix superseded it (and has now been started)."""
        self._loading = False
        if self._reset_wanted:
            self._start_first_page()
            return False
        self.loading_changed.emit(False)
        return True

    def _first_page_arrived(self, page: list[ClientSummary]) -> None:
        if self._end_query():
            self._apply_first_page(page)

    def _next_page_arrived(self, page: list[ClientSummary]) -> None:
        if not self._end_query():
            return
        self._has_more = len(page) == self._page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def _query_failed(self, message: str) -> None:
        if self._end_query():
            self._has_more = False
            self.load_failed.emit(message)

    def _apply_first_page(self, page: list[ClientSummary]) -> None:
        self.beginResetModel()
        self._rows = page
        self._has_more = len(page) == self._page_size
        self.endResetModel()
        self.first_page_loaded.emit(len(page))

    # --- showing ---------------------------------------------------------------------------------------------------

    def _safety_marking_icon(self) -> QIcon:
        if self._warning_icon is None:
            self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon

    def _display(self, client: ClientSummary, column: Column) -> str:
        match column:
            case Column.NAME:
                return f"{client.last_name}, {client.first_names}"
            case Column.BORN:
                return finnish_date(client.birth_date)
            case Column.MUNICIPALITY:
                return municipality_name(client.municipality_code) or ""
            case Column.LANGUAGE:
                return language_name(client.preferred_language)
            case Column.PHONE:
                return display_phone(client.first_phone) if client.first_phone else ""
            case Column.SAFETY_MARKING:
                return self.tr("Safety marking") if client.safety_marking else ""
