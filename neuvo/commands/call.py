"""`neuvo call NUMBER [--demo|--profile DIR]`: show a ringing call in the workstation window.

For phone systems and softphones that can run a command on an incoming call, and for a desktop's `tel:` link
handler. NUMBER is a phone number in any everyday form or a `tel:` URI. When the profile's window is open the
call goes to it (this command exits at once); otherwise the window starts with the call on it.
"""

from __future__ import annotations

import argparse

from app.profile import default_demo_directory, default_workstation_directory
from neuvo.cli import configure_logging
from neuvo.commands.options import add_logging_option, add_profile_option


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="neuvo call",
        description="Show an incoming call in the Neuvo window: the number, the clients who have it, and their "
                    "card when exactly one does. Exit 0 when shown, 2 when the number is not a phone number.")
    parser.add_argument("number", metavar="NUMBER",
                        help="the caller's number: +358401234567, 040 123 4567 or tel:+358401234567")
    parser.add_argument("--demo", action="store_true", help="the demo profile")
    add_profile_option(parser)
    add_logging_option(parser)
    return parser


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.log_level)
    from neuvo.telephony.tel_uri import number_from_argument
    number = number_from_argument(args.number)  # ValidationError: one line, exit 2 (neuvo.cli)
    directory = args.profile or (default_demo_directory() if args.demo else default_workstation_directory())
    from neuvo.commands.workstation import start_window
    return start_window(directory, demo=args.demo, ring=number)
