"""Long fuzzing run (issue #9): every parser of outside input (tests/fuzz/targets.py) with many random examples.

    python bench/fuzz_long.py [--cases 100000] [--minutes M] [--seed N]

Runs rounds of 2,000 cases shared out over the targets (those that need a store or a loopback endpoint get a
fifth of a share, being slower per case) until `--cases` have run (or `--minutes` have passed). Prints a line per
round, then per target the cases run and the time, and the total. A crash — any exception besides the parser's
documented error types — stops that target with hypothesis's minimal failing example printed; the exit status is
then 1.
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
import random
import time
import traceback

from tests.fuzz.targets import TARGETS
from tests.fuzz.test_parsers import run_target

ROUND = 2000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--minutes", type=float, default=None, help="stop after this long even if short of --cases")
    parser.add_argument("--seed", type=int, default=None, help="seed Python's random (hypothesis draws from it)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.CRITICAL)  # the endpoint and the pull log every refused input
    if args.seed is not None:
        random.seed(args.seed)
    started = time.perf_counter()
    deadline = started + args.minutes * 60 if args.minutes else None
    # Rounds over every target, each a share of ROUND cases: so a run cut short by --minutes still covers them all.
    weights = [t.share for t in TARGETS]
    per_round = [max(1, round(ROUND * w / sum(weights))) for w in weights]
    ran = [0] * len(TARGETS)
    seconds = [0.0] * len(TARGETS)
    crashes: dict[str, str] = {}
    while sum(ran) < args.cases and (deadline is None or time.perf_counter() < deadline):
        for index, target in enumerate(TARGETS):
            if target.name in crashes:
                continue
            counter = [0]
            began = time.perf_counter()
            try:
                run_target(target, per_round[index], derandomize=False,
                           on_example=lambda counter=counter: counter.__setitem__(0, counter[0] + 1))
            except Exception:
                crashes[target.name] = traceback.format_exc()
            ran[index] += counter[0]
            seconds[index] += time.perf_counter() - began
        print(f"{sum(ran):,} cases, {time.perf_counter() - started:.0f} s", flush=True)
    for index, target in enumerate(TARGETS):
        outcome = "CRASH" if target.name in crashes else "0 crashes"
        print(f"{target.name}: {ran[index]:,} cases, {seconds[index]:.0f} s, {outcome}")
    print(f"total: {sum(ran):,} cases over {len(TARGETS)} parsers in {time.perf_counter() - started:.0f} s; "
          f"{len(crashes)} parsers crashed")
    for name, report in crashes.items():
        print(f"--- {name}\n{report}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
