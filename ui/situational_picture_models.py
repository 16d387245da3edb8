"""The situational picture's tables as Qt models, with small counts hidden on screen as in the export.

A count of 1..k-1 shows as "<5", and a second count of the same column is hidden too when the column's total
would otherwise give the first one away (app/domain/disclosure_control.py: the export's rule, applied to each
column against its total). The screen holds the same counts as the export, so it must not single anyone out
either. The rows carry codes (a channel, an area code, a need code), never a person.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.domain.disclosure_control import TOTAL, Cell, suppress
from app.domain.encounter import AgeBand, EncounterChannel, EncounterOutcome, SignalKind
from app.usecases.export_aggregates import DEFAULT_K
from app.usecases.situational_picture import CountRow, NeedRow, SignalRow, WeekRow, week_of
from ui.encounter_lines import channel_text, outcome_text
from ui.locale_format import day_and_month, decimal, whole_number

_Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole  # the row's code (channel, place, area, age band, need code or week)


def _tr(text: str) -> str:
    # The unnamed context is the one lupdate gives `_tr` calls (see scripts/update-translations).
    return QCoreApplication.translate("", text)


# --- words for codes ---------------------------------------------------------------------------------------------

def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def channel_label(code: str) -> str:
    try:
        return _capitalised(channel_text(EncounterChannel(code)))
    except ValueError:
        return code


def age_band_label(code: str) -> str:
    if code == AgeBand.UNKNOWN.value:
        return _tr("Age not known")
    return _tr("%1 years").replace("%1", code.replace("-", "–"))


def outcome_label(code: str) -> str:
    try:
        return _capitalised(outcome_text(EncounterOutcome(code)))
    except ValueError:
        return code


def signal_label(kind: SignalKind) -> str:
    return {SignalKind.SERVICE_HARD_TO_FIND: _tr("Service hard to find"),
            SignalKind.SERVICE_MISSING: _tr("Service missing"),
            SignalKind.WAITING_TOO_LONG: _tr("Waiting too long"),
            SignalKind.REPEAT_CONTACT: _tr("Repeat contact"),
            SignalKind.DIGITAL_EXCLUSION_RISK: _tr("Risk of digital exclusion"),
            SignalKind.LANGUAGE_BARRIER: _tr("Language barrier"),
            SignalKind.OTHER: _tr("Other")}.get(kind, kind.value)


def place_label(key: str, label: str) -> str:
    if not key:
        return _tr("No place recorded")
    if key.startswith("event:"):
        return _tr("Event: %1").replace("%1", label)
    return label


def area_label(key: str, label: str) -> str:
    return label or key or _tr("Area not known")


# --- weeks -------------------------------------------------------------------------------------------------------

def monday_of(week: str) -> date:
    return date.fromisocalendar(int(week[:4]), int(week[6:]), 1)


def week_label(week: str) -> str:
    """"W48/2026 (23.11.–29.11.)": the week as advisers say it, with its days (23/11–29/11 in English)."""
    monday = monday_of(week)
    sunday = monday + timedelta(days=6)
    return f"W{int(week[6:])}/{week[:4]} ({day_and_month(monday)}–{day_and_month(sunday)})"


def week_choices(today: date, weeks: int = 104) -> list[str]:
    """The ISO weeks a supervisor can choose, newest first."""
    monday = today - timedelta(days=today.weekday())
    return [week_of(monday - timedelta(weeks=back)) for back in range(weeks)]


# --- suppression -------------------------------------------------------------------------------------------------

def hidden_keys(values: Mapping[str, int], k: int) -> set[str]:
    """The keys of `values` (one column of counts) to hide; TOTAL among them when the column's total must go too."""
    total = sum(values.values())
    cells = {(key, "n"): Cell(count, count) for key, count in values.items()}
    cells[(TOTAL, "n")] = Cell(total, total)
    return {key for key, _ in suppress(cells, k)}


def count_text(count: int, hidden: bool, k: int) -> str:
    if not hidden:
        return whole_number(count)
    return f"<{k}" if 0 < count < k else _tr("hidden")


def hidden_tooltip(count: int, k: int) -> str:
    if 0 < count < k:
        return _tr("Fewer than %1: hidden so that no one can be singled out.").replace("%1", str(k))
    return _tr("Hidden so that a smaller number in this column cannot be worked out from the total.")


# --- the table model ---------------------------------------------------------------------------------------------

class Kind(Enum):
    TEXT = "text"
    COUNT = "count"
    SHARE = "share"  # unmet / needs, shown only when both are shown
    DECIMAL = "decimal"


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind
    value: Callable[[object], object]
    # A share or a mean is hidden with the counts it is made of (these columns' positions): it would reveal them.
    made_of: tuple[int, ...] = ()


class PictureTableModel(QAbstractTableModel):
    """One table of the picture: rows of a read model, columns described by `Column`s, counts suppressed."""

    def __init__(self, columns: Sequence[Column], key: Callable[[object], str], parent: QObject | None = None,
                 *, k: int = DEFAULT_K) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._rows: list[object] = []
        self._hidden: dict[int, set[str]] = {}
        self.k = k

    def set_rows(self, rows: Sequence[object]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._hidden = {}
        for index, column in enumerate(self._columns):
            if column.kind is Kind.COUNT:
                self._hidden[index] = hidden_keys({self._key(row): int(column.value(row)) for row in self._rows},
                                                  self.k)
        self.endResetModel()

    def row_key(self, row: int) -> str:
        return self._key(self._rows[row])

    def row_object(self, row: int) -> object:
        return self._rows[row]

    def is_hidden(self, row: int, column: int) -> bool:
        return self._key(self._rows[row]) in self._hidden.get(column, set())

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].kind is not Kind.TEXT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == KEY_ROLE:
            return self._key(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind is Kind.TEXT:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = column.value(row)
        hidden = self.is_hidden(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return hidden_tooltip(int(value), self.k) if hidden else None
        if column.kind is Kind.COUNT:
            return count_text(int(value), hidden, self.k)
        if column.kind is Kind.SHARE:
            return self._share(index.row(), column, value)
        if column.kind is Kind.DECIMAL:
            return "–" if self._any_hidden(index.row(), column) else decimal(value, 1)
        return str(value)

    def _share(self, row: int, column: Column, value: object) -> str:
        unmet, needs = value  # type: ignore[misc]
        if not needs or self._any_hidden(row, column):
            return "–"
        return f"{decimal(100 * unmet / needs, 0)} %"

    def _any_hidden(self, row: int, column: Column) -> bool:
        return any(self.is_hidden(row, position) for position in column.made_of)


# --- the picture's tables ----------------------------------------------------------------------------------------

def breakdown_model(dimension_label: str, label: Callable[[CountRow], str], parent: QObject) -> PictureTableModel:
    """Channels, places, areas or age bands: encounters, needs, unmet and partly met needs."""
    return PictureTableModel([
        Column(dimension_label, Kind.TEXT, label),
        Column(_tr("Encounters"), Kind.COUNT, lambda r: r.encounters),
        Column(_tr("Needs"), Kind.COUNT, lambda r: r.needs),
        Column(_tr("Unmet"), Kind.COUNT, lambda r: r.unmet),
        Column(_tr("Unmet share"), Kind.SHARE, lambda r: (r.unmet, r.needs), made_of=(2, 3)),
        Column(_tr("Partly met"), Kind.COUNT, lambda r: r.partly_met),
    ], key=lambda r: r.key, parent=parent)


def week_model(parent: QObject) -> PictureTableModel:
    def label(row: WeekRow) -> str:
        return week_label(row.week)

    return PictureTableModel([
        Column(_tr("Week"), Kind.TEXT, label),
        Column(_tr("Encounters"), Kind.COUNT, lambda r: r.encounters),
        Column(_tr("Needs"), Kind.COUNT, lambda r: r.needs),
        Column(_tr("Unmet"), Kind.COUNT, lambda r: r.unmet),
        Column(_tr("Unmet share"), Kind.SHARE, lambda r: (r.unmet, r.needs), made_of=(2, 3)),
        Column(_tr("Signals"), Kind.COUNT, lambda r: r.signals),
    ], key=lambda r: r.week, parent=parent)


def need_model(parent: QObject) -> PictureTableModel:
    def label(row: NeedRow) -> str:
        return row.label if row.known else _tr("unknown code %1").replace("%1", row.code)

    return PictureTableModel([
        Column(_tr("Need"), Kind.TEXT, label),
        Column(_tr("Under"), Kind.TEXT, lambda r: r.top_level_label if r.top_level_code != r.code else ""),
        Column(_tr("Needs"), Kind.COUNT, lambda r: r.needs),
        Column(_tr("Unmet"), Kind.COUNT, lambda r: r.unmet),
        Column(_tr("Unmet share"), Kind.SHARE, lambda r: (r.unmet, r.needs), made_of=(2, 3)),
        Column(_tr("Partly met"), Kind.COUNT, lambda r: r.partly_met),
    ], key=lambda r: r.code, parent=parent)


def signal_model(parent: QObject) -> PictureTableModel:
    def label(row: SignalRow) -> str:
        return signal_label(row.kind)

    return PictureTableModel([
        Column(_tr("Signal"), Kind.TEXT, label),
        Column(_tr("Signals"), Kind.COUNT, lambda r: r.signals),
        Column(_tr("Mean severity (1–3)"), Kind.DECIMAL, lambda r: r.mean_severity, made_of=(1,)),
    ], key=lambda r: r.kind.value, parent=parent)


def outcome_model(parent: QObject) -> PictureTableModel:
    return PictureTableModel([
        Column(_tr("Outcome"), Kind.TEXT, lambda r: outcome_label(r.key)),
        Column(_tr("Encounters"), Kind.COUNT, lambda r: r.encounters),
    ], key=lambda r: r.key, parent=parent)
