"""Dates, times and numbers as the window's language writes them: 27.11.2026 and 9.05 in Finnish and Swedish,
27/11/2026 and 09:05 in English, 1 234 against 1,234. Years always have four digits.

The locale is the one install_ui_language set (ui/ui_language.py). Until a language is installed (tests,
command-line tools) the window speaks the English of the code, so it is read as English too, not in whatever
locale the machine happens to have.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from ui.ui_language import DEFAULT_UI_LANGUAGE, NUMBER_LOCALES, UI_LANGUAGE_PROPERTY

_SHORT = QLocale.FormatType.ShortFormat


def _locale() -> QLocale:
    application = QCoreApplication.instance()
    if application is not None and application.property(UI_LANGUAGE_PROPERTY) is not None:
        return QLocale()
    return QLocale(NUMBER_LOCALES[DEFAULT_UI_LANGUAGE])


def _local(moment: datetime) -> datetime:
    # Stored moments are aware (UTC); the adviser reads them on the workstation's clock.
    return moment.astimezone() if moment.tzinfo is not None else moment


def _date_format(locale: QLocale) -> str:
    # Some locales' short form has a two-digit year (en_US: M/d/yy); a birth date needs all four.
    short = locale.dateFormat(_SHORT)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def short_date(day: date | None) -> str:
    """27.11.2026 (fi, sv), 27/11/2026 (en); empty for no date."""
    if day is None:
        return ""
    locale = _locale()
    return locale.toString(QDate(day.year, day.month, day.day), _date_format(locale))


def date_edit_format() -> str:
    """A QDateEdit's display format: the short date with two-digit days and months (dd.MM.yyyy, dd/MM/yyyy), so
    that each section keeps its place while the adviser steps through it."""
    short = _date_format(_locale())
    return re.sub(r"(?<!M)M(?!M)", "MM", re.sub(r"(?<!d)d(?!d)", "dd", short))


def day_and_month(day: date) -> str:
    """The date without its year, for ranges within a year: 23.11. (fi, sv), 23/11 (en)."""
    locale = _locale()
    short = _date_format(locale)
    # The year is at one end of the short forms of these locales, with its separator next to it.
    without_year = short.replace("yyyy", "").strip("./- ")
    if short.endswith("yyyy") and short[-5] == ".":
        without_year += "."  # 23.11. — a Finnish or Swedish date without its year keeps the final dot
    return locale.toString(QDate(day.year, day.month, day.day), without_year)


def time_of_day(moment: datetime) -> str:
    """9.05 (fi, sv), 09:05 (en), in local time."""
    return clock_time(_local(moment).time())


def clock_time(wall_clock: time) -> str:
    """A time on the wall clock, as it is (opening hours): 9.05 (fi, sv), 09:05 (en)."""
    return _locale().toString(QTime(wall_clock.hour, wall_clock.minute), _SHORT)


def end_of_day() -> str:
    """Midnight at the end of a day, which QTime cannot hold: 24.00 (fi, sv), 24:00 (en)."""
    midnight = clock_time(time(0))
    return "24" + midnight.removeprefix("00" if midnight.startswith("00") else "0")


def time_with_seconds(moment: datetime) -> str:
    """9.05.07 (fi), 09:05:07 (en), in local time: where seconds tell events apart."""
    local = _local(moment)
    locale = _locale()
    return locale.toString(QTime(local.hour, local.minute, local.second), _time_with_seconds_format(locale))


def date_time(moment: datetime) -> str:
    """27.11.2026 9.05 (fi, sv), 27/11/2026 09:05 (en), in local time."""
    return f"{short_date(_local(moment).date())} {time_of_day(moment)}"


def date_time_seconds(moment: datetime) -> str:
    """27.11.2026 9.05.07 (fi), 27/11/2026 09:05:07 (en), in local time: for logs, where seconds matter."""
    return f"{short_date(_local(moment).date())} {time_with_seconds(moment)}"


def whole_number(number: int) -> str:
    """1 234 (fi, sv), 1,234 (en)."""
    return _locale().toString(number)


def decimal(number: float, places: int) -> str:
    """1 234,5 (fi, sv), 1,234.5 (en), with `places` decimals."""
    return _locale().toString(float(number), "f", places)


def _time_with_seconds_format(locale: QLocale) -> str:
    # The short form with seconds after the minutes, so that 9.05 becomes 9.05.07 (the long form would add the
    # time zone's name, and in sv_FI a leading zero the short form does not have).
    short = locale.timeFormat(_SHORT)
    minutes = short.find("mm")
    if "ss" in short or minutes < 1:
        return short
    return f"{short[:minutes + 2]}{short[minutes - 1]}ss{short[minutes + 2:]}"
