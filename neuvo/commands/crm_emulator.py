"""`neuvo crm-emulator --port P --data DIR [--seed-demo N] --token T [--tls]`: the local Dataverse-compatible CRM.

A development and test double of the city's Dynamics 365 tenant (docs/decisions/0008-…): the Web API on
loopback, persisting in DIR/emulator.db, seeded with the demo population, requiring the bearer token T. Runs
until Ctrl+C. Fault injection: `POST /_emulator/faults` with the same token (sync/emulator/faults.py).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from pathlib import Path

from neuvo.cli import configure_logging
from neuvo.commands.options import add_logging_option, whole_number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="neuvo crm-emulator",
        description="Serve the local Dataverse Web API emulator on loopback (a test double of the city CRM).")
    parser.add_argument("--port", type=whole_number(0, 65535, "8443"), default=0,
                        help="loopback port (default: a free one, printed at start)")
    parser.add_argument("--host", default="127.0.0.1", choices=["127.0.0.1", "::1", "localhost"],
                        help="loopback address to bind (default 127.0.0.1); the emulator never serves the network")
    parser.add_argument("--data", type=Path, required=True, metavar="DIR",
                        help="directory for the emulator's SQLite file and TLS certificate")
    parser.add_argument("--seed-demo", type=whole_number(0, 10_000_000, "10000"), default=0, metavar="N",
                        help="add the first N demo-population clients as contacts (once per DIR)")
    parser.add_argument("--seed", type=whole_number(0, 2**31, "1"), default=1, help="demo population seed")
    parser.add_argument("--token", default=os.environ.get("NEUVO_CRM_EMULATOR_TOKEN"),
                        help="the bearer token clients must send (or set NEUVO_CRM_EMULATOR_TOKEN)")
    parser.add_argument("--tls", action="store_true",
                        help="serve HTTPS with a self-signed certificate kept as DIR/tls/cert.pem")
    add_logging_option(parser)
    return parser


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.log_level)
    if not args.token:
        print("neuvo crm-emulator: give the bearer token with --token T (or NEUVO_CRM_EMULATOR_TOKEN).",
              file=sys.stderr)
        return 2
    from sync.emulator.server import EmulatorServer

    try:
        server = EmulatorServer(args.data, token=args.token, port=args.port, host=args.host, tls=args.tls,
                                seed_demo=args.seed_demo, seed=args.seed)
        server.bind()
    except OSError as exc:
        print(f"neuvo crm-emulator: cannot use port {args.port} or {args.data} ({exc.strerror or exc}); "
              "choose another --port or --data.", file=sys.stderr)
        return 2
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        if args.seed_demo:
            print(f"seeding {args.seed_demo:,} demo contacts (first start only)…", file=sys.stderr)
        server.start(timeout=3600)
        print(f"CRM emulator: {server.api_url}", flush=True)
        if server.cert_file:
            print(f"certificate: {server.cert_file} (trust it with ca_file / REQUESTS_CA_BUNDLE)", flush=True)
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
