"""Consent [suostumus]: append-only decisions per purpose, and the status per purpose derived from them.

A consent is never edited: granting, refusing and withdrawing are each a new `ConsentEvent`. What the card shows
is derived by `derive_status` — a pure function of a client's events and the day — so every workstation that
holds the same events shows the same status, whatever order the events arrived in and whatever its clock says.
The ordering rule and its reasons: docs/decisions/0007-consent-status.md.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from app.errors import ValidationError
from app.text import Text

EXPIRING_WITHIN_DAYS = 30  # consent.md: amber when a grant ends within 30 days
GUARDIAN_AGE = 15  # consent.md: a client under 15 cannot give a guardian-bound consent alone


class ConsentDecision(StrEnum):
    GRANTED = "granted"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class ConsentChannel(StrEnum):
    COUNTER = "counter"
    PHONE = "phone"
    OUTREACH = "outreach"
    DIGITAL = "digital"


class ConsentEvidence(StrEnum):
    VERBAL = "verbal"
    SIGNED = "signed"
    STRONG_E_IDENTIFICATION = "strong_e_identification"


class ConsentState(StrEnum):
    """What the card's badge says for one purpose. Only GRANTED and EXPIRING permit the purpose."""

    GRANTED = "granted"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    REFUSED = "refused"
    UNKNOWN = "unknown"


# When two events cannot be ordered by what their recorders had seen (same sequence: recorded concurrently,
# e.g. on an offline laptop and at the counter), the more privacy-protective decision wins.
_PRECEDENCE = {ConsentDecision.GRANTED: 0, ConsentDecision.REFUSED: 1, ConsentDecision.WITHDRAWN: 2}


@dataclass(frozen=True)
class ConsentEvent:
    """One recorded decision. `purpose` is a plain code: an event for a purpose this Neuvo does not know (from
    the CRM, or a purpose a city removed from its file) is kept as it is and shown as an unknown purpose.

    `sequence` orders a client's events for one purpose causally: a new event gets 1 + the highest sequence
    the recording workstation had for that client and purpose, so it comes after everything its recorder saw,
    whatever the clocks say (a Lamport clock; see docs/decisions/0007-consent-status.md).

    `valid_from`/`valid_until` are inclusive days; only a grant has a `valid_until` (None: until withdrawn).
    `guardian` is the name of the guardian who consented for a client under 15, else None.
    """

    id: uuid.UUID
    client_id: uuid.UUID
    purpose: str
    decision: ConsentDecision
    valid_from: date
    valid_until: date | None
    channel: ConsentChannel
    evidence: ConsentEvidence
    text_version: str
    language: str
    guardian: str | None
    recorded_by: uuid.UUID | None
    recorded_at: datetime
    sequence: int = 1

    def __post_init__(self) -> None:
        check_validity(self.valid_from, self.valid_until)

    @property
    def order_key(self) -> tuple[int, int, datetime, str]:
        """The total order of a client's events for one purpose: the last one decides the status."""
        return (self.sequence, _PRECEDENCE[self.decision], self.recorded_at, self.id.hex)


def check_validity(valid_from: date, valid_until: date | None) -> None:
    """Raises ValidationError when the validity ends before it starts."""
    if valid_until is not None and valid_until < valid_from:
        raise ValidationError(
            Text("The consent's validity ends (%1) before it starts (%2).", valid_until, valid_from),
            "Choose an end date on or after the start date, or leave the end empty.")


@dataclass(frozen=True)
class ConsentStatus:
    """The derived status of one purpose for one client, with the dates the badge shows.

    - `since`: the day the current state began (a grant's start, the day after it expired, the day a refusal
      or withdrawal took effect); None when UNKNOWN.
    - `valid_from`/`valid_until`: the deciding grant's validity (None for other states).
    - `days_left`: days from today to `valid_until` (0 on its last day) for GRANTED/EXPIRING with an end.
    - `known_purpose`: False for a purpose code not in the purposes file; such a status never permits
      anything, but is shown so that no recorded decision disappears from sight.
    - `decided_by`: the id of the event that decides the state.
    """

    purpose: str
    state: ConsentState
    since: date | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    days_left: int | None = None
    known_purpose: bool = True
    decided_by: uuid.UUID | None = None
    text_version: str | None = None

    @property
    def permits(self) -> bool:
        """True when the purpose may be acted on today."""
        return self.known_purpose and self.state in (ConsentState.GRANTED, ConsentState.EXPIRING)


def latest_event(events: Iterable[ConsentEvent]) -> ConsentEvent | None:
    """The deciding event among one purpose's events (the greatest `order_key`), or None."""
    return max(events, key=lambda event: event.order_key, default=None)


def derive_status(purpose: str, events: Iterable[ConsentEvent], today: date, *,
                  known_purpose: bool = True) -> ConsentStatus:
    """The status of `purpose` from the client's events (events for other purposes are ignored).

    The last event in `ConsentEvent.order_key` order decides: a grant is GRANTED, EXPIRING when it ends within
    EXPIRING_WITHIN_DAYS days (its last day included), EXPIRED after its `valid_until`; a refusal is REFUSED and
    a withdrawal WITHDRAWN from the day it is recorded, whether or not anything was granted before. A grant that
    starts after `today` (a CRM row, or a workstation whose calendar runs ahead) is not in effect: the events
    before it decide, and with none the status is UNKNOWN.
    """
    relevant = [event for event in events if event.purpose == purpose]
    in_effect = [event for event in relevant
                 if event.decision is not ConsentDecision.GRANTED or event.valid_from <= today]
    deciding = latest_event(in_effect)
    if deciding is None:
        return ConsentStatus(purpose, ConsentState.UNKNOWN, known_purpose=known_purpose)
    if deciding.decision is ConsentDecision.REFUSED:
        return ConsentStatus(purpose, ConsentState.REFUSED, since=deciding.valid_from, known_purpose=known_purpose,
                             decided_by=deciding.id, text_version=deciding.text_version)
    if deciding.decision is ConsentDecision.WITHDRAWN:
        return ConsentStatus(purpose, ConsentState.WITHDRAWN, since=deciding.valid_from,
                             known_purpose=known_purpose, decided_by=deciding.id,
                             text_version=deciding.text_version)
    until = deciding.valid_until
    if until is not None and until < today:
        state, days_left, since = ConsentState.EXPIRED, None, until + timedelta(days=1)
    else:
        days_left = None if until is None else (until - today).days
        state = ConsentState.EXPIRING if days_left is not None and days_left <= EXPIRING_WITHIN_DAYS \
            else ConsentState.GRANTED
        since = deciding.valid_from
    return ConsentStatus(purpose, state, since=since, valid_from=deciding.valid_from, valid_until=until,
                         days_left=days_left, known_purpose=known_purpose, decided_by=deciding.id,
                         text_version=deciding.text_version)


def derive_statuses(events: Iterable[ConsentEvent], known_purposes: Sequence[str],
                    today: date) -> list[ConsentStatus]:
    """One status per known purpose, in the given order, then one per unknown purpose code found among the
    events (sorted by code, so the list is the same whatever order the events came in)."""
    by_purpose: dict[str, list[ConsentEvent]] = {}
    for event in events:
        by_purpose.setdefault(event.purpose, []).append(event)
    known = set(known_purposes)
    statuses = [derive_status(code, by_purpose.get(code, ()), today) for code in known_purposes]
    statuses += [derive_status(code, by_purpose[code], today, known_purpose=False)
                 for code in sorted(by_purpose.keys() - known)]
    return statuses


def needs_guardian(birth_date: date | None, today: date) -> bool:
    """True for a client under GUARDIAN_AGE today. An unknown birth date counts as an adult: the adviser sees
    the person and the form says so; refusing every client without a birth date would stop the counter."""
    if birth_date is None:
        return False
    had_birthday = (today.month, today.day) >= (birth_date.month, birth_date.day)
    age = today.year - birth_date.year - (0 if had_birthday else 1)
    return age < GUARDIAN_AGE
