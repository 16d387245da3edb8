"""Sync conflicts for the adviser: a field changed both here and in the CRM, or a record the CRM deleted while it
was edited here. Nothing was overwritten; the adviser decides, field by field (keep mine / take theirs / edit), or
for a deleted record (re-create / discard). The decision is written in one transaction with its outbox row (when
something must go to the CRM) and an audit event.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.domain.audit import AuditAction
from app.domain.client import SYNCED_CLIENT_FIELDS
from app.errors import ValidationError
from app.store.client_repository import ENTITY as CLIENT_ENTITY
from app.store.client_repository import ClientNotFound
from app.store.outbox import Operation, OutboxState
from app.store.sync_repository import DELETED_ON_SERVER, decode_client_field, encode_client_field
from app.workstation import Workstation

FIELD_LABELS = {
    "first_names": "First names", "last_name": "Last name", "preferred_name": "Preferred name",
    "birth_date": "Birth date", "identity_code": "Identity code", "email": "E-mail", "street": "Street address",
    "postal_code": "Postal code", "municipality_code": "Municipality", "preferred_language": "Language",
    "interpreter_needed": "Interpreter needed", "safety_marking": "Safety marking", "phones": "Phone numbers",
    DELETED_ON_SERVER: "Record deleted in the CRM",
}


class Resolution(StrEnum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    EDIT = "edit"


class ConflictGone(ValidationError):
    def __init__(self) -> None:
        super().__init__("This conflict was already resolved.", "Refresh the list of conflicts.")


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    entity: str
    record_id: uuid.UUID
    client_name: str  # "Last, First" for the dialog; empty when the client is not held here
    field: str
    field_label: str
    base: Any  # JSON values: strings, booleans, ISO dates, phones as [{"number", "kind"}]
    mine: Any
    theirs: Any
    detected_at: datetime
    is_deletion: bool
    # The client has a safety marking [turvakielto] and this is an address field: base, mine and theirs are
    # withheld (None) as on the card; the adviser can still keep one side, not read or edit it.
    hidden: bool = False


# Fields a safety marking hides from every screen (app/usecases/client_card.py shows no address either).
ADDRESS_FIELDS = frozenset({"street", "postal_code", "municipality_code"})


def list_open_conflicts(workstation: Workstation) -> list[ConflictView]:
    """The open conflicts, oldest first. Showing them shows client data, so each client's is an audited view."""
    with workstation.unit_of_work() as uow:
        conflicts = uow.sync.open_conflicts()
        clients = uow.sync.clients_by_id(list({c.record_id for c in conflicts}))
        for record_id in dict.fromkeys(c.record_id for c in conflicts if c.entity == CLIENT_ENTITY):
            uow.audit.record(AuditAction.VIEW_CLIENT, CLIENT_ENTITY, record_id, "sync conflicts")
        uow.commit()
    views = []
    for c in conflicts:
        client = clients.get(c.record_id)
        name = f"{client.last_name}, {client.first_names}" if client is not None else ""
        hidden = client is not None and client.safety_marking and c.field in ADDRESS_FIELDS
        mine = c.local_value
        if client is not None and c.field in SYNCED_CLIENT_FIELDS:
            # "Mine" is what this workstation holds now: an edit made while the conflict waited (soak seed 2623)
            # must be what the adviser sees and keeps, not the value the push met the conflict with.
            mine = encode_client_field(c.field, getattr(client, c.field))
        base, mine, theirs = (None, None, None) if hidden else (c.base_value, mine, c.server_value)
        views.append(ConflictView(c.id, c.entity, c.record_id, name, c.field, FIELD_LABELS.get(c.field, c.field),
                                  base, mine, theirs, c.detected_at, c.field == DELETED_ON_SERVER, hidden))
    return views


def open_conflict_count(workstation: Workstation) -> int:
    with workstation.unit_of_work() as uow:
        return uow.sync.open_conflict_count()


def resolve_conflict(workstation: Workstation, conflict_id: uuid.UUID, resolution: Resolution,
                     value: Any = None) -> None:
    """Settle one field. `value` (for EDIT) is the field's JSON form: text, ISO date, bool, or phones as
    [{"number": "+358…", "kind": "mobile"}]. KEEP_MINE and EDIT queue the value for the CRM; TAKE_THEIRS only
    changes this workstation (the CRM has it already)."""
    resolution = Resolution(resolution)
    with workstation.unit_of_work() as uow:
        conflict = uow.sync.conflict(conflict_id)
        if conflict is None:
            raise ConflictGone
        if conflict.field == DELETED_ON_SERVER or conflict.field not in SYNCED_CLIENT_FIELDS:
            raise ValidationError("This conflict is about the whole record.", "Choose re-create or discard.")
        client = uow.clients.get(conflict.record_id)
        field = conflict.field
        theirs = decode_client_field(field, conflict.server_value)
        if resolution is Resolution.TAKE_THEIRS:
            uow.sync.apply_client_changes(client.id, {field: theirs}, None, keep_etag=True)
        else:
            if resolution is Resolution.EDIT:
                try:
                    mine = decode_client_field(field, value)
                except (KeyError, TypeError, ValueError) as exc:
                    raise ValidationError("The edited value is not valid for this field.",
                                          "Check the value and try again.") from exc
                uow.sync.apply_client_changes(client.id, {field: mine}, None, keep_etag=True)
            else:
                mine = getattr(client, field)
            # The base of this change is what the CRM holds now, so the push goes through unless it changes again.
            uow.outbox.record(CLIENT_ENTITY, client.id, Operation.UPDATE,
                              {field: (encode_client_field(field, theirs), mine)})
        uow.sync.resolve_conflict(conflict_id, workstation.adviser.id)
        uow.audit.record(AuditAction.EDIT_CLIENT, CLIENT_ENTITY, client.id, f"sync conflict: {resolution.value}")
        uow.commit()


def resolve_deleted_record(workstation: Workstation, conflict_id: uuid.UUID, *, recreate: bool) -> None:
    """A client the CRM deleted while it was edited here: re-create it in the CRM with this workstation's
    values, or discard the local record (it disappears here as it did in the CRM)."""
    with workstation.unit_of_work() as uow:
        conflict = uow.sync.conflict(conflict_id)
        if conflict is None:
            raise ConflictGone
        if conflict.field != DELETED_ON_SERVER:
            raise ValidationError("This conflict is about one field.", "Choose keep mine, take theirs or edit.")
        record_id = conflict.record_id
        try:
            client = uow.clients.get(record_id)
        except ClientNotFound:
            client = None
        unsent = uow.sync.entries_for(CLIENT_ENTITY, record_id, (OutboxState.PENDING, OutboxState.FAILED))
        uow.sync.set_state([e.seq for e in unsent], OutboxState.DONE)
        if recreate and client is not None:
            uow.sync.undelete_client(record_id)
            uow.outbox.record(CLIENT_ENTITY, record_id, Operation.CREATE,
                              {name: (None, encode_client_field(name, getattr(client, name)))
                               for name in SYNCED_CLIENT_FIELDS})
            action = AuditAction.CREATE_CLIENT
        else:
            uow.sync.delete_clients_from_crm([record_id])
            action = AuditAction.DELETE_CLIENT
        uow.sync.resolve_conflict(conflict_id, workstation.adviser.id)
        uow.audit.record(action, CLIENT_ENTITY, record_id, "sync conflict: " + ("re-create" if recreate else "discard"))
        uow.commit()
