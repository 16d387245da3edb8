"""What the window may ask of the background sync with the CRM, without knowing the sync engine.

The composition root (`neuvo/sync_wiring.py`) hands the window an object of this shape; the window's CRM menu,
status bar and outreach dialogs use nothing else. Callbacks are called on the sync's own thread: the window must
carry them over to its UI thread (a queued Qt signal) before touching a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

# SyncRunReport.outcome values (the sync log's outcomes, app/usecases/sync_status.py OUTCOME_WORDS)
OK = "ok"
PARTIAL = "partial"
OFFLINE = "offline"
SIGN_IN_NEEDED = "sign_in_needed"
FAILED = "failed"
STOPPED = "stopped"


@dataclass(frozen=True)
class SyncRunReport:
    """One finished sync run, in counts and one adviser sentence (never record contents)."""

    outcome: str
    sent: int = 0
    received: int = 0
    refused: int = 0  # changes the CRM refused for good; they wait for IT support
    waiting: int = 0  # changes not yet confirmed by the CRM after the run
    open_conflicts: int = 0
    message: str | None = None

    @property
    def reached_crm(self) -> bool:
        """The CRM answered the whole run (some changes may still have been refused)."""
        return self.outcome in (OK, PARTIAL)


@dataclass(frozen=True)
class SyncActivity:
    syncing: bool
    last_run: SyncRunReport | None  # None before the first run of this session ended


class SyncPort(Protocol):
    def activity(self) -> SyncActivity:
        """The state right now; safe to call from any thread."""
        ...

    def watch(self, listener: Callable[[SyncActivity], None]) -> None:
        """Call `listener` (on the sync thread) whenever a run starts or ends."""
        ...

    def unwatch(self, listener: Callable[[SyncActivity], None]) -> None:
        ...

    def sync_now(self) -> None:
        """Start a run at once (or right after the one under way); returns at once."""
        ...

    def run_now(self, done: Callable[[SyncRunReport], None]) -> None:
        """Start a run and call `done` (on the sync thread) with its report once a run that started after this
        call has ended. The outreach actions (app/usecases/outreach_readiness.py) build on this."""
        ...
