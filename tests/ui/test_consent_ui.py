"""Consent in the window: badges at a glance, recording by keyboard, the guardian rule, history, receipt, and the
supervisors' expiring list — against a real encrypted demo store."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from app.domain.audit import AuditAction
from app.domain.client import Client
from app.domain.consent import ConsentChannel, ConsentDecision, ConsentEvidence, ConsentState
from app.usecases.record_consent import grant_consent
from tests.ui.conftest import add_clients, make_client
from ui.consent_dialog import ConsentDialog
from ui.expiring_consents_dialog import ExpiringConsentsDialog

VERBAL = {"channel": ConsentChannel.COUNTER, "evidence": ConsentEvidence.VERBAL, "language": "fi"}


def _open_card(qtbot, window, client: Client) -> None:
    window.card_view.open_client(client.id)
    qtbot.waitUntil(lambda: window.card_view.card is not None)


def _badge(window, purpose: str):
    return next(b for b in window.card_view.consent_panel.badges.badges if b.status.purpose == purpose)


def _dialog(qtbot, window) -> ConsentDialog:
    qtbot.waitUntil(lambda: window.findChild(ConsentDialog) is not None)
    dialog = window.findChild(ConsentDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()  # offscreen, nobody activates it for us
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _stored_client(workstation, **changes) -> Client:
    client = make_client(40)
    for name, value in changes.items():
        setattr(client, name, value)
    add_clients(workstation, [client])
    return client


def test_a_client_without_record_contact_is_flagged_and_granting_by_keyboard_clears_it(qtbot, window,
                                                                                        populated_demo):
    client = _stored_client(populated_demo, preferred_language="fi")
    _open_card(qtbot, window, client)
    panel = window.card_view.consent_panel
    assert panel.no_record_contact.isVisible()
    assert _badge(window, "record_contact").state_label.text() == "Not asked"

    qtbot.keyClick(window.client_list, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, window)
    assert dialog.purpose_box.currentData() == "record_contact"
    assert dialog.decision is ConsentDecision.GRANTED
    assert "nimellesi" in dialog.text_view.toPlainText()  # the Finnish text for a Finnish-speaking client
    with qtbot.waitSignal(dialog.consent_recorded, timeout=5000):
        qtbot.keyClick(dialog.purpose_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: not panel.no_record_contact.isVisible())
    badge = _badge(window, "record_contact")
    assert badge.status.state is ConsentState.GRANTED
    assert badge.state_label.text().startswith("Granted until ")
    with populated_demo.unit_of_work() as uow:
        assert [e.entity for e in uow.outbox.pending()][-1] == "consent"
        assert uow.audit.latest(1)[0].action is AuditAction.CONSENT_CHANGE


def test_a_child_needs_the_guardian_named_and_nothing_typed_is_lost(qtbot, window, populated_demo):
    child = _stored_client(populated_demo, birth_date=date.today() - timedelta(days=365 * 10), identity_code=None)
    _open_card(qtbot, window, child)
    window.card_view.consent_panel.record_consent("record_contact")
    dialog = _dialog(qtbot, window)
    assert dialog.guardian_field.isVisible()
    dialog.evidence_box.setCurrentIndex(dialog.evidence_box.findData(ConsentEvidence.SIGNED.value))

    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_notice.isVisible())
    assert "needs the consent of a guardian" in dialog.error_notice.message.text()
    assert dialog.isVisible()
    assert dialog.evidence_box.currentData() == ConsentEvidence.SIGNED.value

    qtbot.keyClicks(dialog.guardian_field, "Maija Huoltaja")
    with qtbot.waitSignal(dialog.consent_recorded, timeout=5000) as saved:
        dialog.save()
    assert saved.args[0].guardian == "Maija Huoltaja"


def test_what_holds_is_offered_for_withdrawal_and_history_lists_newest_first(qtbot, window, populated_demo):
    client = _stored_client(populated_demo)
    grant_consent(populated_demo, client.id, "record_contact", **VERBAL)
    _open_card(qtbot, window, client)
    assert not window.card_view.consent_panel.no_record_contact.isVisible()

    window.card_view.consent_panel.record_consent("record_contact")
    dialog = _dialog(qtbot, window)
    assert dialog.decision is ConsentDecision.WITHDRAWN
    assert not dialog.valid_until.isVisible()
    with qtbot.waitSignal(dialog.consent_recorded, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: _badge(window, "record_contact").status.state is ConsentState.WITHDRAWN)
    assert window.card_view.consent_panel.no_record_contact.isVisible()

    history = window.card_view.consent_panel.show_history()
    model = history.model
    decisions = [model.data(model.index(row, 2)) for row in range(model.rowCount())]
    assert decisions == ["Withdrawn ✓", "Granted"]
    assert model.data(model.index(0, 4)) == "Demo Adviser"
    history.reject()


def test_the_receipt_is_in_the_clients_language_and_saves_as_pdf(qtbot, window, populated_demo, tmp_path):
    client = _stored_client(populated_demo, preferred_language="sv")
    grant_consent(populated_demo, client.id, "followup_contact", **{**VERBAL, "language": "sv"})
    _open_card(qtbot, window, client)

    receipt = window.card_view.consent_panel.show_receipt()
    assert receipt.receipt.language == "sv"
    assert "Samtyckeskvitto" in receipt.preview.toPlainText()
    assert client.identity_code not in receipt.receipt.html
    destination = tmp_path / "kvitto.pdf"
    receipt.choose_pdf_file = lambda _parent, _suggested: destination
    qtbot.mouseClick(receipt.pdf_button, Qt.MouseButton.LeftButton)

    assert destination.read_bytes().startswith(b"%PDF")
    assert receipt.note.text() == f"Saved to {destination}."
    receipt.reject()


def test_supervisors_see_consents_about_to_end_and_enter_opens_the_card(qtbot, window, populated_demo):
    client = _stored_client(populated_demo)
    grant_consent(populated_demo, client.id, "newsletter", valid_until=date.today() + timedelta(days=9), **VERBAL)

    window.open_expiring_consents()
    qtbot.waitUntil(lambda: window.findChild(ExpiringConsentsDialog) is not None)
    dialog = window.findChild(ExpiringConsentsDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.model.data(dialog.model.index(0, 3)) == "9"
    assert "1 consents end within 30 days" in dialog.summary.text()

    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card_view.card is not None and window.card_view.card.id == client.id)
    dialog.reject()


def test_the_card_lists_the_last_encounters_recorded_with_consent(qtbot, window, populated_demo):
    from datetime import UTC, datetime

    from app.domain.encounter import EncounterChannel, EncounterDraft, EncounterOutcome, NeedStatus, NeedTag
    from app.usecases.record_encounter import record_encounter

    client = _stored_client(populated_demo)
    grant_consent(populated_demo, client.id, "record_contact", **VERBAL)
    started = datetime.now(UTC) - timedelta(minutes=20)
    record_encounter(populated_demo, EncounterDraft(
        channel=EncounterChannel.PHONE, started_at=started, ended_at=started + timedelta(minutes=10),
        client_id=client.id, outcome=EncounterOutcome.GUIDED_TO_SERVICE,
        need_tags=[NeedTag("housing.housing_allowance", NeedStatus.UNMET)]))

    _open_card(qtbot, window, client)

    text = window.card_view.encounter_lines.lines.text()
    assert "phone" in text
    assert "guided to a service" in text
    assert "(unmet)" in text
