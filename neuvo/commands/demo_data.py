"""`neuvo demo-data --clients N --seed S [--profile DIR] [--replace]`: a reproducible demo profile."""

from __future__ import annotations

import argparse
import sys
import time

from app.errors import ProfileError
from app.profile import PROFILE_FILE, STORE_FILE, ProfileKind, default_demo_directory, open_profile
from neuvo.cli import configure_logging
from neuvo.commands.options import add_logging_option, add_profile_option, whole_number

MAX_CLIENTS = 5_000_000


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="neuvo demo-data",
                                     description="Generate a reproducible demo population into a demo profile.")
    parser.add_argument("--clients", type=whole_number(1, MAX_CLIENTS, "--clients 10000"), default=10_000,
                        help="how many clients (default 10,000)")
    parser.add_argument("--seed", type=whole_number(0, 2**31 - 1, "--seed 1"), default=1,
                        help="random seed: the same seed gives the same population (default 1)")
    add_profile_option(parser)
    parser.add_argument("--replace", action="store_true",
                        help="delete the demo profile's existing store first (demo profiles only)")
    add_logging_option(parser)
    return parser


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.log_level)
    directory = args.profile or default_demo_directory()
    if args.replace:
        _delete_demo_store(directory)
    from app.workstation import open_workstation
    workstation = open_workstation(directory, demo=True)
    try:
        generate_with_progress(workstation, clients=args.clients, seed=args.seed)
    finally:
        workstation.close()
    print(f"Demo profile ready: {workstation.profile.directory}")
    return 0


def generate_with_progress(workstation, *, clients: int, seed: int) -> None:
    from app.usecases.demo_data import generate_demo_population

    started = time.perf_counter()
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\rGenerating demo clients: {done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    print(f"Generating {clients:,} demo clients (seed {seed}) into {workstation.profile.directory} …",
          file=sys.stderr)
    generate_demo_population(workstation, clients=clients, seed=seed, progress=progress)
    if interactive:
        print(file=sys.stderr)
    print(f"Generated {clients:,} demo clients in {time.perf_counter() - started:.1f} s.", file=sys.stderr)


def seed_services_with_progress(workstation) -> None:
    """The demo catalogue (real PTV data from resources/ptv/), with a line on stderr saying what it took."""
    from app.usecases.demo_services import seed_demo_services

    print("Importing the demo service catalogue (PTV) …", file=sys.stderr)
    report = seed_demo_services(workstation)
    print(f"Imported the demo service catalogue in {report.seconds:.1f} s.", file=sys.stderr)


def _delete_demo_store(directory) -> None:
    """Only a profile that says it is a demo may be wiped; the profile file and key are kept."""
    if not (directory / PROFILE_FILE).exists():
        return
    profile = open_profile(directory)
    if profile.kind is not ProfileKind.DEMO:
        raise ProfileError(f"{directory} is a workstation profile, not a demo profile: --replace refuses to delete it.",
                           "Choose a demo profile directory with --profile DIR.")
    for suffix in ("", "-wal", "-shm"):
        (directory / (STORE_FILE + suffix)).unlink(missing_ok=True)
