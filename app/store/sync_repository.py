"""The sync engine's door to the store: draining the outbox, applying what the CRM sent, delta links, conflicts and
the sync log.

What the CRM sent is applied here WITHOUT an outbox row (docs/decisions/0011-sync-engine.md): a server change
queued for the server again would echo back and forth between workstations. Everything else about a write stays
as for an adviser's edit: the name index follows through the `clients` triggers (or, for a large page of new
clients, one statement after the insert, as the bulk loader does), the name terms are registered, and
`row_version` goes up when a field changed, so a form opened before the change is refused as stale (0004).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, literal_column, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.domain.client import Client, Phone, PhoneKind
from app.domain.consent import ConsentEvent
from app.store.client_repository import _to_client
from app.store.consent_repository import event_values
from app.store.name_index import index_rows_and_resume_trigger, last_client_rowid, suspend_insert_trigger
from app.store.name_terms import register_name_terms
from app.store.outbox import Operation, OutboxEntry, OutboxState, to_json_value
from app.store.tables import (
    ClientRow,
    ConflictRow,
    ConsentEventRow,
    OutboxRow,
    PhoneRow,
    SyncRunRow,
    SyncStateRow,
)
from app.store.types import utc_now

_CLIENTS = ClientRow.__table__
_PHONES = PhoneRow.__table__
_CONSENTS = ConsentEventRow.__table__
# Above this many new clients in one page the insert trigger is set aside and the page indexed in one statement.
_BULK_INDEX_THRESHOLD = 500
_NAME_FIELDS = frozenset({"first_names", "last_name", "preferred_name"})

# sync_runs' rowid grows with every run started: the order of the runs, immune to the workstation's clock.
_RUN_ORDER = literal_column("sync_runs.rowid")

DELETED_ON_SERVER = "__deleted__"  # ConflictRow.field of a record deleted in the CRM while edited here


def decode_client_field(name: str, value: Any) -> Any:
    """A client field's value as the outbox and conflict rows hold it (JSON) back in the field's own type."""
    if value is None:
        return [] if name == "phones" else None
    if name == "birth_date":
        return date.fromisoformat(value)
    if name == "phones":
        return [Phone(p.get("number") or p.get("number_e164"), PhoneKind(p["kind"])) for p in value]
    if name in ("id", "crm_id", "client_id"):
        return uuid.UUID(value)
    return value


def encode_client_field(name: str, value: Any) -> Any:
    if name == "phones":
        return [{"number": p.number_e164, "kind": p.kind.value} for p in value or []]
    return to_json_value(value)


class ConflictState:
    OPEN = "open"
    RESOLVED = "resolved"


@dataclass(frozen=True)
class OpenConflict:
    id: uuid.UUID
    entity: str
    record_id: uuid.UUID
    field: str
    base_value: Any
    local_value: Any
    server_value: Any
    detected_at: datetime


@dataclass(frozen=True)
class SyncRun:
    id: uuid.UUID
    started_at: datetime
    finished_at: datetime | None
    pulled: int
    pushed: int
    errors: int
    outcome: str | None
    message: str | None


class SyncRepository:
    def __init__(self, session: Session) -> None:
        self._session = session
        # The rows `clients_by_id` loaded, held strongly: the session's identity map holds them weakly, and a page
        # of a thousand changed clients must not be read twice.
        self._held: dict[uuid.UUID, ClientRow] = {}

    # --- the outbox --------------------------------------------------------------------------------------------------

    def take_write_lock(self, entity: str) -> None:
        """Start the transaction as a writer (SQLite's write lock) so that an adviser's save cannot slip in between
        what this transaction reads and what it writes; notes the time of the pull at the same stroke."""
        self._session.execute(sqlite_insert(SyncStateRow).values(entity=entity, last_pull_at=utc_now())
                              .on_conflict_do_update(index_elements=["entity"], set_={"last_pull_at": utc_now()}))

    def requeue_in_flight(self) -> int:
        """Rows a crashed or killed sync left in flight go back to pending: they are sent again, and the retry is
        recognised by the server (creates carry their id; updates their etag)."""
        result = self._session.execute(
            update(OutboxRow).where(OutboxRow.state == OutboxState.IN_FLIGHT.value)
            .values(state=OutboxState.PENDING.value))
        return result.rowcount or 0

    def pending_entries(self, limit: int, entities: Sequence[str] | None = None) -> list[OutboxEntry]:
        """Pending rows in queue order; only of `entities` when given (rows of an entity the engine cannot send
        yet must not block the others)."""
        query = select(OutboxRow).where(OutboxRow.state == OutboxState.PENDING.value)
        if entities is not None:
            query = query.where(OutboxRow.entity.in_(list(entities)))
        rows = self._session.scalars(query.order_by(OutboxRow.seq).limit(limit))
        return [OutboxEntry(row.seq, row.id, row.entity, row.record_id, Operation(row.operation), row.changes,
                            row.created_at, row.attempts, OutboxState(row.state), row.last_error) for row in rows]

    def entries_for(self, entity: str, record_id: uuid.UUID, states: Sequence[OutboxState]) -> list[OutboxEntry]:
        rows = self._session.scalars(
            select(OutboxRow).where(OutboxRow.entity == entity, OutboxRow.record_id == record_id,
                                    OutboxRow.state.in_([s.value for s in states])).order_by(OutboxRow.seq))
        return [OutboxEntry(row.seq, row.id, row.entity, row.record_id, Operation(row.operation), row.changes,
                            row.created_at, row.attempts, OutboxState(row.state), row.last_error) for row in rows]

    def set_state(self, seqs: Iterable[int], state: OutboxState, *, error: str | None = None,
                  attempted: bool = False) -> None:
        seqs = list(seqs)
        for start in range(0, len(seqs), 5000):
            values: dict[str, Any] = {"state": state.value, "last_error": error}
            if attempted:
                values["attempts"] = OutboxRow.attempts + 1
            self._session.execute(update(OutboxRow).where(OutboxRow.seq.in_(seqs[start:start + 5000])).values(values))

    def unsent_record_ids(self, entity: str) -> set[uuid.UUID]:
        """Records with a change not yet confirmed by the CRM (pending, in flight or failed)."""
        return set(self._session.scalars(
            select(OutboxRow.record_id).where(OutboxRow.entity == entity,
                                              OutboxRow.state.in_((OutboxState.PENDING.value,
                                                                   OutboxState.IN_FLIGHT.value,
                                                                   OutboxState.FAILED.value))).distinct()))

    def refused_record_ids(self, entity: str) -> set[uuid.UUID]:
        """Records with a change the CRM refused for good (failed): what depends on them cannot be sent either."""
        return set(self._session.scalars(
            select(OutboxRow.record_id).where(OutboxRow.entity == entity,
                                              OutboxRow.state == OutboxState.FAILED.value).distinct()))

    def waiting_count(self) -> int:
        """Changes not yet in the CRM (pending, in flight, or refused and waiting for a look)."""
        return self._session.scalar(select(func.count()).select_from(OutboxRow).where(
            OutboxRow.state.in_((OutboxState.PENDING.value, OutboxState.IN_FLIGHT.value,
                                 OutboxState.FAILED.value)))) or 0

    def refused_count(self) -> int:
        """Changes the CRM refused for good (kept, counted as waiting, for IT support to look at)."""
        return self._session.scalar(select(func.count()).select_from(OutboxRow).where(
            OutboxRow.state == OutboxState.FAILED.value)) or 0

    def prune_done(self, before: datetime) -> int:
        result = self._session.execute(delete(OutboxRow).where(OutboxRow.state == OutboxState.DONE.value,
                                                               OutboxRow.created_at < before))
        return result.rowcount or 0

    # --- delta links -------------------------------------------------------------------------------------------------

    def delta_link(self, entity: str) -> str | None:
        return self._session.scalar(select(SyncStateRow.delta_link).where(SyncStateRow.entity == entity))

    def store_delta_link(self, entity: str, link: str | None) -> None:
        self._session.execute(sqlite_insert(SyncStateRow).values(entity=entity, delta_link=link)
                              .on_conflict_do_update(index_elements=["entity"], set_={"delta_link": link}))

    def note_push(self, entity: str) -> None:
        self._session.execute(sqlite_insert(SyncStateRow).values(entity=entity, last_push_at=utc_now())
                              .on_conflict_do_update(index_elements=["entity"], set_={"last_push_at": utc_now()}))

    # --- clients from the CRM ----------------------------------------------------------------------------------------

    def clients_by_id(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Client]:
        """The local clients (deleted ones too) among `ids`."""
        found: dict[uuid.UUID, Client] = {}
        for start in range(0, len(ids), 5000):
            rows = self._session.scalars(select(ClientRow).where(ClientRow.id.in_(ids[start:start + 5000])))
            for row in rows:
                self._held[row.id] = row
                found[row.id] = _to_client(row)
        return found

    def etags_by_id(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str | None]:
        found: dict[uuid.UUID, str | None] = {}
        for start in range(0, len(ids), 5000):
            found.update((row[0], row[1]) for row in self._session.execute(
                select(ClientRow.id, ClientRow.crm_etag).where(ClientRow.id.in_(ids[start:start + 5000]))))
        return found

    def insert_clients_from_crm(self, clients: Sequence[Client]) -> None:
        """New clients from the CRM, with their phones, name index entries and name terms; no outbox rows."""
        if not clients:
            return
        now = utc_now()
        connection = self._session.connection()
        bulk = len(clients) > _BULK_INDEX_THRESHOLD
        after_rowid = last_client_rowid(connection) if bulk else 0
        if bulk:
            suspend_insert_trigger(connection)
        connection.execute(insert(_CLIENTS), [{
            "id": c.id, "crm_id": c.crm_id or c.id, "created_at": now, "updated_at": now, "row_version": 1,
            "crm_etag": c.crm_etag, "first_names": c.first_names, "last_name": c.last_name,
            "preferred_name": c.preferred_name, "birth_date": c.birth_date, "identity_code": None,
            "identity_code_hash": None, "email": c.email, "street": c.street, "postal_code": c.postal_code,
            "municipality_code": c.municipality_code, "preferred_language": c.preferred_language,
            "interpreter_needed": c.interpreter_needed, "safety_marking": c.safety_marking,
        } for c in clients])
        phones = [{"id": uuid.uuid5(c.id, str(position)), "client_id": c.id, "number_e164": p.number_e164,
                   "kind": p.kind.value, "position": position}
                  for c in clients for position, p in enumerate(c.phones)]
        if phones:
            connection.execute(insert(_PHONES), phones)
        if bulk:
            index_rows_and_resume_trigger(connection, after_rowid)
        register_name_terms(self._session, (name for c in clients
                                            for name in (c.first_names, c.last_name, c.preferred_name)))

    def apply_client_changes(self, client_id: uuid.UUID, changes: dict[str, Any], etag: str | None, *,
                             keep_etag: bool = False) -> None:
        """Set fields the CRM changed (no outbox row); `row_version` goes up when anything changed. The etag is
        recorded unless `keep_etag` (the record has a local change still to send: its push must meet a 412 and
        merge, not overwrite)."""
        row = self._held.get(client_id) or self._session.get(ClientRow, client_id)
        if row is None:
            return
        if not changes and row.crm_etag == etag:
            return
        for name, value in changes.items():
            if name == "phones":
                row.phones = [PhoneRow(number_e164=p.number_e164, kind=p.kind.value, position=i)
                              for i, p in enumerate(value)]
            else:
                setattr(row, name, value)
        if changes:
            row.row_version += 1
            row.updated_at = utc_now()
            if changes.keys() & _NAME_FIELDS:
                register_name_terms(self._session, (row.first_names, row.last_name, row.preferred_name))
        if not keep_etag:
            row.crm_etag = etag

    def set_client_etags(self, etags: dict[uuid.UUID, str | None]) -> None:
        if etags:
            self._session.execute(update(ClientRow), [{"id": k, "crm_etag": v} for k, v in etags.items()])

    def delete_clients_from_crm(self, ids: Sequence[uuid.UUID]) -> int:
        """Clients the CRM deleted: soft-deleted here (the name index trigger drops them from search)."""
        deleted = 0
        for start in range(0, len(ids), 5000):
            result = self._session.execute(
                update(ClientRow).where(ClientRow.id.in_(ids[start:start + 5000]), ClientRow.deleted_at.is_(None))
                .values(deleted_at=utc_now(), row_version=ClientRow.row_version + 1)
                .execution_options(synchronize_session=False))
            deleted += result.rowcount or 0
        return deleted

    def undelete_client(self, client_id: uuid.UUID) -> None:
        self._session.execute(update(ClientRow).where(ClientRow.id == client_id)
                              .values(deleted_at=None, crm_etag=None, row_version=ClientRow.row_version + 1)
                              .execution_options(synchronize_session=False))

    # --- consents from the CRM ---------------------------------------------------------------------------------------

    def insert_consents_from_crm(self, events: Sequence[ConsentEvent], etags: dict[uuid.UUID, str | None]) -> int:
        """Append events the CRM holds and this store does not (append-only: a known event is never changed)."""
        if not events:
            return 0
        rows = [{**event_values(e), "crm_etag": etags.get(e.id)} for e in events]
        result = self._session.connection().execute(sqlite_insert(_CONSENTS).on_conflict_do_nothing(), rows)
        return result.rowcount if result.rowcount is not None and result.rowcount >= 0 else len(rows)

    def highest_consent_sequence(self, client_id: uuid.UUID, purpose: str) -> int:
        return self._session.execute(
            text("SELECT coalesce(max(sequence), 0) FROM consent_events WHERE client_id = :c AND purpose = :p"),
            {"c": client_id.hex, "p": purpose}).scalar_one()

    def set_consent_etags(self, etags: dict[uuid.UUID, str | None]) -> None:
        if etags:
            self._session.execute(update(ConsentEventRow), [{"id": k, "crm_etag": v} for k, v in etags.items()])

    # --- conflicts ---------------------------------------------------------------------------------------------------

    def record_conflict(self, entity: str, record_id: uuid.UUID, field: str, base: Any, local: Any,
                        server: Any) -> uuid.UUID:
        """Open a conflict, or refresh the values of the open one for the same field."""
        existing = self._session.scalar(select(ConflictRow).where(
            ConflictRow.entity == entity, ConflictRow.record_id == record_id, ConflictRow.field == field,
            ConflictRow.state == ConflictState.OPEN))
        if existing is not None:
            existing.local_value, existing.server_value = _wrap(local), _wrap(server)
            return existing.id
        row = ConflictRow(entity=entity, record_id=record_id, field=field, base_value=_wrap(base),
                          local_value=_wrap(local), server_value=_wrap(server), state=ConflictState.OPEN)
        self._session.add(row)
        self._session.flush()
        return row.id

    def open_conflicts(self, entity: str | None = None, record_id: uuid.UUID | None = None) -> list[OpenConflict]:
        query = select(ConflictRow).where(ConflictRow.state == ConflictState.OPEN)
        if entity is not None:
            query = query.where(ConflictRow.entity == entity)
        if record_id is not None:
            query = query.where(ConflictRow.record_id == record_id)
        return [_conflict(row) for row in self._session.scalars(query.order_by(ConflictRow.detected_at))]

    def conflicted_fields(self, entity: str, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, set[str]]:
        found: dict[uuid.UUID, set[str]] = {}
        for start in range(0, len(ids), 5000):
            for record_id, field in self._session.execute(select(ConflictRow.record_id, ConflictRow.field).where(
                    ConflictRow.state == ConflictState.OPEN, ConflictRow.entity == entity,
                    ConflictRow.record_id.in_(ids[start:start + 5000]))):
                found.setdefault(record_id, set()).add(field)
        return found

    def update_conflict_server_value(self, entity: str, record_id: uuid.UUID, field: str, server: Any) -> None:
        self._session.execute(update(ConflictRow).where(
            ConflictRow.entity == entity, ConflictRow.record_id == record_id, ConflictRow.field == field,
            ConflictRow.state == ConflictState.OPEN).values(server_value=_wrap(server)))

    def conflict(self, conflict_id: uuid.UUID) -> OpenConflict | None:
        row = self._session.get(ConflictRow, conflict_id)
        return None if row is None or row.state != ConflictState.OPEN else _conflict(row)

    def resolve_conflict(self, conflict_id: uuid.UUID, adviser_id: uuid.UUID | None) -> None:
        self._session.execute(update(ConflictRow).where(ConflictRow.id == conflict_id).values(
            state=ConflictState.RESOLVED, resolved_by=adviser_id, resolved_at=utc_now()))

    def open_conflict_count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(ConflictRow)
                                    .where(ConflictRow.state == ConflictState.OPEN)) or 0

    # --- the sync log ------------------------------------------------------------------------------------------------

    def start_run(self) -> uuid.UUID:
        row = SyncRunRow()
        self._session.add(row)
        self._session.flush()
        return row.id

    def finish_run(self, run_id: uuid.UUID, *, pulled: int, pushed: int, errors: int, outcome: str,
                   message: str | None) -> None:
        self._session.execute(update(SyncRunRow).where(SyncRunRow.id == run_id).values(
            finished_at=utc_now(), pulled=pulled, pushed=pushed, errors=errors, outcome=outcome, message=message))

    def last_runs(self, limit: int = 20) -> list[SyncRun]:
        """The newest runs first — in the order they were started, not by their times: a workstation clock set
        back (or forward) between runs must not hide the latest run behind older ones."""
        rows = self._session.scalars(select(SyncRunRow).order_by(_RUN_ORDER.desc()).limit(limit))
        return [SyncRun(r.id, r.started_at, r.finished_at, r.pulled, r.pushed, r.errors, r.outcome, r.message)
                for r in rows]

    def last_success_at(self) -> datetime | None:
        """When the latest successful run finished (the latest started, whatever the clock said)."""
        return self._session.scalar(select(SyncRunRow.finished_at).where(SyncRunRow.outcome == "ok")
                                    .order_by(_RUN_ORDER.desc()).limit(1))


def _conflict(row: ConflictRow) -> OpenConflict:
    return OpenConflict(row.id, row.entity, row.record_id, row.field, _unwrap(row.base_value),
                        _unwrap(row.local_value), _unwrap(row.server_value), row.detected_at)


def _wrap(value: Any) -> dict[str, Any]:
    """Conflict values are kept as {"value": …}: an empty field (None) is a value too, and the columns are NOT
    NULL."""
    return {"value": value}


def _unwrap(stored: Any) -> Any:
    return stored.get("value") if isinstance(stored, dict) and set(stored) == {"value"} else stored

