"""A ringing phone in the real window: the banner, the caller's clients, and the audited card."""

from __future__ import annotations

import http.client
import json
import socket
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.domain.audit import AuditAction
from app.domain.client import Phone
from app.profile import PROFILE_FILE
from app.usecases.browse_clients import browse_clients
from app.usecases.lookup_clients import lookup_clients
from app.workstation import Workstation
from neuvo.telephony import screen_pop as screen_pop_module
from neuvo.telephony.screen_pop import ScreenPop
from neuvo.telephony.settings import TelephonySettings
from neuvo.telephony.token import telephony_token
from tests.ui.conftest import add_clients, make_client
from ui.main_window import MainWindow

SHARED_NUMBER = "+358409999999"




def number_of(workstation: Workstation, last_name: str) -> tuple[uuid.UUID, str]:
    """The first client with this last name, and their phone number (each demo client's is their own)."""
    client = next(summary for summary in browse_clients(workstation) if summary.last_name == last_name)
    assert client.first_phone is not None
    return client.id, client.first_phone


def audit_actions(workstation: Workstation, client_id: uuid.UUID) -> list[AuditAction]:
    with workstation.unit_of_work() as uow:
        return [event.action for event in uow.audit.events_for_record("client", client_id)]


def settled(window: MainWindow) -> bool:
    banner = window.call_banner
    return banner.isVisible() and banner.message.text() != banner.tr("Looking up the caller…")


def test_a_ring_shows_the_number_and_opens_the_only_clients_card(qtbot: QtBot, window: MainWindow,
                                                                 populated_demo: Workstation) -> None:
    client_id, number = number_of(populated_demo, "Turva")  # the safety-marked client: still a normal view
    assert audit_actions(populated_demo, client_id) == []

    window.show_incoming_call(number)
    assert window.call_banner.isVisible()
    assert window.call_banner.heading.text() == "Call from 040 0000029"
    qtbot.waitUntil(lambda: window.card_view.card is not None, timeout=5000)

    assert window.card_view.card.id == client_id
    [button] = window.call_banner.client_buttons
    assert button.text().startswith("Turva, ")
    assert not window.call_banner.create_button.isVisible()
    assert audit_actions(populated_demo, client_id) == [AuditAction.VIEW_CLIENT]


def test_with_several_clients_on_the_number_the_adviser_chooses(qtbot: QtBot, window: MainWindow,
                                                               populated_demo: Workstation) -> None:
    first, second = make_client(40, last_name="Yhteinen"), make_client(41, last_name="Yhteinen")
    for client in (first, second):
        client.phones = [Phone(SHARED_NUMBER)]
    add_clients(populated_demo, [first, second])

    window.show_incoming_call(SHARED_NUMBER)
    qtbot.waitUntil(lambda: len(window.call_banner.client_buttons) == 2, timeout=5000)
    assert "2 clients have this number" in window.call_banner.message.text()
    assert window.card_view.card is None  # no card opens by itself when the caller is not certain
    assert audit_actions(populated_demo, second.id) == []

    button = window.call_banner.client_buttons[1]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    card = window.card_view.card
    assert card is not None
    assert card.id in (first.id, second.id)
    assert button.text().startswith(f"{card.last_name}, {card.first_names}")
    assert audit_actions(populated_demo, card.id) == [AuditAction.VIEW_CLIENT]


def test_an_unknown_number_offers_a_new_client(qtbot: QtBot, window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    prefilled: list[str] = []
    monkeypatch.setattr(window, "create_client_prefilled", prefilled.append)
    # Reconnect to the instance attribute, as MainWindow connected the class's method at construction.
    window.call_banner.create_client_requested.disconnect()
    window.call_banner.create_client_requested.connect(window.create_client_prefilled)

    window.show_incoming_call("+46701234567")
    qtbot.waitUntil(lambda: settled(window), timeout=5000)
    assert window.call_banner.heading.text() == "Call from +46 70 123 45 67"
    assert window.call_banner.message.text() == "Unknown caller — create a new client?"
    assert window.call_banner.client_buttons == []
    assert window.card_view.card is None

    qtbot.mouseClick(window.call_banner.create_button, Qt.MouseButton.LeftButton)
    assert prefilled == ["+46701234567"]


def test_the_create_button_opens_the_new_client_form(qtbot: QtBot, window: MainWindow) -> None:
    window.show_incoming_call("+46701234567")
    qtbot.waitUntil(lambda: settled(window), timeout=5000)
    qtbot.mouseClick(window.call_banner.create_button, Qt.MouseButton.LeftButton)
    forms = [dialog for dialog in window.findChildren(QDialog) if dialog.isVisible()]
    assert len(forms) == 1
    forms[0].close()


def test_dismiss_hides_the_banner_and_drops_a_late_lookup(qtbot: QtBot, window: MainWindow,
                                                          populated_demo: Workstation) -> None:
    _, number = number_of(populated_demo, "Aalto")
    window.show_incoming_call(number)
    qtbot.mouseClick(window.call_banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.call_banner.isVisible()
    assert window.wait_for_workers()
    qtbot.wait(0)  # deliver the lookup's answer, if it was still on its way
    assert not window.call_banner.isVisible()
    assert window.card_view.card is None


def test_a_lookup_made_by_the_endpoint_is_used_as_is(qtbot: QtBot, window: MainWindow,
                                                     populated_demo: Workstation,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, number = number_of(populated_demo, "Laine")
    lookup = lookup_clients(populated_demo, number, limit=5)

    def must_not_run(*args, **kwargs):
        raise AssertionError("the window looked up again")

    monkeypatch.setattr("ui.main_window.lookup_clients", must_not_run)
    window.show_incoming_call(number, lookup)
    assert window.card_view.card is not None  # no worker: the card opened at once
    assert window.card_view.card.id == client_id


def test_a_failed_lookup_still_shows_the_number(qtbot: QtBot, window: MainWindow,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):
        raise NotImplementedError("lookup not available")

    monkeypatch.setattr("ui.main_window.lookup_clients", broken)
    window.show_incoming_call("+358401234567")
    qtbot.waitUntil(lambda: settled(window), timeout=5000)
    assert window.call_banner.heading.text() == "Call from 040 1234567"
    assert "could not be looked up" in window.call_banner.message.text()


def test_a_newer_call_replaces_the_banner(qtbot: QtBot, window: MainWindow, populated_demo: Workstation) -> None:
    _, number = number_of(populated_demo, "Laine")
    window.show_incoming_call("+46701234567")
    window.show_incoming_call(number)
    qtbot.waitUntil(lambda: window.card_view.card is not None, timeout=5000)
    assert window.wait_for_workers()
    qtbot.wait(0)
    assert window.call_banner.number == number
    assert window.card_view.card.last_name == "Laine"


def test_telephony_warning_in_the_status_bar(window: MainWindow) -> None:
    window.set_telephony_warning("Telephony: port 31358 is in use")
    assert window._telephony_label.isVisible()
    assert "port 31358" in window._telephony_label.text()
    window.set_telephony_warning("")
    assert not window._telephony_label.isVisible()


# --- the whole path: HTTP ring → endpoint → queued signal → banner → card -----------------------------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def with_port(workstation: Workstation, port: int) -> None:
    profile_file = workstation.profile.directory / PROFILE_FILE
    profile_file.write_text(profile_file.read_text() + f"\n[telephony]\nport = {port}\n")


def ring_over_http(port: int, token: str, number: str) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("POST", "/cti/ring", body=json.dumps({"number": number}),
                           headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()


def test_a_ring_over_http_pops_the_card(qtbot: QtBot, window: MainWindow, populated_demo: Workstation,
                                        tmp_path: Path) -> None:
    client_id, number = number_of(populated_demo, "Mäkelä")
    port = free_port()
    with_port(populated_demo, port)
    screen_pop = ScreenPop(tmp_path / "unused", ring=None)
    detach = screen_pop.attach(window, populated_demo)
    try:
        assert screen_pop.endpoint is not None
        assert screen_pop.endpoint.port == port
        status, body = ring_over_http(port, telephony_token(populated_demo.secret_store), number)
        assert (status, body) == (202, {"accepted": True, "matches": 1})
        qtbot.waitUntil(lambda: window.card_view.card is not None, timeout=5000)
        assert window.card_view.card.id == client_id
        assert window.call_banner.heading.text().startswith("Call from 040")
        assert audit_actions(populated_demo, client_id) == [AuditAction.VIEW_CLIENT]

        status, body = ring_over_http(port, "wrong", number)
        assert status == 401
    finally:
        detach()
    assert screen_pop.endpoint is None


def test_a_port_in_use_is_a_status_bar_warning_not_a_crash(window: MainWindow, populated_demo: Workstation,
                                                           tmp_path: Path) -> None:
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        port = squatter.getsockname()[1]
        with_port(populated_demo, port)
        screen_pop = ScreenPop(tmp_path / "unused")
        detach = screen_pop.attach(window, populated_demo)
        try:
            assert screen_pop.endpoint is None
            assert window._telephony_label.isVisible()
            assert f"port {port} is in use" in window._telephony_label.text()
        finally:
            detach()


def test_a_call_given_at_start_pops_once_the_window_runs(qtbot: QtBot, window: MainWindow,
                                                         populated_demo: Workstation, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, number = number_of(populated_demo, "Nieminen")
    monkeypatch.setattr(screen_pop_module, "telephony_settings", lambda profile: TelephonySettings(endpoint=False))
    screen_pop = ScreenPop(tmp_path / "unused", ring=number)
    detach = screen_pop.attach(window, populated_demo)
    try:
        assert window.card_view.card is None  # not before the event loop turns
        qtbot.waitUntil(lambda: window.card_view.card is not None, timeout=5000)
        assert window.card_view.card.id == client_id
        assert window.call_banner.number == number
    finally:
        detach()
