"""Opening hours of a service channel [aukioloajat] and whether it is open at a given moment.

PTV gives a channel regular weekly hours (possibly valid only for a period, e.g. summer hours), exceptional hours
for a date range (closed, or open at other times) and, in newer API versions, hours for named public holidays.
The rule when they overlap, as PTV's own web front end applies it: a holiday or exceptional entry covering the
day replaces the regular hours of that whole day; among regular hours, one valid for a limited period beats the
open-ended "normal" hours. A range that closes at or before it opens runs over midnight into the next day
(22:00–02:00); 00:00–00:00 is the whole day.

Everything is computed in Finland's time zone (Europe/Helsinki) with zoneinfo, so a range across a daylight
saving change is as long as the clock on the wall says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.domain.finnish_holidays import holiday_dates

HELSINKI = ZoneInfo("Europe/Helsinki")
# How far ahead "opens at" looks before giving up (a channel closed for the summer opens in August).
LOOK_AHEAD_DAYS = 100


@dataclass(frozen=True)
class TimeRange:
    """Open from `opens` to `closes`; `closes <= opens` means the range ends on the next day."""

    opens: time
    closes: time

    @property
    def over_midnight(self) -> bool:
        return self.closes <= self.opens

    def on(self, day: date) -> tuple[datetime, datetime]:
        start = datetime.combine(day, self.opens, tzinfo=HELSINKI)
        end_day = day + timedelta(days=1) if self.over_midnight else day
        return start, datetime.combine(end_day, self.closes, tzinfo=HELSINKI)


@dataclass(frozen=True)
class WeeklyHours:
    """Regular hours by weekday (0 = Monday), valid from/to the given days (inclusive) or without end."""

    days: dict[int, tuple[TimeRange, ...]]
    valid_from: date | None = None
    valid_to: date | None = None
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def is_period(self) -> bool:
        return self.valid_from is not None or self.valid_to is not None

    def covers(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class ExceptionalHours:
    """Other hours (or closed) on the days from `first_day` to `last_day`, inclusive."""

    first_day: date
    last_day: date
    closed: bool
    ranges: tuple[TimeRange, ...] = ()
    notes: dict[str, str] = field(default_factory=dict)

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


@dataclass(frozen=True)
class HolidayHours:
    """Hours on a named public holiday (PTV holiday codes such as `ChristmasEve`), whatever year it is."""

    holiday: str
    closed: bool
    ranges: tuple[TimeRange, ...] = ()


@dataclass(frozen=True)
class OpeningHours:
    regular: tuple[WeeklyHours, ...] = ()
    exceptions: tuple[ExceptionalHours, ...] = ()
    holidays: tuple[HolidayHours, ...] = ()
    always_open: bool = False
    notes: dict[str, str] = field(default_factory=dict)  # free text PTV could not put into ranges, per language

    @property
    def known(self) -> bool:
        return self.always_open or bool(self.regular or self.exceptions or self.holidays)

    def ranges_on(self, day: date) -> tuple[TimeRange, ...] | None:
        """The ranges that start on `day` (None: nothing is known about that day)."""
        if self.always_open:
            return (TimeRange(time(0), time(0)),)
        for holiday in self.holidays:
            if day in holiday_dates(holiday.holiday, day.year):
                return () if holiday.closed else holiday.ranges
        for exception in self.exceptions:
            if exception.covers(day):
                return () if exception.closed else exception.ranges
        weekly = [hours for hours in self.regular if hours.covers(day)]
        if not weekly:
            return None
        # A period (summer hours) overrides the open-ended normal hours.
        chosen = next((hours for hours in weekly if hours.is_period), weekly[0])
        return chosen.days.get(day.weekday(), ())

    def exception_on(self, day: date) -> ExceptionalHours | HolidayHours | None:
        for holiday in self.holidays:
            if day in holiday_dates(holiday.holiday, day.year):
                return holiday
        return next((exception for exception in self.exceptions if exception.covers(day)), None)


class OpenStatus(StrEnum):
    OPEN = "open"  # open now, until `until`
    OPENS_LATER = "opens_later"  # closed now, opens at `opens_at` later today
    CLOSED_TODAY = "closed_today"  # no more opening today; `opens_at` is the next opening if known
    UNKNOWN = "unknown"  # no usable hours: show the notes instead


@dataclass(frozen=True)
class OpenState:
    status: OpenStatus
    until: datetime | None = None
    opens_at: datetime | None = None
    today: tuple[TimeRange, ...] = ()  # today's ranges, for highlighting
    exceptional_today: bool = False  # today's hours are not the regular ones (holiday, exception)

    @property
    def is_open(self) -> bool:
        return self.status is OpenStatus.OPEN


def open_state(hours: OpeningHours | None, at: datetime) -> OpenState:
    """Whether the channel is open at `at` (any aware datetime), until when, or when it opens next."""
    if hours is None or not hours.known:
        return OpenState(OpenStatus.UNKNOWN)
    now = at.astimezone(HELSINKI)
    today = now.date()
    today_ranges = hours.ranges_on(today)
    exceptional = hours.exception_on(today) is not None
    if hours.always_open:
        return OpenState(OpenStatus.OPEN, today=today_ranges or (), exceptional_today=exceptional)
    # Yesterday's over-midnight ranges may still be running (a Friday 22–02 shift on Saturday at 01:00).
    for day in (today - timedelta(days=1), today):
        for time_range in hours.ranges_on(day) or ():
            start, end = _span(time_range, day)
            if start <= now < end:
                return OpenState(OpenStatus.OPEN, until=_until(hours, day, end), today=today_ranges or (),
                                 exceptional_today=exceptional)
    next_opening = _next_opening(hours, now)
    if next_opening is not None and next_opening.date() == today:
        return OpenState(OpenStatus.OPENS_LATER, opens_at=next_opening, today=today_ranges or (),
                         exceptional_today=exceptional)
    if today_ranges is None and next_opening is None:
        return OpenState(OpenStatus.UNKNOWN)
    return OpenState(OpenStatus.CLOSED_TODAY, opens_at=next_opening, today=today_ranges or (),
                     exceptional_today=exceptional)


def _span(time_range: TimeRange, day: date) -> tuple[datetime, datetime]:
    # Both ends carry the Helsinki zone, so they compare by the clock on the wall, as opening hours are meant.
    return time_range.on(day)


def _until(hours: OpeningHours, day: date, end: datetime) -> datetime:
    """The closing time, following on into the next day when that day opens exactly at midnight."""
    for _ in range(7):
        next_day = end.date()
        if end.time() != time(0) or next_day == day:
            return end
        following = [r for r in hours.ranges_on(next_day) or () if r.opens == time(0)]
        if not following:
            return end
        _, end = _span(following[0], next_day)
        day = next_day
    return end


def _next_opening(hours: OpeningHours, now: datetime) -> datetime | None:
    for offset in range(LOOK_AHEAD_DAYS):
        day = now.date() + timedelta(days=offset)
        starts = sorted(_span(r, day)[0] for r in hours.ranges_on(day) or ())
        for start in starts:
            if start > now:
                return start
    return None
