"""Filling a demo profile with a made-up population: `neuvo demo-data --clients N --seed S`."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from app.consent_purposes import RECORD_CONTACT, consent_purposes_for_profile
from app.demo_encounters import DemoClient, DemoEncounters
from app.demo_population import DemoPopulation
from app.domain.client import Client
from app.domain.consent import ConsentEvent, derive_status
from app.errors import NeuvoError, ValidationError
from app.need_taxonomy import need_taxonomy_for_profile
from app.store.bulk_load import EncounterLoadCounts, load_clients, load_encounters
from app.workstation import Workstation

log = logging.getLogger(__name__)

MAX_DEMO_CLIENTS = 5_000_000
DEFAULT_MAX_DEMO_ENCOUNTERS = 100_000


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
    consent_events: int = 0
    encounters: int = 0
    need_tags: int = 0
    signals: int = 0

    @property
    def clients_per_second(self) -> float:
        return self.clients / self.total_seconds if self.total_seconds > 0 else 0.0


def generate_demo_population(workstation: Workstation, *, clients: int, seed: int,
                             progress: Callable[[int, int], None] | None = None, consents: bool = True,
                             consents_as_of: date | None = None, encounters: int | None = None) -> DemoDataReport:
    """Add the seed's advisers, service points and `clients` clients to an empty demo profile.

    `progress(done, total)` is called after every chunk of clients written. With `consents`, each client also
    gets consent events dated back from `consents_as_of` (default today, so that the demo shows granted,
    expiring, expired, withdrawn and refused consents, and many purposes never asked), about two per client.
    `encounters` made-up encounters with need tags and signals (default: one per two clients, at most 100,000;
    0 for none) are spread over the 26 weeks up to that day, person-linked where the client's consents allow.
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
    as_of = consents_as_of or date.today()
    wanted_encounters = min(clients // 2, DEFAULT_MAX_DEMO_ENCOUNTERS) if encounters is None else encounters
    sample = _ClientSample(seed, as_of)
    consent_events = None
    if consents:
        made = population.consent_events(as_of, consent_purposes_for_profile(workstation.profile.directory))
        consent_events = generated.timed(sample.observing(made) if wanted_encounters else made)
    elif wanted_encounters:
        consent_events = sample.observing(lambda _client: [])
    counts = load_clients(workstation.store, generated, on_chunk=on_chunk, consents=consent_events)
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
    encounter_counts = EncounterLoadCounts(0, 0, 0)
    if wanted_encounters > 0:
        made_encounters = DemoEncounters(seed, need_taxonomy_for_profile(workstation.profile.directory), advisers,
                                         service_points).encounters(wanted_encounters, sample.clients, as_of)
        encounter_counts = load_encounters(workstation.store, made_encounters)
    total = time.perf_counter() - started
    report = DemoDataReport(
        clients=counts.clients, phones=counts.phones, advisers=len(advisers), service_points=len(service_points),
        seed=seed, generation_seconds=generated.seconds, insert_seconds=total - generated.seconds,
        total_seconds=total, consent_events=counts.consent_events, encounters=encounter_counts.encounters,
        need_tags=encounter_counts.need_tags, signals=encounter_counts.signals,
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

    def timed(self, make: Callable[[Client], list[ConsentEvent]]) -> Callable[[Client], list[ConsentEvent]]:
        """`make`, with its time added to the generation time too."""
        def timed_make(client: Client) -> list[ConsentEvent]:
            started = time.perf_counter()
            try:
                return make(client)
            finally:
                self.seconds += time.perf_counter() - started
        return timed_make

    def __next__(self) -> Client:
        started = time.perf_counter()
        try:
            return next(self._clients)
        finally:
            self.seconds += time.perf_counter() - started


class _ClientSample:
    """A seeded reservoir sample of the clients as they stream past (a million need not sit in memory), with
    whether each one's consents permit person-linked encounters on the day: the demo encounters' clients."""

    SIZE = 20_000

    def __init__(self, seed: int, as_of: date) -> None:
        self._rng = random.Random(f"neuvo-demo-encounter-clients:{seed}")
        self._as_of = as_of
        self._seen = 0
        self.clients: list[DemoClient] = []

    def observing(self, make: Callable[[Client], list[ConsentEvent]]) -> Callable[[Client], list[ConsentEvent]]:
        def observed(client: Client) -> list[ConsentEvent]:
            events = make(client)
            self._seen += 1
            slot = len(self.clients) if len(self.clients) < self.SIZE else self._rng.randrange(self._seen)
            if slot < self.SIZE:
                record_contact = [event for event in events if event.purpose == RECORD_CONTACT]
                sampled = DemoClient(client.id, client.birth_date, client.municipality_code, client.safety_marking,
                                     derive_status(RECORD_CONTACT, record_contact, self._as_of).permits)
                if slot == len(self.clients):
                    self.clients.append(sampled)
                else:
                    self.clients[slot] = sampled
            return events
        return observed
