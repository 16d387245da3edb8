"""The sync log: the last runs with the CRM, newest first — what went, what came, and what went wrong, in words an
adviser understands (the engine's messages say whether the changes are kept and what happens next)."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

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
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.usecases.sync_status import SyncLogLine, SyncStatus, sync_log, sync_status
from app.workstation import Workstation
from ui.locale_format import date_time_seconds, whole_number
from ui.record_table import prepare_record_table
from ui.workers import run_in_background

RUNS_SHOWN = 50


class LogColumn(IntEnum):
    STARTED = 0
    OUTCOME = 1
    SENT = 2
    RECEIVED = 3
    PROBLEMS = 4
    MESSAGE = 5


def outcome_text(line: SyncLogLine) -> str:
    # The words come from app/ in English; the catalogue carries them under this context.
    return QCoreApplication.translate("SyncOutcome", line.outcome_words)


def local_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return date_time_seconds(moment)


class SyncLogModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[SyncLogLine] = []

    def set_lines(self, lines: list[SyncLogLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> SyncLogLine:
        return self._lines[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LogColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Started"), self.tr("Outcome"), self.tr("Sent"), self.tr("Received"), self.tr("Problems"),
                self.tr("What happened"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = LogColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == LogColumn.MESSAGE:
            return self._text(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LogColumn.SENT, LogColumn.RECEIVED,
                                                                    LogColumn.PROBLEMS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, line: SyncLogLine, column: LogColumn) -> str:
        if column == LogColumn.STARTED:
            return local_time(line.started_at)
        if column == LogColumn.OUTCOME:
            return outcome_text(line)
        if column == LogColumn.SENT:
            return whole_number(line.sent)
        if column == LogColumn.RECEIVED:
            return whole_number(line.received)
        if column == LogColumn.PROBLEMS:
            return whole_number(line.errors)
        if line.message:
            return QCoreApplication.translate("SyncProblem", line.message)
        if line.finished_at is None:
            return self.tr("Still running, or the program was closed during this sync; anything unsent is sent by "
                           "the next one.")
        return self.tr("Everything went through.") if line.outcome == "ok" else ""


class SyncLogDialog(QDialog):
    sync_now_requested = Signal()

    def __init__(self, workstation: Workstation, workers: QThreadPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._workers = workers
        self._generation = 0
        self.setWindowTitle(self.tr("Sync log"))
        self.resize(1000, 480)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Sync summary"))
        self.model = SyncLogModel(self)
        self.table = self._build_table()
        self.sync_now_button = QPushButton(self.tr("&Sync now"))
        self.sync_now_button.clicked.connect(self._sync_now)
        self.sync_now_button.setAccessibleName(self.tr("Sync now"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.sync_now_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    # --- public ----------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the log again in a worker; an answer overtaken by a newer request is dropped."""
        self._generation += 1
        generation = self._generation
        workstation = self._workstation
        if self.model.rowCount() == 0:
            self._say(self.tr("Reading the sync log…"))

        def read() -> tuple[int, SyncStatus, list[SyncLogLine]]:
            return generation, sync_status(workstation), sync_log(workstation, RUNS_SHOWN)

        run_in_background(self._workers, self, read, self._show, self._failed)

    def set_sync_available(self, available: bool, reason: str) -> None:
        self.sync_now_button.setEnabled(available)
        self.sync_now_button.setToolTip(reason)

    # --- building and behaviour ------------------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        header = prepare_record_table(view, self.tr("Sync runs"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LogColumn.MESSAGE, QHeaderView.ResizeMode.Stretch)
        metrics = view.fontMetrics()
        for column, sample in ((LogColumn.STARTED, "00.00.0000 00:00:00"),
                               (LogColumn.OUTCOME, "Sent, but some changes were refused"),
                               (LogColumn.SENT, "000 000"), (LogColumn.RECEIVED, "000 000"),
                               (LogColumn.PROBLEMS, self.tr("Problems"))):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        return view

    def _sync_now(self) -> None:
        self.sync_now_requested.emit()
        self._say(self.tr("Syncing… the log shows the run when it ends."))

    def _show(self, answer: tuple[int, SyncStatus, list[SyncLogLine]]) -> None:
        generation, status, lines = answer
        if generation != self._generation:
            return
        self.model.set_lines(lines)
        self._say(self._summary_text(status, lines))

    def _summary_text(self, status: SyncStatus, lines: list[SyncLogLine]) -> str:
        if not lines:
            return self.tr("No sync with the CRM has run on this workstation yet.")
        last = (self.tr("Last successful sync: %1.").replace("%1", local_time(status.last_success_at))
                if status.last_success_at else self.tr("No sync has succeeded yet."))
        waiting = (self.tr("%1 changes wait to be sent.").replace("%1", whole_number(status.waiting))
                   if status.waiting else self.tr("Nothing waits to be sent."))
        conflicts = (self.tr("%1 conflicts wait for your decision (CRM > Conflicts).")
                     .replace("%1", whole_number(status.open_conflicts)) if status.open_conflicts else "")
        return " ".join(part for part in (last, waiting, conflicts) if part)

    def _failed(self, message: str) -> None:
        self._say(self.tr("The sync log could not be read: %1").replace("%1", message))

    def _say(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setAccessibleDescription(text)
