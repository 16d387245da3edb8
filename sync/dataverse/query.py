"""OData query options for Dataverse reads, and literals quoted the way OData v4 wants them.

A `$filter` is text the server parses, so every value placed in one goes through `odata_literal`: strings are
single-quoted with embedded quotes doubled (`O'Brien` → `'O''Brien'`), GUIDs and numbers are bare, datetimes
are UTC ISO 8601. Column names are checked against the OData identifier form so that nothing but a name can be
spliced in where a name belongs.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ORDER = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?: (asc|desc))?$")
_EXPAND = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\(\$select=[A-Za-z0-9_,]+\))?$")


def odata_literal(value: object) -> str:
    """`value` as an OData v4 literal for use inside `$filter`."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("NaN and infinity have no OData literal here")
        return repr(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("datetimes in a filter must be timezone-aware")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"no OData literal for {type(value).__name__}")


def column(name: str) -> str:
    if not _IDENTIFIER.match(name):
        raise ValueError(f"not a column name: {name!r}")
    return name


def eq(name: str, value: object) -> str:
    return f"{column(name)} eq {odata_literal(value)}"


def contains(name: str, text: str) -> str:
    return f"contains({column(name)},{odata_literal(text)})"


def all_of(*clauses: str) -> str:
    return " and ".join(f"({c})" for c in clauses if c)


@dataclass(frozen=True)
class Query:
    select: tuple[str, ...] = ()
    filter: str | None = None
    orderby: tuple[str, ...] = ()  # "lastname", "createdon desc"
    top: int | None = None
    count: bool = False
    expand: tuple[str, ...] = ()  # "nv_contact" or "nv_contact($select=firstname,lastname)"

    def __post_init__(self) -> None:
        for name in self.select:
            column(name)
        for order in self.orderby:
            if not _ORDER.match(order):
                raise ValueError(f"not an $orderby item: {order!r}")
        for item in self.expand:
            if not _EXPAND.match(item):
                raise ValueError(f"not an $expand item: {item!r}")
        if self.top is not None and self.top < 1:
            raise ValueError("$top must be at least 1")

    def params(self) -> dict[str, str]:
        params: dict[str, str] = {}
        if self.select:
            params["$select"] = ",".join(self.select)
        if self.filter:
            params["$filter"] = self.filter
        if self.orderby:
            params["$orderby"] = ",".join(self.orderby)
        if self.top is not None:
            params["$top"] = str(self.top)
        if self.count:
            params["$count"] = "true"
        if self.expand:
            params["$expand"] = ",".join(self.expand)
        return params
