"""Benchmark: pulling every contact from the CRM emulator with Neuvo's client and with Microsoft's SDK.

    python bench/crm_pull.py [--contacts 100000] [--repeat 3] [--page-size 5000] [--data DIR]

Seeds the emulator (once, cached in $TMPDIR/neuvo-bench-crm-N unless --data is given) with N demo contacts,
serves it over HTTPS on loopback from its own process (`neuvo crm-emulator`, as the CRM is another machine in
real life), and then, `--repeat` times in alternation, pulls all rows with
the columns the sync engine maps (sync/contact_mapping.py) — with `DataverseClient.rows` and with the SDK's
`records.list_pages` (PowerPlatform-Dataverse-Client), same query, same page size, same server. Prints each
run's throughput and the medians; then times the emulator serving one 5,000-row page (in-process, the handler
alone, and over HTTPS as the client sees it). Goals (issue #7): Neuvo >= 2x the SDK; a 5,000-row page <= 300 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from sync.contact_mapping import contact_columns
from sync.dataverse import DataverseClient, DataverseConfig, Query, StaticTokenProvider
from sync.emulator.seed import seed_demo_contacts
from sync.emulator.server import EmulatorServer
from sync.emulator.service import Call

TOKEN = "bench-token"  # noqa: S105


class Served:
    """The emulator's address as a client sees it."""

    def __init__(self, base_url: str, cert_file: Path) -> None:
        self.base_url, self.cert_file = base_url, cert_file


def pull_with_neuvo(server: Served, page_size: int) -> int:
    config = DataverseConfig(server.base_url, ca_file=server.cert_file, page_size=page_size)
    with DataverseClient(config, StaticTokenProvider(TOKEN)) as client:
        return sum(1 for _ in client.rows("contacts", Query(select=contact_columns())))


def pull_with_sdk(server: Served, page_size: int) -> int:
    from azure.core.credentials import AccessToken
    from PowerPlatform.Dataverse.client import DataverseClient as SdkClient

    class Credential:
        def get_token(self, *scopes, **kwargs):
            return AccessToken(TOKEN, int(time.time()) + 3600)

    os.environ["REQUESTS_CA_BUNDLE"] = str(server.cert_file)
    with SdkClient(server.base_url, Credential()) as sdk:
        return sum(len(page) for page in sdk.records.list_pages("contact", select=list(contact_columns()),
                                                                  page_size=page_size))


def handler_timings(server: EmulatorServer, rounds: int) -> list[float]:
    """The emulator's handler alone (in this process) serving one 5,000-row page."""
    call = Call("GET", "contacts", {"$select": ",".join(contact_columns())}, {"prefer": "odata.maxpagesize=5000"},
                b"", "https://127.0.0.1/api/data/v9.2")
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        answer = server.service.handle(call)
        timings.append((time.perf_counter() - started) * 1000)
        assert answer.status == 200
    return timings


def wire_timings(server: Served, rounds: int) -> list[float]:
    """One 5,000-row page over HTTPS, as Neuvo's client receives and decodes it. Asked with $top, so that the
    answer has no next link: a paged read fetches the following page ahead while this one is decoded, and closing
    it waits for that fetch, which would count two pages as one."""
    timings = []
    with DataverseClient(DataverseConfig(server.base_url, ca_file=server.cert_file), StaticTokenProvider(TOKEN)) \
            as client:
        for _ in range(rounds):
            started = time.perf_counter()
            page = next(client.pages("contacts", Query(select=contact_columns(), top=5000), page_size=5000))
            timings.append((time.perf_counter() - started) * 1000)
            assert len(page.rows) == 5000
    return timings


@contextlib.contextmanager
def emulator_process(data: Path) -> Iterator[Served]:
    process = subprocess.Popen([sys.executable, "-m", "neuvo", "crm-emulator", "--data", str(data), "--token",
                                TOKEN, "--tls"], stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        if not line.startswith("CRM emulator: "):
            raise RuntimeError("the emulator process did not start")
        api_url = line.split(": ", 1)[1].strip()
        yield Served(api_url.removesuffix("/api/data/v9.2"), data / "tls" / "cert.pem")
    finally:
        process.terminate()
        process.wait(10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--page-size", type=int, default=5000)
    parser.add_argument("--data", type=Path)
    args = parser.parse_args(argv)
    data = args.data or Path(tempfile.gettempdir()) / f"neuvo-bench-crm-{args.contacts}"
    local = EmulatorServer(data, token=TOKEN, tls=True)
    started = time.perf_counter()
    added = seed_demo_contacts(local.store, args.contacts)
    if added:
        print(f"seeded {added:,} contacts in {time.perf_counter() - started:.1f} s ({data})", file=sys.stderr)
    handler = handler_timings(local, max(5, args.repeat))
    local.stop()
    print(f"machine   {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; {args.contacts:,} contacts, "
          f"{len(contact_columns())} columns, pages of {args.page_size}")
    with emulator_process(data) as server:
        neuvo, sdk = [], []
        for run in range(1, args.repeat + 1):
            for name, pull, results in (("neuvo", pull_with_neuvo, neuvo), ("sdk", pull_with_sdk, sdk)):
                started = time.perf_counter()
                rows = pull(server, args.page_size)
                seconds = time.perf_counter() - started
                if rows != args.contacts:
                    print(f"{name} pulled {rows:,} rows, expected {args.contacts:,}", file=sys.stderr)
                    return 1
                results.append(rows / seconds)
                print(f"run {run}  {name:<6}{seconds:>8.2f} s {rows / seconds:>10,.0f} rows/s")
        ratio = statistics.median(neuvo) / statistics.median(sdk)
        print(f"median   neuvo {statistics.median(neuvo):,.0f} rows/s   sdk {statistics.median(sdk):,.0f} rows/s   "
              f"ratio {ratio:.2f}x (goal >= 2x)")
        wire = wire_timings(server, max(5, args.repeat))
    print(f"5,000-row page: handler median {statistics.median(handler):.0f} ms (max {max(handler):.0f}), "
          f"over HTTPS median {statistics.median(wire):.0f} ms (max {max(wire):.0f}) (goal <= 300 ms)")
    return 0

if __name__ == "__main__":
    sys.exit(main())
