"""The audit trail for supervisors and the data protection officer: who did what to which record, and when.

Reading the trail is itself audited (VIEW_AUDIT_LOG, EXPORT), with the filter in the reason, so the trail shows
who looked at it. Only supervisors and administrators may read it; the check is here, not only in the window.
"""

from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

from app.domain.adviser import Adviser
from app.domain.audit import AuditAction, AuditEntry, AuditQuery
from app.errors import ValidationError
from app.spreadsheet_cells import spreadsheet_text
from app.usecases.permissions import require_supervisor
from app.workstation import Workstation

PAGE_SIZE = 200
AUDIT_TRAIL = "the audit log"
CSV_COLUMNS = ("time", "time_utc", "adviser_username", "adviser_name", "action", "record_type", "record_id",
               "reason", "workstation", "event_id")


@dataclass(frozen=True)
class AuditTrailFilter:
    """What the supervisor asks for. Days are the workstation's local calendar days, both ends included."""

    adviser_id: uuid.UUID | None = None
    record_id: str | None = None
    first_day: date | None = None
    last_day: date | None = None
    actions: frozenset[AuditAction] = field(default_factory=frozenset)

    def describe(self) -> str:
        """The filter in words for the audit reason: ids and dates only, never personal data."""
        parts = []
        if self.adviser_id is not None:
            parts.append(f"adviser {self.adviser_id}")
        if self.record_id is not None:
            parts.append(f"record {self.record_id}")
        if self.first_day or self.last_day:
            parts.append(f"days {self.first_day or '…'}–{self.last_day or '…'}")
        if self.actions:
            parts.append("actions " + ",".join(sorted(self.actions)))
        return "; ".join(parts) or "everything"

    def to_query(self, zone: tzinfo | None = None) -> AuditQuery:
        """The store's query, with the local days turned into a UTC range (`zone`: the workstation's by default)."""
        if self.first_day and self.last_day and self.last_day < self.first_day:
            raise ValidationError("The last day is before the first day.", "Swap the dates or change one of them.")
        record_id = self.record_id.strip().lower() if self.record_id else None
        return AuditQuery(
            adviser_id=self.adviser_id,
            record_id=_canonical_record_id(record_id) if record_id else None,
            actions=self.actions,
            since=_start_of(self.first_day, zone) if self.first_day else None,
            until=_start_of(self.last_day + timedelta(days=1), zone) if self.last_day else None,
        )


@dataclass(frozen=True)
class AuditCursor:
    """Where the next page starts: just after the last event shown."""

    at: datetime
    event_id: uuid.UUID


@dataclass(frozen=True)
class AuditTrailPage:
    entries: list[AuditEntry]
    next_page: AuditCursor | None
    total: int | None  # counted for the first page only: later pages come from the same filter


def list_audit_events(workstation: Workstation, trail_filter: AuditTrailFilter, *, after: AuditCursor | None = None,
                      limit: int = PAGE_SIZE, zone: tzinfo | None = None) -> AuditTrailPage:
    """One page of the trail, newest first. The first page of a filter is written to the trail as a view."""
    require_supervisor(workstation.adviser, AUDIT_TRAIL)
    query = trail_filter.to_query(zone)
    with workstation.unit_of_work() as uow:
        entries = uow.audit.search(query, before=None if after is None else (after.at, after.event_id),
                                   limit=limit + 1)
        total = None
        if after is None:
            total = uow.audit.count(query)
            uow.audit.record(AuditAction.VIEW_AUDIT_LOG, "audit_events", None,
                             f"{trail_filter.describe()}: {total} events")
            uow.commit()
    more = len(entries) > limit
    entries = entries[:limit]
    cursor = AuditCursor(entries[-1].event.at, entries[-1].event.id) if more else None
    return AuditTrailPage(entries, cursor, total)


def export_audit_events(workstation: Workstation, trail_filter: AuditTrailFilter, destination: Path, *,
                        zone: tzinfo | None = None) -> int:
    """Write every matching event to `destination` as CSV; returns how many were written.

    The file is UTF-8 with a byte-order mark and `;` between fields, which is what spreadsheet programs in a
    Finnish locale open without an import wizard. It is written beside the destination and moved into place at the
    end, so a failed export never leaves a half-written file that looks complete.
    """
    require_supervisor(workstation.adviser, AUDIT_TRAIL)
    query = trail_filter.to_query(zone)
    partial = destination.with_name(f".{destination.name}.partial")
    with workstation.unit_of_work() as uow:
        try:
            with partial.open("w", encoding="utf-8-sig", newline="") as stream:
                written = write_audit_csv(uow.audit.stream(query), stream, zone)
            os.replace(partial, destination)
        finally:
            partial.unlink(missing_ok=True)
        uow.audit.record(AuditAction.EXPORT, "audit_events", None,
                         f"audit log CSV, {trail_filter.describe()}: {written} events")
        uow.commit()
    return written


def write_audit_csv(entries: Iterable[AuditEntry], stream, zone: tzinfo | None = None) -> int:
    writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    written = 0
    for entry in entries:
        event = entry.event
        writer.writerow([spreadsheet_text(value) for value in (
            event.at.astimezone(zone).isoformat(timespec="seconds"),
            event.at.astimezone(UTC).isoformat(timespec="milliseconds"),
            entry.adviser_username, entry.adviser_name, event.action.value, event.record_type, event.record_id,
            event.reason, event.workstation, str(event.id),
        )])
        written += 1
    return written


def advisers_in_trail(workstation: Workstation) -> list[Adviser]:
    """The advisers a supervisor can filter the trail by (everyone known to this workstation)."""
    require_supervisor(workstation.adviser, AUDIT_TRAIL)
    with workstation.unit_of_work() as uow:
        return uow.advisers.all()


def _start_of(day: date, zone: tzinfo | None) -> datetime:
    local = datetime.combine(day, time.min)
    return (local.replace(tzinfo=zone) if zone is not None else local.astimezone()).astimezone(UTC)


def _canonical_record_id(text: str) -> str:
    """Record ids are stored as UUIDs in their canonical form; accept one pasted with or without hyphens."""
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return text
