"""The service search's results as a Qt list model: one row per service, its name in the chosen language, a
short summary, why it matched, whether it is open now (in words) and whether it was offered in this encounter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.domain.opening_hours import OpenState, OpenStatus
from app.usecases.search_services import ServiceHit
from ui.client_list_model import language_name
from ui.service_words import open_state_text, why_text

_Index = QModelIndex | QPersistentModelIndex

PTV_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
WHY_ROLE = Qt.ItemDataRole.UserRole + 3
OPEN_STATE_ROLE = Qt.ItemDataRole.UserRole + 4  # the state in words; empty when unknown
IS_OPEN_ROLE = Qt.ItemDataRole.UserRole + 5
OFFERED_ROLE = Qt.ItemDataRole.UserRole + 6
NAME_NOTE_ROLE = Qt.ItemDataRole.UserRole + 7  # "in Finnish" when the name is not in the chosen language


@dataclass(frozen=True)
class _Row:
    hit: ServiceHit
    state: OpenState | None


class ServiceResultModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._offered: set[str] = set()

    # --- filling ---------------------------------------------------------------------------------------------------

    def set_hits(self, hits: tuple[ServiceHit, ...], states: dict[str, OpenState]) -> None:
        self.beginResetModel()
        self._rows = [_Row(hit, states.get(hit.ptv_id)) for hit in hits]
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits((), {})

    def set_offered(self, ptv_ids: set[str]) -> None:
        self._offered = set(ptv_ids)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    # --- reading ---------------------------------------------------------------------------------------------------

    def ptv_id(self, row: int) -> str | None:
        return self._rows[row].hit.ptv_id if 0 <= row < len(self._rows) else None

    def hit(self, row: int) -> ServiceHit | None:
        return self._rows[row].hit if 0 <= row < len(self._rows) else None

    def row_of(self, ptv_id: str) -> int:
        return next((row for row, item in enumerate(self._rows) if item.hit.ptv_id == ptv_id), -1)

    # --- Qt --------------------------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        hit = row.hit
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.name.text
        if role == PTV_ID_ROLE:
            return hit.ptv_id
        if role == SUMMARY_ROLE:
            return hit.summary.text if hit.summary else ""
        if role == WHY_ROLE:
            return why_text(hit.why)
        if role == OPEN_STATE_ROLE:
            return open_state_text(row.state) if row.state is not None else ""
        if role == IS_OPEN_ROLE:
            return row.state is not None and row.state.status is OpenStatus.OPEN
        if role == OFFERED_ROLE:
            return hit.ptv_id in self._offered
        if role == NAME_NOTE_ROLE:
            return self._name_note(hit)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._spoken(row)
        return None

    def _name_note(self, hit: ServiceHit) -> str:
        if not hit.name.is_fallback:
            return ""
        return self.tr("in %1").replace("%1", language_name(hit.name.language))

    def _spoken(self, row: _Row) -> str:
        """The whole row in words, for screen readers and the tooltip."""
        hit = row.hit
        parts = [hit.name.text]
        if note := self._name_note(hit):
            parts[0] += f" ({note})"
        if hit.ptv_id in self._offered:
            parts.append(self.tr("offered"))
        if row.state is not None and (state := open_state_text(row.state)):
            parts.append(state)
        if hit.summary:
            parts.append(hit.summary.text)
        parts.append(self.tr("Matched: %1").replace("%1", why_text(hit.why)))
        return ". ".join(parts)
