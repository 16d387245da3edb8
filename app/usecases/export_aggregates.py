"""Exporting the situational picture for the city's analytics: aggregates only, as CSV or JSON, with every cell
that counts fewer than k distinct persons suppressed (needs.md; k = 5 by default).

What goes out: for each of week, channel, place, area and age band, the count of need tags per need code
(persons, tags, persons with the need unmet, unmet tags), with row totals, need totals and the grand total; and
the same for signals per signal kind. What never goes out: names, identity codes, client or encounter ids,
summaries, signal texts, event names (every outreach event is "event"). A person is the client of a
person-linked encounter; every anonymous encounter counts as a person of its own.

Suppression (app/domain/disclosure_control.py): a cell with 1..k-1 persons is hidden (primary), and further
cells are hidden so that no hidden cell can be recomputed from its row's or column's published total
(secondary); totals shared by the tables (the need totals, the grand total) are hidden in all tables when one
needs them hidden. The unmet figures are checked the same way on their own. Supervisors only; audited.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import IO

from app.domain.audit import AuditAction
from app.domain.disclosure_control import TOTAL, Cell, CellKey, suppress, suppress_tables
from app.domain.encounter import CITY_ZONE
from app.errors import ValidationError
from app.spreadsheet_cells import spreadsheet_text
from app.store.situation_queries import Slice
from app.store.types import utc_now
from app.text import Text
from app.usecases.permissions import require_supervisor
from app.usecases.record_encounter import need_taxonomy
from app.usecases.situational_picture import PictureFilter, with_default_weeks
from app.workstation import Workstation

DEFAULT_K = 5
MIN_K = 2
MAX_K = 1000
EXPORT_DIMENSIONS: tuple[str, ...] = ("week", "channel", "place", "area", "age_band")
CSV_COLUMNS = ("measure", "dimension", "value", "code", "persons", "count", "unmet_persons", "unmet", "suppressed")
FORMAT_NAME = "neuvo-situation-aggregates/1"
_QUERY_DIMENSION = {"place": "place_or_event"}


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


@dataclass(frozen=True)
class AggregateRow:
    """One exported cell. `value` and `code` are "*" for a total. Hidden figures are None; `suppressed` says the
    cell's persons and count are hidden (its unmet figures may be hidden on their own: unmet_* None)."""

    measure: str  # "needs" or "signals"
    dimension: str  # week, channel, place, area, age_band
    value: str
    code: str
    persons: int | None
    count: int | None
    unmet_persons: int | None
    unmet: int | None
    suppressed: bool


@dataclass(frozen=True)
class Aggregates:
    rows: tuple[AggregateRow, ...]
    k: int
    first_week: str
    last_week: str
    taxonomy_version: str
    primary_suppressed: int  # cells hidden for having 1..k-1 persons
    secondary_suppressed: int  # cells hidden so that the first ones cannot be recomputed


def situational_aggregates(workstation: Workstation, *, k: int = DEFAULT_K, first_week: str | None = None,
                           last_week: str | None = None, today: date | None = None) -> Aggregates:
    """The suppressed aggregates (what `export_situational_aggregates` writes). Supervisors only."""
    require_supervisor(workstation.adviser, "the situational picture's export")
    if not MIN_K <= k <= MAX_K:
        raise ValidationError(Text("k must be between %1 and %2, not %3.", MIN_K, MAX_K, k),
                              Text("Use the default %1, or the threshold the city's data protection policy sets.",
                                   DEFAULT_K))
    flt = with_default_weeks(PictureFilter(first_week, last_week), today or utc_now().astimezone(CITY_ZONE).date())
    where = Slice(flt.first_week or "", flt.last_week or "")
    taxonomy = need_taxonomy(workstation)
    with workstation.unit_of_work() as uow:
        queries = uow.encounters.situation
        places = queries.place_names()
        measures = {}
        for measure, fact in (("needs", "need"), ("signals", "signal")):
            grand = queries.person_counts(fact, (), where)
            by_code = queries.person_counts(fact, ("code",), where)
            tables = {}
            for dimension in EXPORT_DIMENSIONS:
                column = _QUERY_DIMENSION.get(dimension, dimension)
                table: dict[CellKey, tuple[int, int, int, int]] = {}
                table.update({(value, code): n for (value, code), n in
                              queries.person_counts(fact, (column, "code"), where).items()})
                table.update({(value, TOTAL): n for (value,), n in queries.person_counts(fact, (column,), where)
                              .items()})
                table.update({(TOTAL, code): n for (code,), n in by_code.items()})
                if () in grand:
                    table[(TOTAL, TOTAL)] = grand[()]
                tables[dimension] = table
            measures[measure] = tables
    rows: list[AggregateRow] = []
    primary = secondary = 0
    for measure, tables in measures.items():
        shared = {key for table in tables.values() for key in table if key[0] == TOTAL}
        hidden = suppress_tables({d: {key: Cell(n[0], n[1]) for key, n in t.items()} for d, t in tables.items()},
                                 k, shared)
        unmet_hidden = {d: set() for d in tables}
        if measure == "needs":
            # The unmet figures are their own cells: hidden with their cell, or when 1..k-1 persons had it unmet.
            unmet_tables = {d: {key: Cell(n[2], n[3]) for key, n in t.items()} for d, t in tables.items()}
            unmet_hidden = _unmet_pattern(unmet_tables, hidden, k, shared)
        for dimension, table in tables.items():
            for key in sorted(table, key=_order):
                persons, count, unmet_persons, unmet = table[key]
                cell_hidden = key in hidden[dimension]
                if cell_hidden and 0 < persons < k:
                    primary += 1
                elif cell_hidden:
                    secondary += 1
                unmet_shown = measure == "needs" and key not in unmet_hidden[dimension]
                rows.append(AggregateRow(
                    measure, dimension, _value(dimension, key[0], places), key[1],
                    None if cell_hidden else persons, None if cell_hidden else count,
                    unmet_persons if unmet_shown else None, unmet if unmet_shown else None, cell_hidden))
    return Aggregates(tuple(rows), k, flt.first_week or "", flt.last_week or "", taxonomy.version, primary,
                      secondary)


def export_situational_aggregates(workstation: Workstation, destination: Path, export_format: ExportFormat, *,
                                  k: int = DEFAULT_K, first_week: str | None = None, last_week: str | None = None,
                                  today: date | None = None) -> Aggregates:
    """Write the aggregates to `destination` (CSV: UTF-8 with BOM, `;`; JSON: UTF-8). Written beside the
    destination and moved into place at the end, so a failed export leaves no half file. Audited as an export."""
    aggregates = situational_aggregates(workstation, k=k, first_week=first_week, last_week=last_week, today=today)
    partial = destination.with_name(f".{destination.name}.partial")
    try:
        encoding = "utf-8-sig" if export_format is ExportFormat.CSV else "utf-8"
        with partial.open("w", encoding=encoding, newline="") as stream:
            if export_format is ExportFormat.CSV:
                write_aggregates_csv(aggregates.rows, stream)
            else:
                write_aggregates_json(aggregates, stream)
        os.replace(partial, destination)
    finally:
        partial.unlink(missing_ok=True)
    with workstation.unit_of_work() as uow:
        uow.audit.record(AuditAction.EXPORT, "situation_aggregates", None,
                         f"situational aggregates {export_format.value}, k={k}, weeks {aggregates.first_week}–"
                         f"{aggregates.last_week}: {len(aggregates.rows)} cells")
        uow.commit()
    return aggregates


def write_aggregates_csv(rows: Iterable[AggregateRow], stream: IO[str]) -> int:
    writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    written = 0
    for row in rows:
        cells = (row.measure, row.dimension, row.value, row.code)
        writer.writerow([*(spreadsheet_text(cell) for cell in cells),
                         _number(row.persons), _number(row.count), _number(row.unmet_persons), _number(row.unmet),
                         "x" if row.suppressed else ""])
        written += 1
    return written


def write_aggregates_json(aggregates: Aggregates, stream: IO[str]) -> None:
    json.dump({
        "format": FORMAT_NAME, "k": aggregates.k, "first_week": aggregates.first_week,
        "last_week": aggregates.last_week, "taxonomy_version": aggregates.taxonomy_version,
        "persons": "distinct clients of person-linked encounters; each anonymous encounter counts as one person",
        "suppression": f"cells with 1..{aggregates.k - 1} persons and their complements are null",
        "rows": [asdict(row) for row in aggregates.rows],
    }, stream, ensure_ascii=False, indent=1)


def _unmet_pattern(tables: dict[str, dict[CellKey, Cell]], hidden: dict[str, set[CellKey]], k: int,
                   shared: set[CellKey]) -> dict[str, set[CellKey]]:
    forced = {key for pattern in hidden.values() for key in pattern if key in shared}
    while True:
        patterns = {d: suppress(cells, k, forced | hidden[d]) for d, cells in tables.items()}
        now_forced = {key for pattern in patterns.values() for key in pattern if key in shared}
        if now_forced <= forced:
            return patterns
        forced |= now_forced


def _value(dimension: str, value: str, places: dict[str, str]) -> str:
    if value == TOTAL:
        return TOTAL
    if dimension == "place":
        return "event" if value == "event" else places.get(value, "") if value else ""
    return value


def _order(key: CellKey) -> tuple[bool, str, bool, str]:
    return (key[0] == TOTAL, key[0], key[1] == TOTAL, key[1])



def _number(value: int | None) -> str:
    return "" if value is None else str(value)
