"""File → Import services…: bring a PTV catalogue (JSON files or a folder of them) into the profile.

The import runs in a worker with its progress shown. It writes in one transaction, so Cancel (or a file that is
not PTV JSON) leaves the catalogue exactly as it was; only once it is writing is it too late to cancel.
Importing straight from the PTV API (a URL) needs the fetcher the composition root injects (neuvo/ptv_fetch.py):
ui/ speaks no HTTP. It fetches every page before the import writes, so a network failure halfway changes nothing.
Without a fetcher the dialog offers files and folders only, and points to `neuvo import-services URL`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ptv.documents import PtvDocument, documents_in
from app.usecases.import_services import ImportReport, import_services
from app.workstation import Workstation
from ui.locale_format import whole_number
from ui.workers import run_in_background

# The PTV Open API base `neuvo import-services --help` gives as its example.
DEFAULT_PTV_API = "https://api.palvelutietovaranto.suomi.fi/api/v11"


class ServiceSourceFetcher(Protocol):
    """Reads the PTV API at `base_url` as documents (neuvo.ptv_fetch.fetch_documents); raises NeuvoError."""

    def __call__(self, base_url: str, *, organization: str | None = None) -> Iterable[PtvDocument]: ...


def _tr(text: str) -> str:
    # The unnamed context is the one lupdate gives `_tr` calls (see scripts/update-translations).
    return QCoreApplication.translate("", text)


class ImportCancelled(Exception):
    """Raised inside the import's progress callback: the transaction rolls back, nothing is written."""


class _Progress(QObject):
    """Lives in the UI thread; the worker emits through it, so progress arrives queued on the UI thread."""

    advanced = Signal(str, int, int)


class ServiceImportDialog(QDialog):
    imported = Signal(object)  # ImportReport, after a successful import

    def __init__(self, workstation: Workstation, pool: QThreadPool, parent: QWidget | None = None, *,
                 fetch: ServiceSourceFetcher | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._pool = pool
        self._fetch = fetch
        self._cancel = threading.Event()
        self.running = False
        self.report: ImportReport | None = None
        # Replaceable so tests can choose a path without a native dialog.
        self.choose_file: Callable[[QWidget], Path | None] = _choose_file
        self.choose_folder: Callable[[QWidget], Path | None] = _choose_folder
        self.setWindowTitle(self.tr("Import services"))
        self.resize(640, 460)

        if fetch is None:
            intro = QLabel(self.tr("Import the national service catalogue (Suomi.fi PTV) from Open API JSON files: "
                                   "a file, or a folder of .json and .json.gz files. Services already imported are "
                                   "updated; nothing changes until the whole import has succeeded.\nTo import "
                                   "straight from the PTV API, run “neuvo import-services URL” on the command line."))
        else:
            intro = QLabel(self.tr("Import the national service catalogue (Suomi.fi PTV) from Open API JSON files "
                                   "(a file, or a folder of .json and .json.gz files) or straight from the PTV API. "
                                   "Services already imported are updated; nothing changes until the whole import "
                                   "has succeeded."))
        intro.setWordWrap(True)
        self.source_field = QLineEdit()
        self.source_field.setAccessibleName(self.tr("File or folder to import"))
        self.source_field.setPlaceholderText(self.tr("A PTV JSON file or a folder of them"))
        self.file_button = QPushButton(self.tr("&File…"))
        self.file_button.setAccessibleName(self.tr("Choose a file"))
        self.folder_button = QPushButton(self.tr("F&older…"))
        self.folder_button.setAccessibleName(self.tr("Choose a folder"))
        self.file_button.clicked.connect(lambda: self._pick(self.choose_file))
        self.folder_button.clicked.connect(lambda: self._pick(self.choose_folder))
        self.organization_field = QLineEdit()
        self.organization_field.setAccessibleName(self.tr("Organisation (PTV id), optional"))
        self.organization_field.setPlaceholderText(self.tr("Optional: only this organisation's services (PTV id)"))
        self.keep_absent_box = QCheckBox(self.tr("&Keep services missing from this import (a partial file)"))
        self.keep_absent_box.setToolTip(self.tr("Otherwise the import is taken as the complete catalogue of its "
                                                "organisations, and their services missing from it are withdrawn."))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Import status"))
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(self.tr("Import report"))
        self.report_view.setPlaceholderText(self.tr("The import report appears here."))

        source_row = QHBoxLayout()
        source_row.addWidget(self.source_field, 1)
        source_row.addWidget(self.file_button)
        source_row.addWidget(self.folder_button)
        form = QFormLayout()
        source_label = QLabel(self.tr("&Source:"))
        source_label.setBuddy(self.source_field)
        # Only with a fetcher: the choice between files and the API, and the API's address.
        self.files_choice: QRadioButton | None = None
        self.api_choice: QRadioButton | None = None
        self.url_field: QLineEdit | None = None
        if fetch is None:
            form.addRow(source_label, source_row)
        else:
            self._add_api_source(form, source_label, source_row)
        organization_label = QLabel(self.tr("O&rganisation:"))
        organization_label.setBuddy(self.organization_field)
        form.addRow(organization_label, self.organization_field)
        form.addRow("", self.keep_absent_box)

        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.buttons)

        self._progress_signal = _Progress(self)
        self._progress_signal.advanced.connect(self._show_progress)

    # --- actions ---------------------------------------------------------------------------------------------------

    def _add_api_source(self, form: QFormLayout, source_label: QLabel, source_row: QHBoxLayout) -> None:
        self.files_choice = QRadioButton(self.tr("From &JSON files"))
        self.files_choice.setAccessibleName(self.tr("Import from JSON files"))
        self.files_choice.setChecked(True)
        self.api_choice = QRadioButton(self.tr("From the PTV &API"))
        self.api_choice.setAccessibleName(self.tr("Import from the PTV API"))
        self.url_field = QLineEdit(DEFAULT_PTV_API)
        self.url_field.setAccessibleName(self.tr("PTV API address"))
        self.url_field.setToolTip(self.tr("The base address of the PTV Open API, such as %1. Every page is "
                                          "fetched before anything is written.").replace("%1", DEFAULT_PTV_API))
        url_label = QLabel(self.tr("A&PI address:"))
        url_label.setBuddy(self.url_field)
        form.addRow("", self.files_choice)
        form.addRow(source_label, source_row)
        form.addRow("", self.api_choice)
        form.addRow(url_label, self.url_field)
        # Typing in (or picking for) one source chooses it, so the admin need not also click its radio button.
        self.source_field.textEdited.connect(lambda _text: self.files_choice.setChecked(True))
        self.url_field.textEdited.connect(lambda _text: self.api_choice.setChecked(True))

    def start_import(self) -> None:
        if self.api_choice is not None and self.api_choice.isChecked():
            self._start_api_import()
            return
        text = self.source_field.text().strip()
        if not text:
            self.status.setText(self.tr("Choose a file or a folder to import first."))
            self.source_field.setFocus()
            return
        if text.startswith(("http://", "https://")):
            if self.url_field is not None and self.api_choice is not None:
                self.url_field.setText(text)
                self.api_choice.setChecked(True)
                self._start_api_import()
                return
            self.status.setText(self.tr("The window imports files. To import from the PTV API, run "
                                        "“neuvo import-services %1” on the command line.").replace("%1", text))
            return
        source = Path(text).expanduser()
        self._run(lambda: documents_in(source), str(source), self.tr("Importing %1 …").replace("%1", str(source)))

    def _start_api_import(self) -> None:
        if self._fetch is None or self.url_field is None:
            return  # the API source exists only with a fetcher
        url = self.url_field.text().strip()
        if not url.startswith(("http://", "https://")):
            self.status.setText(self.tr("Give the PTV API address, starting with https:// (for example %1).")
                                .replace("%1", DEFAULT_PTV_API))
            self.url_field.setFocus()
            return
        fetch = self._fetch
        organization = self.organization_field.text().strip() or None
        self._run(lambda: fetch(url, organization=organization), url,
                  self.tr("Fetching %1 … nothing is written until every page has arrived.").replace("%1", url))

    def _run(self, documents: Callable[[], Iterable[PtvDocument]], source: str, status: str) -> None:
        """Import `documents()` in the worker: opening files or fetching pages happens there too, off the UI."""
        organization = self.organization_field.text().strip() or None
        withdraw_absent = not self.keep_absent_box.isChecked()
        workstation, cancel, progress = self._workstation, self._cancel, self._progress_signal

        def tell(stage: str, done: int, total: int) -> None:
            if cancel.is_set():
                raise ImportCancelled
            progress.advanced.emit(stage, done, total)

        def work() -> ImportReport | None:
            try:
                return import_services(workstation, documents(), source=source,
                                       organization=organization, withdraw_absent=withdraw_absent, progress=tell)
            except ImportCancelled:
                return None

        self._cancel.clear()
        self._set_running(True)
        self.report_view.clear()
        self.status.setText(status)
        run_in_background(self._pool, self, work, self._finished, self._failed)

    def cancel_import(self) -> None:
        if self.running:
            self._cancel.set()
            self.status.setText(self.tr("Cancelling… nothing will be changed."))

    def reject(self) -> None:
        if self.running:
            self.cancel_import()  # closes once the worker has stopped: it holds the store
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)

    # --- outcome ---------------------------------------------------------------------------------------------------

    def _finished(self, report: ImportReport | None) -> None:
        self._set_running(False)
        if report is None:
            self.status.setText(self.tr("Import cancelled. The catalogue is as it was."))
            return
        self.report = report
        self.progress.setValue(self.progress.maximum())
        self.status.setText(self.tr("Imported: %1 services new, %2 updated, %3 withdrawn; %4 records skipped.")
                            .replace("%1", whole_number(report.services_added))
                            .replace("%2", whole_number(report.services_updated))
                            .replace("%3", whole_number(report.services_withdrawn))
                            .replace("%4", whole_number(report.skipped)))
        self.report_view.setPlainText("\n".join([report.summary(), "", *report.lines]))
        self.imported.emit(report)

    def _failed(self, message: str) -> None:
        self._set_running(False)
        self.progress.hide()
        self.status.setText(self.tr("Nothing was imported; the catalogue is as it was. %1").replace("%1", message))

    def _show_progress(self, stage: str, done: int, total: int) -> None:
        words = {"reading": self.tr("Reading"), "indexing": self.tr("Indexing"), "writing": self.tr("Writing")}
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress.setFormat(f"{words.get(stage, stage)}: %v / %m")

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.import_button.setEnabled(not running)
        self.source_field.setEnabled(not running)
        self.organization_field.setEnabled(not running)
        self.keep_absent_box.setEnabled(not running)
        for control in (self.files_choice, self.api_choice, self.url_field):
            if control is not None:
                control.setEnabled(not running)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Cancel import") if running else self.tr("Close"))
        if running:
            self.progress.setRange(0, 0)
            self.progress.show()

    def _pick(self, choose: Callable[[QWidget], Path | None]) -> None:
        path = choose(self)
        if path is not None:
            self.source_field.setText(str(path))
            if self.files_choice is not None:
                self.files_choice.setChecked(True)


def _choose_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, _tr("Choose a PTV JSON file"), str(Path.home()),
                                          _tr("PTV JSON (*.json *.json.gz);;All files (*)"))
    return Path(name) if name else None


def _choose_folder(parent: QWidget) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, _tr("Choose a folder of PTV JSON files"), str(Path.home()))
    return Path(name) if name else None
