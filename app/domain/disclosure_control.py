"""Statistical disclosure control for exported aggregates: k-anonymity threshold suppression with secondary
(complementary) suppression, so that a hidden cell cannot be recomputed from its row or column totals.

A table is a grid of cells keyed (row, column) with margins: (row, TOTAL) is a row's total, (TOTAL, column) a
column's total and (TOTAL, TOTAL) the grand total. Each cell has `persons` (distinct persons: what the threshold
applies to) and `amount` (the additive count published beside it: sums along every row and column to the
margins, which is what makes recomputation possible).

1. Primary: a cell with 0 < persons < k is suppressed.
2. Secondary: in every row and every column (margins included), the suppressed cells must be none, or at least
   two whose persons add up to k or more; otherwise the smallest published cell of that line is suppressed too
   (a published total may be chosen when no other cell is left). Repeated until nothing changes.
Cells absent from the table are known zeros and are never published; zeros are not suppressed.

What this does not do (docs/decisions/0010): it is not an optimal or LP-audited pattern (τ-ARGUS style); it
protects against recomputation from one row or column, and from the margins shared by several tables when the
caller passes the same `forced` cells to each (see `suppress_tables`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

TOTAL = "*"

CellKey = tuple[str, str]


@dataclass(frozen=True)
class Cell:
    persons: int
    amount: int


def suppress(cells: Mapping[CellKey, Cell], k: int, forced: Iterable[CellKey] = ()) -> set[CellKey]:
    """The keys of the cells to hide (primary and secondary). `forced` cells are hidden whatever their size
    (used to keep margins shared between tables hidden in all of them)."""
    hidden = {key for key, cell in cells.items() if 0 < cell.persons < k}
    hidden |= {key for key in forced if key in cells}
    lines: dict[tuple[str, str], list[CellKey]] = {}
    for key in cells:
        row, column = key
        lines.setdefault(("row", row), []).append(key)
        lines.setdefault(("column", column), []).append(key)
    changed = True
    while changed:
        changed = False
        for members in lines.values():
            while True:
                hidden_here = [key for key in members if key in hidden]
                if not hidden_here or (len(hidden_here) >= 2 and sum(cells[key].persons for key in hidden_here) >= k):
                    break
                candidates = [key for key in members if key not in hidden and cells[key].amount > 0]
                if not candidates:
                    break
                # Prefer an inner cell to a total: hiding a total loses more for the analyst.
                pick = min(candidates, key=lambda key: (TOTAL in key, cells[key].amount, key))
                hidden.add(pick)
                changed = True
    return hidden


def suppress_tables(tables: Mapping[str, Mapping[CellKey, Cell]], k: int,
                    shared: Iterable[CellKey] = ()) -> dict[str, set[CellKey]]:
    """Suppress several tables that share margin cells (`shared`, e.g. every table's column totals when all
    tables break the same needs down by a different dimension): a shared cell hidden in one table is hidden in
    all of them, repeated until the patterns agree."""
    shared = set(shared)
    forced: set[CellKey] = set()
    while True:
        patterns = {name: suppress(cells, k, forced) for name, cells in tables.items()}
        now_forced = {key for hidden in patterns.values() for key in hidden if key in shared}
        if now_forced <= forced:
            return patterns
        forced |= now_forced
