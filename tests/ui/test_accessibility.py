"""Accessibility of the real window and every dialog it opens (issue #10 part 3): each control has a name a screen
reader can say (as Qt's accessibility layer reports it), the keyboard reaches it, Tab walks the screen in reading
order without traps, status changes are announced, colour is never the only signal, and nothing key is clipped
at 200 % font size."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.consent_purposes import RECORD_CONTACT
from app.domain.consent import ConsentChannel, ConsentEvidence
from app.domain.encounter import EncounterChannel
from app.usecases.demo_services import seed_demo_services
from app.usecases.record_consent import grant_consent
from app.workstation import Workstation
from tests.ui.conftest import add_clients, make_client
from ui.accessibility import (
    ElidingLabel,
    accessible_name,
    announcements,
    controls,
    describe,
    tab_traps,
    unfocusable_controls,
    unnamed_controls,
)
from ui.consent_badges import LOOKS
from ui.main_window import MainWindow
from ui.outreach_tally import OutreachTallyDialog
from ui.service_result_model import IS_OPEN_ROLE, OPEN_STATE_ROLE
from ui.shortcuts_dialog import ShortcutsDialog, clashes, collect_shortcuts

GRANTED = {"channel": ConsentChannel.COUNTER, "evidence": ConsentEvidence.VERBAL, "language": "fi"}


@pytest.fixture
def busy_window(qtbot: QtBot, populated_demo: Workstation) -> Iterator[MainWindow]:
    """The window as it is mid-contact: a call on the banner, a card open, an encounter started, services shown."""
    seed_demo_services(populated_demo)
    client = make_client(40)
    add_clients(populated_demo, [client])
    grant_consent(populated_demo, client.id, RECORD_CONTACT, **GRANTED, today=date.today())
    window = MainWindow(populated_demo)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_page_shown, timeout=5000):
        window.show()
    window.show_incoming_call(client.phones[0].number_e164)
    qtbot.waitUntil(lambda: window.card_view.card is not None and window.card_view.card.id == client.id,
                    timeout=5000)
    panel = window.service_search
    qtbot.waitUntil(lambda: bool(panel.catalogue_size), timeout=5000)
    panel.search_field.setText("toimeentulotuki")
    qtbot.waitUntil(lambda: panel.last_result is not None and panel.model.rowCount() > 0, timeout=5000)
    panel.select_service(panel.model.ptv_id(0))
    qtbot.waitUntil(lambda: panel.details_view.details is not None, timeout=5000)
    panel.offer_selected()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.wait_for_workers()
    window.encounter_panel.wait_for_workers()
    window.close()


def assert_named_and_reachable(root: QWidget, *, keyboard_alternative: tuple[QWidget, ...] = ()) -> None:
    unnamed = [describe(widget) for widget in unnamed_controls(root)]
    assert not unnamed, "controls without an accessible name:\n" + "\n".join(unnamed)
    unreachable = [describe(widget) for widget in unfocusable_controls(root) if widget not in keyboard_alternative]
    assert not unreachable, "controls the keyboard cannot reach:\n" + "\n".join(unreachable)
    traps = [describe(widget) for widget in tab_traps(root)]
    assert not traps, "text areas Tab cannot leave:\n" + "\n".join(traps)


def test_the_walk_names_controls_as_qt_does_and_catches_the_unnamed(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    named_by_buddy, unnamed, elsewhere = QLineEdit(), QLineEdit(), QLineEdit()
    label = QLabel("&Phone:")
    label.setBuddy(named_by_buddy)
    inner = QWidget()
    QVBoxLayout(inner).addWidget(elsewhere)
    far_label = QLabel("E-mail:")  # a buddy in another parent: Qt does not take its text as the name
    far_label.setBuddy(elsewhere)
    combo = QComboBox()
    combo.addItems(["Swedish", "Finnish"])  # an item is not a name
    button = QPushButton("&Save")
    for widget in (label, named_by_buddy, unnamed, inner, far_label, combo, button):
        layout.addWidget(widget)
    assert accessible_name(named_by_buddy) == "Phone:"
    assert accessible_name(button) == "Save"
    assert set(unnamed_controls(root)) == {unnamed, elsewhere, combo}
    combo.setAccessibleName("Language")
    assert combo not in unnamed_controls(root)
    silent = QPlainTextEdit()
    layout.addWidget(silent)
    assert tab_traps(root) == [silent]


def test_every_control_of_the_busy_window_is_named_and_reachable(busy_window: MainWindow) -> None:
    assert busy_window.call_banner.isVisible()
    assert busy_window.encounter_panel.draft is not None
    assert busy_window.service_dock.isVisible()
    assert busy_window.encounter_panel.services_list.count() == 1
    assert_named_and_reachable(busy_window)
    # Not vacuous: the walk sees the controls of every area.
    walked = list(controls(busy_window))
    for area in (busy_window.client_list, busy_window.card_view.consent_panel.record_button,
                 busy_window.encounter_panel.need_editor.field, busy_window.encounter_panel.services_list,
                 busy_window.service_search.result_list, busy_window.call_banner.findChildren(QPushButton)[0]):
        assert area in walked


def _dialogs(window: MainWindow, qtbot: QtBot) -> Iterator[tuple[str, QWidget]]:
    card = window.card_view
    yield "client form", window.create_client_prefilled("Testi Henkilö")
    yield "consent", card.consent_panel.record_consent()
    yield "consent history", card.consent_panel.show_history()
    yield "consent receipt", card.consent_panel.show_receipt()
    yield "audit log", window.open_audit_log()
    yield "expiring consents", window.open_expiring_consents()
    yield "conflicts", window.sync_menu.open_conflicts()
    yield "sync log", window.sync_menu.open_sync_log()
    from ui.outreach_readiness_dialog import OutreachDialog
    readiness = OutreachDialog(parent=window)
    readiness.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    readiness.show()
    yield "outreach readiness", readiness
    window.workstation_menu.choose(EncounterChannel.OUTREACH, "Digitori")
    yield "outreach tally", window.workstation_menu.open_tally()
    yield "service import", window.open_service_import()
    yield "shortcuts", window.show_shortcuts()
    picture = window.open_situational_picture()
    yield "situational picture", picture
    yield "aggregate export", picture.open_export()


def test_every_dialog_is_named_and_reachable(qtbot: QtBot, busy_window: MainWindow) -> None:
    for title, dialog in _dialogs(busy_window, qtbot):
        assert dialog is not None, title
        qtbot.waitUntil(dialog.isVisible)
        alternatives: tuple[QWidget, ...] = ()
        if isinstance(dialog, OutreachTallyDialog):
            # The need buttons are the mouse's way to the number keys, which the focused keypad takes.
            alternatives = tuple(dialog.need_buttons)
        try:
            assert_named_and_reachable(dialog, keyboard_alternative=alternatives)
        except AssertionError as error:
            raise AssertionError(f"{title}: {error}") from None
        if hasattr(dialog, "wait_for_workers"):
            dialog.wait_for_workers()
        dialog.close()


def test_tab_walks_search_list_card_encounter_services_without_a_trap(qtbot: QtBot,
                                                                      busy_window: MainWindow) -> None:
    window = busy_window
    window.search_field.setFocus()
    qtbot.waitUntil(window.search_field.hasFocus)
    areas = {"search": window.search_field, "list": window.client_list, "card": window.card_view,
             "encounter": window.encounter_panel, "services": window.service_dock}
    visited: list[str] = []
    seen: set[int] = set()
    for _ in range(200):
        focused = QApplication.focusWidget()
        assert focused is not None
        area = next((name for name, widget in areas.items()
                     if widget is focused or widget.isAncestorOf(focused)), None)
        if area and (not visited or visited[-1] != area):
            visited.append(area)
        if id(focused) in seen and focused is window.search_field:
            break
        seen.add(id(focused))
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    else:
        pytest.fail(f"Tab never came back to the client search: trapped after {visited}")
    order = [area for area in visited if area != "search"]
    # Each area once, in reading order: left to right, top to bottom.
    assert order == ["list", "card", "encounter", "services"], visited


# --- the F1 cheat sheet ---------------------------------------------------------------------------------------------

def test_f1_lists_every_key_of_the_window_by_area_and_esc_closes_it(qtbot: QtBot, busy_window: MainWindow) -> None:
    window = busy_window
    window.search_field.setFocus()
    qtbot.waitUntil(window.search_field.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(dialog.filter_field.hasFocus)
    rows = dialog.visible_rows()
    assert {row.area for row in rows} >= {"Client", "Card and consent", "Encounter", "Services", "CRM",
                                          "Workstation", "Supervision"}
    # Read from the window, not written down: every action with keys in the window is on the sheet.
    listed = " · ".join(row.keys for row in rows)
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            assert sequence.toString(QKeySequence.SequenceFormat.NativeText) in listed, action.text()
    keys_of = {row.what: row.keys for row in rows}
    assert keys_of["Grant, refuse or withdraw a consent"] == "Ctrl+K"
    assert keys_of["Save the encounter"] == "Ctrl+Return · Ctrl+Enter"
    assert keys_of["Offer to client"] == "Ctrl+O"
    assert keys_of["Go to “Needs”"] == "Alt+N"
    assert keys_of["Keyboard shortcuts"] == "F1"

    qtbot.keyClicks(dialog.filter_field, "consent")
    shown = dialog.visible_rows()
    assert shown
    assert len(shown) < len(rows)
    assert all("consent" in f"{row.area} {row.keys} {row.what} {row.where}".lower() for row in shown)
    assert dialog.count_label.text() == f"{len(shown)} of {len(rows)} shown"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is None)


def test_the_sheet_follows_the_window_and_no_key_does_two_things(busy_window: MainWindow) -> None:
    added = QAction("Try a new thing", busy_window)
    added.setShortcut(QKeySequence("Ctrl+Alt+Z"))
    busy_window.addAction(added)
    assert any(row.what == "Try a new thing" and row.keys == "Ctrl+Alt+Z"
               for row in collect_shortcuts(busy_window))
    busy_window.removeAction(added)
    added.deleteLater()
    busy_window.service_search.filters_button.setChecked(True)  # the filters' Alt keys too
    assert clashes(collect_shortcuts(busy_window)) == {}


# --- status changes, colour, large fonts ----------------------------------------------------------------------------

def test_status_messages_are_announced_without_moving_the_focus(qtbot: QtBot, busy_window: MainWindow) -> None:
    window = busy_window
    window.search_field.setFocus()
    qtbot.waitUntil(window.search_field.hasFocus)
    heard: list[str] = []
    announcements().announced.connect(heard.append)
    try:
        qtbot.keyClicks(window.search_field, "Zzz")
        qtbot.waitUntil(lambda: any("No client matches “Zzz”" in text for text in heard))
        assert window.search_field.hasFocus()
        window.service_search.copy_handover()
        assert any(text.startswith("Copied the hand-over") for text in heard)
        panel = window.encounter_panel
        with qtbot.waitSignal(panel.encounter_saved, timeout=5000):
            panel.save()
        qtbot.waitUntil(lambda: any(text.startswith("✓ Encounter saved") for text in heard))
        assert panel.problems.accessibleDescription() == panel.problems.text()
    finally:
        announcements().announced.disconnect(heard.append)


def test_colour_is_never_the_only_signal(qtbot: QtBot, busy_window: MainWindow) -> None:
    badges = busy_window.card_view.consent_panel.badges.badges
    assert badges
    symbols = {look.symbol for look in LOOKS.values()}
    for badge in badges:
        symbol_labels = [label.text() for label in badge.findChildren(QLabel) if label.text() in symbols]
        assert symbol_labels, badge.accessibleName()
        assert any(word.isalpha() for word in badge.state_label.text().split())  # the state in words
        assert badge.state_label.text() in badge.accessibleName()
    granted = [badge for badge in badges if badge.status.purpose == RECORD_CONTACT]
    assert granted[0].state_label.text().startswith("Granted")
    search = busy_window.service_search
    search.search_field.setText("hammashuollon päivystys")  # services with opening hours
    qtbot.waitUntil(lambda: search.last_result is not None
                    and search.last_result.query == "hammashuollon päivystys", timeout=5000)
    model = search.model
    states = [(model.data(model.index(row), OPEN_STATE_ROLE), model.data(model.index(row), IS_OPEN_ROLE))
              for row in range(model.rowCount())]
    known = [(text, is_open) for text, is_open in states if text]
    assert known
    for text, is_open in known:
        assert text.startswith("Open now") == bool(is_open), text  # the green dot has its words
    tooltip = model.data(model.index(0), Qt.ItemDataRole.AccessibleTextRole)
    assert states[0][0] in tooltip


@pytest.fixture
def double_font() -> Iterator[None]:
    application = QApplication.instance()
    original = QFont(application.font())
    large = QFont(original)
    large.setPointSizeF(original.pointSizeF() * 2)
    application.setFont(large)
    yield
    application.setFont(original)


def clipped(labels: list[QLabel]) -> list[str]:
    """Shown labels that cannot show their whole text at their size: one line narrower than its text, or wrapped
    lines taller than the label."""
    found = []
    for label in labels:
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                found.append(f"{label.text()[:50]!r}: needs {needed}px high, has {label.height()}")
        elif label.minimumSizeHint().width() > label.width() + 1:
            found.append(f"{label.text()[:50]!r}: needs {label.minimumSizeHint().width()}px, has {label.width()}")
    return found


def test_nothing_key_is_clipped_at_double_font_size(qtbot: QtBot, populated_demo: Workstation,
                                                   double_font: None) -> None:
    client = make_client(40)
    add_clients(populated_demo, [client])
    window = MainWindow(populated_demo)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitSignal(window.first_page_shown, timeout=5000):
        window.show()
    qtbot.waitSignal(window.status_settled, timeout=5000).wait()
    window.card_view.open_client(client.id)
    qtbot.waitUntil(lambda: window.card_view.card is not None)
    qtbot.wait(50)  # one layout pass
    try:
        assert window.width() <= 1280  # nothing forces the window wider than the screen
        status_bar = window.statusBar().findChildren(QLabel)
        giving_way = [label for label in status_bar if isinstance(label, ElidingLabel)]
        assert not clipped([label for label in status_bar if label not in giving_way]), clipped(status_bar)
        for label in giving_way:
            assert accessible_name(label) == label.text()  # a screen reader gets it all
            assert "…" in label.shown_text() if label.is_elided() else label.shown_text() == label.text()
        card = window.card_view.findChildren(QLabel)
        assert not clipped(card), clipped(card)
        encounter = window.encounter_panel.findChildren(QLabel)
        assert not clipped(encounter), clipped(encounter)
    finally:
        window.wait_for_workers()
        window.encounter_panel.wait_for_workers()
        window.close()


def buttons_cut(widget: QWidget) -> list[str]:
    """Shown buttons narrower than their text needs (Finnish words are long; at double size they are longer)."""
    return [f"{button.text()!r}: needs {button.minimumSizeHint().width()}px, has {button.width()}"
            for button in widget.findChildren(QAbstractButton)
            if button.isVisible() and button.text() and button.minimumSizeHint().width() > button.width() + 1]


def test_the_forms_in_finnish_at_double_font_size_clip_nothing(qtbot: QtBot, populated_demo: Workstation,
                                                                double_font: None) -> None:
    from ui.translations import build_catalogues
    from ui.ui_language import install_ui_language, remove_ui_language

    build_catalogues()
    assert install_ui_language("fi")
    client = make_client(41)
    add_clients(populated_demo, [client])
    window = MainWindow(populated_demo)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    try:
        with qtbot.waitSignal(window.first_page_shown, timeout=5000):
            window.show()
        window.card_view.open_client(client.id)
        qtbot.waitUntil(lambda: window.card_view.card is not None)
        dialogs = {"client form": lambda: window.create_client_prefilled("Virtanen"),
                   "consent": lambda: window.card_view.consent_panel.record_consent()}
        for name, open_dialog in dialogs.items():
            dialog = open_dialog()
            qtbot.waitUntil(dialog.isVisible, timeout=5000)
            qtbot.wait(50)  # one layout pass
            assert dialog.width() <= 1280, name
            assert dialog.height() <= 1000, name  # fits a 1280×1024 screen at double size
            labels = dialog.findChildren(QLabel)
            assert not clipped(labels), (name, clipped(labels))
            assert not buttons_cut(dialog), (name, buttons_cut(dialog))
            dialog.close()
    finally:
        window.wait_for_workers()
        window.encounter_panel.wait_for_workers()
        window.close()
        remove_ui_language()


def _highlight_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    highlight = widget.palette().color(QPalette.ColorRole.Highlight).getRgb()[:3]
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if all(abs(a - b) < 12 for a, b in zip(QColor(image.pixel(x, y)).getRgb()[:3], highlight, strict=True)))


def test_the_focus_is_outlined_on_every_kind_of_control(qtbot: QtBot) -> None:
    """The window's style draws a 2 px outline in the highlight colour round the focused control (the platform
    styles draw a faint one, or none on a push button): compared here focused against not focused."""
    from ui.app import get_application
    from ui.focus_style import FOCUS_WIDTH, VisibleFocusStyle

    application = get_application()
    assert isinstance(application.style(), VisibleFocusStyle)
    combo = QComboBox()
    combo.addItems(["Asiointipisteessä", "Puhelimessa"])
    controls = [QPushButton("Tallenna"), QLineEdit("Virtanen"), combo, QCheckBox("Tulkkaustarve"),
                QRadioButton("Antaa"), QDateEdit(), QSpinBox(), QPlainTextEdit("yhteenveto"), QListWidget()]
    top = QWidget()
    layout = QVBoxLayout(top)
    for control in controls:
        layout.addWidget(control)
    qtbot.addWidget(top)
    top.show()
    qtbot.waitExposed(top)
    weak = []
    for control in controls:
        control.clearFocus()
        before = _highlight_pixels(control)
        control.setFocus()
        qtbot.waitUntil(control.hasFocus)
        added = _highlight_pixels(control) - before
        if added < FOCUS_WIDTH * 2 * 40:  # at least two lines of 40 px: the outline of a check box's text
            weak.append(f"{type(control).__name__}: {added} pixels more when focused")
    assert weak == []
