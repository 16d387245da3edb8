"""Writing and reading the append-only audit log."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.audit import AuditAction, AuditEvent
from app.store.tables import AuditEventRow


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


def _to_event(row: AuditEventRow) -> AuditEvent:
    return AuditEvent(at=row.at, adviser_id=row.adviser_id, action=AuditAction(row.action),
                      record_type=row.record_type, record_id=row.record_id, reason=row.reason,
                      workstation=row.workstation, id=row.id)
