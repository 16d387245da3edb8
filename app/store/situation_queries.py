"""The situational picture's counts, read either from the running tallies (the whole city over a range of
weeks: fast at millions of encounters) or from the encounters themselves (any drill-down filter; and the
export, which needs distinct persons). Counts only: no query here returns a client id, a name or a text.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

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
    """Which encounters count: a week range (inclusive, "2026-W01"), optionally one value of one dimension,
    optionally only encounters tagged with one of `need_codes`."""

    first_week: str = "0000-W00"
    last_week: str = "9999-W99"
    dimension: str | None = None
    value: str | None = None
    need_codes: frozenset[str] | None = None

    @property
    def whole_city(self) -> bool:
        return self.dimension is None and self.need_codes is None

    @property
    def in_tallies(self) -> bool:
        """The tallies hold this slice: the whole city, or one value of one dimension, any weeks."""
        return self.need_codes is None


Counts = tuple[int, int, int, int]  # count, unmet, partly_met, severity_sum


def tally_counts(session: Session, fact: str, by: tuple[str, ...], where: Slice,
                 codes: Collection[str] | None = None) -> dict[tuple[str, ...], Counts]:
    """Counts from situation_tallies for a slice they hold (`where.in_tallies`). `by` is a subset of ("week",
    "code") or one dimension name; `codes` limits the codes read. The tallies count each dimension on its own:
    within one value of a dimension, a breakdown by another dimension is not available (empty result)."""
    assert where.in_tallies
    value_filter = ""
    if len(by) == 1 and by[0] not in ("week", "code"):
        if where.dimension is not None and by[0] != where.dimension:
            return {}
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


def raw_counts(session: Session, fact: str, by: tuple[str, ...], where: Slice,
               codes: Collection[str] | None = None) -> dict[tuple[str, ...], Counts]:
    """The same counts as `tally_counts`, read from the encounters (any slice)."""
    join, code_column, measures = _FACT_SQL[fact]
    groups = [code_column if name == "code" else DIMENSION_COLUMNS[name] for name in by]
    conditions, params = _conditions(where)
    if codes is not None:
        conditions.append(f"{code_column} IN :codes")
        params["codes"] = sorted(codes)
    sql = text(f"""SELECT {", ".join(groups)}, {measures} FROM encounters e {join}
                   WHERE {" AND ".join(conditions)} GROUP BY {", ".join(groups)}""")  # noqa: S608
    sql = _expanding(sql, params)
    size = len(by)
    return {tuple(row[:size]): tuple(int(v or 0) for v in row[size:]) for row in session.execute(sql, params)}


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


def _conditions(where: Slice) -> tuple[list[str], dict[str, object]]:
    conditions = ["e.week BETWEEN :first AND :last"]
    params: dict[str, object] = {"first": where.first_week, "last": where.last_week}
    if where.dimension is not None:
        conditions.append(f"{DIMENSION_COLUMNS[where.dimension]} = :value")
        params["value"] = where.value or ""
    if where.need_codes is not None:
        conditions.append("EXISTS (SELECT 1 FROM encounter_needs f WHERE f.encounter_id = e.id "
                          "AND f.need_code IN :need_codes)")
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

    def person_counts(self, fact: str, by: tuple[str, ...], where: Slice) -> dict[tuple[str, ...], Counts]:
        return person_counts(self._session, fact, by, where)

    def place_names(self) -> dict[str, str]:
        return place_names(self._session)
