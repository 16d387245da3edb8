"""The situational picture [tilannekuva] for supervisors: needs and unmet needs by week, channel, service point or
event, area and age band; top needs, top signals, outcomes and trends — plain read models the window turns into
QtCharts series. Counts only: no function here returns or reaches a person.

    picture = situational_picture(workstation)                                   # the whole city, last 12 weeks
    picture = situational_picture(workstation, PictureFilter(dimension="channel", value="outreach"))  # drill down

The whole-city picture and a drill-down to one channel, place, area or age band read running tallies kept with
every saved encounter (fast at a million encounters; the drill-down then has no cross breakdowns, see
`cross_breakdowns`). A drill-down to one need (with the needs beneath it), or `use_tallies=False`, counts the
encounters themselves: exact and complete, but seconds at a million encounters — run it in a worker.
Only supervisors and administrators may look (require_supervisor), and every look is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from app.domain.audit import AuditAction
from app.domain.encounter import CITY_ZONE, AgeBand, EncounterChannel, EncounterOutcome, SignalKind, iso_week
from app.errors import ValidationError
from app.municipalities import municipality_name
from app.need_taxonomy import NeedTaxonomy
from app.store.situation_queries import Counts, Slice
from app.store.types import utc_now
from app.usecases.permissions import require_supervisor
from app.usecases.record_encounter import need_taxonomy
from app.workstation import Workstation

SITUATIONAL_PICTURE = "the situational picture"
DEFAULT_WEEKS = 12
TOP = 10


class Dimension(StrEnum):
    CHANNEL = "channel"
    PLACE = "place"  # a service point's id (hex) or "event:<name>"
    AREA = "area"  # a municipality code, "" when unknown
    AGE_BAND = "age_band"


@dataclass(frozen=True)
class PictureFilter:
    """What the supervisor looks at. Weeks are ISO weeks of the city ("2026-W48"), both ends included (default:
    the last 12 weeks up to this one). `dimension` + `value` narrows to one channel, place, area or age band;
    `need_code` to one need and the needs beneath it."""

    first_week: str | None = None
    last_week: str | None = None
    dimension: Dimension | None = None
    value: str | None = None
    need_code: str | None = None

    def describe(self) -> str:
        """For the audit reason: codes and weeks only."""
        parts = [f"weeks {self.first_week or '…'}–{self.last_week or '…'}"]
        if self.dimension is not None:
            parts.append(f"{self.dimension.value}={self.value or ''}")
        if self.need_code:
            parts.append(f"need={self.need_code}")
        return "; ".join(parts)


@dataclass(frozen=True)
class CountRow:
    """One bar: a channel, place, area, age band or outcome with its counts. `needs` counts need tags (an
    encounter with three needs counts three), `unmet` and `partly_met` those tags by status, `encounters` the
    encounters."""

    key: str
    label: str
    needs: int
    unmet: int
    partly_met: int
    encounters: int


@dataclass(frozen=True)
class WeekRow:
    week: str  # "2026-W48"
    monday: date
    needs: int
    unmet: int
    partly_met: int
    encounters: int
    signals: int


@dataclass(frozen=True)
class NeedRow:
    code: str
    label: str  # "unknown code X" for codes the taxonomy does not know
    top_level_code: str | None
    top_level_label: str | None
    needs: int
    unmet: int
    partly_met: int
    known: bool


@dataclass(frozen=True)
class SignalRow:
    kind: SignalKind
    signals: int
    mean_severity: float


@dataclass(frozen=True)
class TrendPoint:
    week: str
    monday: date
    needs: int
    unmet: int


@dataclass(frozen=True)
class TrendSeries:
    """One line of the trend chart: a need (from the top needs) with a point for every week of the range."""

    code: str
    label: str
    points: tuple[TrendPoint, ...]


@dataclass(frozen=True)
class SituationalPicture:
    filter: PictureFilter  # with the weeks filled in
    weeks: tuple[WeekRow, ...]  # every week of the range, oldest first, zeros included
    by_channel: tuple[CountRow, ...]
    by_place: tuple[CountRow, ...]
    by_area: tuple[CountRow, ...]
    by_age_band: tuple[CountRow, ...]
    outcomes: tuple[CountRow, ...]
    top_needs: tuple[NeedRow, ...]
    top_unmet: tuple[NeedRow, ...]
    top_signals: tuple[SignalRow, ...]
    trends: tuple[TrendSeries, ...]
    total_encounters: int
    total_needs: int
    total_unmet: int
    total_signals: int
    taxonomy_version: str
    from_tallies: bool  # True: read from the running tallies; False: counted from the encounters
    # False in a drill-down to one channel/place/area/age band read from the tallies: they count each dimension
    # on its own, so only the drilled dimension's own row is filled (pass use_tallies=False for the cross
    # breakdowns, counted from the encounters: seconds at a million encounters).
    cross_breakdowns: bool = True


def situational_picture(workstation: Workstation, picture_filter: PictureFilter | None = None, *,
                        language: str = "fi", top: int = TOP, today: date | None = None,
                        use_tallies: bool = True) -> SituationalPicture:
    """The picture for `picture_filter` (default: the whole city, the last 12 weeks). Raises PermissionDenied
    for an adviser who is not a supervisor or administrator, ValidationError for a malformed week or filter.
    `use_tallies=False` counts from the encounters even for the whole city (tests compare the two)."""
    require_supervisor(workstation.adviser, SITUATIONAL_PICTURE)
    flt = with_default_weeks(picture_filter or PictureFilter(), today or utc_now().astimezone(CITY_ZONE).date())
    taxonomy = need_taxonomy(workstation)
    need_codes = _need_codes(taxonomy, flt.need_code) if flt.need_code else None
    where = Slice(flt.first_week or "", flt.last_week or "", flt.dimension.value if flt.dimension else None,
                  flt.value, need_codes)
    tallies = use_tallies and where.in_tallies
    with workstation.unit_of_work() as uow:
        queries = uow.encounters.situation
        count = queries.tally_counts if tallies else queries.raw_counts

        def counts(fact: str, by: tuple[str, ...], codes=None) -> dict[tuple[str, ...], Counts]:
            # A need drill-down counts only the tags of those needs (and the encounters/signals carrying them).
            if fact == "need" and need_codes is not None:
                codes = need_codes if codes is None else set(codes) & need_codes
            return count(fact, by, where, codes)

        weekly = {fact: counts(fact, ("week",)) for fact in ("need", "encounter", "signal")}
        dimensions = {}
        for dimension in Dimension:
            needs = counts("need", (dimension.value,))
            encounters = counts("encounter", (dimension.value,))
            dimensions[dimension] = (needs, encounters)
        outcomes = counts("encounter", ("code",))
        per_need = counts("need", ("code",))
        per_signal = counts("signal", ("code",))
        top_codes = [code for (code,), _ in sorted(per_need.items(), key=lambda item: (-item[1][0], item[0]))][:top]
        trend = counts("need", ("code", "week"), top_codes) if top_codes else {}
        places = queries.place_names()
        uow.audit.record(AuditAction.VIEW_SITUATIONAL_PICTURE, None, None, flt.describe())
        uow.commit()

    week_list = _weeks(flt.first_week or "", flt.last_week or "")
    weeks = tuple(WeekRow(week, _monday(week), *_need_numbers(weekly["need"].get((week,))),
                          weekly["encounter"].get((week,), (0,))[0], weekly["signal"].get((week,), (0,))[0])
                  for week in week_list)
    rows = {dimension: _rows(dimension, needs, encounters, language, places)
            for dimension, (needs, encounters) in dimensions.items()}
    need_rows = [_need_row(taxonomy, code, numbers, language) for (code,), numbers in per_need.items()]
    trends = tuple(TrendSeries(code, taxonomy.label(code, language), tuple(
        TrendPoint(week, _monday(week), trend.get((code, week), (0, 0))[0], trend.get((code, week), (0, 0))[1])
        for week in week_list)) for code in top_codes)
    total_encounters = sum(n[0] for n in outcomes.values())
    return SituationalPicture(
        filter=flt, weeks=weeks,
        by_channel=rows[Dimension.CHANNEL], by_place=rows[Dimension.PLACE], by_area=rows[Dimension.AREA],
        by_age_band=rows[Dimension.AGE_BAND],
        outcomes=tuple(sorted((CountRow(code, code, 0, 0, 0, numbers[0]) for (code,), numbers in outcomes.items()),
                              key=lambda row: _outcome_order(row.key))),
        top_needs=tuple(sorted(need_rows, key=lambda r: (-r.needs, r.code))[:top]),
        top_unmet=tuple(r for r in sorted(need_rows, key=lambda r: (-r.unmet, r.code)) if r.unmet)[:top],
        top_signals=tuple(sorted((SignalRow(SignalKind(code), n[0], n[3] / n[0] if n[0] else 0.0)
                                  for (code,), n in per_signal.items()),
                                 key=lambda r: (-r.signals, r.kind.value))[:top]),
        trends=trends, total_encounters=total_encounters,
        total_needs=sum(n[0] for n in per_need.values()), total_unmet=sum(n[1] for n in per_need.values()),
        total_signals=sum(n[0] for n in per_signal.values()), taxonomy_version=taxonomy.version,
        from_tallies=tallies, cross_breakdowns=not (tallies and where.dimension is not None),
    )


# --- weeks ---------------------------------------------------------------------------------------------------

def week_of(day: date) -> str:
    """The ISO week of a day, "2026-W48"."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_of_moment(moment: datetime) -> str:
    return iso_week(moment)


def _monday(week: str) -> date:
    return date.fromisocalendar(int(week[:4]), int(week[6:]), 1)


def _weeks(first: str, last: str) -> list[str]:
    weeks, day, end = [], _monday(first), _monday(last)
    while day <= end:
        weeks.append(week_of(day))
        day += timedelta(days=7)
    return weeks


def with_default_weeks(flt: PictureFilter, today: date) -> PictureFilter:
    """The filter with its weeks filled in (the last 12 up to `today`'s) and checked."""
    last = flt.last_week or week_of(today)
    first = flt.first_week or week_of(_monday(last) - timedelta(weeks=DEFAULT_WEEKS - 1))
    for week in (first, last):
        try:
            _monday(week)
            valid = len(week) == 8 and week[4:6] == "-W"
        except ValueError:
            valid = False
        if not valid:
            raise ValidationError(f"“{week[:12]}” is not an ISO week such as 2026-W48.", "Choose the weeks again.")
    if first > last:
        raise ValidationError("The first week is after the last week.", "Choose the weeks again.")
    if (flt.dimension is None) != (flt.value is None):
        raise ValidationError("A drill-down needs both a dimension and its value.", "Choose a bar to drill into.")
    return PictureFilter(first, last, flt.dimension, flt.value, flt.need_code)


# --- rows ----------------------------------------------------------------------------------------------------

def _need_codes(taxonomy: NeedTaxonomy, code: str) -> frozenset[str]:
    """The need and every need beneath it (an unknown code is just itself)."""
    codes, frontier = {code}, [code]
    while frontier:
        children = [need.code for need in taxonomy.children(frontier.pop())]
        codes.update(children)
        frontier.extend(children)
    return frozenset(codes)


def _need_numbers(numbers: Counts | None) -> tuple[int, int, int]:
    return (numbers[0], numbers[1], numbers[2]) if numbers else (0, 0, 0)


def _rows(dimension: Dimension, needs: dict, encounters: dict, language: str,
          places: dict[str, str]) -> tuple[CountRow, ...]:
    keys = {key[0] for key in needs} | {key[0] for key in encounters}
    rows = [CountRow(key, _label(dimension, key, language, places), *_need_numbers(needs.get((key,))),
                     encounters.get((key,), (0,))[0]) for key in keys]
    if dimension in (Dimension.CHANNEL, Dimension.AGE_BAND):
        order = [m.value for m in (EncounterChannel if dimension is Dimension.CHANNEL else AgeBand)]
        return tuple(sorted(rows, key=lambda r: order.index(r.key) if r.key in order else len(order)))
    return tuple(sorted(rows, key=lambda r: (-r.needs, -r.encounters, r.key)))


def _label(dimension: Dimension, key: str, language: str, places: dict[str, str]) -> str:
    if dimension is Dimension.PLACE:
        if key.startswith("event:"):
            return key[len("event:"):]
        return places.get(key, key)
    if dimension is Dimension.AREA:
        return municipality_name(key, language) or "" if key else ""
    return key  # channels and age bands: the window translates the code


def _need_row(taxonomy: NeedTaxonomy, code: str, numbers: Counts, language: str) -> NeedRow:
    top = taxonomy.top_level(code)
    return NeedRow(code, taxonomy.label(code, language), top.code if top else None,
                   top.label.get(language) if top else None, numbers[0], numbers[1], numbers[2], code in taxonomy)


def _outcome_order(key: str) -> int:
    order = [m.value for m in EncounterOutcome]
    return order.index(key) if key in order else len(order)
