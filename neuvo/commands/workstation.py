"""`neuvo [--demo] [--profile DIR]`: open the workstation window (or check it, or render it to a PNG)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app import __version__
from app.profile import default_demo_directory, default_workstation_directory
from neuvo.cli import configure_logging
from neuvo.commands.options import add_logging_option, add_profile_option

DEMO_CLIENTS = 10_000
DEMO_SEED = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="neuvo",
        description="Neuvo adviser workstation. Sub-commands: demo-data (generate a demo profile).",
    )
    parser.add_argument("--demo", action="store_true",
                        help="the embedded default: a demo profile with generated clients, no configuration")
    add_profile_option(parser)
    parser.add_argument("--version", action="version", version=f"Neuvo {__version__}")
    parser.add_argument("--self-check", action="store_true",
                        help="open the store, run migrations, check encryption and FTS5, print a report, exit 0/1")
    parser.add_argument("--screenshot", type=Path, metavar="FILE",
                        help="render the main window offscreen with the current data, save it as PNG and exit")
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    add_logging_option(parser)
    return parser


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.log_level)
    directory = args.profile or (default_demo_directory() if args.demo else default_workstation_directory())

    if args.self_check:
        from neuvo.commands.self_check import run_self_check
        return run_self_check(directory, demo=args.demo)

    needs_window = args.screenshot is None and not args.startup_probe
    if needs_window and not _display_available():
        print("neuvo: no display found (DISPLAY and WAYLAND_DISPLAY are unset). Start Neuvo in a desktop session, "
              "or render the window to an image with --screenshot FILE.", file=sys.stderr)
        return 2
    if not needs_window:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from app.workstation import open_workstation
    workstation = open_workstation(directory, demo=args.demo)
    try:
        if workstation.profile.is_demo:
            _populate_new_demo(workstation)
        from ui.app import run_window
        return run_window(workstation, screenshot=args.screenshot, startup_probe=args.startup_probe)
    finally:
        workstation.close()


def _populate_new_demo(workstation) -> None:
    from app.usecases.browse_clients import has_clients
    if has_clients(workstation):
        return
    from neuvo.commands.demo_data import generate_with_progress
    generate_with_progress(workstation, clients=DEMO_CLIENTS, seed=DEMO_SEED)


def _display_available() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal", "vnc", "eglfs", "linuxfb")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
