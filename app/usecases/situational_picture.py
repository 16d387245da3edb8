"""The situational picture [tilannekuva] for supervisors: needs and unmet needs by week, channel, service point or
event, area and age band; top needs, top signals, outcomes and trends — plain read models the window turns into
QtCharts series. Counts only: no function here returns or reaches a person.

    picture = situational_picture(workstation)                                   # the whole city, last 12 weeks
    picture = situational_picture(workstation, PictureFilter(dimension="channel", value="outreach"))  # drill down

The whole city, one value of one dimension (channel, place, area or age band) with the others broken down, two
values at once, and one need (with the needs beneath it) read running tallies kept with every saved encounter:
well under a second at a million encounters, and equal to counting the encounters. Three or more values, or a need
within a value, and `use_tallies=False`, count the encounters themselves in one pass per fact: exact, but seconds
at a million encounters — the window runs every picture in a worker. The need tallies follow the taxonomy's
structure; after a city changes it, the first need picture (or `refresh_need_tallies`) rebuilds them.
Only supervisors and administrators may look (require_supervisor), and every look is audited.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from app.domain.audit import AuditAction
from app.domain.encounter import CITY_ZONE, AgeBand, EncounterChannel, EncounterOutcome, SignalKind, iso_week
from app.errors import ValidationError
from app.municipalities import municipality_name
from app.need_taxonomy import NeedTaxonomy
from app.store.situation_queries import Counts, Slice, combination_project, in_pair_tallies, project
from app.store.types import utc_now
from app.text import Text
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
    the last 12 weeks up to this one). `dimension` + `value` narrows to one channel, place, area or age band,
    `also` further to values of other dimensions (see `narrowed_to`); `need_code` to one need and the needs
    beneath it."""

    first_week: str | None = None
    last_week: str | None = None
    dimension: Dimension | None = None
    value: str | None = None
    need_code: str | None = None
    also: tuple[tuple[Dimension, str], ...] = ()

    @classmethod
    def narrowed_to(cls, first_week: str | None, last_week: str | None,
                    values: Mapping[Dimension, str] | None = None, need_code: str | None = None) -> PictureFilter:
        """A filter with any number of dimension values (the window's filter bar)."""
        pairs = tuple((values or {}).items())
        if not pairs:
            return cls(first_week, last_week, need_code=need_code)
        (dimension, value), *rest = pairs
        return cls(first_week, last_week, dimension, value, need_code, tuple(rest))

    @property
    def values(self) -> dict[Dimension, str]:
        """Every dimension value narrowed to."""
        first = {self.dimension: self.value or ""} if self.dimension is not None else {}
        return first | dict(self.also)

    def describe(self) -> str:
        """For the audit reason: codes and weeks only."""
        parts = [f"weeks {self.first_week or '…'}–{self.last_week or '…'}"]
        parts.extend(f"{dimension.value}={value}" for dimension, value in self.values.items())
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
    from_tallies: bool  # True: all read from the running tallies; False: some or all counted from the encounters
    cross_breakdowns: bool = True  # every dimension is broken down (always, since the cross tallies)


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
                  flt.value, need_codes, tuple((dimension.value, value) for dimension, value in flt.also))
    without_need = Slice(where.first_week, where.last_week, where.dimension, where.value, None, where.also)
    source = _source(where, use_tallies)
    cubes: dict[str, dict[tuple[str, ...], Counts]] = {}  # per fact, or "combinations"
    with workstation.unit_of_work() as uow:
        queries = uow.encounters.situation
        if source is Source.NEED_TALLIES:
            parents = need_parents(taxonomy)
            if not queries.need_tallies_current(parents):
                # The taxonomy's structure changed (or the tallies were never built): rebuilt once, here in the
                # worker, so that every later need picture is fast again.
                queries.rebuild_need_tallies(parents)

        def counts(fact: str, by: tuple[str, ...], codes=None) -> dict[tuple[str, ...], Counts]:
            # A need drill-down counts only the tags of those needs (and the encounters/signals carrying them).
            if fact == "need" and need_codes is not None:
                codes = need_codes if codes is None else set(codes) & need_codes
            if source is Source.TALLIES or (source is Source.NEED_TALLIES and fact == "need"):
                return queries.tally_counts(fact, by, without_need, codes)
            if source is Source.NEED_TALLIES:
                return queries.need_tally_counts(fact, by, where, flt.need_code or "")
            if source is Source.PAIR_TALLIES:
                if by[0] not in ("week", "code"):
                    if "combinations" not in cubes:
                        cubes["combinations"] = queries.combination_cube(where)
                    return combination_project(cubes["combinations"], fact, by[0])
                return queries.pair_counts(fact, by, where, codes)
            if fact not in cubes:
                cubes[fact] = queries.raw_cube(fact, where, need_codes if fact == "need" else None)
            return project(cubes[fact], by, codes)

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
        from_tallies=source is not Source.COUNTED,
    )


class Source(StrEnum):
    """Where a picture's numbers come from (all exact; the counted one takes seconds at a million encounters)."""

    TALLIES = "tallies"  # the whole city or one value of one dimension
    NEED_TALLIES = "need_tallies"  # one need (and those beneath it), the whole city
    PAIR_TALLIES = "pair_tallies"  # two values of two dimensions
    COUNTED = "counted"  # anything else: counted from the encounters in one pass per fact


def _source(where: Slice, use_tallies: bool) -> Source:
    if not use_tallies:
        return Source.COUNTED
    if where.need_codes is None and where.in_tallies:
        return Source.TALLIES
    if where.need_codes is not None and not where.narrowed:
        return Source.NEED_TALLIES
    if in_pair_tallies(where):
        return Source.PAIR_TALLIES
    return Source.COUNTED


def counts_the_encounters(picture_filter: PictureFilter) -> bool:
    """The picture for this filter is counted from the encounters (seconds at a million): a need within a value,
    or three or more values. Everything else reads the tallies (the first need picture after a taxonomy change
    also rebuilds them)."""
    values = len(picture_filter.values)
    return (picture_filter.need_code is not None and values > 0) or values > 2


def need_parents(taxonomy: NeedTaxonomy) -> dict[str, str | None]:
    """Each need code → its parent's code: the structure the need tallies are built with."""
    return {need.code: need.parent for need in taxonomy.needs}


def refresh_need_tallies(workstation: Workstation) -> bool:
    """Rebuild the need tallies if the taxonomy in force has another parent structure than the one they were built
    with (a city moved or added needs). Seconds to a minute at a million encounters: call it in a worker, e.g.
    at start; otherwise the first need picture does it. Returns whether it rebuilt. Derived counts only: not
    audited (no person is looked at)."""
    parents = need_parents(need_taxonomy(workstation))
    with workstation.unit_of_work() as uow:
        if uow.encounters.situation.need_tallies_current(parents):
            return False
        uow.encounters.situation.rebuild_need_tallies(parents)
        uow.commit()
    return True


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
            raise ValidationError(Text("“%1” is not an ISO week such as 2026-W48.", week[:12]),
                                  "Choose the weeks again.")
    if first > last:
        raise ValidationError("The first week is after the last week.", "Choose the weeks again.")
    if (flt.dimension is None) != (flt.value is None) or (flt.also and flt.dimension is None):
        raise ValidationError("A drill-down needs both a dimension and its value.", "Choose a bar to drill into.")
    if len(flt.values) != len(flt.also) + (flt.dimension is not None):
        raise ValidationError("A drill-down names one dimension twice.", "Choose one value per dimension.")
    return PictureFilter(first, last, flt.dimension, flt.value, flt.need_code, flt.also)


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


# --- the needs a supervisor can narrow to ---------------------------------------------------------------------

@dataclass(frozen=True)
class NeedChoice:
    code: str
    label: str
    depth: int  # 0 for a top level (a PTV service class or life event)


def need_choices(workstation: Workstation, language: str = "fi") -> list[NeedChoice]:
    """Every need of the taxonomy in force, each top level followed by the needs beneath it (for the filter)."""
    taxonomy = need_taxonomy(workstation)
    choices: list[NeedChoice] = []

    def walk(parent: str | None, depth: int) -> None:
        for need in taxonomy.children(parent):
            choices.append(NeedChoice(need.code, taxonomy.label(need.code, language), depth))
            walk(need.code, depth + 1)

    walk(None, 0)
    return choices
