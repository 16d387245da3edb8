"""Benchmark: the sync engine against the CRM emulator (issue #8).

    python bench/sync_offline_first.py [--contacts 100000] [--changes 1000] [--push 10000]

Seeds an emulator with N demo contacts (cached in $TMPDIR/neuvo-bench-sync-seed-N and copied for each run, since
the bench changes it), serves it over HTTPS from its own process (`neuvo crm-emulator`: the CRM is another
machine in real life), and on a new, empty encrypted profile times:

1. the initial sync: every contact pulled, stored and indexed (name index and name terms) — goal <= 60 s;
2. an incremental sync of `--changes` changes made in the CRM (99 % updates, 1 % deletions) — goal <= 3 s;
3. a push of `--push` queued client edits (each one outbox row, sent as If-Match PATCHes in $batch) — goal <= 30 s;
4. a push of about `--encounter-rows` outbox rows of encounters recorded for the pulled clients (each with two need
   tags, every third with a signal: append-only creates linked by @odata.bind, CreateMultiple in volume, tags and
   signals after their encounters) — the same goal.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from app.domain.encounter import (
    AgeBand,
    Encounter,
    EncounterChannel,
    EncounterOutcome,
    NeedStatus,
    NeedTag,
    Signal,
    SignalKind,
)
from app.store.tables import ClientRow
from app.usecases.lookup_clients import lookup_clients
from app.workstation import open_workstation
from sync.dataverse import DataverseClient, DataverseConfig, StaticTokenProvider
from sync.emulator.seed import seed_demo_contacts
from sync.emulator.server import EmulatorServer
from sync.engine import SyncEngine

TOKEN = "bench-token"  # noqa: S105


@contextlib.contextmanager
def emulator_process(data: Path) -> Iterator[tuple[str, Path]]:
    process = subprocess.Popen([sys.executable, "-m", "neuvo", "crm-emulator", "--data", str(data), "--token",
                                TOKEN, "--tls"], stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        if not line.startswith("CRM emulator: "):
            raise RuntimeError("the emulator process did not start")
        yield line.split(": ", 1)[1].strip().removesuffix("/api/data/v9.2"), data / "tls" / "cert.pem"
    finally:
        process.terminate()
        process.wait(10)


def seeded_copy(contacts: int, work: Path) -> Path:
    cache = Path(tempfile.gettempdir()) / f"neuvo-bench-sync-seed-{contacts}"
    server = EmulatorServer(cache, token=TOKEN, tls=True)
    started = time.perf_counter()
    if seed_demo_contacts(server.store, contacts):
        print(f"seeded {contacts:,} contacts in {time.perf_counter() - started:.1f} s ({cache})", file=sys.stderr)
    server.stop()
    shutil.copytree(cache, work / "crm")
    return work / "crm"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--push", type=int, default=10_000)
    parser.add_argument("--encounter-rows", type=int, default=10_000)
    args = parser.parse_args(argv)
    print(f"machine   {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; {args.contacts:,} contacts")
    with tempfile.TemporaryDirectory(prefix="neuvo-bench-sync-") as tmp:
        work = Path(tmp)
        data = seeded_copy(args.contacts, work)
        workstation = open_workstation(work / "profile", demo=True)
        try:
            with emulator_process(data) as (url, cert):
                config = DataverseConfig(url, ca_file=cert, timeout_seconds=120)
                with DataverseClient(config, StaticTokenProvider(TOKEN)) as client, \
                        DataverseClient(config, StaticTokenProvider(TOKEN)) as crm:
                    engine = SyncEngine(workstation.unit_of_work, client)
                    ok = run_benchmarks(args, workstation, engine, crm)
        finally:
            workstation.close()
    return 0 if ok else 1


def timed(label: str, goal: float, action) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    print(f"{label:<34}{seconds:>8.2f} s  (goal <= {goal:g} s)  {result.summary_line()}")
    return seconds, result


def run_benchmarks(args, workstation, engine: SyncEngine, crm: DataverseClient) -> bool:
    ok = True
    seconds, result = timed(f"initial sync of {args.contacts:,}", 60, engine.run_once)
    with workstation.unit_of_work() as uow:
        held = uow.clients.count()
        sample = uow.clients.browse(limit=1)[0]
    found = lookup_clients(workstation, sample.last_name).matches
    ok &= result.outcome == "ok" and held == args.contacts and bool(found) and seconds <= 60

    with workstation.unit_of_work() as uow:
        session = uow.clients._session
        ids = list(session.scalars(select(ClientRow.id).order_by(ClientRow.id).limit(args.changes + args.push)))
    deletions = max(1, args.changes // 100)
    updates = ids[:args.changes - deletions]
    for start in range(0, len(updates), 1000):
        crm.update_multiple("contacts", "contact", [{"contactid": str(i), "nickname": "Bench"}
                                                    for i in updates[start:start + 1000]])
    for record_id in ids[args.changes - deletions:args.changes]:
        crm.delete("contacts", record_id)
    seconds, result = timed(f"incremental sync of {args.changes:,}", 3, engine.run_once)
    ok &= result.outcome == "ok" and result.pulled + result.deleted == args.changes and seconds <= 3

    queued = ids[args.changes:args.changes + args.push]
    started = time.perf_counter()
    with workstation.unit_of_work() as uow:
        for record_id in queued:
            client = uow.clients.get(record_id)
            uow.clients.update(replace(client, email=f"bench.{record_id.hex[:8]}@example.fi"))
        uow.commit()
    print(f"(queued {len(queued):,} edits in {time.perf_counter() - started:.1f} s, not timed)")
    seconds, result = timed(f"push of {len(queued):,} queued changes", 30, lambda: engine.run_once(pull_changes=False))
    ok &= result.outcome == "ok" and result.pushed == len(queued) and result.waiting == 0 and seconds <= 30
    check = crm.retrieve("contacts", queued[-1], select=("emailaddress1",))
    ok &= check["emailaddress1"].startswith("bench.")

    encounters = queue_encounters(workstation, ids[args.changes:], args.encounter_rows)  # clients still in the CRM
    rows = sum(1 + len(e.need_tags) + len(e.signals) for e in encounters)
    seconds, result = timed(f"push of {rows:,} encounter rows", 30, lambda: engine.run_once(pull_changes=False))
    ok &= result.outcome == "ok" and result.pushed == rows and result.waiting == 0 and seconds <= 30
    ok &= crm.retrieve("nv_encounters", encounters[-1].id, select=("_nv_contact_value",))["_nv_contact_value"] \
        == str(encounters[-1].client_id)
    print("all goals met" if ok else "a goal was missed or a check failed")
    return ok


def queue_encounters(workstation, client_ids: list[uuid.UUID], rows: int) -> list[Encounter]:
    """Encounters for the pulled clients, written through the repository (outbox rows included) — the use case's
    consent check is #6's bench; this one times the push."""
    now = datetime.now(UTC) - timedelta(days=1)
    encounters: list[Encounter] = []
    count = 0
    while count < rows:
        index = len(encounters)
        started = now - timedelta(minutes=index)
        signals = (Signal(SignalKind.SERVICE_MISSING, "Ei palvelua lähellä", 2),) if index % 3 == 0 else ()
        encounters.append(Encounter(
            id=uuid.uuid4(), client_id=client_ids[index % len(client_ids)], channel=EncounterChannel.COUNTER,
            service_point_id=None, event_name=None, adviser_id=None, started_at=started,
            ended_at=started + timedelta(minutes=12), outcome=EncounterOutcome.GUIDED_TO_SERVICE,
            summary="Neuvottu.", services_offered=(), taxonomy_version="bench", age_band=AgeBand.ADULT,
            municipality_code="091", need_tags=(NeedTag("housing.housing_allowance", NeedStatus.MET),
                                                NeedTag("income.debt_advice", NeedStatus.UNMET)),
            signals=signals, recorded_at=started + timedelta(minutes=12)))
        count += 3 + len(signals)
    started_at = time.perf_counter()
    with workstation.unit_of_work() as uow:
        for encounter in encounters:
            uow.encounters.add(encounter)
        uow.commit()
    print(f"(queued {len(encounters):,} encounters in {time.perf_counter() - started_at:.1f} s, not timed)")
    return encounters


if __name__ == "__main__":
    sys.exit(main())
