"""`SyncEngine`: one sync run = recover, push the outbox, pull each table; recorded in the sync log.

Plain Python, no Qt: the window runs it in a worker thread (sync/engine/controller.py), `neuvo sync` in the
foreground. Everything it does to the store goes through the unit of work (`uow.sync`, app/store/sync_repository.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from app.store.unit_of_work import UnitOfWork
from sync.crm_schema import DEFAULT_PREFIX
from sync.dataverse.client import DataverseClient
from sync.dataverse.errors import DataverseError
from sync.engine.client_sync import ClientSync
from sync.engine.consent_sync import ConsentSync
from sync.engine.encounter_sync import EncounterSync, NeedTagSync, SignalSync
from sync.engine.entities import EntitySync
from sync.engine.problems import OK, PARTIAL, adviser_message, outcome_of
from sync.engine.pull import pull
from sync.engine.push import PushContext, push
from sync.engine.retry import RetryPolicy, SignInNeeded, SyncStopped
from sync.engine.row_check import summarise

log = logging.getLogger(__name__)

DONE_ROWS_KEPT = timedelta(days=30)


@dataclass
class SyncOptions:
    prefix: str = DEFAULT_PREFIX
    scope_months: int | None = None  # None: every contact; N: contacts the CRM changed in the last N months
    page_size: int | None = None  # None: the client's (Dataverse's largest, 5,000)
    identity_hash: Callable[[str], str] | None = None  # the CRM's keyed hash of identity codes, when it has one
    push_round: int = 5000


# Entities in pull order (a client before its consents and encounters, an encounter before its tags and signals);
# another synced table appends a factory here (or passes `entities=` to the engine).
ENTITY_FACTORIES: list[Callable[[SyncOptions], EntitySync]] = [
    lambda o: ClientSync(prefix=o.prefix, identity_hash=o.identity_hash,
                         touched_since=None if o.scope_months is None else
                         datetime.now(UTC) - timedelta(days=round(o.scope_months * 30.44))),
    lambda o: ConsentSync(prefix=o.prefix),
    lambda o: EncounterSync(prefix=o.prefix),
    lambda o: NeedTagSync(prefix=o.prefix),
    lambda o: SignalSync(prefix=o.prefix),
]


@dataclass(frozen=True)
class SyncRunResult:
    outcome: str  # ok | partial | offline | sign_in_needed | failed | stopped
    pushed: int = 0
    pulled: int = 0
    deleted: int = 0
    conflicts: int = 0
    failed: int = 0
    waiting: int = 0
    open_conflicts: int = 0
    seconds: float = 0.0
    message: str | None = None
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.outcome in (OK, "stopped")

    def summary_line(self) -> str:
        head = f"sync {self.outcome}: sent {self.pushed}, received {self.pulled} ({self.deleted} deleted), " \
               f"{self.conflicts} new conflicts, {self.open_conflicts} open, {self.waiting} waiting, " \
               f"{self.seconds:.1f} s"
        return f"{head} — {self.message}" if self.message else head


class SyncEngine:
    def __init__(self, unit_of_work: Callable[[], UnitOfWork], client: DataverseClient, *,
                 options: SyncOptions | None = None, retry: RetryPolicy | None = None,
                 entities: list[EntitySync] | None = None) -> None:
        self.options = options or SyncOptions()
        self.retry = retry or RetryPolicy()
        self.context = PushContext(client, self.retry, unit_of_work)
        self.entities = entities or [factory(self.options) for factory in ENTITY_FACTORIES]
        self._by_name = {e.entity: e for e in self.entities}
        self._recovered = False

    def recover(self) -> int:
        """Outbox rows a crash left in flight become pending again (once per engine, before the first run)."""
        with self.context.unit_of_work() as uow:
            count = uow.sync.requeue_in_flight()
            uow.commit()
        self._recovered = True
        if count:
            log.info("sync: %d outbox rows left in flight by an earlier run are queued again", count)
        return count

    def run_once(self, *, stopped: Callable[[], bool] = lambda: False, pull_changes: bool = True) -> SyncRunResult:
        if not self._recovered:
            self.recover()
        started = time.perf_counter()
        with self.context.unit_of_work() as uow:
            run_id = uow.sync.start_run()
            uow.commit()
        pushed = failed = conflicts = pulled = deleted = 0
        problems: list[str] = []
        unreadable: list[str] = []
        outcome, message = OK, None
        previous_stop = self.retry.stopped
        self.retry.stopped = stopped
        try:
            pushed_counts = push(self.context, self._by_name, round_size=self.options.push_round, stopped=stopped)
            pushed, failed, conflicts = pushed_counts.sent, pushed_counts.failed, pushed_counts.conflicts
            problems = pushed_counts.problems
            if pull_changes:
                pulled_counts = pull(self.context, self.entities, page_size=self.options.page_size, stopped=stopped)
                pulled, deleted = pulled_counts.applied, pulled_counts.deleted
                conflicts += pulled_counts.conflicts
                unreadable = pulled_counts.problems
            if failed:
                outcome = PARTIAL
                message = f"{failed} changes were refused by the CRM and wait for IT support; everything else " \
                          "was sent."
            if unreadable:
                message = " ".join(filter(None, [message, summarise(unreadable)]))
            if stopped():
                outcome = "stopped"
        except SyncStopped:
            outcome = "stopped"
        except (DataverseError, SignInNeeded) as error:
            outcome, message = outcome_of(error), adviser_message(error)
            log.warning("sync run failed: %s", type(error).__name__)
        except Exception as error:  # the log must say the run ended; the outbox keeps everything
            log.exception("sync run failed unexpectedly")
            outcome, message = "failed", adviser_message(error)
        finally:
            self.retry.stopped = previous_stop
        with self.context.unit_of_work() as uow:
            uow.sync.requeue_in_flight()  # what was claimed and not settled is sent next time
            uow.sync.prune_done(datetime.now(UTC) - DONE_ROWS_KEPT)
            uow.sync.finish_run(run_id, pulled=pulled, pushed=pushed,
                                errors=failed + len(unreadable) + (outcome not in (OK, PARTIAL)),
                                outcome=outcome, message=message)
            waiting = uow.sync.waiting_count()
            open_conflicts = uow.sync.open_conflict_count()
            uow.commit()
        return SyncRunResult(outcome, pushed, pulled, deleted, conflicts, failed, waiting, open_conflicts,
                             time.perf_counter() - started, message, tuple(problems + unreadable))
