"""Cross tallies for the situational picture's drill-downs: per week, the need tags and encounters of one value of
one dimension broken down by the values of another (channel = phone → by area, by age band, by place).

`situation_tallies` counts each dimension on its own, which answers the whole city and one value of one
dimension, but not "the phone encounters by area": counted from the encounters that took ~27 s at a million
encounters. These rows answer it in milliseconds. Kept like the tallies: by the encounter repository in the
transaction of each saved encounter, by the bulk loader in one go, and built from the encounters by migration
0006 (docs/decisions/0010). Counts only, never a client id.
"""

from __future__ import annotations

from itertools import combinations, permutations
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from app.domain.encounter import Encounter, NeedStatus

# The dimensions crossed with each other (the order matters only for reading: every ordered pair is stored).
CROSSED: tuple[str, ...] = ("channel", "place", "area", "age_band")
PAIRS: tuple[tuple[str, str], ...] = tuple(permutations(CROSSED, 2))

CrossKey = tuple[str, str, str, str, str, str]  # fact, dimension, value, by_dimension, by_value, week

# Driver-level SQL with plain tuples: a save upserts ~80 rows here, and SQLAlchemy's per-row parameter handling
# cost more than SQLite's own work (measured: ~2 ms of a ~15 ms save).
_UPSERT = """
    INSERT INTO situation_cross_tallies (fact, dimension, value, by_dimension, by_value, week, count, unmet,
                                         partly_met)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (fact, dimension, value, by_dimension, by_value, week) DO UPDATE SET
        count = count + excluded.count, unmet = unmet + excluded.unmet,
        partly_met = partly_met + excluded.partly_met"""


def encounter_dimension_values(encounter: Encounter) -> dict[str, str]:
    """The encounter's value in each crossed dimension, as the tallies and the counting queries spell them."""
    return {"channel": encounter.channel.value, "place": encounter.place, "area": encounter.municipality_code or "",
            "age_band": encounter.age_band.value}


def add_cross_tallies(tallies: dict[CrossKey, list[int]], encounter: Encounter) -> None:
    """Count one encounter (and its need tags) into `tallies` (key → [count, unmet, partly_met])."""
    values = encounter_dimension_values(encounter)
    week = encounter.week
    tags = len(encounter.need_tags)
    unmet = sum(tag.status is NeedStatus.UNMET for tag in encounter.need_tags)
    partly = sum(tag.status is NeedStatus.PARTLY_MET for tag in encounter.need_tags)
    for dimension, by_dimension in PAIRS:
        key = (dimension, values[dimension], by_dimension, values[by_dimension], week)
        _bump(tallies, ("encounter", *key), 1, 0, 0)
        if tags:
            _bump(tallies, ("need", *key), tags, unmet, partly)


def upsert_cross_tallies(connection: Any, tallies: dict[CrossKey, list[int]]) -> None:
    """Add `tallies` to the stored ones (a Session or a Connection, in the caller's transaction)."""
    rows = [(*key, *numbers) for key, numbers in tallies.items()]
    if rows:
        driver_connection(connection).exec_driver_sql(_UPSERT, rows)


def driver_connection(connection: Session | Connection) -> Connection:
    """The Connection of a Session (in its transaction), or the Connection itself."""
    return connection.connection() if isinstance(connection, Session) else connection


def _bump(tallies: dict[CrossKey, list[int]], key: CrossKey, count: int, unmet: int, partly: int) -> None:
    found = tallies.get(key)
    if found is None:
        tallies[key] = [count, unmet, partly]
    else:
        found[0] += count
        found[1] += unmet
        found[2] += partly


# --- several values at once ------------------------------------------------------------------------------------
#
# Two more kinds of rows answer a filter naming two dimension values at once (channel = phone and area = Helsinki),
# which counted from the encounters took ~16 s at a million (migration 0007; docs/decisions/0010):
# - combination tallies: per week, the encounters and need tags of each combination of channel, place, area and
#   age band that occurs (about a third as many rows as encounters at a million) — any number of values, any
#   breakdown by dimension or week, summed over the matching combinations;
# - pair tallies: per week and code (need code, outcome or signal kind), the facts of each pair of values of two
#   dimensions — what the combinations cannot hold without becoming as many rows as need tags.

PAIRED: tuple[tuple[str, str], ...] = tuple(combinations(CROSSED, 2))

ComboKey = tuple[str, str, str, str, str]  # week, channel, place, area, age_band
PairKey = tuple[str, str, str, str, str, str, str]  # fact, dimension, value, dimension2, value2, week, code

_UPSERT_COMBO = """
    INSERT INTO situation_combo_tallies (week, channel, place, area, age_band, encounters, needs, unmet, partly_met)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (week, channel, place, area, age_band) DO UPDATE SET
        encounters = encounters + excluded.encounters, needs = needs + excluded.needs,
        unmet = unmet + excluded.unmet, partly_met = partly_met + excluded.partly_met"""
_UPSERT_PAIR = """
    INSERT INTO situation_pair_tallies (fact, dimension, value, dimension2, value2, week, code, count, unmet,
                                        partly_met, severity_sum)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (fact, dimension, value, dimension2, value2, week, code) DO UPDATE SET
        count = count + excluded.count, unmet = unmet + excluded.unmet,
        partly_met = partly_met + excluded.partly_met, severity_sum = severity_sum + excluded.severity_sum"""


def add_combination_tallies(combos: dict[ComboKey, list[int]], pairs: dict[PairKey, list[int]],
                            encounter: Encounter, *, encounter_fact: bool = True) -> None:
    """Count one encounter's tags and signals (and, with `encounter_fact`, the encounter itself) into `combos`
    (→ [encounters, needs, unmet, partly_met]) and `pairs` (→ [count, unmet, partly_met, severity_sum])."""
    values = encounter_dimension_values(encounter)
    week = encounter.week
    unmet = sum(tag.status is NeedStatus.UNMET for tag in encounter.need_tags)
    partly = sum(tag.status is NeedStatus.PARTLY_MET for tag in encounter.need_tags)
    combo = (week, values["channel"], values["place"], values["area"], values["age_band"])
    _add(combos, combo, int(encounter_fact), len(encounter.need_tags), unmet, partly)
    for dimension, dimension2 in PAIRED:
        key = (dimension, values[dimension], dimension2, values[dimension2], week)
        if encounter_fact:
            _add(pairs, ("encounter", *key, encounter.outcome.value), 1, 0, 0, 0)
        for tag in encounter.need_tags:
            _add(pairs, ("need", *key, tag.code), 1, int(tag.status is NeedStatus.UNMET),
                 int(tag.status is NeedStatus.PARTLY_MET), 0)
        for signal in encounter.signals:
            _add(pairs, ("signal", *key, signal.kind.value), 1, 0, 0, signal.severity)


def upsert_combination_tallies(connection: Any, combos: dict[ComboKey, list[int]],
                               pairs: dict[PairKey, list[int]]) -> None:
    """Add `combos` and `pairs` to the stored ones (a Session or a Connection, in the caller's transaction)."""
    driver = driver_connection(connection)
    if combos:
        driver.exec_driver_sql(_UPSERT_COMBO, [(*key, *numbers) for key, numbers in combos.items()])
    if pairs:
        driver.exec_driver_sql(_UPSERT_PAIR, [(*key, *numbers) for key, numbers in pairs.items()])


def _add(tallies: dict[Any, list[int]], key: Any, *numbers: int) -> None:
    found = tallies.get(key)
    if found is None:
        tallies[key] = list(numbers)
    else:
        for index, number in enumerate(numbers):
            found[index] += number
