"""Creating and editing clients through the real window and form, against a real encrypted demo store."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.domain.audit import AuditAction
from app.usecases.edit_client import load_client_for_edit, update_client
from app.workstation import Workstation
from tests.ui.conftest import make_client
from ui.client_form import ClientFormDialog
from ui.main_window import MainWindow

EXISTING_INDEX = 3  # make_client(3): Juho Testi Koskinen, born 1953, phone +358400000003


@pytest.fixture
def window(qtbot: QtBot, populated_demo: Workstation) -> MainWindow:
    main_window = MainWindow(populated_demo)
    qtbot.addWidget(main_window)
    with qtbot.waitSignal(main_window.first_page_shown, timeout=5000):
        main_window.show()
    main_window.activateWindow()
    yield main_window
    main_window.close()


def open_form(qtbot: QtBot, window: MainWindow) -> ClientFormDialog:
    qtbot.waitUntil(lambda: window.findChild(ClientFormDialog) is not None)
    return active(qtbot, window.findChild(ClientFormDialog))


def active(qtbot: QtBot, dialog: ClientFormDialog) -> ClientFormDialog:
    """The form as the window manager leaves it: shown and active (offscreen, nobody activates it for us)."""
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def leave(qtbot: QtBot, field: QLineEdit) -> None:
    """Tab out of a field, as the adviser does."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def audit_actions(workstation: Workstation, client_id: uuid.UUID) -> list[AuditAction]:
    with workstation.unit_of_work() as uow:
        return [event.action for event in uow.audit.events_for_record("client", client_id)]


def existing_client_id(window: MainWindow) -> uuid.UUID:
    wanted = make_client(EXISTING_INDEX)
    for row in range(window.model.rowCount()):
        summary = window.model.summary(row)
        if summary.first_phone == wanted.phones[0].number_e164:
            return summary.id
    raise AssertionError("the existing client is not in the list")


def test_ctrl_n_fill_save_opens_the_new_clients_card_and_audits(
        qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    qtbot.keyClick(window.search_field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_form(qtbot, window)
    assert dialog.windowTitle() == "New client"
    type_into(qtbot, dialog.first_names_field, "Ilona Maria")
    type_into(qtbot, dialog.last_name_field, "Uusitalo")
    type_into(qtbot, dialog.identity_code_field, "010190-123M")
    assert dialog.birth_date_field.text() == "01.01.1990"  # filled from the identity code
    type_into(qtbot, dialog.phone_fields[0], "050 765 4321")
    type_into(qtbot, dialog.email_field, "ilona@Example.fi")
    with qtbot.waitSignal(dialog.client_saved, timeout=5000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    client_id = saved.args[0]

    qtbot.waitUntil(lambda: window.card_view.card is not None and window.card_view.card.id == client_id)
    card = window.card_view.card
    assert (card.display_name, card.email, card.masked_identity_code) == (
        "Ilona Uusitalo", "ilona@example.fi", "010190-***M")
    assert card.phones == [("+358507654321", "mobile")]
    assert audit_actions(populated_demo, client_id) == [AuditAction.CREATE_CLIENT, AuditAction.VIEW_CLIENT]
    qtbot.waitUntil(lambda: not window.model.loading and window.model.rowCount() == 31)


def test_prefilled_from_a_phone_number_the_phone_field_shows_it(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.create_client_prefilled("040 123 4567")
    assert dialog.isVisible()
    assert dialog.phone_fields[0].text() == "040 123 4567"
    assert dialog.phone_kind_fields[0].currentData() == "mobile"
    assert dialog.last_name_field.text() == ""
    dialog.discard()


def test_prefilled_from_a_name(window: MainWindow) -> None:
    dialog = window.create_client_prefilled("Virtanen, Matti")
    assert (dialog.first_names_field.text(), dialog.last_name_field.text()) == ("Matti", "Virtanen")
    dialog.discard()


def test_a_duplicate_phone_warns_and_open_existing_opens_that_card(
        qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    existing_id = existing_client_id(window)
    window.new_client_action.trigger()
    dialog = open_form(qtbot, window)
    type_into(qtbot, dialog.last_name_field, "Koskinen")
    type_into(qtbot, dialog.phone_fields[0], "040 000 0003")
    leave(qtbot, dialog.phone_fields[0])
    qtbot.waitUntil(lambda: dialog.duplicate_notice.isVisible(), timeout=5000)
    assert dialog.duplicate_notice.message.text() == (
        "A client with this phone number already exists: Juho Koskinen, 1953")

    with qtbot.waitSignal(dialog.open_existing_requested) as requested:
        qtbot.mouseClick(dialog.open_existing_button, Qt.MouseButton.LeftButton)
    assert requested.args == [existing_id]
    qtbot.waitUntil(lambda: window.findChild(ClientFormDialog) is None)
    assert window.card_view.card.id == existing_id
    assert audit_actions(populated_demo, existing_id) == [AuditAction.VIEW_CLIENT]


def test_a_prefilled_duplicate_warns_at_once(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.create_client_prefilled("+358400000003")
    qtbot.waitUntil(lambda: dialog.duplicate_notice.isVisible(), timeout=5000)
    assert "Juho Koskinen, 1953" in dialog.duplicate_notice.message.text()
    dialog.discard()


def test_problems_show_on_leaving_a_field_and_on_save_and_nothing_typed_is_lost(
        qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    dialog = active(qtbot, window.create_client_prefilled(""))
    type_into(qtbot, dialog.first_names_field, "Aino")
    leave(qtbot, dialog.first_names_field)
    assert dialog.problem_text("first_names") == ""
    assert dialog.problem_text("last_name") == ""  # not left yet: not flagged yet
    type_into(qtbot, dialog.email_field, "aino.example.fi")
    leave(qtbot, dialog.email_field)
    assert dialog.problem_text("email").startswith("⚠ The e-mail address has no @.")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.save_button.isEnabled()
    assert dialog.problem_text("last_name").startswith("⚠ The last name is required.")
    assert dialog.last_name_field.hasFocus()
    assert (dialog.first_names_field.text(), dialog.email_field.text()) == ("Aino", "aino.example.fi")

    type_into(qtbot, dialog.last_name_field, "Virtanen")
    type_into(qtbot, dialog.email_field, "aino@example.fi")
    with qtbot.waitSignal(dialog.client_saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_a_bad_identity_code_is_explained_beside_the_field(qtbot: QtBot, window: MainWindow) -> None:
    dialog = active(qtbot, window.create_client_prefilled("010190-123A"))
    leave(qtbot, dialog.identity_code_field)
    assert dialog.problem_text("identity_code").startswith("⚠ Not a valid Finnish identity code:")
    assert dialog.birth_date_field.text() == ""
    dialog.discard()


def test_edit_from_the_card_changes_the_last_name_and_audits(
        qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    client_id = existing_client_id(window)
    window.card_view.open_client(client_id)
    qtbot.keyClick(window.card_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = open_form(qtbot, window)
    assert dialog.client_id == client_id
    assert dialog.last_name_field.text() == "Koskinen"
    assert dialog.identity_code_field.text().endswith("***" + dialog.identity_code_field.text()[-1])
    assert dialog.identity_code_field.isReadOnly()
    type_into(qtbot, dialog.last_name_field, "Korhola")
    with qtbot.waitSignal(dialog.client_saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.card_view.card is not None and window.card_view.card.last_name == "Korhola")
    assert audit_actions(populated_demo, client_id) == [
        AuditAction.VIEW_CLIENT, AuditAction.EDIT_CLIENT, AuditAction.VIEW_CLIENT]
    with populated_demo.unit_of_work() as uow:
        update = uow.outbox.pending()[-1]
    assert (update.operation, update.record_id) == ("update", client_id)
    assert update.changes == {"last_name": {"old": "Koskinen", "new": "Korhola"}}


def test_a_record_changed_meanwhile_is_not_overwritten_and_the_text_stays(
        qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    client_id = existing_client_id(window)
    window.card_view.open_client(client_id)
    dialog = window.card_view.edit_client()
    type_into(qtbot, dialog.last_name_field, "Korhola")
    # A sync changes the same client while the form is open.
    newer = load_client_for_edit(populated_demo, client_id)
    update_client(populated_demo, client_id, replace(newer.draft, email="juho@example.fi"),
                  expected_row_version=newer.row_version)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_notice.isVisible(), timeout=5000)
    assert "changed or removed elsewhere" in dialog.error_notice.message.text()
    assert dialog.isVisible()
    assert dialog.last_name_field.text() == "Korhola"
    with populated_demo.unit_of_work() as uow:
        assert uow.clients.get(client_id).last_name == "Koskinen"
    dialog.discard()


def test_change_reveals_the_identity_code_for_editing_and_audits_it(
        qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    client_id = existing_client_id(window)
    window.card_view.open_client(client_id)
    dialog = window.card_view.edit_client()
    qtbot.mouseClick(dialog.change_identity_code_button, Qt.MouseButton.LeftButton)
    assert not dialog.identity_code_field.isReadOnly()
    assert dialog.identity_code_field.text() == make_client(EXISTING_INDEX).identity_code
    assert AuditAction.REVEAL_IDENTITY_CODE in audit_actions(populated_demo, client_id)
    dialog.discard()


def test_the_safety_marking_explains_itself_and_a_marked_address_stays_hidden_in_the_form(
        qtbot: QtBot, window: MainWindow) -> None:
    turva = next(window.model.summary(row).id for row in range(window.model.rowCount())
                 if window.model.summary(row).last_name == "Turva")
    window.card_view.open_client(turva)
    dialog = window.card_view.edit_client()
    assert "address is hidden" in dialog.safety_marking_field.toolTip()
    assert dialog.street_field.text() == ""
    assert "Salainen" not in " ".join(w.text() for w in dialog.findChildren(QLineEdit))
    dialog.discard()
    assert QApplication.activeModalWidget() is None


def _discard_question(dialog: ClientFormDialog):
    from PySide6.QtWidgets import QMessageBox

    return dialog.findChild(QMessageBox)


def test_esc_on_an_untouched_form_closes_it_at_once(qtbot: QtBot, window: MainWindow) -> None:
    dialog = active(qtbot, window.create_client_prefilled("040 123 4567"))

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert not dialog.isVisible()
    assert _discard_question(dialog) is None


def test_esc_after_typing_asks_before_throwing_the_form_away(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    dialog = active(qtbot, window.create_client_prefilled(""))
    qtbot.keyClicks(dialog.last_name_field, "Lahtinen")

    qtbot.keyClick(dialog.last_name_field, Qt.Key.Key_Escape)
    question = _discard_question(dialog)
    assert question.text() == "Discard the new client?"
    question.button(QMessageBox.StandardButton.Cancel).click()  # "Keep editing"
    qtbot.waitUntil(lambda: _discard_question(dialog) is None or not _discard_question(dialog).isVisible())
    assert dialog.isVisible()
    assert dialog.last_name_field.text() == "Lahtinen"

    dialog.reject()
    _discard_question(dialog).button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible()
