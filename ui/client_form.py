"""The new-client and edit-client form.

The form shows; the `edit_client` use cases decide. Problems appear beside a field once the adviser has left it,
and beside every field on Save (Save can always be pressed: it says what is wrong rather than stay greyed out
without a reason). The duplicate check and the save run in workers. On any error the dialog stays open with
everything typed in it.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import NeuvoError
from app.municipalities import municipalities
from app.usecases.client_card import reveal_identity_code
from app.usecases.edit_client import (
    PHONE_ROWS,
    ClientDraft,
    DraftRejected,
    DuplicateClient,
    EditableClient,
    FieldProblem,
    birth_date_for_identity_code,
    create_client,
    find_duplicates,
    phone_field,
    update_client,
    validate_draft,
)
from app.workstation import Workstation
from ui.app_text import app_text, error_text
from ui.locale_format import whole_number
from ui.warning_notice import WarningNotice
from ui.workers import run_in_background

_OTHER_LANGUAGE = "other"
_PROBLEM_STYLE = "color: #a4262c;"  # dark red on the window colour; the words carry the meaning, not the red


def problem_text(problem: FieldProblem) -> str:
    """What is wrong with a field and how to fix it, in the window's language. The sentences come from app/ in
    English (ui/app_messages.py lists them for the catalogue) and are translated by ui/app_text.py."""
    parts = (app_text(part) for part in (problem.message, problem.fix) if part)
    return " ".join(parts)


class ClientFormDialog(QDialog):
    """Create a client (from an empty or prefilled draft) or edit one (from `load_client_for_edit`)."""

    client_saved = Signal(object)  # uuid.UUID of the client just created or edited
    open_existing_requested = Signal(object)  # uuid.UUID of the duplicate the adviser chose to open instead

    def __init__(self, workstation: Workstation, draft: ClientDraft | None = None, *,
                 editing: EditableClient | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._editing = editing
        self._workers = QThreadPool(self)
        self._left: set[str] = set()  # fields the adviser has left at least once: their problems are shown
        self._problem_labels: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self._duplicate_generation = 0
        self._duplicate_key: tuple[Any, ...] | None = None
        self._duplicates: list[DuplicateClient] = []
        self._saving = False
        self._birth_date_from_code = ""
        self._keep_identity_code = editing is not None and editing.draft.keep_identity_code
        self._address_hidden = editing is not None and editing.address_hidden

        if editing is None:
            self.setWindowTitle(self.tr("New client"))
        else:
            self.setWindowTitle(self.tr("Edit client — %1").replace("%1", editing.display_name))
        self.setAccessibleName(self.windowTitle())
        self.setSizeGripEnabled(True)
        self._build()
        self._fill(editing.draft if editing is not None else draft or ClientDraft())
        self._draft_as_opened = self.draft()
        self._discard_question: QMessageBox | None = None
        self.resize(max(self.sizeHint().width(), 560), min(max(self.sizeHint().height(), 640), 900))
        self._check_duplicates()

    # --- public ----------------------------------------------------------------------------------------------------

    @property
    def client_id(self) -> uuid.UUID | None:
        """The client being edited; None for a new client."""
        return self._editing.id if self._editing is not None else None

    @property
    def duplicates(self) -> list[DuplicateClient]:
        """The clients the last duplicate check found (the strip shows the first)."""
        return list(self._duplicates)

    def draft(self) -> ClientDraft:
        """Everything in the form, as typed."""
        language = self.language_field.currentData()
        if language == _OTHER_LANGUAGE:
            language = self.other_language_field.text()
        address_kept = self._address_hidden and not any(
            w.text().strip() for w in (self.street_field, self.postal_code_field, self.municipality_field.lineEdit()))
        return ClientDraft(
            first_names=self.first_names_field.text(),
            last_name=self.last_name_field.text(),
            preferred_name=self.preferred_name_field.text(),
            identity_code="" if self._keep_identity_code else self.identity_code_field.text(),
            keep_identity_code=self._keep_identity_code,
            birth_date=self.birth_date_field.text(),
            phones=[(number.text(), kind.currentData()) for number, kind in zip(
                self.phone_fields, self.phone_kind_fields, strict=True)],
            email=self.email_field.text(),
            street=self.street_field.text(),
            postal_code=self.postal_code_field.text(),
            municipality=self._municipality_text(),
            keep_address=address_kept,
            preferred_language=language,
            interpreter_needed=self.interpreter_field.isChecked(),
            safety_marking=self.safety_marking_field.isChecked(),
        )

    def problem_text(self, field: str) -> str:
        """The problem shown beside a field ("" when none is shown)."""
        label = self._problem_labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def save(self) -> None:
        """Check everything; show what is wrong, or save in a worker."""
        if self._saving:
            return
        self.error_notice.hide()
        self._left.update(self._problem_labels)
        problems = self._show_problems()
        if problems:
            self._focus_field(problems[0].field)
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.save_button.setText(self.tr("Saving…"))
        workstation, draft, editing = self._workstation, self.draft(), self._editing

        def work() -> object:
            # Errors the adviser can act on come back as results, so their field problems reach the form.
            try:
                if editing is None:
                    return create_client(workstation, draft)
                update_client(workstation, editing.id, draft, expected_row_version=editing.row_version)
                return editing.id
            except (NeuvoError, LookupError) as exc:
                return exc

        run_in_background(self._workers, self, work, self._save_answered, self._save_failed)

    # --- building --------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.duplicate_notice = WarningNotice("")
        self.open_existing_button = QPushButton(self.tr("Open existing"))
        self.open_existing_button.setAccessibleName(self.tr("Open the existing client"))
        self.open_existing_button.clicked.connect(self._open_existing)
        self.open_existing_button.setAutoDefault(False)
        self.duplicate_notice.add_action(self.open_existing_button)
        self.duplicate_notice.hide()
        self.error_notice = WarningNotice("")
        self.error_notice.hide()

        form_page = QWidget()
        self._form = QFormLayout(form_page)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        self.first_names_field = self._line_row("first_names", self.tr("&First names"))
        self.last_name_field = self._line_row("last_name", self.tr("&Last name"))
        self.preferred_name_field = self._line_row("preferred_name", self.tr("P&referred name"))
        self.preferred_name_field.setPlaceholderText(self.tr("The name the client goes by, if not the first"))
        self._build_identity_code_row()
        self.birth_date_field = self._line_row("birth_date", self.tr("&Birth date"))
        self.birth_date_field.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self._build_phone_rows()
        self.email_field = self._line_row("email", self.tr("&E-mail"))
        self.street_field = self._line_row("street", self.tr("S&treet address"))
        self.postal_code_field = self._line_row("postal_code", self.tr("Postal &code"))
        self.postal_code_field.setMaxLength(10)
        self._build_municipality_row()
        self._build_language_row()
        self.interpreter_field = QCheckBox(self.tr("&Interpreter needed"))
        self._form.addRow("", self.interpreter_field)
        self.safety_marking_field = QCheckBox(self.tr("Safety &marking (turvakielto)"))
        self.safety_marking_field.setToolTip(self.tr(
            "With a safety marking the client's address is hidden on screen, also from advisers, and never "
            "exported."))
        self._form.addRow("", self.safety_marking_field)
        if self._address_hidden:
            hidden = self.tr("Hidden (safety marking): type a new address to replace it")
            for widget in (self.street_field, self.postal_code_field, self.municipality_field.lineEdit()):
                widget.setPlaceholderText(hidden)

        scroll = QScrollArea()
        scroll.setWidget(form_page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.duplicate_notice)
        layout.addWidget(self.error_notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def _line_row(self, name: str, label: str) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(label.replace("&", ""))
        field.editingFinished.connect(lambda: self._left_field(name))
        self._add_row(name, label, field)
        return field

    def _add_row(self, name: str, label: str, field: QWidget, focus: QWidget | None = None) -> None:
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(self._problem_label(name))
        row_label = QLabel(label + ":")
        row_label.setBuddy(focus or field)
        self._form.addRow(row_label, cell)
        self._field_widgets[name] = focus or field

    def _problem_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(_PROBLEM_STYLE)
        label.hide()
        self._problem_labels[name] = label
        return label

    def _build_identity_code_row(self) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.identity_code_field = QLineEdit()
        self.identity_code_field.setAccessibleName(self.tr("Identity code"))
        self.identity_code_field.setPlaceholderText(self.tr("ddmmyy-nnnX"))
        self.identity_code_field.setMaxLength(20)
        self.identity_code_field.editingFinished.connect(lambda: self._left_field("identity_code"))
        self.identity_code_field.textEdited.connect(self._identity_code_typed)
        self.change_identity_code_button = QPushButton(self.tr("Change…"))
        self.change_identity_code_button.setToolTip(self.tr("Show the full identity code to correct it. "
                                                            "Every reveal is logged."))
        self.change_identity_code_button.setAutoDefault(False)
        self.change_identity_code_button.clicked.connect(self._reveal_identity_code)
        self.change_identity_code_button.setVisible(self._keep_identity_code)
        layout.addWidget(self.identity_code_field, 1)
        layout.addWidget(self.change_identity_code_button)
        self._add_row("identity_code", self.tr("I&dentity code"), row, focus=self.identity_code_field)

    def _build_phone_rows(self) -> None:
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.phone_fields: list[QLineEdit] = []
        self.phone_kind_fields: list[QComboBox] = []
        for index in range(PHONE_ROWS):
            number = QLineEdit()
            number.setAccessibleName(self.tr("Phone %1").replace("%1", str(index + 1)))
            number.setPlaceholderText(self.tr("e.g. 040 123 4567") if index == 0 else "")
            number.editingFinished.connect(lambda index=index: self._left_field(phone_field(index)))
            kind = QComboBox()
            kind.setAccessibleName(self.tr("Phone %1 kind").replace("%1", str(index + 1)))
            for value, text in (("mobile", self.tr("mobile")), ("home", self.tr("home")), ("work", self.tr("work"))):
                kind.addItem(text, value)
            grid.addWidget(number, index * 2, 0)
            grid.addWidget(kind, index * 2, 1)
            grid.addWidget(self._problem_label(phone_field(index)), index * 2 + 1, 0, 1, 2)
            self._field_widgets[phone_field(index)] = number
            self.phone_fields.append(number)
            self.phone_kind_fields.append(kind)
        grid.setColumnStretch(0, 1)
        label = QLabel(self.tr("&Phone") + ":")
        label.setBuddy(self.phone_fields[0])
        self._form.addRow(label, grid_widget)

    def _build_municipality_row(self) -> None:
        combo = self.municipality_field = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName(self.tr("Municipality"))
        for municipality in sorted(municipalities().values(), key=lambda m: m.name_fi):
            names = municipality.name_fi if municipality.name_sv == municipality.name_fi \
                else f"{municipality.name_fi} – {municipality.name_sv}"
            combo.addItem(names, municipality.code)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.setCurrentIndex(-1)
        combo.lineEdit().editingFinished.connect(lambda: self._left_field("municipality"))
        self._add_row("municipality", self.tr("M&unicipality"), combo)

    def _build_language_row(self) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.language_field = QComboBox()
        self.language_field.setAccessibleName(self.tr("Preferred language"))
        for code, text in (("fi", self.tr("Finnish")), ("sv", self.tr("Swedish")), ("en", self.tr("English")),
                           (_OTHER_LANGUAGE, self.tr("Other…"))):
            self.language_field.addItem(text, code)
        self.other_language_field = QLineEdit()
        self.other_language_field.setAccessibleName(self.tr("Other language code"))
        self.other_language_field.setPlaceholderText(self.tr("ISO 639-1 code, e.g. ru"))
        self.other_language_field.setMaxLength(8)
        self.other_language_field.hide()
        self.other_language_field.editingFinished.connect(lambda: self._left_field("preferred_language"))
        self.language_field.currentIndexChanged.connect(self._language_chosen)
        layout.addWidget(self.language_field)
        layout.addWidget(self.other_language_field, 1)
        self._add_row("preferred_language", self.tr("Lan&guage"), row, focus=self.language_field)

    # --- filling ---------------------------------------------------------------------------------------------------

    def _fill(self, draft: ClientDraft) -> None:
        self.first_names_field.setText(draft.first_names)
        self.last_name_field.setText(draft.last_name)
        self.preferred_name_field.setText(draft.preferred_name)
        if self._keep_identity_code and self._editing is not None:
            self.identity_code_field.setText(self._editing.masked_identity_code or "")
            self.identity_code_field.setReadOnly(True)
        else:
            self.identity_code_field.setText(draft.identity_code)
        self.birth_date_field.setText(draft.birth_date)
        if draft.birth_date and draft.birth_date == birth_date_for_identity_code(draft.identity_code):
            self._birth_date_from_code = draft.birth_date
        for (number, kind), number_field, kind_field in zip(
                draft.phones, self.phone_fields, self.phone_kind_fields, strict=False):
            number_field.setText(number)
            kind_field.setCurrentIndex(max(kind_field.findData(kind), 0))
        self.email_field.setText(draft.email)
        self.street_field.setText(draft.street)
        self.postal_code_field.setText(draft.postal_code)
        index = self.municipality_field.findData(draft.municipality)
        if index >= 0:
            self.municipality_field.setCurrentIndex(index)
        else:
            self.municipality_field.setEditText(draft.municipality)
        language_index = self.language_field.findData(draft.preferred_language)
        if language_index >= 0:
            self.language_field.setCurrentIndex(language_index)
        else:
            self.language_field.setCurrentIndex(self.language_field.findData(_OTHER_LANGUAGE))
            self.other_language_field.setText(draft.preferred_language)
        self.interpreter_field.setChecked(draft.interpreter_needed)
        self.safety_marking_field.setChecked(draft.safety_marking)

    def _municipality_text(self) -> str:
        text = self.municipality_field.currentText()
        index = self.municipality_field.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.municipality_field.itemData(index) if index >= 0 else text

    # --- behaviour -------------------------------------------------------------------------------------------------

    def _left_field(self, name: str) -> None:
        self._left.add(name)
        self._show_problems()
        if name == "identity_code" or name.startswith("phones"):
            self._check_duplicates()

    def _show_problems(self) -> list[FieldProblem]:
        problems = validate_draft(self.draft())
        by_field: dict[str, FieldProblem] = {}
        for problem in problems:
            by_field.setdefault(problem.field, problem)
        for name, label in self._problem_labels.items():
            problem = by_field.get(name)
            if problem is not None and name in self._left:
                label.setText(f"⚠ {problem_text(problem)}")
                label.show()
                self._field_widgets[name].setAccessibleDescription(problem.message)
            else:
                label.hide()
                label.setText("")
                self._field_widgets[name].setAccessibleDescription("")
        return problems

    def _focus_field(self, name: str) -> None:
        widget = self._field_widgets.get(name)
        if widget is not None:
            widget.setFocus()

    def _identity_code_typed(self, text: str) -> None:
        # The code encodes the birth date: fill it in, unless the adviser typed a birth date of their own.
        birth_date = birth_date_for_identity_code(text)
        current = self.birth_date_field.text()
        if birth_date is not None and current in ("", self._birth_date_from_code):
            self.birth_date_field.setText(birth_date)
            self._birth_date_from_code = birth_date

    def _reveal_identity_code(self) -> None:
        if self._editing is None:
            return
        code = reveal_identity_code(self._workstation, self._editing.id, reason="edit")
        self._keep_identity_code = False
        self.identity_code_field.setReadOnly(False)
        self.identity_code_field.setText(code or "")
        self._birth_date_from_code = birth_date_for_identity_code(code or "") or ""
        self.change_identity_code_button.hide()
        self.identity_code_field.setFocus()

    def _language_chosen(self) -> None:
        other = self.language_field.currentData() == _OTHER_LANGUAGE
        self.other_language_field.setVisible(other)
        if other:
            self.other_language_field.setFocus()

    def _check_duplicates(self) -> None:
        draft = self.draft()
        key = (tuple(number.strip() for number, _ in draft.phones), draft.identity_code.strip())
        if key == self._duplicate_key:
            return
        self._duplicate_key = key
        self._duplicate_generation += 1
        generation, workstation, excluding = self._duplicate_generation, self._workstation, self.client_id

        def work() -> tuple[int, list[DuplicateClient]]:
            return generation, find_duplicates(workstation, draft, excluding=excluding)

        run_in_background(self._workers, self, work, self._duplicates_found, self._duplicate_check_failed)

    def _duplicates_found(self, answer: tuple[int, list[DuplicateClient]]) -> None:
        generation, duplicates = answer
        if generation != self._duplicate_generation:
            return
        self._duplicates = duplicates
        if not duplicates:
            self.duplicate_notice.hide()
            return
        first = duplicates[0]
        who = first.display_name if first.birth_year is None else f"{first.display_name}, {first.birth_year}"
        if first.same_identity_code:
            text = self.tr("A client with this identity code already exists: %1")
        else:
            text = self.tr("A client with this phone number already exists: %1")
        text = text.replace("%1", who)
        if len(duplicates) > 1:
            text += " " + self.tr("(and %1 more)").replace("%1", whole_number(len(duplicates) - 1))
        self.duplicate_notice.set_text(text)
        self.duplicate_notice.show()

    def _duplicate_check_failed(self, _message: str) -> None:
        # Only a warning is lost; the save still checks identity codes inside its own transaction.
        self._duplicate_key = None

    def _open_existing(self) -> None:
        if not self._duplicates:
            return
        self.open_existing_requested.emit(self._duplicates[0].id)
        self._close_now()

    def _save_answered(self, outcome: object) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.save_button.setText(self.tr("Save"))
        if isinstance(outcome, uuid.UUID):
            self.client_saved.emit(outcome)
            self._close_now(accepted=True)
            return
        if isinstance(outcome, DraftRejected):
            self._show_rejection(outcome.problems)
            return
        if isinstance(outcome, NeuvoError):
            self._show_error(error_text(outcome))
            return
        self._show_error(self.tr("This client is no longer in the store; nothing was saved. Your text is still "
                                 "here: copy what you need before closing."))

    def _save_failed(self, message: str) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.save_button.setText(self.tr("Save"))
        self._show_error(self.tr("The client could not be saved. Your text is still here; try Save again, and "
                                 "if it keeps failing, restart Neuvo."))
        self.error_notice.setToolTip(message)

    def _show_rejection(self, problems: list[FieldProblem]) -> None:
        for problem in problems:
            label = self._problem_labels.get(problem.field)
            if label is not None:
                label.setText(f"⚠ {problem_text(problem)}")
                label.show()
        self._focus_field(problems[0].field)

    def _show_error(self, text: str) -> None:
        self.error_notice.set_text(text)
        self.error_notice.setToolTip("")
        self.error_notice.show()

    def _close_now(self, *, accepted: bool = False) -> None:
        self._saving = False
        self.done(QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        """Esc or Cancel: closes at once when nothing was typed; otherwise asks first, so a stray Esc at a busy
        counter does not throw away a form the adviser filled in with the client."""
        if self._saving:
            return  # the save is already under way; closing now would hide whether it worked
        if self.draft() == self._draft_as_opened:
            super().reject()
            return
        self._ask_to_discard()

    def discard(self) -> None:
        """Close without saving and without asking."""
        if not self._saving:
            super().reject()

    def _ask_to_discard(self) -> None:
        if self._discard_question is not None:
            return
        new = self._editing is None
        question = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                               self.tr("Discard the new client?") if new else self.tr("Discard your changes?"),
                               QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        question.setInformativeText(self.tr("What you typed in this form will not be saved."))
        question.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        question.setDefaultButton(QMessageBox.StandardButton.Cancel)
        question.setEscapeButton(QMessageBox.StandardButton.Cancel)
        question.finished.connect(self._discard_answered)
        self._discard_question = question
        question.open()

    def _discard_answered(self, answer: int) -> None:
        question, self._discard_question = self._discard_question, None
        if question is not None:
            question.deleteLater()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()

    def done(self, result: int) -> None:
        # Duplicate checks take milliseconds; let one in flight finish before the store may be closed.
        self._workers.waitForDone(5000)
        super().done(result)
