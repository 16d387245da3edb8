"""Supervisors' list of consents about to end: who to ask again, soonest first; Enter opens the client's card."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from pathlib import Path

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
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.consent import EXPIRING_WITHIN_DAYS
from app.errors import NeuvoError
from app.usecases.expiring_consents import (
    ExpiringConsent,
    ExpiringConsentsPage,
    ExpiringKey,
    export_expiring_consents_csv,
    list_expiring_consents,
)
from app.usecases.record_consent import consent_purposes
from app.workstation import Workstation
from ui.locale_format import short_date, whole_number
from ui.ui_language import ui_language
from ui.workers import run_in_background

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex


class ExpiringColumn(IntEnum):
    CLIENT = 0
    PURPOSE = 1
    LAST_DAY = 2
    DAYS_LEFT = 3


class ExpiringConsentsModel(QAbstractTableModel):
    first_page_loaded = Signal(int)  # how many rows the window holds in all
    load_failed = Signal(str)

    def __init__(self, workstation: Workstation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._workers = QThreadPool(self)
        self._rows: list[ExpiringConsent] = []
        self._next: ExpiringKey | None = None
        self._query: tuple[int, list[str] | None] = (EXPIRING_WITHIN_DAYS, None)
        self._generation = 0
        self.loading = False

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ExpiringColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {ExpiringColumn.CLIENT: self.tr("Client"), ExpiringColumn.PURPOSE: self.tr("Purpose"),
                ExpiringColumn.LAST_DAY: self.tr("Last valid day"),
                ExpiringColumn.DAYS_LEFT: self.tr("Days left")}[ExpiringColumn(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = ExpiringColumn(index.column())
        if column is ExpiringColumn.CLIENT:
            return row.display_name
        if column is ExpiringColumn.PURPOSE:
            return row.purpose_label
        if column is ExpiringColumn.LAST_DAY:
            return short_date(row.valid_until)
        return self.tr("last day today") if row.days_left == 0 else str(row.days_left)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next is not None and not self.loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load(self._next)

    def apply(self, within_days: int, purposes: list[str] | None) -> None:
        self.beginResetModel()
        self._rows = []
        self._next = None
        self._query = (within_days, purposes)
        self.endResetModel()
        self._load(None)

    def client_id(self, row: int) -> uuid.UUID:
        return self._rows[row].client_id

    def wait_for_workers(self, timeout_ms: int = 10_000) -> bool:
        return self._workers.waitForDone(timeout_ms)

    def _load(self, after: ExpiringKey | None) -> None:
        self._generation += 1
        generation = self._generation
        within_days, purposes = self._query
        workstation, language = self._workstation, ui_language()
        self.loading = True

        def read() -> tuple[int, ExpiringConsentsPage]:
            return generation, list_expiring_consents(workstation, within_days=within_days, purposes=purposes,
                                                      after=after, limit=PAGE, language=language,
                                                      with_total=after is None)

        run_in_background(self._workers, self, read, self._page_read,
                          lambda message: self._failed(generation, message))

    def _page_read(self, answer: tuple[int, ExpiringConsentsPage]) -> None:
        generation, page = answer
        if generation != self._generation:
            return
        self.loading = False
        if page.rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._next = page.next_after
        if page.total is not None:
            self.first_page_loaded.emit(page.total)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.loading = False
            self.load_failed.emit(message)


class _ExpiringTable(QTableView):
    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


def _tr(text: str) -> str:
    # The unnamed context is the one lupdate gives `_tr` calls (see scripts/update-translations).
    return QCoreApplication.translate("", text)


def choose_csv_file(parent: QWidget, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Export expiring consents"), str(suggested),
                                          _tr("CSV files (*.csv)"))
    return Path(name) if name else None


class ExpiringConsentsDialog(QDialog):
    client_chosen = Signal(object)  # uuid.UUID: open this client's card

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._workers = QThreadPool(self)
        self.choose_csv_file: Callable[[QWidget, Path], Path | None] = choose_csv_file
        self.setWindowTitle(self.tr("Expiring consents"))
        self.resize(820, 560)

        self.model = ExpiringConsentsModel(workstation, self)
        self.days = QSpinBox()
        self.days.setRange(0, 366)
        self.days.setValue(EXPIRING_WITHIN_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Ending within"))
        self.purpose_box = QComboBox()
        self.purpose_box.addItem(self.tr("All purposes"), None)
        self.purpose_box.setAccessibleName(self.tr("Purpose"))
        try:
            for purpose in consent_purposes(workstation).purposes:
                self.purpose_box.addItem(purpose.label.get(ui_language()), purpose.code)
        except NeuvoError:
            pass  # the list itself says what is wrong with the city's purposes file
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.apply)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = _ExpiringTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Consents ending soon, soonest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(ExpiringColumn.CLIENT, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(ExpiringColumn.PURPOSE, QHeaderView.ResizeMode.Stretch)
        self.table.open_requested.connect(lambda row: self.client_chosen.emit(self.model.client_id(row)))
        self.table.doubleClicked.connect(lambda index: self.client_chosen.emit(self.model.client_id(index.row())))
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.clicked.connect(self.export)

        top = QHBoxLayout()
        for text, widget in ((self.tr("Ending &within:"), self.days), (self.tr("&Purpose:"), self.purpose_box)):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.show_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("Enter or a double-click opens the client's card (an audited view)."))
        layout.addWidget(hint)
        layout.addWidget(buttons)

        self.model.first_page_loaded.connect(self._loaded)
        self.model.load_failed.connect(self._say)
        self.apply()

    def _purposes(self) -> list[str] | None:
        code = self.purpose_box.currentData()
        return None if code is None else [code]

    def apply(self) -> None:
        self._say(self.tr("Reading…"))
        self.model.apply(self.days.value(), self._purposes())

    def export(self) -> None:
        destination = self.choose_csv_file(self, Path.home() / f"neuvo-expiring-consents-{date.today():%Y%m%d}.csv")
        if destination is None:
            return
        workstation, days, purposes, language = self._workstation, self.days.value(), self._purposes(), ui_language()
        self.export_button.setEnabled(False)

        def write() -> int:
            partial = destination.with_name(f".{destination.name}.partial")
            try:
                with partial.open("w", encoding="utf-8-sig", newline="") as out:
                    count = export_expiring_consents_csv(workstation, out, within_days=days, purposes=purposes,
                                                         language=language)
                partial.replace(destination)
            finally:
                partial.unlink(missing_ok=True)
            return count

        run_in_background(self._workers, self, write, lambda count: self._exported(count, destination),
                          self._export_failed)

    def wait_for_workers(self, timeout_ms: int = 10_000) -> bool:
        return self._workers.waitForDone(timeout_ms) and self.model.wait_for_workers(timeout_ms)

    def _loaded(self, total: int) -> None:
        if total == 0:
            self._say(self.tr("No consent ends in this window."))
        else:
            self._say(self.tr("%1 consents end within %2 days, soonest first.")
                      .replace("%1", whole_number(total)).replace("%2", str(self.days.value())))
            self.table.setFocus()
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _exported(self, count: int, destination: Path) -> None:
        self.export_button.setEnabled(True)
        self._say(self.tr("Exported %1 rows to %2.").replace("%1", whole_number(count)).replace("%2", str(destination)))

    def _export_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self._say(self.tr("The export failed and no file was written: %1").replace("%1", message))

    def _say(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setAccessibleDescription(text)

    def done(self, result: int) -> None:
        self.wait_for_workers()
        super().done(result)
