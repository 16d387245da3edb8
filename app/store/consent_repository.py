"""Consent events in the store: appended with their outbox row through the same session, never changed.

Reads are SQL text built once (as in client_search.py): the card asks for a client's consents on every open, and
the status must come back within a millisecond.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from app.domain.consent import ConsentChannel, ConsentDecision, ConsentEvent, ConsentEvidence
from app.store.outbox import Operation, Outbox
from app.store.tables import ClientRow, ConsentEventRow

ENTITY = "consent"

_EVENTS = ConsentEventRow.__table__
_COLUMNS = ("id", "client_id", "purpose", "decision", "valid_from", "valid_until", "channel", "evidence",
            "text_version", "language", "guardian", "recorded_by", "recorded_at", "sequence")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM consent_events"  # noqa: S608 (constant column names)
_FOR_CLIENT = text(f"{_SELECT} WHERE client_id = :client_id").columns(*(_EVENTS.c[name] for name in _COLUMNS))
_FOR_CLIENT_PURPOSE = text(f"{_SELECT} WHERE client_id = :client_id AND purpose = :purpose") \
    .columns(*(_EVENTS.c[name] for name in _COLUMNS))
_MAX_SEQUENCE = text("SELECT max(sequence) FROM consent_events WHERE client_id = :client_id AND purpose = :purpose")

# A grant is still the deciding event of its client and purpose when no event orders after it. This is
# ConsentEvent.order_key written in SQL — (sequence, precedence, recorded_at, id) — and checked against the
# domain's derive_status by tests/test_consents.py. Split in two so that the usual case (no later sequence, no
# other event with the same one) is answered from ix_consent_events_client alone, without reading rows.
_LATER_EVENT_EXISTS = """(EXISTS (SELECT 1 FROM consent_events l
        WHERE l.client_id = g.client_id AND l.purpose = g.purpose AND l.sequence > g.sequence)
    OR EXISTS (SELECT 1 FROM consent_events l
        WHERE l.client_id = g.client_id AND l.purpose = g.purpose AND l.sequence = g.sequence
          AND l.rowid != g.rowid
          AND (l.decision != 'granted' OR l.recorded_at > g.recorded_at
               OR (l.recorded_at = g.recorded_at AND l.id > g.id))))"""
_EXPIRING = text(f"""
    SELECT g.client_id, c.first_names, c.last_name, c.preferred_name, g.purpose, g.valid_until, g.id
    FROM consent_events g
    JOIN clients c ON c.id = g.client_id
    WHERE g.decision = 'granted' AND g.purpose IN :purposes
      AND g.valid_until BETWEEN :first_day AND :last_day AND g.valid_from <= :today
      AND (g.valid_until, g.client_id, g.purpose) > (:after_until, :after_client, :after_purpose)
      AND c.deleted_at IS NULL AND NOT {_LATER_EVENT_EXISTS}
    ORDER BY g.valid_until, g.client_id, g.purpose
    LIMIT :limit""").bindparams(bindparam("purposes", expanding=True)).columns(  # noqa: S608 (constants only)
    _EVENTS.c.client_id, ClientRow.__table__.c.first_names, ClientRow.__table__.c.last_name,
    ClientRow.__table__.c.preferred_name, _EVENTS.c.purpose, _EVENTS.c.valid_until, _EVENTS.c.id)
_EXPIRING_COUNT = text(f"""
    SELECT count(*) FROM consent_events g
    JOIN clients c ON c.id = g.client_id
    WHERE g.decision = 'granted' AND g.purpose IN :purposes
      AND g.valid_until BETWEEN :first_day AND :last_day AND g.valid_from <= :today
      AND c.deleted_at IS NULL AND NOT {_LATER_EVENT_EXISTS}""")  # noqa: S608 (constants only)
_EXPIRING_COUNT = _EXPIRING_COUNT.bindparams(bindparam("purposes", expanding=True))


@dataclass(frozen=True)
class ExpiringGrant:
    """A grant that is still the deciding event of its client and purpose and ends in the asked window."""

    client_id: uuid.UUID
    first_names: str
    last_name: str
    preferred_name: str | None
    purpose: str
    valid_until: date
    event_id: uuid.UUID

    @property
    def key(self) -> tuple[date, uuid.UUID, str]:
        """The keyset position of this row: pass it as `after` to read the next page."""
        return (self.valid_until, self.client_id, self.purpose)


class ConsentRepository:
    def __init__(self, session: Session, outbox: Outbox) -> None:
        self._session = session
        self._outbox = outbox

    def add(self, event: ConsentEvent) -> None:
        """Append the event and queue its create for the CRM, in the caller's transaction."""
        values = event_values(event)
        self._session.add(ConsentEventRow(**values))
        self._outbox.record(ENTITY, event.id, Operation.CREATE, {name: (None, value) for name, value in values.items()})

    def count(self) -> int:
        """Consent events held here (every decision, given or withdrawn)."""
        return self._session.scalar(select(func.count()).select_from(ConsentEventRow)) or 0

    def for_client(self, client_id: uuid.UUID) -> list[ConsentEvent]:
        """Every event of the client, any purpose, in no particular order (derivation does not need one)."""
        return [_to_event(row) for row in self._session.execute(_FOR_CLIENT, {"client_id": client_id.hex})]

    def for_client_purpose(self, client_id: uuid.UUID, purpose: str) -> list[ConsentEvent]:
        rows = self._session.execute(_FOR_CLIENT_PURPOSE, {"client_id": client_id.hex, "purpose": purpose})
        return [_to_event(row) for row in rows]

    def next_sequence(self, client_id: uuid.UUID, purpose: str) -> int:
        """1 + the highest sequence stored for the client and purpose: a new event orders after all of them."""
        highest = self._session.execute(_MAX_SEQUENCE, {"client_id": client_id.hex, "purpose": purpose}).scalar()
        return (highest or 0) + 1

    def expiring(self, purposes: Sequence[str], first_day: date, last_day: date, today: date, *,
                 after: tuple[date, uuid.UUID, str] | None = None, limit: int = 100) -> list[ExpiringGrant]:
        """Deciding grants of not-deleted clients ending between `first_day` and `last_day` (inclusive),
        soonest first, one keyset page after `after`."""
        after_until, after_client, after_purpose = after or (date.min, uuid.UUID(int=0), "")
        rows = self._session.execute(_EXPIRING, {
            "purposes": list(purposes), "first_day": first_day.isoformat(), "last_day": last_day.isoformat(),
            "today": today.isoformat(), "after_until": after_until.isoformat(), "after_client": after_client.hex,
            "after_purpose": after_purpose,
            "limit": limit,
        })
        return [ExpiringGrant(*row) for row in rows]

    def count_expiring(self, purposes: Sequence[str], first_day: date, last_day: date, today: date) -> int:
        return self._session.execute(_EXPIRING_COUNT, {
            "purposes": list(purposes), "first_day": first_day.isoformat(), "last_day": last_day.isoformat(),
            "today": today.isoformat(),
        }).scalar_one()


def event_values(event: ConsentEvent) -> dict[str, Any]:
    """The event as column values (also the outbox's `changes` and the bulk loader's rows)."""
    return {
        "id": event.id, "client_id": event.client_id, "purpose": event.purpose, "decision": event.decision.value,
        "valid_from": event.valid_from, "valid_until": event.valid_until, "channel": event.channel.value,
        "evidence": event.evidence.value, "text_version": event.text_version, "language": event.language,
        "guardian": event.guardian, "recorded_by": event.recorded_by, "recorded_at": event.recorded_at,
        "sequence": event.sequence,
    }


def events_values(events: Iterable[ConsentEvent]) -> list[dict[str, Any]]:
    return [event_values(event) for event in events]


def _to_event(row: Any) -> ConsentEvent:
    return ConsentEvent(
        id=row.id, client_id=row.client_id, purpose=row.purpose, decision=ConsentDecision(row.decision),
        valid_from=row.valid_from, valid_until=row.valid_until, channel=ConsentChannel(row.channel),
        evidence=ConsentEvidence(row.evidence), text_version=row.text_version, language=row.language,
        guardian=row.guardian, recorded_by=row.recorded_by, recorded_at=row.recorded_at, sequence=row.sequence,
    )
