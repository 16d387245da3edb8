"""The simulated world: one CRM emulator (in-process, shared by every schedule of a run and emptied between them),
two or three workstation profiles with their sync engines, and a CRM-side editor working through the Web API.

Every write an actor confirmed is remembered as a `Write`: which record and field, the value written, and the
value the writer saw there when it wrote (its parent). The invariants (invariants.py) are judged against that
record, never against what the engine says it did.
"""

from __future__ import annotations

import random
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app.domain.client import Client
from app.domain.consent import ConsentChannel, ConsentDecision, ConsentEvent, ConsentEvidence
from app.usecases.sync_conflicts import Resolution, list_open_conflicts, resolve_conflict
from app.workstation import Workstation, open_workstation
from sync.dataverse import DataverseClient, DataverseConfig, Query, StaticTokenProvider
from sync.emulator.server import EmulatorServer
from sync.engine import RetryPolicy, SyncEngine, SyncOptions, SyncRunResult
from sync.engine.client_sync import ClientSync
from sync.engine.consent_sync import ConsentSync

TOKEN = "simulation-token-0123456789"
# The client fields the schedules edit, and the contact column that carries each (sync/contact_mapping.py).
FIELD_COLUMNS = {"last_name": "lastname", "preferred_name": "nickname", "email": "emailaddress1",
                 "street": "address1_line1", "postal_code": "address1_postalcode"}
PURPOSES = ("record_contact", "newsletter", "followup_contact")
CRM = "crm"
# A contact made in the CRM's own form has these set (the form's defaults); Neuvo reads a missing one as the same.
CRM_DEFAULTS = {"nv_preferredlanguage": "fi", "nv_interpreterneeded": False, "nv_safetymarking": False}


@dataclass(frozen=True)
class Write:
    actor: str  # a workstation's name, or "crm" for an edit made in the CRM itself
    record_id: uuid.UUID
    field: str
    value: str | None
    parent: str | None  # what the writer saw in the field when it wrote (None for a new record)


@dataclass
class History:
    writes: list[Write] = field(default_factory=list)
    clients: list[uuid.UUID] = field(default_factory=list)  # every client created anywhere, in order
    # consent id → (client, purpose, decision)
    consents: dict[uuid.UUID, tuple[uuid.UUID, str, str]] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)  # what happened, step by step, printed when a schedule fails


class SimulatedTokens:
    """The workstation's sign-in: `expired` answers a stale token once, as an access token past its lifetime does
    (the client gets a 401, invalidates, and the fresh token works); `revoked` keeps failing (sign-in needed)."""

    def __init__(self, good: str) -> None:
        self.good = good
        self.mode = "good"

    def token(self) -> str:
        return self.good if self.mode == "good" else f"stale-{self.mode}"

    def invalidate(self) -> None:
        if self.mode == "expired":
            self.mode = "good"


class SimulatedKill(BaseException):
    """The process dies here (SIGKILL, power cut): a BaseException, so no `except Exception` in the engine sees it,
    and every open transaction is rolled back as the unit of work unwinds — what a killed process leaves."""


class KillAt:
    """Kills the sync at its n-th CRM request, before it is sent or after its answer arrived."""

    def __init__(self, client: DataverseClient, request: int, *, after_answer: bool) -> None:
        self.client, self.left, self.after_answer = client, request, after_answer
        self.send = client._send

    def __call__(self, *args, **kwargs):
        self.left -= 1
        if self.left <= 0 and not self.after_answer:
            raise SimulatedKill
        answer = self.send(*args, **kwargs)
        if self.left <= 0:
            raise SimulatedKill
        return answer


class StopAfter:
    """A `stopped` callback that turns true at its n-th question: the window closing in the middle of a run."""

    def __init__(self, calls: int) -> None:
        self.left = calls

    def __call__(self) -> bool:
        self.left -= 1
        return self.left < 0


@dataclass
class Station:
    name: str
    workstation: Workstation
    engine: SyncEngine
    tokens: SimulatedTokens
    client: DataverseClient
    _timeout_client: DataverseClient | None = None

    @property
    def timeout_client(self) -> DataverseClient:
        """A client whose time-out is shorter than the injected latency (made when first needed: each client
        loads the system's certificate store, which costs more than a sync run here)."""
        if self._timeout_client is None:
            self._timeout_client = DataverseClient(DataverseConfig(self.client.config.environment_url,
                                                                   timeout_seconds=0.02, connect_timeout_seconds=1),
                                                   self.tokens)
        return self._timeout_client

    def close(self) -> None:
        self.client.close()
        if self._timeout_client is not None:
            self._timeout_client.close()
        self.workstation.close()


def start_emulator(data_dir: Path) -> EmulatorServer:
    from sync.emulator.faults import ServiceLimits
    server = EmulatorServer(data_dir, token=TOKEN, limits=ServiceLimits(requests_per_window=10_000_000))
    server.start()
    return server


def crm_admin(emulator: EmulatorServer) -> DataverseClient:
    """The CRM-side editor's connection (shared by every schedule of a run)."""
    return DataverseClient(DataverseConfig(emulator.base_url, timeout_seconds=10), StaticTokenProvider(TOKEN))


def make_profile_template(directory: Path) -> Path:
    """A migrated, empty workstation profile; each schedule's stations are copies of it (fast to open)."""
    open_workstation(directory).close()
    return directory


class World:
    def __init__(self, emulator: EmulatorServer, admin: DataverseClient, template: Path, root: Path, seed: int, *,
                 stations: int, seeded_clients: int) -> None:
        self.emulator = emulator
        self.seed = seed
        self.random = random.Random(seed)
        self.push_round = self.random.choice((1, 2, 3, 5000))
        self.history = History()
        self._counter = 0
        self._empty_crm()
        self.admin = admin
        self._seed_crm(seeded_clients)
        self.root = root / f"seed-{seed}"
        if self.root.exists():
            shutil.rmtree(self.root)
        self.stations = [self._station(f"ws{i}", template) for i in range(stations)]

    def close(self) -> None:
        for station in self.stations:
            station.close()
        shutil.rmtree(self.root, ignore_errors=True)

    # --- set-up ------------------------------------------------------------------------------------------------------

    def _empty_crm(self) -> None:
        self.emulator.faults.reset()
        store = self.emulator.store
        with store.lock:
            for table in ("contact", "nv_consent", "_deleted"):
                store.connection.execute(f'DELETE FROM "{table}"')  # noqa: S608 (fixed table names)

    def _seed_crm(self, count: int) -> None:
        rows = []
        for _ in range(count):
            record_id = uuid.uuid4()
            values = {name: self.unique(name) for name in FIELD_COLUMNS}
            rows.append({"contactid": str(record_id), "firstname": "Seed", **CRM_DEFAULTS,
                         **{FIELD_COLUMNS[n]: v for n, v in values.items()}})
            self._remember_new(CRM, record_id, values)
        if rows:
            self.admin.create_multiple("contacts", "contact", rows)

    def _station(self, name: str, template: Path) -> Station:
        directory = self.root / name
        shutil.copytree(template, directory)
        workstation = open_workstation(directory)
        tokens = SimulatedTokens(TOKEN)
        client = DataverseClient(DataverseConfig(self.emulator.base_url, timeout_seconds=10), tokens)
        return Station(name, workstation, self._engine(workstation, client), tokens, client)

    def _engine(self, workstation: Workstation, client: DataverseClient) -> SyncEngine:
        retry = RetryPolicy(sleep=lambda _seconds: None, jitter=random.Random(self.seed).random)
        # Clients and consents only: the tables these schedules write (the others would be read empty each run).
        # A small push round splits a record's queued rows over several claims, as a long queue does.
        return SyncEngine(workstation.unit_of_work, client, retry=retry, entities=[ClientSync(), ConsentSync()],
                          options=SyncOptions(push_round=self.push_round))

    # --- values ------------------------------------------------------------------------------------------------------

    def unique(self, name: str) -> str:
        """A value never written before in this schedule, so that every write can be traced by its value."""
        self._counter += 1
        n = self._counter
        return {"last_name": f"Suku{n}", "preferred_name": f"Nimi{n}", "email": f"s{n}@example.fi",
                "street": f"Katu {n}", "postal_code": f"{n:05d}"}[name]

    def _remember_new(self, actor: str, record_id: uuid.UUID, values: dict[str, str | None]) -> None:
        self.history.clients.append(record_id)
        for name, value in values.items():
            self.history.writes.append(Write(actor, record_id, name, value, None))

    def note(self, text: str) -> None:
        self.history.log.append(text)

    # --- workstation actions -----------------------------------------------------------------------------------------

    def local_ids(self, station: Station) -> list[uuid.UUID]:
        """The clients this workstation holds (not deleted), in the order they were created anywhere."""
        with station.workstation.unit_of_work() as uow:
            held = uow.sync.clients_by_id(self.history.clients)
        return [i for i in self.history.clients if i in held and held[i].deleted_at is None]

    def edit_locally(self, station: Station, record_id: uuid.UUID, name: str, value: str) -> bool:
        with station.workstation.unit_of_work() as uow:
            client = uow.clients.get(record_id)
            parent = getattr(client, name)
            if parent == value:
                return False
            uow.clients.update(replace(client, **{name: value}))
            uow.commit()
        self.history.writes.append(Write(station.name, record_id, name, value, parent))
        self.note(f"{station.name}: {name} of {_short(record_id)} {parent!r} → {value!r}")
        return True

    def create_locally(self, station: Station) -> uuid.UUID:
        values = {name: self.unique(name) for name in FIELD_COLUMNS}
        client = Client(first_names="Uusi", **values)
        with station.workstation.unit_of_work() as uow:
            uow.clients.add(client)
            uow.commit()
        self._remember_new(station.name, client.id, values)
        self.note(f"{station.name}: created {_short(client.id)}")
        return client.id

    def record_consent(self, station: Station, record_id: uuid.UUID, purpose: str, decision: ConsentDecision) -> None:
        with station.workstation.unit_of_work() as uow:
            event = ConsentEvent(uuid.uuid4(), record_id, purpose, decision, date.today(), None,
                                 ConsentChannel.COUNTER, ConsentEvidence.VERBAL, "v1", "fi", None, None,
                                 datetime.now(UTC), uow.consents.next_sequence(record_id, purpose))
            uow.consents.add(event)
            uow.commit()
        self.history.consents[event.id] = (record_id, purpose, decision.value)
        self.note(f"{station.name}: {decision.value} {purpose} for {_short(record_id)}")

    def resolve_one(self, station: Station, choice: Resolution | None = None) -> bool:
        """Settle one open conflict as an adviser would: keep mine, take theirs, or type a third value."""
        conflicts = [c for c in list_open_conflicts(station.workstation) if not c.is_deletion]
        if not conflicts:
            return False
        conflict = conflicts[self.random.randrange(len(conflicts))]
        choice = choice or self.random.choice(list(Resolution))
        with station.workstation.unit_of_work() as uow:
            mine = getattr(uow.clients.get(conflict.record_id), conflict.field)
        value = self.unique(conflict.field) if choice is Resolution.EDIT else None
        resolve_conflict(station.workstation, conflict.id, choice, value)
        if choice is Resolution.KEEP_MINE:
            self.history.writes.append(Write(station.name, conflict.record_id, conflict.field, mine, conflict.theirs))
        elif choice is Resolution.EDIT:
            # The adviser typed a third value having seen both sides: it replaces "mine" as knowingly as "theirs".
            for replaced in (conflict.theirs, conflict.mine):
                self.history.writes.append(Write(station.name, conflict.record_id, conflict.field, value, replaced))
        self.note(f"{station.name}: conflict on {conflict.field} of {_short(conflict.record_id)} "
                  f"(mine {conflict.mine!r}, theirs {conflict.theirs!r}) → {choice.value} {value or ''}")
        return True

    def sync(self, station: Station, fault: str, *, stopped: Callable[[], bool] | None = None,
             kill: tuple[int, bool] | None = None) -> SyncRunResult | None:
        engine = station.engine
        engine.context.client = station.timeout_client if fault == "timeout" else station.client
        if kill is not None:
            station.client._send = KillAt(station.client, kill[0], after_answer=kill[1])
        try:
            result = engine.run_once(stopped=stopped or (lambda: False))
        except SimulatedKill:
            # Restarted: a new engine over the same store (its first run requeues what was left in flight).
            station.engine = self._engine(station.workstation, station.client)
            self.note(f"{station.name}: sync killed at request {kill[0]} "
                      f"{'after its answer' if kill[1] else 'before it was sent'}")
            return None
        finally:
            station.client.__dict__.pop("_send", None)
            engine.context.client = station.client
            self.emulator.faults.reset(request_count=False)
            station.tokens.mode = "good"
        if fault == "timeout":
            time.sleep(0.06)  # let the requests the client gave up on finish on the server before anything else
        self.note(f"{station.name}: sync under {fault} → {result.summary_line()}")
        return result

    # --- CRM-side actions (an employee editing in the CRM's own forms) -----------------------------------------------

    def crm_row(self, record_id: uuid.UUID) -> dict[str, Any]:
        return self.admin.retrieve("contacts", record_id, select=tuple(FIELD_COLUMNS.values()))

    def edit_in_crm(self, record_id: uuid.UUID, name: str, value: str) -> None:
        column = FIELD_COLUMNS[name]
        parent = self.crm_row(record_id).get(column)
        self.admin.update("contacts", record_id, {column: value}, etag=None)
        self.history.writes.append(Write(CRM, record_id, name, value, parent))
        self.note(f"crm: {name} of {_short(record_id)} {parent!r} → {value!r}")

    def create_in_crm(self) -> uuid.UUID:
        record_id = uuid.uuid4()
        values = {name: self.unique(name) for name in FIELD_COLUMNS}
        self.admin.create("contacts", {"contactid": str(record_id), "firstname": "Palvelin", **CRM_DEFAULTS,
                                       **{FIELD_COLUMNS[n]: v for n, v in values.items()}})
        self._remember_new(CRM, record_id, values)
        self.note(f"crm: created {_short(record_id)}")
        return record_id

    def crm_contacts(self) -> dict[uuid.UUID, dict[str, Any]]:
        rows = self.admin.rows("contacts", Query(select=("contactid", "firstname", *FIELD_COLUMNS.values(),
                                                         "mobilephone", "telephone1", "birthdate")))
        return {uuid.UUID(r["contactid"]): r for r in rows}

    def crm_consents(self) -> list[dict[str, Any]]:
        return list(self.admin.rows("nv_consents", Query(select=("nv_consentid", "_nv_contact_value"))))


def _short(record_id: uuid.UUID) -> str:
    return str(record_id)[:8]
