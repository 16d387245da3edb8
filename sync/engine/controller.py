"""`SyncController`: the engine on a background thread — periodic runs, "Sync now", stop — with plain callbacks.

Qt-free on purpose: the window wraps it (a QObject whose slots re-emit the callbacks as signals, so they reach
the UI thread queued). Callbacks are called on the controller's thread and must not touch widgets directly.

    controller = SyncController(engine, interval_seconds=300, on_change=lambda state: ...)
    controller.start()          # first run at once
    controller.sync_now()       # the "Sync now" shortcut; returns at once
    controller.stop()           # at shutdown: the current run stops at its next step, outbox intact
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sync.engine.engine import SyncEngine, SyncRunResult

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_SECONDS = 300.0
OFFLINE_RETRY_SECONDS = 60.0  # after a failed run, try again sooner than the interval


@dataclass(frozen=True)
class ControllerState:
    syncing: bool
    last_result: SyncRunResult | None  # None before the first run finished


class SyncController:
    def __init__(self, engine: SyncEngine, *, interval_seconds: float = DEFAULT_INTERVAL_SECONDS,
                 on_change: Callable[[ControllerState], None] | None = None) -> None:
        self.engine = engine
        self.interval_seconds = interval_seconds
        self._on_change = on_change
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._syncing = False
        self._last: SyncRunResult | None = None
        self._lock = threading.Lock()

    @property
    def state(self) -> ControllerState:
        with self._lock:
            return ControllerState(self._syncing, self._last)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="neuvo-sync", daemon=True)
        self._thread.start()

    def sync_now(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def run_once_now(self) -> SyncRunResult:
        """One run on the caller's thread (for tests and `neuvo sync`); not while the thread runs one."""
        return self._run()

    def _loop(self) -> None:
        while not self._stop.is_set():
            result = self._run()
            wait = self.interval_seconds if result.ok else min(self.interval_seconds, OFFLINE_RETRY_SECONDS)
            self._wake.wait(wait)
            self._wake.clear()

    def _run(self) -> SyncRunResult:
        self._set(syncing=True)
        try:
            result = self.engine.run_once(stopped=self._stop.is_set)
        except Exception:  # run_once reports its own failures; this is the last guard of the thread
            log.exception("sync controller: a run failed unexpectedly")
            result = SyncRunResult("failed", message="The sync stopped on an unexpected problem.")
        self._set(syncing=False, result=result)
        return result

    def _set(self, *, syncing: bool, result: SyncRunResult | None = None) -> None:
        with self._lock:
            self._syncing = syncing
            if result is not None:
                self._last = result
            state = ControllerState(self._syncing, self._last)
        if self._on_change is not None:
            try:
                self._on_change(state)
            except Exception:
                log.exception("sync controller: a status callback failed")
