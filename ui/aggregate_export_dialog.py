"""Exporting the situational picture's aggregates for the city's analytics: CSV or JSON, a week range and the
threshold k. The use case writes the file beside the destination and moves it into place (no half file), hides
every cell below k persons and those that would give one away, and audits the export; this dialog asks and
tells how many cells were hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.usecases.export_aggregates import (
    DEFAULT_K,
    MAX_K,
    MIN_K,
    Aggregates,
    ExportFormat,
    export_situational_aggregates,
)
from app.workstation import Workstation
from ui.locale_format import whole_number
from ui.situational_picture_models import week_choices, week_label
from ui.workers import run_in_background


def fill_week_box(box: QComboBox, weeks: list[str], chosen: str, accessible_name: str) -> QComboBox:
    """A week chooser: "W48/2026 (23.11.–29.11.)" newest first, the ISO week ("2026-W48") as its data."""
    box.setAccessibleName(accessible_name)
    for week in weeks:
        box.addItem(week_label(week), week)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    box.setMaxVisibleItems(20)
    return box


def _tr(text: str) -> str:
    # The unnamed context is the one lupdate gives `_tr` calls (see scripts/update-translations).
    return QCoreApplication.translate("", text)


def choose_aggregates_file(parent: QWidget, suggested: Path, export_format: ExportFormat) -> Path | None:
    """Ask where to save the export (a native save dialog); None when the supervisor cancels."""
    files = _tr("CSV files (*.csv)") if export_format is ExportFormat.CSV else _tr("JSON files (*.json)")
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Export the situational aggregates"), str(suggested),
                                          files)
    return Path(name) if name else None


class AggregateExportDialog(QDialog):
    exported = Signal(object)  # the Aggregates written

    def __init__(self, workstation: Workstation, first_week: str | None = None, last_week: str | None = None,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._workers = QThreadPool(self)
        self._today = today or date.today()
        self.exporting = False
        # Replaceable so tests (and a city's kiosk build) can supply the destination without a native dialog.
        self.choose_file: Callable[[QWidget, Path, ExportFormat], Path | None] = choose_aggregates_file
        self.setWindowTitle(self.tr("Export aggregates"))

        weeks = week_choices(self._today)
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("File format"))
        self.format_box.addItem(self.tr("CSV — for spreadsheets (semicolons, UTF-8)"), ExportFormat.CSV.value)
        self.format_box.addItem(self.tr("JSON — for analytics systems"), ExportFormat.JSON.value)
        self.first_week = fill_week_box(QComboBox(), weeks, first_week or weeks[11], self.tr("First week"))
        self.last_week = fill_week_box(QComboBox(), weeks, last_week or weeks[0], self.tr("Last week"))
        self.k_box = QSpinBox()
        self.k_box.setRange(MIN_K, MAX_K)
        self.k_box.setValue(DEFAULT_K)
        self.k_box.setSuffix(self.tr(" persons"))
        self.k_box.setAccessibleName(self.tr("Smallest number of persons shown (k)"))
        self.k_box.setToolTip(self.tr("Cells counting fewer persons are left empty. %1 unless the city's data "
                                      "protection policy sets another threshold.").replace("%1", str(DEFAULT_K)))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Export status"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)

        form = QFormLayout()
        weeks_row = QHBoxLayout()
        weeks_row.addWidget(self.first_week, 1)
        weeks_row.addWidget(QLabel("–"))
        weeks_row.addWidget(self.last_week, 1)
        for text, buddy, field in ((self.tr("&Format:"), self.format_box, self.format_box),
                                   (self.tr("&Weeks:"), self.first_week, weeks_row),
                                   (self.tr("&Hide cells below:"), self.k_box, self.k_box)):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
        explanation = QLabel(self.tr(
            "The file holds counts only — per week, channel, place, area and age band, for each need and signal "
            "kind: persons, tags and unmet needs, with totals. No names, identity codes, ids, summaries, signal "
            "texts or event names. A cell with fewer persons than the threshold is left empty, and so is a second "
            "cell wherever a total would give the first one away. The export is written to the audit log."))
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())

    def export(self) -> None:
        first, last = self.first_week.currentData(), self.last_week.currentData()
        if first > last:
            self._say(self.tr("The first week is after the last week. Choose the weeks again."))
            return
        export_format = ExportFormat(self.format_box.currentData())
        suggested = Path.home() / f"neuvo-situation-{first}-{last}.{export_format.value}"
        destination = self.choose_file(self, suggested, export_format)
        if destination is None:
            return
        workstation, k, today = self._workstation, self.k_box.value(), self._today
        self._set_exporting(True)
        self._say(self.tr("Exporting… Counting distinct persons takes a while with a lot of encounters; the "
                          "file appears when it is complete."))

        def write() -> Aggregates:
            return export_situational_aggregates(workstation, destination, export_format, k=k, first_week=first,
                                                 last_week=last, today=today)

        run_in_background(self._workers, self, write, lambda aggregates: self._exported(aggregates, destination),
                          self._failed)

    def wait_for_workers(self, timeout_ms: int = 600_000) -> bool:
        return self._workers.waitForDone(timeout_ms)

    # --- behaviour -------------------------------------------------------------------------------------------------

    def _exported(self, aggregates: Aggregates, destination: Path) -> None:
        self._set_exporting(False)
        hidden = aggregates.primary_suppressed + aggregates.secondary_suppressed
        self._say(self.tr("Exported %1 cells to %2. %3 cells were left empty: %4 with fewer than %5 persons, %6 "
                          "more so that those cannot be worked out from the totals.")
                  .replace("%1", whole_number(len(aggregates.rows))).replace("%2", str(destination))
                  .replace("%3", whole_number(hidden)).replace("%4", whole_number(aggregates.primary_suppressed))
                  .replace("%5", str(aggregates.k))
                  .replace("%6", whole_number(aggregates.secondary_suppressed)))
        self.exported.emit(aggregates)

    def _failed(self, message: str) -> None:
        self._set_exporting(False)
        self._say(self.tr("The export failed and no file was written: %1").replace("%1", message))

    def _set_exporting(self, exporting: bool) -> None:
        self.exporting = exporting
        self.export_button.setEnabled(not exporting)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not exporting)

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setAccessibleDescription(text)

    def reject(self) -> None:
        if self.exporting:  # the file is being written; closing now would leave the supervisor guessing
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.exporting:
            event.ignore()
            return
        super().closeEvent(event)
