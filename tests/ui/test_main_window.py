"""The main window, driven as an adviser would: keyboard first, against a real encrypted demo store."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.domain.audit import AuditAction
from app.usecases.browse_clients import browse_clients
from app.workstation import Workstation
from tests.ui.conftest import SAFETY_MARKED_STREET, add_clients, make_client
from ui.app import run_window
from ui.client_list_model import ClientListModel, Column
from ui.main_window import MainWindow


def names_in_list(window: MainWindow) -> list[str]:
    model = window.model
    return [model.data(model.index(row, Column.NAME)) for row in range(model.rowCount())]


def all_label_texts(window: MainWindow) -> str:
    return "\n".join(label.text() for label in window.findChildren(QLabel))


def open_card_by_keyboard(qtbot: QtBot, window: MainWindow, last_name: str) -> None:
    qtbot.keyClicks(window.search_field, last_name)
    qtbot.waitUntil(lambda: window.model.query == last_name and not window.model.loading)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.client_list.hasFocus()
    qtbot.keyClick(window.client_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card_view.card is not None)


def audit_actions(workstation: Workstation, client_id: uuid.UUID) -> list[AuditAction]:
    with workstation.unit_of_work() as uow:
        return [event.action for event in uow.audit.events_for_record("client", client_id)]


def test_title_and_demo_warning_banner(window: MainWindow, populated_demo: Workstation) -> None:
    assert window.windowTitle() == f"Neuvo — {populated_demo.profile.name}"
    assert "Demo profile:" in all_label_texts(window)


def test_list_shows_clients_in_name_order(window: MainWindow) -> None:
    names = names_in_list(window)
    assert len(names) == 30
    expected = [f"{c.last_name}, {c.first_names}" for c in browse_clients(window._workstation)]
    assert names == expected
    last_names = [name.split(",")[0] for name in names]
    assert last_names == sorted(last_names)


def test_typing_the_start_of_a_name_narrows_the_list(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_field, "Kos")
    qtbot.waitUntil(lambda: window.model.query == "Kos" and not window.model.loading)
    names = names_in_list(window)
    assert names
    assert all(name.startswith("Koskinen,") for name in names)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    qtbot.waitUntil(lambda: not window.model.loading and window.model.rowCount() == 30)


def test_a_query_without_matches_says_so_and_offers_a_new_client(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_field, "Zzz")
    qtbot.waitUntil(lambda: window.model.query == "Zzz" and not window.model.loading)
    assert window.model.rowCount() == 0
    assert "No client matches “Zzz”." in all_label_texts(window)


def test_keyboard_opens_the_card_with_the_code_masked_and_audits_the_view(
        qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    assert window.card_view.card is None
    assert "Choose a client from the list" in all_label_texts(window)
    open_card_by_keyboard(qtbot, window, "Virtanen")
    card = window.card_view.card
    assert card.last_name == "Virtanen"
    full_code = _identity_code_of(populated_demo, card.id)
    texts = all_label_texts(window)
    assert card.masked_identity_code in texts
    assert full_code not in texts
    assert audit_actions(populated_demo, card.id) == [AuditAction.VIEW_CLIENT]


def test_reveal_shows_the_full_code_audited_and_next_card_is_masked_again(
        qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    open_card_by_keyboard(qtbot, window, "Virtanen")
    first = window.card_view.card
    qtbot.mouseClick(window.card_view.reveal_button, Qt.MouseButton.LeftButton)
    assert _identity_code_of(populated_demo, first.id) in all_label_texts(window)
    assert audit_actions(populated_demo, first.id) == [AuditAction.VIEW_CLIENT, AuditAction.REVEAL_IDENTITY_CODE]

    window.search_field.clear()
    open_card_by_keyboard(qtbot, window, "Laine")
    second = window.card_view.card
    texts = all_label_texts(window)
    assert second.masked_identity_code in texts
    assert _identity_code_of(populated_demo, second.id) not in texts
    assert _identity_code_of(populated_demo, first.id) not in texts


def test_double_click_opens_the_card_once(qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    view = window.client_list
    rect = view.visualRect(window.model.index(2, Column.NAME))
    # A real double-click starts with a press: the view opens only the row the press landed on.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.card_view.card is not None)
    client_id = window.model.client_id(2)
    assert window.card_view.card.id == client_id
    assert audit_actions(populated_demo, client_id) == [AuditAction.VIEW_CLIENT]


def test_selection_alone_does_not_open_a_card(qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(window.client_list, Qt.Key.Key_Down)
    assert window.card_view.card is None
    assert audit_actions(populated_demo, window.model.client_id(1)) == []


def test_safety_marked_client_card_never_shows_the_street(qtbot: QtBot, window: MainWindow) -> None:
    open_card_by_keyboard(qtbot, window, "Turva")
    assert window.card_view.card.safety_marking
    texts = all_label_texts(window)
    assert SAFETY_MARKED_STREET not in texts
    assert "Salainen" not in texts
    assert "Address hidden (safety marking)" in texts


def test_status_bar_eventually_shows_the_client_count(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.status is not None, timeout=5000)
    bar_texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert "Clients: 30" in bar_texts
    assert any(text.startswith("Store encrypted (SQLCipher ") for text in bar_texts)
    assert "CRM: not configured — working locally" in bar_texts
    assert any("(demo)" in text for text in bar_texts)


def test_accessible_names(window: MainWindow) -> None:
    assert window.search_field.accessibleName()
    assert window.client_list.accessibleName()
    assert window.card_view.accessibleName()
    assert window.card_view.reveal_button.accessibleName() == "Reveal identity code"


def test_tab_goes_from_search_to_list_to_reveal(qtbot: QtBot, window: MainWindow) -> None:
    open_card_by_keyboard(qtbot, window, "Aalto")
    window.search_field.setFocus()
    assert window.focusNextChild()
    assert window.client_list.hasFocus()
    assert window.focusNextChild()
    assert window.card_view.reveal_button.hasFocus()


def test_model_fetches_further_pages_by_keyset(qtbot: QtBot, populated_demo: Workstation) -> None:
    add_clients(populated_demo, [make_client(i) for i in range(1000, 1420)])
    model = ClientListModel(populated_demo)
    model.load()
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 400)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 450)
    qtbot.waitUntil(lambda: not model.loading)
    assert not model.canFetchMore()
    summaries = [model.summary(row) for row in range(model.rowCount())]
    assert len({summary.id for summary in summaries}) == 450
    assert [s.sort_key for s in summaries] == sorted(s.sort_key for s in summaries)
    model.wait_for_workers()


def test_a_newer_query_supersedes_one_still_loading(qtbot: QtBot, populated_demo: Workstation) -> None:
    model = ClientListModel(populated_demo)
    model.load()
    model.set_query("Aal")
    model.set_query("Vir")
    model.set_query("Kor")
    qtbot.waitUntil(lambda: not model.loading)
    names = [model.summary(row).last_name for row in range(model.rowCount())]
    assert names
    assert set(names) == {"Korhonen"}
    model.wait_for_workers()


def test_scrolling_the_list_fetches_more(qtbot: QtBot, populated_demo: Workstation) -> None:
    add_clients(populated_demo, [make_client(i) for i in range(1000, 1420)])
    main_window = MainWindow(populated_demo)
    qtbot.addWidget(main_window)
    with qtbot.waitSignal(main_window.first_page_shown, timeout=5000):
        main_window.show()
    assert main_window.model.rowCount() == 200
    main_window.client_list.scrollToBottom()
    qtbot.waitUntil(lambda: main_window.model.rowCount() > 200)
    main_window.close()


def test_run_window_saves_a_screenshot(populated_demo: Workstation, tmp_path: Path, qapp) -> None:
    target = tmp_path / "s.png"
    assert run_window(populated_demo, screenshot=target) == 0
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_run_window_reports_an_unwritable_screenshot(populated_demo: Workstation, tmp_path: Path, qapp,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert run_window(populated_demo, screenshot=tmp_path / "missing" / "s.png") == 1
    assert "could not save the screenshot" in capsys.readouterr().err


def _identity_code_of(workstation: Workstation, client_id: uuid.UUID) -> str:
    with workstation.unit_of_work() as uow:
        return uow.clients.get(client_id).identity_code


def test_down_right_after_typing_lands_on_the_first_match(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_field, "Laine")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)  # before the debounce has fired
    qtbot.waitUntil(lambda: not window.model.loading and window.client_list.currentIndex().isValid())
    qtbot.keyClick(window.client_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card_view.card is not None)
    assert window.card_view.card.last_name == "Laine"


def test_the_crm_state_is_said_in_words():
    from datetime import UTC, datetime

    from app.usecases.sync_status import SyncStatus
    from ui.main_window import MainWindow

    def words(**values) -> str:
        status = SyncStatus(**({"configured": True, "waiting": 0, "open_conflicts": 0, "last_success_at": None,
                                "last_outcome": None, "last_problem": None} | values))
        return MainWindow._crm_text(_Translator(), True, status)

    assert words() == "CRM: not synced yet"
    assert words(last_outcome="offline", waiting=3) == "CRM: offline — 3 waiting"
    assert words(last_outcome="sign_in_needed") == "CRM: sign-in needed"
    synced = words(last_outcome="ok", last_success_at=datetime(2026, 11, 27, 8, 5, tzinfo=UTC), open_conflicts=2)
    assert synced.startswith("CRM: synced ")
    assert synced.endswith(" · 2 conflicts to resolve")


class _Translator:
    @staticmethod
    def tr(text: str) -> str:
        return text
