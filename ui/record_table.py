"""The one look and keyboard behaviour of Neuvo's read-only record tables (clients, audit events, sync runs,
conflicts, consents, the situational picture's counts).

Tab leaves a table rather than walking its cells, so the keyboard moves between controls as everywhere else;
whole rows are selected because a row is one record; row heights are fixed so long lists scroll cheaply.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def prepare_record_table(view: QTableView, accessible_name: str, *, single_selection: bool = True,
                         word_wrap: bool = False, fixed_rows: bool = True) -> QHeaderView:
    """Make `view` a read-only record table named `accessible_name`; returns its horizontal header to size."""
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single_selection:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(word_wrap)
    view.setShowGrid(False)
    view.setCornerButtonEnabled(False)
    rows = view.verticalHeader()
    rows.hide()
    if fixed_rows:
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return header
