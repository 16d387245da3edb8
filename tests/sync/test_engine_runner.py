"""Running the engine: the Qt-free controller thread the window uses, and `neuvo sync` headless."""

from __future__ import annotations

import time

import pytest

from app.crm_settings import CrmSettings, record_crm_settings
from neuvo.cli import main
from sync.dataverse.auth import STATIC_TOKEN_SECRET
from sync.emulator.server import EmulatorServer
from sync.engine.controller import SyncController
from tests.sync.test_engine import TOKEN, add_client, make_engine


@pytest.fixture
def emulator(tmp_path):
    server = EmulatorServer(tmp_path / "crm", token=TOKEN, seed_demo=20)
    server.start()
    yield server
    server.stop()


def test_controller_runs_in_the_background_and_on_demand(workstation, emulator):
    states = []
    controller = SyncController(make_engine(workstation, emulator), interval_seconds=3600, on_change=states.append)
    controller.start()
    try:
        deadline = time.monotonic() + 20
        while (controller.state.last_result is None or controller.state.syncing) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert controller.state.last_result.pulled == 20
        add_client(workstation)
        controller.sync_now()
        while (controller.state.last_result.pushed != 1) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert controller.state.last_result.pushed == 1
    finally:
        controller.stop()
    assert states[0].syncing
    assert not states[-1].syncing


def _configure(workstation, emulator):
    record_crm_settings(workstation.profile, CrmSettings(url=emulator.base_url, auth="static"))
    workstation.secret_store.set(STATIC_TOKEN_SECRET, TOKEN)


def test_neuvo_sync_once_prints_one_line_and_exits_0(workstation, emulator, capsys):
    _configure(workstation, emulator)
    assert main(["sync", "--profile", str(workstation.profile.directory), "--once"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    assert out[0].startswith("sync ok: sent 0, received 20")


def test_neuvo_sync_exits_non_zero_when_sign_in_is_needed(workstation, emulator, capsys):
    _configure(workstation, emulator)
    workstation.secret_store.set(STATIC_TOKEN_SECRET, "expired")
    add_client(workstation)
    assert main(["sync", "--profile", str(workstation.profile.directory), "--once"]) == 1
    line = capsys.readouterr().out
    assert line.startswith("sync sign_in_needed:")
    assert "1 waiting" in line


def test_neuvo_sync_without_a_crm_says_how_to_configure(workstation, capsys):
    assert main(["sync", "--profile", str(workstation.profile.directory)]) == 2
    assert "[crm]" in capsys.readouterr().err
