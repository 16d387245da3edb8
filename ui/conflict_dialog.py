"""Conflicts with the CRM: a field changed both here and in the CRM since the last sync, or a client the CRM
deleted while it was edited here. Nothing was overwritten; the adviser decides field by field — keep mine, take
theirs, or edit (an editor prefilled with mine) — and, for a deleted client, re-create it in the CRM or discard it.

Listing the conflicts shows client data, so every opening is an audited view (the use case writes it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.phone_number import display_phone
from app.municipalities import municipality_name
from app.usecases.sync_conflicts import (
    ConflictView,
    Resolution,
    list_open_conflicts,
    resolve_conflict,
    resolve_deleted_record,
)
from app.workstation import Workstation
from ui.client_list_model import language_name
from ui.locale_format import date_time, short_date, whole_number
from ui.record_table import prepare_record_table
from ui.workers import run_in_background

BOOLEAN_FIELDS = frozenset({"interpreter_needed", "safety_marking"})
REQUIRED_FIELDS = frozenset({"first_names", "last_name"})
# Edited elsewhere: phones are a list with kinds, the municipality a code list, the identity code never syncs as
# such. Keep one side here, then change the field on the client's card where the form checks it.
NOT_EDITABLE_HERE = frozenset({"phones", "municipality_code", "identity_code"})
TEXT_MAX_LENGTH = 200


class ConflictColumn(IntEnum):
    CLIENT = 0
    FIELD = 1
    MINE = 2
    THEIRS = 3
    NOTICED = 4


def _tr(text: str) -> str:
    # The unnamed context is the one lupdate gives `_tr` calls (see scripts/update-translations).
    return QCoreApplication.translate("", text)


def value_text(context: QObject, conflict: ConflictView, value: Any) -> str:
    """A conflict value (JSON form) as an adviser reads it."""
    if conflict.hidden:
        return _tr("hidden (safety marking)")
    if conflict.is_deletion:
        return _tr("deleted in the CRM") if value == "deleted" else _tr("edited here")
    if value is None or value == "" or value == []:
        return _tr("(empty)")
    field = conflict.field
    if field in BOOLEAN_FIELDS:
        return _tr("yes") if value else _tr("no")
    if field == "birth_date":
        return short_date(date.fromisoformat(value))
    if field == "preferred_language":
        return language_name(value)
    if field == "municipality_code":
        name = municipality_name(value)
        return f"{name} ({value})" if name else str(value)
    if field == "phones":
        return ", ".join(display_phone(p.get("number") or p.get("number_e164") or "") for p in value)
    return str(value)


def field_label(conflict: ConflictView) -> str:
    # The labels come from app/ in English; the catalogue carries them under this context.
    return QCoreApplication.translate("ConflictField", conflict.field_label)


class ConflictModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conflicts: list[ConflictView] = []

    def set_conflicts(self, conflicts: list[ConflictView]) -> None:
        self.beginResetModel()
        self._conflicts = list(conflicts)
        self.endResetModel()

    def conflict(self, row: int) -> ConflictView:
        return self._conflicts[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._conflicts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ConflictColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Client"), self.tr("Field"), self.tr("Here (yours)"), self.tr("In the CRM (theirs)"),
                self.tr("Noticed"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        conflict = self._conflicts[index.row()]
        column = ConflictColumn(index.column())
        if column == ConflictColumn.CLIENT:
            return conflict.client_name or self.tr("(a client no longer on this workstation)")
        if column == ConflictColumn.FIELD:
            return field_label(conflict)
        if column == ConflictColumn.MINE:
            return value_text(self, conflict, conflict.mine)
        if column == ConflictColumn.THEIRS:
            return value_text(self, conflict, conflict.theirs)
        return date_time(conflict.detected_at)


class ValueEditor(QDialog):
    """Edit one conflicting value, prefilled with this workstation's; `value()` is its JSON form."""

    def __init__(self, conflict: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conflict = conflict
        self.setWindowTitle(self.tr("Edit %1").replace("%1", field_label(conflict)))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem with the value"))
        self.problem.hide()
        field = conflict.field
        form = QFormLayout()
        form.addRow(self.tr("In the CRM:"), QLabel(value_text(self, conflict, conflict.theirs)))
        if field in BOOLEAN_FIELDS:
            self.editor: QWidget = QCheckBox(field_label(conflict))
            self.editor.setChecked(bool(conflict.mine))
        elif field == "preferred_language":
            self.editor = QComboBox()
            codes = ["fi", "sv", "en"]
            for code in ([*codes, conflict.mine] if conflict.mine and conflict.mine not in codes else codes):
                self.editor.addItem(language_name(code), code)
            self.editor.setCurrentIndex(max(0, self.editor.findData(conflict.mine)))
        else:
            self.editor = QLineEdit()
            self.editor.setMaxLength(TEXT_MAX_LENGTH)
            if field == "birth_date":
                self.editor.setPlaceholderText(self.tr("dd.mm.yyyy"))
                self.editor.setText(short_date(date.fromisoformat(conflict.mine)) if conflict.mine else "")
            else:
                self.editor.setText(conflict.mine or "")
        self.editor.setAccessibleName(self.tr("New value"))
        label = QLabel(self.tr("&New value:"))
        label.setBuddy(self.editor)
        form.addRow(label, self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save this value"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def value(self) -> Any:
        """The value in the field's JSON form; raises ValueError with an adviser sentence when it is not valid."""
        field = self._conflict.field
        if isinstance(self.editor, QCheckBox):
            return self.editor.isChecked()
        if isinstance(self.editor, QComboBox):
            return self.editor.currentData()
        assert isinstance(self.editor, QLineEdit)
        text = self.editor.text().strip()
        if field == "birth_date":
            if not text:
                return None
            day = _read_typed_date(text)
            if day is None or day > date.today():
                raise ValueError(self.tr("Write the birth date as dd.mm.yyyy, e.g. 31.1.1980."))
            return day.isoformat()
        if field in REQUIRED_FIELDS and not text:
            raise ValueError(self.tr("%1 cannot be empty.").replace("%1", field_label(self._conflict)))
        if field == "email" and text and ("@" not in text or " " in text):
            raise ValueError(self.tr("This is not an e-mail address (name@example.fi)."))
        return text or None

    def _accept_if_valid(self) -> None:
        try:
            self.value()
        except ValueError as problem:
            self.problem.setText(str(problem))
            self.problem.setAccessibleDescription(str(problem))
            self.problem.show()
            self.editor.setFocus()
            return
        self.accept()


def _read_typed_date(text: str) -> date | None:
    """d.m.yyyy, or d/m/yyyy as an English window shows a date, so that a date shown can be typed back."""
    parts = text.split("/" if "/" in text else ".")
    if len(parts) != 3 or not all(part.strip().isdigit() for part in parts):
        return None
    try:
        return date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        return None


def ask_for_value(parent: QWidget, conflict: ConflictView) -> tuple[bool, Any]:
    editor = ValueEditor(conflict, parent)
    if editor.exec() != QDialog.DialogCode.Accepted:
        return False, None
    return True, editor.value()


def confirm_discard(parent: QWidget, conflict: ConflictView) -> bool:
    answer = QMessageBox.question(
        parent, _tr("Discard this client here?"),
        _tr("%1 was deleted in the CRM while it was edited here. Discarding removes the client from this "
                  "workstation too, with the edits made here.").replace("%1", conflict.client_name or "The client"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


class ConflictDialog(QDialog):
    # After a decision was saved (the window refreshes its status bar and sends the decision to the CRM).
    resolved = Signal()
    # After each (re)load, with the number of open conflicts.
    loaded = Signal(int)

    def __init__(self, workstation: Workstation, workers: QThreadPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._workers = workers
        self._generation = 0
        # Replaceable so tests (and a city's kiosk build) can answer without a native dialog.
        self.ask_for_value: Callable[[QWidget, ConflictView], tuple[bool, Any]] = ask_for_value
        self.confirm_discard: Callable[[QWidget, ConflictView], bool] = confirm_discard
        self.setWindowTitle(self.tr("Conflicts with the CRM"))
        self.resize(1000, 460)

        intro = QLabel(self.tr("These were changed both here and in the CRM since the last sync. Nothing was "
                               "overwritten: choose, field by field, which value the client's record keeps."))
        intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Conflicts summary"))
        self.model = ConflictModel(self)
        self.table = self._build_table()
        self.keep_mine_button = self._button(self.tr("Keep &mine"), self.tr("Keep the value made here and send it "
                                                                            "to the CRM."), self.keep_mine)
        self.take_theirs_button = self._button(self.tr("Take &theirs"), self.tr("Take the CRM's value here."),
                                               self.take_theirs)
        self.edit_button = self._button(self.tr("&Edit…"), self.tr("Write the right value; it is saved here and "
                                                                   "sent to the CRM."), self.edit)
        self.recreate_button = self._button(self.tr("&Re-create in the CRM"),
                                            self.tr("Put the client back into the CRM with the values held here."),
                                            self.recreate)
        self.discard_button = self._button(self.tr("&Discard here"), self.tr("Remove the client from this "
                                                                             "workstation, as in the CRM."),
                                           self.discard)

        row = QHBoxLayout()
        for button in (self.keep_mine_button, self.take_theirs_button, self.edit_button, self.recreate_button,
                       self.discard_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(close)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # --- public ----------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        workstation = self._workstation
        if self.model.rowCount() == 0:
            self._say(self.tr("Reading the conflicts…"))
        run_in_background(self._workers, self, lambda: (generation, list_open_conflicts(workstation)),
                          self._show, self._failed)

    def current(self) -> ConflictView | None:
        index = self.table.currentIndex()
        return self.model.conflict(index.row()) if index.isValid() else None

    def keep_mine(self) -> None:
        self._resolve_field(Resolution.KEEP_MINE)

    def take_theirs(self) -> None:
        self._resolve_field(Resolution.TAKE_THEIRS)

    def edit(self) -> None:
        conflict = self.current()
        if conflict is None or not self._editable(conflict):
            return
        accepted, value = self.ask_for_value(self, conflict)
        if accepted:
            self._resolve_field(Resolution.EDIT, value)

    def recreate(self) -> None:
        conflict = self.current()
        if conflict is not None and conflict.is_deletion:
            self._run(lambda ws: resolve_deleted_record(ws, conflict.id, recreate=True),
                      self.tr("%1 is put back into the CRM with the next sync.").replace("%1", self._who(conflict)))

    def discard(self) -> None:
        conflict = self.current()
        if conflict is not None and conflict.is_deletion and self.confirm_discard(self, conflict):
            self._run(lambda ws: resolve_deleted_record(ws, conflict.id, recreate=False),
                      self.tr("%1 was removed from this workstation.").replace("%1", self._who(conflict)))

    # --- building and behaviour ------------------------------------------------------------------------------------

    def _button(self, text: str, tip: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(action)
        return button

    def _build_table(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        header = prepare_record_table(view, self.tr("Open conflicts"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ConflictColumn.MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ConflictColumn.THEIRS, QHeaderView.ResizeMode.Stretch)
        metrics = view.fontMetrics()
        for column, sample in ((ConflictColumn.CLIENT, "Virtanen, Aino Maria"),
                               (ConflictColumn.FIELD, "Record deleted in the CRM"),
                               (ConflictColumn.NOTICED, "00.00.0000 00:00")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        return view

    def _editable(self, conflict: ConflictView) -> bool:
        return not conflict.is_deletion and not conflict.hidden and conflict.field not in NOT_EDITABLE_HERE

    def _update_buttons(self, busy: bool = False) -> None:
        conflict = None if busy else self.current()
        field_conflict = conflict is not None and not conflict.is_deletion
        deletion = conflict is not None and conflict.is_deletion
        self.keep_mine_button.setEnabled(field_conflict)
        self.take_theirs_button.setEnabled(field_conflict)
        self.edit_button.setEnabled(conflict is not None and self._editable(conflict))
        if conflict is not None and field_conflict and not self._editable(conflict):
            self.edit_button.setToolTip(self.tr("This field cannot be edited here: keep one side, then change it on "
                                                "the client's card."))
        else:
            self.edit_button.setToolTip(self.tr("Write the right value; it is saved here and sent to the CRM."))
        self.recreate_button.setEnabled(deletion)
        self.discard_button.setEnabled(deletion)

    def _resolve_field(self, resolution: Resolution, value: Any = None) -> None:
        conflict = self.current()
        if conflict is None or conflict.is_deletion:
            return
        what = field_label(conflict)
        done = {
            Resolution.KEEP_MINE: self.tr("Kept your value of %1 for %2; it goes to the CRM with the next sync."),
            Resolution.TAKE_THEIRS: self.tr("Took the CRM's value of %1 for %2."),
            Resolution.EDIT: self.tr("Saved the new value of %1 for %2; it goes to the CRM with the next sync."),
        }[resolution].replace("%1", what).replace("%2", self._who(conflict))
        self._run(lambda ws: resolve_conflict(ws, conflict.id, resolution, value), done)

    def _run(self, decide: Callable[[Workstation], None], done_text: str) -> None:
        workstation = self._workstation
        self._update_buttons(busy=True)
        self._say(self.tr("Saving your decision…"))
        run_in_background(self._workers, self, lambda: decide(workstation),
                          lambda _none: self._decided(done_text), self._decision_failed)

    def _decided(self, done_text: str) -> None:
        self._after_decision = done_text
        self.resolved.emit()
        self.reload()

    def _decision_failed(self, message: str) -> None:
        self._say(self.tr("The decision was not saved: %1").replace("%1", message))
        self.reload()

    def _show(self, answer: tuple[int, list[ConflictView]]) -> None:
        generation, conflicts = answer
        if generation != self._generation:
            return
        previous = self.table.currentIndex().row()
        self.model.set_conflicts(conflicts)
        count = len(conflicts)
        self.setWindowTitle(self.tr("Conflicts with the CRM (%1)").replace("%1", whole_number(count)) if count
                            else self.tr("Conflicts with the CRM"))
        if count:
            self.table.setCurrentIndex(self.model.index(min(max(previous, 0), count - 1), ConflictColumn.CLIENT))
        note = getattr(self, "_after_decision", "")
        self._after_decision = ""
        status = (self.tr("%1 conflicts wait for your decision.").replace("%1", whole_number(count)) if count
                  else self.tr("No conflicts: everything here agrees with the CRM."))
        self._say(f"{note} {status}".strip())
        self._update_buttons()
        self.loaded.emit(count)

    def _failed(self, message: str) -> None:
        self._say(self.tr("The conflicts could not be read: %1").replace("%1", message))
        self._update_buttons()

    def _who(self, conflict: ConflictView) -> str:
        return conflict.client_name or self.tr("the client")

    def _say(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setAccessibleDescription(text)
