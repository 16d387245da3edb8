"""What must hold once a schedule has quiesced (faults off, every workstation synced until nothing moves, every
conflict settled by its adviser), whatever the faults did on the way.

1. Every record created anywhere is in the CRM exactly once, and nothing else is (no duplicates, no ghosts).
2. Every consent event recorded on a workstation is in the CRM exactly once, and on every workstation.
3. Every workstation holds exactly the CRM's clients, equal to the CRM in every synced field.
4. Nothing waits: no outbox row pending, in flight or refused; no conflict open.
5. No write was lost silently: every confirmed write of a field is either the CRM's final value, or was seen by
   a later writer (it is the value a later write replaced), or was put before an adviser as one side of a
   conflict. A write that vanished otherwise was overwritten without anyone knowing.
6. No conflict puts a workstation's own value before its adviser as "theirs": the CRM holding a value this
   workstation sent (its confirmation lost to a dropped connection) is no change made elsewhere.
"""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import select

from app.store.tables import ConflictRow
from sync.contact_mapping import contact_columns
from sync.dataverse import Query
from sync.engine.client_fields import ClientMapper
from tests.sync.simulation.world import FIELD_COLUMNS, World


def violations(world: World) -> list[str]:
    problems: list[str] = []
    crm = {uuid.UUID(r["contactid"]): r for r in world.admin.rows("contacts", Query(select=contact_columns()))}
    created = world.history.clients
    if len(created) != len(set(created)):
        problems.append("the schedule created a record id twice")
    if set(crm) != set(created):
        problems.append(f"CRM records differ from those created: missing {_ids(set(created) - set(crm))}, "
                        f"unexpected {_ids(set(crm) - set(created))}")
    problems += _consents(world)
    mapper = ClientMapper()
    for station in world.stations:
        with station.workstation.unit_of_work() as uow:
            held = {i: c for i, c in uow.sync.clients_by_id(list(crm) + list(created)).items() if c.deleted_at is None}
            waiting = uow.sync.waiting_count()
            open_conflicts = uow.sync.open_conflict_count()
        if set(held) != set(crm):
            problems.append(f"{station.name} holds other clients than the CRM: missing {_ids(set(crm) - set(held))}, "
                            f"extra {_ids(set(held) - set(crm))}")
        for record_id in set(held) & set(crm):
            local, server = mapper.values(mapper.contact(held[record_id])), mapper.values(crm[record_id])
            differing = [name for name in local if local[name] != server[name]]
            if differing:
                problems.append(f"{station.name} differs from the CRM on {str(record_id)[:8]}: " + ", ".join(
                    f"{n} here {local[n]} there {server[n]}" for n in differing))
        if waiting:
            problems.append(f"{station.name} still has {waiting} outbox rows waiting")
        if open_conflicts:
            problems.append(f"{station.name} still has {open_conflicts} open conflicts")
    problems += _lost_writes(world, crm)
    return problems


def _consents(world: World) -> list[str]:
    problems = []
    rows = world.crm_consents()
    ids = [uuid.UUID(r["nv_consentid"]) for r in rows]
    recorded = set(world.history.consents)
    if len(ids) != len(set(ids)):
        problems.append("a consent event is in the CRM twice")
    if set(ids) != recorded:
        problems.append(f"CRM consent events differ from those recorded: missing {_ids(recorded - set(ids))}, "
                        f"unexpected {_ids(set(ids) - recorded)}")
    for row in rows:
        expected = world.history.consents.get(uuid.UUID(row["nv_consentid"]))
        if expected is not None and uuid.UUID(row["_nv_contact_value"]) != expected[0]:
            problems.append(f"consent {row['nv_consentid'][:8]} is linked to another client in the CRM")
    for station in world.stations:
        held: set[uuid.UUID] = set()
        with station.workstation.unit_of_work() as uow:
            for client_id in {c for c, _p, _d in world.history.consents.values()}:
                for event in uow.consents.for_client(client_id):
                    held.add(event.id)
                    if world.history.consents[event.id][1:] != (event.purpose, event.decision.value):
                        problems.append(f"{station.name} holds consent {str(event.id)[:8]} with other contents")
        if held != recorded:
            problems.append(f"{station.name} lacks consent events {_ids(recorded - held)}")
    return problems


def _lost_writes(world: World, crm: dict[uuid.UUID, dict]) -> list[str]:
    surfaced: dict[tuple[uuid.UUID, str], set] = defaultdict(set)
    for station in world.stations:
        with station.workstation.unit_of_work() as uow:
            session = uow.clients._session
            for row in session.scalars(select(ConflictRow)):
                for stored in (row.local_value, row.server_value):
                    surfaced[(row.record_id, row.field)].add(_unwrap(stored))
    own: dict[tuple[str, uuid.UUID, str], set] = defaultdict(set)
    for write in world.history.writes:
        own[(write.actor, write.record_id, write.field)].add(write.value)
    problems = []
    for station in world.stations:
        with station.workstation.unit_of_work() as uow:
            for row in uow.clients._session.scalars(select(ConflictRow)):
                theirs = _unwrap(row.server_value)
                if theirs is not None and theirs in own[(station.name, row.record_id, row.field)]:
                    problems.append(f"{station.name} was shown its own value {theirs!r} as the CRM's in a conflict "
                                    f"on {row.field} of {str(row.record_id)[:8]}")
    seen: dict[tuple[uuid.UUID, str], set] = defaultdict(set)
    for write in world.history.writes:
        if write.parent is not None:
            seen[(write.record_id, write.field)].add(write.parent)
    for write in world.history.writes:
        key = (write.record_id, write.field)
        final = crm.get(write.record_id, {}).get(FIELD_COLUMNS[write.field])
        if write.value == final or write.value in seen[key] or write.value in surfaced[key]:
            continue
        problems.append(f"lost write: {write.actor} set {write.field} of {str(write.record_id)[:8]} to "
                        f"{write.value!r} (over {write.parent!r}); the CRM ends with {final!r}, no one saw it "
                        "replaced and no conflict showed it")
    return problems


def _unwrap(stored):
    return stored.get("value") if isinstance(stored, dict) and set(stored) == {"value"} else stored


def _ids(ids) -> str:
    return "{" + ", ".join(sorted(str(i)[:8] for i in ids)) + "}"
