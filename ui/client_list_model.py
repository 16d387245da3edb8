"""The client list as a Qt table model: with an empty search box, every client in name order, fetched page by
page as the adviser scrolls; with something typed, the ranked matches of `lookup_clients`.

Paging is keyset paging (the sort key of the last row loaded is the `after` of the next page), so the
hundredth page costs what the first does. The first page at start-up is read on the UI thread (it is needed
before the window is of any use, and takes milliseconds). Later pages and every lookup run in a worker. One
query runs at a time; a query typed meanwhile supersedes it, and the answer to the superseded one is dropped.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
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
from app.usecases.lookup_clients import LookupResult, MatchReason, lookup_clients
from app.workstation import Workstation
from ui.locale_format import short_date
from ui.workers import run_in_background

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    BORN = 1
    MUNICIPALITY = 2
    LANGUAGE = 3
    PHONE = 4
    SAFETY_MARKING = 5
    FOUND_BY = 6


# Enough ranked matches for any one caller; more means the adviser should type more.
LOOKUP_LIMIT = 50


CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def language_name(code: str) -> str:
    """The adviser-facing name of a client's preferred language; an unknown code is shown as it is."""
    names = {
        "fi": QCoreApplication.translate("Language", "Finnish"),
        "sv": QCoreApplication.translate("Language", "Swedish"),
        "en": QCoreApplication.translate("Language", "English"),
    }
    return names.get(code, code)


def match_reason_text(reason: MatchReason, recently_served: bool) -> str:
    texts = {
        MatchReason.PHONE: QCoreApplication.translate("MatchReason", "phone number"),
        MatchReason.IDENTITY_CODE: QCoreApplication.translate("MatchReason", "identity code"),
        MatchReason.EMAIL: QCoreApplication.translate("MatchReason", "e-mail"),
        MatchReason.NAME_EXACT: QCoreApplication.translate("MatchReason", "name"),
        MatchReason.BIRTH_DATE: QCoreApplication.translate("MatchReason", "birth date"),
        MatchReason.NAME_PREFIX: QCoreApplication.translate("MatchReason", "name begins so"),
        MatchReason.PHONE_PREFIX: QCoreApplication.translate("MatchReason", "number begins so"),
        MatchReason.NAME_FUZZY: QCoreApplication.translate("MatchReason", "similar name"),
    }
    text = texts[reason]
    if recently_served:
        text += QCoreApplication.translate("MatchReason", " · served recently")
    return text


@dataclass(frozen=True)
class _Answer:
    rows: list[ClientSummary]
    found_by: list[str]
    has_more: bool
    lookup: LookupResult | None = None


class ClientListModel(QAbstractTableModel):
    """All clients in name order, or the ranked matches of what the adviser typed."""

    # Emitted after every reset (start-up, new query) once the first page is in the model.
    first_page_loaded = Signal(int)
    # After every lookup: the LookupResult (kind of key read, problem, whether more matched); None for browsing.
    lookup_answered = Signal(object)
    # True while a page is being read in the worker.
    loading_changed = Signal(bool)
    # A page could not be read; the text is for the adviser (no personal data).
    load_failed = Signal(str)

    def __init__(self, workstation: Workstation, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._page_size = page_size
        self._query = ""
        self._rows: list[ClientSummary] = []
        self._found_by: list[str] = []
        self.last_lookup: LookupResult | None = None
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
            Column.SAFETY_MARKING: self.tr("Safety"),
            Column.FOUND_BY: self.tr("Found by"),
        }

    @property
    def query(self) -> str:
        return self._query

    @property
    def loading(self) -> bool:
        """A query is in flight or waiting: the rows shown may be about to change."""
        return self._loading or self._reset_wanted

    def load(self) -> None:
        """Read the first page for the current query now, on the calling thread (used once, at start-up)."""
        self._apply_first_page(self._first_answer(self._query))

    def set_query(self, query: str) -> None:
        """Show the matches of `query` (every client when empty); the model resets when the worker answers."""
        self._query = query.strip()
        self.refresh()

    def refresh(self) -> None:
        """Read the current query again, e.g. after a client was added or edited."""
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
        if horizontal and role == Qt.ItemDataRole.ToolTipRole and section == Column.SAFETY_MARKING:
            return self.tr("Safety marking (turvakielto): the client's address must not be disclosed.")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        client = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is Column.FOUND_BY:
                return self._found_by[index.row()]
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
        after = self._rows[-1].sort_key
        self._begin_query(lambda: self._browse(after), self._next_page_arrived)

    # --- querying --------------------------------------------------------------------------------------------------

    def _browse(self, after: tuple[str, str, str] | None) -> _Answer:
        rows = browse_clients(self._workstation, after=after, limit=self._page_size)
        return _Answer(rows, [""] * len(rows), has_more=len(rows) == self._page_size)

    def _first_answer(self, query: str) -> _Answer:
        if not query:
            return self._browse(after=None)
        result = lookup_clients(self._workstation, query, limit=LOOKUP_LIMIT)
        return _Answer([match.client for match in result.matches],
                       [match_reason_text(match.reason, match.recently_served) for match in result.matches],
                       has_more=False, lookup=result)

    def _start_first_page(self) -> None:
        self._reset_wanted = False
        query = self._query
        self._begin_query(lambda: self._first_answer(query), self._first_page_arrived)

    def _begin_query(self, work: Callable[[], _Answer], on_success: Callable[[_Answer], None]) -> None:
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

    def _first_page_arrived(self, answer: _Answer) -> None:
        if self._end_query():
            self._apply_first_page(answer)

    def _next_page_arrived(self, answer: _Answer) -> None:
        if not self._end_query():
            return
        self._has_more = answer.has_more
        if answer.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(answer.rows) - 1)
            self._rows.extend(answer.rows)
            self._found_by.extend(answer.found_by)
            self.endInsertRows()

    def _query_failed(self, message: str) -> None:
        if self._end_query():
            self._has_more = False
            self.load_failed.emit(message)

    def _apply_first_page(self, answer: _Answer) -> None:
        self.beginResetModel()
        self._rows = answer.rows
        self._found_by = answer.found_by
        self._has_more = answer.has_more
        self.last_lookup = answer.lookup
        self.endResetModel()
        self.lookup_answered.emit(answer.lookup)
        self.first_page_loaded.emit(len(answer.rows))

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
                return short_date(client.birth_date)
            case Column.MUNICIPALITY:
                return municipality_name(client.municipality_code) or ""
            case Column.LANGUAGE:
                return language_name(client.preferred_language)
            case Column.PHONE:
                return display_phone(client.first_phone) if client.first_phone else ""
            case Column.SAFETY_MARKING:
                return self.tr("Marked") if client.safety_marking else ""
