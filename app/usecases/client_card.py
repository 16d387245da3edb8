"""Opening a client's card. Every view is written to the audit log, in the same transaction as the read."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from app.domain.audit import AuditAction
from app.domain.client import Client
from app.municipalities import municipality_name
from app.store.client_repository import ENTITY as CLIENT_ENTITY
from app.workstation import Workstation


@dataclass(frozen=True)
class ClientCard:
    """What the card shows. The identity code is masked; revealing it is a separate, audited use case."""

    id: uuid.UUID
    display_name: str
    first_names: str
    last_name: str
    preferred_name: str | None
    age: int | None
    birth_date: date | None
    masked_identity_code: str | None
    preferred_language: str
    interpreter_needed: bool
    phones: list[tuple[str, str]]
    email: str | None
    address: str | None
    safety_marking: bool


def open_client_card(workstation: Workstation, client_id: uuid.UUID, today: date | None = None) -> ClientCard:
    with workstation.unit_of_work() as uow:
        client = uow.clients.get(client_id)
        uow.audit.record(AuditAction.VIEW_CLIENT, CLIENT_ENTITY, client_id)
        uow.commit()
    return _card(client, today or date.today())


def reveal_identity_code(workstation: Workstation, client_id: uuid.UUID, reason: str | None = None) -> str | None:
    with workstation.unit_of_work() as uow:
        client = uow.clients.get(client_id)
        uow.audit.record(AuditAction.REVEAL_IDENTITY_CODE, CLIENT_ENTITY, client_id, reason)
        uow.commit()
    return client.identity_code


def _card(client: Client, today: date) -> ClientCard:
    # A safety marking [turvakielto] means the address must not be shown, even to the adviser.
    address = None
    if not client.safety_marking and client.street:
        town = municipality_name(client.municipality_code, client.preferred_language)
        address = ", ".join(p for p in (client.street, " ".join(filter(None, (client.postal_code, town)))) if p)
    return ClientCard(
        id=client.id, display_name=client.display_name, first_names=client.first_names, last_name=client.last_name,
        preferred_name=client.preferred_name, age=client.age_on(today), birth_date=client.birth_date,
        masked_identity_code=client.masked_identity_code, preferred_language=client.preferred_language,
        interpreter_needed=client.interpreter_needed, phones=[(p.number_e164, p.kind.value) for p in client.phones],
        email=client.email, address=address, safety_marking=client.safety_marking,
    )
