"""`neuvo lookup QUERY [--demo|--profile DIR] [--limit N] [--json]`: the window's caller lookup, scriptable.

Same classification, ranking and audit event as the search box; for support staff and integrations. Prints
ids, names and birth dates only (never an identity code), and why each client matched.
"""

from __future__ import annotations

import argparse
import json
import sys

from app.profile import default_demo_directory, default_workstation_directory
from neuvo.cli import configure_logging
from neuvo.commands.options import add_logging_option, add_profile_option, whole_number

EXIT_NO_MATCH = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="neuvo lookup",
        description="Find clients by phone number, name, identity code, birth date or e-mail, ranked as in the "
                    "window. Exit 0 when something matched, 1 when nothing did, 2 on a problem.")
    parser.add_argument("query", nargs="+", help="what to look for (several words are one query)")
    parser.add_argument("--demo", action="store_true", help="look in the demo profile")
    add_profile_option(parser)
    parser.add_argument("--limit", type=whole_number(1, 500, "--limit 20"), default=20,
                        help="at most this many clients (default 20)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    add_logging_option(parser)
    return parser


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.log_level)
    directory = args.profile or (default_demo_directory() if args.demo else default_workstation_directory())
    from app.usecases.lookup_clients import lookup_clients
    from app.workstation import open_workstation

    workstation = open_workstation(directory, demo=args.demo, create=False)
    try:
        result = lookup_clients(workstation, " ".join(args.query), limit=args.limit)
    finally:
        workstation.close()
    if args.json:
        print(json.dumps(_as_json(result), ensure_ascii=False, indent=2))
    else:
        _print_table(result)
    return 0 if result.matches else EXIT_NO_MATCH


def _as_json(result) -> dict:
    return {
        "query_kind": result.query.kind.value,
        "problem": result.problem,
        "more": result.more,
        "matches": [{
            "id": str(match.client.id),
            "name": f"{match.client.last_name}, {match.client.first_names}",
            "birth_date": match.client.birth_date.isoformat() if match.client.birth_date else None,
            "why": match.reason.value,
            "recently_served": match.recently_served,
        } for match in result.matches],
    }


def _print_table(result) -> None:
    if result.problem:
        print(f"neuvo: {result.problem}", file=sys.stderr)
    if not result.matches:
        print(f"No client matches (read as {result.query.kind.value.replace('_', ' ')}).", file=sys.stderr)
        return
    for rank, match in enumerate(result.matches, start=1):
        client = match.client
        born = client.birth_date.strftime("%d.%m.%Y") if client.birth_date else "-"
        why = match.reason.value.replace("_", " ") + (", served recently" if match.recently_served else "")
        print(f"{rank:>3}  {client.id}  {client.last_name}, {client.first_names}  {born}  ({why})")
    if result.more:
        print("More clients match: type more of the name or number, or raise --limit.", file=sys.stderr)
