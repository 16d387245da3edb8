"""`neuvo search-services QUERY [--lang fi|sv|en] [--limit N] [--json] [--profile DIR|--demo]`.

The window's service search, scriptable: the same use case, so the same order and scores. Prints PTV id, name
in the chosen language (marked `*` when shown in another language because the service lacks one) and score.
Exit 0 when something matched, 1 when nothing did.
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
    parser = argparse.ArgumentParser(prog="neuvo search-services",
                                     description="Search the service catalogue as the window does.")
    parser.add_argument("query", nargs="+", help="what to look for (several words are one query)")
    parser.add_argument("--lang", choices=["fi", "sv", "en"], default="fi", help="search language (default fi)")
    parser.add_argument("--limit", type=whole_number(1, 200, "--limit 10"), default=10,
                        help="at most this many services (default 10)")
    parser.add_argument("--municipality", metavar="CODE", help="the client's municipality code, e.g. 905 (boost)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument("--demo", action="store_true", help="search the demo profile")
    add_profile_option(parser)
    add_logging_option(parser)
    return parser


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.log_level)
    directory = args.profile or (default_demo_directory() if args.demo else default_workstation_directory())
    from app.usecases.search_services import search_services
    from app.workstation import open_workstation

    workstation = open_workstation(directory, demo=args.demo, create=False)
    try:
        result = search_services(workstation, " ".join(args.query), language=args.lang, limit=args.limit,
                                 client_municipality=args.municipality)
    finally:
        workstation.close()
    if args.json:
        print(json.dumps({"query": result.query, "language": result.language, "notes": list(result.notes),
                          "results": [{"ptv_id": hit.ptv_id, "name": hit.name.text, "name_language": hit.name.language,
                                       "score": hit.score, "why": list(hit.why)} for hit in result.hits]},
                         ensure_ascii=False, indent=2))
    else:
        for rank, hit in enumerate(result.hits, start=1):
            marker = f" *{hit.name.language}" if hit.name.is_fallback else ""
            print(f"{rank:>3}  {hit.ptv_id}  {hit.score:.4f}  {hit.name.text}{marker}")
        if not result.hits:
            print("No service matches.", file=sys.stderr)
    return 0 if result.hits else EXIT_NO_MATCH
