"""Filling a demo profile with a made-up population: `neuvo demo-data --clients N --seed S`."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from app.demo_population import DemoPopulation
from app.domain.client import Client
from app.errors import NeuvoError, ValidationError
from app.store.bulk_load import load_clients
from app.workstation import Workstation

log = logging.getLogger(__name__)

MAX_DEMO_CLIENTS = 5_000_000


class DemoDataRefused(NeuvoError):
    """Demo data would go where it must not: a real profile, or a store that already holds clients."""


@dataclass(frozen=True)
class DemoDataReport:
    clients: int
    phones: int
    advisers: int
    service_points: int
    seed: int
    generation_seconds: float
    insert_seconds: float
    total_seconds: float

    @property
    def clients_per_second(self) -> float:
        return self.clients / self.total_seconds if self.total_seconds > 0 else 0.0


def generate_demo_population(workstation: Workstation, *, clients: int, seed: int,
                             progress: Callable[[int, int], None] | None = None) -> DemoDataReport:
    """Add the seed's advisers, service points and `clients` clients to an empty demo profile.

    `progress(done, total)` is called after every chunk of clients written.
    """
    if not 1 <= clients <= MAX_DEMO_CLIENTS:
        raise ValidationError(f"A demo population has 1 to {MAX_DEMO_CLIENTS:,} clients, not {clients:,}.",
                              f"Choose --clients between 1 and {MAX_DEMO_CLIENTS}.")
    if not workstation.profile.is_demo:
        raise DemoDataRefused(f"The profile {workstation.profile.name} is not a demo profile; made-up clients "
                              "must never mix with real ones.", "Generate demo data in a demo profile (--demo).")
    with workstation.unit_of_work() as uow:
        present = uow.clients.count()
    if present:
        raise DemoDataRefused(f"The demo profile {workstation.profile.name} already holds {present:,} clients.",
                              "Use --replace to start the demo profile afresh.")

    started = time.perf_counter()
    population = DemoPopulation(seed)
    generated = _TimedClients(population.clients(clients), time.perf_counter() - started)
    on_chunk = None if progress is None else (lambda done: progress(done, clients))
    # Clients first: if the load fails, the store is left as it was, and a second run may simply retry.
    counts = load_clients(workstation.store, generated, on_chunk=on_chunk)
    advisers, service_points = population.advisers(), population.service_points()
    with workstation.unit_of_work() as uow:
        known_advisers = {adviser.username for adviser in uow.advisers.all()}
        known_points = {point.id for point in uow.service_points.all()}
        for adviser in advisers:
            if adviser.username not in known_advisers:
                uow.advisers.add(adviser)
        for point in service_points:
            if point.id not in known_points:
                uow.service_points.add(point)
        uow.commit()
    total = time.perf_counter() - started
    report = DemoDataReport(
        clients=counts.clients, phones=counts.phones, advisers=len(advisers), service_points=len(service_points),
        seed=seed, generation_seconds=generated.seconds, insert_seconds=total - generated.seconds,
        total_seconds=total,
    )
    log.info("demo population written: %d clients, %d phones in %.1f s", report.clients, report.phones, total)
    return report


class _TimedClients:
    """Passes the generated clients through, adding up the time spent making them (the rest is writing)."""

    def __init__(self, clients: Iterable[Client], setup_seconds: float) -> None:
        self._clients = iter(clients)
        self.seconds = setup_seconds

    def __iter__(self) -> Iterator[Client]:
        return self

    def __next__(self) -> Client:
        started = time.perf_counter()
        try:
            return next(self._clients)
        finally:
            self.seconds += time.perf_counter() - started
