"""Soak: many seeded sync-simulation schedules (issue #9), the same ones `tests/sync/test_simulation.py` runs 200 of.

    python bench/soak.py [--schedules 10000] [--first 1] [--seed N]

Each schedule: two or three fresh workstation profiles and an emptied in-process CRM emulator, a few local edits,
consents, CRM-side edits and conflict resolutions, syncs under injected faults (429 bursts, 5xx, a gateway's HTML
page, connections dropped before and after commit, time-outs, an expired token, a revoked sign-in, a run stopped
half-way), then quiescence and the invariants (tests/sync/simulation/invariants.py). Prints a progress line every
500 schedules and, at the end, the counts: schedules passed and failed (with the failing seeds and the first
report), faults injected per kind, sync runs, conflicts settled. `--seed N` replays one schedule and prints its log.
Exit 0 when every schedule kept the invariants. Ctrl+C (or SIGTERM) stops early and still prints the counts so far.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path: the repository root replaces it, so that `tests`
# (the simulation's world) can be imported.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import logging
import signal
import tempfile
import time
from collections import Counter

import keyring

from tests.keyring_double import MemoryKeyring
from tests.sync.simulation.schedule import run_schedule
from tests.sync.simulation.world import crm_admin, make_profile_template, start_emulator


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--schedules", type=int, default=10_000)
    parser.add_argument("--first", type=int, default=1, help="the first seed (default 1)")
    parser.add_argument("--seed", type=int, help="replay this one seed and print what happened")
    args = parser.parse_args(argv)
    # The engine logs each failed run (injected faults make many); the counts below are what matters.
    logging.basicConfig(level=logging.CRITICAL)
    logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
    keyring.set_keyring(MemoryKeyring())
    # SIGTERM too (a background job ignores Ctrl+C's SIGINT): stop after the counts so far are printed.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    seeds = [args.seed] if args.seed is not None else range(args.first, args.first + args.schedules)
    faults: Counter = Counter()
    failed: list[int] = []
    first_report = None
    runs = resolved = steps = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="neuvo-soak-") as scratch:
        root = Path(scratch)
        emulator = start_emulator(root / "crm")
        admin = crm_admin(emulator)
        template = make_profile_template(root / "template")
        done = 0
        try:
            for done, seed in enumerate(seeds, 1):
                outcome = run_schedule(emulator, admin, template, root / "stations", seed)
                faults.update(outcome.faults)
                runs += outcome.runs
                resolved += outcome.conflicts_resolved
                steps += outcome.steps
                if outcome.problems:
                    failed.append(seed)
                    first_report = first_report or outcome.report()
                    print(f"seed {seed}: FAILED ({outcome.problems[0]})", flush=True)
                elif args.seed is not None:
                    print("\n".join(outcome.log))
                if done % 500 == 0:
                    print(f"{done} schedules, {len(failed)} failed, {time.perf_counter() - started:.0f} s", flush=True)
        except KeyboardInterrupt:  # Ctrl+C or SIGTERM: report what was run so far
            done = max(0, done - 1)
            print(f"interrupted after {done} schedules")
        finally:
            admin.close()
            emulator.stop()
    total = done
    seconds = time.perf_counter() - started
    print(f"schedules: {total}, kept the invariants: {total - len(failed)}, failed: {len(failed)}"
          + (f" (seeds {', '.join(map(str, failed[:50]))})" if failed else ""))
    print(f"steps: {steps}, sync runs: {runs}, conflicts settled by the simulated advisers: {resolved}")
    print("faults injected (sync steps): " + ", ".join(f"{k} {v}" for k, v in sorted(faults.items())))
    print(f"time: {seconds:.0f} s ({seconds / max(1, total) * 1000:.0f} ms per schedule)")
    if first_report:
        print(first_report)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
