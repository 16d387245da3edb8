"""Writing and reading the append-only audit log."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import Select, and_, func, insert, or_, select
from sqlalchemy.orm import Session

from app.domain.audit import AuditAction, AuditEntry, AuditEvent, AuditQuery
from app.store.tables import AdviserRow, AuditEventRow
from app.store.types import utc_now

# Rows held in memory at once while an export streams the log to a file.
_EXPORT_CHUNK = 1000


class AuditLog:
    def __init__(self, session: Session, adviser_id: uuid.UUID | None, workstation: str) -> None:
        self._session = session
        self._adviser_id = adviser_id
        self._workstation = workstation

    def record(self, action: AuditAction, record_type: str | None = None, record_id: uuid.UUID | str | None = None,
               reason: str | None = None) -> None:
        self._session.add(AuditEventRow(
            adviser_id=self._adviser_id, action=action.value, record_type=record_type,
            record_id=None if record_id is None else str(record_id), reason=reason, workstation=self._workstation,
        ))

    def record_now(self, action: AuditAction, record_type: str | None = None, record_id: uuid.UUID | str | None = None,
                   reason: str | None = None) -> None:
        """`record`, written at once as one INSERT instead of through the ORM's unit of work: a third of a lookup's
        time went to the ORM bookkeeping of its audit row (docs/benchmarks.md). Only for use cases that add no ORM
        objects the row depends on in the same unit of work (the INSERT runs before they are flushed)."""
        self._session.execute(insert(AuditEventRow.__table__), {
            "id": uuid.uuid4(), "at": utc_now(), "adviser_id": self._adviser_id, "action": action.value,
            "record_type": record_type, "record_id": None if record_id is None else str(record_id),
            "reason": reason, "workstation": self._workstation,
        })

    def events_for_record(self, record_type: str, record_id: uuid.UUID | str) -> list[AuditEvent]:
        rows = self._session.scalars(
            select(AuditEventRow)
            .where(AuditEventRow.record_type == record_type, AuditEventRow.record_id == str(record_id))
            .order_by(AuditEventRow.at)
        )
        return [_to_event(row) for row in rows]

    def latest(self, limit: int = 100) -> list[AuditEvent]:
        rows = self._session.scalars(select(AuditEventRow).order_by(AuditEventRow.at.desc()).limit(limit))
        return [_to_event(row) for row in rows]

    def search(self, query: AuditQuery, *, before: tuple[datetime, uuid.UUID] | None = None,
               limit: int = 200) -> list[AuditEntry]:
        """Newest first, one page: the events older than `before` (the `at` and `id` of the last row shown)."""
        statement = _entries(query)
        if before is not None:
            at, event_id = before
            statement = statement.where(or_(
                AuditEventRow.at < at, and_(AuditEventRow.at == at, AuditEventRow.id < event_id)))
        return [_to_entry(*row) for row in self._session.execute(statement.limit(limit))]

    def count(self, query: AuditQuery) -> int:
        statement = select(func.count()).select_from(AuditEventRow).where(*_conditions(query))
        return self._session.scalar(statement) or 0

    def stream(self, query: AuditQuery) -> Iterator[AuditEntry]:
        """Every matching event, newest first, read in chunks so an export of millions fits in memory."""
        result = self._session.execute(_entries(query).execution_options(yield_per=_EXPORT_CHUNK))
        for row in result:
            yield _to_entry(*row)


def _conditions(query: AuditQuery) -> list:
    conditions = []
    if query.adviser_id is not None:
        conditions.append(AuditEventRow.adviser_id == query.adviser_id)
    if query.record_id is not None:
        conditions.append(AuditEventRow.record_id == query.record_id)
    if query.actions:
        conditions.append(AuditEventRow.action.in_(sorted(action.value for action in query.actions)))
    if query.since is not None:
        conditions.append(AuditEventRow.at >= query.since)
    if query.until is not None:
        conditions.append(AuditEventRow.at < query.until)
    return conditions


def _entries(query: AuditQuery) -> Select:
    return (select(AuditEventRow, AdviserRow.username, AdviserRow.display_name)
            .outerjoin(AdviserRow, AdviserRow.id == AuditEventRow.adviser_id)
            .where(*_conditions(query))
            .order_by(AuditEventRow.at.desc(), AuditEventRow.id.desc()))


def _to_entry(row: AuditEventRow, username: str | None, display_name: str | None) -> AuditEntry:
    return AuditEntry(_to_event(row), username, display_name)


def _to_event(row: AuditEventRow) -> AuditEvent:
    return AuditEvent(at=row.at, adviser_id=row.adviser_id, action=AuditAction(row.action),
                      record_type=row.record_type, record_id=row.record_id, reason=row.reason,
                      workstation=row.workstation, id=row.id)
