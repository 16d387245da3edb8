"""When a service can be reached: its channels' days ahead for the details view, and one state per service for
the result list ("open now", "opens at 12:00"), both from the same opening-hours rules (app/domain/opening_hours).

Only visiting and phone channels count for a service's state: an online service is "open" around the clock and
would hide whether anyone can be met or called.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.domain.opening_hours import HELSINKI, OpeningHours, OpenState, OpenStatus, TimeRange, open_state
from app.domain.service import ChannelKind
from app.workstation import Workstation

STAFFED_KINDS = (ChannelKind.VISIT, ChannelKind.PHONE)


@dataclass(frozen=True)
class DayHours:
    day: date
    ranges: tuple[TimeRange, ...] | None  # None: nothing known about the day; (): closed
    exceptional: bool  # a holiday or exceptional entry replaces the regular hours
    is_today: bool


def days_ahead(hours: OpeningHours, at: datetime, days: int = 7) -> tuple[DayHours, ...]:
    """The coming days from today (Helsinki time) as they will really be, exceptions and holidays included."""
    today = at.astimezone(HELSINKI).date()
    ahead = []
    for offset in range(days):
        day = today + timedelta(days=offset)
        ahead.append(DayHours(day, hours.ranges_on(day), hours.exception_on(day) is not None, offset == 0))
    return tuple(ahead)


def best_state(states: Iterable[OpenState]) -> OpenState:
    """The state a client cares about across a service's channels: open somewhere now, else the earliest
    opening later today, else the earliest next opening; unknown only when no channel says anything."""
    known = [state for state in states if state.status is not OpenStatus.UNKNOWN]
    open_now = [state for state in known if state.is_open]
    if open_now:
        return max(open_now, key=lambda state: state.until or datetime.max.replace(tzinfo=UTC))
    for status in (OpenStatus.OPENS_LATER, OpenStatus.CLOSED_TODAY):
        candidates = [state for state in known if state.status is status]
        with_time = [state for state in candidates if state.opens_at is not None]
        if with_time:
            return min(with_time, key=lambda state: state.opens_at or datetime.max.replace(tzinfo=UTC))
        if candidates:
            return candidates[0]
    return OpenState(OpenStatus.UNKNOWN)


def opening_summaries(workstation: Workstation, ptv_ids: Sequence[str],
                      at: datetime | None = None) -> dict[str, OpenState]:
    """Per service, whether a visiting or phone channel is open at `at` (a page of results: one read each)."""
    at = at or datetime.now(UTC)
    with workstation.unit_of_work() as uow:
        search = uow.service_search
        rows = {}
        for ptv_id in ptv_ids:
            found = search.service(ptv_id)
            if found is not None:
                rows[found[0]] = ptv_id
        channels = search.channels_of(list(rows))
    summaries = {}
    for row_id, ptv_id in rows.items():
        states = [open_state(channel.hours, at) for channel in channels.get(row_id, ())
                  if channel.kind in STAFFED_KINDS]
        summaries[ptv_id] = best_state(states)
    return summaries
