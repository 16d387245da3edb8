"""The consent part of the client card: a badge per purpose, a flag when contacts cannot be recorded by name,
and the actions — record a decision (Ctrl+K), history (Ctrl+H), receipt (Ctrl+P)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.consent_purposes import RECORD_CONTACT
from app.domain.consent import ConsentChannel, ConsentEvent
from app.errors import NeuvoError
from app.usecases.consent_card import ConsentOverview, consent_history, consent_overview
from app.workstation import Workstation
from ui.accessibility import announce
from ui.app_text import error_text
from ui.consent_badges import ConsentBadges
from ui.consent_dialog import ConsentDialog, decision_text
from ui.consent_history_dialog import ConsentHistoryDialog
from ui.consent_receipt_dialog import ConsentReceiptDialog
from ui.ui_language import ui_language
from ui.warning_notice import WarningNotice


class ConsentPanel(QWidget):
    consents_changed = Signal(object)  # uuid.UUID of the client whose consents were just recorded

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._client: tuple[uuid.UUID, str, str] | None = None
        self.overview: ConsentOverview | None = None
        # Which channel a decision was given through, asked when the dialog opens (phone during a call).
        self.current_channel: Callable[[], ConsentChannel] = lambda: ConsentChannel.COUNTER
        self.setAccessibleName(self.tr("Consents"))

        heading = QLabel(self.tr("Consents"))
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        self.no_record_contact = WarningNotice("")
        self.no_record_contact.hide()
        self.badges = ConsentBadges()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.record_button = QPushButton(self.tr("Record consent…"))
        self.record_button.setShortcut(QKeySequence("Ctrl+K"))
        self.record_button.setToolTip(self.tr("Grant, refuse or withdraw a consent (Ctrl+K)."))
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setShortcut(QKeySequence("Ctrl+H"))
        self.history_button.setToolTip(self.tr("Every consent decision, newest first (Ctrl+H)."))
        self.receipt_button = QPushButton(self.tr("Receipt…"))
        self.receipt_button.setShortcut(QKeySequence.StandardKey.Print)
        self.receipt_button.setToolTip(self.tr("Print or save the consent receipt in the client's language "
                                               "(Ctrl+P)."))
        self.record_button.clicked.connect(lambda: self.record_consent())
        self.history_button.clicked.connect(self.show_history)
        self.receipt_button.clicked.connect(self.show_receipt)

        actions = QHBoxLayout()
        for button in (self.record_button, self.history_button, self.receipt_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(self.no_record_contact)
        layout.addWidget(self.badges)
        layout.addWidget(self.note)
        layout.addLayout(actions)

    # --- public ----------------------------------------------------------------------------------------------------

    def show_client(self, client_id: uuid.UUID, name: str, language: str) -> None:
        """Show the client's consents (a millisecond's read; the card's own view is the audited one)."""
        self._client = (client_id, name, language)
        self.note.hide()
        self.refresh()

    def refresh(self) -> None:
        if self._client is None:
            return
        try:
            self.overview = consent_overview(self._workstation, self._client[0], language=ui_language())
        except NeuvoError as error:  # a city's consent purposes file that cannot be read
            self.overview = None
            self.badges.show_statuses([])
            self.no_record_contact.set_text(self.tr("Consents cannot be shown: %1").replace("%1", error_text(error)))
            self.no_record_contact.show()
            for button in (self.record_button, self.history_button, self.receipt_button):
                button.setEnabled(False)
            return
        for button in (self.record_button, self.history_button, self.receipt_button):
            button.setEnabled(True)
        self.badges.show_statuses(self.overview.purposes)
        if self.overview.may_record_contact:
            self.no_record_contact.hide()
        else:
            label = next(item.label for item in self.overview.purposes if item.status.purpose == RECORD_CONTACT)
            self.no_record_contact.set_text(
                self.tr("No consent “%1”: contacts with this client are saved anonymously. Ask for it with "
                        "Ctrl+K.").replace("%1", label))
            self.no_record_contact.show()

    def record_consent(self, purpose: str | None = None) -> ConsentDialog | None:
        if self._client is None or self.overview is None:
            return None
        client_id, name, language = self._client
        dialog = ConsentDialog(self._workstation, client_id, name, language, self.overview, purpose=purpose,
                               channel=self.current_channel(), parent=self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.consent_recorded.connect(self._recorded)
        dialog.open()
        return dialog

    def show_history(self) -> ConsentHistoryDialog | None:
        if self._client is None:
            return None
        client_id, name, _language = self._client
        try:
            entries = consent_history(self._workstation, client_id, language=ui_language())
        except NeuvoError as error:
            self._say(error_text(error))
            return None
        dialog = ConsentHistoryDialog(name, entries, parent=self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_receipt(self) -> ConsentReceiptDialog | None:
        if self._client is None:
            return None
        dialog = ConsentReceiptDialog(self._workstation, self._client[0], parent=self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- behaviour -------------------------------------------------------------------------------------------------

    def _recorded(self, event: ConsentEvent) -> None:
        self.refresh()
        label = next((item.label for item in (self.overview.purposes if self.overview else [])
                      if item.status.purpose == event.purpose), event.purpose)
        self._say(self.tr("Recorded: %1 — %2. Ctrl+P prints a receipt.")
                  .replace("%1", label).replace("%2", decision_text(event.decision).lower()))
        self.consents_changed.emit(event.client_id)

    def _say(self, text: str) -> None:
        self.note.setText(text)
        announce(self.note, text)
        self.note.show()
