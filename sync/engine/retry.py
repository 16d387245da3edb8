"""Waiting out the CRM's faults: 429 honours Retry-After, 5xx and network errors back off exponentially with
jitter, anything else is not retried. The clock and the sleep are injectable so tests run in no time.

The Dataverse client retries nothing itself (except one 401 with a fresh token); this is the only retry loop, so
a retry is never hidden inside another (docs/decisions/0008, 0011).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from sync.dataverse.errors import DataverseError, Throttled, Unauthorized

log = logging.getLogger(__name__)

T = TypeVar("T")


class SignInNeeded(Exception):
    """The CRM refused the token even after a fresh one was fetched: the adviser has to sign in again."""


class SyncStopped(Exception):
    """The sync was asked to stop while it waited."""


@dataclass
class RetryPolicy:
    attempts: int = 5  # for 5xx and network errors: the first try and four retries
    throttled_attempts: int = 10  # 429s do not count against `attempts`; Dataverse says when to come back
    base_seconds: float = 0.5
    cap_seconds: float = 30.0
    max_retry_after_seconds: float = 300.0
    sleep: Callable[[float], None] = time.sleep
    jitter: Callable[[], float] = field(default=random.random)
    stopped: Callable[[], bool] = lambda: False
    on_wait: Callable[[float, DataverseError], None] | None = None

    def backoff(self, attempt: int) -> float:
        """Attempt 1 → 0.25–0.5 s, 2 → 0.5–1 s, … up to the cap: half fixed, half random ("equal jitter"),
        so that workstations failing together do not come back together."""
        ceiling = min(self.cap_seconds, self.base_seconds * 2 ** (attempt - 1))
        return ceiling / 2 + self.jitter() * ceiling / 2

    def call(self, action: Callable[[], T]) -> T:
        failures = throttles = 0
        while True:
            if self.stopped():
                raise SyncStopped
            try:
                return action()
            except Unauthorized as error:
                raise SignInNeeded(str(error)) from error
            except Throttled as error:
                throttles += 1
                if throttles > self.throttled_attempts:
                    raise
                wait = min(error.retry_after, self.max_retry_after_seconds)
                self._wait(wait, error)
            except DataverseError as error:
                if not error.retryable:
                    raise
                failures += 1
                if failures >= self.attempts:
                    raise
                self._wait(self.backoff(failures), error)

    def _wait(self, seconds: float, error: DataverseError) -> None:
        log.info("CRM answered %s; waiting %.1f s", type(error).__name__, seconds)
        if self.on_wait is not None:
            self.on_wait(seconds, error)
        self.sleep(seconds)
