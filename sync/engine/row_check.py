"""Pulled CRM rows checked against the table's declared columns before anything is applied.

A row with a value of the wrong type, a value longer than its column allows, a choice value the table does not
declare, or without a column Neuvo cannot do without is skipped whole and named in the sync log; the other rows
of the page are applied. The row stays in the CRM untouched, and comes again through change tracking once it is
corrected there. The problem is described by column and kind only — never by the value, which may be personal
data — and the record by the first eight characters of its id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sync.crm_schema import Column, ColumnType, CrmTable

# What a record of each table is called in the sync log.
_NOUNS = {"contact": "contact", "consent": "consent event", "encounter": "encounter", "needtag": "need tag",
          "signal": "signal"}
_KINDS = {ColumnType.STRING: "text", ColumnType.GUID: "an id", ColumnType.LOOKUP: "an id",
          ColumnType.INTEGER: "a whole number", ColumnType.BIGINT: "a whole number", ColumnType.CHOICE: "a choice",
          ColumnType.BOOLEAN: "yes or no", ColumnType.DATETIME: "a time", ColumnType.DATE: "a date"}
MAX_PROBLEMS_NAMED = 5
_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def record_noun(table: CrmTable) -> str:
    """"consent event" for nv_consent, whatever the publisher prefix."""
    name = table.logical_name
    for suffix, noun in _NOUNS.items():
        if name == suffix or name.endswith(f"_{suffix}"):
            return noun
    return f"{name} record"


def row_problem(table: CrmTable, row: Mapping[str, Any], required: Iterable[str] = ()) -> str | None:
    """Why `row` cannot be applied, in words ("its nv_purpose has a value the table does not declare"), or None.
    `required` names columns (logical names, as in the schema) that must hold a value."""
    for name in (table.primary_id, *required):
        column = table.by_name[name]
        if row.get(column.attribute) is None:
            return f"it lacks its {column.name}"
    checks = _checks(table)
    for attribute, value in row.items():
        if value is None:
            continue
        check = checks.get(attribute)
        if check is None:
            continue  # annotations, and columns this version of Neuvo does not know: not read
        problem = check(value)
        if problem is not None:
            return f"its {table.by_attribute[attribute].name} {problem}"
    return None


def describe(table: CrmTable, row: Mapping[str, Any], problem: str) -> str:
    """One line for the sync log: "a consent event 1a2b3c4d… was skipped: its nv_purpose …"."""
    noun = record_noun(table)
    article = "an" if noun[0] in "aeiou" else "a"
    record_id = row.get(table.primary_id)
    short = f" {record_id[:8]}…" if isinstance(record_id, str) and _GUID.fullmatch(record_id) else \
        " without a readable id"
    return f"{article} {noun}{short} was skipped: {problem}"


def summarise(problems: list[str]) -> str:
    """The log's sentence for rows skipped in a run."""
    named = "; ".join(problems[:MAX_PROBLEMS_NAMED])
    more = f"; and {len(problems) - MAX_PROBLEMS_NAMED} more" if len(problems) > MAX_PROBLEMS_NAMED else ""
    records = "record" if len(problems) == 1 else "records"
    return f"{len(problems)} {records} from the CRM could not be read and were left there ({named}{more}). " \
           "Everything else was received; tell IT support if this repeats."


_CHECKS: dict[int, tuple[CrmTable, dict[str, Callable[[Any], str | None]]]] = {}


def _checks(table: CrmTable) -> dict[str, Callable[[Any], str | None]]:
    """Per attribute, a check made once per table: a first pull checks a hundred thousand rows."""
    found = _CHECKS.get(id(table))
    if found is None or found[0] is not table:
        found = _CHECKS[id(table)] = (table, {c.attribute: _check(c) for c in table.columns})
    return found[1]


def _check(column: Column) -> Callable[[Any], str | None]:
    kind = column.type
    wrong = f"is not {_KINDS[kind]}"
    if kind is ColumnType.STRING:
        limit = column.max_length if column.max_length is not None else float("inf")
        too_long = f"is longer than the {column.max_length} characters the CRM's table allows"
        return lambda value: None if value.__class__ is str and len(value) <= limit else (
            too_long if isinstance(value, str) else wrong)
    if kind in (ColumnType.GUID, ColumnType.LOOKUP):
        return lambda value: None if value.__class__ is str and _GUID.fullmatch(value) else wrong
    if kind is ColumnType.CHOICE:
        declared = frozenset(option.value for option in column.options)
        return lambda value: None if value.__class__ is int and value in declared else (
            f"has the value {value}, which the table does not declare" if value.__class__ is int else wrong)
    if kind in (ColumnType.INTEGER, ColumnType.BIGINT):
        return lambda value: None if value.__class__ is int else wrong
    if kind is ColumnType.BOOLEAN:
        return lambda value: None if value.__class__ is bool else wrong
    if kind is ColumnType.DATETIME:
        return lambda value: None if value.__class__ is str and _is_datetime(value) else wrong
    if kind is ColumnType.DATE:
        return lambda value: None if value.__class__ is str and _is_date(value) else wrong
    return lambda value: None


def _is_datetime(text: str) -> bool:
    try:
        datetime.fromisoformat(text)  # Python 3.11 reads "Z" as UTC, as Dataverse writes it
    except ValueError:
        return False
    return True


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True
