"""`neuvo telephony-token [--demo|--profile DIR] [--new]`: the bearer token for `POST /cti/ring`.

The integrator configures the phone-system connector with it (docs/telephony.md). It is made on first use and
kept in the profile's secret store (the OS keyring), like the database key.
"""

from __future__ import annotations

import argparse

from app.profile import default_demo_directory, default_workstation_directory
from neuvo.cli import configure_logging
from neuvo.commands.options import add_logging_option, add_profile_option


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="neuvo telephony-token",
        description="Print the token a phone-system connector sends as 'Authorization: Bearer TOKEN' to "
                    "POST /cti/ring. Made on first use; kept in the OS keyring.")
    parser.add_argument("--demo", action="store_true", help="the demo profile")
    add_profile_option(parser)
    parser.add_argument("--new", action="store_true",
                        help="replace the token (if it may have leaked); a running window uses it after a restart")
    add_logging_option(parser)
    return parser


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.log_level)
    directory = args.profile or (default_demo_directory() if args.demo else default_workstation_directory())
    from app.profile import open_profile
    from app.secrets import secret_store_for
    from neuvo.telephony.token import new_telephony_token, telephony_token

    # The profile must exist already: a token for a profile that was never started would be made in vain.
    secret_store = secret_store_for(open_profile(directory))
    token = new_telephony_token(secret_store) if args.new else telephony_token(secret_store)
    print(token)
    return 0
