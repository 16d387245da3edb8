"""The client list as a Qt table model: pages of `browse_clients`, fetched as the adviser scrolls.

Paging is keyset paging (the sort key of the last row loaded is the `after` of the next page), so the
hundredth page costs what the first does. A page is an indexed query of about a millisecond, which is why it
may run on the UI thread; counting all clients is not, and lives in the status worker instead.
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.domain.client import ClientSummary
from app.municipalities import municipality_name
from app.usecases.browse_clients import PAGE_SIZE, browse_clients
from app.workstation import Workstation

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

    def __init__(self, workstation: Workstation, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._page_size = page_size
        self._prefix = ""
        self._rows: list[ClientSummary] = []
        self._has_more = False
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

    def load(self) -> None:
        """(Re)load the first page for the current prefix."""
        self.beginResetModel()
        self._rows = self._page(after=None)
        self._has_more = len(self._rows) == self._page_size
        self.endResetModel()
        self.first_page_loaded.emit(len(self._rows))

    def set_prefix(self, prefix: str) -> None:
        self._prefix = prefix.strip()
        self.load()

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
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.SAFETY_MARKING and client.safety_marking:
            return self.tr("Safety marking: the client's address must not be disclosed.")
        if role == CLIENT_ID_ROLE:
            return str(client.id)
        return None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._has_more or not self._rows:
            return
        page = self._page(after=self._rows[-1].sort_key)
        self._has_more = len(page) == self._page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # --- helpers -------------------------------------------------------------------------------------------------

    def _page(self, after: tuple[str, str, str] | None) -> list[ClientSummary]:
        return browse_clients(self._workstation, after=after, last_name_prefix=self._prefix, limit=self._page_size)

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
                return client.first_phone or ""
            case Column.SAFETY_MARKING:
                return self.tr("Safety marking") if client.safety_marking else ""
