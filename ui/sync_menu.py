"""The window's CRM menu: Sync now, the sync log, conflicts, and outreach mode (prepare for an event, send
everything afterwards), plus the "syncing…" state of the status bar.

The window knows the background sync only as an `app.sync_port.SyncPort`, attached by the composition root
(`MainWindow.attach_sync`). The port calls back on the sync thread; `_activity_arrived` and `_run_reported` are
queued signals that carry those calls to the UI thread before any widget is touched.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from app.sync_port import SyncActivity, SyncPort, SyncRunReport
from app.usecases.outreach_readiness import delivery_report, outreach_readiness
from app.usecases.sync_status import SyncStatus
from app.workstation import Workstation
from ui.conflict_dialog import ConflictDialog
from ui.outreach_readiness_dialog import OutreachDialog, OutreachTask
from ui.sync_log_dialog import SyncLogDialog
from ui.workers import run_in_background


class SyncMenu(QObject):
    # Carriers from the sync thread to the UI thread (emitted there, received here: queued).
    _activity_arrived = Signal(object)
    _run_reported = Signal(object, object)  # (task, SyncRunReport)

    def __init__(self, window: QMainWindow, workstation: Workstation, *, crm_label: QLabel, workers: QThreadPool,
                 refresh_status: Callable[[], None]) -> None:
        """`workers` is the window's pool, so that the window waits for these jobs too before it closes."""
        super().__init__(window)
        self._window = window
        self._workstation = workstation
        self._crm_label = crm_label
        self._refresh_status = refresh_status
        self._workers = workers
        self._port: SyncPort | None = None
        self._activity = SyncActivity(syncing=False, last_run=None)
        self._crm_configured: bool | None = None  # known once the status bar has been computed
        self._open_conflicts = 0
        self._outreach_running: OutreachTask | None = None
        # Made on first use and kept (hidden when closed), so an answer from the sync thread never meets a deleted one.
        self._log_dialog: SyncLogDialog | None = None
        self._conflict_dialog: ConflictDialog | None = None
        self._outreach_dialog: OutreachDialog | None = None
        self._activity_arrived.connect(self._show_activity)
        self._run_reported.connect(self._run_finished)
        self._build_menu()
        crm_label.installEventFilter(self)
        self._update_actions()

    # --- public ----------------------------------------------------------------------------------------------------

    @property
    def syncing(self) -> bool:
        return self._port is not None and self._activity.syncing

    @property
    def port(self) -> SyncPort | None:
        return self._port

    def attach(self, port: SyncPort) -> Callable[[], None]:
        """Follow `port`'s runs from now on; returns the function that lets go of it (before the window closes)."""
        self.detach()
        self._port = port
        port.watch(self._activity_from_sync_thread)
        self._activity = port.activity()
        self._update_actions()
        return self.detach

    def detach(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            port.unwatch(self._activity_from_sync_thread)
        self._update_actions()

    def show_sync_status(self, configured: bool, sync: SyncStatus) -> None:
        """The status bar's latest figures (from the window's status refresh)."""
        self._crm_configured = configured
        self._open_conflicts = sync.open_conflicts
        self._update_actions()
        if self._log_dialog is not None and self._log_dialog.isVisible():
            self._log_dialog.reload()

    def sync_now(self) -> None:
        if self._port is not None:
            self._port.sync_now()

    def open_sync_log(self) -> SyncLogDialog:
        dialog = self._log_dialog
        if dialog is None:
            dialog = self._log_dialog = SyncLogDialog(self._workstation, self._workers, parent=self._window)
            dialog.sync_now_requested.connect(self.sync_now)
        dialog.set_sync_available(self._port is not None, self._sync_unavailable_reason())
        dialog.reload()
        _present(dialog)
        return dialog

    def open_conflicts(self) -> ConflictDialog:
        dialog = self._conflict_dialog
        if dialog is None:
            dialog = self._conflict_dialog = ConflictDialog(self._workstation, self._workers, parent=self._window)
            dialog.resolved.connect(self._conflict_resolved)
        dialog.reload()
        _present(dialog)
        return dialog

    def prepare_for_event(self) -> OutreachDialog | None:
        return self._start_outreach(OutreachTask.PREPARE)

    def send_everything(self) -> OutreachDialog | None:
        return self._start_outreach(OutreachTask.SEND)

    # --- building --------------------------------------------------------------------------------------------------

    def _build_menu(self) -> None:
        menu: QMenu = self._window.menuBar().addMenu(self.tr("C&RM"))
        menu.setToolTipsVisible(True)  # a disabled action says why in its tooltip
        self.menu = menu
        self.sync_now_action = QAction(self.tr("&Sync now"), self._window)
        self.sync_now_action.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+R")])
        self.sync_now_action.triggered.connect(self.sync_now)
        self.sync_log_action = QAction(self.tr("Sync &log…"), self._window)
        self.sync_log_action.setToolTip(self.tr("The last syncs with the CRM and what went wrong, if anything."))
        self.sync_log_action.triggered.connect(self.open_sync_log)
        self.conflicts_action = QAction(self._window)
        self.conflicts_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.conflicts_action.triggered.connect(self.open_conflicts)
        self.prepare_action = QAction(self.tr("&Prepare for event…"), self._window)
        self.send_action = QAction(self.tr("Send &everything"), self._window)
        self.prepare_action.triggered.connect(self.prepare_for_event)
        self.send_action.triggered.connect(self.send_everything)
        menu.addAction(self.sync_now_action)
        menu.addAction(self.sync_log_action)
        menu.addAction(self.conflicts_action)
        menu.addSeparator()
        menu.addAction(self.prepare_action)
        menu.addAction(self.send_action)
        for action in (self.sync_now_action, self.sync_log_action, self.conflicts_action):
            self._window.addAction(action)

    def _update_actions(self) -> None:
        available = self._port is not None
        reason = self._sync_unavailable_reason()
        busy = self._outreach_running is not None
        self.sync_now_action.setEnabled(available)
        self.sync_now_action.setToolTip(
            self.tr("Send this workstation's changes to the CRM and receive what changed there (F5).")
            if available else reason)
        self.prepare_action.setEnabled(available and not busy)
        self.send_action.setEnabled(available and not busy)
        self.prepare_action.setToolTip(
            self.tr("Before an event without network: sync everything and check that clients, consents and "
                    "services are on this workstation.") if available else reason)
        self.send_action.setToolTip(
            self.tr("After an event: send everything recorded here to the CRM and report what still waits.")
            if available else reason)
        count = self._open_conflicts
        self.conflicts_action.setText(self.tr("&Conflicts (%1)…").replace("%1", str(count)) if count
                                      else self.tr("&Conflicts…"))
        self.conflicts_action.setToolTip(
            self.tr("%1 changes made both here and in the CRM wait for your decision (Ctrl+Shift+K).")
            .replace("%1", str(count)) if count else self.tr("No conflicts with the CRM to resolve (Ctrl+Shift+K)."))
        if count:
            self._crm_label.setCursor(Qt.CursorShape.PointingHandCursor)
            self._crm_label.setToolTip(self.tr("Click to resolve the conflicts with the CRM."))
        else:
            self._crm_label.unsetCursor()

    def _sync_unavailable_reason(self) -> str:
        if self._port is not None:
            return ""
        if self._crm_configured:
            return self.tr("The sync with the CRM did not start on this workstation. Restart Neuvo; if it still does "
                           "not start, tell IT support. Your changes are kept.")
        return self.tr("This profile has no CRM connection, so Neuvo works locally only. IT support can add one "
                       "([crm] in profile.toml).")

    # --- behaviour -------------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._crm_label and event.type() == QEvent.Type.MouseButtonRelease:
            if self._open_conflicts:
                self.open_conflicts()
            else:
                self.open_sync_log()
            return True
        return super().eventFilter(watched, event)

    def _activity_from_sync_thread(self, activity: SyncActivity) -> None:
        # Runs on the sync thread. RuntimeError: the window was closed and this carrier deleted meanwhile.
        with contextlib.suppress(RuntimeError):
            self._activity_arrived.emit(activity)

    @Slot(object)
    def _show_activity(self, activity: SyncActivity) -> None:
        if self._port is None:
            return
        was_syncing = self._activity.syncing
        self._activity = activity
        if activity.syncing and not was_syncing:
            conflicts = (self.tr(" · %1 conflicts to resolve").replace("%1", str(self._open_conflicts))
                         if self._open_conflicts else "")
            self._crm_label.setText(self.tr("CRM: syncing…") + conflicts)
        elif not activity.syncing:
            self._refresh_status()  # the run changed the figures: waiting, conflicts, last success

    def _conflict_resolved(self) -> None:
        self._refresh_status()
        self.sync_now()  # a kept or edited value goes to the CRM now rather than at the next interval

    def _start_outreach(self, task: OutreachTask) -> OutreachDialog | None:
        port = self._port
        if port is None or self._outreach_running is not None:
            return None
        dialog = self._outreach_dialog
        if dialog is None:
            dialog = self._outreach_dialog = OutreachDialog(parent=self._window)
            dialog.open_conflicts_requested.connect(self.open_conflicts)
            dialog.offer_outreach_mode = lambda: self._outreach_mode_action() is not None
            dialog.outreach_mode_requested.connect(self._switch_to_outreach_mode)
        dialog.start(task)
        _present(dialog)
        self._outreach_running = task
        self._update_actions()

        def reported(report: SyncRunReport) -> None:  # on the sync thread
            with contextlib.suppress(RuntimeError):
                self._run_reported.emit(task, report)

        port.run_now(reported)
        return dialog

    def _outreach_mode_action(self) -> QAction | None:
        """The Workstation menu's "At an outreach event…", when the window has that menu and is not in it yet."""
        menu = getattr(self._window, "workstation_menu", None)
        action = getattr(menu, "outreach_action", None)
        return action if isinstance(action, QAction) and not action.isChecked() else None

    def _switch_to_outreach_mode(self) -> None:
        action = self._outreach_mode_action()
        if action is not None:
            action.trigger()  # asks for the event's name

    @Slot(object, object)
    def _run_finished(self, task: OutreachTask, report: SyncRunReport) -> None:
        workstation = self._workstation
        check = outreach_readiness if task is OutreachTask.PREPARE else delivery_report
        run_in_background(self._workers, self, lambda: check(workstation, report),
                          lambda answer: self._outreach_answered(task, answer),
                          lambda message: self._outreach_failed(task, message))

    def _outreach_answered(self, task: OutreachTask, answer: object) -> None:
        self._outreach_running = None
        self._update_actions()
        if self._outreach_dialog is not None:
            self._outreach_dialog.show_answer(task, answer)
        self._refresh_status()

    def _outreach_failed(self, task: OutreachTask, message: str) -> None:
        self._outreach_running = None
        self._update_actions()
        if self._outreach_dialog is not None:
            self._outreach_dialog.show_failure(task, message)


def _present(dialog) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
