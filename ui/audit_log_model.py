"""The audit trail as a Qt table model: the first page when a filter is applied, later pages as the view scrolls.

Every page is read in a worker. A filter applied while a page is loading supersedes it; the late answer is
dropped, so the rows shown always belong to the filter on screen.
"""

from __future__ import annotations

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

from app.domain.audit import AuditAction, AuditEntry
from app.usecases.audit_trail import AuditCursor, AuditTrailFilter, AuditTrailPage, list_audit_events
from app.workstation import Workstation
from ui.locale_format import date_time_seconds
from ui.workers import run_in_background

_Index = QModelIndex | QPersistentModelIndex


class AuditColumn(IntEnum):
    TIME = 0
    ADVISER = 1
    ACTION = 2
    RECORD = 3
    REASON = 4
    WORKSTATION = 5


def audit_action_text(action: AuditAction) -> str:
    texts = {
        AuditAction.VIEW_CLIENT: QCoreApplication.translate("AuditAction", "Opened a client's card"),
        AuditAction.SEARCH_CLIENTS: QCoreApplication.translate("AuditAction", "Searched for clients"),
        AuditAction.REVEAL_IDENTITY_CODE: QCoreApplication.translate("AuditAction", "Revealed an identity code"),
        AuditAction.CREATE_CLIENT: QCoreApplication.translate("AuditAction", "Added a client"),
        AuditAction.EDIT_CLIENT: QCoreApplication.translate("AuditAction", "Edited a client"),
        AuditAction.DELETE_CLIENT: QCoreApplication.translate("AuditAction", "Removed a client"),
        AuditAction.EXPORT: QCoreApplication.translate("AuditAction", "Exported data"),
        AuditAction.CONSENT_CHANGE: QCoreApplication.translate("AuditAction", "Recorded a consent decision"),
        AuditAction.SYNC: QCoreApplication.translate("AuditAction", "Synchronised with the CRM"),
        AuditAction.VIEW_AUDIT_LOG: QCoreApplication.translate("AuditAction", "Viewed the audit log"),
        AuditAction.RECORD_ENCOUNTER: QCoreApplication.translate("AuditAction", "Recorded an encounter"),
        AuditAction.VIEW_SITUATIONAL_PICTURE: QCoreApplication.translate("AuditAction",
                                                                         "Viewed the situational picture"),
    }
    return texts.get(action, action.value)


class AuditLogModel(QAbstractTableModel):
    # After the first page of a filter: (rows on it, events matching in all).
    first_page_loaded = Signal(int, int)
    load_failed = Signal(str)
    loading_changed = Signal(bool)

    def __init__(self, workstation: Workstation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._workers = QThreadPool(self)
        self._entries: list[AuditEntry] = []
        self._filter: AuditTrailFilter | None = None
        self._next_page: AuditCursor | None = None
        self._generation = 0
        self.loading = False
        self.total = 0

    # --- Qt model --------------------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AuditColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            AuditColumn.TIME: self.tr("Time"),
            AuditColumn.ADVISER: self.tr("Adviser"),
            AuditColumn.ACTION: self.tr("Action"),
            AuditColumn.RECORD: self.tr("Record"),
            AuditColumn.REASON: self.tr("Details"),
            AuditColumn.WORKSTATION: self.tr("Workstation"),
        }[AuditColumn(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._entries[index.row()]
        event = entry.event
        column = AuditColumn(index.column())
        if column is AuditColumn.TIME:
            return date_time_seconds(event.at)
        if column is AuditColumn.ADVISER:
            if role == Qt.ItemDataRole.ToolTipRole:
                return entry.adviser_username
            return entry.adviser_name or entry.adviser_username or self.tr("(unknown adviser)")
        if column is AuditColumn.ACTION:
            return audit_action_text(event.action)
        if column is AuditColumn.RECORD:
            return f"{event.record_type} {event.record_id}" if event.record_id else ""
        if column is AuditColumn.REASON:
            return event.reason or ""
        return event.workstation

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next_page is not None and not self.loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            assert self._filter is not None
            self._load(self._filter, self._next_page)

    # --- public ----------------------------------------------------------------------------------------------------

    def apply(self, trail_filter: AuditTrailFilter) -> None:
        """Show the events matching `trail_filter`, newest first (the view asks for more pages as it scrolls)."""
        self.beginResetModel()
        self._entries = []
        self._next_page = None
        self._filter = trail_filter
        self.total = 0
        self.endResetModel()
        self._load(trail_filter, None)

    @property
    def trail_filter(self) -> AuditTrailFilter | None:
        return self._filter

    def entry(self, row: int) -> AuditEntry:
        return self._entries[row]

    def wait_for_workers(self, timeout_ms: int = 10_000) -> bool:
        return self._workers.waitForDone(timeout_ms)

    # --- loading ---------------------------------------------------------------------------------------------------

    def _load(self, trail_filter: AuditTrailFilter, after: AuditCursor | None) -> None:
        self._generation += 1
        generation = self._generation
        workstation = self._workstation
        self._set_loading(True)

        def read() -> tuple[int, AuditTrailPage]:
            return generation, list_audit_events(workstation, trail_filter, after=after)

        run_in_background(self._workers, self, read, self._page_read,
                          lambda message: self._page_failed(generation, message))

    def _page_read(self, answer: tuple[int, AuditTrailPage]) -> None:
        generation, page = answer
        if generation != self._generation:
            return
        first = page.total is not None
        if page.entries:
            start = len(self._entries)
            self.beginInsertRows(QModelIndex(), start, start + len(page.entries) - 1)
            self._entries.extend(page.entries)
            self.endInsertRows()
        self._next_page = page.next_page
        if first:
            self.total = page.total or 0
        self._set_loading(False)
        if first:
            self.first_page_loaded.emit(len(page.entries), self.total)

    def _page_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.load_failed.emit(message)

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)
