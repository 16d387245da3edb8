"""The box a window start shows when the profile cannot be opened (a damaged or foreign database, a wrong or
missing key, an unwritable folder).

The Windows shortcut starts `neuvow.exe`, which has no console: the one line `neuvo` prints to stderr reaches
no one there, so an adviser who clicked the shortcut would see nothing happen at all. The box says what went
wrong and what fixes it, in the window's language, and copies the same text for a support ticket.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.errors import NeuvoError
from app.profile import open_profile
from app.usecases.interface_language import read_interface_language
from ui.accessibility import announce
from ui.app_text import app_text
from ui.translations import chosen_language
from ui.ui_language import remove_ui_language


def show_startup_problem(error: NeuvoError, profile_directory: Path) -> None:
    """Show `error` in a modal box and return once the adviser closes it.

    Makes (or reuses) the process's QApplication and speaks the profile's language, Finnish when the profile
    cannot be read; leaves the application's language as it was, since the process may go on (tests).
    """
    from ui.app import get_application  # the one QApplication the window would have used

    get_application(chosen_language(profile_language(profile_directory)))
    try:
        StartupProblemDialog(error, profile_directory).exec()
    finally:
        remove_ui_language()


def profile_language(profile_directory: Path) -> str | None:
    """The window language chosen in the profile, None when the profile itself cannot be read (or has none);
    never creates anything in `profile_directory`."""
    try:
        profile = open_profile(profile_directory)
    except NeuvoError:
        return None
    return read_interface_language(profile)


class StartupProblemDialog(QDialog):
    def __init__(self, error: NeuvoError, profile_directory: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neuvo cannot start"))
        self.setAccessibleName(self.windowTitle())
        # The path is the profile's folder, not anyone's personal data: support needs it to find the profile.
        folder = str(profile_directory.expanduser().absolute())

        # Each part as ui/app_text.py error_text translates it, but on lines of their own.
        self.problem_label = self._line(app_text(error.problem))
        self.fix_label = self._line(app_text(error.fix))
        self.fix_label.setVisible(bool(self.fix_label.text()))
        self.support_label = self._line(
            self.tr("Profile folder: %1. Your IT support can help; Copy details copies this message for a "
                    "support ticket.").replace("%1", folder))
        self.copied_note = QLabel()
        self.copied_note.setAccessibleName(self.tr("Copy status"))

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(self.tr("Error"))
        texts = QVBoxLayout()
        for label in (self.problem_label, self.fix_label, self.support_label, self.copied_note):
            texts.addWidget(label)
        texts.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(texts, 1)

        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setDefault(True)  # Enter closes; Esc closes as in any dialog (reject)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.setAccessibleDescription(self.tr("Copies the problem, the fix and the profile folder to "
                                                          "the clipboard for a support ticket"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.close_button.setFocus()

        self._details = "\n".join(part for part in (
            self.windowTitle(), self.problem_label.text(), self.fix_label.text(), self.support_label.text(),
            f"Neuvo {__version__}, {type(error).__name__}",
        ) if part)

    def details(self) -> str:
        """What Copy details puts on the clipboard: everything the box says, the version and the kind of error."""
        return self._details

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._details)
        self.copied_note.setText(self.tr("The details are on the clipboard."))
        announce(self.copied_note, self.copied_note.text())

    @staticmethod
    def _line(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # a path or a message is never markup
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(text)
        return label
