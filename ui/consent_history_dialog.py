"""A client's consent history: every decision, newest first — who recorded what, when, on which text version."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.usecases.consent_card import ConsentHistoryEntry
from ui.consent_dialog import channel_text, decision_text, evidence_text
from ui.locale_format import date_time, short_date

_Index = QModelIndex | QPersistentModelIndex


class HistoryColumn(IntEnum):
    RECORDED = 0
    PURPOSE = 1
    DECISION = 2
    VALID = 3
    RECORDED_BY = 4
    TEXT_VERSION = 5
    HOW = 6


class ConsentHistoryModel(QAbstractTableModel):
    def __init__(self, entries: list[ConsentHistoryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries = entries

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HistoryColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            HistoryColumn.RECORDED: self.tr("Recorded"),
            HistoryColumn.PURPOSE: self.tr("Purpose"),
            HistoryColumn.DECISION: self.tr("Decision"),
            HistoryColumn.VALID: self.tr("Valid"),
            HistoryColumn.RECORDED_BY: self.tr("Recorded by"),
            HistoryColumn.TEXT_VERSION: self.tr("Text version"),
            HistoryColumn.HOW: self.tr("How"),
        }[HistoryColumn(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.FontRole and entry.decides_status:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and entry.decides_status:
            return self.tr("This decision sets the purpose's current status.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        event = entry.event
        column = HistoryColumn(index.column())
        if column is HistoryColumn.RECORDED:
            return date_time(event.recorded_at)
        if column is HistoryColumn.PURPOSE:
            return entry.purpose_label if entry.known_purpose else self.tr("%1 (unknown purpose)").replace(
                "%1", entry.purpose_label)
        if column is HistoryColumn.DECISION:
            text = decision_text(event.decision)
            return f"{text} ✓" if entry.decides_status else text
        if column is HistoryColumn.VALID:
            if event.valid_until is None:
                return self.tr("from %1").replace("%1", short_date(event.valid_from))
            return f"{short_date(event.valid_from)} – {short_date(event.valid_until)}"
        if column is HistoryColumn.RECORDED_BY:
            return entry.recorded_by_name or self.tr("(another workstation's adviser)")
        if column is HistoryColumn.TEXT_VERSION:
            return event.text_version if entry.text_version_known else self.tr("%1 (no longer in the file)") \
                .replace("%1", event.text_version)
        how = f"{channel_text(event.channel)}, {evidence_text(event.evidence)}"
        if event.guardian:
            how += self.tr("; guardian %1").replace("%1", event.guardian)
        return how


class ConsentHistoryDialog(QDialog):
    def __init__(self, client_name: str, entries: list[ConsentHistoryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consent history — %1").replace("%1", client_name))
        self.resize(980, 420)
        self.model = ConsentHistoryModel(entries, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Consent decisions, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        note = QLabel(self.tr("Newest first. ✓ and bold: the decision the current status comes from.") if entries
                      else self.tr("No consent decisions have been recorded for this client."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
