"""The offline-first sync engine (#8): push the outbox to the city CRM, pull what changed there, merge, and keep
a log — plain Python on `sync.dataverse`, run by the window in a worker thread and by `neuvo sync` headless.
See docs/decisions/0011-sync-engine.md."""

from sync.engine.engine import ENTITY_FACTORIES, SyncEngine, SyncOptions, SyncRunResult
from sync.engine.retry import RetryPolicy, SignInNeeded

__all__ = ["ENTITY_FACTORIES", "RetryPolicy", "SignInNeeded", "SyncEngine", "SyncOptions", "SyncRunResult"]
