"""Composition of the sync engine for a workstation: the CRM client from the profile's `[crm]` table, the
demo's emulator (started when asked) and the demo CRM's identity-code hash. Used by `neuvo sync` and the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.workstation import Workstation
from sync.dataverse.client import DataverseClient
from sync.engine import SyncEngine, SyncOptions
from sync.engine.connect import crm_client

DEMO_CLIENTS = 10_000
DEMO_SEED = 1


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
    """The window's sync: a `SyncController` thread over the profile's CRM (README demo: already syncing)."""

    def __init__(self, wiring: SyncWiring, controller) -> None:
        self.wiring = wiring
        self.controller = controller

    def stop(self) -> None:
        self.controller.stop()
        self.wiring.client.close()


def start_background_sync(workstation: Workstation, *, emulator: Any = None,
                          interval_seconds: float | None = None) -> BackgroundSync | None:
    """Start syncing in a background thread; None when the profile has no CRM (the window works locally)."""
    import logging

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
