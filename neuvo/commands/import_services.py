"""`neuvo import-services PATH|URL [--profile DIR|--demo] [--organization ID] [--keep-absent]`.

Imports PTV Open API JSON — files, directories of them (.json, .json.gz), or an API base URL read page by page —
into the profile's service catalogue, in one transaction, and prints the import report. Exit 0 when the import
was written (even with skipped records: they are listed), 2 when nothing was (not PTV data, network failure).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.profile import default_demo_directory, default_workstation_directory
from neuvo.cli import configure_logging
from neuvo.commands.options import add_logging_option, add_profile_option


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="neuvo import-services",
        description="Import the national service catalogue (PTV Open API JSON: services, channels, general "
                    "descriptions, code lists) from files, a directory or a PTV API base URL.")
    parser.add_argument("source", help="a JSON file, a directory of .json/.json.gz files, or an API base URL "
                                       "such as https://api.palvelutietovaranto.suomi.fi/api/v11")
    parser.add_argument("--demo", action="store_true", help="import into the demo profile")
    add_profile_option(parser)
    parser.add_argument("--organization", metavar="ID", help="only this organisation's services (PTV id)")
    parser.add_argument("--keep-absent", action="store_true",
                        help="do not withdraw the organisations' services that are absent from this import")
    add_logging_option(parser)
    return parser


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.log_level)
    directory = args.profile or (default_demo_directory() if args.demo else default_workstation_directory())
    from app.usecases.import_services import import_services
    from app.workstation import open_workstation

    documents = _documents(args.source, args.organization)
    workstation = open_workstation(directory, demo=args.demo, create=False)
    try:
        report = import_services(workstation, documents, source=args.source, organization=args.organization,
                                 withdraw_absent=not args.keep_absent, progress=_progress_printer())
    finally:
        workstation.close()
    print(file=sys.stderr)
    for line in report.lines:
        print(f"  {line}")
    print(f"Imported: {report.summary()}")
    return 0


def _documents(source: str, organization: str | None):
    if source.startswith(("http://", "https://")):
        from neuvo.ptv_fetch import fetch_documents
        return fetch_documents(source, organization=organization)
    from app.ptv.documents import documents_in
    return documents_in(Path(source))


def _progress_printer():
    interactive = sys.stderr.isatty()
    last: list[str] = [""]

    def progress(stage: str, done: int, total: int) -> None:
        if interactive:
            print(f"\r{stage}: {done:,}/{total:,}   ", end="", file=sys.stderr, flush=True)
        elif stage != last[0]:
            print(f"{stage} …", file=sys.stderr)
        last[0] = stage
    return progress
