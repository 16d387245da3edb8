"""Caller lookup in the window: type any key, Enter opens the best match, or offers a new client."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.audit import AuditAction
from app.workstation import Workstation
from tests.ui.conftest import make_client
from tests.ui.test_main_window import all_label_texts, audit_actions
from ui.client_form import ClientFormDialog
from ui.client_list_model import Column
from ui.main_window import MainWindow


def type_and_press_enter(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, text)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)


def search_audits(workstation: Workstation) -> list[str]:
    with workstation.unit_of_work() as uow:
        return [event.reason for event in uow.audit.latest() if event.action is AuditAction.SEARCH_CLIENTS]


def test_typing_a_phone_number_and_enter_opens_the_card(qtbot, window, populated_demo):
    wanted = make_client(12)  # the id differs: compare what the card shows
    type_and_press_enter(qtbot, window, "040 000 0012")
    qtbot.waitUntil(lambda: window.card_view.card is not None)
    card = window.card_view.card
    assert (card.last_name, card.first_names, card.email) == (wanted.last_name, wanted.first_names, wanted.email)
    assert audit_actions(populated_demo, card.id) == [AuditAction.VIEW_CLIENT]
    assert "phone: 1 found" in search_audits(populated_demo)
    assert window.model.data(window.model.index(0, Column.FOUND_BY)) == "phone number"
    assert not window.client_list.isColumnHidden(Column.FOUND_BY)


def test_a_misspelt_name_still_finds_the_client(qtbot, window, populated_demo):
    wanted = make_client(7)
    given = wanted.first_names.split()[0]
    assert wanted.last_name == "Virtanen"
    type_and_press_enter(qtbot, window, f"{given.lower()} virtnen")
    qtbot.waitUntil(lambda: window.card_view.card is not None)
    card = window.card_view.card
    assert (card.last_name, card.first_names) == (wanted.last_name, wanted.first_names)
    assert window.model.data(window.model.index(0, Column.FOUND_BY)).startswith("similar name")
    assert audit_actions(populated_demo, card.id) == [AuditAction.VIEW_CLIENT]


def test_an_unknown_number_offers_a_new_client_prefilled_with_it(qtbot, window, populated_demo):
    qtbot.keyClicks(window.search_field, "050 123 4567")
    qtbot.waitUntil(lambda: window.model.query == "050 123 4567" and not window.model.loading)
    assert window.model.rowCount() == 0
    assert "No client matches “050 123 4567”" in all_label_texts(window)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.findChildren(ClientFormDialog)))
    dialog = window.findChildren(ClientFormDialog)[0]
    assert dialog.phone_fields[0].text().replace(" ", "") in ("0501234567", "+358501234567")
    dialog.discard()
    # The search box's lookup, then the form's own duplicate check on the prefilled number.
    assert search_audits(populated_demo) == ["duplicate check: 0 found", "phone: 0 found"]


def test_an_invalid_identity_code_says_what_is_wrong_and_offers_no_new_client(qtbot, window):
    type_and_press_enter(qtbot, window, "010190-123A")
    qtbot.waitUntil(lambda: window.model.query == "010190-123A" and not window.model.loading)
    assert "check" in all_label_texts(window)
    assert not window.findChildren(ClientFormDialog)


def test_escape_clears_and_the_full_list_returns(qtbot, window):
    qtbot.keyClicks(window.search_field, "Korhonen")
    qtbot.waitUntil(lambda: window.model.query == "Korhonen" and not window.model.loading)
    assert window.model.rowCount() == 3
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.model.query == "" and not window.model.loading)
    assert window.model.rowCount() == 30
    assert window.client_list.isColumnHidden(Column.FOUND_BY)
