"""Benchmark: caller lookup on a large demo profile, against the same queries as raw SQL on the same file.

    python bench/lookup.py [--clients 1000000] [--queries 1000] [--profile DIR]

Makes (once, cached in $TMPDIR/neuvo-bench-lookup-N unless --profile is given) a demo profile with N clients
from the demo generator (seed 1), draws realistic queries from the same population — phone numbers in the
forms people say them, identity codes, a first name with the start of a last name, a last name with one typo —
and times `lookup_clients` (what the window and `neuvo lookup` run: classification, the index queries,
ranking, and the audit event with its commit) for each. Then it runs the index queries behind each lookup as
hand-written SQL through the bare sqlcipher3 connection on the same file, and prints both with the ratio.
Results go to docs/benchmarks.md (issue #3 goals: p95 ≤ 5 ms for phone and identity code, ≤ 30 ms for name
beginnings and typos, overhead ≤ 2x).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import keyring
import keyring.backends.fail

from app.demo_population import DemoPopulation
from app.domain.client import Client
from app.search.folding import fold_name_tokens
from app.store.name_terms import MIN_FUZZY_LENGTH
from app.usecases.browse_clients import has_clients
from app.usecases.demo_data import generate_demo_population
from app.usecases.lookup_clients import DEFAULT_LIMIT, lookup_clients
from app.workstation import Workstation, open_workstation

SEED = 1
SAMPLE_FROM = 200_000

SUMMARY = """SELECT c.id, c.last_name, c.first_names, c.birth_date, c.municipality_code, c.preferred_language,
    c.safety_marking, (SELECT p.number_e164 FROM client_phones p WHERE p.client_id = c.id ORDER BY p.position
    LIMIT 1), c.preferred_name FROM clients c WHERE c.deleted_at IS NULL AND """
RAW_PHONE = SUMMARY + "c.id IN (SELECT client_id FROM client_phones WHERE number_e164 = ?) LIMIT 21"
RAW_IDENTITY = SUMMARY + "c.identity_code_hash = ? LIMIT 21"
RAW_NAME = SUMMARY + ("c.rowid IN (SELECT rowid FROM client_name_index WHERE client_name_index MATCH ? LIMIT 21) "
                      "LIMIT 21")
RAW_TERMS = "SELECT term FROM client_name_terms WHERE variant IN ({})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=1_000, help="queries per kind")
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args(argv)

    keyring.set_keyring(keyring.backends.fail.Keyring())
    directory = args.profile or Path(tempfile.gettempdir()) / f"neuvo-bench-lookup-{args.clients}"
    workstation = open_workstation(directory, demo=True)
    try:
        if not has_clients(workstation):
            print(f"generating {args.clients:,} clients into {directory} …", file=sys.stderr)
            generate_demo_population(workstation, clients=args.clients, seed=SEED)
        queries = _queries(args.queries, min(args.clients, SAMPLE_FROM))
        print(f"machine   {os.cpu_count()} cores; profile {directory} ({args.clients:,} clients)")
        print(f"{'kind':<16}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'raw p50':>9}{'raw p95':>9}"
              f"{'ratio p95':>11}{'found':>8}")
        for kind, texts in queries.items():
            _warm(workstation, texts)
            timings, found = _time_lookups(workstation, texts)
            raw = _time_raw(workstation, kind, texts)
            ratio = _p95(timings) / _p95(raw)
            print(f"{kind:<16}{len(texts):>6}{_p50(timings):>9.2f}{_p95(timings):>9.2f}{max(timings):>9.2f}"
                  f"{_p50(raw):>9.3f}{_p95(raw):>9.3f}{ratio:>10.1f}x{found / len(texts):>8.0%}")
    finally:
        workstation.close()
    return 0


def _queries(per_kind: int, population: int) -> dict[str, list[str]]:
    rng = random.Random("neuvo-bench-lookup")
    wanted = sorted(rng.sample(range(population), per_kind * 2))
    picked: list[Client] = []
    for index, client in enumerate(DemoPopulation(SEED).clients(wanted[-1] + 1)):
        if index in wanted:
            picked.append(client)
    with_phone = [c for c in picked if c.phones][:per_kind]
    with_code = [c for c in picked if c.identity_code][:per_kind]
    return {
        "phone": [_spoken_phone(rng, c.phones[0].number_e164) for c in with_phone],
        "identity code": [c.identity_code.lower() if rng.random() < 0.3 else c.identity_code for c in with_code],
        "name beginning": [_name_beginning(rng, c) for c in picked[:per_kind]],
        "name typo": [_name_typo(rng, c) for c in picked[per_kind:per_kind * 2]],
    }


def _spoken_phone(rng: random.Random, e164: str) -> str:
    national = "0" + e164[4:] if e164.startswith("+358") else e164
    forms = (e164, national, f"{national[:3]} {national[3:6]} {national[6:]}", e164[1:],
             f"+358 {e164[4:6]} {e164[6:]}")
    return forms[rng.randrange(len(forms))]


def _name_beginning(rng: random.Random, client: Client) -> str:
    first = client.first_names.split()[0]
    last = client.last_name
    return f"{first} {last[:rng.randint(2, max(2, len(last) - 1))]}"


def _name_typo(rng: random.Random, client: Client) -> str:
    last = client.last_name
    position = rng.randrange(1, len(last)) if len(last) > 1 else 0
    letter = rng.choice("aeiklmnorstuv")
    edit = rng.randrange(3)
    typo = (last[:position] + letter + last[position + 1:] if edit == 0 else
            last[:position] + last[position + 1:] if edit == 1 else last[:position] + letter + last[position:])
    return f"{client.first_names.split()[0]} {typo}"


def _warm(workstation: Workstation, texts: list[str]) -> None:
    for text in texts[:50]:
        lookup_clients(workstation, text)


def _time_lookups(workstation: Workstation, texts: list[str]) -> tuple[list[float], int]:
    timings, found = [], 0
    for text in texts:
        started = time.perf_counter()
        result = lookup_clients(workstation, text)
        timings.append((time.perf_counter() - started) * 1000)
        found += bool(result.matches)
    return timings, found


def _time_raw(workstation: Workstation, kind: str, texts: list[str]) -> list[float]:
    """The same index reads as hand-written SQL on a bare connection (keys normalised beforehand)."""
    from app.search.query import classify

    keys = [classify(text) for text in texts]
    with workstation.store.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        run: Callable[..., object]
        if kind == "phone":
            def run(query):
                return raw.execute(RAW_PHONE, (query.key,)).fetchall()
        elif kind == "identity code":
            hashes = {query.key: workstation.store.hash_identity_code(query.key) for query in keys}

            def run(query):
                return raw.execute(RAW_IDENTITY, (hashes[query.key],)).fetchall()
        else:
            def run(query):
                tokens = fold_name_tokens(query.key)
                rows = raw.execute(RAW_NAME, (" AND ".join(f'"{t}"' for t in tokens),)).fetchall()
                rows += raw.execute(RAW_NAME, (" AND ".join(f'"{t}"*' for t in tokens),)).fetchall()
                if len(rows) < DEFAULT_LIMIT and kind == "name typo":
                    parts = []
                    for token in tokens:
                        variants = [token] + [token[:i] + token[i + 1:] for i in range(len(token))]
                        terms = raw.execute(RAW_TERMS.format(",".join("?" * len(variants))), variants).fetchall() \
                            if len(token) >= MIN_FUZZY_LENGTH else []
                        parts.append("(" + " OR ".join([f'"{token}"*', *(f'"{t}"' for (t,) in terms)]) + ")")
                    rows += raw.execute(RAW_NAME, (" AND ".join(parts),)).fetchall()
                return rows
        for query in keys[:50]:
            run(query)
        timings = []
        for query in keys:
            started = time.perf_counter()
            run(query)
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def _p50(values: list[float]) -> float:
    return statistics.median(values)


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


if __name__ == "__main__":
    sys.exit(main())
