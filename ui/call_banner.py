"""The call banner: a phone is ringing, this is the number, and these are the clients who have it.

Choosing a client asks the window to open the card (an audited view), so the banner itself opens nothing. An
unknown number offers to create a client with the number filled in, when the window can.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from app.domain.client import ClientSummary
from app.domain.phone_number import display_phone
from ui.locale_format import short_date, whole_number

# Clients shown for one number; more than a handful sharing a number (a family line, a care home) is rare, and
# the banner then says to search for the number in the list instead.
CALLER_MATCH_LIMIT = 5


class CallBanner(QFrame):
    """Hidden until a call arrives; `show_ringing`, then `show_callers` or `show_lookup_failed`."""

    client_chosen = Signal(object)  # uuid.UUID of the client whose card the adviser wants
    create_client_requested = Signal(str)  # the caller's number (E.164), to prefill a new client
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number: str | None = None
        self.setObjectName("callBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Blue for "incoming", distinct from the amber warnings; dark text reads in light and dark themes alike.
        self.setStyleSheet("#callBanner { background: #dcebfa; border: 1px solid #2b6cb0; border-radius: 4px; }"
                           "#callBanner QLabel { color: #1f1f1f; background: transparent; }")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setAccessibleName(self.tr("Incoming call"))

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.heading.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # client names are never read as markup
        self.message.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create client…"))
        self.create_button.setAccessibleName(self.tr("Create a new client with this phone number"))
        self.create_button.clicked.connect(self._create_client)
        self.dismiss_button = QToolButton()
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the call banner"))
        self.dismiss_button.clicked.connect(self.dismiss)

        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self._layout.setSpacing(8)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.message, 1)
        self._client_buttons: list[QPushButton] = []
        self._buttons_at = self._layout.count()
        self._layout.addWidget(self.create_button)
        self._layout.addWidget(self.dismiss_button)
        self._set_create_visible(False)
        self.hide()

    @property
    def client_buttons(self) -> list[QPushButton]:
        return list(self._client_buttons)

    def show_ringing(self, number_e164: str) -> None:
        """A call from `number_e164`; who it is still being looked up."""
        self.number = number_e164
        self.heading.setText(self.tr("Call from %1").replace("%1", display_phone(number_e164)))
        self._set_message(self.tr("Looking up the caller…"))
        self._set_clients(())
        self._set_create_visible(False)
        self.show()

    def show_callers(self, clients: Sequence[ClientSummary], *, more: bool = False,
                     can_create_client: bool = False) -> None:
        """The clients who have the number, best first; none means an unknown caller."""
        self._set_clients(clients)
        if not clients:
            self._set_message(self.tr("Unknown caller — create a new client?") if can_create_client
                              else self.tr("Unknown caller — no client has this number."))
            self._set_create_visible(can_create_client)
            return
        self._set_create_visible(False)
        if len(clients) == 1:
            self._set_message(self.tr("Client:"))
        elif more:
            self._set_message(self.tr("More clients than these have this number; search for it to see all:"))
        else:
            self._set_message(self.tr("%1 clients have this number:").replace("%1", whole_number(len(clients))))

    def show_lookup_failed(self, detail: str) -> None:
        self._set_clients(())
        self._set_create_visible(False)
        self._set_message(self.tr("The caller could not be looked up. Search for the number in the list."))
        self.message.setToolTip(detail)

    def dismiss(self) -> None:
        self.number = None
        self._set_clients(())
        self.hide()
        self.dismissed.emit()

    # --- inside ----------------------------------------------------------------------------------------------------

    def _set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setToolTip("")
        self.setAccessibleDescription(f"{self.heading.text()}. {text}")

    def _set_create_visible(self, visible: bool) -> None:
        self.create_button.setVisible(visible)

    def _set_clients(self, clients: Sequence[ClientSummary]) -> None:
        for button in self._client_buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self._client_buttons = []
        for position, client in enumerate(clients):
            button = QPushButton(self._client_text(client))
            button.setAccessibleName(self.tr("Open the card of %1").replace("%1", button.text()))
            button.setToolTip(self.tr("Open the client's card (the view is logged)."))
            button.clicked.connect(lambda _checked=False, client_id=client.id: self._choose(client_id))
            self._layout.insertWidget(self._buttons_at + position, button)
            self._client_buttons.append(button)

    def _client_text(self, client: ClientSummary) -> str:
        name = f"{client.last_name}, {client.first_names}"
        if client.birth_date is None:
            return name
        return self.tr("%1 (born %2)").replace("%1", name).replace("%2", short_date(client.birth_date))

    def _choose(self, client_id: uuid.UUID) -> None:
        self.client_chosen.emit(client_id)

    def _create_client(self) -> None:
        if self.number is not None:
            self.create_client_requested.emit(self.number)
