"""The outbox: every local change to a synced record, written in the same transaction as the change itself."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store.tables import OutboxRow


class Operation(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class OutboxState(StrEnum):
    PENDING = "pending"
    IN_FLIGHT = "in_flight"
    DONE = "done"
    FAILED = "failed"
    CONFLICT = "conflict"


def to_json_value(value: Any) -> Any:
    """Outbox values are JSON: dates as ISO strings, enums as their values."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [to_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json_value(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    id: uuid.UUID
    entity: str
    record_id: uuid.UUID
    operation: Operation
    changes: dict[str, dict[str, Any]]
    created_at: datetime
    attempts: int
    state: OutboxState
    last_error: str | None


class Outbox:
    def __init__(self, session: Session) -> None:
        self._session = session

    def record(self, entity: str, record_id: uuid.UUID, operation: Operation,
               changes: dict[str, tuple[Any, Any]]) -> None:
        """Queue one change; `changes` maps field → (old value, new value)."""
        self._session.add(OutboxRow(
            entity=entity,
            record_id=record_id,
            operation=operation.value,
            changes={name: {"old": to_json_value(old), "new": to_json_value(new)}
                     for name, (old, new) in changes.items()},
        ))

    def pending_count(self) -> int:
        return self._session.scalar(
            select(func.count()).select_from(OutboxRow).where(OutboxRow.state != OutboxState.DONE.value)
        ) or 0

    def pending(self, limit: int = 1000) -> list[OutboxEntry]:
        rows = self._session.scalars(
            select(OutboxRow).where(OutboxRow.state == OutboxState.PENDING.value).order_by(OutboxRow.seq).limit(limit)
        )
        return [
            OutboxEntry(row.seq, row.id, row.entity, row.record_id, Operation(row.operation), row.changes,
                        row.created_at, row.attempts, OutboxState(row.state), row.last_error)
            for row in rows
        ]
