"""Running a use case off the UI thread and handing its result back through a signal.

The UI thread must never wait on slow SQL (a COUNT over a million clients), so such calls go to a thread pool.
The result crosses back to the UI thread as a queued signal on a carrier object that lives in the UI thread.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import NeuvoError
from ui.app_text import error_text

log = logging.getLogger(__name__)


class JobSignals(QObject):
    """Carries one job's outcome to the UI thread. Owned by the requester, so it outlives the worker's run."""

    succeeded = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: JobSignals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # the UI shows the failure; the worker thread must not die silently
            # Only the exception type is logged: messages from the store may quote personal data.
            log.warning("background job failed: %s", type(exc).__name__)
            message = error_text(exc) if isinstance(exc, NeuvoError) else f"{type(exc).__name__}: {exc}"
            self._emit(self._signals.failed, message)
        else:
            self._emit(self._signals.succeeded, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        # RuntimeError: the requester (and with it the carrier) was closed while the job ran; nobody waits.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


def run_in_background(pool: QThreadPool, owner: QObject, work: Callable[[], Any],
                      on_success: Callable[[Any], None], on_failure: Callable[[str], None]) -> JobSignals:
    """Run `work()` on `pool`; call `on_success(result)` or `on_failure(message)` later on the UI thread."""
    signals = JobSignals(owner)
    signals.succeeded.connect(on_success)
    signals.failed.connect(on_failure)
    signals.succeeded.connect(signals.deleteLater)
    signals.failed.connect(signals.deleteLater)
    pool.start(_Job(work, signals))
    return signals
