"""Tagging needs by typing: `asu` → "Asuminen", arrow, Enter (needs.md). Each tag carries met / partly met /
unmet, set with the keys 1, 2 and 3 in the tag list; the services offered propose tags the adviser accepts
with Enter.

Suggestions come from `suggest_needs` over the labels and synonyms in the window's language, each shown with
its parents so that "Neuvonta" under housing and under debts can be told apart. A code the taxonomy no longer
knows (an old draft, the CRM) stays in the list as "unknown code X": it is never dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.encounter import MAX_NEED_TAGS, NeedStatus, NeedTag
from app.domain.language_code import OFFICIAL_LANGUAGES
from app.errors import NeuvoError
from app.need_taxonomy import NeedSuggestion, NeedTaxonomy, suggest_needs
from ui.accessibility import announce
from ui.app_text import error_text
from ui.encounter_lines import need_status_text
from ui.ui_language import ui_language

SUGGESTIONS_SHOWN = 10
CODE_ROLE = Qt.ItemDataRole.UserRole
STATUS_KEYS = {Qt.Key.Key_1: NeedStatus.MET, Qt.Key.Key_2: NeedStatus.PARTLY_MET, Qt.Key.Key_3: NeedStatus.UNMET}
# A symbol beside the words, so a status never rests on colour alone.
STATUS_SYMBOLS = {NeedStatus.MET: "✓", NeedStatus.PARTLY_MET: "◐", NeedStatus.UNMET: "✕"}


def status_label(status: NeedStatus) -> str:
    return f"{STATUS_SYMBOLS[status]} {need_status_text(status)}"


def suggestion_text(suggestion: NeedSuggestion) -> str:
    """"Asumisneuvonta — Asuminen", with the synonym that matched: "Asumisneuvonta (vuokra) — Asuminen"."""
    text = suggestion.label
    if suggestion.matched_synonym:
        text += f" ({suggestion.matched_synonym})"
    if suggestion.path:
        text += " — " + " › ".join(suggestion.path)
    return text


def suggestions_for(taxonomy: NeedTaxonomy, typed: str, language: str,
                    limit: int = SUGGESTIONS_SHOWN) -> list[NeedSuggestion]:
    """Matches in the window's language first, then words of the other official languages (advisers in an
    English window still type "vuokra"), always labelled in the window's language."""
    found = suggest_needs(taxonomy, typed, language, limit)
    seen = {suggestion.code for suggestion in found}
    for other in (code for code in OFFICIAL_LANGUAGES if code != language):
        if len(found) >= limit:
            break
        for suggestion in suggest_needs(taxonomy, typed, other, limit):
            if suggestion.code in seen or len(found) >= limit:
                continue
            seen.add(suggestion.code)
            found.append(NeedSuggestion(
                suggestion.code, taxonomy.label(suggestion.code, language),
                tuple(need.label.get(language) for need in taxonomy.path(suggestion.code)),
                suggestion.matched_synonym or suggestion.label, suggestion.rank + 10))
    return found


class NeedTagModel(QAbstractTableModel):
    NEED, STATUS = range(2)

    def __init__(self, taxonomy: Callable[[], NeedTaxonomy | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._taxonomy = taxonomy
        self.tags: list[NeedTag] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tags)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Need") if section == self.NEED else self.tr("Status")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        tag = self.tags[index.row()]
        if index.column() == self.NEED:
            label, parents = self.describe(tag.code)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{label} — {parents}" if parents else label
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{label} ({tag.code})"
            if role == CODE_ROLE:
                return tag.code
        elif index.column() == self.STATUS:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return status_label(tag.status)
            if role == Qt.ItemDataRole.EditRole:
                return tag.status.value
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.STATUS else flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != self.STATUS or role != Qt.ItemDataRole.EditRole:
            return False
        self.set_status(index.row(), NeedStatus(value))
        return True

    def describe(self, code: str) -> tuple[str, str]:
        """The need's label and its parents' labels; "unknown code X" for a code the taxonomy does not know."""
        taxonomy = self._taxonomy()
        language = ui_language()
        if taxonomy is None:
            return code, ""
        return taxonomy.label(code, language), " › ".join(n.label.get(language) for n in taxonomy.path(code))

    def set_tags(self, tags: Sequence[NeedTag]) -> None:
        self.beginResetModel()
        self.tags = list(tags)
        self.endResetModel()

    def add(self, tag: NeedTag) -> int:
        row = len(self.tags)
        self.beginInsertRows(QModelIndex(), row, row)
        self.tags.append(tag)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.tags[row]
        self.endRemoveRows()

    def set_status(self, row: int, status: NeedStatus) -> None:
        self.tags[row] = NeedTag(self.tags[row].code, status)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 1))

    def row_of(self, code: str) -> int | None:
        return next((row for row, tag in enumerate(self.tags) if tag.code == code), None)


class StatusDelegate(QStyledItemDelegate):
    """A combo box for the mouse (double-click or F2); the keys 1, 2, 3 do the same from the keyboard."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Need status"))
        for status in NeedStatus:
            combo.addItem(status_label(status), status.value)
        return combo

    def setEditorData(self, editor: QWidget, index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NeedTagTable(QTableView):
    status_key = Signal(int, object)  # row, NeedStatus
    remove_key = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        if row >= 0 and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if event.key() in STATUS_KEYS:
                self.status_key.emit(row, STATUS_KEYS[Qt.Key(event.key())])
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_key.emit(row)
                return
        super().keyPressEvent(event)


class ProposalList(QListWidget):
    accept_key = Signal(int)
    dismiss_key = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        if row >= 0 and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Plus):
            self.accept_key.emit(row)
            return
        if row >= 0 and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.dismiss_key.emit(row)
            return
        super().keyPressEvent(event)


class NeedTagEditor(QWidget):
    """The need field with its autocomplete, the tag list with statuses, and the services' proposals."""

    changed = Signal()  # a tag was added, removed or its status changed

    def __init__(self, taxonomy: Callable[[], NeedTaxonomy], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load_taxonomy = taxonomy
        self._taxonomy_problem: str | None = None
        self._suggestions: list[NeedSuggestion] = []

        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Add a need"))
        self.field.setPlaceholderText(self.tr("Type a need (e.g. asu, vuokra, velat) — Enter adds it"))
        self.field.setToolTip(self.tr("Type part of a need or an everyday word for it; Down chooses among the "
                                      "suggestions, Enter adds the need."))
        self.field.setMaxLength(80)
        self.suggestion_model = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestion_model, self)
        # The list is already what suggest_needs found (synonyms, words inside labels): QCompleter must not
        # filter it again by prefix.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(SUGGESTIONS_SHOWN)
        self.completer.setWidget(self.field)
        self.completer.popup().setAccessibleName(self.tr("Need suggestions"))
        # Installed after QCompleter's own filter, so it sees Enter first: Enter takes the highlighted
        # suggestion, or the best one when none is highlighted, without the completer's text round trip.
        self.completer.popup().installEventFilter(self)
        self.completer.activated[QModelIndex].connect(self._suggestion_chosen)
        self.field.textEdited.connect(self._suggest)
        self.field.returnPressed.connect(self._enter_in_field)

        self.model = NeedTagModel(self.taxonomy, self)
        self.table = NeedTagTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Needs tagged"))
        self.table.setToolTip(self.tr("1 met, 2 partly met, 3 unmet; Delete removes the need."))
        self.table.setItemDelegateForColumn(NeedTagModel.STATUS, StatusDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(NeedTagModel.NEED, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NeedTagModel.STATUS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(NeedTagModel.STATUS, self.table.fontMetrics().horizontalAdvance("◐ partly met") + 20)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(rows * 2 + header.sizeHint().height() + 4)
        self.table.setMaximumHeight(rows * 5 + header.sizeHint().height() + 4)
        self.table.status_key.connect(self.set_status)
        self.table.remove_key.connect(self.remove)

        self.proposal_heading = QLabel(self.tr("Proposed by the services offered — Enter accepts (also in the "
                                               "empty need field), Delete dismisses:"))
        self.proposal_heading.setWordWrap(True)
        self.proposals = ProposalList()
        self.proposals.setAccessibleName(self.tr("Needs proposed by the services offered"))
        self.proposals.setMaximumHeight(self.proposals.fontMetrics().height() * 4 + 12)
        self.proposals.accept_key.connect(self.accept_proposal)
        self.proposals.dismiss_key.connect(self._dismiss_proposal)
        self.proposals.itemDoubleClicked.connect(lambda item: self.accept_proposal(self.proposals.row(item)))

        self.keys_hint = QLabel(self.tr("In the list: 1 met · 2 partly met · 3 unmet · Delete removes"))
        self.keys_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.keys_hint.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.field)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addWidget(self.keys_hint)
        layout.addWidget(self.proposal_heading)
        layout.addWidget(self.proposals)
        self._show_proposals()

    # --- public ----------------------------------------------------------------------------------------------------

    def taxonomy(self) -> NeedTaxonomy | None:
        """The taxonomy in force, or None (with the reason shown) when the city's file cannot be read."""
        try:
            taxonomy = self._load_taxonomy()
        except NeuvoError as error:
            if self._taxonomy_problem != error_text(error):
                self._taxonomy_problem = error_text(error)
                self._say(self.tr("Needs cannot be suggested: %1").replace("%1", error_text(error)))
            return None
        self._taxonomy_problem = None
        return taxonomy

    def tags(self) -> list[NeedTag]:
        return list(self.model.tags)

    def set_tags(self, tags: Sequence[NeedTag]) -> None:
        self.model.set_tags(tags)
        self.clear_proposals()
        self.field.clear()
        self.note.hide()

    def add_need(self, code: str, status: NeedStatus = NeedStatus.MET) -> bool:
        """Tag the need (met until the adviser says otherwise); False when it is tagged already or the list is
        full (the adviser is told)."""
        existing = self.model.row_of(code)
        if existing is not None:
            self.table.selectRow(existing)
            self._say(self.tr("“%1” is tagged already.").replace("%1", self.model.describe(code)[0]))
            return False
        if len(self.model.tags) >= MAX_NEED_TAGS:
            self._say(self.tr("An encounter has at most %1 needs; remove one first.").replace("%1", str(MAX_NEED_TAGS)))
            return False
        row = self.model.add(NeedTag(code, status))
        self.table.selectRow(row)
        self.note.hide()
        self._drop_proposal(code)
        self.changed.emit()
        return True

    def set_status(self, row: int, status: NeedStatus) -> None:
        if 0 <= row < len(self.model.tags) and self.model.tags[row].status is not status:
            self.model.set_status(row, status)
            self.changed.emit()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.model.tags):
            self.model.remove(row)
            if self.model.tags:
                self.table.selectRow(min(row, len(self.model.tags) - 1))
            self.changed.emit()

    def propose(self, suggestions: Sequence[NeedSuggestion], service: str) -> None:
        """Offer needs a service offered stands for; those tagged or proposed already are left out."""
        shown = {self.proposals.item(i).data(CODE_ROLE) for i in range(self.proposals.count())}
        for suggestion in suggestions:
            if suggestion.code in shown or self.model.row_of(suggestion.code) is not None:
                continue
            item = QListWidgetItem(self.tr("%1 — from %2").replace("%1", suggestion_text(suggestion))
                                   .replace("%2", service))
            item.setData(CODE_ROLE, suggestion.code)
            self.proposals.addItem(item)
            shown.add(suggestion.code)
        if self.proposals.currentRow() < 0 and self.proposals.count():
            self.proposals.setCurrentRow(0)
        self._show_proposals()

    def accept_proposal(self, row: int) -> None:
        item = self.proposals.item(row)
        if item is not None:
            self.add_need(item.data(CODE_ROLE))

    def clear_proposals(self) -> None:
        self.proposals.clear()
        self._show_proposals()

    @property
    def proposed_codes(self) -> list[str]:
        return [self.proposals.item(i).data(CODE_ROLE) for i in range(self.proposals.count())]

    # --- behaviour -------------------------------------------------------------------------------------------------

    def _suggest(self, text: str) -> None:
        taxonomy = self.taxonomy()
        self._suggestions = suggestions_for(taxonomy, text, ui_language()) if taxonomy else []
        self.suggestion_model.clear()
        for suggestion in self._suggestions:
            item = QStandardItem(suggestion_text(suggestion))
            item.setData(suggestion.code, CODE_ROLE)
            item.setEditable(False)
            self.suggestion_model.appendRow(item)
        if self._suggestions:
            self.completer.complete()
        else:
            self.completer.popup().hide()
            if text.strip() and taxonomy is not None:
                self._say(self.tr("No need matches “%1”.").replace("%1", text.strip()))
        if (self._suggestions or not text.strip()) and self._taxonomy_problem is None:
            self.note.hide()

    def _suggestion_chosen(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.add_need(code)
        # QLineEdit puts the chosen completion's text in the field after this signal; clear it afterwards.
        QTimer.singleShot(0, self._clear_field)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.completer.popup() and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._enter_in_field()
            return True
        return super().eventFilter(watched, event)

    def _enter_in_field(self) -> None:
        """Enter adds the highlighted suggestion, or the best one for what is typed; in the empty field, the
        need proposed by the services offered (one key instead of moving to the proposals)."""
        popup = self.completer.popup()
        if not self.field.text().strip() and self.proposals.count():
            self.accept_proposal(max(0, self.proposals.currentRow()))
            return
        index = popup.currentIndex()
        highlighted = popup.isVisible() and index.isValid() and popup.selectionModel().isSelected(index)
        if not highlighted and self.field.text().strip() and not self._suggestions:
            self._suggest(self.field.text())
        row = index.row() if highlighted else 0
        if 0 <= row < len(self._suggestions):
            self.add_need(self._suggestions[row].code)
            popup.hide()
            self._clear_field()

    def _clear_field(self) -> None:
        self.field.clear()
        self._suggestions = []
        self.suggestion_model.clear()

    def _dismiss_proposal(self, row: int) -> None:
        self.proposals.takeItem(row)
        self._show_proposals()

    def _drop_proposal(self, code: str) -> None:
        for row in range(self.proposals.count()):
            if self.proposals.item(row).data(CODE_ROLE) == code:
                self.proposals.takeItem(row)
                break
        self._show_proposals()

    def _show_proposals(self) -> None:
        visible = self.proposals.count() > 0
        self.proposal_heading.setVisible(visible)
        self.proposals.setVisible(visible)

    def _say(self, text: str) -> None:
        self.note.setText(text)
        announce(self.note, text)
        self.note.show()
