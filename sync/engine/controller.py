"""`SyncController`: the engine on a background thread — periodic runs, "Sync now", stop — with plain callbacks.

Qt-free on purpose: the window wraps it (a QObject whose slots re-emit the callbacks as signals, so they reach
the UI thread queued). Callbacks are called on the controller's thread and must not touch widgets directly.

    controller = SyncController(engine, interval_seconds=300, on_change=lambda state: ...)
    controller.start()          # first run at once
    controller.sync_now()       # the "Sync now" shortcut; returns at once
    controller.request_run(done)  # "Send everything": done(result) of the next run that starts after the request
    controller.add_listener(fn) # more state callbacks (the window's status bar), called on the controller's thread
    controller.stop()           # at shutdown: the current run stops at its next step, outbox intact
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

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
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._syncing = False
        self._last: SyncRunResult | None = None
        self._lock = threading.Lock()
        self._listeners: list[Callable[[ControllerState], None]] = [] if on_change is None else [on_change]
        # Callers of `request_run` waiting for a run that starts after they asked (a run already under way may
        # have sent the outbox before their latest change).
        self._requests: list[Callable[[SyncRunResult], None]] = []

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

    def request_run(self, done: Callable[[SyncRunResult], None]) -> None:
        """Ask for a run now; `done(result)` is called on the controller's thread when the next run that starts
        after this call has ended (at once with a "stopped" result when the controller is stopping)."""
        with self._lock:
            stopping = self._stop.is_set() or self._thread is None
            if not stopping:
                self._requests.append(done)
        if stopping:
            self._call(done, _stopped_result())
            return
        self._wake.set()

    def add_listener(self, listener: Callable[[ControllerState], None]) -> None:
        with self._lock:
            self._listeners = [*self._listeners, listener]

    def remove_listener(self, listener: Callable[[ControllerState], None]) -> None:
        with self._lock:
            self._listeners = [each for each in self._listeners if each is not listener]

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        with self._lock:
            unanswered, self._requests = self._requests, []
        for done in unanswered:
            self._call(done, _stopped_result())

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
        with self._lock:
            answered, self._requests = self._requests, []
        self._set(syncing=True)
        try:
            result = self.engine.run_once(stopped=self._stop.is_set)
        except Exception:  # run_once reports its own failures; this is the last guard of the thread
            log.exception("sync controller: a run failed unexpectedly")
            result = SyncRunResult("failed", message="The sync stopped on an unexpected problem.")
        self._set(syncing=False, result=result)
        for done in answered:
            self._call(done, result)
        return result

    def _set(self, *, syncing: bool, result: SyncRunResult | None = None) -> None:
        with self._lock:
            self._syncing = syncing
            if result is not None:
                self._last = result
            state = ControllerState(self._syncing, self._last)
            listeners = self._listeners
        for listener in listeners:
            self._call(listener, state)

    @staticmethod
    def _call(callback: Callable[[Any], None], value: Any) -> None:
        try:
            callback(value)
        except Exception:  # a listener's failure must not end the sync thread
            log.exception("sync controller: a status callback failed")


def _stopped_result() -> SyncRunResult:
    return SyncRunResult("stopped", message="The sync was stopped before it could run; your changes are kept.")
