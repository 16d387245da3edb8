"""The workstation's one screen: find a client, see the card, and the workstation's state in the status bar.

Only what works today is on screen; the service search and the encounter panels join this window in later
issues rather than sitting here empty.
"""

from __future__ import annotations

import sys
import uuid

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStatusBar,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.consent import ConsentChannel
from app.sync_port import SyncPort
from app.usecases.edit_client import ClientDraft, draft_from_search
from app.usecases.lookup_clients import LookupResult, lookup_clients
from app.usecases.service_client_context import ClientServiceContext, client_service_context
from app.usecases.sync_status import SyncStatus, sync_status
from app.usecases.workstation_status import WorkstationStatus, workstation_status
from app.workstation import Workstation
from ui.accessibility import ElidingLabel, announce
from ui.app_text import app_text
from ui.audit_log_dialog import AuditLogDialog
from ui.call_banner import CALLER_MATCH_LIMIT, CallBanner
from ui.client_card import ClientCardView, WarningNotice
from ui.client_form import ClientFormDialog
from ui.client_list_model import ClientListModel, Column
from ui.encounter_panel import EncounterPanel
from ui.expiring_consents_dialog import ExpiringConsentsDialog
from ui.locale_format import time_of_day, whole_number
from ui.record_table import prepare_record_table
from ui.service_import_dialog import ServiceImportDialog, ServiceSourceFetcher
from ui.service_search_panel import ServiceSearchPanel
from ui.settings_dialog import LanguageMenuEntry
from ui.shortcuts_dialog import ShortcutsDialog, collect_shortcuts
from ui.situational_picture_window import SituationalPictureWindow
from ui.sync_menu import SyncMenu
from ui.workers import run_in_background
from ui.workstation_menu import WorkstationMenu

SEARCH_DEBOUNCE_MS = 150
# A search answered faster than this shows no "Searching…" at all, so fast typing does not flicker.
BUSY_NOTE_DELAY_MS = 250
STATUS_REFRESH_MS = 30_000


class ClientTableView(QTableView):
    """The client list. Enter (or a double-click) asks to open the card; selection alone never does."""

    open_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(self.open_requested)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Handled here rather than through `activated`, which some styles fire on a single click and macOS
        # not at all on Return; each opening is an audited view, so it must be deliberate and predictable.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    # Once: the list has painted with its first page loaded, i.e. the window is usable.
    first_page_shown = Signal()
    # After each status refresh, whether it succeeded (WorkstationStatus) or failed (None).
    status_settled = Signal(object)
    # Reads the PTV API for File → Import services…; set by the composition root (ui/ speaks no HTTP).
    _service_source_fetcher: ServiceSourceFetcher | None = None

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._workers = QThreadPool(self)
        self._status_generation = 0
        self._open_best_when_answered = False
        self._first_page_was_shown = False
        self.status: WorkstationStatus | None = None

        self.setWindowTitle(self.tr("Neuvo — %1").replace("%1", workstation.profile.name))
        self.resize(1280, 800)

        self.model = ClientListModel(workstation, self)
        self.search_field = self._build_search_field()
        self.client_list = self._build_client_list()
        self.card_view = ClientCardView(workstation)
        # A consent given while a call is on screen was given on the phone.
        self.card_view.consent_panel.current_channel = lambda: (
            ConsentChannel.PHONE if self.call_banner.isVisible() else ConsentChannel.COUNTER)
        self._list_note = QLabel()
        self._list_note.setWordWrap(True)
        self._list_note.setMargin(8)
        self._list_note.hide()

        self.setCentralWidget(self._build_central(workstation.warnings))
        self._build_status_bar()
        QWidget.setTabOrder(self.search_field, self.client_list)
        QWidget.setTabOrder(self.client_list, self.card_view.reveal_button)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_field.textChanged.connect(self._search_timer.start)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_NOTE_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy_note)
        self.model.first_page_loaded.connect(self._after_page_loaded)
        self.model.loading_changed.connect(self._list_loading_changed)
        self.model.load_failed.connect(self._list_load_failed)
        self.client_list.open_requested.connect(self._open_client)
        self._build_client_form_actions()
        self._build_menus()
        self._build_call_banner()
        self._build_sync_menu()
        self._build_service_search()

        self._build_encounters()
        self._build_help_menu()
        self.model.load()
        self.search_field.setFocus()

    # --- public ----------------------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def refresh_status(self) -> None:
        """Recompute the status bar in a worker; an answer overtaken by a newer request is dropped."""
        self._status_generation += 1
        generation = self._status_generation
        workstation = self._workstation
        self._status_note.setText(self.tr("Loading status…"))

        def compute() -> tuple[int, WorkstationStatus, SyncStatus]:
            return generation, workstation_status(workstation), sync_status(workstation)

        run_in_background(self._workers, self, compute, self._show_status, self._show_status_failure)

    def wait_for_workers(self, timeout_ms: int = 10_000) -> bool:
        """Let running workers finish (they use the store) before the caller closes the workstation."""
        return self._workers.waitForDone(timeout_ms) and self.model.wait_for_workers(timeout_ms)

    # --- building --------------------------------------------------------------------------------------------------

    def _build_search_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setPlaceholderText(self.tr("Phone number, name, identity code, birth date or e-mail…"))
        field.setAccessibleName(self.tr("Find a client"))
        field.setToolTip(self.tr("Type a phone number in any form, a name (any order, a typo is fine), an identity "
                                 "code, a birth date or an e-mail address.\nEnter opens the best match; Down "
                                 "moves to the list; Esc clears. When nothing matches, Enter offers a new client."))
        field.setMaxLength(200)
        field.setClearButtonEnabled(True)
        field.installEventFilter(self)
        return field

    def _build_client_list(self) -> ClientTableView:
        view = ClientTableView()
        view.setModel(self.model)
        header = prepare_record_table(view, self.tr("Clients"))
        metrics = view.fontMetrics()
        view.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        # Widths from sample text, not ResizeToContents, which would measure rows on every page fetched.
        for column, sample in ((Column.BORN, "00.00.0000"), (Column.MUNICIPALITY, "Mustasaari "),
                               (Column.LANGUAGE, "Swedish"), (Column.PHONE, "040 000 00000"),
                               (Column.SAFETY_MARKING, self.tr("Marked")),
                               (Column.FOUND_BY, self.tr("number begins so"))):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        icon_size = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        header.resizeSection(Column.SAFETY_MARKING, header.sectionSize(Column.SAFETY_MARKING) + icon_size + 8)
        view.viewport().installEventFilter(self)
        return view

    def _build_central(self, warnings: list[str]) -> QWidget:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(8)
        for warning in warnings:
            layout.addWidget(self._warning_banner(warning))

        search_row = QHBoxLayout()
        # No Alt key: Alt+C opens the Client menu; Ctrl+F comes here from anywhere.
        search_label = QLabel(self.tr("Client:"))
        search_label.setBuddy(self.search_field)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_field, 1)
        layout.addLayout(search_row)

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(0)
        list_layout.addWidget(self.client_list, 1)
        list_layout.addWidget(self._list_note)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(8)
        splitter.addWidget(list_side)
        # The card above, the encounter being recorded with that client below it (issue #6).
        self.encounter_panel = EncounterPanel(self._workstation)
        card_side = QSplitter(Qt.Orientation.Vertical)
        card_side.setChildrenCollapsible(False)
        card_side.setHandleWidth(8)
        card_side.addWidget(self.card_view)
        card_side.addWidget(self.encounter_panel)
        card_side.setStretchFactor(0, 2)
        card_side.setStretchFactor(1, 3)
        card_side.setSizes([300, 420])
        splitter.addWidget(card_side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # The card side also holds the encounter being recorded: it needs about as much room as the list.
        splitter.setSizes([640, 620])
        layout.addWidget(splitter, 1)
        return central

    def _warning_banner(self, warning: str) -> WarningNotice:
        # Warnings come from app/ in English; the catalogue will carry them under this context.
        notice = WarningNotice(app_text(warning))
        dismiss = QToolButton()
        dismiss.setText(self.tr("Dismiss"))
        dismiss.setAccessibleName(self.tr("Dismiss warning"))
        dismiss.clicked.connect(notice.hide)
        notice.add_action(dismiss)
        return notice

    def _build_status_bar(self) -> None:
        bar = QStatusBar()
        bar.setSizeGripEnabled(True)
        self._status_note = QLabel()
        # These give way first ("…", whole text on hover and to screen readers) when a large font leaves the
        # status bar short of room; the counts and the CRM's state are what an adviser checks during the day.
        self._profile_label = ElidingLabel(mode=Qt.TextElideMode.ElideMiddle)
        self._adviser_label = ElidingLabel()
        self._clients_label = QLabel()
        self._pending_label = QLabel()
        self._store_label = ElidingLabel()
        self._crm_label = QLabel()
        bar.addWidget(self._profile_label)
        bar.addWidget(_separator())
        bar.addWidget(self._adviser_label)
        bar.addWidget(self._status_note)
        bar.addPermanentWidget(self._clients_label)
        for label in (self._pending_label, self._store_label, self._crm_label):
            bar.addPermanentWidget(_separator())
            bar.addPermanentWidget(label)
        for label in (self._profile_label, self._adviser_label, self._clients_label, self._pending_label,
                      self._store_label, self._crm_label, self._status_note):
            label.setContentsMargins(4, 0, 4, 0)
        self.setStatusBar(bar)

    # --- behaviour -------------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            return self._search_key(event)
        if (not self._first_page_was_shown and watched is self.client_list.viewport()
                and event.type() == QEvent.Type.Paint):
            self._first_page_was_shown = True
            # Announced after this paint has finished, so "shown" means on screen, not about to be.
            QTimer.singleShot(0, self._announce_first_page)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.search_field.text():
            self.search_field.clear()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter_in_search()
            return True
        if key == Qt.Key.Key_Down:
            if self._search_timer.isActive():
                self._apply_search()
            self._focus_list()
            return True
        return False

    def _focus_list(self) -> None:
        if self.model.rowCount() == 0 and not self.model.loading:
            return
        self.client_list.setFocus()
        if not self.client_list.currentIndex().isValid() and self.model.rowCount():
            self.client_list.setCurrentIndex(self.model.index(0, Column.NAME))

    def _apply_search(self) -> None:
        self._search_timer.stop()
        query = self.search_field.text().strip()
        if query != self.model.query:
            self.model.set_query(query)

    def _enter_in_search(self) -> None:
        """Enter opens the best match; with nothing matching, it offers a new client prefilled from the text."""
        query = self.search_field.text().strip()
        if query != self.model.query or self.model.loading:
            self._open_best_when_answered = True
            self._apply_search()
            return
        self._act_on_answer()

    def _act_on_answer(self) -> None:
        self._open_best_when_answered = False
        lookup = self.model.last_lookup
        if self.model.rowCount():
            self.client_list.setCurrentIndex(self.model.index(0, Column.NAME))
            if lookup is not None:
                self._open_client(self.model.index(0, Column.NAME))
            self.client_list.setFocus()
        elif lookup is not None and lookup.problem is None:
            self.create_client_prefilled(self.model.query)

    def _after_page_loaded(self, rows: int) -> None:
        self.client_list.setColumnHidden(Column.FOUND_BY, not self.model.query)
        if self._open_best_when_answered:
            self._act_on_answer()
        elif rows and self.client_list.hasFocus():
            # The adviser pressed Down before the search answered: land on the first match.
            self.client_list.setCurrentIndex(self.model.index(0, Column.NAME))
        lookup = self.model.last_lookup
        if lookup is not None and lookup.problem:
            self._show_list_note(app_text(lookup.problem))
        elif lookup is not None and not rows:
            self._show_list_note(self.tr("No client matches “%1”. Press Enter to add a new client with these "
                                         "details (Ctrl+N for an empty form).").replace("%1", self.model.query))
        elif lookup is not None and lookup.more:
            self._show_list_note(self.tr("Showing the best %1 matches; more clients match. Type more to narrow "
                                         "the search.").replace("%1", whole_number(rows)))
        elif rows:
            self._list_note.hide()
        else:
            self._show_list_note(self.tr("No clients in this profile yet."))

    def _list_loading_changed(self, loading: bool) -> None:
        if loading:
            self._busy_timer.start()
            return
        self._busy_timer.stop()
        if self.model.rowCount():
            self._list_note.hide()

    def _show_busy_note(self) -> None:
        if self.model.loading:
            self._show_list_note(self.tr("Searching…"))

    def _list_load_failed(self, message: str) -> None:
        self._show_list_note(self.tr("The client list could not be read. Try again; if it keeps failing, "
                                     "restart Neuvo."))
        self._list_note.setToolTip(message)

    def _show_list_note(self, text: str) -> None:
        self._list_note.setText(text)
        self._list_note.setToolTip("")
        self._list_note.show()
        announce(self._list_note, text)

    def _open_client(self, index: QModelIndex) -> None:
        client_id = self.model.client_id(index.row())
        if client_id is not None:
            self.card_view.open_client(client_id)

    def _announce_first_page(self) -> None:
        self.first_page_shown.emit()
        # The status needs a COUNT over every client: started only after the first paint, off the UI thread.
        self.refresh_status()
        # The background sync changes what the status bar says (waiting changes, conflicts, last sync).
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()

    def _show_status(self, answer: tuple[int, WorkstationStatus, SyncStatus]) -> None:
        generation, status, sync = answer
        if generation != self._status_generation:
            return
        self.status = status
        demo = self.tr(" (demo)") if status.is_demo else ""
        self._status_note.setText("")
        self._profile_label.setText(self.tr("Profile: %1").replace("%1", status.profile_name) + demo)
        self._adviser_label.setText(self.tr("Adviser: %1").replace("%1", status.adviser_name))
        self._clients_label.setText(self.tr("Clients: %1").replace("%1", whole_number(status.client_count)))
        self._pending_label.setText(
            self.tr("Pending changes: %1").replace("%1", whole_number(status.pending_changes)))
        self._store_label.setText(self.tr("Store encrypted (SQLCipher %1)").replace("%1", status.cipher_version))
        self._store_label.setToolTip(self.tr("Database key: %1").replace("%1", status.key_location))
        crm_text = self._crm_text(status.crm_configured, sync, syncing=self.sync_menu.syncing)
        if crm_text != self._crm_label.text():  # said when it changes, not at every refresh
            announce(self._crm_label, crm_text)
        self._crm_label.setText(crm_text)
        self._crm_label.setToolTip(sync.last_problem or "")
        self.sync_menu.show_sync_status(status.crm_configured, sync)
        self.status_settled.emit(status)

    def _crm_text(self, configured: bool, sync: SyncStatus, *, syncing: bool = False) -> str:
        """The CRM's state in words: working locally, sign-in needed, offline with N waiting, or last synced."""
        if not configured:
            return self.tr("CRM: not configured — working locally")
        if syncing:
            text = self.tr("CRM: syncing…")
        elif sync.sign_in_needed:
            text = self.tr("CRM: sign-in needed")
        elif sync.last_outcome is not None and not sync.online:
            text = self.tr("CRM: offline — %1 waiting").replace("%1", whole_number(sync.waiting))
        elif sync.last_success_at is None:
            text = self.tr("CRM: not synced yet")
        else:
            text = self.tr("CRM: synced %1").replace("%1", time_of_day(sync.last_success_at))
        if sync.open_conflicts:
            text += self.tr(" · %1 conflicts to resolve").replace("%1", whole_number(sync.open_conflicts))
        return text

    def _show_status_failure(self, message: str) -> None:
        self._status_note.setText(self.tr("Status unavailable"))
        announce(self._status_note, self._status_note.text())
        self._status_note.setToolTip(message)
        self.status_settled.emit(None)

    # --- creating and editing clients (issue #3) -------------------------------------------------------------------

    def create_client_prefilled(self, text: str) -> ClientFormDialog:
        """Open the new-client form prefilled from what was typed in the search box (a phone number, identity
        code, birth date, e-mail address or name). A save opens the new client's card; "Open existing" opens the
        duplicate's card instead."""
        return self._open_client_form(draft_from_search(text))

    def _build_client_form_actions(self) -> None:
        self.new_client_action = QAction(self.tr("&New client…"), self)
        self.new_client_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_client_action.setToolTip(self.tr("Add a client who is not in the store yet (Ctrl+N)."))
        self.new_client_action.triggered.connect(lambda: self._open_client_form(ClientDraft()))
        self.addAction(self.new_client_action)
        self.card_view.client_edited.connect(self._refresh_client_list)

    def _build_menus(self) -> None:
        client_menu = self.menuBar().addMenu(self.tr("&Client"))
        find_action = QAction(self.tr("&Find a client"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.focus_search)
        client_menu.addAction(find_action)
        client_menu.addAction(self.new_client_action)
        self.audit_log_action = QAction(self.tr("&Audit log…"), self)
        self.audit_log_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.audit_log_action.setToolTip(
            self.tr("Who opened, revealed, created, edited or exported what (Ctrl+Shift+L)."))
        self.audit_log_action.triggered.connect(self.open_audit_log)
        self.expiring_consents_action = QAction(self.tr("&Expiring consents…"), self)
        self.expiring_consents_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.expiring_consents_action.setToolTip(self.tr("Consents ending within 30 days, to ask again "
                                                         "(Ctrl+Shift+E)."))
        self.expiring_consents_action.triggered.connect(self.open_expiring_consents)
        self.situational_picture_action = QAction(self.tr("Situational &picture…"), self)
        self.situational_picture_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.situational_picture_action.setToolTip(self.tr("Needs and unmet needs by week, channel, place, area "
                                                           "and age band; export of aggregates (Ctrl+Shift+S)."))
        self.situational_picture_action.triggered.connect(self.open_situational_picture)
        # Counter and phone advisers never see supervisors' tools; the use cases refuse them in any case.
        if self._workstation.adviser.supervises:
            supervision_menu = self.menuBar().addMenu(self.tr("&Supervision"))
            for action in (self.audit_log_action, self.expiring_consents_action, self.situational_picture_action):
                supervision_menu.addAction(action)
                self.addAction(action)

    def open_audit_log(self) -> AuditLogDialog:
        """The audit log, filtered to the client whose card is open (if any)."""
        card = self.card_view.card
        dialog = AuditLogDialog(self._workstation, client=None if card is None else (card.id, card.display_name),
                                parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_situational_picture(self) -> SituationalPictureWindow:
        window = SituationalPictureWindow(self._workstation, parent=self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def open_expiring_consents(self) -> ExpiringConsentsDialog:
        dialog = ExpiringConsentsDialog(self._workstation, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.client_chosen.connect(self.card_view.open_client)
        dialog.show()
        return dialog

    def _open_client_form(self, draft: ClientDraft) -> ClientFormDialog:
        dialog = ClientFormDialog(self._workstation, draft, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.client_saved.connect(self._new_client_saved)
        dialog.open_existing_requested.connect(self.card_view.open_client)
        dialog.open()
        return dialog

    def _new_client_saved(self, client_id: uuid.UUID) -> None:
        self.card_view.open_client(client_id)
        self._refresh_client_list()

    def _refresh_client_list(self) -> None:
        self.model.refresh()

    # --- incoming calls: the telephony screen pop (docs/telephony.md) ----------------------------------------------

    def show_incoming_call(self, number_e164: str, lookup: LookupResult | None = None) -> None:
        """A phone is ringing: bring the window to the front and show the caller's number and clients.

        `lookup` is the caller lookup when an adapter already made it off the UI thread (the HTTP endpoint
        does); otherwise it runs in a worker here. With exactly one client the card opens (an audited view).
        """
        self._call_generation += 1
        generation = self._call_generation
        self.call_banner.show_ringing(number_e164)
        self.encounter_panel.call_started()
        self.bring_to_front()
        if lookup is not None:
            self._show_callers((generation, lookup))
            return
        workstation = self._workstation

        def find() -> tuple[int, LookupResult]:
            return generation, lookup_clients(workstation, number_e164, limit=CALLER_MATCH_LIMIT)

        run_in_background(self._workers, self, find, self._show_callers,
                          lambda message: self._caller_lookup_failed(generation, message))

    def bring_to_front(self) -> None:
        """Raise the window above others; where the desktop refuses focus stealing, flash it in the taskbar."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        if sys.platform != "darwin":
            QApplication.alert(self)

    def set_telephony_warning(self, text: str) -> None:
        """Say in the status bar why calls cannot pop up (endpoint port taken, no token); empty clears it."""
        self._telephony_label.setText(f"⚠ {text}" if text else "")
        self._telephony_label.setToolTip(text)
        self._telephony_label.setVisible(bool(text))

    def _build_call_banner(self) -> None:
        self._call_generation = 0
        self.call_banner = CallBanner()
        self.call_banner.client_chosen.connect(self._open_caller_card)
        self.call_banner.create_client_requested.connect(self.create_client_prefilled)
        self.call_banner.dismissed.connect(self._call_dismissed)
        layout = self.centralWidget().layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.call_banner)
        self._telephony_label = QLabel()
        self._telephony_label.setAccessibleName(self.tr("Telephony warning"))
        self._telephony_label.setContentsMargins(4, 0, 4, 0)
        self._telephony_label.hide()
        self.statusBar().addWidget(self._telephony_label)

    def _show_callers(self, answer: tuple[int, LookupResult]) -> None:
        generation, lookup = answer
        if generation != self._call_generation:
            return  # a newer call (or a dismissal) overtook this lookup
        clients = [match.client for match in lookup.matches]
        self.call_banner.show_callers(clients, more=lookup.more, can_create_client=True)
        if len(clients) == 1:
            self._open_caller_card(clients[0].id)

    def _caller_lookup_failed(self, generation: int, message: str) -> None:
        if generation == self._call_generation:
            self.call_banner.show_lookup_failed(message)

    def _open_caller_card(self, client_id: uuid.UUID) -> None:
        self.card_view.open_client(client_id)

    def _call_dismissed(self) -> None:
        self._call_generation += 1

    # --- services: search, details, hand-over, import (issue #5) ---------------------------------------------------

    def _build_service_search(self) -> None:
        self.service_search = ServiceSearchPanel(self._workstation, self._workers)
        self.service_dock = QDockWidget(self.tr("Services"), self)
        self.service_dock.setObjectName("servicesDock")
        self.service_dock.setAccessibleName(self.tr("Services"))
        self.service_dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea
                                          | Qt.DockWidgetArea.BottomDockWidgetArea)
        self.service_dock.setWidget(self.service_search)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.service_dock)
        # Once laid out: before the first show, the dock's width is not yet settled and a resize is lost.
        QTimer.singleShot(0, lambda: self.resizeDocks([self.service_dock], [430], Qt.Orientation.Horizontal))
        self.find_service_action = QAction(self.tr("Find a &service"), self)
        self.find_service_action.setShortcuts([QKeySequence("F3"), QKeySequence("Ctrl+Shift+F")])
        self.find_service_action.setToolTip(self.tr("Search the service catalogue (F3)."))
        self.find_service_action.triggered.connect(self.focus_service_search)
        self.addAction(self.find_service_action)
        self.import_services_action = QAction(self.tr("&Import services…"), self)
        self.import_services_action.setToolTip(
            self.tr("Import the national service catalogue (PTV JSON files or the PTV API)."))
        self.import_services_action.triggered.connect(self.open_service_import)
        file_menu = self._file_menu()
        file_menu.addAction(self.import_services_action)
        file_menu.addAction(self.find_service_action)
        file_menu.addAction(self.service_dock.toggleViewAction())
        self.card_view.client_opened.connect(self._tell_service_search_the_client)

    def _file_menu(self):
        """The File menu, made (first in the bar) unless another part of the window already made it."""
        title = self.tr("&File")
        for action in self.menuBar().actions():
            if action.menu() is not None and action.text() == title:
                return action.menu()
        actions = self.menuBar().actions()
        menu = self.menuBar().addMenu(title)
        if actions:
            self.menuBar().insertMenu(actions[0], menu)
        return menu

    def focus_service_search(self) -> None:
        self.service_dock.show()
        self.service_dock.raise_()
        self.service_search.focus_search()

    def set_service_source_fetcher(self, fetch: ServiceSourceFetcher | None) -> None:
        """Let File → Import services… read the PTV API through `fetch` (None: files and folders only)."""
        self._service_source_fetcher = fetch

    def open_service_import(self) -> ServiceImportDialog:
        dialog = ServiceImportDialog(self._workstation, self._workers, parent=self,
                                     fetch=self._service_source_fetcher)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _report: self.service_search.refresh())
        dialog.open()
        return dialog

    def _tell_service_search_the_client(self, client_id: uuid.UUID) -> None:
        workstation = self._workstation

        def read() -> tuple[uuid.UUID, ClientServiceContext]:
            return client_id, client_service_context(workstation, client_id)

        run_in_background(self._workers, self, read, self._service_search_client_known, lambda _message: None)

    def _service_search_client_known(self, answer: tuple[uuid.UUID, ClientServiceContext]) -> None:
        client_id, context = answer
        card = self.card_view.card
        if card is not None and card.id == client_id:  # not overtaken by another card meanwhile
            self.service_search.set_client(context.language, context.municipality_code)

    # --- the CRM: sync now, sync log, conflicts, outreach mode (issue #8, ui/sync_menu.py) ------------------------

    def attach_sync(self, port: SyncPort):
        """Show and drive the background sync (`port`, from the composition root); returns the detach function,
        to call before the window closes."""
        return self.sync_menu.attach(port)

    def _build_sync_menu(self) -> None:
        self.sync_menu = SyncMenu(self, self._workstation, crm_label=self._crm_label, workers=self._workers,
                                  refresh_status=self.refresh_status)

    # --- encounters: the panel below the card, the workstation mode, the outreach tally (issue #6) ---------------

    def _build_encounters(self) -> None:
        panel = self.encounter_panel
        panel.call_on_screen = self.call_banner.isVisible
        self.card_view.client_opened.connect(
            lambda client_id: panel.client_opened(client_id, self.card_view.consent_panel.overview))
        self.card_view.consent_panel.consents_changed.connect(
            lambda _client_id: panel.set_consent(self.card_view.consent_panel.overview))
        panel.open_client_requested.connect(self.card_view.open_client)
        panel.encounter_saved.connect(self._encounter_saved)
        self.workstation_menu = WorkstationMenu(self, self._workstation, panel,
                                                self.menuBar().addMenu(self.tr("&Workstation")))
        self.language_action = LanguageMenuEntry(self._workstation, self, self.workstation_menu.menu)
        self.service_search.service_offered.connect(panel.add_offered_service)
        # The search's "offered" marks follow the encounter: a refused offer, a removal, a save or a discard.
        panel.offered_changed.connect(self.service_search.set_offered)

    def _encounter_saved(self, _result: object) -> None:
        card = self.card_view.card
        if card is not None:
            self.card_view.encounter_lines.show_client(card.id)

    # --- help: the F1 cheat sheet (issue #10, ui/shortcuts_dialog.py) ----------------------------------------------

    def _build_help_menu(self) -> None:
        self._shortcuts_dialog: ShortcutsDialog | None = None
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.setToolTip(self.tr("Every key of the window, by area, searchable (F1)."))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.menuBar().addMenu(self.tr("&Help")).addAction(self.shortcuts_action)
        self.addAction(self.shortcuts_action)

    def show_shortcuts(self) -> ShortcutsDialog:
        """The cheat sheet, read from the window's actions as they are now; F1 again brings it back to the front."""
        dialog = self._shortcuts_dialog
        if dialog is None:
            dialog = self._shortcuts_dialog = ShortcutsDialog(collect_shortcuts(self), parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda: setattr(self, "_shortcuts_dialog", None))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.filter_field.setFocus()
        return dialog

    # --- closing ---------------------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._search_timer.stop()
        self._busy_timer.stop()
        if hasattr(self, "_status_timer"):
            self._status_timer.stop()
        # An open encounter stays a draft, offered again on the next start; visitors entered are saved.
        self.workstation_menu.close_tally()
        self.encounter_panel.keep_as_draft()
        self.wait_for_workers()
        super().closeEvent(event)


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
