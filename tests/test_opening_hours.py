"""Open now / opens at / closed today, across exceptions, holidays, midnight and daylight saving."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from app.domain.finnish_holidays import easter_sunday, holidays_of
from app.domain.opening_hours import (
    HELSINKI,
    ExceptionalHours,
    HolidayHours,
    OpeningHours,
    OpenStatus,
    TimeRange,
    WeeklyHours,
    open_state,
)
from app.ptv.records import read_opening_hours

OFFICE = WeeklyHours({day: (TimeRange(time(8), time(16)),) for day in range(5)})
NIGHT_SHIFT = WeeklyHours({4: (TimeRange(time(22), time(2)),)})  # Friday 22:00 – Saturday 02:00


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=HELSINKI)


@pytest.mark.parametrize(("hours", "moment", "status", "hint"), [
    (OpeningHours((OFFICE,)), "2026-11-25T10:00", OpenStatus.OPEN, "16:00"),  # Wednesday
    (OpeningHours((OFFICE,)), "2026-11-25T07:00", OpenStatus.OPENS_LATER, "08:00"),
    (OpeningHours((OFFICE,)), "2026-11-25T16:00", OpenStatus.CLOSED_TODAY, "2026-11-26T08:00"),
    (OpeningHours((OFFICE,)), "2026-11-28T12:00", OpenStatus.CLOSED_TODAY, "2026-11-30T08:00"),  # Saturday
    # Over midnight: Saturday 01:00 is still Friday's night shift.
    (OpeningHours((NIGHT_SHIFT,)), "2026-11-28T01:00", OpenStatus.OPEN, "02:00"),
    (OpeningHours((NIGHT_SHIFT,)), "2026-11-28T03:00", OpenStatus.CLOSED_TODAY, "2026-12-04T22:00"),
    (OpeningHours((NIGHT_SHIFT,)), "2026-11-27T23:30", OpenStatus.OPEN, "02:00"),
    # An exceptional closure replaces the regular hours of those days.
    (OpeningHours((OFFICE,), (ExceptionalHours(date(2026, 11, 25), date(2026, 11, 26), closed=True),)),
     "2026-11-25T10:00", OpenStatus.CLOSED_TODAY, "2026-11-27T08:00"),
    # Exceptional shorter hours.
    (OpeningHours((OFFICE,), (ExceptionalHours(date(2026, 11, 25), date(2026, 11, 25), False,
                                               (TimeRange(time(10), time(12)),)),)),
     "2026-11-25T13:00", OpenStatus.CLOSED_TODAY, "2026-11-26T08:00"),
    # Independence Day (6 Dec 2027 is a Monday), closed by holiday hours.
    (OpeningHours((OFFICE,), holidays=(HolidayHours("IndependenceDay", closed=True),)),
     "2027-12-06T10:00", OpenStatus.CLOSED_TODAY, "2027-12-07T08:00"),
    # Christmas Eve shorter hours.
    (OpeningHours((OFFICE,), holidays=(HolidayHours("ChristmasEve", False, (TimeRange(time(9), time(12)),)),)),
     "2026-12-24T11:00", OpenStatus.OPEN, "12:00"),
    # Summer hours (a period) override the normal hours.
    (OpeningHours((OFFICE, WeeklyHours({2: (TimeRange(time(9), time(13)),)}, date(2026, 6, 1), date(2026, 8, 31)))),
     "2026-07-01T14:00", OpenStatus.CLOSED_TODAY, "2026-07-08T09:00"),
    (OpeningHours(always_open=True), "2026-11-25T03:00", OpenStatus.OPEN, ""),
    (OpeningHours(), "2026-11-25T10:00", OpenStatus.UNKNOWN, ""),
])
def test_open_state(hours, moment, status, hint):
    state = open_state(hours, at(moment))
    assert state.status is status
    shown = state.until or state.opens_at
    if hint:
        assert (shown is not None and shown.isoformat().startswith(hint)) or shown.strftime("%H:%M") == hint


def test_daylight_saving_spring_forward_night():
    """29 March 2026 03:00 → 04:00 in Helsinki: a 22–06 night shift is open at 04:30 local time."""
    hours = OpeningHours((WeeklyHours({5: (TimeRange(time(22), time(6)),)}),))
    assert open_state(hours, datetime(2026, 3, 29, 4, 30, tzinfo=HELSINKI)).is_open
    assert not open_state(hours, datetime(2026, 3, 29, 6, 30, tzinfo=HELSINKI)).is_open
    # A UTC instant is read in Helsinki time: 01:30 UTC is 04:30 EEST.
    assert open_state(hours, datetime.fromisoformat("2026-03-29T01:30:00+00:00")).is_open


def test_whole_day_range_and_next_day_continuation():
    hours = OpeningHours((WeeklyHours({0: (TimeRange(time(0), time(0)),), 1: (TimeRange(time(0), time(6)),)}),))
    state = open_state(hours, at("2026-11-23T12:00"))  # Monday
    assert state.is_open
    assert state.until == at("2026-11-24T06:00")


def test_holiday_dates():
    assert easter_sunday(2026) == date(2026, 4, 5)
    assert holidays_of(2026)["MidsummerEve"] == date(2026, 6, 19)
    assert holidays_of(2026)["AllSaintsDay"] == date(2026, 10, 31)
    assert holidays_of(2025)["AscensionDay"] == date(2025, 5, 29)


def test_ptv_hours_with_bad_entries_keep_the_good_ones():
    problems: list[str] = []
    hours = read_opening_hours([
        {"serviceHourType": "DaysOfTheWeek", "openingHour": [{"dayFrom": "Monday", "from": "08:00:00", "to": "16:00"}]},
        {"serviceHourType": "DaysOfTheWeek", "openingHour": [{"dayFrom": "Moonday", "from": "08:00", "to": "9"}]},
        {"serviceHourType": "DaysOfTheWeek", "openingHour": [{"dayFrom": "Tuesday", "from": "", "to": ""}]},
        {"serviceHourType": "Exceptional", "validFrom": "2026-12-24T00:00:00", "validTo": "2026-12-26T00:00:00",
         "isClosed": True, "openingHour": []},
        {"serviceHourType": "Exceptional", "validFrom": None, "isClosed": False,
         "additionalInformation": [{"language": "fi", "value": "2.5. - 31.8.2018"}], "openingHour": []},
        "nonsense",
    ], problems=problems, owner="channel x")
    assert len(hours.regular) == 1
    assert hours.regular[0].days[0][0].opens == time(8)
    assert hours.exceptions[0].closed
    assert hours.exceptions[0].last_day == date(2026, 12, 26)
    assert hours.notes["fi"] == "2.5. - 31.8.2018"
    assert len(problems) == 2
    assert open_state(hours, at("2026-12-28T10:00")).is_open
