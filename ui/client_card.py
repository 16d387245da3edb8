"""The client card: who the adviser is serving, as the `open_client_card` use case tells it.

Opening a card is an audited view, so the card is opened only on an explicit action (Enter, double-click),
never merely by moving the selection. The identity code stays masked until the adviser presses Reveal, which
is audited on its own; the next card opened starts masked again.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.phone_number import display_phone
from app.usecases.client_card import ClientCard, open_client_card, reveal_identity_code
from app.usecases.edit_client import load_client_for_edit
from app.workstation import Workstation
from ui.client_form import ClientFormDialog
from ui.client_list_model import language_name
from ui.consent_panel import ConsentPanel
from ui.encounter_lines import EncounterLines
from ui.locale_format import short_date
from ui.warning_notice import WarningNotice


class ClientCardView(QWidget):
    """The right-hand side of the window: an instruction until a client is opened, then the client's card."""

    client_opened = Signal(object)  # uuid.UUID of the client whose card is now shown
    client_edited = Signal(object)  # uuid.UUID of a client saved from the card's Edit form

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._card: ClientCard | None = None
        self._revealed = False
        self.setAccessibleName(self.tr("Client card"))

        self._instruction = QLabel(self.tr("Choose a client from the list, or search for one above."))
        self._instruction.setObjectName("cardInstruction")
        self._instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._instruction.setWordWrap(True)
        self._instruction.setMargin(24)

        self._stack = QStackedWidget()
        self._stack.addWidget(self._instruction)
        self._stack.addWidget(self._build_card_page())
        # A framed panel on the base colour, matching the list beside it.
        self._stack.setFrameShape(QFrame.Shape.StyledPanel)
        self._stack.setAutoFillBackground(True)
        self._stack.setBackgroundRole(QPalette.ColorRole.Base)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    @property
    def card(self) -> ClientCard | None:
        """The card on show, or None while the instruction is shown."""
        return self._card

    def open_client(self, client_id: uuid.UUID) -> ClientCard | None:
        """Open (and so audit) the client's card and show it."""
        try:
            card = open_client_card(self._workstation, client_id)
        except LookupError:
            # Removed since the list was loaded (a sync, another adviser): say so rather than show stale data.
            self.show_message(self.tr("This client is no longer in the store. Search again to refresh the list."))
            return None
        self.show_card(card)
        self.client_opened.emit(card.id)
        return card

    def show_card(self, card: ClientCard) -> None:
        self._card = card
        self._revealed = False
        self._name.setText(card.display_name)
        self._safety_banner.setVisible(card.safety_marking)
        self._first_names.setText(card.first_names)
        self._last_name.setText(card.last_name)
        self._form.setRowVisible(self._preferred_name, card.preferred_name is not None)
        self._preferred_name.setText(card.preferred_name or "")
        self._born.setText(self._born_text(card))
        self._show_identity_code()
        self._language.setText(language_name(card.preferred_language))
        self._interpreter.setText(self.tr("Needed") if card.interpreter_needed else self.tr("Not needed"))
        phones = [f"{display_phone(number)} ({self._phone_kind(kind)})" for number, kind in card.phones]
        self._phones.setText("\n".join(phones) or self.tr("Not recorded"))
        self._email.setText(card.email or self.tr("Not recorded"))
        self._address.setText(self._address_text(card))
        self.consent_panel.show_client(card.id, card.display_name, card.preferred_language)
        self.encounter_lines.show_client(card.id)
        self._stack.setCurrentIndex(1)

    def edit_client(self) -> ClientFormDialog | None:
        """Open the edit form for the client on show; after a save the card is read again."""
        if self._card is None:
            return None
        try:
            editable = load_client_for_edit(self._workstation, self._card.id)
        except LookupError:
            self.show_message(self.tr("This client is no longer in the store. Search again to refresh the list."))
            return None
        dialog = ClientFormDialog(self._workstation, editing=editable, parent=self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.client_saved.connect(self._after_edit)
        dialog.open_existing_requested.connect(self.open_client)
        dialog.open()
        return dialog

    def _after_edit(self, client_id: uuid.UUID) -> None:
        self.open_client(client_id)
        self.client_edited.emit(client_id)

    def show_message(self, text: str) -> None:
        self._card = None
        self._instruction.setText(text)
        self._stack.setCurrentIndex(0)

    def clear(self) -> None:
        self.show_message(self.tr("Choose a client from the list, or search for one above."))

    # --- building --------------------------------------------------------------------------------------------------

    def _build_card_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("clientCard")
        column = QVBoxLayout(page)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(12)

        self._name = self._value_label()
        self._name.setAccessibleName(self.tr("Client name"))
        heading = QFont(self._name.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.6)
        heading.setBold(True)
        self._name.setFont(heading)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self._name, 1)
        heading_row.addWidget(self._build_edit_button(), 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(heading_row)

        self._safety_banner = WarningNotice(self.tr("Safety marking: do not disclose the client's address or "
                                                    "whereabouts to anyone."))
        column.addWidget(self._safety_banner)

        self.consent_panel = ConsentPanel(self._workstation)
        column.addWidget(self.consent_panel)

        self._form = QFormLayout()
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setHorizontalSpacing(16)
        self._form.setVerticalSpacing(8)
        self._first_names = self._add_row(self.tr("First names"))
        self._last_name = self._add_row(self.tr("Last name"))
        self._preferred_name = self._add_row(self.tr("Preferred name"))
        self._born = self._add_row(self.tr("Born"))
        code_row = self._build_identity_code_row()
        code_label = self._row_label(self.tr("Identity code"))
        # The Reveal button makes this row taller than the others; centre the label on it.
        code_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        code_label.setMinimumHeight(code_row.sizeHint().height())
        self._form.addRow(code_label, code_row)
        self._language = self._add_row(self.tr("Language"))
        self._interpreter = self._add_row(self.tr("Interpreter"))
        self._phones = self._add_row(self.tr("Phone"))
        self._email = self._add_row(self.tr("E-mail"))
        self._address = self._add_row(self.tr("Address"))
        column.addLayout(self._form)
        self.encounter_lines = EncounterLines(self._workstation)
        column.addWidget(self.encounter_lines)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        page.setBackgroundRole(QPalette.ColorRole.Base)
        return scroll

    def _build_edit_button(self) -> QPushButton:
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_button.setAccessibleName(self.tr("Edit client"))
        self.edit_button.setToolTip(self.tr("Correct or add the client's details (Ctrl+E)."))
        self.edit_button.clicked.connect(self.edit_client)
        return self.edit_button

    def _build_identity_code_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self._identity_code = self._value_label()
        self._identity_code.setAccessibleName(self.tr("Identity code"))
        # Fixed-width digits make a code read back over the phone easier to follow character by character.
        monospace = QFont("monospace")
        monospace.setStyleHint(QFont.StyleHint.TypeWriter)
        monospace.setPointSizeF(self.font().pointSizeF())
        self._identity_code.setFont(monospace)
        self.reveal_button = QPushButton(self.tr("Reveal"))
        self.reveal_button.setAccessibleName(self.tr("Reveal identity code"))
        self.reveal_button.setToolTip(self.tr("Show the full identity code. Every reveal is logged."))
        self.reveal_button.clicked.connect(self._toggle_identity_code)
        layout.addWidget(self._identity_code)
        layout.addWidget(self.reveal_button)
        layout.addStretch(1)
        return row

    def _add_row(self, label: str) -> QLabel:
        value = self._value_label()
        value.setAccessibleName(label)
        self._form.addRow(self._row_label(label), value)
        return value

    @staticmethod
    def _row_label(text: str) -> QLabel:
        label = QLabel(f"{text}:")
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return label

    @staticmethod
    def _value_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        # Mouse-selectable for copying; not keyboard-selectable, which would make every line a Tab stop.
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setTextFormat(Qt.TextFormat.PlainText)  # client data is never interpreted as markup
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return label

    # --- showing ---------------------------------------------------------------------------------------------------

    def _born_text(self, card: ClientCard) -> str:
        if card.birth_date is None:
            return self.tr("Not recorded")
        if card.age is None:
            return short_date(card.birth_date)
        return self.tr("%1 (age %2)").replace("%1", short_date(card.birth_date)).replace("%2", str(card.age))

    def _address_text(self, card: ClientCard) -> str:
        if card.address is not None:
            return card.address
        if card.safety_marking:
            return self.tr("Address hidden (safety marking)")
        return self.tr("Not recorded")

    def _phone_kind(self, kind: str) -> str:
        return {"mobile": self.tr("mobile"), "home": self.tr("home"), "work": self.tr("work")}.get(kind, kind)

    def _show_identity_code(self) -> None:
        card = self._card
        assert card is not None
        has_code = card.masked_identity_code is not None
        self.reveal_button.setVisible(has_code)
        self.reveal_button.setText(self.tr("Reveal"))
        self.reveal_button.setAccessibleName(self.tr("Reveal identity code"))
        self._identity_code.setText(card.masked_identity_code or self.tr("Not recorded"))

    def _toggle_identity_code(self) -> None:
        card = self._card
        if card is None:
            return
        if self._revealed:
            self._revealed = False
            self._show_identity_code()
            return
        code = reveal_identity_code(self._workstation, card.id)
        if code is None:
            return
        self._revealed = True
        self._identity_code.setText(code)
        self.reveal_button.setText(self.tr("Hide"))
        self.reveal_button.setAccessibleName(self.tr("Hide identity code"))
