"""Crash recovery (issue #9): the headless sync runner killed with SIGKILL at random points, again and again.

    python bench/crash_recovery.py [--kills 100] [--contacts 3000] [--seed 1]

Starts a real CRM emulator process (`neuvo crm-emulator --tls`, seeded with `--contacts` demo contacts) and a
workstation profile that has never synced, with new clients and consents queued. Then, round after round: more
local edits (120), new clients (5) and consents (30) are queued, the CRM gets edits of its own (other fields, so nothing
conflicts) and new contacts, a `neuvo sync --profile DIR --once` process is started and killed with SIGKILL after
a random delay (uniform over the last uninterrupted run's length), and the store is opened to see where the kill
landed (claimed rows left in flight = mid-push; the first pull not finished = mid-pull). Rounds whose sync
finished before the kill do not count; it goes on until `--kills` processes were really killed.

Then one more `neuvo sync --once` without a kill, and the invariants: every client created on the workstation
and every consent event recorded is in the CRM exactly once; nothing else is; the workstation holds exactly the
CRM's clients, equal in every synced field; every field's last local value and every CRM edit survived; nothing
waits in the outbox; no conflict opened; and `neuvo --self-check` passes on the profile. Exit 0 when all hold.

A workstation profile keeps its database key in the OS keyring; the subprocesses get a file-backed keyring
written into the bench's scratch directory (PYTHON_KEYRING_BACKEND), the machine's own keyring is not touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path: the repository root replaces it, so that a source
# checkout's packages are the ones imported.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import os
import random
import secrets
import signal
import subprocess
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime

NEUVO = Path(sys.executable).parent / "neuvo"
KEYRING_MODULE = '''
"""A file-backed keyring for the crash-recovery bench's subprocesses (never for real use: plain JSON)."""
import json, os
import keyring.backend

class FileKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def _path(self):
        return os.environ["NEUVO_BENCH_KEYRING_FILE"]

    def _read(self):
        try:
            with open(self._path(), encoding="utf-8") as handle:
                return json.load(handle)
        except FileNotFoundError:
            return {}

    def get_password(self, service, username):
        return self._read().get(f"{service}\\n{username}")

    def set_password(self, service, username, password):
        data = self._read()
        data[f"{service}\\n{username}"] = password
        with open(self._path(), "w", encoding="utf-8") as handle:
            json.dump(data, handle)

    def delete_password(self, service, username):
        data = self._read()
        data.pop(f"{service}\\n{username}", None)
        with open(self._path(), "w", encoding="utf-8") as handle:
            json.dump(data, handle)
'''
EDITED_LOCALLY = {"email": "emailaddress1", "preferred_name": "nickname"}
EDITED_IN_CRM = "address1_line1"  # the CRM edits streets; the workstation never does, so nothing conflicts
PURPOSES = ("record_contact", "newsletter", "followup_contact")


class Bench:
    def __init__(self, scratch: Path, contacts: int, seed: int) -> None:
        self.scratch = scratch
        self.random = random.Random(seed)
        self.profile = scratch / "profile"
        self.env = dict(os.environ, PYTHON_KEYRING_BACKEND="neuvo_bench_keyring.FileKeyring",
                        NEUVO_BENCH_KEYRING_FILE=str(scratch / "keyring.json"),
                        PYTHONPATH=str(scratch) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        (scratch / "neuvo_bench_keyring.py").write_text(KEYRING_MODULE, encoding="utf-8")
        os.environ.update({k: self.env[k] for k in ("PYTHON_KEYRING_BACKEND", "NEUVO_BENCH_KEYRING_FILE")})
        sys.path.insert(0, str(scratch))
        import keyring
        from neuvo_bench_keyring import FileKeyring  # written just above
        keyring.set_keyring(FileKeyring())
        self.token = secrets.token_urlsafe(24)
        self.emulator = subprocess.Popen(
            [str(NEUVO), "crm-emulator", "--data", str(scratch / "crm"), "--seed-demo", str(contacts),
             "--token", self.token, "--tls"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env=self.env)
        url = cert = None
        assert self.emulator.stdout is not None
        for line in self.emulator.stdout:
            if line.startswith("CRM emulator: "):
                url = line.split(": ", 1)[1].strip().removesuffix("/api/data/v9.2")
            elif line.startswith("certificate: "):
                cert = line.split(": ", 1)[1].split(" (", 1)[0].strip()
            if url and cert:
                break
        if not url or not cert:
            raise SystemExit("the CRM emulator did not start")
        from sync.dataverse import DataverseClient, DataverseConfig, StaticTokenProvider
        self.admin = DataverseClient(DataverseConfig(url, ca_file=Path(cert), timeout_seconds=60),
                                     StaticTokenProvider(self.token))
        from app.crm_settings import CrmSettings, record_crm_settings
        from app.workstation import open_workstation
        from sync.dataverse.auth import STATIC_TOKEN_SECRET
        workstation = open_workstation(self.profile)
        record_crm_settings(workstation.profile, CrmSettings(url=url, auth="static", ca_file=cert))
        workstation.secret_store.set(STATIC_TOKEN_SECRET, self.token)
        workstation.close()
        self.created: list[uuid.UUID] = []  # clients created on the workstation
        self.crm_created: list[uuid.UUID] = []
        self.consents: set[uuid.UUID] = set()
        self.last_local: dict[tuple[uuid.UUID, str], str] = {}
        self.last_crm_street: dict[uuid.UUID, str] = {}
        self.counter = 0
        self.landed: Counter = Counter()
        self.unfinished_runs = 0

    def close(self) -> None:
        self.admin.close()
        self.emulator.send_signal(signal.SIGTERM)
        try:
            self.emulator.wait(10)
        except subprocess.TimeoutExpired:
            self.emulator.kill()

    def workstation(self):
        from app.workstation import open_workstation
        return open_workstation(self.profile, create=False)

    # --- work to sync ------------------------------------------------------------------------------------------------

    def queue_local_work(self, *, creates: int, edits: int, consents: int) -> None:
        from app.domain.client import Client
        from app.domain.consent import ConsentChannel, ConsentDecision, ConsentEvent, ConsentEvidence
        ws = self.workstation()
        try:
            with ws.unit_of_work() as uow:
                for _ in range(creates):
                    self.counter += 1
                    client = Client(first_names="Kaatuva", last_name=f"Testi{self.counter}",
                                    email=f"k{self.counter}@example.fi")
                    uow.clients.add(client)
                    self.created.append(client.id)
                    self.last_local[(client.id, "email")] = client.email
                uow.commit()
            with ws.unit_of_work() as uow:
                held = [s.id for s in uow.clients.browse(limit=100_000)]
            with ws.unit_of_work() as uow:
                for record_id in self.random.sample(held, min(edits, len(held))):
                    name = self.random.choice(list(EDITED_LOCALLY))
                    self.counter += 1
                    value = f"e{self.counter}@example.fi" if name == "email" else f"Kutsu{self.counter}"
                    uow.clients.update(replace(uow.clients.get(record_id), **{name: value}))
                    self.last_local[(record_id, name)] = value
                for record_id in self.random.sample(held, min(consents, len(held))):
                    purpose = self.random.choice(PURPOSES)
                    decision = self.random.choice((ConsentDecision.GRANTED, ConsentDecision.WITHDRAWN))
                    event = ConsentEvent(uuid.uuid4(), record_id, purpose, decision, date.today(), None,
                                         ConsentChannel.COUNTER, ConsentEvidence.VERBAL, "v1", "fi", None, None,
                                         datetime.now(UTC), uow.consents.next_sequence(record_id, purpose))
                    uow.consents.add(event)
                    self.consents.add(event.id)
                uow.commit()
        finally:
            ws.close()

    def queue_crm_work(self, *, edits: int, creates: int) -> None:
        from sync.dataverse import Query
        ids = [uuid.UUID(r["contactid"]) for r in self.admin.rows("contacts", Query(select=("contactid",)))]
        # One UpdateMultiple and one CreateMultiple per round: the emulator keeps Dataverse's service-protection
        # limit (6,000 requests in 5 minutes per user), which a request per edit would exhaust over 100 rounds.
        changes = []
        for record_id in self.random.sample(ids, min(edits, len(ids))):
            self.counter += 1
            street = f"Palvelinkatu {self.counter}"
            changes.append({"contactid": str(record_id), EDITED_IN_CRM: street})
            self.last_crm_street[record_id] = street
        new = []
        for _ in range(creates):
            record_id = uuid.uuid4()
            self.counter += 1
            new.append({"contactid": str(record_id), "firstname": "Palvelin", "lastname": f"Uusi{self.counter}",
                        "nv_preferredlanguage": "fi", "nv_interpreterneeded": False, "nv_safetymarking": False})
            self.crm_created.append(record_id)
        if changes:
            self.admin.update_multiple("contacts", "contact", changes)
        if new:
            self.admin.create_multiple("contacts", "contact", new)

    # --- runs ---------------------------------------------------------------------------------------------------------

    def sync_process(self) -> subprocess.Popen:
        return subprocess.Popen([str(NEUVO), "sync", "--profile", str(self.profile), "--once"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=self.env)

    def run_to_end(self) -> tuple[int, str, float]:
        started = time.perf_counter()
        process = self.sync_process()
        out, err = process.communicate(timeout=1800)
        return process.returncode, (out.strip() or err.strip()), time.perf_counter() - started

    def kill_at_random(self, typical_seconds: float) -> float | None:
        """None when the process was killed before it finished; else how long it took."""
        delay = self.random.uniform(0.05, typical_seconds * 1.1)
        started = time.perf_counter()
        process = self.sync_process()
        try:
            process.wait(delay)
            process.communicate()
            return time.perf_counter() - started
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.communicate()
            self.note_where_it_landed()
            return None

    def note_where_it_landed(self) -> None:
        from sqlalchemy import func, select

        from app.store.tables import OutboxRow, SyncRunRow
        ws = self.workstation()  # opening the store after the kill is itself part of the test
        try:
            with ws.unit_of_work() as uow:
                session = uow.clients._session
                in_flight = session.scalar(select(func.count()).select_from(OutboxRow)
                                           .where(OutboxRow.state == "in_flight"))
                unfinished = session.scalar(select(func.count()).select_from(SyncRunRow)
                                            .where(SyncRunRow.finished_at.is_(None)))
        finally:
            ws.close()
        if in_flight:
            self.landed["mid-push (claimed rows in flight)"] += 1
        elif unfinished > self.unfinished_runs:
            self.landed["mid-run, no rows in flight (pull, or push between batches)"] += 1
        else:
            self.landed["before the run began (start-up) or after it was recorded"] += 1
        self.unfinished_runs = unfinished

    # --- the invariants -----------------------------------------------------------------------------------------------

    def explain(self, record_ids: list[uuid.UUID]) -> None:
        """The outbox rows of records that broke an invariant, for the report."""
        from sqlalchemy import select

        from app.store.tables import OutboxRow
        ws = self.workstation()
        try:
            with ws.unit_of_work() as uow:
                session = uow.clients._session
                for record_id in record_ids:
                    print(f"outbox of {record_id}:")
                    for row in session.scalars(select(OutboxRow).where(OutboxRow.record_id == record_id)
                                               .order_by(OutboxRow.seq)):
                        changes = {k: v for k, v in row.changes.items() if k in EDITED_LOCALLY}
                        print(f"  {row.seq} {row.operation} {row.state} attempts {row.attempts} {changes} "
                              f"{row.last_error or ''}")
        finally:
            ws.close()

    def violations(self) -> list[str]:
        from app.usecases.sync_conflicts import list_open_conflicts
        from sync.contact_mapping import contact_columns
        from sync.dataverse import Query
        from sync.engine.client_fields import ClientMapper
        problems = []
        crm_rows = list(self.admin.rows("contacts", Query(select=contact_columns())))
        crm = {uuid.UUID(r["contactid"]): r for r in crm_rows}
        if len(crm) != len(crm_rows):
            problems.append("a contact id is in the CRM twice")
        missing = [i for i in self.created + self.crm_created if i not in crm]
        if missing:
            problems.append(f"{len(missing)} created clients are not in the CRM")
        consent_rows = list(self.admin.rows("nv_consents", Query(select=("nv_consentid",))))
        consent_ids = [uuid.UUID(r["nv_consentid"]) for r in consent_rows]
        if len(consent_ids) != len(set(consent_ids)):
            problems.append("a consent event is in the CRM twice")
        if set(consent_ids) != self.consents:
            problems.append(f"CRM consent events differ: {len(self.consents - set(consent_ids))} missing, "
                            f"{len(set(consent_ids) - self.consents)} unexpected")
        mapper = ClientMapper()
        ws = self.workstation()
        try:
            with ws.unit_of_work() as uow:
                local = {i: c for i, c in uow.sync.clients_by_id(list(crm) + self.created).items()
                         if c.deleted_at is None}
                waiting = uow.sync.waiting_count()
                held_consents = {e.id for client_id in {i for i in local} for e in uow.consents.for_client(client_id)}
            conflicts = list_open_conflicts(ws)
        finally:
            ws.close()
        if set(local) != set(crm):
            problems.append(f"the workstation holds {len(set(local) - set(crm))} clients the CRM lacks and lacks "
                            f"{len(set(crm) - set(local))} of the CRM's")
        differing = [i for i in set(local) & set(crm)
                     if mapper.values(mapper.contact(local[i])) != mapper.values(crm[i])]
        if differing:
            problems.append(f"{len(differing)} clients differ between the workstation and the CRM")
        lost = [key for key, value in self.last_local.items()
                if crm.get(key[0], {}).get(EDITED_LOCALLY.get(key[1], key[1])) != value]
        if lost:
            self.explain([i for i, _name in lost[:3]])
            problems.append(f"{len(lost)} local edits are not the CRM's value, e.g. " + "; ".join(
                f"{str(i)[:8]} {name}: edited {self.last_local[(i, name)]!r}, CRM "
                f"{crm.get(i, {}).get(EDITED_LOCALLY[name])!r}, here {getattr(local.get(i), name, None)!r}"
                for i, name in lost[:3]))
        lost_crm = [i for i, street in self.last_crm_street.items() if local.get(i) and local[i].street != street]
        if lost_crm:
            problems.append(f"{len(lost_crm)} CRM edits did not reach the workstation")
        if held_consents != self.consents:
            problems.append("the workstation's consent events differ from those recorded")
        if waiting:
            problems.append(f"{waiting} outbox rows still wait")
        if conflicts:
            problems.append(f"{len(conflicts)} conflicts opened (the edits were on disjoint fields)")
        check = subprocess.run([str(NEUVO), "--self-check", "--profile", str(self.profile)], capture_output=True,
                               text=True, env=self.env)
        if check.returncode != 0:
            problems.append("self-check failed: " + check.stdout.strip().splitlines()[-1])
        return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--contacts", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="neuvo-crash-") as scratch:
        bench = Bench(Path(scratch), args.contacts, args.seed)
        try:
            bench.queue_local_work(creates=150, edits=0, consents=0)
            typical = 8.0  # until a run has finished uninterrupted: the first sync pulls every contact
            kills = finished = rounds = 0
            while kills < args.kills and rounds < args.kills * 3:
                rounds += 1
                if rounds > 1:
                    bench.queue_local_work(creates=5, edits=120, consents=30)
                    bench.queue_crm_work(edits=40, creates=2)
                took = bench.kill_at_random(typical)
                if took is None:
                    kills += 1
                else:
                    finished += 1
                    typical = max(0.5, took)
                if rounds % 10 == 0:
                    print(f"{rounds} rounds: {kills} kills, {finished} runs finished first, "
                          f"{time.perf_counter() - started:.0f} s", flush=True)
            outcomes = []
            for _ in range(3):
                code, line, _seconds = bench.run_to_end()
                outcomes.append(line)
                if code == 0 and " 0 waiting" in line:
                    break
            problems = bench.violations()
        finally:
            bench.close()
    print(f"SIGKILLs: {kills} (in {rounds} rounds; {finished} syncs finished before their kill time)")
    print("where the kills landed: " + ", ".join(f"{k}: {v}" for k, v in sorted(bench.landed.items())))
    print(f"clients created on the workstation: {len(bench.created)}, in the CRM: {len(bench.crm_created)}; "
          f"consent events: {len(bench.consents)}; fields edited locally: {len(bench.last_local)}, "
          f"streets edited in the CRM: {len(bench.last_crm_street)}")
    print(f"final uninterrupted run: {outcomes[-1]}")
    print("invariants: " + ("all hold" if not problems else "VIOLATED"))
    for problem in problems:
        print(f"  ! {problem}")
    print(f"time: {time.perf_counter() - started:.0f} s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
