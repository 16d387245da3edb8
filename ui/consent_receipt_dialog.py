"""The consent receipt on screen, then on paper or in a PDF, in the client's language."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import NeuvoError
from app.usecases.consent_receipt import RECEIPT_LANGUAGES, ConsentReceipt, consent_receipt
from app.workstation import Workstation
from ui.app_text import error_text
from ui.client_list_model import language_name


def _tr(text: str) -> str:
    # The unnamed context is the one lupdate gives `_tr` calls (see scripts/update-translations).
    return QCoreApplication.translate("", text)


def choose_pdf_file(parent: QWidget, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Save the receipt as PDF"), str(suggested),
                                          _tr("PDF files (*.pdf)"))
    return Path(name) if name else None


def write_pdf(receipt: ConsentReceipt, destination: Path) -> None:
    """An A4 PDF of the receipt (Qt's PDF writer; fonts embedded, so it prints the same anywhere)."""
    writer = QPdfWriter(str(destination))
    writer.setTitle(receipt.title)
    writer.setCreator("Neuvo")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    document = _document(receipt)
    document.print_(writer)


def _document(receipt: ConsentReceipt) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(receipt.html)
    return document


class ConsentReceiptDialog(QDialog):
    def __init__(self, workstation: Workstation, client_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._client_id = client_id
        self.receipt: ConsentReceipt | None = None
        # Replaceable so tests can name the file without a native dialog.
        self.choose_pdf_file: Callable[[QWidget, Path], Path | None] = choose_pdf_file
        self.setWindowTitle(self.tr("Consent receipt"))
        self.resize(760, 820)

        self.language_box = QComboBox()
        for code in RECEIPT_LANGUAGES:
            self.language_box.addItem(language_name(code), code)
        self.language_box.setAccessibleName(self.tr("Language of the receipt"))
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Receipt preview"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.print_button.clicked.connect(self.print_receipt)
        self.pdf_button.clicked.connect(self.save_pdf)

        top = QHBoxLayout()
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language_box)
        top.addWidget(label)
        top.addWidget(self.language_box)
        top.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

        self._render(None)
        if self.receipt is not None:
            self.language_box.setCurrentIndex(self.language_box.findData(self.receipt.language))
        self.language_box.currentIndexChanged.connect(lambda _i: self._render(self.language_box.currentData()))

    def save_pdf(self) -> None:
        if self.receipt is None:
            return
        destination = self.choose_pdf_file(self, Path.home() / f"{self.receipt.title}.pdf")
        if destination is None:
            return
        try:
            write_pdf(self.receipt, destination)
        except OSError as error:
            self.note.setText(self.tr("The PDF could not be saved: %1. Choose another folder.")
                              .replace("%1", error.strerror or type(error).__name__))
            return
        if not destination.is_file() or destination.stat().st_size == 0:
            self.note.setText(self.tr("The PDF could not be written to %1. Choose another folder.")
                              .replace("%1", str(destination)))
            return
        self.note.setText(self.tr("Saved to %1.").replace("%1", str(destination)))

    def print_receipt(self) -> None:
        if self.receipt is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.receipt.title)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            _document(self.receipt).print_(printer)
            self.note.setText(self.tr("Sent to the printer."))

    def _render(self, language: str | None) -> None:
        try:
            self.receipt = consent_receipt(self._workstation, self._client_id, language)
        except (NeuvoError, LookupError) as error:
            self.receipt = None
            self.preview.clear()
            self.note.setText(error_text(error) if isinstance(error, NeuvoError)
                              else self.tr("This client is no longer in the store."))
            self.print_button.setEnabled(False)
            self.pdf_button.setEnabled(False)
            return
        self.preview.setHtml(self.receipt.html)
        self.print_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self.note.setText("" if self.receipt.decisions else
                          self.tr("No consent decisions are recorded yet: the receipt says so."))
