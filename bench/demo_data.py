"""Benchmark: the demo population generator writing into a fresh encrypted demo profile.

    python bench/demo_data.py [--clients 1000000] [--seed 1]

Makes its own temporary profile, prints the timings and removes the profile again. The goal (issue #2) is a
million clients, generated and written, in at most three minutes on two cores. Results go to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import keyring
import keyring.backends.fail

from app.usecases.demo_data import generate_demo_population
from app.workstation import open_workstation


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    # A throwaway profile must not leave its keys in the developer's OS keyring: with no keyring, a demo
    # profile keeps them in a file inside the (temporary) profile.
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with tempfile.TemporaryDirectory(prefix="neuvo-bench-") as directory:
        opened = time.perf_counter()
        workstation = open_workstation(Path(directory) / "profile", demo=True)
        open_seconds = time.perf_counter() - opened
        try:
            report = generate_demo_population(workstation, clients=args.clients, seed=args.seed,
                                              progress=_progress)
            database = workstation.profile.store_path
            wal = database.with_name(database.name + "-wal")
            size = database.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
        finally:
            workstation.close()
    print(file=sys.stderr)
    print(f"machine        {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"clients        {report.clients:,} (seed {report.seed}), phones {report.phones:,}")
    print(f"open profile   {open_seconds:7.1f} s")
    print(f"generation     {report.generation_seconds:7.1f} s")
    print(f"insert         {report.insert_seconds:7.1f} s")
    print(f"total          {report.total_seconds:7.1f} s")
    print(f"clients/s      {report.clients_per_second:9,.0f}")
    print(f"database file  {size / 1024 / 1024:7.1f} MiB")
    return 0


def _progress(done: int, total: int) -> None:
    if done == total or done % 100_000 == 0:
        print(f"\r{done:,} / {total:,} clients", end="", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
