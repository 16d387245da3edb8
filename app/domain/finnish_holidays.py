"""The dates of Finland's public holidays and eves, by the codes PTV uses for holiday hours (code list Holiday).

Moving holidays follow the law (Act on the Church Calendar / Finnish practice): Easter by the Gregorian
computus; Ascension Day 39 days after Easter Sunday; Whit Sunday 49 days after; Midsummer Eve the Friday between
19 and 25 June; All Saints' Day the Saturday between 31 October and 6 November.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache


def easter_sunday(year: int) -> date:
    """Gregorian Easter (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _weekday_between(year: int, month: int, first_day: int, weekday: int) -> date:
    day = date(year, month, first_day)
    return day + timedelta(days=(weekday - day.weekday()) % 7)


@cache
def holidays_of(year: int) -> dict[str, date]:
    easter = easter_sunday(year)
    midsummer_eve = _weekday_between(year, 6, 19, 4)
    return {
        "NewYearDay": date(year, 1, 1),
        "Epiphany": date(year, 1, 6),
        "MaundyThursday": easter - timedelta(days=3),
        "GoodFriday": easter - timedelta(days=2),
        "EasterSunday": easter,
        "EasterMonday": easter + timedelta(days=1),
        "MayDayEve": date(year, 4, 30),
        "MayDay": date(year, 5, 1),
        "AscensionDay": easter + timedelta(days=39),
        "WhitSunday": easter + timedelta(days=49),
        "MidsummerEve": midsummer_eve,
        "MidsummerDay": midsummer_eve + timedelta(days=1),
        "AllSaintsDay": _weekday_between(year, 10, 31, 5),
        "IndependenceDay": date(year, 12, 6),
        "ChristmasEve": date(year, 12, 24),
        "ChristmasDay": date(year, 12, 25),
        "SecondDayOfChristmas": date(year, 12, 26),
        "NewYearEve": date(year, 12, 31),
    }


def holiday_dates(code: str, year: int) -> frozenset[date]:
    """The day(s) the holiday `code` falls on in `year`; empty for a code this Neuvo does not know."""
    day = holidays_of(year).get(code)
    return frozenset((day,)) if day else frozenset()
