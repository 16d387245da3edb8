"""The service search's states and reasons in the adviser's words (Qt-translated), never by colour alone."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.opening_hours import HELSINKI, OpenState, OpenStatus
from ui.client_list_model import language_name
from ui.locale_format import clock_time, day_and_month


def _tr(text: str) -> str:
    # The unnamed context is the one lupdate gives `_tr` calls (see scripts/update-translations).
    return QCoreApplication.translate("", text)


def clock(moment: datetime) -> str:
    # Opening hours are Helsinki's wall clock, whatever the workstation's time zone.
    return clock_time(moment.astimezone(HELSINKI).time())


def open_state_text(state: OpenState, now: datetime | None = None) -> str:
    """"Open now until 16:00", "Opens at 12:00", "Closed today · opens Mon 8:00"; empty when nothing is known."""
    if state.status is OpenStatus.OPEN:
        if state.until is None:
            return _tr("Open now")
        return _tr("Open now until %1").replace("%1", clock(state.until))
    if state.status is OpenStatus.OPENS_LATER and state.opens_at is not None:
        return _tr("Opens at %1").replace("%1", clock(state.opens_at))
    if state.status is OpenStatus.CLOSED_TODAY:
        if state.opens_at is None:
            return _tr("Closed")
        local = state.opens_at.astimezone(HELSINKI)
        return _tr("Closed now · opens %1 %2").replace("%1", weekday_name(local.weekday(), short=True)) \
            .replace("%2", f"{day_and_month(local.date())} {clock(local)}")
    return ""


def weekday_name(weekday: int, *, short: bool = False) -> str:
    long_names = (_tr("Monday"), _tr("Tuesday"), _tr("Wednesday"), _tr("Thursday"), _tr("Friday"),
                  _tr("Saturday"), _tr("Sunday"))
    short_names = (_tr("Mon"), _tr("Tue"), _tr("Wed"), _tr("Thu"), _tr("Fri"), _tr("Sat"), _tr("Sun"))
    return (short_names if short else long_names)[weekday]


# Marked for the translation tools; translated when shown.
_WHY = {
    "all words": QT_TRANSLATE_NOOP("ServiceMatch", "all words"),
    "some words": QT_TRANSLATE_NOOP("ServiceMatch", "some of the words"),
    "substring": QT_TRANSLATE_NOOP("ServiceMatch", "word beginnings"),
    "filters": QT_TRANSLATE_NOOP("ServiceMatch", "filters"),
    "name": QT_TRANSLATE_NOOP("ServiceMatch", "in the name"),
    "terms or description": QT_TRANSLATE_NOOP("ServiceMatch", "in the description"),
    "nationwide": QT_TRANSLATE_NOOP("ServiceMatch", "nationwide"),
    "in client's municipality": QT_TRANSLATE_NOOP("ServiceMatch", "in the client's municipality"),
    "open now": QT_TRANSLATE_NOOP("ServiceMatch", "open now"),
}


def why_text(why: tuple[str, ...]) -> str:
    """The reasons a service matched, joined: "all words · in the name · given in Swedish"."""
    parts = []
    for reason in why:
        if reason in _WHY:
            parts.append(QCoreApplication.translate("ServiceMatch", _WHY[reason]))
        elif reason.startswith("given in "):
            parts.append(QCoreApplication.translate("ServiceMatch", "given in %1")
                         .replace("%1", language_name(reason[9:])))
        else:
            parts.append(reason)
    return " · ".join(parts)
