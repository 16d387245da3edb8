"""Workstation → Language…: the language of the window, kept in the profile and taken into use on the next start.

Every widget takes its texts when it is made, so a change applies when Neuvo is started again; the dialog says
so. What is given to clients (hand-overs, consent receipts) stays in each client's own language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from app.errors import NeuvoError
from app.usecases.interface_language import interface_language, set_interface_language
from app.workstation import Workstation
from ui.app_text import error_text
from ui.translations import DEFAULT_LANGUAGE, LANGUAGES
from ui.ui_language import ui_language

# Each language in its own words, so that an adviser who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English"}


class LanguageDialog(QDialog):
    """Choose the window's language; Save keeps it in the profile."""

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self.setWindowTitle(self.tr("Language of Neuvo"))
        self.setMinimumWidth(420)
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language of the window"))
        for language in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[language], language)
        chosen = interface_language(workstation) or DEFAULT_LANGUAGE
        self.language_box.setCurrentIndex(LANGUAGES.index(chosen))
        self.language_box.currentIndexChanged.connect(self._say_when)

        form = QFormLayout()
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language_box)
        form.addRow(label, self.language_box)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("About the language change"))
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._say_when()

    def chosen(self) -> str:
        return self.language_box.currentData()

    def _say_when(self) -> None:
        if self.chosen() == ui_language():
            self.note.setText(self.tr("The window is in this language now. Hand-overs and consent receipts are "
                                      "always in the client's own language."))
        else:
            self.note.setText(self.tr("The window changes to this language when Neuvo is started again. "
                                      "Hand-overs and consent receipts are always in the client's own language."))

    def save(self) -> None:
        try:
            set_interface_language(self._workstation, self.chosen())
        except (NeuvoError, OSError) as error:
            reason = error_text(error) if isinstance(error, NeuvoError) else (error.strerror or type(error).__name__)
            self.note.setText(self.tr("The language could not be kept in the profile (%1). Nothing was changed.")
                              .replace("%1", reason))
            return
        self.accept()


class LanguageMenuEntry(QAction):
    """The menu entry that opens the dialog."""

    def __init__(self, workstation: Workstation, window: QWidget, menu: QMenu) -> None:
        super().__init__(self.tr("&Language…"), window)
        self._workstation = workstation
        self._window = window
        self.setToolTip(self.tr("The language of the window (suomi, svenska, English), from the next start."))
        self.triggered.connect(self.open)
        menu.addSeparator()
        menu.addAction(self)

    def open(self) -> LanguageDialog:
        dialog = LanguageDialog(self._workstation, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
