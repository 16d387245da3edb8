"""Recording a consent decision on the spot: the text to read aloud, the decision and how it was given.

Fully keyboard-operable: Alt+letter reaches every field, Ctrl+Enter saves, Esc cancels. The text is shown in the
client's language (the adviser may switch it, e.g. to English); what is saved names the text version shown.
The rules (guardian for a client under 15, validity, text version) are checked by the use case; this dialog
shows its answer beside the form and keeps everything typed.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QThreadPool, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.consent import ConsentChannel, ConsentDecision, ConsentEvent, ConsentEvidence
from app.errors import NeuvoError
from app.usecases.consent_card import ConsentOverview
from app.usecases.record_consent import (
    GUARDIAN_NAME_MAX_LENGTH,
    ConsentForm,
    consent_text_language,
    prepare_consent,
    record_consent,
)
from app.workstation import Workstation
from ui.app_text import error_text
from ui.client_list_model import language_name
from ui.locale_format import date_edit_format
from ui.warning_notice import WarningNotice
from ui.workers import run_in_background


def _tr(text: str) -> str:
    # The unnamed context is the one lupdate gives `_tr` calls (see scripts/update-translations).
    return QCoreApplication.translate("", text)


def channel_text(channel: ConsentChannel) -> str:
    return {
        ConsentChannel.COUNTER: _tr("At the counter"),
        ConsentChannel.PHONE: _tr("On the phone"),
        ConsentChannel.OUTREACH: _tr("At an outreach event"),
        ConsentChannel.DIGITAL: _tr("Digitally"),
    }[channel]


def evidence_text(evidence: ConsentEvidence) -> str:
    return {
        ConsentEvidence.VERBAL: _tr("Verbal"),
        ConsentEvidence.SIGNED: _tr("Signed on paper"),
        ConsentEvidence.STRONG_E_IDENTIFICATION: _tr("Strong e-identification"),
    }[evidence]


def decision_text(decision: ConsentDecision) -> str:
    return {
        ConsentDecision.GRANTED: _tr("Granted"),
        ConsentDecision.REFUSED: _tr("Refused"),
        ConsentDecision.WITHDRAWN: _tr("Withdrawn"),
    }[decision]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ConsentDialog(QDialog):
    consent_recorded = Signal(object)  # the ConsentEvent stored

    def __init__(self, workstation: Workstation, client_id: uuid.UUID, client_name: str, client_language: str,
                 overview: ConsentOverview, *, purpose: str | None = None,
                 channel: ConsentChannel = ConsentChannel.COUNTER, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._client_id = client_id
        self._overview = overview
        self._workers = QThreadPool(self)
        self._form: ConsentForm | None = None
        self._saving = False
        self.setWindowTitle(self.tr("Consent — %1").replace("%1", client_name))
        self.setAccessibleName(self.windowTitle())
        self.setSizeGripEnabled(True)

        self.purpose_box = QComboBox()
        for item in overview.purposes:
            if item.status.known_purpose:
                self.purpose_box.addItem(item.label, item.status.purpose)
        self.purpose_box.setAccessibleName(self.tr("Purpose"))
        self.language_box = QComboBox()
        for code in ("fi", "sv", "en"):
            self.language_box.addItem(language_name(code), code)
        self.language_box.setAccessibleName(self.tr("Language of the consent text"))
        self.language_box.setCurrentIndex(self.language_box.findData(consent_text_language(client_language)))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.text_view = QTextBrowser()
        self.text_view.setAccessibleName(self.tr("Consent text to read aloud"))
        self.text_view.setMinimumHeight(160)
        self.text_view.setTabChangesFocus(True)
        self.version_label = QLabel()

        self.decision_buttons = QButtonGroup(self)
        self.decision_radios: dict[ConsentDecision, QRadioButton] = {}
        for decision, text in ((ConsentDecision.GRANTED, self.tr("&Grant")),
                               (ConsentDecision.REFUSED, self.tr("&Refuse")),
                               (ConsentDecision.WITHDRAWN, self.tr("&Withdraw"))):
            radio = QRadioButton(text)
            self.decision_buttons.addButton(radio)
            self.decision_radios[decision] = radio
        self.channel_box = QComboBox()
        for item in ConsentChannel:
            self.channel_box.addItem(channel_text(item), item.value)
        self.channel_box.setCurrentIndex(self.channel_box.findData(channel.value))
        self.channel_box.setAccessibleName(self.tr("How the client was served"))
        self.evidence_box = QComboBox()
        for item in ConsentEvidence:
            self.evidence_box.addItem(evidence_text(item), item.value)
        self.evidence_box.setAccessibleName(self.tr("Evidence"))
        self.valid_from = QDateEdit()
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat(date_edit_format())
        self.valid_from.setAccessibleName(self.tr("Valid from"))
        self.valid_until = QDateEdit()
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat(date_edit_format())
        self.valid_until.setAccessibleName(self.tr("Valid until"))
        self.until_withdrawn = QCheckBox(self.tr("Until withdrawn (&no end date)"))
        self.until_withdrawn.toggled.connect(lambda on: self.valid_until.setEnabled(not on))
        self.guardian_field = QLineEdit()
        self.guardian_field.setMaxLength(GUARDIAN_NAME_MAX_LENGTH)
        self.guardian_field.setAccessibleName(self.tr("Guardian who consented"))
        self.guardian_field.setPlaceholderText(self.tr("The guardian's name"))
        self.guardian_note = QLabel(self.tr("The client is under 15: a grant needs the guardian's consent."))
        self.guardian_note.setWordWrap(True)
        self.error_notice = WarningNotice("")
        self.error_notice.hide()

        self._lay_out()
        self._choose_purpose(purpose)
        self.purpose_box.currentIndexChanged.connect(lambda _i: self._purpose_changed())
        self.language_box.currentIndexChanged.connect(lambda _i: self._load_form())
        self.decision_buttons.buttonToggled.connect(lambda _b, _on: self._decision_changed())
        self._purpose_changed()
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.save)
        self.resize(max(self.sizeHint().width(), 640), max(self.sizeHint().height(), 640))

    # --- public ----------------------------------------------------------------------------------------------------

    @property
    def decision(self) -> ConsentDecision:
        return next(decision for decision, radio in self.decision_radios.items() if radio.isChecked())

    def save(self) -> None:
        form = self._form
        if form is None or self._saving:
            return
        decision = self.decision
        granted = decision is ConsentDecision.GRANTED
        until: date | None = None
        if granted and not self.until_withdrawn.isChecked():
            until = self.valid_until.date().toPython()
        details = {
            "channel": ConsentChannel(self.channel_box.currentData()),
            "evidence": ConsentEvidence(self.evidence_box.currentData()),
            "language": form.language,
            "guardian": self.guardian_field.text().strip() or None if granted else None,
            "valid_from": self.valid_from.date().toPython(),
            "valid_until": until,
            "text_version": form.text_version,
        }
        workstation, client_id, purpose = self._workstation, self._client_id, form.purpose
        self._saving = True
        self.save_button.setEnabled(False)

        def work() -> ConsentEvent:
            return record_consent(workstation, client_id, purpose, decision, **details)

        run_in_background(self._workers, self, work, self._saved, self._save_failed)

    def wait_for_workers(self, timeout_ms: int = 10_000) -> bool:
        return self._workers.waitForDone(timeout_ms)

    # --- building --------------------------------------------------------------------------------------------------

    def _lay_out(self) -> None:
        form = QFormLayout()
        self._add_row(form, self.tr("&Purpose:"), self.purpose_box)
        self._add_row(form, self.tr("Te&xt in:"), self.language_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        text_label = QLabel(self.tr("Read &aloud:"))
        text_label.setBuddy(self.text_view)
        layout.addWidget(text_label)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.version_label)

        details = QFormLayout()
        decisions = QHBoxLayout()
        for radio in self.decision_radios.values():
            decisions.addWidget(radio)
        decisions.addStretch(1)
        details.addRow(self.tr("Decision:"), decisions)
        self._add_row(details, self.tr("&Channel:"), self.channel_box)
        self._add_row(details, self.tr("&Evidence:"), self.evidence_box)
        from_row = QHBoxLayout()
        from_row.addWidget(self.valid_from)
        from_row.addStretch(1)
        self._add_row(details, self.tr("Valid &from:"), from_row, buddy=self.valid_from)
        until_row = QHBoxLayout()
        until_row.addWidget(self.valid_until)
        until_row.addWidget(self.until_withdrawn)
        until_row.addStretch(1)
        self._until_label = self._add_row(details, self.tr("Valid &until:"), until_row, buddy=self.valid_until)
        self._guardian_label = self._add_row(details, self.tr("Guar&dian:"), self.guardian_field)
        details.addRow("", self.guardian_note)
        self._details = details
        layout.addLayout(details)
        layout.addWidget(self.error_notice)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save the decision (Ctrl+Enter)"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _add_row(form: QFormLayout, text: str, field: QWidget | QHBoxLayout,
                 buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy or field)  # type: ignore[arg-type]
        form.addRow(label, field)
        return label

    # --- behaviour -------------------------------------------------------------------------------------------------

    def _choose_purpose(self, purpose: str | None) -> None:
        index = self.purpose_box.findData(purpose) if purpose else -1
        if index < 0 and not self._overview.may_record_contact:
            index = self.purpose_box.findData("record_contact")
        self.purpose_box.setCurrentIndex(max(index, 0))

    def _purpose_changed(self) -> None:
        """Preselect the decision an adviser most likely records: withdraw what holds, grant anything else."""
        code = self.purpose_box.currentData()
        holds = code is not None and self._overview.status(code).permits
        self.decision_radios[ConsentDecision.WITHDRAWN if holds else ConsentDecision.GRANTED].setChecked(True)
        self._load_form()

    def _load_form(self) -> None:
        code = self.purpose_box.currentData()
        if code is None:
            return
        try:
            form = prepare_consent(self._workstation, self._client_id, code, language=self.language_box.currentData())
        except (NeuvoError, LookupError) as error:
            self._form = None
            self._show_error(error_text(error) if isinstance(error, NeuvoError)
                             else self.tr("This client is no longer in the store."))
            self.save_button.setEnabled(False)
            return
        self._form = form
        self.explanation.setText(form.explanation)
        self.text_view.setPlainText(form.text.strip())
        self.version_label.setText(self.tr("Text version %1").replace("%1", form.text_version))
        self.valid_from.setMaximumDate(_qdate(form.valid_from))
        self.valid_from.setDate(_qdate(form.valid_from))
        self.valid_until.setMinimumDate(_qdate(form.valid_from))
        self.valid_until.setDate(_qdate(form.default_valid_until))
        self.until_withdrawn.setChecked(False)
        self.save_button.setEnabled(True)
        self.error_notice.hide()
        self._decision_changed()

    def _decision_changed(self) -> None:
        granted = self.decision is ConsentDecision.GRANTED
        for widget in (self._until_label, self.valid_until, self.until_withdrawn):
            widget.setVisible(granted)
        guardian = granted and self._form is not None and self._form.guardian_required
        self._guardian_label.setVisible(guardian)
        self.guardian_field.setVisible(guardian)
        self.guardian_note.setVisible(guardian)
        self.save_button.setText({ConsentDecision.GRANTED: self.tr("Save grant"),
                                  ConsentDecision.REFUSED: self.tr("Save refusal"),
                                  ConsentDecision.WITHDRAWN: self.tr("Save withdrawal")}[self.decision])

    def _saved(self, event: ConsentEvent) -> None:
        self._saving = False
        self.consent_recorded.emit(event)
        self.accept()

    def _save_failed(self, message: str) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._show_error(message)
        if self.guardian_field.isVisible() and not self.guardian_field.text().strip():
            self.guardian_field.setFocus()

    def _show_error(self, text: str) -> None:
        self.error_notice.set_text(text)
        self.error_notice.show()

    def reject(self) -> None:
        if not self._saving:
            super().reject()

    def done(self, result: int) -> None:
        self._workers.waitForDone(5000)
        super().done(result)
