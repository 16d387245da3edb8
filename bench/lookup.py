"""Benchmark: caller lookup on a large demo profile, against the same queries as raw SQL on the same file.

    python bench/lookup.py [--clients 1000000] [--queries 1000] [--rounds 3] [--kinds KIND …] [--profile DIR]

Makes (once, cached in $TMPDIR/neuvo-bench-lookup-N unless --profile is given) a demo profile with N clients
from the demo generator (seed 1), draws realistic queries from the same population — phone numbers in the
forms people say them, identity codes, a first name with the start of a last name, a last name with one typo —
and times `lookup_clients` (what the window and `neuvo lookup` run: classification, the index queries,
ranking, and the audit event with its commit) for each. The demo adviser has a working month behind them:
HISTORY client cards opened in the last 30 days, and one in ten of the clients looked up is among them, so
the recency reads and ranking do real work. Then the same statements run as hand-written SQL through the bare
sqlcipher3 connection on the same file: the index reads (the key's, and the recently served clients' where
the lookup reads them), and separately those reads plus the audit row's INSERT and COMMIT. Each kind is timed
`--rounds` times (lookups, then raw SQL: both meet the same page cache); the round with the median p95 is shown.
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
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import keyring
import keyring.backends.fail

from app.demo_population import DemoPopulation
from app.domain.audit import AuditAction
from app.domain.client import Client
from app.search.folding import fold_name_tokens
from app.search.query import ClientQuery, classify
from app.store.name_terms import MIN_FUZZY_LENGTH
from app.store.types import UtcDateTime, utc_now
from app.usecases.browse_clients import has_clients
from app.usecases.client_card import open_client_card
from app.usecases.demo_data import generate_demo_population
from app.usecases.lookup_clients import DEFAULT_LIMIT, RECENT_CLIENTS, RECENT_DAYS, lookup_clients
from app.workstation import Workstation, open_workstation

SEED = 1
SAMPLE_FROM = 200_000
HISTORY = 500  # client cards opened in the last 30 days: about 25 a working day
REPEAT_EVERY = 10  # one looked-up client in this many is among them (a caller the adviser served lately)

SUMMARY = """SELECT c.id, c.last_name, c.first_names, c.birth_date, c.municipality_code, c.preferred_language,
    c.safety_marking, (SELECT p.number_e164 FROM client_phones p WHERE p.client_id = c.id ORDER BY p.position
    LIMIT 1), c.preferred_name FROM clients c WHERE c.deleted_at IS NULL AND """
RAW_PHONE = SUMMARY + "c.id IN (SELECT client_id FROM client_phones WHERE number_e164 = ?) LIMIT 21"
RAW_IDENTITY = SUMMARY + "c.identity_code_hash = ? LIMIT 21"
RAW_NAME = SUMMARY + ("c.rowid IN (SELECT rowid FROM client_name_index WHERE client_name_index MATCH ? LIMIT 21) "
                      "LIMIT 21")
RAW_BY_IDS = SUMMARY + "c.id IN ({}) LIMIT {}"
RAW_TERMS = "SELECT term FROM client_name_terms WHERE variant IN ({})"
RAW_RECENT = (f"SELECT record_id FROM audit_events WHERE adviser_id = ? AND action = ? AND at >= ? "
              f"ORDER BY at DESC LIMIT {RECENT_CLIENTS * 4}")
RAW_SERVED_ANY = ("SELECT 1 FROM audit_events WHERE record_type = 'client' AND record_id IN ({}) "
                  "AND +adviser_id = ? AND +action = ? AND +at >= ? LIMIT 1")
RAW_AUDIT = ("INSERT INTO audit_events (id, at, adviser_id, action, record_type, record_id, reason, workstation) "
             "VALUES (?, ?, ?, ?, ?, NULL, ?, ?)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=1_000, help="queries per kind")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes per kind; the median one is shown")
    parser.add_argument("--kinds", nargs="+", metavar="KIND", help='only these, e.g. phone "identity code"')
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args(argv)

    keyring.set_keyring(keyring.backends.fail.Keyring())
    directory = args.profile or Path(tempfile.gettempdir()) / f"neuvo-bench-lookup-{args.clients}"
    workstation = open_workstation(directory, demo=True)
    try:
        if not has_clients(workstation):
            print(f"generating {args.clients:,} clients into {directory} …", file=sys.stderr)
            generate_demo_population(workstation, clients=args.clients, seed=SEED)
        queries, history = _queries(args.queries, min(args.clients, SAMPLE_FROM))
        _serve(workstation, history)
        print(f"machine   {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; profile {directory} "
              f"({args.clients:,} clients); median of {args.rounds} rounds")
        print(f"{'kind':<16}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'raw p50':>9}{'raw p95':>9}"
              f"{'ratio':>8}{'+audit p50':>12}{'+audit p95':>12}{'ratio':>8}{'found':>8}")
        for kind, texts in queries.items():
            if args.kinds and kind not in args.kinds:
                continue
            _warm(workstation, texts)
            rounds = []
            for _ in range(args.rounds):
                timings, found = _time_lookups(workstation, texts)
                raw = _time_raw(workstation, kind, texts, audit=False)
                raw_audited = _time_raw(workstation, kind, texts, audit=True)
                rounds.append((timings, raw, raw_audited, found))
            rounds.sort(key=lambda measured: _p95(measured[0]))
            timings, raw, raw_audited, found = rounds[len(rounds) // 2]
            print(f"{kind:<16}{len(texts):>6}{_p50(timings):>9.2f}{_p95(timings):>9.2f}{max(timings):>9.2f}"
                  f"{_p50(raw):>9.3f}{_p95(raw):>9.3f}{_p95(timings) / _p95(raw):>7.1f}x"
                  f"{_p50(raw_audited):>12.3f}{_p95(raw_audited):>12.3f}{_p95(timings) / _p95(raw_audited):>7.1f}x"
                  f"{found / len(texts):>8.0%}")
    finally:
        workstation.close()
    return 0


def _queries(per_kind: int, population: int) -> tuple[dict[str, list[str]], list[uuid.UUID]]:
    """The texts to look up, by kind, and the clients the adviser served in the last month."""
    rng = random.Random("neuvo-bench-lookup")
    wanted = sorted(rng.sample(range(population), per_kind * 2))
    repeat = wanted[::REPEAT_EVERY]
    others = random.Random("neuvo-bench-lookup-history").sample(sorted(set(range(population)) - set(wanted)),
                                                                HISTORY - len(repeat))
    picked: list[Client] = []
    history: list[uuid.UUID] = []
    chosen, served = set(wanted), set(repeat) | set(others)
    for index, client in enumerate(DemoPopulation(SEED).clients(max(wanted[-1], max(others)) + 1)):
        if index in chosen:
            picked.append(client)
        if index in served:
            history.append(client.id)
    random.Random("neuvo-bench-lookup-history").shuffle(history)
    with_phone = [c for c in picked if c.phones][:per_kind]
    with_code = [c for c in picked if c.identity_code][:per_kind]
    return {
        "phone": [_spoken_phone(rng, c.phones[0].number_e164) for c in with_phone],
        "identity code": [c.identity_code.lower() if rng.random() < 0.3 else c.identity_code for c in with_code],
        "name beginning": [_name_beginning(rng, c) for c in picked[:per_kind]],
        "name typo": [_name_typo(rng, c) for c in picked[per_kind:per_kind * 2]],
    }, history


def _serve(workstation: Workstation, history: list[uuid.UUID]) -> None:
    """Open the cards of the history's clients that this adviser has not opened in the last 30 days."""
    since = utc_now() - timedelta(days=RECENT_DAYS)
    with workstation.store.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        served = {record_id for (record_id,) in raw.execute(
            "SELECT record_id FROM audit_events WHERE adviser_id = ? AND action = ? AND at >= ?",
            _recent_parameters(workstation, since))}
    missing = [client_id for client_id in history if str(client_id) not in served]
    if missing:
        print(f"opening {len(missing)} client cards as the demo adviser's last month …", file=sys.stderr)
        for client_id in missing:
            open_client_card(workstation, client_id)


def _recent_parameters(workstation: Workstation, since) -> tuple[str, str, str]:
    return workstation.adviser.id.hex, AuditAction.VIEW_CLIENT.value, UtcDateTime().process_bind_param(since, None)


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


def _time_raw(workstation: Workstation, kind: str, texts: list[str], *, audit: bool) -> list[float]:
    """The lookup's statements as hand-written SQL on the bare connection, keys normalised beforehand.

    The reads are the ones `lookup_clients` makes for the kind: for an exact key its index read, then (if it
    found someone) whether the adviser served any of them lately, and only if so the recently served list; for
    a name the recently served list and those clients' summaries (names are matched against them first), then
    the name index reads. With `audit`, also the audit
    row's INSERT and the COMMIT that makes it durable: the part of a lookup no implementation can leave out.
    """
    keys = [classify(text) for text in texts]
    since = utc_now() - timedelta(days=RECENT_DAYS)
    recent_parameters = _recent_parameters(workstation, since)
    audit_parameters = (workstation.adviser.id.hex, AuditAction.SEARCH_CLIENTS.value, "client",
                        workstation.workstation_name)
    with workstation.store.engine.connect() as connection:
        raw = connection.connection.dbapi_connection

        def recently_served() -> list[str]:
            ids: dict[str, None] = {}
            for (record_id,) in raw.execute(RAW_RECENT, recent_parameters):  # up to the 200th client, as Neuvo
                ids.setdefault(record_id.replace("-", ""))
                if len(ids) == RECENT_CLIENTS:
                    break
            return list(ids)

        def rank_by_recency(rows: list) -> None:
            """As the lookup does for an exact key: the recent list only if the adviser served one of them."""
            records = [str(uuid.UUID(row[0])) for row in rows]
            if raw.execute(RAW_SERVED_ANY.format(",".join("?" * len(records))),
                           (*records, *recent_parameters)).fetchall():
                recently_served()

        def record(found: int) -> None:
            adviser, action, record_type, station = audit_parameters
            raw.execute(RAW_AUDIT, (uuid.uuid4().hex, UtcDateTime().process_bind_param(utc_now(), None), adviser,
                                    action, record_type, f"{kind}: {found} found", station))
            raw.commit()

        lookup: Callable[[ClientQuery], list]
        if kind == "phone":
            def lookup(query: ClientQuery) -> list:
                rows = raw.execute(RAW_PHONE, (query.key,)).fetchall()
                if rows:
                    rank_by_recency(rows)
                return rows
        elif kind == "identity code":
            hashes = {query.key: workstation.store.hash_identity_code(query.key) for query in keys}

            def lookup(query: ClientQuery) -> list:
                rows = raw.execute(RAW_IDENTITY, (hashes[query.key],)).fetchall()
                if rows:
                    rank_by_recency(rows)
                return rows
        else:
            def lookup(query: ClientQuery) -> list:
                recent = recently_served()
                rows = raw.execute(RAW_BY_IDS.format(",".join("?" * len(recent)), len(recent)), recent).fetchall() \
                    if recent else []
                tokens = fold_name_tokens(query.key)
                rows += raw.execute(RAW_NAME, (" AND ".join(f'"{t}"' for t in tokens),)).fetchall()
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

        def run(query: ClientQuery) -> None:
            rows = lookup(query)
            if audit:
                record(min(len(rows), DEFAULT_LIMIT))

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
