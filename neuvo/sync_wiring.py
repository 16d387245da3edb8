"""Composition of the sync engine for a workstation: the CRM client from the profile's `[crm]` table, the
demo's emulator (started when asked) and the demo CRM's identity-code hash. Used by `neuvo sync` and the window.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.sync_port import SyncActivity, SyncRunReport
from app.workstation import Workstation
from sync.dataverse.client import DataverseClient
from sync.engine import SyncEngine, SyncOptions, SyncRunResult
from sync.engine.connect import crm_client

DEMO_CLIENTS = 10_000
DEMO_SEED = 1
UI_SWITCH_INTERVAL_SECONDS = 0.001  # see favour_the_ui_thread


@dataclass
class SyncWiring:
    engine: SyncEngine
    client: DataverseClient
    emulator: Any = None

    def close(self) -> None:
        self.client.close()
        if self.emulator is not None:
            self.emulator.stop()


def sync_options_for(workstation: Workstation, *, scope_months: int | None = None) -> SyncOptions:
    options = SyncOptions(scope_months=scope_months)
    if workstation.profile.is_demo:
        # The demo CRM's identity-code hash key is public on purpose (every demo person is made up); a city's
        # tenant key would come from the secret store.
        from sync.emulator.seed import demo_identity_hash
        options.identity_hash = demo_identity_hash
    return options


def sync_engine_for(workstation: Workstation, *, start_demo_crm: bool = False, scope_months: int | None = None,
                    interactive: bool = True, emulator: Any = None) -> SyncWiring:
    if start_demo_crm and emulator is None:
        from neuvo.commands.demo_crm import start_demo_crm as start
        emulator = start(workstation, clients=DEMO_CLIENTS, seed=DEMO_SEED)
        if emulator is not None:
            emulator.wait_ready(3600)
    client = crm_client(workstation, interactive=interactive)
    engine = SyncEngine(workstation.unit_of_work, client, options=sync_options_for(workstation,
                                                                                  scope_months=scope_months))
    return SyncWiring(engine, client, emulator)


class BackgroundSync:
    """The window's sync: a `SyncController` thread over the profile's CRM (README demo: already syncing).

    It is the window's `app.sync_port.SyncPort`: the window sees run reports and activity, never the engine.
    """

    def __init__(self, wiring: SyncWiring, controller) -> None:
        self.wiring = wiring
        self.controller = controller
        self._watchers: dict[Callable[[SyncActivity], None], Callable[[Any], None]] = {}
        self._lock = threading.Lock()

    def activity(self) -> SyncActivity:
        return _activity(self.controller.state)

    def watch(self, listener: Callable[[SyncActivity], None]) -> None:
        def relay(state) -> None:
            listener(_activity(state))

        with self._lock:
            if listener in self._watchers:
                return
            self._watchers[listener] = relay
        self.controller.add_listener(relay)

    def unwatch(self, listener: Callable[[SyncActivity], None]) -> None:
        with self._lock:
            relay = self._watchers.pop(listener, None)
        if relay is not None:
            self.controller.remove_listener(relay)

    def sync_now(self) -> None:
        self.controller.sync_now()

    def run_now(self, done: Callable[[SyncRunReport], None]) -> None:
        self.controller.request_run(lambda result: done(run_report(result)))

    def stop(self) -> None:
        self.controller.stop()
        self.wiring.client.close()


def run_report(result: SyncRunResult) -> SyncRunReport:
    return SyncRunReport(outcome=result.outcome, sent=result.pushed, received=result.pulled + result.deleted,
                         refused=result.failed, waiting=result.waiting, open_conflicts=result.open_conflicts,
                         message=result.message)


def _activity(state) -> SyncActivity:
    return SyncActivity(state.syncing, None if state.last_result is None else run_report(state.last_result))


def favour_the_ui_thread() -> None:
    """Keep the window's thread from waiting on the sync thread for the interpreter lock (issue #8: the UI thread
    never blocked > 50 ms during a sync). Called once the window is built and its sync attached.

    Measured with bench/ui_responsiveness.py (10,000 contacts pulled, 1,000 edits pushed, 2 vCPUs under load):
    - The garbage collector's full passes run on whichever thread allocates — during a sync, the sync thread —
      and hold the lock throughout: 120–290 ms each, the window frozen meanwhile. What is alive now (modules,
      classes, widgets, the ORM's mappings: ~150,000 objects) lives as long as the process, so it is frozen out
      of those passes; they then take ~10–35 ms. Objects made later are collected as usual.
    - A waiting thread asks for the lock every 5 ms by default and may lose the race to the sync thread (or the
      in-process demo CRM) several times in a row: stalls of 60–130 ms remained. Asking every 1 ms brought the
      longest stall under 35 ms, with no measurable cost to the sync's own time.
    """
    gc.collect()
    gc.freeze()
    sys.setswitchinterval(UI_SWITCH_INTERVAL_SECONDS)


def start_background_sync(workstation: Workstation, *, emulator: Any = None,
                          interval_seconds: float | None = None) -> BackgroundSync | None:
    """Start syncing in a background thread; None when the profile has no CRM (the window works locally)."""
    from app.crm_settings import crm_settings
    from sync.engine.controller import DEFAULT_INTERVAL_SECONDS, SyncController

    if not crm_settings(workstation.profile).configured:
        return None
    try:
        wiring = sync_engine_for(workstation, emulator=emulator)
    except Exception as exc:  # a broken [crm] table must not keep the window from opening
        logging.getLogger(__name__).warning("sync not started (%s)", type(exc).__name__)
        return None
    controller = SyncController(wiring.engine, interval_seconds=interval_seconds or DEFAULT_INTERVAL_SECONDS)
    controller.start()
    return BackgroundSync(wiring, controller)
