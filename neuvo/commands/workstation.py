"""`neuvo [--demo] [--profile DIR] [tel:NUMBER]`: open the workstation window (or check it, or render it to a PNG).

One window per profile: a start for a profile whose window is already open hands its request (come to the
front, or pop the call in a `tel:` URI) to that window and exits (see neuvo/telephony/).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app import __version__
from app.errors import NeuvoError, ValidationError
from app.profile import default_demo_directory, default_workstation_directory
from neuvo.cli import configure_logging
from neuvo.commands.options import add_logging_option, add_profile_option

DEMO_CLIENTS = 10_000
DEMO_SEED = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="neuvo",
        description="Neuvo adviser workstation. Sub-commands: demo-data (generate a demo profile), call NUMBER "
                    "(pop a call in the window), telephony-token (the phone system's token).",
    )
    parser.add_argument("tel", nargs="?", metavar="tel:NUMBER",
                        help="a tel: URI, as a desktop passes a clicked phone link: shows the call in the window")
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

    ring = _ring_from(args.tel)
    return start_window(directory, demo=args.demo, ring=ring, screenshot=args.screenshot,
                        startup_probe=args.startup_probe)


def start_window(directory: Path, *, demo: bool, ring: str | None = None, screenshot: Path | None = None,
                 startup_probe: bool = False) -> int:
    """Open the profile's window, or hand `ring` (E.164) or a "come to the front" to its running window."""
    needs_window = screenshot is None and not startup_probe
    if needs_window and not _display_available():
        print("neuvo: no display found (DISPLAY and WAYLAND_DISPLAY are unset). Start Neuvo in a desktop session, "
              "or render the window to an image with --screenshot FILE.", file=sys.stderr)
        return 2
    if not needs_window:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    screen_pop = None
    if needs_window:
        from neuvo.telephony.screen_pop import ScreenPop
        screen_pop = ScreenPop(directory, ring)
        handed_over = screen_pop.claim_or_hand_over()
        if handed_over is not None:
            return handed_over

    from app.workstation import open_workstation
    try:
        workstation = open_workstation(directory, demo=demo)
    except NeuvoError as error:
        if screen_pop is not None:
            # Let go of the profile first: a second start while the box is open gets a box of its own.
            screen_pop.detach()
        if not needs_window:
            raise
        return _report_in_a_box(error, directory)
    crm = None
    background_sync = None
    try:
        if workstation.profile.is_demo:
            _populate_new_demo(workstation)
            if not startup_probe:
                from neuvo.commands.demo_crm import start_demo_crm
                crm = start_demo_crm(workstation, clients=DEMO_CLIENTS, seed=DEMO_SEED)
        if needs_window:
            # Any profile with a CRM syncs in the background from the start (the demo's with its emulator).
            from neuvo.sync_wiring import start_background_sync
            background_sync = start_background_sync(workstation, emulator=crm)
        from ui.app import run_window
        return run_window(workstation, screenshot=screenshot, startup_probe=startup_probe,
                          attach=_attachments(workstation, screen_pop, background_sync))
    finally:
        if screen_pop is not None:
            screen_pop.detach()
        if background_sync is not None:
            background_sync.stop()
        if crm is not None:
            crm.stop()
        workstation.close()


def _report_in_a_box(error: NeuvoError, directory: Path) -> int:
    """The same line and exit code as neuvo/cli.py gives, and a box: a start from a shortcut (neuvow.exe on
    Windows) has no console, so the line alone would leave the adviser with nothing happening at all."""
    print(f"neuvo: {error.one_line()}", file=sys.stderr)
    from ui.startup_problem import show_startup_problem
    show_startup_problem(error, directory)
    return 2


def _attachments(workstation, screen_pop, background_sync):
    """What the composition root connects to the window (the UI must not import these adapters), and the
    function that lets go of them before the window closes."""

    def attach(window):
        # File → Import services… may then read the PTV API too, not only files.
        window.set_service_source_fetcher(_fetch_services)
        detachers = [lambda: window.set_service_source_fetcher(None)]
        if background_sync is not None:
            from neuvo.sync_wiring import favour_the_ui_thread
            detachers.append(window.attach_sync(background_sync))
            favour_the_ui_thread()
        if screen_pop is not None:
            detachers.append(screen_pop.attach(window, workstation))

        def detach() -> None:
            for each in reversed(detachers):
                each()
        return detach
    return attach


def _fetch_services(base_url: str, *, organization: str | None = None):
    """neuvo.ptv_fetch.fetch_documents, imported when an import asks for it: httpx stays out of the start-up."""
    from neuvo.ptv_fetch import fetch_documents
    return fetch_documents(base_url, organization=organization)


def _ring_from(argument: str | None) -> str | None:
    if argument is None:
        return None
    from neuvo.telephony.tel_uri import is_tel_uri, number_from_argument
    if not is_tel_uri(argument):
        # Not echoed: a stray argument may well be someone's phone number.
        raise ValidationError("An argument is neither an option, a sub-command nor a tel: URI.",
                              "To pop a call use tel:+358401234567 or neuvo call NUMBER; see neuvo --help.")
    return number_from_argument(argument)


def _populate_new_demo(workstation) -> None:
    from app.usecases.browse_clients import has_clients
    if not has_clients(workstation):
        from neuvo.commands.demo_data import generate_with_progress
        generate_with_progress(workstation, clients=DEMO_CLIENTS, seed=DEMO_SEED)
    # Separately: a demo profile made before the catalogue existed gets it on its next start.
    from app.usecases.search_services import has_services
    if not has_services(workstation):
        from neuvo.commands.demo_data import seed_services_with_progress
        seed_services_with_progress(workstation)


def _display_available() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal", "vnc", "eglfs", "linuxfb")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
