"""The outreach tally in the real window: "+1 visitor" with needs in at most four keystrokes, saved anonymously at
the event, the running count, and the needs on the number keys."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.encounter import CITY_ZONE, EncounterChannel
from app.usecases.outreach_tally import outreach_tally
from app.usecases.record_encounter import record_outreach_visitor
from app.workstation import Workstation
from ui.main_window import MainWindow
from ui.outreach_tally import OutreachTallyDialog

EVENT = "Kirjaston digitori"


def open_tally(qtbot: QtBot, window: MainWindow) -> OutreachTallyDialog:
    window.workstation_menu.choose(EncounterChannel.OUTREACH, EVENT)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.client_list, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.workstation_menu.tally is not None)
    dialog = window.workstation_menu.tally
    qtbot.waitUntil(lambda: len(dialog.needs) == 9)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.keypad.setFocus()
    qtbot.waitUntil(dialog.keypad.hasFocus)
    return dialog


def test_three_visitors_with_at_most_four_keystrokes_each(qtbot: QtBot, window: MainWindow,
                                                           populated_demo: Workstation) -> None:
    record_outreach_visitor(populated_demo, EVENT, ["leisure.sports"])  # earlier today, another laptop
    dialog = open_tally(qtbot, window)
    # The event's own most tagged need comes first, on key 1.
    assert dialog.needs[0].code == "leisure.sports"
    assert dialog.need_buttons[0].text().startswith("1  ")
    qtbot.waitUntil(lambda: dialog.count_label.text() == "1 visitor today")
    keys_per_visitor: list[int] = []

    def visitor(*keys: Qt.Key) -> None:
        for key in keys:
            qtbot.keyClick(dialog.keypad, key)
        keys_per_visitor.append(len(keys))

    visitor(Qt.Key.Key_2, Qt.Key.Key_Return)
    visitor(Qt.Key.Key_1, Qt.Key.Key_4, Qt.Key.Key_Enter)
    visitor(Qt.Key.Key_3, Qt.Key.Key_5, Qt.Key.Key_9, Qt.Key.Key_Return)
    assert max(keys_per_visitor) <= 4
    dialog.wait_for_workers()
    qtbot.waitUntil(lambda: dialog.recorded_here == 3)

    assert dialog.count_label.text() == "4 visitors today"
    assert "3 entered with this tally" in dialog.count_detail.text()
    codes = [need.code for need in dialog.needs]
    stored = outreach_encounters(populated_demo)
    tagged = sorted(tuple(sorted(tag.code for tag in encounter.need_tags)) for encounter in stored)
    assert tagged == sorted([("leisure.sports",), (codes[1],), tuple(sorted((codes[0], codes[3]))),
                             tuple(sorted((codes[2], codes[4], codes[8])))])
    assert all(encounter.client_id is None and encounter.event_name == EVENT for encounter in stored)
    assert outreach_tally(populated_demo, EVENT).visitors_today == 4
    # Counted by the city's day: tomorrow's tally starts from zero.
    tomorrow = outreach_tally(populated_demo, EVENT, today=datetime.now(CITY_ZONE).date() + timedelta(days=1))
    assert tomorrow.visitors_today == 0


def test_backspace_clears_the_needs_pressed_and_enter_alone_counts_a_visitor(qtbot: QtBot, window: MainWindow,
                                                                            populated_demo: Workstation) -> None:
    dialog = open_tally(qtbot, window)
    qtbot.keyClick(dialog.keypad, Qt.Key.Key_1)
    qtbot.keyClick(dialog.keypad, Qt.Key.Key_2)
    assert dialog.need_buttons[0].isChecked()
    assert dialog.need_buttons[1].isChecked()
    assert "Enter saves" in dialog.keypad.text.text()
    qtbot.keyClick(dialog.keypad, Qt.Key.Key_1)  # pressed again: untoggled
    assert dialog.toggled == [2]
    qtbot.keyClick(dialog.keypad, Qt.Key.Key_Backspace)
    assert dialog.toggled == []
    qtbot.keyClick(dialog.keypad, Qt.Key.Key_Return)
    dialog.wait_for_workers()
    qtbot.waitUntil(lambda: dialog.recorded_here == 1)
    assert "no need noted" in dialog.last_label.text()
    [only] = outreach_encounters(populated_demo)
    assert only.need_tags == ()


def test_outside_outreach_mode_the_tally_says_how_to_get_there(qtbot: QtBot, window: MainWindow,
                                                              monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    assert window.workstation_menu.open_tally() is None
    assert "At an outreach event" in told[0]


def outreach_encounters(workstation: Workstation) -> list:
    with workstation.store.engine.connect() as connection:
        ids = [uuid.UUID(hex=row[0]) for row in connection.execute(
            sa.text("SELECT id FROM encounters WHERE channel = 'outreach'"))]
    with workstation.unit_of_work() as uow:
        return [uow.encounters.get(encounter_id) for encounter_id in ids]
