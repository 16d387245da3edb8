"""The encounter panel below the client card: what this contact was about, tagged while it happens.

An encounter starts when a card opens or a call pops (its channel from the workstation mode; a ringing phone
makes it a phone encounter) and times itself. The adviser types needs (autocomplete), marks each met / partly
met / unmet with 1 · 2 · 3, picks the outcome, writes a short summary, notes signals when asked, and saves with
Ctrl+Enter. Services offered from the service search attach to it and propose their service classes as needs.

Every change is kept as a draft a moment later, off the UI thread (typing never waits on the disk); an
encounter left open when the window closes stays a draft and is offered again on the next start. Whether the
encounter keeps the person's name is the client's `record_contact` consent: the panel says so before saving,
and `record_encounter` enforces it.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.consent_purposes import RECORD_CONTACT
from app.domain.encounter import (
    MAX_SERVICES_OFFERED,
    SUMMARY_MAX_LENGTH,
    EncounterChannel,
    EncounterDraft,
    EncounterOutcome,
    NeedStatus,
)
from app.errors import NeuvoError
from app.store.client_repository import ClientNotFound
from app.usecases.consent_card import ConsentOverview
from app.usecases.offered_services import offered_service_names
from app.usecases.record_encounter import (
    AnonymousReason,
    DraftInfo,
    RecordedEncounter,
    discard_draft,
    need_taxonomy,
    open_drafts,
    propose_needs_for_services,
    record_encounter,
    review_encounter,
    save_draft,
)
from app.usecases.workstation_mode import WorkstationMode, workstation_mode
from app.workstation import Workstation
from ui.accessibility import announce
from ui.app_text import app_text, error_text
from ui.consent_badges import state_text
from ui.draft_restore import DraftRestoreBanner
from ui.encounter_lines import channel_text, outcome_text
from ui.locale_format import date_time, time_with_seconds, whole_number
from ui.need_tag_editor import NeedTagEditor
from ui.signal_editor import SignalEditor
from ui.ui_language import ui_language
from ui.workers import run_in_background

log = logging.getLogger(__name__)

# Long enough to gather a burst of typing into one write, short enough that a crash loses a few words at most.
DRAFT_DEBOUNCE_MS = 400
SERVICE_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    # The unnamed context is the one lupdate gives `_tr` calls (see scripts/update-translations).
    return QCoreApplication.translate("", text)


def has_content(draft: EncounterDraft) -> bool:
    """Whether anything was typed or chosen: an encounter with nothing in it is not worth keeping as a draft."""
    return bool(draft.need_tags or draft.outcome or draft.summary.strip() or draft.signals
                or draft.services_offered)


def elapsed_text(started_at: datetime, now: datetime) -> str:
    seconds = max(0, int((now - started_at).total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


@dataclass(frozen=True)
class _ClientGone:
    """record_encounter found the draft's client removed from the store (a sync, another adviser)."""


class EncounterPanel(QFrame):
    """One open encounter at a time; `client_opened` and `call_started` start (or continue) it."""

    open_client_requested = Signal(object)  # uuid.UUID: a resumed draft's client, whose card should open
    encounter_saved = Signal(object)  # RecordedEncounter
    offered_changed = Signal(list)  # the open encounter's offered PTV service ids ([] when none is open)

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self.mode: WorkstationMode = workstation_mode(workstation)
        # The window says whether a call is on screen: such an encounter is on the phone, whatever the mode.
        self.call_on_screen: Callable[[], bool] = lambda: False
        self._draft: EncounterDraft | None = None
        self._stored = False  # the draft has a row in the store
        self._consent: ConsentOverview | None = None
        self._card_client: uuid.UUID | None = None
        self._filling = False
        self._saving = False
        self._saving_snapshot: EncounterDraft | None = None
        self._closed = False
        self._signal_prompted = False
        self._service_names: dict[str, str] = {}
        # One thread: draft writes and the final save reach the store in the order they were made, so an older
        # draft can never overwrite a newer one or resurrect an encounter already saved.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.setObjectName("encounterPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Encounter"))

        self.draft_banner = DraftRestoreBanner()
        self.draft_banner.resume_requested.connect(self.resume)
        self.draft_banner.discard_requested.connect(self._discard_left_open)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DEBOUNCE_MS)
        self._draft_timer.timeout.connect(self._keep_draft)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)

        self._stack = QStackedWidget()
        self._stack.addWidget(self._build_idle_page())
        self._stack.addWidget(self._build_encounter_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_header())
        layout.addWidget(self.draft_banner)
        layout.addWidget(self._stack, 1)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
            shortcut.setWhatsThis(self.tr("Save the encounter"))  # its line in the F1 cheat sheet
        self._show_idle(self.tr("An encounter starts when you open a client's card or a call comes in."))
        QTimer.singleShot(0, self.offer_open_drafts)

    # --- public ----------------------------------------------------------------------------------------------------

    @property
    def draft(self) -> EncounterDraft | None:
        """The open encounter as typed so far (a copy), or None."""
        if self._draft is None:
            return None
        self._collect()
        return self._draft.copy()

    def set_mode(self, mode: WorkstationMode) -> None:
        """The workstation's mode changed: encounters started from now on take its channel (and event)."""
        self.mode = mode
        draft = self._draft
        if draft is not None and not has_content(draft) and not self.call_on_screen():
            draft.channel = mode.channel
            draft.event_name = mode.event_name
            self._show_heading()

    def client_opened(self, client_id: uuid.UUID, consent: ConsentOverview | None) -> None:
        """A card opened: continue the encounter with this client, give a client-less one (a call that just
        popped) its client, or start a new one — keeping an unfinished encounter with someone else as a draft."""
        self._card_client = client_id
        self._consent = consent
        draft = self._draft
        if draft is not None and not self._saving:
            if draft.client_id == client_id:
                self._show_consent()
                return
            if draft.client_id is None:
                draft.client_id = client_id
                self._changed()
                return
        self.start(client_id)

    def set_consent(self, consent: ConsentOverview | None) -> None:
        """The card's consents changed (recorded with Ctrl+K while the encounter is open)."""
        self._consent = consent
        self._show_consent()

    def call_started(self) -> None:
        """A phone is ringing: the next encounter is a phone one, its client known once the card opens."""
        draft = self._draft
        if draft is not None and draft.client_id is None and not has_content(draft) and not self._saving:
            draft.channel = EncounterChannel.PHONE
            draft.started_at = datetime.now(UTC)
            self._show_heading()
            return
        self.start(None, channel=EncounterChannel.PHONE)

    def start(self, client_id: uuid.UUID | None = None, *,
              channel: EncounterChannel | None = None) -> EncounterDraft:
        """Start a new encounter now (an unfinished one is kept as a draft, an empty one dropped), on `channel`,
        else on the phone while a call is on screen, else on the workstation mode's channel."""
        self._park()
        channel = channel or (EncounterChannel.PHONE if self.call_on_screen() else self.mode.channel)
        event = self.mode.event_name if channel is EncounterChannel.OUTREACH else None
        if client_id != self._card_client:
            self._consent = None
        draft = EncounterDraft(channel=channel, started_at=datetime.now(UTC), client_id=client_id,
                               event_name=event)
        self._open(draft, stored=False)
        return draft

    def start_for_card(self) -> EncounterDraft:
        """Ctrl+Shift+N: a new encounter with the client whose card is open (or with nobody)."""
        return self.start(self._card_client)

    def add_offered_service(self, ptv_id: str, service_class_codes: list[str]) -> None:
        """A service was offered from the service search: attach it, and propose its service classes as needs."""
        ptv_id = ptv_id.strip()
        if not ptv_id:
            return
        if self._draft is None:
            self.start(self._card_client)
        draft = self._draft
        assert draft is not None
        if ptv_id in draft.services_offered:
            self._say(self.tr("This service is already among the services offered."))
            return
        if len(draft.services_offered) >= MAX_SERVICES_OFFERED:
            self._say(self.tr("An encounter lists at most %1 services.").replace("%1", str(MAX_SERVICES_OFFERED)))
            return
        draft.services_offered.append(ptv_id)
        if self.outcome_box.currentData() is None:
            # Offering a service is what "guided to a service" means; preset, so a phone call saves without
            # a detour to the outcome (the adviser changes it when the contact went otherwise).
            self.outcome_box.setCurrentIndex(self.outcome_box.findData(EncounterOutcome.GUIDED_TO_SERVICE.value))
        self._show_services()
        self._look_up_service_names([ptv_id])
        try:
            proposed = propose_needs_for_services(self._workstation, service_class_codes, ui_language())
        except NeuvoError as error:  # the city's taxonomy file cannot be read
            self._say(error_text(error))
        else:
            self.need_editor.propose(proposed, self._service_names.get(ptv_id, ptv_id))
        self._changed()

    def remove_offered_service(self, ptv_id: str) -> None:
        if self._draft is not None and ptv_id in self._draft.services_offered:
            self._draft.services_offered.remove(ptv_id)
            self._show_services()
            self._changed()

    def save(self, *, anonymously: bool | None = None) -> bool:
        """Ctrl+Enter: check the encounter, say in words what still blocks it, ask once for a signal when one is
        asked for, then save it in the background. Returns whether saving started."""
        draft = self._draft
        if draft is None or self._saving:
            return False
        if anonymously is not None:
            self.anonymous_box.setChecked(anonymously)
        self._collect()
        try:
            review = review_encounter(self._workstation, draft)
        except NeuvoError as error:
            self._problem(error_text(error))
            return False
        if review.problems:
            self._problem(self.tr("Before saving: %1").replace("%1", " ".join(
                app_text(problem) for problem in review.problems)))
            if draft.outcome is None:
                self.outcome_box.setFocus()
            return False
        if review.signal_missing and not self._signal_prompted:
            self._signal_prompted = True
            self._show_signals(force=True)
            self._problem(self.tr("A signal is asked for (%1). Add one — Enter in its text — or press Ctrl+Enter "
                                  "again to save without it.").replace("%1", self._signal_reason()))
            self.signal_editor.text_field.setFocus()
            return False
        self._draft_timer.stop()
        self._saving = True
        self.save_button.setEnabled(False)
        self._say(self.tr("Saving…"))
        snapshot = draft.copy()
        self._saving_snapshot = snapshot
        workstation = self._workstation

        def work() -> RecordedEncounter | _ClientGone:
            # The draft first: should the save fail (or Neuvo close meanwhile), the latest typing is kept.
            save_draft(workstation, snapshot)
            try:
                return record_encounter(workstation, snapshot)
            except ClientNotFound:
                return _ClientGone()

        run_in_background(self._pool, self, work, self._saved, self._save_failed)
        return True

    def offer_open_drafts(self) -> None:
        """Read the adviser's encounters left open (in the background) and offer them in the banner."""
        if self._closed:
            return
        workstation = self._workstation
        run_in_background(self._pool, self, lambda: open_drafts(workstation), self._show_left_open,
                          self._left_open_unreadable)

    def _left_open_unreadable(self, message: str) -> None:
        self._problem(self.tr("Encounters left open could not be read, so they cannot be offered now; they stay "
                              "in the store untouched. Restart Neuvo; if this repeats, tell support."))
        self.problems.setToolTip(message)
        if self._draft is None:
            self._show_idle(self.problems.text())

    def resume(self, draft: EncounterDraft) -> None:
        """Continue an encounter left open; its client's card opens (an audited view) when it has one."""
        if self._draft is not None and self._draft.id == draft.id:
            return
        self._park()
        self.draft_banner.forget(draft.id)
        self._open(draft, stored=True)
        self._say(self.tr("Resumed the encounter started %1.").replace(
            "%1", date_time(draft.started_at)))
        if draft.client_id is not None:
            self.open_client_requested.emit(draft.client_id)

    def discard(self, *, confirm: bool = True) -> None:
        """Throw the open encounter away (asked first when something was typed)."""
        draft = self._draft
        if draft is None:
            return
        self._collect()
        if confirm and has_content(draft):
            answer = QMessageBox.question(
                self, self.tr("Discard the encounter?"),
                self.tr("Discard this encounter? What was typed in it cannot be recovered."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._draft_timer.stop()
        if self._stored:
            self._forget_draft(draft.id)
        self._draft = None
        self._show_idle(self.tr("Encounter discarded."))

    def keep_as_draft(self) -> None:
        """The window is closing: write what was typed, now, and stop. The encounter is offered on next start."""
        self._closed = True
        self._draft_timer.stop()
        self._clock.stop()
        self._pool.waitForDone()
        draft = self._draft
        if draft is None or self._saving:
            return
        self._collect()
        try:
            if has_content(draft):
                save_draft(self._workstation, draft.copy())
            elif self._stored:
                discard_draft(self._workstation, draft.id)
        except Exception as exc:  # the window closes whatever happens; the last debounced draft stays
            # Only the type: a store message may quote what was typed.
            log.warning("keeping the open encounter as a draft failed: %s", type(exc).__name__)

    def wait_for_workers(self, timeout_ms: int = 10_000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    # --- building --------------------------------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("encounterHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(12, 8, 12, 4)
        row.setSpacing(10)
        self.title = QLabel(self.tr("Encounter"))
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.channel_label = QLabel()
        self.channel_label.setAccessibleName(self.tr("Encounter channel"))
        self.elapsed_label = QLabel()
        self.elapsed_label.setAccessibleName(self.tr("Time since the encounter started"))
        monospace = QFont(self.elapsed_label.font())
        monospace.setStyleHint(QFont.StyleHint.TypeWriter)
        monospace.setFamily("monospace")
        self.elapsed_label.setFont(monospace)
        self.draft_state = QLabel()
        self.draft_state.setAccessibleName(self.tr("Draft state"))
        self.draft_state.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # A reassurance, not a control: it gives way first when the panel is narrow.
        self.draft_state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.draft_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.discard_button = QToolButton()
        self.discard_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.discard_button.setText(self.tr("Discard…"))
        self.discard_button.setAccessibleName(self.tr("Discard this encounter"))
        self.discard_button.setToolTip(self.tr("Discard this encounter without saving it…"))
        self.discard_button.clicked.connect(lambda: self.discard())
        row.addWidget(self.title)
        row.addWidget(self.channel_label)
        row.addWidget(self.elapsed_label)
        row.addWidget(self.draft_state, 1)
        row.addWidget(self.discard_button)
        return header

    def _build_idle_page(self) -> QWidget:
        self.idle_note = QLabel()
        self.idle_note.setWordWrap(True)
        self.idle_note.setTextFormat(Qt.TextFormat.PlainText)
        self.idle_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle_note.setMargin(16)
        self.idle_note.setAccessibleName(self.tr("Encounter message"))
        # Window-wide, so Ctrl+Shift+N works from the client list or the search box as well.
        self.new_action = QAction(self.tr("&New encounter"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.setToolTip(self.tr("Start a new encounter with the client on the card, or with nobody "
                                           "(Ctrl+Shift+N)."))
        self.new_action.triggered.connect(self.start_for_card)
        self.addAction(self.new_action)
        self.new_button = QPushButton(self.tr("Start an encounter  (Ctrl+Shift+N)"))
        self.new_button.setAccessibleName(self.tr("Start a new encounter"))
        self.new_button.setToolTip(self.new_action.toolTip())
        self.new_button.clicked.connect(self.new_action.trigger)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(self.idle_note)
        column.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return page

    def _build_encounter_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(12, 4, 12, 10)
        column.setSpacing(8)

        self.consent_line = QLabel()
        self.consent_line.setObjectName("encounterConsent")
        self.consent_line.setWordWrap(True)
        self.consent_line.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_line.setAccessibleName(self.tr("Whose name the encounter is saved with"))
        self.consent_line.setContentsMargins(8, 4, 8, 4)
        column.addWidget(self.consent_line)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)

        self.need_editor = NeedTagEditor(lambda: need_taxonomy(self._workstation))
        self.need_editor.changed.connect(self._changed)
        form.addRow(self._label(self.tr("&Needs:"), self.need_editor.field), self.need_editor)

        self.services_list = QListWidget()
        self.services_list.setAccessibleName(self.tr("Services offered"))
        self.services_list.setToolTip(self.tr("Delete removes the chosen service."))
        self.services_list.setMaximumHeight(self.services_list.fontMetrics().height() * 3 + 12)
        self.services_list.installEventFilter(self)
        self.remove_service_button = QPushButton(self.tr("Remove"))
        self.remove_service_button.setAccessibleName(self.tr("Remove the chosen service offered"))
        self.remove_service_button.clicked.connect(self._remove_current_service)
        services = QWidget()
        services_row = QHBoxLayout(services)
        services_row.setContentsMargins(0, 0, 0, 0)
        services_row.addWidget(self.services_list, 1)
        services_row.addWidget(self.remove_service_button, 0, Qt.AlignmentFlag.AlignTop)
        self._services_label = self._label(self.tr("Services:"), self.services_list)
        form.addRow(self._services_label, services)
        self._services_row = services

        self.outcome_box = QComboBox()
        self.outcome_box.setAccessibleName(self.tr("Outcome"))
        self.outcome_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.outcome_box.setMinimumContentsLength(14)
        self.outcome_box.addItem(self.tr("Choose the outcome…"), None)
        for outcome in EncounterOutcome:
            text = outcome_text(outcome)
            self.outcome_box.addItem(text[:1].upper() + text[1:], outcome.value)
        self.outcome_box.currentIndexChanged.connect(self._changed)
        form.addRow(self._label(self.tr("&Outcome:"), self.outcome_box), self.outcome_box)

        self.summary_field = QPlainTextEdit()
        self.summary_field.setAccessibleName(self.tr("Summary"))
        self.summary_field.setPlaceholderText(self.tr("A short summary for the next adviser (kept only with the "
                                                      "client's consent to store contacts)"))
        self.summary_field.setTabChangesFocus(True)
        self.summary_field.setFixedHeight(self.summary_field.fontMetrics().height() * 3 + 16)
        self.summary_field.textChanged.connect(self._changed)
        self.summary_count = QLabel()
        self.summary_count.setAccessibleName(self.tr("Summary length"))
        summary = QWidget()
        summary_column = QVBoxLayout(summary)
        summary_column.setContentsMargins(0, 0, 0, 0)
        summary_column.setSpacing(2)
        summary_column.addWidget(self.summary_field)
        summary_column.addWidget(self.summary_count, 0, Qt.AlignmentFlag.AlignRight)
        form.addRow(self._label(self.tr("Su&mmary:"), self.summary_field), summary)

        self.signal_editor = SignalEditor()
        self.signal_editor.changed.connect(self._changed)
        self._signals_label = self._label(self.tr("Si&gnal:"), self.signal_editor.kind_box)
        form.addRow(self._signals_label, self.signal_editor)
        column.addLayout(form)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setAccessibleName(self.tr("Encounter messages"))
        self.problems.hide()
        column.addWidget(self.problems)

        actions = QHBoxLayout()
        self.anonymous_box = QCheckBox(self.tr("Save anon&ymously"))
        self.anonymous_box.setAccessibleName(self.tr("Save anonymously, without the person's name"))
        self.anonymous_box.setToolTip(self.tr("Keep the needs, outcome and signals without linking them to the "
                                              "person (for instance when the client asks)."))
        self.anonymous_box.toggled.connect(self._changed)
        self.save_button = QPushButton(self.tr("Save  (Ctrl+Enter)"))
        self.save_button.setAccessibleName(self.tr("Save encounter"))
        self.save_button.setToolTip(self.tr("Save the encounter (Ctrl+Enter)."))
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(lambda: self.save())
        actions.addWidget(self.anonymous_box)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        column.addLayout(actions)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Narrow beside the service search: lines wrap rather than scroll sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 4, 0, 0)
        return label

    # --- showing ---------------------------------------------------------------------------------------------------

    def _open(self, draft: EncounterDraft, *, stored: bool) -> None:
        self._draft = draft
        self._stored = stored
        self._signal_prompted = False
        self._filling = True
        try:
            self.need_editor.set_tags(draft.need_tags)
            self.outcome_box.setCurrentIndex(max(0, self.outcome_box.findData(
                draft.outcome.value if draft.outcome else None)))
            self.summary_field.setPlainText(draft.summary)
            self.signal_editor.set_signals(draft.signals)
            self.anonymous_box.setChecked(draft.anonymous)
        finally:
            self._filling = False
        self._show_services()
        self._look_up_service_names(draft.services_offered)
        self.problems.hide()
        self.draft_state.setText(self.tr("draft ✓") if stored else "")
        self._stack.setCurrentIndex(1)
        self.discard_button.show()
        self._show_heading()
        self._show_consent()
        self._show_signals()
        self._show_summary_count()
        self._clock.start()
        self._tick()

    def _show_idle(self, message: str) -> None:
        self._clock.stop()
        self.offered_changed.emit([])
        self.idle_note.setText(message)
        announce(self.idle_note, message)
        self._stack.setCurrentIndex(0)
        self.discard_button.hide()
        self.channel_label.setText("")
        self.elapsed_label.setText("")
        self.draft_state.setText("")

    def _show_heading(self) -> None:
        draft = self._draft
        if draft is None:
            return
        where = channel_text(draft.channel)
        if draft.event_name:
            where += f" · {draft.event_name}"
        self.channel_label.setText(f"· {where}")
        self.channel_label.setAccessibleDescription(where)

    def _tick(self) -> None:
        if self._draft is not None:
            self.elapsed_label.setText(elapsed_text(self._draft.started_at, datetime.now(UTC)))

    def _show_consent(self) -> None:
        draft = self._draft
        if draft is None:
            return
        text, ok = self._consent_words(draft)
        self.consent_line.setText(text)
        look = ("background: #dff3e4; border: 1px solid #1e7b34;" if ok else
                "background: #fff4ce; border: 1px solid #d9a400;")
        self.consent_line.setStyleSheet(f"#encounterConsent {{ {look} border-radius: 4px; color: #1f1f1f; }}")

    def _consent_words(self, draft: EncounterDraft) -> tuple[str, bool]:
        """The line before saving: with or without the person's name, and why (symbol and words, not colour)."""
        if draft.client_id is None:
            return self.tr("ⓘ No client chosen: saved without a person (anonymous). Open the client's card to "
                           "link it."), True
        if draft.anonymous:
            return self.tr("ⓘ Saved without the person's name, as you chose."), True
        overview = self._consent if draft.client_id == self._card_client else None
        if overview is None:
            return self.tr("ⓘ Whether it keeps the person's name is decided by their consent when you save."), True
        status = overview.status(RECORD_CONTACT)
        label = next((item.label for item in overview.purposes if item.status.purpose == RECORD_CONTACT),
                     RECORD_CONTACT)
        if status.permits:
            return self.tr("✓ Saved with the person's name — consent “%1”: %2.").replace("%1", label).replace(
                "%2", state_text(status)), True
        words = self.tr("✕ Saved without the person's name: no consent “%1” (%2). Needs, outcome and signals "
                        "are kept. Ctrl+K records consent.").replace("%1", label).replace(
            "%2", state_text(status).lower())
        if draft.summary.strip():
            words += " " + self.tr("The summary is not kept without the name.")
        return words, False

    def _show_services(self) -> None:
        draft = self._draft
        offered = draft.services_offered if draft else []
        current = self.services_list.currentRow()
        self.services_list.clear()
        for ptv_id in offered:
            name = self._service_names.get(ptv_id)
            item = QListWidgetItem(name or self.tr("Service %1").replace("%1", ptv_id))
            item.setData(SERVICE_ROLE, ptv_id)
            item.setToolTip(ptv_id)
            self.services_list.addItem(item)
        if offered:
            self.services_list.setCurrentRow(min(max(current, 0), len(offered) - 1))
        for widget in (self._services_label, self._services_row):
            widget.setVisible(bool(offered))
        self.offered_changed.emit(list(offered))

    def _show_signals(self, *, force: bool = False) -> None:
        draft = self._draft
        asked = draft is not None and (self._signals_asked(draft) or bool(draft.signals))
        visible = asked or force
        if asked:
            self.signal_editor.set_asked(self.tr("Asked because %1. What should the city know?")
                                         .replace("%1", self._signal_reason()))
        for widget in (self._signals_label, self.signal_editor):
            widget.setVisible(visible)

    @staticmethod
    def _signals_asked(draft: EncounterDraft) -> bool:
        return draft.outcome is EncounterOutcome.NO_SUITABLE_SERVICE or any(
            tag.status is NeedStatus.UNMET for tag in draft.need_tags)

    def _signal_reason(self) -> str:
        draft = self._draft
        if draft is not None and draft.outcome is EncounterOutcome.NO_SUITABLE_SERVICE:
            return self.tr("no suitable service was found")
        return self.tr("a need is unmet")

    def _show_summary_count(self) -> None:
        length = len(" ".join(self.summary_field.toPlainText().split()))
        if length > SUMMARY_MAX_LENGTH:
            self.summary_count.setText(self.tr("%1 / %2 — too long, shorten it").replace("%1", whole_number(length))
                                       .replace("%2", whole_number(SUMMARY_MAX_LENGTH)))
            self.summary_count.setStyleSheet("color: #c42b1c; font-weight: bold;")
        else:
            self.summary_count.setText(f"{length} / {SUMMARY_MAX_LENGTH}")
            self.summary_count.setStyleSheet("")

    def _say(self, text: str) -> None:
        self.problems.setText(text)
        announce(self.problems, text)
        self.problems.setStyleSheet("")
        self.problems.setVisible(bool(text))

    def _problem(self, text: str) -> None:
        self._say(f"⚠ {text}")
        self.problems.setStyleSheet("color: #a4262c;")

    # --- behaviour -------------------------------------------------------------------------------------------------

    def _collect(self) -> None:
        draft = self._draft
        if draft is None:
            return
        draft.need_tags = self.need_editor.tags()
        value = self.outcome_box.currentData()
        draft.outcome = EncounterOutcome(value) if value else None
        draft.summary = self.summary_field.toPlainText()
        draft.signals = self.signal_editor.signals()
        draft.anonymous = self.anonymous_box.isChecked()

    def _changed(self) -> None:
        if self._filling or self._draft is None:
            return
        self._collect()
        self._show_consent()
        self._show_signals(force=self._signal_prompted)
        self._show_summary_count()
        if self.problems.isVisible() and not self._saving:
            self.problems.hide()
        self._draft_timer.start()

    def _keep_draft(self) -> None:
        draft = self._draft
        if draft is None or self._saving or self._closed:
            return
        self._collect()
        if not has_content(draft) and not self._stored:
            return
        snapshot = draft.copy()
        self._stored = True
        workstation = self._workstation
        run_in_background(self._pool, self, lambda: save_draft(workstation, snapshot), self._draft_kept,
                          self._draft_not_kept)

    def _draft_not_kept(self, message: str) -> None:
        self.draft_state.setText(self.tr("⚠ draft"))
        self._problem(self.tr("The draft could not be kept (%1). Keep Neuvo open and save the encounter; the "
                              "next change tries again.").replace("%1", message))

    def _draft_kept(self, saved_at: datetime) -> None:
        if self._draft is not None:
            self.draft_state.setText(self.tr("draft ✓"))
            self.draft_state.setToolTip(self.tr("Kept as a draft at %1: nothing typed is lost if Neuvo closes.")
                                        .replace("%1", time_with_seconds(saved_at)))

    def _park(self) -> None:
        """Set the open encounter aside: kept as a draft (and offered in the banner) when something was typed,
        dropped when nothing was."""
        draft = self._draft
        if draft is None:
            return
        self._draft_timer.stop()
        self._collect()
        self._draft = None
        if self._saving:
            return
        workstation = self._workstation
        if has_content(draft):
            snapshot = draft.copy()
            run_in_background(self._pool, self, lambda: save_draft(workstation, snapshot),
                              lambda saved_at: self._offer_parked(snapshot, saved_at),
                              lambda message: self._problem(self.tr("The previous encounter could not be kept: %1")
                                                            .replace("%1", message)))
        elif self._stored:
            self._forget_draft(draft.id)

    def _offer_parked(self, draft: EncounterDraft, saved_at: datetime) -> None:
        self.draft_banner.add_draft(DraftInfo(draft, saved_at))

    def _show_left_open(self, drafts: list[DraftInfo]) -> None:
        current = self._draft.id if self._draft is not None else None
        self.draft_banner.show_drafts([info for info in drafts if info.draft.id != current])

    def _discard_left_open(self, draft_id: uuid.UUID) -> None:
        self.draft_banner.forget(draft_id)
        self._forget_draft(draft_id)

    def _forget_draft(self, draft_id: uuid.UUID) -> None:
        workstation = self._workstation
        run_in_background(self._pool, self, lambda: discard_draft(workstation, draft_id), lambda _found: None,
                          lambda message: self._problem(message))

    def _saved(self, result: RecordedEncounter | _ClientGone) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        snapshot = self._saving_snapshot
        still_open = self._draft is not None and snapshot is not None and self._draft.id == snapshot.id
        if isinstance(result, _ClientGone):
            if still_open:
                assert self._draft is not None
                self._draft.client_id = None
                self._stored = True
                self._show_consent()
                self._problem(self.tr("This client is no longer in the store, so the encounter cannot be linked "
                                      "to them. Press Ctrl+Enter again to save it without a person."))
            elif snapshot is not None:
                self._set_aside_unsaved(snapshot)
            return
        self.encounter_saved.emit(result)
        if still_open:
            self._draft = None
            self._stored = False
            self._show_idle(self.saved_message(result))
        else:  # another card or call opened a new encounter while this one was being saved
            self._say(self.saved_message(result))

    def _save_failed(self, message: str) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        snapshot = self._saving_snapshot
        if self._draft is not None and snapshot is not None and self._draft.id == snapshot.id:
            self._stored = True
            self._problem(self.tr("Not saved: %1 Nothing is lost — the encounter is still open.")
                          .replace("%1", message))
        elif snapshot is not None:
            self._set_aside_unsaved(snapshot)
            self._problem(self.tr("The previous encounter was not saved: %1 It is kept among the encounters left "
                                  "open.").replace("%1", message))

    def _set_aside_unsaved(self, snapshot: EncounterDraft) -> None:
        # Its draft row was written just before the save was tried: offer it like any encounter left open.
        self.draft_banner.add_draft(DraftInfo(snapshot, datetime.now(UTC)))

    def saved_message(self, result: RecordedEncounter) -> str:
        """What the adviser is told after a save, in words: with or without the person's name, and why."""
        reason = result.anonymous_reason
        if reason is AnonymousReason.NO_CONSENT:
            label = RECORD_CONTACT
            if self._consent is not None:
                label = next((item.label for item in self._consent.purposes
                              if item.status.purpose == RECORD_CONTACT), label)
            state = state_text(result.consent_status).lower() if result.consent_status else self.tr("not given")
            text = self.tr("Encounter saved without the person's name because their consent “%1” is not in "
                           "effect (%2); record consent with Ctrl+K to link future contacts.").replace(
                "%1", label).replace("%2", state)
        elif reason is AnonymousReason.CHOSEN:
            text = self.tr("Encounter saved without the person's name, as you chose.")
        elif reason is AnonymousReason.NO_CLIENT:
            text = self.tr("Encounter saved (no client: anonymous).")
        else:
            text = self.tr("Encounter saved to the client's record.")
        if result.summary_dropped:
            text += " " + self.tr("The summary was not kept: an encounter without a name keeps no free text.")
        if result.unknown_need_codes:
            text += " " + self.tr("Unknown need codes kept as they were: %1.").replace(
                "%1", ", ".join(result.unknown_need_codes))
        if result.signal_missing:
            text += " " + self.tr("Saved without a signal.")
        return f"✓ {text}"


    def _look_up_service_names(self, ptv_ids: list[str]) -> None:
        missing = [ptv_id for ptv_id in ptv_ids if ptv_id not in self._service_names]
        if not missing or self._closed:
            return
        workstation = self._workstation
        language = ui_language()
        run_in_background(self._pool, self, lambda: offered_service_names(workstation, missing, language),
                          self._service_names_known, lambda _message: None)  # the ids stay on show

    def _service_names_known(self, names: dict[str, str]) -> None:
        self._service_names.update(names)
        self._show_services()

    def _remove_current_service(self) -> None:
        item = self.services_list.currentItem()
        if item is not None:
            self.remove_offered_service(item.data(SERVICE_ROLE))

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.services_list and event.type() == event.Type.KeyPress
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self._remove_current_service()
            return True
        return super().eventFilter(watched, event)
