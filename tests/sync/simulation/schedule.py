"""A seeded schedule: a short random sequence of local edits, consents, CRM-side edits, conflict resolutions and
syncs under injected faults, then quiescence and the invariants. The same seed gives the same schedule.

    outcome = run_schedule(emulator, admin, template, root, seed=17)
    assert not outcome.problems, outcome.report()
"""

from __future__ import annotations

import random
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.consent import ConsentDecision
from sync.dataverse import DataverseClient
from sync.emulator.server import EmulatorServer
from tests.sync.simulation.invariants import violations
from tests.sync.simulation.world import FIELD_COLUMNS, PURPOSES, Station, StopAfter, World

# What a sync step may run into, with weights: mostly the kinds of trouble a city network and Dataverse produce.
FAULTS = {"none": 6, "throttle_burst": 2, "server_errors": 2, "gateway_down": 1, "drop_before_commit": 2,
          "drop_after_commit": 3, "offline_after_commit": 2, "timeout": 1, "token_expired": 1, "sign_in_needed": 1,
          "stopped_mid_run": 2, "killed": 3}
STEPS = {"edit": 9, "create": 2, "consent": 3, "crm_edit": 4, "crm_create": 1, "sync": 10, "resolve": 2}
QUIESCE_ROUNDS = 12


@dataclass
class ScheduleOutcome:
    seed: int
    problems: list[str]
    log: list[str]
    faults: Counter = field(default_factory=Counter)
    steps: int = 0
    runs: int = 0
    conflicts_resolved: int = 0

    def report(self) -> str:
        return "\n".join([f"simulation seed {self.seed} failed (replay: NEUVO_SIMULATION_SEED={self.seed} pytest "
                          f"tests/sync/test_simulation.py, or bench/soak.py --seed {self.seed}):",
                          *(f"  ! {p}" for p in self.problems), "what happened:",
                          *(f"  {line}" for line in self.log)])


def run_schedule(emulator: EmulatorServer, admin: DataverseClient, template: Path, root: Path,
                 seed: int) -> ScheduleOutcome:
    shape = random.Random(seed * 7919 + 1)
    world = World(emulator, admin, template, root, seed, stations=shape.choice((2, 2, 3)),
                  seeded_clients=shape.randint(2, 4))
    outcome = ScheduleOutcome(seed, [], world.history.log)
    try:
        for station in world.stations:
            world.sync(station, "none")
            outcome.runs += 1
        steps = world.random.randint(6, 14)
        for _ in range(steps):
            _step(world, outcome)
        outcome.steps = steps
        if not _quiesce(world, outcome):
            outcome.problems.append(f"did not quiesce within {QUIESCE_ROUNDS} rounds of syncs")
        else:
            outcome.problems += violations(world)
    except Exception as error:  # an engine or use-case exception is a finding too; report it with the seed
        outcome.problems.append(f"the schedule raised {type(error).__name__}: {error}")
        outcome.log.extend(traceback.format_exc().splitlines())
    finally:
        world.close()
    return outcome


def _step(world: World, outcome: ScheduleOutcome) -> None:
    rng = world.random
    kind = rng.choices(list(STEPS), weights=list(STEPS.values()))[0]
    station = rng.choice(world.stations)
    if kind == "edit":
        ids = world.local_ids(station)
        if ids:
            name = rng.choice(list(FIELD_COLUMNS))
            world.edit_locally(station, rng.choice(ids), name, world.unique(name))
    elif kind == "create":
        world.create_locally(station)
    elif kind == "consent":
        ids = world.local_ids(station)
        if ids:
            decision = rng.choice((ConsentDecision.GRANTED, ConsentDecision.GRANTED, ConsentDecision.WITHDRAWN))
            world.record_consent(station, rng.choice(ids), rng.choice(PURPOSES), decision)
    elif kind == "crm_edit":
        in_crm = world.crm_contacts()
        known = [i for i in world.history.clients if i in in_crm]
        if known:
            name = rng.choice(list(FIELD_COLUMNS))
            world.edit_in_crm(rng.choice(known), name, world.unique(name))
    elif kind == "crm_create":
        world.create_in_crm()
    elif kind == "resolve":
        if world.resolve_one(station):
            outcome.conflicts_resolved += 1
    else:
        fault = rng.choices(list(FAULTS), weights=list(FAULTS.values()))[0]
        _sync_under(world, station, fault)
        outcome.faults[fault] += 1
        outcome.runs += 1


def _sync_under(world: World, station: Station, fault: str) -> None:
    rng = world.random
    faults = world.emulator.faults
    faults.configure(seed=rng.randrange(1 << 30))
    stopped = None
    if fault == "throttle_burst":
        faults.configure(throttle_burst=rng.randint(1, 4), retry_after_seconds=rng.randint(1, 30))
    elif fault == "server_errors":
        faults.configure(error_rates={rng.choice((500, 502, 503, 504)): rng.choice((0.2, 0.4, 0.7))})
    elif fault == "gateway_down":
        faults.configure(error_rates={502: 1.0}, html_errors=True)
    elif fault == "drop_before_commit":
        faults.configure(drop_before_commit=rng.randint(1, 3))
    elif fault == "drop_after_commit":
        faults.configure(drop_after_commit=rng.randint(1, 3))
    elif fault == "offline_after_commit":
        faults.configure(drop_after_commit=10)  # the first write commits, no answer ever arrives: the run ends
    elif fault == "timeout":
        faults.configure(latency_ms=40)
    elif fault == "token_expired":
        station.tokens.mode = "expired"
    elif fault == "sign_in_needed":
        station.tokens.mode = "revoked"
    elif fault == "stopped_mid_run":
        stopped = StopAfter(rng.randint(0, 6))
    elif fault == "killed":
        world.sync(station, fault, kill=(rng.randint(1, 4), rng.random() < 0.6))
        return
    world.sync(station, fault, stopped=stopped)


def _quiesce(world: World, outcome: ScheduleOutcome) -> bool:
    """Faults off; every workstation syncs in turn, and every conflict is settled, until a whole round moves
    nothing: then each workstation has pulled after the last push."""
    for _ in range(QUIESCE_ROUNDS):
        moved = False
        for station in world.stations:
            result = world.sync(station, "none")
            outcome.runs += 1
            if result.outcome != "ok":
                outcome.problems.append(f"{station.name}: a fault-free sync ended {result.outcome}: {result.message}")
                return True
            moved |= result.pushed > 0 or result.conflicts > 0
        for station in world.stations:
            while world.resolve_one(station):
                outcome.conflicts_resolved += 1
                moved = True
        if not moved:
            return True
    return False
