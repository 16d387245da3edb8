"""The three user groups' contacts driven by keys alone, counted (issue #10 part 4; figures in docs/benchmarks.md).

Every key goes to the widget that has the focus (or to the open popup menu), never to a widget the test picks:
what these scenarios count is what an adviser presses. Run with `-s` to see the counts:
`QT_QPA_PLATFORM=offscreen .venv/bin/pytest -q -s tests/ui/test_keyboard_scenarios.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.consent_purposes import RECORD_CONTACT
from app.domain.client import Client
from app.domain.consent import ConsentChannel, ConsentEvidence
from app.domain.encounter import EncounterChannel, EncounterOutcome
from app.usecases.demo_services import seed_demo_services
from app.usecases.outreach_tally import outreach_tally
from app.usecases.record_consent import grant_consent
from app.usecases.record_encounter import last_encounters
from app.workstation import Workstation
from tests.ui.conftest import add_clients, make_client
from ui.main_window import MainWindow

PHONE_BUDGET = 15
GRANTED = {"channel": ConsentChannel.PHONE, "evidence": ConsentEvidence.VERBAL, "language": "fi"}


class Keyboard:
    """Presses keys on whatever has the focus and counts them: one per key, one per character typed."""

    def __init__(self, qtbot: QtBot) -> None:
        self._qtbot = qtbot
        self.count = 0

    @staticmethod
    def target() -> QWidget:
        popup = QApplication.activePopupWidget()
        target = popup if popup is not None else QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        return target

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        self._qtbot.keyClick(self.target(), key, modifiers)

    def ctrl(self, key: Qt.Key) -> None:
        self.press(key, Qt.KeyboardModifier.ControlModifier)

    def ctrl_shift(self, key: Qt.Key) -> None:
        self.press(key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    def alt(self, key: Qt.Key) -> None:
        self.press(key, Qt.KeyboardModifier.AltModifier)

    def type(self, text: str) -> None:
        for character in text:
            self.count += 1
            self._qtbot.keyClick(self.target(), character)

    def when_modal_opens(self, action: Callable[[], None]) -> None:
        """Keys for a modal dialog the next key opens: queued, since that key returns only once it closes.
        Offscreen there is no window manager to activate the new window, so this does it, as a desktop would."""

        def wait() -> None:
            modal = QApplication.activeModalWidget()
            if modal is None or not modal.isVisible():
                QTimer.singleShot(10, wait)
                return
            modal.activateWindow()
            self._qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                                  and modal.isAncestorOf(QApplication.focusWidget()))
            action()

        QTimer.singleShot(0, wait)


def _stored_client(workstation: Workstation, index: int, *, last_name: str | None = None,
                   consent: bool = False) -> Client:
    client = make_client(index, last_name=last_name)
    add_clients(workstation, [client])
    if consent:
        grant_consent(workstation, client.id, RECORD_CONTACT, **GRANTED, today=date.today())
    return client


def _activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()  # offscreen there is no window manager to activate a window shown
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and window.isAncestorOf(QApplication.focusWidget()))


@pytest.fixture
def demo_window(qtbot: QtBot, populated_demo: Workstation):
    """The real window over the populated demo with the demo service catalogue, as `neuvo --demo` has it."""
    seed_demo_services(populated_demo)
    window = MainWindow(populated_demo)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_page_shown, timeout=5000):
        window.show()
    qtbot.waitUntil(lambda: bool(window.service_search.catalogue_size), timeout=5000)
    _activate(qtbot, window)
    yield window
    window.wait_for_workers()
    window.encounter_panel.wait_for_workers()
    window.close()


def test_phone_pop_to_saved_encounter_within_the_budget(qtbot: QtBot, demo_window: MainWindow,
                                                        populated_demo: Workstation) -> None:
    window = demo_window
    panel = window.encounter_panel
    search = window.service_search
    caller = _stored_client(populated_demo, 40, consent=True)
    window.show_incoming_call(caller.phones[0].number_e164)
    qtbot.waitUntil(lambda: window.card_view.card is not None and window.card_view.card.id == caller.id,
                    timeout=5000)
    qtbot.waitUntil(lambda: search.handover_language == caller.preferred_language, timeout=5000)
    keys = Keyboard(qtbot)

    # Consent check: the card's badges and the encounter's line say, in words, whether the name is kept.
    consent = window.card_view.consent_panel
    assert consent.isVisible()
    assert consent.badges.isVisible()
    assert not consent.no_record_contact.isVisible()
    assert panel.consent_line.isVisible()
    assert panel.consent_line.text().startswith("✓ Saved with the person's name")
    assert panel.draft is not None
    assert panel.draft.channel is EncounterChannel.PHONE

    keys.press(Qt.Key.Key_F3)
    assert search.search_field.hasFocus()
    keys.type("toim")
    qtbot.waitUntil(lambda: search.last_result is not None and search.last_result.query == "toim", timeout=5000)
    keys.press(Qt.Key.Key_Return)  # to the results, the best one chosen
    assert search.result_list.hasFocus()
    best = search.selected_ptv_ids()
    assert len(best) == 1
    qtbot.waitUntil(lambda: search.details_view.details is not None, timeout=5000)

    QGuiApplication.clipboard().clear()
    keys.ctrl_shift(Qt.Key.Key_C)
    handover = QGuiApplication.clipboard().text()
    assert search.last_handover is not None
    assert search.last_handover.services[0].name in handover

    keys.ctrl(Qt.Key.Key_O)
    assert panel.draft.services_offered == best
    assert panel.need_editor.proposed_codes  # the service's classes propose needs

    keys.alt(Qt.Key.Key_N)
    assert panel.need_editor.field.hasFocus()
    keys.press(Qt.Key.Key_Return)  # the empty field: Enter takes the proposed need
    keys.type("asu")
    keys.press(Qt.Key.Key_Return)
    tags = [tag.code for tag in panel.draft.need_tags]
    assert len(tags) == 2
    assert panel.draft.outcome is EncounterOutcome.GUIDED_TO_SERVICE  # preset by the offer

    with qtbot.waitSignal(panel.encounter_saved, timeout=5000):
        keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    print(f"\nphone: {keys.count} keystrokes after the pop (budget {PHONE_BUDGET})")
    assert keys.count <= PHONE_BUDGET

    [line] = last_encounters(populated_demo, caller.id)
    assert line.channel is EncounterChannel.PHONE
    assert line.outcome is EncounterOutcome.GUIDED_TO_SERVICE
    assert sorted(need.code for need in line.needs) == sorted(tags)


def test_counter_search_consent_tag_save(qtbot: QtBot, demo_window: MainWindow, populated_demo: Workstation) -> None:
    window = demo_window
    panel = window.encounter_panel
    client = _stored_client(populated_demo, 41, last_name="Lindqvist")
    window.model.refresh()
    qtbot.waitUntil(lambda: not window.model.loading)
    assert window.search_field.hasFocus()  # where the window starts
    keys = Keyboard(qtbot)

    keys.type("lindq")
    keys.press(Qt.Key.Key_Return)  # opens the best match
    qtbot.waitUntil(lambda: window.card_view.card is not None and window.card_view.card.id == client.id,
                    timeout=5000)
    consent = window.card_view.consent_panel
    assert consent.no_record_contact.isVisible()

    keys.ctrl(Qt.Key.Key_K)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
    dialog = QApplication.activeModalWidget()
    _activate(qtbot, dialog)
    # The dialog opens on "record contacts", granted, in the client's language: Ctrl+Enter records it.
    with qtbot.waitSignal(dialog.consent_recorded, timeout=5000):
        keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not consent.no_record_contact.isVisible())
    _activate(qtbot, window)  # the dialog closed: focus is back in the window

    keys.alt(Qt.Key.Key_N)
    assert panel.need_editor.field.hasFocus()
    keys.type("asu")
    keys.press(Qt.Key.Key_Return)
    keys.alt(Qt.Key.Key_O)
    assert panel.outcome_box.hasFocus()
    keys.type("r")  # a letter chooses the first outcome starting with it: "Resolved on first contact"
    assert panel.draft.outcome is EncounterOutcome.RESOLVED_ON_FIRST_CONTACT
    with qtbot.waitSignal(panel.encounter_saved, timeout=5000):
        keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    print(f"\ncounter: {keys.count} keystrokes from the search box to the saved encounter")

    [line] = last_encounters(populated_demo, client.id)
    assert line.channel is EncounterChannel.COUNTER
    assert len(line.needs) == 1


def test_outreach_offline_tally_and_one_person_linked_visitor(qtbot: QtBot, demo_window: MainWindow,
                                                             populated_demo: Workstation) -> None:
    window = demo_window
    panel = window.encounter_panel
    assert window.sync_menu.port is None  # offline: no CRM to reach, everything stays on this workstation
    client = _stored_client(populated_demo, 42, last_name="Nyberg", consent=True)
    window.model.refresh()
    qtbot.waitUntil(lambda: not window.model.loading)
    keys = Keyboard(qtbot)
    event = "Digitori"

    keys.alt(Qt.Key.Key_W)  # the Workstation menu
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)

    def name_the_event() -> None:
        keys.type(event)
        keys.press(Qt.Key.Key_Return)

    keys.when_modal_opens(name_the_event)
    keys.type("o")  # "At an outreach event…" asks for the event's name
    assert panel.mode.is_outreach
    assert panel.mode.event_name == event
    mode_keys = keys.count
    _activate(qtbot, window)

    keys.ctrl(Qt.Key.Key_T)
    qtbot.waitUntil(lambda: window.workstation_menu.tally is not None)
    tally = window.workstation_menu.tally
    qtbot.waitUntil(lambda: len(tally.needs) == 9)
    _activate(qtbot, tally)
    assert tally.keypad.hasFocus()
    tally_start = keys.count
    for needs in ("1", "2", "13"):
        keys.type(needs)
        keys.press(Qt.Key.Key_Return)
    tally_keys = keys.count - tally_start
    tally.wait_for_workers()
    qtbot.waitUntil(lambda: tally.recorded_here == 3)
    keys.press(Qt.Key.Key_Escape)  # closes the tally; the visitors are saved
    qtbot.waitUntil(lambda: window.workstation_menu.tally is None)
    _activate(qtbot, window)

    person_start = keys.count
    keys.ctrl(Qt.Key.Key_F)
    assert window.search_field.hasFocus()
    keys.type("nyb")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card_view.card is not None and window.card_view.card.id == client.id,
                    timeout=5000)
    keys.alt(Qt.Key.Key_N)
    keys.type("asu")
    keys.press(Qt.Key.Key_Return)
    keys.alt(Qt.Key.Key_O)
    keys.type("r")
    with qtbot.waitSignal(panel.encounter_saved, timeout=5000):
        keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    person_keys = keys.count - person_start
    print(f"\noutreach: {keys.count} keystrokes in all — mode {mode_keys} (event name {len(event)} of them), "
          f"three visitors {tally_keys}, one person-linked visitor {person_keys}")

    [line] = last_encounters(populated_demo, client.id)
    assert line.channel is EncounterChannel.OUTREACH
    assert line.place == event
    assert outreach_tally(populated_demo, event).visitors_today == 4


def test_the_keys_saved_never_override_what_the_adviser_chose(qtbot: QtBot, demo_window: MainWindow,
                                                              populated_demo: Workstation) -> None:
    window = demo_window
    panel = window.encounter_panel
    client = _stored_client(populated_demo, 43)
    window.card_view.open_client(client.id)
    qtbot.waitUntil(lambda: panel.draft is not None and panel.draft.client_id == client.id, timeout=5000)
    field = panel.need_editor.field
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # nothing typed, nothing proposed: nothing added
    assert panel.draft.need_tags == []

    panel.outcome_box.setCurrentIndex(panel.outcome_box.findData(EncounterOutcome.APPOINTMENT_BOOKED.value))
    window.service_search.service_offered.emit("5e6f7a8b-0000-4000-8000-000000000002", ["P4.10"])
    assert panel.draft.outcome is EncounterOutcome.APPOINTMENT_BOOKED  # chosen before the offer: kept
    proposed = panel.need_editor.proposed_codes
    assert proposed
    qtbot.keyClicks(field, "velk")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # something typed: its suggestion, not the proposal
    [tag] = panel.draft.need_tags
    assert tag.code not in proposed
    assert panel.need_editor.proposed_codes == proposed
