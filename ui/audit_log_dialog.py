"""The audit log for supervisors: who opened, revealed, created, edited or exported what, filtered and exportable.

Each "Show" is an audited view of the log (the use case writes it), so the filter applies on an explicit
action, not on every keystroke. The record filter starts on the client whose card is open, the usual question
("who has looked at this person?") being about the person in front of the supervisor.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QThreadPool
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.adviser import Adviser
from app.domain.audit import AuditAction
from app.errors import NeuvoError
from app.usecases.audit_trail import AuditTrailFilter, advisers_in_trail, export_audit_events
from app.workstation import Workstation
from ui.app_text import error_text
from ui.audit_log_model import AuditColumn, AuditLogModel, audit_action_text
from ui.locale_format import date_edit_format, whole_number
from ui.record_table import prepare_record_table
from ui.workers import run_in_background

DEFAULT_DAYS = 30


def _tr(text: str) -> str:
    # The unnamed context is the one lupdate gives `_tr` calls (see scripts/update-translations).
    return QCoreApplication.translate("", text)


def choose_export_file(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to save the export (a native save dialog); None when the supervisor cancels."""
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Export the audit log"), str(suggested),
                                          _tr("CSV files (*.csv)"))
    return Path(name) if name else None


class AuditLogDialog(QDialog):
    def __init__(self, workstation: Workstation, *, client: tuple[uuid.UUID, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._workers = QThreadPool(self)
        # Replaceable so tests (and a city's kiosk build) can supply the destination without a native dialog.
        self.choose_export_file: Callable[[QWidget, Path], Path | None] = choose_export_file
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1100, 640)

        self.model = AuditLogModel(workstation, self)
        self.adviser_box = self._build_adviser_box()
        self.action_box = self._build_action_box()
        self.record_field = QLineEdit()
        self.record_field.setPlaceholderText(self.tr("Client or record id (empty: every record)"))
        self.record_field.setAccessibleName(self.tr("Record id"))
        self.record_field.setClearButtonEnabled(True)
        self.first_day = self._date_edit(self.tr("First day"), date.today() - timedelta(days=DEFAULT_DAYS))
        self.last_day = self._date_edit(self.tr("Last day"), date.today())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Audit log summary"))
        self.table = self._build_table()
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.apply_filter)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setToolTip(self.tr("Save every event matching the filter as a CSV file (the export is "
                                              "written to the audit log too)."))
        self.export_button.clicked.connect(self.export)

        self._client_note = QLabel()
        if client is not None:
            client_id, name = client
            self.record_field.setText(str(client_id))
            self._client_note.setText(self.tr("The open client: %1").replace("%1", name))
        self.record_field.textEdited.connect(lambda _text: self._client_note.clear())

        self._lay_out()
        self.model.first_page_loaded.connect(self._first_page_loaded)
        self.model.load_failed.connect(self._load_failed)
        self.model.loading_changed.connect(self._loading_changed)
        self._load_advisers()
        self.apply_filter()

    # --- public ----------------------------------------------------------------------------------------------------

    def current_filter(self) -> AuditTrailFilter:
        adviser_id = self.adviser_box.currentData()
        action = self.action_box.currentData()
        return AuditTrailFilter(
            adviser_id=adviser_id,
            record_id=self.record_field.text().strip() or None,
            first_day=self.first_day.date().toPython(),
            last_day=self.last_day.date().toPython(),
            actions=frozenset({AuditAction(action)}) if action is not None else frozenset(),
        )

    def apply_filter(self) -> None:
        try:
            trail_filter = self.current_filter()
            trail_filter.to_query()
        except NeuvoError as error:
            self._say(error_text(error))
            return
        self.model.apply(trail_filter)

    def export(self) -> None:
        trail_filter = self.model.trail_filter
        if trail_filter is None:
            return
        suggested = Path.home() / f"neuvo-audit-{date.today():%Y%m%d}.csv"
        destination = self.choose_export_file(self, suggested)
        if destination is None:
            return
        self.export_button.setEnabled(False)
        self._say(self.tr("Exporting…"))
        workstation = self._workstation

        def write() -> tuple[int, Path]:
            return export_audit_events(workstation, trail_filter, destination), destination

        run_in_background(self._workers, self, write, self._exported, self._export_failed)

    def wait_for_workers(self, timeout_ms: int = 10_000) -> bool:
        return self._workers.waitForDone(timeout_ms) and self.model.wait_for_workers(timeout_ms)

    # --- building --------------------------------------------------------------------------------------------------

    def _build_adviser_box(self) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(self.tr("Adviser"))
        box.addItem(self.tr("All advisers"), None)
        return box

    def _build_action_box(self) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(self.tr("Action"))
        box.addItem(self.tr("All actions"), None)
        for action in AuditAction:
            box.addItem(audit_action_text(action), action.value)  # Qt hands enums back as plain strings
        return box

    def _date_edit(self, accessible_name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_edit_format())
        edit.setAccessibleName(accessible_name)
        return edit

    def _build_table(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        header = prepare_record_table(view, self.tr("Audit events"), single_selection=False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AuditColumn.REASON, QHeaderView.ResizeMode.Stretch)
        metrics = view.fontMetrics()
        for column, sample in ((AuditColumn.TIME, "00.00.0000 00:00:00"), (AuditColumn.ADVISER, "Firstname Lastname"),
                               (AuditColumn.ACTION, "Revealed an identity code"),
                               (AuditColumn.RECORD, "client 00000000-0000-0000-0000-000000000000"),
                               (AuditColumn.WORKSTATION, "workstation-00")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        return view

    def _lay_out(self) -> None:
        form = QFormLayout()
        record_row = QHBoxLayout()
        record_row.addWidget(self.record_field, 1)
        record_row.addWidget(self._client_note)
        days = QHBoxLayout()
        days.addWidget(self.first_day)
        days.addWidget(QLabel("–"))
        days.addWidget(self.last_day)
        days.addStretch(1)
        days.addWidget(self.show_button)
        for text, buddy, field in ((self.tr("&Adviser:"), self.adviser_box, self.adviser_box),
                                   (self.tr("A&ction:"), self.action_box, self.action_box),
                                   (self.tr("&Record:"), self.record_field, record_row),
                                   (self.tr("&Days:"), self.first_day, days)):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.last_day, self.show_button)
        QWidget.setTabOrder(self.show_button, self.table)
        self.export_button.setShortcut(QKeySequence("Ctrl+S"))

    # --- behaviour -------------------------------------------------------------------------------------------------

    def _load_advisers(self) -> None:
        workstation = self._workstation
        run_in_background(self._workers, self, lambda: advisers_in_trail(workstation), self._show_advisers,
                          self._say)

    def _show_advisers(self, advisers: list[Adviser]) -> None:
        for adviser in advisers:
            self.adviser_box.addItem(f"{adviser.display_name} ({adviser.username})", adviser.id)

    def _first_page_loaded(self, rows: int, total: int) -> None:
        if total == 0:
            self._say(self.tr("No events match this filter."))
        else:
            self._say(self.tr("%1 events match; newest first.").replace("%1", whole_number(total)))
        self.export_button.setEnabled(total > 0)

    def _load_failed(self, message: str) -> None:
        self._say(self.tr("The audit log could not be read: %1").replace("%1", message))

    def _loading_changed(self, loading: bool) -> None:
        self.show_button.setEnabled(not loading)
        if loading and self.model.rowCount() == 0:
            self._say(self.tr("Reading the audit log…"))

    def _exported(self, answer: tuple[int, Path]) -> None:
        written, destination = answer
        self.export_button.setEnabled(True)
        self._say(self.tr("Exported %1 events to %2.").replace("%1", whole_number(written))
                  .replace("%2", str(destination)))

    def _export_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self._say(self.tr("The export failed and no file was written: %1. Choose another folder and try again.")
                  .replace("%1", message))

    def _say(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setAccessibleDescription(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wait_for_workers()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.wait_for_workers()
        super().done(result)
