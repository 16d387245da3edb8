"""The encounter panel in the real window: started by a card or a call, needs typed with autocomplete, statuses
by key, signals asked for, Ctrl+Enter saving (person-linked only with record_contact), services offered
proposing needs, drafts kept across a closed window, and the workstation mode kept in the profile."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from app.consent_purposes import RECORD_CONTACT
from app.domain.client import Client
from app.domain.consent import ConsentChannel, ConsentEvidence
from app.domain.encounter import (
    EncounterChannel,
    EncounterDraft,
    EncounterOutcome,
    NeedStatus,
    NeedTag,
    SignalKind,
)
from app.usecases.record_consent import grant_consent
from app.usecases.record_encounter import AnonymousReason, last_encounters, open_drafts, save_draft
from app.usecases.workstation_mode import workstation_mode
from app.workstation import Workstation
from tests.ui.conftest import add_clients, make_client
from ui.encounter_panel import EncounterPanel, elapsed_text
from ui.main_window import MainWindow
from ui.ui_language import UI_LANGUAGE_PROPERTY

GRANTED = {"channel": ConsentChannel.COUNTER, "evidence": ConsentEvidence.VERBAL, "language": "fi"}


@pytest.fixture
def finnish_window() -> Iterator[None]:
    """The window speaking Finnish, as the Finnish catalogue sets it (need labels follow it)."""
    application = QCoreApplication.instance()
    application.setProperty(UI_LANGUAGE_PROPERTY, "fi")
    yield
    application.setProperty(UI_LANGUAGE_PROPERTY, None)


def stored_client(workstation: Workstation, index: int = 40, *, consent: bool = False) -> Client:
    client = make_client(index)
    add_clients(workstation, [client])
    if consent:
        grant_consent(workstation, client.id, RECORD_CONTACT, **GRANTED, today=date.today())
    return client


def open_card(qtbot: QtBot, window: MainWindow, client: Client) -> EncounterPanel:
    window.card_view.open_client(client.id)
    qtbot.waitUntil(lambda: window.card_view.card is not None and window.card_view.card.id == client.id)
    return window.encounter_panel


def focus(qtbot: QtBot, window: MainWindow, widget) -> None:
    window.activateWindow()  # offscreen, nobody activates it for us
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def type_need(qtbot: QtBot, panel: EncounterPanel, text: str) -> None:
    field = panel.need_editor.field
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def ctrl_enter(qtbot: QtBot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def save_by_keyboard(qtbot: QtBot, window: MainWindow, panel: EncounterPanel):
    focus(qtbot, window, panel.summary_field)
    with qtbot.waitSignal(panel.encounter_saved, timeout=5000) as saved:
        ctrl_enter(qtbot, panel.summary_field)
    return saved.args[0]


def test_a_card_starts_a_counter_encounter_that_times_itself(qtbot: QtBot, window: MainWindow,
                                                             populated_demo: Workstation) -> None:
    client = stored_client(populated_demo)
    panel = open_card(qtbot, window, client)
    draft = panel.draft
    assert draft is not None
    assert (draft.channel, draft.client_id) == (EncounterChannel.COUNTER, client.id)
    assert "counter" in panel.channel_label.text()
    assert panel.elapsed_label.text() == elapsed_text(draft.started_at, datetime.now(UTC))
    assert elapsed_text(datetime(2026, 1, 1, 10, tzinfo=UTC), datetime(2026, 1, 1, 11, 2, 5, tzinfo=UTC)) == \
        "1:02:05"
    # Every control speaks its name to a screen reader.
    for widget in (panel.need_editor.field, panel.need_editor.table, panel.outcome_box, panel.summary_field,
                   panel.anonymous_box, panel.save_button, panel.new_button, panel.discard_button,
                   panel.signal_editor.kind_box, panel.signal_editor.text_field, panel.signal_editor.severity_box,
                   panel.services_list, panel.need_editor.proposals):
        assert widget.accessibleName(), widget


def test_a_popped_call_starts_a_phone_encounter_which_the_callers_card_completes(
        qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    client = stored_client(populated_demo, 41)
    window.show_incoming_call(client.phones[0].number_e164)
    qtbot.waitUntil(lambda: window.card_view.card is not None and window.card_view.card.id == client.id)
    draft = window.encounter_panel.draft
    assert (draft.channel, draft.client_id) == (EncounterChannel.PHONE, client.id)


def test_typing_a_need_offers_it_with_its_parents_and_keys_set_the_status(
        qtbot: QtBot, window: MainWindow, populated_demo: Workstation, finnish_window: None) -> None:
    panel = open_card(qtbot, window, stored_client(populated_demo))
    editor = panel.need_editor
    focus(qtbot, window, editor.field)
    qtbot.keyClicks(editor.field, "asun")
    offered = [editor.suggestion_model.item(row).text() for row in range(editor.suggestion_model.rowCount())]
    assert editor.completer.popup().isVisible()
    assert any(text.startswith("Asunnottomuus — Asuminen") for text in offered), offered
    housing = [code for code in (editor.suggestion_model.item(r).data(Qt.ItemDataRole.UserRole)
                                 for r in range(editor.suggestion_model.rowCount())) if code.startswith("housing.")]
    assert housing
    # Down moves into the suggestions, Enter takes the highlighted one.
    qtbot.keyClick(editor.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(editor.completer.popup(), Qt.Key.Key_Down)
    second = editor.suggestion_model.item(1).data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(editor.completer.popup(), Qt.Key.Key_Return)
    assert [tag.code for tag in editor.tags()] == [second]
    assert editor.field.text() == ""
    type_need(qtbot, panel, "velat")  # a synonym; Enter alone takes the best match
    assert editor.tags()[-1].code == "income.debt_advice"

    editor.table.setFocus()
    editor.table.selectRow(0)
    qtbot.keyClick(editor.table, Qt.Key.Key_2)
    editor.table.selectRow(1)
    qtbot.keyClick(editor.table, Qt.Key.Key_3)
    assert [tag.status for tag in panel.draft.need_tags] == [NeedStatus.PARTLY_MET, NeedStatus.UNMET]
    assert "✕" in editor.model.index(1, 1).data()  # a symbol and words, not colour alone
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert [tag.code for tag in panel.draft.need_tags] == [second]
    type_need(qtbot, panel, "olematon sana xyz")
    assert editor.note.isVisible()
    assert "xyz" in editor.note.text()


def test_an_unmet_need_asks_for_a_signal_and_ctrl_enter_saves_to_the_card(
        qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    client = stored_client(populated_demo, consent=True)
    panel = open_card(qtbot, window, client)
    assert not panel.signal_editor.isVisible()
    assert panel.consent_line.text().startswith("✓ Saved with the person's name")
    focus(qtbot, window, panel.need_editor.field)
    type_need(qtbot, panel, "eviction")
    qtbot.keyClick(panel.need_editor.table, Qt.Key.Key_3)
    assert panel.signal_editor.isVisible()
    assert "a need is unmet" in panel.signal_editor.reason.text()
    panel.outcome_box.setCurrentIndex(panel.outcome_box.findData(EncounterOutcome.GUIDED_TO_SERVICE.value))
    qtbot.keyClicks(panel.summary_field, "Vuokrarastit ja haatouhka.")

    # The first Ctrl+Enter asks for the signal; nothing is saved yet.
    focus(qtbot, window, panel.summary_field)
    ctrl_enter(qtbot, panel.summary_field)
    assert "A signal is asked for" in panel.problems.text()
    assert panel.signal_editor.text_field.hasFocus()
    assert panel.draft is not None
    signal_kind = panel.signal_editor.kind_box
    signal_kind.setCurrentIndex(signal_kind.findData(SignalKind.WAITING_TOO_LONG.value))
    qtbot.keyClicks(panel.signal_editor.text_field, "Velkaneuvontaan 3 kk jono")
    qtbot.keyClick(panel.signal_editor.text_field, Qt.Key.Key_Return)

    result = save_by_keyboard(qtbot, window, panel)
    assert result.anonymous_reason is None
    assert panel.draft is None
    assert "saved to the client's record" in panel.idle_note.text()
    [line] = last_encounters(populated_demo, client.id)
    assert [(need.code, need.status) for need in line.needs] == [("housing.eviction_risk", NeedStatus.UNMET)]
    assert line.signals == (SignalKind.WAITING_TOO_LONG,)
    assert line.summary == "Vuokrarastit ja haatouhka."
    # The card's "Last encounters" shows it at once.
    qtbot.waitUntil(lambda: "eviction" in window.card_view.encounter_lines.lines.text().lower())
    assert open_drafts(populated_demo) == []


def test_what_blocks_saving_is_said_in_words(qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    panel = open_card(qtbot, window, stored_client(populated_demo))
    qtbot.keyClicks(panel.summary_field, "x" * 501)
    assert "too long" in panel.summary_count.text()
    focus(qtbot, window, panel.summary_field)
    ctrl_enter(qtbot, panel.summary_field)
    assert "Choose the outcome" in panel.problems.text()
    assert "longer than 500" in panel.problems.text()
    assert panel.outcome_box.hasFocus()
    assert panel.draft is not None  # still open, nothing lost


def test_without_record_contact_it_is_saved_anonymous_and_the_adviser_is_told_why(
        qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    client = stored_client(populated_demo)
    panel = open_card(qtbot, window, client)
    assert panel.consent_line.isVisible()
    assert panel.consent_line.text().startswith("✕ Saved without the person's name")
    type_need(qtbot, panel, "velat")
    panel.outcome_box.setCurrentIndex(panel.outcome_box.findData(EncounterOutcome.APPOINTMENT_BOOKED.value))
    qtbot.keyClicks(panel.summary_field, "Aika velkaneuvontaan.")
    assert "The summary is not kept" in panel.consent_line.text()

    result = save_by_keyboard(qtbot, window, panel)
    assert result.anonymous_reason is AnonymousReason.NO_CONSENT
    assert result.encounter.client_id is None
    assert [tag.code for tag in result.encounter.need_tags] == ["income.debt_advice"]
    message = panel.idle_note.text()
    assert "saved without the person's name because" in message
    assert "record consent with Ctrl+K to link future contacts" in message
    assert "summary was not kept" in message
    assert last_encounters(populated_demo, client.id) == []


def test_the_adviser_can_choose_to_save_anonymously(qtbot: QtBot, window: MainWindow,
                                                    populated_demo: Workstation) -> None:
    panel = open_card(qtbot, window, stored_client(populated_demo, consent=True))
    type_need(qtbot, panel, "job")
    panel.outcome_box.setCurrentIndex(panel.outcome_box.findData(EncounterOutcome.OTHER.value))
    focus(qtbot, window, panel.anonymous_box)
    qtbot.keyClick(panel.anonymous_box, Qt.Key.Key_Space)
    assert "as you chose" in panel.consent_line.text()
    result = save_by_keyboard(qtbot, window, panel)
    assert result.anonymous_reason is AnonymousReason.CHOSEN
    assert result.encounter.client_id is None


def test_services_offered_attach_and_propose_their_needs(qtbot: QtBot, window: MainWindow,
                                                         populated_demo: Workstation) -> None:
    panel = open_card(qtbot, window, stored_client(populated_demo))
    panel.add_offered_service("1a2b3c4d-0000-4000-8000-000000000001", ["P4.10"])
    assert panel.draft.services_offered == ["1a2b3c4d-0000-4000-8000-000000000001"]
    assert panel.services_list.isVisible()
    # Not in this workstation's catalogue: the id stands in for the name.
    assert "1a2b3c4d" in panel.services_list.item(0).text()
    proposals = panel.need_editor.proposals
    assert panel.need_editor.proposed_codes == ["income.social_assistance"]
    focus(qtbot, window, proposals)
    qtbot.keyClick(proposals, Qt.Key.Key_Return)  # one key accepts the proposal
    assert [tag.code for tag in panel.draft.need_tags] == ["income.social_assistance"]
    assert not proposals.isVisible()
    panel.add_offered_service("1a2b3c4d-0000-4000-8000-000000000001", ["P4.10"])
    assert "already" in panel.problems.text()
    focus(qtbot, window, panel.services_list)
    qtbot.keyClick(panel.services_list, Qt.Key.Key_Delete)
    assert panel.draft.services_offered == []
    # The service search's "offer to client" reaches the panel.
    window.service_search.service_offered.emit("5e6f7a8b-0000-4000-8000-000000000002", ["P1"])
    assert panel.draft.services_offered == ["5e6f7a8b-0000-4000-8000-000000000002"]
    # ...and the search marks exactly what the encounter holds, also after a removal.
    assert window.service_search.offered == {"5e6f7a8b-0000-4000-8000-000000000002"}
    focus(qtbot, window, panel.services_list)
    qtbot.keyClick(panel.services_list, Qt.Key.Key_Delete)
    assert window.service_search.offered == frozenset()


def test_a_draft_survives_a_closed_window_and_is_offered_on_the_next_start(
        qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    client = stored_client(populated_demo, consent=True)
    panel = open_card(qtbot, window, client)
    type_need(qtbot, panel, "eviction")
    qtbot.keyClick(panel.need_editor.table, Qt.Key.Key_3)
    qtbot.keyClicks(panel.summary_field, "Kesken jai")
    draft_id = panel.draft.id
    window.close()  # at once: the debounced draft write has not happened yet

    reopened = MainWindow(populated_demo)
    qtbot.addWidget(reopened)
    reopened.show()
    banner = reopened.encounter_panel.draft_banner
    qtbot.waitUntil(banner.isVisible)
    assert banner.draft_ids == [draft_id]
    assert "with a client" in banner.list.item(0).text()
    banner.resume_current()
    qtbot.waitUntil(lambda: reopened.card_view.card is not None and reopened.card_view.card.id == client.id)
    resumed = reopened.encounter_panel.draft
    assert resumed.id == draft_id
    assert resumed.need_tags == [NeedTag("housing.eviction_risk", NeedStatus.UNMET)]
    assert resumed.summary == "Kesken jai"
    assert not banner.isVisible()
    reopened.encounter_panel.discard(confirm=False)
    reopened.encounter_panel.wait_for_workers()
    assert open_drafts(populated_demo) == []
    reopened.close()


def test_typing_is_kept_as_a_draft_moments_later_without_closing(qtbot: QtBot, window: MainWindow,
                                                                   populated_demo: Workstation) -> None:
    panel = open_card(qtbot, window, stored_client(populated_demo))
    assert open_drafts(populated_demo) == []  # an encounter with nothing in it is not written
    type_need(qtbot, panel, "velat")
    qtbot.waitUntil(lambda: panel.draft_state.text() == "draft ✓")
    [kept] = open_drafts(populated_demo)  # what a crash now would leave
    assert kept.draft.need_tags == [NeedTag("income.debt_advice", NeedStatus.MET)]


def test_another_card_sets_an_unfinished_encounter_aside_as_a_draft(qtbot: QtBot, window: MainWindow,
                                                                    populated_demo: Workstation) -> None:
    first, second = stored_client(populated_demo, 40), stored_client(populated_demo, 41)
    panel = open_card(qtbot, window, first)
    type_need(qtbot, panel, "velat")
    first_id = panel.draft.id
    open_card(qtbot, window, second)
    assert panel.draft.client_id == second.id
    qtbot.waitUntil(lambda: panel.draft_banner.draft_ids == [first_id])
    panel.draft_banner.resume_current()
    qtbot.waitUntil(lambda: window.card_view.card.id == first.id)
    assert panel.draft.id == first_id
    assert [tag.code for tag in panel.draft.need_tags] == ["income.debt_advice"]


def test_unknown_need_codes_of_a_draft_are_shown_and_kept(qtbot: QtBot, window: MainWindow,
                                                          populated_demo: Workstation) -> None:
    old = EncounterDraft(channel=EncounterChannel.PHONE, started_at=datetime.now(UTC) - timedelta(minutes=5),
                         need_tags=[NeedTag("crm.legacy_42", NeedStatus.PARTLY_MET)],
                         outcome=EncounterOutcome.OTHER)
    save_draft(populated_demo, old)
    panel = window.encounter_panel
    panel.offer_open_drafts()
    qtbot.waitUntil(lambda: panel.draft_banner.draft_ids == [old.id])
    panel.draft_banner.resume_current()
    assert panel.need_editor.model.index(0, 0).data() == "unknown code crm.legacy_42"
    result = save_by_keyboard(qtbot, window, panel)
    assert result.unknown_need_codes == ("crm.legacy_42",)
    assert "Unknown need codes kept as they were: crm.legacy_42" in panel.idle_note.text()


def test_the_workstation_mode_is_kept_in_the_profile_and_presets_the_channel(
        qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    menu = window.workstation_menu
    assert menu.counter_action.isChecked()
    menu.choose(EncounterChannel.OUTREACH, "Kirjaston digitori")
    assert workstation_mode(populated_demo).event_name == "Kirjaston digitori"
    assert menu.outreach_action.isChecked()
    panel = open_card(qtbot, window, stored_client(populated_demo))
    assert (panel.draft.channel, panel.draft.event_name) == (EncounterChannel.OUTREACH, "Kirjaston digitori")
    menu.phone_action.trigger()
    assert workstation_mode(populated_demo).channel is EncounterChannel.PHONE
    assert panel.draft.channel is EncounterChannel.PHONE  # nothing typed yet: the open encounter follows
    # The next window on this profile starts in the same mode.
    again = MainWindow(populated_demo)
    qtbot.addWidget(again)
    assert again.encounter_panel.mode.channel is EncounterChannel.PHONE
    assert again.workstation_menu.phone_action.isChecked()
    again.close()
