"""CSV cells that stay text when a spreadsheet opens the file.

Spreadsheets run a cell starting with one of these characters as a formula; a name typed as `=HYPERLINK(…)` in
the CRM must not become a link in a supervisor's export (CSV injection).
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value: object) -> str:
    """`value` as cell text, with a leading apostrophe where a spreadsheet would read a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text
