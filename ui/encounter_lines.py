"""The client card's "Last encounters": when, how, where, the outcome and the needs, newest first."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.encounter import EncounterChannel, EncounterOutcome, NeedStatus
from app.errors import NeuvoError
from app.usecases.record_encounter import EncounterLine, last_encounters
from app.workstation import Workstation
from ui.app_text import error_text
from ui.locale_format import date_time
from ui.ui_language import ui_language

SHOWN = 5


def _tr(text: str) -> str:
    # The unnamed context is the one lupdate gives `_tr` calls (see scripts/update-translations).
    return QCoreApplication.translate("", text)


def channel_text(channel: EncounterChannel) -> str:
    return {EncounterChannel.COUNTER: _tr("counter"), EncounterChannel.PHONE: _tr("phone"),
            EncounterChannel.OUTREACH: _tr("outreach"), EncounterChannel.CHAT: _tr("chat"),
            EncounterChannel.EMAIL: _tr("e-mail")}.get(channel, channel.value)


def outcome_text(outcome: EncounterOutcome) -> str:
    return {EncounterOutcome.RESOLVED_ON_FIRST_CONTACT: _tr("resolved on first contact"),
            EncounterOutcome.GUIDED_TO_SERVICE: _tr("guided to a service"),
            EncounterOutcome.REFERRED_WITH_WARM_HANDOVER: _tr("referred with a warm hand-over"),
            EncounterOutcome.APPOINTMENT_BOOKED: _tr("appointment booked"),
            EncounterOutcome.NO_SUITABLE_SERVICE: _tr("no suitable service found"),
            EncounterOutcome.OTHER: _tr("other")}.get(outcome, outcome.value)


def need_status_text(status: NeedStatus) -> str:
    return {NeedStatus.MET: _tr("met"), NeedStatus.UNMET: _tr("unmet")}.get(status, _tr("partly met"))


def encounter_text(line: EncounterLine) -> str:
    when = date_time(line.started_at)
    head = ", ".join(part for part in (when, channel_text(line.channel), line.place, line.adviser_name) if part)
    needs = "; ".join(f"{need.label} ({need_status_text(need.status)})" for need in line.needs)
    text = f"{head} — {outcome_text(line.outcome)}"
    return f"{text}\n{needs}" if needs else text


class EncounterLines(QWidget):
    """Reads the client's last encounters when the card opens (part of the card's audited view)."""

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        heading = QLabel(self.tr("Last encounters"))
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        self.lines.setAccessibleName(self.tr("Last encounters"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.lines)

    def show_client(self, client_id: uuid.UUID) -> None:
        try:
            found = last_encounters(self._workstation, client_id, SHOWN, ui_language())
        except NeuvoError as error:  # a city's taxonomy file that cannot be read
            self.lines.setText(error_text(error))
            return
        self.lines.setText("\n\n".join(encounter_text(line) for line in found)
                          or self.tr("No encounters recorded with this client's name."))
