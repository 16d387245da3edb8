"""`neuvo sync [--demo | --profile DIR] [--once] [--every SECONDS] [--months N]`: the sync engine without a window.

For scheduled syncs, tests and the crash test of #9. Prints one line per run (counts only, never personal data);
exits 0 when the last run went well, 1 when it did not (CRM unreachable, changes refused, sign-in needed), 2 on a
problem with the profile. `--demo` syncs the demo profile with its local CRM emulator, started for the run.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from app.profile import default_demo_directory, default_workstation_directory
from neuvo.cli import configure_logging
from neuvo.commands.options import add_logging_option, add_profile_option, whole_number

EXIT_SYNC_FAILED = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="neuvo sync",
        description="Send this workstation's changes to the CRM and receive what changed there. One summary "
                    "line per run; exit 0 when the (last) run went well, 1 when it did not.")
    parser.add_argument("--demo", action="store_true", help="sync the demo profile with its local CRM emulator")
    add_profile_option(parser)
    parser.add_argument("--once", action="store_true", help="one run, then exit (the default without --every)")
    parser.add_argument("--every", type=whole_number(5, 86_400, "300"), metavar="SECONDS",
                        help="keep running, one sync every SECONDS, until Ctrl+C")
    parser.add_argument("--months", type=whole_number(1, 1200, "24"), metavar="N",
                        help="receive only contacts changed in the CRM in the last N months (default: all)")
    add_logging_option(parser)
    return parser


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.log_level)
    directory = args.profile or (default_demo_directory() if args.demo else default_workstation_directory())
    from app.workstation import open_workstation
    from neuvo.sync_wiring import sync_engine_for

    workstation = open_workstation(directory, demo=args.demo, create=args.demo)
    stop = threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    wiring = None
    result = None
    try:
        wiring = sync_engine_for(workstation, start_demo_crm=workstation.profile.is_demo, scope_months=args.months,
                                 interactive=False)
        while True:
            result = wiring.engine.run_once(stopped=stop.is_set)
            print(result.summary_line(), flush=True)
            if args.every is None or args.once or stop.wait(args.every):
                break
    except KeyboardInterrupt:
        pass
    finally:
        if wiring is not None:
            wiring.close()
        workstation.close()
    return 0 if result is not None and result.ok else EXIT_SYNC_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(sys.argv[1:]))
