"""Push: the outbox drained to the CRM, a record at a time, in `$batch` change sets (bulk actions for many creates).

A round claims up to `round_size` pending rows (state `in_flight`, committed before anything is sent), groups them
per record (all of a record's rows become one request: a create with its later edits is one create, edits are
one PATCH), sends them, and settles each record's answer. A row is `done` only when the CRM confirmed it. If the
process dies between claim and settle, the rows are found `in_flight` at the next start and sent again; the CRM
recognises the retry (a create carries the local id → DuplicateKey = already created; an update carries the etag
it was based on → 412 → merge, which finds nothing left to send).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.store.outbox import OutboxState
from app.store.unit_of_work import UnitOfWork
from sync.dataverse.client import BatchItemResult, BatchOperation, DataverseClient
from sync.dataverse.errors import DataverseError
from sync.engine.entities import EntitySync, RecordChanges, Settled
from sync.engine.retry import RetryPolicy

log = logging.getLogger(__name__)

BATCH_REQUESTS = 500  # Dataverse allows 1,000 per $batch; half keeps one answer well under the time-out
BULK_THRESHOLD = 200  # from this many creates of one append-only table, CreateMultiple
BULK_CHUNK = 1000


@dataclass
class PushContext:
    client: DataverseClient
    retry: RetryPolicy
    unit_of_work: Callable[[], UnitOfWork]
    uow: UnitOfWork | None = None  # the transaction settling the current batch
    client_etags: dict = field(default_factory=dict)  # confirmed versions, written once per batch
    outcomes: dict = field(default_factory=dict)  # (outbox state, error, attempted) → seqs, written once per batch


@dataclass
class PushCounts:
    sent: int = 0  # outbox rows confirmed by the CRM
    failed: int = 0
    conflicts: int = 0
    retry: int = 0
    problems: list[str] = field(default_factory=list)


def push(context: PushContext, entities: dict[str, EntitySync], *, round_size: int = 5000,
         stopped: Callable[[], bool] = lambda: False) -> PushCounts:
    counts = PushCounts()
    skipped_seqs: set[int] = set()
    while not stopped():
        records = _claim(context, entities, round_size, skipped_seqs)
        if not records:
            break
        _send(context, entities, records, counts)
        skipped_seqs.update(seq for r in records if r.state.get("settled") is Settled.RETRY for seq in r.seqs)
    return counts


def _claim(context: PushContext, entities: dict[str, EntitySync], limit: int,
           skipped: set[int]) -> list[RecordChanges]:
    with context.unit_of_work() as uow:
        entries = [e for e in uow.sync.pending_entries(limit + len(skipped), list(entities))
                   if e.seq not in skipped][:limit]
        groups: dict[tuple[str, object], RecordChanges] = {}
        for entry in entries:
            if entry.entity not in entities:
                continue  # an entity this engine cannot push yet: it waits, in order
            key = (entry.entity, entry.record_id)
            groups.setdefault(key, RecordChanges(entry.entity, entry.record_id, [])).entries.append(entry)
        records = list(groups.values())
        if not records:
            return []
        by_entity: dict[str, list[RecordChanges]] = {}
        for record in records:
            by_entity.setdefault(record.entity, []).append(record)
        # Planned in the engine's order (parents first), and what cannot be sent is settled before the next
        # entity plans: a need tag then sees that its encounter was refused in this very round.
        for name in entities:
            group = by_entity.get(name)
            if not group:
                continue
            entities[name].plan(uow, group)
            for record in group:
                if record.operation is None and record.bulk_body is None:
                    # Nothing left to send (say, created and deleted before any sync), or unsendable as it stands.
                    error = record.state.get("error")
                    uow.sync.set_state(record.seqs, OutboxState.FAILED if error else OutboxState.DONE, error=error)
        uow.sync.set_state([seq for r in records if r.operation is not None or r.bulk_body is not None
                            for seq in r.seqs], OutboxState.IN_FLIGHT)
        uow.commit()
    records = [r for r in records if r.operation is not None or r.bulk_body is not None]
    records.sort(key=lambda r: (r.priority, r.entries[0].seq))
    return records


def _send(context: PushContext, entities: dict[str, EntitySync], records: list[RecordChanges],
          counts: PushCounts) -> None:
    # Records are sent in priority order (a withdrawal before anything else, a client before its consents);
    # within a priority, append-only creates in volume go as CreateMultiple.
    for priority in sorted({r.priority for r in records}):
        tier = [r for r in records if r.priority == priority]
        bulk = [r for r in tier if r.bulk_body is not None]
        by_table: dict[str, list[RecordChanges]] = {}
        for record in bulk:
            by_table.setdefault(record.entity, []).append(record)
        batched = [r for r in tier if r.bulk_body is None]
        for name, group in by_table.items():
            if len(group) < BULK_THRESHOLD:
                batched.extend(group)
                continue
            for start in range(0, len(group), BULK_CHUNK):
                chunk = group[start:start + BULK_CHUNK]
                if not _create_multiple(context, entities[name], chunk, counts):
                    batched.extend(chunk)
        for start in range(0, len(batched), BATCH_REQUESTS):
            _send_batch(context, entities, batched[start:start + BATCH_REQUESTS], counts)


def _create_multiple(context: PushContext, entity: EntitySync, chunk: list[RecordChanges],
                     counts: PushCounts) -> bool:
    """True when the CRM created the whole chunk; False sends it again as a $batch (a retried chunk meets
    DuplicateKey for the rows it already created, which CreateMultiple cannot tell apart)."""
    table = entity.table
    bodies = [r.bulk_body for r in chunk]
    try:
        context.retry.call(lambda: context.client.create_multiple(table.entity_set, table.logical_name, bodies))
    except DataverseError as error:
        if error.retryable:
            raise
        log.info("CreateMultiple of %d %s refused (%s); sending them one by one", len(chunk), table.logical_name,
                 type(error).__name__)
        return False
    with context.unit_of_work() as uow:
        uow.sync.set_state([seq for r in chunk for seq in r.seqs], OutboxState.DONE)
        uow.sync.note_push(entity.entity)
        uow.commit()
    counts.sent += sum(len(r.entries) for r in chunk)
    return True


def _send_batch(context: PushContext, entities: dict[str, EntitySync], records: Sequence[RecordChanges],
                counts: PushCounts) -> None:
    change_sets: list[BatchOperation | list[BatchOperation]] = []
    for index, record in enumerate(records):
        assert record.operation is not None
        record.operation.content_id = str(index + 1)
        # A change set per record: all or nothing for it, while one refused record does not hold up the others
        # (odata.continue-on-error). A read cannot be in a change set.
        change_sets.append(record.operation if record.operation.method == "GET" else [record.operation])
    results = context.retry.call(lambda: context.client.batch(change_sets, continue_on_error=True))
    by_id = {r.content_id: r for r in results}
    with context.unit_of_work() as uow:
        context.uow = uow
        context.outcomes = {}
        try:
            for index, record in enumerate(records):
                result = by_id.get(str(index + 1))
                if result is None:
                    result = BatchItemResult(0, None, None, None, None,
                                             DataverseError("the $batch answer lacked this request", status=None))
                settled = _settle(context, entities[record.entity], record, result)
                record.state["settled"] = settled
                _count(counts, record, settled)
            for (state, error, attempted), seqs in context.outcomes.items():
                uow.sync.set_state(seqs, state, error=error, attempted=attempted)
            uow.sync.set_client_etags(context.client_etags)
            uow.sync.note_push(records[0].entity)
            uow.commit()
        finally:
            context.uow = None
            context.client_etags = {}


def _settle(context: PushContext, entity: EntitySync, record: RecordChanges, result: BatchItemResult) -> Settled:
    assert context.uow is not None
    try:
        settled = entity.settle(context, record, result)
    except DataverseError as error:
        if error.retryable or error.status == 401:
            raise
        settled = Settled.FAILED
        record.state["error"] = str(error)
    state = {Settled.DONE: OutboxState.DONE, Settled.CONFLICT: OutboxState.DONE,
             Settled.RETRY: OutboxState.PENDING, Settled.FAILED: OutboxState.FAILED}[settled]
    key = (state, record.state.get("error"), settled is not Settled.DONE)
    context.outcomes.setdefault(key, []).extend(record.seqs)
    return settled


def _count(counts: PushCounts, record: RecordChanges, settled: Settled) -> None:
    if settled is Settled.DONE:
        counts.sent += len(record.entries)
    elif settled is Settled.CONFLICT:
        counts.conflicts += 1
        counts.sent += len(record.entries)
    elif settled is Settled.FAILED:
        counts.failed += len(record.entries)
        counts.problems.append(f"{record.entity} {record.record_id}: {record.state.get('error', 'refused')}")
    else:
        counts.retry += len(record.entries)
