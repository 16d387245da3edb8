"""What the status bar and the sync log dialog show about the sync with the CRM."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.crm_settings import crm_settings
from app.workstation import Workstation

OUTCOME_WORDS = {
    "ok": "Everything sent and received",
    "partial": "Sent, but some changes were refused",
    "offline": "CRM not reachable",
    "sign_in_needed": "Sign-in needed",
    "failed": "Sync failed",
    "stopped": "Stopped",
    None: "Running or interrupted",
}


@dataclass(frozen=True)
class SyncStatus:
    configured: bool  # the profile has a CRM
    waiting: int  # changes not yet confirmed by the CRM
    open_conflicts: int
    last_success_at: datetime | None
    last_outcome: str | None  # a key of OUTCOME_WORDS
    last_problem: str | None  # the last run's message in an adviser's words, None when it went well

    @property
    def sign_in_needed(self) -> bool:
        return self.last_outcome == "sign_in_needed"

    @property
    def online(self) -> bool:
        return self.last_outcome in ("ok", "partial")


@dataclass(frozen=True)
class SyncLogLine:
    started_at: datetime
    finished_at: datetime | None
    outcome: str | None
    outcome_words: str
    sent: int
    received: int
    errors: int
    message: str | None


def sync_status(workstation: Workstation) -> SyncStatus:
    with workstation.unit_of_work() as uow:
        runs = uow.sync.last_runs(1)
        last = runs[0] if runs else None
        return SyncStatus(
            configured=crm_settings(workstation.profile).configured,
            waiting=uow.sync.waiting_count(),
            open_conflicts=uow.sync.open_conflict_count(),
            last_success_at=uow.sync.last_success_at(),
            last_outcome=last.outcome if last else None,
            last_problem=last.message if last else None,
        )


def sync_log(workstation: Workstation, limit: int = 50) -> list[SyncLogLine]:
    """The last runs, newest first."""
    with workstation.unit_of_work() as uow:
        runs = uow.sync.last_runs(limit)
    return [SyncLogLine(r.started_at, r.finished_at, r.outcome, OUTCOME_WORDS.get(r.outcome, r.outcome or ""),
                        r.pushed, r.pulled, r.errors, r.message) for r in runs]
