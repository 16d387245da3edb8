"""The situational picture's counts, read either from the running tallies (the whole city or one value of one
dimension over a range of weeks, with the other dimensions broken down from the cross tallies: fast at millions
of encounters) or from the encounters themselves (any other filter; and the export, which needs distinct
persons). Counts only: no query here returns a client id, a name or a text.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from app.store.situation_cross_tallies import CROSSED
from app.store.situation_need_tallies import Parents, need_tallies_current, rebuild_need_tallies

# The column each dimension groups by on the encounters table ("all" is one group).
DIMENSION_COLUMNS: dict[str, str] = {
    "all": "''", "channel": "e.channel", "place": "e.place", "area": "COALESCE(e.municipality_code, '')",
    "age_band": "e.age_band", "week": "e.week",
    # The export's place: service points by id, every outreach event as one "event" (event names are typed
    # free text, which an export must not carry).
    "place_or_event": "CASE WHEN e.place LIKE 'event:%' THEN 'event' ELSE e.place END",
}
FACTS = ("need", "encounter", "signal")
# Per fact: the table joined to encounters, its code column, and count / unmet / partly met / severity sums.
_FACT_SQL = {
    "need": ("JOIN encounter_needs x ON x.encounter_id = e.id", "x.need_code",
             "count(*), sum(x.status = 'unmet'), sum(x.status = 'partly_met'), 0"),
    "encounter": ("", "e.outcome", "count(*), 0, 0, 0"),
    "signal": ("JOIN encounter_signals x ON x.encounter_id = e.id", "x.kind", "count(*), 0, 0, sum(x.severity)"),
}
# A person for k-anonymity: the client of a person-linked encounter; each anonymous encounter is its own person.
PERSON = "COALESCE(e.client_id, e.id)"


@dataclass(frozen=True)
class Slice:
    """Which encounters count: a week range (inclusive, "2026-W01"), optionally one value of one dimension
    and further values of other dimensions (`also`: all must hold), optionally only encounters tagged with one
    of `need_codes`."""

    first_week: str = "0000-W00"
    last_week: str = "9999-W99"
    dimension: str | None = None
    value: str | None = None
    need_codes: frozenset[str] | None = None
    also: tuple[tuple[str, str], ...] = ()

    @property
    def narrowed(self) -> tuple[tuple[str, str], ...]:
        """Every (dimension, value) condition of the slice."""
        first = ((self.dimension, self.value or ""),) if self.dimension is not None else ()
        return first + self.also

    @property
    def whole_city(self) -> bool:
        return not self.narrowed and self.need_codes is None

    @property
    def in_tallies(self) -> bool:
        """The tallies hold this slice: the whole city, or one value of one dimension, any weeks."""
        return self.need_codes is None and not self.also


Counts = tuple[int, int, int, int]  # count, unmet, partly_met, severity_sum


def tally_counts(session: Session, fact: str, by: tuple[str, ...], where: Slice,
                 codes: Collection[str] | None = None) -> dict[tuple[str, ...], Counts]:
    """Counts from situation_tallies for a slice they hold (`where.in_tallies`). `by` is a subset of ("week",
    "code") or one dimension name; `codes` limits the codes read. Within one value of a dimension, the need
    tags and encounters by another dimension come from the cross tallies (their codes are not kept there: a
    breakdown of signals or of some codes only is not available, an empty result)."""
    assert where.in_tallies
    value_filter = ""
    if len(by) == 1 and by[0] not in ("week", "code"):
        if where.dimension is not None and by[0] != where.dimension:
            if fact == "signal" or codes is not None:
                return {}
            return cross_tally_counts(session, fact, by[0], where)
        dimension, columns = by[0], "value"
        value_filter = "AND value = :value" if where.dimension is not None else ""
    else:
        dimension, columns = where.dimension or "all", ", ".join(by)
        value_filter = "AND value = :value" if where.dimension is not None else ""
    code_filter = "AND code IN :codes" if codes is not None else ""
    sql = text(f"""SELECT {columns}, sum(count), sum(unmet), sum(partly_met), sum(severity_sum)
                   FROM situation_tallies
                   WHERE fact = :fact AND dimension = :dimension AND week BETWEEN :first AND :last
                         {value_filter} {code_filter}
                   GROUP BY {columns}""")  # noqa: S608 (column names from the fixed lists above)
    params = {"fact": fact, "dimension": dimension, "first": where.first_week, "last": where.last_week,
              "value": where.value or ""}
    if codes is not None:
        sql = sql.bindparams(bindparam("codes", expanding=True))
        params["codes"] = sorted(codes)
    size = len(by)
    return {tuple(row[:size]): tuple(int(v or 0) for v in row[size:]) for row in session.execute(sql, params)}


def cross_tally_counts(session: Session, fact: str, by: str, where: Slice) -> dict[tuple[str, ...], Counts]:
    """Need tags or encounters of `where`'s one dimension value, by the values of dimension `by`."""
    sql = text("""SELECT by_value, sum(count), sum(unmet), sum(partly_met), 0
                  FROM situation_cross_tallies
                  WHERE fact = :fact AND dimension = :dimension AND value = :value AND by_dimension = :by
                        AND week BETWEEN :first AND :last
                  GROUP BY by_value""")
    params = {"fact": fact, "dimension": where.dimension, "value": where.value or "", "by": by,
              "first": where.first_week, "last": where.last_week}
    return {(row[0],): tuple(int(v or 0) for v in row[1:]) for row in session.execute(sql, params)}


# --- two values at once: the combination and pair tallies (app/store/situation_cross_tallies.py) ---------------

def in_pair_tallies(where: Slice) -> bool:
    """The pair tallies hold this slice: exactly two values of two dimensions, no need."""
    return where.need_codes is None and len(where.narrowed) == 2 and all(
        dimension in CROSSED for dimension, _ in where.narrowed)


def combination_cube(session: Session, where: Slice) -> dict[tuple[str, ...], tuple[int, int, int, int]]:
    """Per combination of channel, place, area and age band matching `where` (any number of values, no need), over
    its weeks: (encounters, need tags, unmet, partly met). One read of the combination tallies; the breakdowns
    are sums over it (`combination_project`)."""
    assert where.need_codes is None
    conditions = ["week BETWEEN :first AND :last"]
    params: dict[str, object] = {"first": where.first_week, "last": where.last_week}
    for position, (dimension, value) in enumerate(where.narrowed):
        conditions.append(f"{dimension} = :value{position}")
        params[f"value{position}"] = value
    sql = text(f"""SELECT channel, place, area, age_band, sum(encounters), sum(needs), sum(unmet), sum(partly_met)
                   FROM situation_combo_tallies WHERE {" AND ".join(conditions)}
                   GROUP BY channel, place, area, age_band""")  # noqa: S608 (names from the fixed lists above)
    return {tuple(row[:4]): (int(row[4]), int(row[5]), int(row[6]), int(row[7]))
            for row in session.execute(sql, params)}


def combination_project(cube: dict[tuple[str, ...], tuple[int, int, int, int]], fact: str,
                        by: str) -> dict[tuple[str, ...], Counts]:
    """Need tags (count, unmet, partly met) or encounters of a `combination_cube` by one dimension."""
    assert fact in ("need", "encounter")
    position = CROSSED.index(by)
    sums: dict[tuple[str, ...], list[int]] = {}
    for key, (encounters, needs, unmet, partly) in cube.items():
        numbers = (needs, unmet, partly) if fact == "need" else (encounters, 0, 0)
        if not numbers[0]:
            continue
        found = sums.setdefault((key[position],), [0, 0, 0])
        for index, number in enumerate(numbers):
            found[index] += number
    return {group: (n[0], n[1], n[2], 0) for group, n in sums.items()}


def pair_counts(session: Session, fact: str, by: tuple[str, ...], where: Slice,
                codes: Collection[str] | None = None) -> dict[tuple[str, ...], Counts]:
    """Counts of a slice the pair tallies hold (`in_pair_tallies`), by week and/or code."""
    assert in_pair_tallies(where)
    assert set(by) <= {"week", "code"}
    (dimension, value), (dimension2, value2) = sorted(where.narrowed, key=lambda pair: CROSSED.index(pair[0]))
    code_filter = "AND code IN :codes" if codes is not None else ""
    columns = ", ".join(by)
    sql = text(f"""SELECT {columns}, sum(count), sum(unmet), sum(partly_met), sum(severity_sum)
                   FROM situation_pair_tallies
                   WHERE fact = :fact AND dimension = :dimension AND value = :value AND dimension2 = :dimension2
                         AND value2 = :value2 AND week BETWEEN :first AND :last {code_filter}
                   GROUP BY {columns}""")  # noqa: S608
    params: dict[str, object] = {"fact": fact, "dimension": dimension, "value": value, "dimension2": dimension2,
                                 "value2": value2, "first": where.first_week, "last": where.last_week}
    if codes is not None:
        sql = sql.bindparams(bindparam("codes", expanding=True))
        params["codes"] = sorted(codes)
    size = len(by)
    return {tuple(row[:size]): tuple(int(v or 0) for v in row[size:]) for row in session.execute(sql, params)}


# --- one need: the need tallies (app/store/situation_need_tallies.py) --------------------------------------------

def need_tally_counts(session: Session, fact: str, by: tuple[str, ...], where: Slice,
                      need: str) -> dict[tuple[str, ...], Counts]:
    """The encounters (by week, outcome or one dimension) or signals (by week or kind) carrying `need` — the need
    or one beneath it in the structure the need tallies were built with — over `where`'s weeks (no values)."""
    assert fact in ("encounter", "signal")
    assert not where.narrowed
    assert fact == "encounter" or set(by) <= {"week", "code"}
    if len(by) == 1 and by[0] not in ("week", "code"):
        dimension, columns = by[0], "value"
    else:
        dimension, columns = "all", ", ".join(by)
    sql = text(f"""SELECT {columns}, sum(count), 0, 0, sum(severity_sum) FROM situation_need_tallies
                   WHERE need = :need AND fact = :fact AND dimension = :dimension
                         AND week BETWEEN :first AND :last
                   GROUP BY {columns}""")  # noqa: S608
    params = {"need": need, "fact": fact, "dimension": dimension, "first": where.first_week,
              "last": where.last_week}
    size = len(by)
    return {tuple(row[:size]): tuple(int(v or 0) for v in row[size:]) for row in session.execute(sql, params)
            if row[size]}


def raw_counts(session: Session, fact: str, by: tuple[str, ...], where: Slice,
               codes: Collection[str] | None = None) -> dict[tuple[str, ...], Counts]:
    """The same counts as `tally_counts`, read from the encounters (any slice)."""
    join, code_column, measures = _FACT_SQL[fact]
    groups = [code_column if name == "code" else DIMENSION_COLUMNS[name] for name in by]
    source, carrier = f"encounters e {join}", "e.id"
    if fact == "signal" and where.need_codes is not None:
        # Signals are a third as many as encounters: reading each one's encounter beats probing every encounter
        # of the weeks for signals (measured twice as fast for a need at a million encounters).
        source, carrier = "encounter_signals x CROSS JOIN encounters e ON x.encounter_id = e.id", "x.encounter_id"
    conditions, params = _conditions(where, carrier)
    if codes is not None:
        conditions.append(f"{code_column} IN :codes")
        params["codes"] = sorted(codes)
    sql = text(f"""SELECT {", ".join(groups)}, {measures} FROM {source}
                   WHERE {" AND ".join(conditions)} GROUP BY {", ".join(groups)}""")  # noqa: S608
    sql = _expanding(sql, params)
    size = len(by)
    return {tuple(row[:size]): tuple(int(v or 0) for v in row[size:]) for row in session.execute(sql, params)}


CUBE: tuple[str, ...] = ("week", "channel", "place", "area", "age_band", "code")


def raw_cube(session: Session, fact: str, where: Slice,
             codes: Collection[str] | None = None) -> dict[tuple[str, ...], Counts]:
    """The counts of `where` by every dimension at once (keys in `CUBE` order), in one pass over the encounters:
    the picture's breakdowns are then sums over it (`project`), instead of one scan each."""
    return raw_counts(session, fact, CUBE, where, codes)


def project(cube: dict[tuple[str, ...], Counts], by: tuple[str, ...],
            codes: Collection[str] | None = None) -> dict[tuple[str, ...], Counts]:
    """Sum a `raw_cube` down to the `by` names (a subset of `CUBE`), optionally only the cells of `codes`."""
    positions = [CUBE.index(name) for name in by]
    code_position = CUBE.index("code")
    wanted = None if codes is None else set(codes)
    sums: dict[tuple[str, ...], list[int]] = {}
    for key, numbers in cube.items():
        if wanted is not None and key[code_position] not in wanted:
            continue
        group = tuple(key[position] for position in positions)
        found = sums.get(group)
        if found is None:
            sums[group] = list(numbers)
        else:
            for index, number in enumerate(numbers):
                found[index] += number
    return {group: (n[0], n[1], n[2], n[3]) for group, n in sums.items()}


def person_counts(session: Session, fact: str, by: tuple[str, ...],
                  where: Slice) -> dict[tuple[str, ...], tuple[int, int, int, int]]:
    """For the export: per group, (distinct persons, count, distinct persons with an unmet need, unmet count).
    `by` may hold dimensions and "code"; an empty `by` is the grand total."""
    join, code_column, _ = _FACT_SQL[fact]
    groups = [code_column if name == "code" else DIMENSION_COLUMNS[name] for name in by]
    conditions, params = _conditions(where)
    unmet = "x.status = 'unmet'" if fact == "need" else "0"
    select = ", ".join([*groups, f"count(DISTINCT {PERSON})", "count(*)",
                        f"count(DISTINCT CASE WHEN {unmet} THEN {PERSON} END)", f"coalesce(sum({unmet}), 0)"])
    group_by = f"GROUP BY {', '.join(groups)}" if groups else ""
    statement = f"SELECT {select} FROM encounters e {join} WHERE {' AND '.join(conditions)} {group_by}"  # noqa: S608
    sql = _expanding(text(statement), params)
    size = len(by)
    return {tuple(row[:size]): tuple(int(v or 0) for v in row[size:]) for row in session.execute(sql, params)
            if row[size]}


def place_names(session: Session) -> dict[str, str]:
    """Service point id (hex, as stored in `place`) → name."""
    return {row[0].replace("-", ""): row[1]
            for row in session.execute(text("SELECT id, name FROM service_points"))}


def _conditions(where: Slice, carrier: str = "e.id") -> tuple[list[str], dict[str, object]]:
    """The WHERE conditions of `where`; `carrier` is the column holding the encounter id for a need filter."""
    conditions = ["e.week BETWEEN :first AND :last"]
    params: dict[str, object] = {"first": where.first_week, "last": where.last_week}
    for position, (dimension, value) in enumerate(where.narrowed):
        conditions.append(f"{DIMENSION_COLUMNS[dimension]} = :value{position}")
        params[f"value{position}"] = value
    if where.need_codes is not None:
        # The encounters carrying the need, read from ix_encounter_needs_code into a set that the scan of the
        # weeks probes. The unary + keeps SQLite from looking each id up in the encounters instead: random reads,
        # measured twice as slow at a million encounters (and EXISTS per encounter twenty times as slow).
        subquery = "SELECT f.encounter_id FROM encounter_needs f WHERE f.need_code IN :need_codes"
        conditions.append(f"+{carrier} IN ({subquery})")
        params["need_codes"] = sorted(where.need_codes)
    return conditions, params


def _expanding(sql, params: dict[str, object]):
    for name in ("codes", "need_codes"):
        if name in params:
            sql = sql.bindparams(bindparam(name, expanding=True))
    return sql


class SituationQueries:
    """The counts above, bound to a unit of work's session (`uow.encounters.situation`)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def tally_counts(self, fact: str, by: tuple[str, ...], where: Slice,
                     codes: Collection[str] | None = None) -> dict[tuple[str, ...], Counts]:
        return tally_counts(self._session, fact, by, where, codes)

    def raw_counts(self, fact: str, by: tuple[str, ...], where: Slice,
                   codes: Collection[str] | None = None) -> dict[tuple[str, ...], Counts]:
        return raw_counts(self._session, fact, by, where, codes)

    def combination_cube(self, where: Slice) -> dict[tuple[str, ...], tuple[int, int, int, int]]:
        return combination_cube(self._session, where)

    def pair_counts(self, fact: str, by: tuple[str, ...], where: Slice,
                    codes: Collection[str] | None = None) -> dict[tuple[str, ...], Counts]:
        return pair_counts(self._session, fact, by, where, codes)

    def need_tally_counts(self, fact: str, by: tuple[str, ...], where: Slice,
                          need: str) -> dict[tuple[str, ...], Counts]:
        return need_tally_counts(self._session, fact, by, where, need)

    def need_tallies_current(self, parents: Parents) -> bool:
        return need_tallies_current(self._session, parents)

    def rebuild_need_tallies(self, parents: Parents) -> int:
        return rebuild_need_tallies(self._session, parents)

    def raw_cube(self, fact: str, where: Slice,
                 codes: Collection[str] | None = None) -> dict[tuple[str, ...], Counts]:
        return raw_cube(self._session, fact, where, codes)

    def person_counts(self, fact: str, by: tuple[str, ...], where: Slice) -> dict[tuple[str, ...], Counts]:
        return person_counts(self._session, fact, by, where)

    def place_names(self) -> dict[str, str]:
        return place_names(self._session)
