"""What the engine needs to know about each synced entity: one `EntitySync` per outbox entity / CRM table.

The engine itself is table-agnostic: pull asks each registered entity to apply a page of changes, push asks it to
turn a record's queued outbox rows into one request and to settle that request's answer. Clients (updatable,
merged on a 412, client_sync.py) and the append-only consents (consent_sync.py), encounters, need tags and signals
(encounter_sync.py) plug in this way.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from app.store.outbox import Operation, OutboxEntry
from app.store.unit_of_work import UnitOfWork
from sync.crm_schema import CrmTable
from sync.dataverse.client import BatchItemResult, BatchOperation, ChangePage

if TYPE_CHECKING:
    from sync.engine.push import PushContext


class Settled(StrEnum):
    DONE = "done"  # the CRM confirmed it
    RETRY = "retry"  # not now (a fault, or waiting for another record); stays pending
    FAILED = "failed"  # the CRM refused it for good; kept, counted as waiting, shown in the log
    CONFLICT = "conflict"  # handed to the adviser as conflict rows; the outbox rows are done


@dataclass
class RecordChanges:
    """A record's queued outbox rows, oldest first: sent as one request (coalesced)."""

    entity: str
    record_id: uuid.UUID
    entries: list[OutboxEntry]
    priority: int = 1
    operation: BatchOperation | None = None
    bulk_body: dict[str, Any] | None = None  # the row for CreateMultiple, when the entity allows it
    state: dict[str, Any] = field(default_factory=dict)

    @property
    def seqs(self) -> list[int]:
        return [e.seq for e in self.entries]

    @property
    def operations(self) -> set[Operation]:
        return {e.operation for e in self.entries}


@dataclass
class PullCounts:
    applied: int = 0
    deleted: int = 0
    skipped: int = 0
    conflicts: int = 0
    problems: list[str] = field(default_factory=list)  # rows that could not be read, in words (row_check.py)

    def add(self, other: PullCounts) -> None:
        self.applied += other.applied
        self.deleted += other.deleted
        self.skipped += other.skipped
        self.conflicts += other.conflicts
        self.problems.extend(other.problems)


class EntitySync(Protocol):
    entity: str  # the outbox's entity name
    table: CrmTable

    def select(self) -> Sequence[str]:
        """Columns to pull."""

    def apply_page(self, uow: UnitOfWork, page: ChangePage) -> PullCounts:
        """Apply one page of pulled changes in the caller's transaction (no outbox rows)."""

    def plan(self, uow: UnitOfWork, records: list[RecordChanges]) -> None:
        """Set each record's `operation` (None: nothing to send, it is done) and `priority` (lower goes first)."""

    def settle(self, context: PushContext, record: RecordChanges, result: BatchItemResult) -> Settled:
        """Interpret the CRM's answer to the record's request (may read or write the CRM again to merge)."""
