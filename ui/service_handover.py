"""The hand-over leaves the window: plain text on the clipboard, or one page on paper or in a PDF.

The page is A4 and the text shrinks (down to a readable minimum) until it fits on one sheet, because a client
is handed one sheet, not a stack.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.usecases.service_handover import ServiceHandover

_LARGEST_POINTS = 11.0
_SMALLEST_POINTS = 7.0


def _tr(text: str) -> str:
    # The unnamed context is the one lupdate gives `_tr` calls (see scripts/update-translations).
    return QCoreApplication.translate("", text)


def copy_to_clipboard(handover: ServiceHandover) -> None:
    QGuiApplication.clipboard().setText(handover.plain_text)


def choose_pdf_file(parent: QWidget, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Save the hand-over as PDF"), str(suggested),
                                          _tr("PDF files (*.pdf)"))
    return Path(name) if name else None


def write_pdf(handover: ServiceHandover, destination: Path) -> int:
    """An A4 PDF of the hand-over (fonts embedded); returns the number of pages (1 unless it cannot fit)."""
    writer = QPdfWriter(str(destination))
    writer.setTitle(handover.title)
    writer.setCreator("Neuvo")
    writer.setResolution(300)
    _set_a4(writer)
    document = fitted_document(handover, writer)
    document.print_(writer)
    return document.pageCount()


def print_handover(handover: ServiceHandover, parent: QWidget) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(handover.title)
    _set_a4(printer)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    fitted_document(handover, printer).print_(printer)
    return True


def fitted_document(handover: ServiceHandover, device: QPagedPaintDevice) -> QTextDocument:
    """The hand-over laid out for the device's page, in the largest font size that keeps it to one page."""
    layout = device.pageLayout()
    page = layout.paintRectPoints().size()
    points = _LARGEST_POINTS
    while True:
        document = QTextDocument()
        font = QFont()
        font.setPointSizeF(points)
        document.setDefaultFont(font)
        document.setHtml(handover.html)
        document.setPageSize(QSizeF(page.width(), page.height()))
        if document.pageCount() <= 1 or points <= _SMALLEST_POINTS:
            return document
        points -= 0.5


def _set_a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter))
