"""Benchmark: consent status for one client, and the supervisors' expiring-consents list, on a large profile.

    python bench/consent.py [--clients 1000000] [--runs 1000] [--list-runs 40] [--profile DIR]

Makes (once, cached in $TMPDIR/neuvo-bench-consent-N unless --profile is given) a demo profile with N clients
from the demo generator (seed 1) with their consent events dated back from 2026-11-27 (about two per client:
granted, expiring, expired, withdrawn, refused, and many purposes never asked). Then it times, with that day as
"today":
- `consent_overview` (what the card runs: the client's events from the index, the status per purpose) for
  --runs random clients, after 50 warm-up calls;
- `list_expiring_consents` (the supervisors' list: first page of 100 with the total count, and the audit event
  with its commit) for --list-runs days around that day, after 3 warm-up calls; the same without the count; and
  one CSV export of the whole list.
Results go to docs/benchmarks.md (issue #4 goals: status ≤ 1 ms, expiring list over 1,000,000 clients ≤ 200 ms).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
from sqlalchemy import text

from app.usecases.browse_clients import has_clients
from app.usecases.consent_card import consent_overview
from app.usecases.demo_data import generate_demo_population
from app.usecases.expiring_consents import export_expiring_consents_csv, list_expiring_consents
from app.workstation import open_workstation

SEED = 1
TODAY = date(2026, 11, 27)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=1_000)
    parser.add_argument("--list-runs", type=int, default=40)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args(argv)

    keyring.set_keyring(keyring.backends.fail.Keyring())
    directory = args.profile or Path(tempfile.gettempdir()) / f"neuvo-bench-consent-{args.clients}"
    workstation = open_workstation(directory, demo=True)
    try:
        if not has_clients(workstation):
            print(f"generating {args.clients:,} clients with consents into {directory} …", file=sys.stderr)
            report = generate_demo_population(workstation, clients=args.clients, seed=SEED, consents_as_of=TODAY)
            print(f"generated in {report.total_seconds:.1f} s ({report.consent_events:,} consent events)",
                  file=sys.stderr)
        with workstation.store.engine.connect() as connection:
            clients = connection.execute(text("SELECT count(*) FROM clients")).scalar_one()
            events = connection.execute(text("SELECT count(*) FROM consent_events")).scalar_one()
            rng = random.Random("neuvo-bench-consent")
            rowids = sorted(rng.sample(range(1, clients + 1), min(args.runs + 50, clients)))
            ids = [uuid.UUID(hex=row) for row in connection.execute(
                text(f"SELECT id FROM clients WHERE rowid IN ({','.join(map(str, rowids))})")).scalars()]
        rng.shuffle(ids)
        print(f"machine   {os.cpu_count()} cores; profile {directory}")
        print(f"data      {clients:,} clients, {events:,} consent events ({events / clients:.2f} per client)")

        for client_id in ids[:50]:
            consent_overview(workstation, client_id, today=TODAY)
        timings = []
        for client_id in ids[50:]:
            started = time.perf_counter()
            consent_overview(workstation, client_id, today=TODAY)
            timings.append((time.perf_counter() - started) * 1000)
        _print("status for one client", timings)

        days = [TODAY + timedelta(days=offset) for offset in range(-args.list_runs // 2, args.list_runs // 2)]
        for day in days[:3]:
            list_expiring_consents(workstation, today=day)
        timings, totals = [], []
        for day in days:
            started = time.perf_counter()
            page = list_expiring_consents(workstation, today=day, with_total=True)
            timings.append((time.perf_counter() - started) * 1000)
            totals.append(page.total or 0)
        _print("expiring list, page + count", timings, f"{statistics.median(totals):,.0f} rows in the window")
        timings = []
        for day in days:
            started = time.perf_counter()
            list_expiring_consents(workstation, today=day)
            timings.append((time.perf_counter() - started) * 1000)
        _print("expiring list, page only", timings)
        started = time.perf_counter()
        rows = export_expiring_consents_csv(workstation, io.StringIO(), today=TODAY)
        print(f"{'expiring list, CSV export':<30}{rows:>8,} rows in {(time.perf_counter() - started) * 1000:.0f} ms")
    finally:
        workstation.close()
    return 0


def _print(what: str, timings: list[float], note: str = "") -> None:
    p95 = statistics.quantiles(timings, n=20)[-1]
    print(f"{what:<30}n={len(timings):<5} p50 {statistics.median(timings):8.3f} ms   p95 {p95:8.3f} ms   "
          f"max {max(timings):8.2f} ms   {note}")


if __name__ == "__main__":
    sys.exit(main())
