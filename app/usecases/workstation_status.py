"""The facts the status bar shows: store, encryption, outbox, CRM connection."""

from __future__ import annotations

from dataclasses import dataclass

from app.crm_settings import crm_settings
from app.workstation import Workstation


@dataclass(frozen=True)
class WorkstationStatus:
    profile_name: str
    is_demo: bool
    adviser_name: str
    client_count: int
    pending_changes: int
    cipher_version: str
    key_location: str
    crm_configured: bool
    warnings: tuple[str, ...]


def workstation_status(workstation: Workstation) -> WorkstationStatus:
    with workstation.unit_of_work() as uow:
        clients = uow.clients.count()
        pending = uow.outbox.pending_count()
    return WorkstationStatus(
        profile_name=workstation.profile.name,
        is_demo=workstation.profile.is_demo,
        adviser_name=workstation.adviser.display_name,
        client_count=clients,
        pending_changes=pending,
        cipher_version=str(workstation.store.pragma("cipher_version")),
        key_location=workstation.secret_store.description,
        crm_configured=crm_settings(workstation.profile).configured,
        warnings=tuple(workstation.warnings),
    )
