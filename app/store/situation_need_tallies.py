"""Need tallies for the situational picture's need filter: per need of the taxonomy and week, the encounters
carrying it (tagged with the need or any need beneath it, counted once however many of those tags they have) by
outcome and by each channel, place, area and age band, and their signals by kind.

"The encounters with a housing need" is then a plain sum of the rows of one need, where counting it from the
encounters took ~22 s at a million. Which needs an encounter carries depends on the taxonomy's parents, so the
rows are built with a copy of the ancestry (`situation_need_ancestry`: each code's ancestors) and the fingerprint
of the parent structure it came from (`situation_tally_state`). Saves read that stored copy — never the file —
so the rows always agree with it; when the taxonomy in force has another structure (a city moved a need, added
a level), `refresh_need_tallies` rebuilds copy and rows from the need tags in one transaction, and until then
the picture counts from the encounters (docs/decisions/0010). Counts only, never a client id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from sqlalchemy import text

from app.domain.encounter import Encounter
from app.store.situation_cross_tallies import driver_connection, encounter_dimension_values

STATE_NAME = "need_ancestry"
# The whole city ("all") keeps outcomes and signal kinds; the dimensions the carrying encounters are broken down
# by keep only their number (code ""): a need picture shows no outcome per channel, and leaving it out makes the
# rows a sixth as many.
BROKEN_DOWN: tuple[str, ...] = ("channel", "place", "area", "age_band")

NeedKey = tuple[str, str, str, str, str, str]  # need, fact, dimension, value, week, code

_UPSERT = """
    INSERT INTO situation_need_tallies (need, fact, dimension, value, week, code, count, severity_sum)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (need, fact, dimension, value, week, code) DO UPDATE SET
        count = count + excluded.count, severity_sum = severity_sum + excluded.severity_sum"""


Parents = Mapping[str, str | None]  # each need code of the taxonomy → its parent's code (None at the top)


def ancestry_fingerprint(parents: Parents) -> str:
    """Identifies the taxonomy's parent structure (not its labels or version: relabelling changes no count)."""
    lines = "\n".join(sorted(f"{code}\t{parent or ''}" for code, parent in parents.items()))
    return hashlib.sha256(lines.encode()).hexdigest()


def ancestors_of(parents: Parents, code: str) -> list[str]:
    """The code's ancestors in `parents` (the taxonomy is checked for loops; a missing parent ends the chain)."""
    chain: list[str] = []
    parent = parents.get(code)
    while parent is not None and parent in parents and parent not in chain:
        chain.append(parent)
        parent = parents.get(parent)
    return chain


def stored_fingerprint(connection: Any) -> str | None:
    """The fingerprint of the ancestry the need rows were built with (None: never built)."""
    return connection.execute(text("SELECT value FROM situation_tally_state WHERE name = :name"),
                              {"name": STATE_NAME}).scalar()


def stored_ancestry(connection: Any, codes: Collection[str]) -> dict[str, set[str]]:
    """Each of `codes` → its ancestors in the stored copy (a code the copy does not know has none)."""
    if not codes:
        return {}
    ancestors: dict[str, set[str]] = {code: set() for code in codes}
    marks = ", ".join("?" * len(ancestors))
    for code, ancestor in driver_connection(connection).exec_driver_sql(
            f"SELECT code, ancestor FROM situation_need_ancestry WHERE code IN ({marks})",  # noqa: S608 (marks only)
            tuple(ancestors)):
        ancestors[code].add(ancestor)
    return ancestors


def carried_needs(codes: Iterable[str], ancestry: Mapping[str, Collection[str]]) -> set[str]:
    """The needs an encounter with tags of `codes` carries: each code and its ancestors, once each."""
    carried: set[str] = set()
    for code in codes:
        carried.add(code)
        carried.update(ancestry.get(code, ()))
    return carried


def add_need_tallies(tallies: dict[NeedKey, list[int]], encounter: Encounter,
                     ancestry: Mapping[str, Collection[str]], sign: int = 1) -> None:
    """Count the encounter and its signals under every need it carries (`sign` -1 takes them away: a tag or
    signal arriving later from the CRM replaces the encounter's earlier contribution)."""
    carried = carried_needs((tag.code for tag in encounter.need_tags), ancestry)
    if not carried:
        return
    values = encounter_dimension_values(encounter)
    week = encounter.week
    for need in carried:
        _add(tallies, (need, "encounter", "all", "", week, encounter.outcome.value), sign, 0)
        for signal in encounter.signals:
            _add(tallies, (need, "signal", "all", "", week, signal.kind.value), sign, sign * signal.severity)
        for dimension in BROKEN_DOWN:
            _add(tallies, (need, "encounter", dimension, values[dimension], week, ""), sign, 0)


def upsert_need_tallies(connection: Any, tallies: dict[NeedKey, list[int]]) -> None:
    """Add `tallies` to the stored ones (in the caller's transaction); changes that cancel out are skipped."""
    rows = [(*key, count, severity) for key, (count, severity) in tallies.items() if count or severity]
    if rows:
        driver_connection(connection).exec_driver_sql(_UPSERT, rows)


def need_tallies_current(connection: Any, parents: Parents) -> bool:
    """The need rows were built with the parent structure `parents`."""
    return stored_fingerprint(connection) == ancestry_fingerprint(parents)


def rebuild_need_tallies(connection: Any, parents: Parents) -> int:
    """Replace the ancestry copy with that of `parents` and rebuild the need rows from every stored need tag and
    signal, in the caller's transaction. Returns the number of need rows. Seconds to a minute at a million
    encounters: run it in a worker."""
    connection.execute(text("DELETE FROM situation_need_ancestry"))
    connection.execute(text("DELETE FROM situation_need_tallies"))
    pairs = [{"code": code, "ancestor": ancestor} for code in parents for ancestor in ancestors_of(parents, code)]
    if pairs:
        connection.execute(text("INSERT INTO situation_need_ancestry (code, ancestor) VALUES (:code, :ancestor)"),
                           pairs)
    statements = (
        "DROP TABLE IF EXISTS temp.need_carriers",
        "DROP TABLE IF EXISTS temp.need_carrier_cube",
        # Every (encounter, need it carries), once each: its codes and their ancestors.
        """CREATE TEMP TABLE need_carriers AS
           SELECT encounter_id AS id, need_code AS need FROM encounter_needs
           UNION
           SELECT x.encounter_id, a.ancestor FROM encounter_needs x JOIN situation_need_ancestry a
               ON a.code = x.need_code""",
        "CREATE INDEX temp.ix_need_carriers ON need_carriers (id)",
        # One pass over the encounters: the carriers by every dimension at once, then summed per dimension.
        """CREATE TEMP TABLE need_carrier_cube AS
           SELECT c.need, e.week, e.channel, e.place, COALESCE(e.municipality_code, '') AS area, e.age_band,
                  e.outcome AS code, count(*) AS count, 0 AS severity_sum, 'encounter' AS fact
           FROM need_carriers c JOIN encounters e ON e.id = c.id
           GROUP BY 1, 2, 3, 4, 5, 6, 7""",
        """INSERT INTO need_carrier_cube
           SELECT c.need, e.week, e.channel, e.place, COALESCE(e.municipality_code, ''), e.age_band, s.kind,
                  count(*), sum(s.severity), 'signal'
           FROM encounter_signals s JOIN need_carriers c ON c.id = s.encounter_id JOIN encounters e
               ON e.id = s.encounter_id
           GROUP BY 1, 2, 3, 4, 5, 6, 7""",
    )
    for statement in statements:
        connection.execute(text(statement))
    connection.execute(text("""
        INSERT INTO situation_need_tallies (need, fact, dimension, value, week, code, count, severity_sum)
        SELECT need, fact, 'all', '', week, code, sum(count), sum(severity_sum)
        FROM need_carrier_cube GROUP BY need, fact, week, code"""))
    for dimension in BROKEN_DOWN:
        connection.execute(text(f"""
            INSERT INTO situation_need_tallies (need, fact, dimension, value, week, code, count, severity_sum)
            SELECT need, 'encounter', '{dimension}', {dimension}, week, '', sum(count), 0
            FROM need_carrier_cube WHERE fact = 'encounter'
            GROUP BY need, {dimension}, week"""))  # noqa: S608 (fixed names)
    connection.execute(text("DROP TABLE temp.need_carriers"))
    connection.execute(text("DROP TABLE temp.need_carrier_cube"))
    connection.execute(text("""
        INSERT INTO situation_tally_state (name, value) VALUES (:name, :value)
        ON CONFLICT (name) DO UPDATE SET value = excluded.value"""),
                       {"name": STATE_NAME, "value": ancestry_fingerprint(parents)})
    return connection.execute(text("SELECT count(*) FROM situation_need_tallies")).scalar_one()


def _add(tallies: dict[NeedKey, list[int]], key: NeedKey, count: int, severity: int) -> None:
    found = tallies.get(key)
    if found is None:
        tallies[key] = [count, severity]
    else:
        found[0] += count
        found[1] += severity
