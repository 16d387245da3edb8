"""Fault injection and service-protection limits: how the emulator misbehaves on purpose.

Faults are set at start (`FaultSettings`) and changed at run time, in-process (`EmulatorServer.faults.configure`)
or through the loopback admin endpoint `POST /_emulator/faults` (same bearer token). Each kind:

- `latency_ms`: every API request waits this long before it is handled.
- `error_rates`: {status: probability}; a request drawn answers that status (a Dataverse error body, or with
  `html_errors` an HTML page such as a proxy or gateway sends).
- `throttle_burst`: the next N requests answer 429 with `Retry-After: retry_after_seconds`.
- `drop_before_commit` / `drop_after_commit`: the next N writes lose their connection mid-answer, the first
  without applying the write, the second after committing it (the client cannot tell which happened).
- `fail_request_number` (+ `fail_status`): the N-th API request since start (or since the counter was reset)
  fails with that status.

The random draws come from one seeded generator, so a failing test run can be repeated.
"""

from __future__ import annotations

import collections
import random
import threading
import time
from dataclasses import asdict, dataclass, field, fields


@dataclass
class FaultSettings:
    latency_ms: int = 0
    error_rates: dict[int, float] = field(default_factory=dict)
    html_errors: bool = False
    throttle_burst: int = 0
    retry_after_seconds: int = 1
    drop_before_commit: int = 0
    drop_after_commit: int = 0
    fail_request_number: int | None = None
    fail_status: int = 500
    seed: int = 0

    @classmethod
    def from_json(cls, data: dict, base: FaultSettings | None = None) -> FaultSettings:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown fault settings: {', '.join(sorted(unknown))}")
        merged = asdict(base or cls()) | data
        rates = merged.get("error_rates") or {}
        if not isinstance(rates, dict):
            raise ValueError("error_rates must be an object of status: probability")
        merged["error_rates"] = {int(k): float(v) for k, v in rates.items()}
        for status, rate in merged["error_rates"].items():
            if not 400 <= status <= 599 or not 0.0 <= rate <= 1.0:
                raise ValueError("error_rates maps 4xx/5xx statuses to probabilities from 0 to 1")
        for name in ("latency_ms", "throttle_burst", "retry_after_seconds", "drop_before_commit", "drop_after_commit"):
            if not isinstance(merged[name], int) or merged[name] < 0:
                raise ValueError(f"{name} must be a whole number >= 0")
        return cls(**merged)

    def to_json(self) -> dict:
        data = asdict(self)
        data["error_rates"] = {str(k): v for k, v in self.error_rates.items()}
        return data


@dataclass(frozen=True)
class FaultDecision:
    latency_seconds: float = 0.0
    status: int | None = None  # answer this instead of handling the request
    retry_after: int | None = None
    html: bool = False


class Faults:
    def __init__(self, settings: FaultSettings | None = None) -> None:
        self._lock = threading.Lock()
        self._settings = settings or FaultSettings()
        self._random = random.Random(self._settings.seed)
        self.request_count = 0

    @property
    def settings(self) -> FaultSettings:
        with self._lock:
            return FaultSettings.from_json(self._settings.to_json())

    def configure(self, **changes: object) -> FaultSettings:
        """Change some settings (the others stay); `reset()` returns to none."""
        with self._lock:
            self._settings = FaultSettings.from_json(changes, self._settings)
            if "seed" in changes:
                self._random = random.Random(self._settings.seed)
            return self._settings

    def reset(self, *, request_count: bool = True) -> None:
        with self._lock:
            self._settings = FaultSettings()
            self._random = random.Random(0)
            if request_count:
                self.request_count = 0

    def on_request(self) -> tuple[int, FaultDecision]:
        """Number this API request and decide its fate."""
        with self._lock:
            self.request_count += 1
            number = self.request_count
            s = self._settings
            latency = s.latency_ms / 1000
            if s.fail_request_number is not None and number == s.fail_request_number:
                return number, FaultDecision(latency, s.fail_status, html=s.html_errors)
            if s.throttle_burst > 0:
                s.throttle_burst -= 1
                return number, FaultDecision(latency, 429, s.retry_after_seconds)
            for status, rate in sorted(s.error_rates.items()):
                if rate > 0 and self._random.random() < rate:
                    return number, FaultDecision(latency, status, s.retry_after_seconds if status == 429 else None,
                                                 html=s.html_errors)
            return number, FaultDecision(latency)

    def take_drop(self, *, after_commit: bool) -> bool:
        with self._lock:
            name = "drop_after_commit" if after_commit else "drop_before_commit"
            left = getattr(self._settings, name)
            if left > 0:
                setattr(self._settings, name, left - 1)
                return True
            return False


@dataclass(frozen=True)
class ServiceLimits:
    """Dataverse's per-user service-protection limits (defaults as documented: 6,000 requests in 5 minutes,
    52 at once); tests lower them to trigger a 429."""

    requests_per_window: int = 6000
    window_seconds: float = 300.0
    max_concurrent: int = 52


class ServiceProtection:
    def __init__(self, limits: ServiceLimits | None = None, clock=time.monotonic) -> None:
        self.limits = limits or ServiceLimits()
        self._clock = clock
        self._lock = threading.Lock()
        self._recent: dict[str, collections.deque[float]] = {}
        self._running: dict[str, int] = {}

    def admit(self, user: str) -> tuple[str, int] | None:
        """None when the request may run (then call `done(user)`); else (which limit, seconds to wait)."""
        with self._lock:
            now = self._clock()
            recent = self._recent.setdefault(user, collections.deque())
            while recent and recent[0] <= now - self.limits.window_seconds:
                recent.popleft()
            if len(recent) >= self.limits.requests_per_window:
                return "requests", max(1, int(recent[0] + self.limits.window_seconds - now + 0.999))
            if self._running.get(user, 0) >= self.limits.max_concurrent:
                return "concurrency", 1
            recent.append(now)
            self._running[user] = self._running.get(user, 0) + 1
            return None

    def done(self, user: str) -> None:
        with self._lock:
            self._running[user] = max(0, self._running.get(user, 0) - 1)
