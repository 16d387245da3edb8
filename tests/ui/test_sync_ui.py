"""The CRM menu driven in the real window against a real in-process CRM emulator: Sync now, the sync log,
conflicts resolved in the dialog, and outreach mode (prepare for an event; send everything, offline and back)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from app.crm_settings import CrmSettings, record_crm_settings
from app.domain.audit import AuditAction
from app.usecases.demo_services import seed_demo_services
from app.workstation import Workstation, open_workstation
from neuvo.sync_wiring import BackgroundSync, SyncWiring
from sync.dataverse import DataverseClient, DataverseConfig, StaticTokenProvider
from sync.dataverse.auth import STATIC_TOKEN_SECRET
from sync.emulator.server import EmulatorServer
from sync.engine import SyncRunResult
from sync.engine.controller import SyncController
from tests.sync.test_engine import TOKEN, add_client, edit, get_client, make_engine
from ui.conflict_dialog import ConflictColumn, ConflictDialog
from ui.main_window import MainWindow
from ui.outreach_readiness_dialog import OutreachDialog
from ui.sync_log_dialog import LogColumn, SyncLogDialog

SEEDED = 20
WAIT_MS = 20_000


class Crm:
    """The emulator, and a way to take it off the network and bring it back on the same address."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.server = EmulatorServer(directory, token=TOKEN, seed_demo=SEEDED)
        self.server.start()
        self.port = self.server.port
        self.client = DataverseClient(DataverseConfig(self.server.base_url, timeout_seconds=10),
                                      StaticTokenProvider(TOKEN))

    def go_offline(self) -> None:
        self.server.stop()

    def come_back(self) -> None:
        self.server = EmulatorServer(self.directory, token=TOKEN, port=self.port)
        self.server.start()

    def close(self) -> None:
        self.client.close()
        self.server.stop()


@pytest.fixture
def crm(tmp_path) -> Iterator[Crm]:
    emulator = Crm(tmp_path / "crm")
    yield emulator
    emulator.close()


@pytest.fixture
def synced(tmp_path, no_keyring, crm) -> Iterator[tuple[Workstation, BackgroundSync]]:
    """A demo profile recorded against the emulator, with the window's background sync (retries without
    waiting, so an unreachable CRM is reported at once) — its first run already done."""
    workstation = open_workstation(tmp_path / "profile", demo=True)
    record_crm_settings(workstation.profile, CrmSettings(url=crm.server.base_url, auth="static"))
    workstation.secret_store.set(STATIC_TOKEN_SECRET, TOKEN)
    engine = make_engine(workstation, crm.server)
    background = BackgroundSync(SyncWiring(engine, engine.context.client),
                                SyncController(engine, interval_seconds=3600))
    assert engine.run_once().outcome == "ok"
    background.controller.start()
    yield workstation, background
    background.stop()
    workstation.close()


@pytest.fixture
def window(qtbot, synced) -> Iterator[MainWindow]:
    workstation, background = synced
    main_window = MainWindow(workstation)
    qtbot.addWidget(main_window)
    detach = main_window.attach_sync(background)
    with qtbot.waitSignal(main_window.first_page_shown, timeout=5000):
        main_window.show()
    qtbot.waitUntil(lambda: not background.activity().syncing and background.activity().last_run is not None,
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: main_window._crm_label.text().startswith("CRM: synced"), timeout=WAIT_MS)
    yield main_window
    detach()
    main_window.wait_for_workers()
    main_window.close()


def run_and_settle(qtbot, window: MainWindow, background: BackgroundSync) -> None:
    """One whole run through the port, then the window's status refreshed after it."""
    reports = []
    background.run_now(reports.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=WAIT_MS)
    with qtbot.waitSignal(window.status_settled, timeout=WAIT_MS):
        window.refresh_status()


def test_sync_now_sends_a_pending_change_and_the_status_bar_says_syncing(qtbot, window, synced, crm):
    workstation, _background = synced
    client = add_client(workstation, last_name="Lähetettävä")
    crm.server.faults.configure(latency_ms=300)  # long enough for the status bar to be seen saying it

    qtbot.keyClick(window.client_list, Qt.Key.Key_F5)

    qtbot.waitUntil(lambda: window._crm_label.text() == "CRM: syncing…", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window._crm_label.text().startswith("CRM: synced"), timeout=WAIT_MS)
    crm.server.faults.reset()
    assert crm.client.retrieve("contacts", client.id)["lastname"] == "Lähetettävä"
    assert window.sync_menu.sync_now_action.shortcuts()[0].toString() == "F5"


def test_the_sync_log_shows_the_runs_in_words(qtbot, window):
    window.sync_menu.sync_log_action.trigger()
    dialog = window.findChild(SyncLogDialog)
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 2, timeout=WAIT_MS)  # the fixture's run and the window's

    model = dialog.model
    assert model.data(model.index(0, LogColumn.OUTCOME)) == "Everything sent and received"
    assert model.data(model.index(0, LogColumn.MESSAGE)) == "Everything went through."
    assert model.data(model.index(dialog.model.rowCount() - 1, LogColumn.RECEIVED)) == str(SEEDED)
    assert "Last successful sync:" in dialog.summary.text()
    assert "Nothing waits to be sent." in dialog.summary.text()


def test_same_field_conflicts_are_resolved_keep_mine_and_take_theirs(qtbot, window, synced, crm):
    workstation, background = synced
    with workstation.unit_of_work() as uow:
        mine_kept, theirs_taken = uow.clients.browse(limit=2)
    edit(workstation, mine_kept.id, email="minun@example.fi")
    edit(workstation, theirs_taken.id, email="minun2@example.fi")
    crm.client.update("contacts", mine_kept.id, {"emailaddress1": "heidan@example.fi"}, etag=None)
    crm.client.update("contacts", theirs_taken.id, {"emailaddress1": "heidan2@example.fi"}, etag=None)
    run_and_settle(qtbot, window, background)
    assert window._crm_label.text().endswith("· 2 conflicts to resolve")
    assert window.sync_menu.conflicts_action.text() == "&Conflicts (2)…"

    qtbot.mouseClick(window._crm_label, Qt.MouseButton.LeftButton)  # the status bar's conflicts open the dialog
    dialog = window.findChild(ConflictDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT_MS)
    assert dialog.windowTitle() == "Conflicts with the CRM (2)"
    rows = {dialog.model.conflict(r).record_id: r for r in range(2)}
    row = rows[mine_kept.id]
    model = dialog.model
    assert [model.data(model.index(row, c)) for c in (ConflictColumn.FIELD, ConflictColumn.MINE,
                                                      ConflictColumn.THEIRS)] == \
        ["E-mail", "minun@example.fi", "heidan@example.fi"]

    dialog.table.setCurrentIndex(model.index(row, 0))
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.keep_mine_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 1
    assert dialog.summary.text().startswith("Kept your value of E-mail")
    dialog.table.setCurrentIndex(model.index(0, 0))
    assert model.conflict(0).record_id == theirs_taken.id
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.take_theirs_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 0
    assert dialog.windowTitle() == "Conflicts with the CRM"

    # The decision is sent at once (the dialog asks for a sync), and the status bar's count goes.
    qtbot.waitUntil(lambda: crm.client.retrieve("contacts", mine_kept.id)["emailaddress1"] == "minun@example.fi",
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "conflicts" not in window._crm_label.text(), timeout=WAIT_MS)
    assert crm.client.retrieve("contacts", theirs_taken.id)["emailaddress1"] == "heidan2@example.fi"
    assert get_client(workstation, theirs_taken.id).email == "heidan2@example.fi"
    assert get_client(workstation, mine_kept.id).email == "minun@example.fi"
    with workstation.unit_of_work() as uow:
        events = uow.audit.events_for_record("client", mine_kept.id)
    assert [e.reason for e in events if e.action is AuditAction.VIEW_CLIENT] == ["sync conflicts"]


def test_an_edited_value_goes_to_the_crm_and_a_deleted_client_can_be_recreated(qtbot, window, synced, crm):
    workstation, background = synced
    with workstation.unit_of_work() as uow:
        edited, deleted = uow.clients.browse(limit=2)
    edit(workstation, edited.id, street="Minun 1")
    crm.client.update("contacts", edited.id, {"address1_line1": "Heidän 1"}, etag=None)
    edit(workstation, deleted.id, email="tallessa@example.fi")
    crm.client.delete("contacts", deleted.id)
    run_and_settle(qtbot, window, background)

    dialog = window.sync_menu.open_conflicts()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT_MS)
    rows = {dialog.model.conflict(r).record_id: r for r in range(2)}
    asked = []

    def answer(_parent, conflict):
        asked.append(conflict.mine)
        return True, "Yhteinen 3"

    dialog.ask_for_value = answer
    dialog.table.setCurrentIndex(dialog.model.index(rows[edited.id], 0))
    assert dialog.edit_button.isEnabled()
    assert not dialog.recreate_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert asked == ["Minun 1"]  # the editor is prefilled with this workstation's value

    assert dialog.model.conflict(0).is_deletion
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.model.data(dialog.model.index(0, ConflictColumn.THEIRS)) == "deleted in the CRM"
    assert not dialog.keep_mine_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.recreate_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: crm.client.retrieve("contacts", edited.id)["address1_line1"] == "Yhteinen 3",
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: background.activity().last_run.waiting == 0 and not background.activity().syncing,
                    timeout=WAIT_MS)
    assert crm.client.retrieve("contacts", deleted.id)["emailaddress1"] == "tallessa@example.fi"


def test_prepare_for_event_reports_what_is_missing_then_readiness(qtbot, window, synced, monkeypatch):
    workstation, _background = synced
    window.sync_menu.prepare_action.trigger()
    dialog = window.findChild(OutreachDialog)
    assert dialog.isVisible()
    assert not window.sync_menu.prepare_action.isEnabled()  # one at a time
    qtbot.waitUntil(lambda: dialog.answer is not None, timeout=WAIT_MS)
    assert dialog.headline.text() == "Not ready for offline work yet."
    assert "The service catalogue is missing" in dialog.details.text()
    assert f"On this workstation: {SEEDED} clients, 0 consents, 0 services" in dialog.details.text()
    assert dialog.outreach_mode_button.isHidden()

    seed_demo_services(workstation)
    window.sync_menu.prepare_action.trigger()
    qtbot.waitUntil(lambda: dialog.answer is not None, timeout=WAIT_MS)
    services = dialog.answer.services
    assert services > 0
    synced_at = dialog.answer.last_success_at.astimezone().strftime("%H:%M")
    assert dialog.headline.text() == (f"Ready for offline work: {SEEDED} clients, 0 consents, {services} "
                                      f"services, synced {synced_at}, 0 waiting.")
    assert window.sync_menu.prepare_action.isEnabled()

    # Ready: the dialog offers the Workstation menu's outreach mode, which asks for the event's name.
    assert not dialog.outreach_mode_button.isHidden()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("Kirjaston digitori", True))
    qtbot.mouseClick(dialog.outreach_mode_button, Qt.MouseButton.LeftButton)
    assert window.workstation_menu.outreach_action.isChecked()
    assert window.encounter_panel.mode.event_name == "Kirjaston digitori"
    assert dialog.outreach_mode_button.isHidden()


def test_send_everything_offline_says_what_waits_and_then_sends_it(qtbot, window, synced, crm):
    workstation, _background = synced
    first = add_client(workstation, last_name="Tapahtuma")
    with workstation.unit_of_work() as uow:
        [other] = [c for c in uow.clients.browse(limit=2) if c.id != first.id][:1]
        uow.clients.update(replace(uow.clients.get(other.id), preferred_name="Kenttä"))
        uow.commit()
    crm.go_offline()

    window.sync_menu.send_action.trigger()
    dialog = window.findChild(OutreachDialog)
    qtbot.waitUntil(lambda: dialog.answer is not None, timeout=WAIT_MS)
    assert dialog.headline.text() == "0 sent, 2 waiting."
    details = dialog.details.text()
    assert "2 changes wait on this workstation: they could not be sent." in details
    assert "The CRM could not be reached" in details
    assert "Choose Send everything again when the connection is back" in details
    qtbot.waitUntil(lambda: window._crm_label.text() == "CRM: offline — 2 waiting", timeout=WAIT_MS)
    log = window.sync_menu.open_sync_log()
    qtbot.waitUntil(lambda: log.model.rowCount() > 0 and log.model.line(0).outcome == "offline", timeout=WAIT_MS)
    assert log.model.data(log.model.index(0, LogColumn.OUTCOME)) == "CRM not reachable"
    assert "Your changes are kept" in log.model.data(log.model.index(0, LogColumn.MESSAGE))
    assert "2 changes wait to be sent." in log.summary.text()

    crm.come_back()
    window.sync_menu.send_action.trigger()
    qtbot.waitUntil(lambda: dialog.answer is not None, timeout=WAIT_MS)
    assert dialog.headline.text() == "2 sent, 0 waiting."
    assert dialog.details.text() == "Everything recorded on this workstation is in the CRM."
    assert crm.client.retrieve("contacts", first.id)["lastname"] == "Tapahtuma"
    assert crm.client.retrieve("contacts", other.id)["nickname"] == "Kenttä"


def test_without_a_crm_the_actions_are_disabled_and_say_why(qtbot, populated_demo):
    main_window = MainWindow(populated_demo)
    qtbot.addWidget(main_window)
    with qtbot.waitSignal(main_window.status_settled, timeout=5000):
        main_window.show()
    menu = main_window.sync_menu
    for action in (menu.sync_now_action, menu.prepare_action, menu.send_action):
        assert not action.isEnabled()
        assert action.toolTip().startswith("This profile has no CRM connection")
    assert menu.sync_log_action.isEnabled()
    main_window.wait_for_workers()
    main_window.close()


def test_a_safety_marked_clients_address_is_not_shown_in_a_conflict(qtbot, window, synced, crm):
    workstation, background = synced
    with workstation.unit_of_work() as uow:
        [client] = uow.clients.browse(limit=1)
    edit(workstation, client.id, safety_marking=True)
    run_and_settle(qtbot, window, background)
    edit(workstation, client.id, street="Salainen 1")
    crm.client.update("contacts", client.id, {"address1_line1": "Salainen 2"}, etag=None)
    run_and_settle(qtbot, window, background)

    dialog = window.sync_menu.open_conflicts()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT_MS)
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    model = dialog.model
    assert model.data(model.index(0, ConflictColumn.MINE)) == "hidden (safety marking)"
    assert model.data(model.index(0, ConflictColumn.THEIRS)) == "hidden (safety marking)"
    assert not dialog.edit_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.keep_mine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: crm.client.retrieve("contacts", client.id)["address1_line1"] == "Salainen 1",
                    timeout=WAIT_MS)


class _HeldEngine:
    """Stands in for the engine: each run waits until the test lets it finish, and is numbered."""

    def __init__(self) -> None:
        self.runs = 0
        self.release = threading.Event()
        self.started = threading.Event()

    def run_once(self, *, stopped):
        self.runs += 1
        number = self.runs
        self.started.set()
        self.release.wait(10)
        return SyncRunResult("ok", pushed=number)


def test_a_requested_run_is_answered_by_a_run_that_started_after_the_request():
    engine = _HeldEngine()
    controller = SyncController(engine, interval_seconds=3600)
    controller.start()
    answers = []
    try:
        assert engine.started.wait(10)  # the first run is under way
        controller.request_run(lambda result: answers.append(result.pushed))
        engine.release.set()
        deadline = time.monotonic() + 10
        while not answers and time.monotonic() < deadline:
            time.sleep(0.01)
        assert answers == [2]  # not the run that was already going when "Send everything" was chosen
    finally:
        controller.stop()
    controller.request_run(lambda result: answers.append(result.outcome))
    assert answers == [2, "stopped"]  # a stopped controller answers at once rather than never
