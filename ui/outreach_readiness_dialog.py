"""Outreach mode's two reports: "Prepare for event" (a full sync, then is everything here for a day without
network?) and "Send everything" (after the event: N sent, how many still wait, and why).

The dialog only shows; the CRM menu (ui/sync_menu.py) starts the run and hands over the answer. It is not modal:
the adviser keeps working while the sync runs.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.sync_port import SIGN_IN_NEEDED, SyncRunReport
from app.usecases.outreach_readiness import DeliveryReport, OutreachReadiness
from ui.locale_format import time_of_day, whole_number


class OutreachTask(Enum):
    PREPARE = "prepare"
    SEND = "send"


class OutreachDialog(QDialog):
    open_conflicts_requested = Signal()
    outreach_mode_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Whether to offer switching the workstation to outreach mode once it is ready (set by the CRM menu).
        self.offer_outreach_mode = lambda: False
        self.task: OutreachTask | None = None
        self.answer: OutreachReadiness | DeliveryReport | None = None
        self.resize(560, 260)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(self.tr("Outcome"))
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setAccessibleName(self.tr("Details"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: a run's length is not known in advance
        self.progress.setAccessibleName(self.tr("Syncing"))
        self.progress.setTextVisible(False)
        self.conflicts_button = QPushButton(self.tr("Resolve &conflicts…"))
        self.conflicts_button.setAccessibleName(self.tr("Resolve conflicts"))
        self.conflicts_button.clicked.connect(self.open_conflicts_requested)
        self.outreach_mode_button = QPushButton(self.tr("Switch to &outreach mode…"))
        self.outreach_mode_button.setAccessibleName(self.tr("Switch to outreach mode"))
        self.outreach_mode_button.setToolTip(self.tr("Name the event: encounters are then recorded as outreach and "
                                                     "visitors tallied under the event."))
        self.outreach_mode_button.clicked.connect(self.outreach_mode_requested)
        self.outreach_mode_button.clicked.connect(self.outreach_mode_button.hide)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.conflicts_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.outreach_mode_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.progress)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    # --- public ----------------------------------------------------------------------------------------------------

    def start(self, task: OutreachTask) -> None:
        self.task = task
        self.answer = None
        if task is OutreachTask.PREPARE:
            self.setWindowTitle(self.tr("Prepare for an event"))
            self._say(self.tr("Syncing with the CRM…"),
                      self.tr("Neuvo sends what waits here, receives every change from the CRM and then checks "
                              "that clients, consents and services are on this workstation. You can keep "
                              "working meanwhile."))
        else:
            self.setWindowTitle(self.tr("Send everything"))
            self._say(self.tr("Sending everything to the CRM…"),
                      self.tr("Neuvo sends every change recorded here and then counts what still waits."))
        self.progress.show()
        self.conflicts_button.hide()
        self.outreach_mode_button.hide()

    def show_answer(self, task: OutreachTask, answer: OutreachReadiness | DeliveryReport) -> None:
        self.task = task
        self.answer = answer
        self.progress.hide()
        if isinstance(answer, OutreachReadiness):
            self._show_readiness(answer)
        else:
            self._show_delivery(answer)
        self.conflicts_button.setVisible(answer.open_conflicts > 0)
        self.outreach_mode_button.setVisible(isinstance(answer, OutreachReadiness) and answer.ready
                                             and self.offer_outreach_mode())

    def show_failure(self, task: OutreachTask, message: str) -> None:
        self.task = task
        self.progress.hide()
        self._say(self.tr("The check could not be completed."),
                  self.tr("%1 Your changes are kept; try again in a moment.").replace("%1", message))

    # --- texts -----------------------------------------------------------------------------------------------------

    def _show_readiness(self, ready: OutreachReadiness) -> None:
        synced = time_of_day(ready.last_success_at) if ready.last_success_at is not None else None
        counts = self.tr("%1 clients, %2 consents, %3 services, %4, %5 waiting") \
            .replace("%1", whole_number(ready.clients)).replace("%2", whole_number(ready.consents)) \
            .replace("%3", whole_number(ready.services)) \
            .replace("%4", self.tr("synced %1").replace("%1", synced) if synced else self.tr("never synced")) \
            .replace("%5", whole_number(ready.waiting))
        if ready.ready:
            self._say(self.tr("Ready for offline work: %1.").replace("%1", counts),
                      self.tr("Lookup, consents, service search and need tagging work without network. After "
                              "the event, choose CRM > Send everything."))
            return
        self._say(self.tr("Not ready for offline work yet."),
                  "\n".join([*("• " + reason for reason in self._missing(ready)),
                             self.tr("On this workstation: %1.").replace("%1", counts)]))

    def _missing(self, ready: OutreachReadiness) -> list[str]:
        reasons = []
        if ready.run.outcome == SIGN_IN_NEEDED:
            reasons.append(self.tr("Sign-in to the CRM is needed, so the latest changes could not be fetched."))
        elif not ready.run.reached_crm:
            reasons.append(self.tr("The CRM could not be reached, so the clients here may be out of date. Connect "
                                   "to the network and prepare again."))
        if ready.clients == 0:
            reasons.append(self.tr("There are no clients on this workstation."))
        if ready.services == 0:
            reasons.append(self.tr("The service catalogue is missing: import it before the event (Services > "
                                   "Import services, or neuvo import-services)."))
        unsent = ready.waiting - ready.refused
        if unsent > 0:
            reasons.append(self.tr("%1 changes are still waiting to be sent.").replace("%1", whole_number(unsent)))
        if ready.refused:
            reasons.append(self.tr("%1 changes were refused by the CRM and wait for IT support.")
                           .replace("%1", whole_number(ready.refused)))
        if ready.open_conflicts:
            reasons.append(self.tr("%1 conflicts wait for your decision.")
                           .replace("%1", whole_number(ready.open_conflicts)))
        if ready.run.message:
            reasons.append(_run_message(ready.run))
        return reasons

    def _show_delivery(self, report: DeliveryReport) -> None:
        headline = self.tr("%1 sent, %2 waiting.").replace("%1", whole_number(report.sent)) \
            .replace("%2", whole_number(report.waiting))
        lines = []
        if report.complete:
            lines.append(self.tr("Everything recorded on this workstation is in the CRM."))
        else:
            if report.unsent > 0:
                if report.run.reached_crm:
                    why = self.tr("%1 changes were not sent in this run; they go with the next sync.")
                else:
                    why = self.tr("%1 changes wait on this workstation: they could not be sent.")
                lines.append(why.replace("%1", whole_number(report.unsent)))
            if report.run.message:
                lines.append(_run_message(report.run))
            if report.refused:
                lines.append(self.tr("%1 changes were refused by the CRM; they are kept and wait for IT support.")
                             .replace("%1", whole_number(report.refused)))
            if report.unsent > 0 and not report.run.reached_crm:
                lines.append(self.tr("Nothing is lost. Choose Send everything again when the connection is back "
                                     "(Neuvo also tries by itself every few minutes)."))
        if report.open_conflicts:
            lines.append(self.tr("%1 conflicts wait for your decision.")
                         .replace("%1", whole_number(report.open_conflicts)))
        self._say(headline, "\n".join(lines))

    def _say(self, headline: str, details: str) -> None:
        self.headline.setText(headline)
        self.headline.setAccessibleDescription(headline)
        self.details.setText(details)
        self.details.setAccessibleDescription(details)


def _run_message(run: SyncRunReport) -> str:
    # The engine's sentences come from sync/ in English; the catalogue carries them under this context.
    return QCoreApplication.translate("SyncProblem", run.message or "")
