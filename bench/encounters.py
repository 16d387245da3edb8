"""Benchmark: the situational picture over a million encounters, and saving one encounter.

    python bench/encounters.py [--encounters 1000000] [--clients 20000] [--runs 20] [--saves 300] [--profile DIR]
                               [--no-export]

Makes (once, cached in $TMPDIR/neuvo-bench-encounters-N unless --profile is given; a cached profile is migrated,
and its need tallies rebuilt if the taxonomy's structure changed, both timed) a demo profile with
--clients clients and their consents (seed 1, as of 2026-11-27), then bulk loads N generated encounters
(app/demo_encounters.py: ~2.5 need tags each, signals where asked, 104 weeks up to 2026-11-27; person-linked
where the client's consent allows) with `load_encounters`. Then it times, with 2026-11-27 as today:
- `situational_picture` for the whole city, the default 12 weeks and all 104 weeks (--runs each, after 2 warm-ups);
- drill-downs over 104 weeks (--runs // 4 each): channel = outreach and area = Helsinki, each with every other
  dimension broken down (tallies and cross tallies); one need (housing, P1 and the needs beneath it: need
  tallies); two values at once (channel = phone and area = Helsinki; channel = counter and age 65+: combination
  and pair tallies); three values (counted from the encounters in one pass per fact); and channel = outreach
  counted from the encounters (`use_tallies=False`, twice), the way every drill-down was counted before the
  cross tallies;
- `record_encounter` for a consenting client with three tags and a signal (--saves, after 20 warm-ups): the full
  use case — consent check, encounter, tags, signal, outbox rows, tallies, audit event, draft removal, commit;
- one export of the k-suppressed aggregates (52 weeks), informational.
Results go to docs/benchmarks.md (issue #6 goals: picture over 1,000,000 encounters <= 1 s; saving <= 20 ms).
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
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
from sqlalchemy import text

from app.demo_encounters import DemoClient, DemoEncounters
from app.demo_population import DemoPopulation
from app.domain.consent import ConsentChannel, ConsentEvidence
from app.domain.encounter import (
    EncounterChannel,
    EncounterDraft,
    EncounterOutcome,
    NeedStatus,
    NeedTag,
    Signal,
    SignalKind,
)
from app.need_taxonomy import need_taxonomy_for_profile
from app.store.bulk_load import load_encounters
from app.usecases.browse_clients import has_clients
from app.usecases.demo_data import generate_demo_population
from app.usecases.export_aggregates import situational_aggregates
from app.usecases.record_consent import grant_consent
from app.usecases.record_encounter import record_encounter
from app.usecases.situational_picture import (
    Dimension,
    PictureFilter,
    refresh_need_tallies,
    situational_picture,
)
from app.workstation import open_workstation

SEED = 1
TODAY = date(2026, 11, 27)
WEEKS = 104


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encounters", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--no-export", action="store_true", help="skip the (minutes-long) export at 1,000,000")
    args = parser.parse_args(argv)

    keyring.set_keyring(keyring.backends.fail.Keyring())
    directory = args.profile or Path(tempfile.gettempdir()) / f"neuvo-bench-encounters-{args.encounters}"
    started = time.perf_counter()
    workstation = open_workstation(directory, demo=True)
    if workstation.store.migration.migrated:
        print(f"{'open and migrate':<28}{time.perf_counter() - started:8.1f} s (tallies built from the encounters)")
    try:
        if not has_clients(workstation):
            _populate(workstation, args.clients, args.encounters)
        started = time.perf_counter()
        if refresh_need_tallies(workstation):
            print(f"{'need tallies rebuilt':<28}{time.perf_counter() - started:8.1f} s (taxonomy structure changed)")
        with workstation.store.engine.connect() as connection:
            counts = {table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                      for table in ("encounters", "encounter_needs", "encounter_signals", "situation_tallies",
                                    "situation_cross_tallies", "situation_combo_tallies", "situation_pair_tallies",
                                    "situation_need_tallies")}
            linked = connection.execute(text("SELECT count(*) FROM encounters WHERE client_id IS NOT NULL")) \
                .scalar_one()
        print(f"machine   {os.cpu_count()} cores; profile {directory}")
        print(f"data      {counts['encounters']:,} encounters ({linked:,} person-linked), "
              f"{counts['encounter_needs']:,} need tags ({counts['encounter_needs'] / counts['encounters']:.2f} "
              f"each), {counts['encounter_signals']:,} signals")
        print(f"tallies   {counts['situation_tallies']:,} tally, {counts['situation_cross_tallies']:,} cross, "
              f"{counts['situation_combo_tallies']:,} combination, {counts['situation_pair_tallies']:,} pair, "
              f"{counts['situation_need_tallies']:,} need rows")

        last = _week(TODAY)
        first = _week(TODAY - timedelta(weeks=WEEKS - 1))
        for name, flt in (("picture, 12 weeks", PictureFilter()),
                          (f"picture, {WEEKS} weeks", PictureFilter(first, last))):
            for _ in range(2):
                situational_picture(workstation, flt, today=TODAY)
            timings = []
            for _ in range(args.runs):
                started = time.perf_counter()
                picture = situational_picture(workstation, flt, today=TODAY)
                timings.append((time.perf_counter() - started) * 1000)
            _print(name, timings, f"{picture.total_encounters:,} encounters, {picture.total_needs:,} needs")
        drill = PictureFilter(first, last, Dimension.CHANNEL, "outreach")
        for name, flt in (("drill-down outreach", drill),
                          ("drill-down Helsinki", PictureFilter(first, last, Dimension.AREA, "091")),
                          ("drill-down need housing", PictureFilter(first, last, need_code="P1")),
                          ("drill-down phone+Helsinki", PictureFilter.narrowed_to(
                              first, last, {Dimension.CHANNEL: "phone", Dimension.AREA: "091"})),
                          ("drill-down counter+65+", PictureFilter.narrowed_to(
                              first, last, {Dimension.CHANNEL: "counter", Dimension.AGE_BAND: "65+"})),
                          ("drill-down three values", PictureFilter.narrowed_to(
                              first, last, {Dimension.CHANNEL: "phone", Dimension.AREA: "091",
                                            Dimension.AGE_BAND: "30-64"}))):
            timings = []
            for _ in range(max(2, args.runs // 4)):
                started = time.perf_counter()
                picture = situational_picture(workstation, flt, today=TODAY)
                timings.append((time.perf_counter() - started) * 1000)
            source = "tallies" if picture.from_tallies else "counted"
            _print(name, timings, f"{picture.total_encounters:,} encounters, {len(picture.by_area)} areas ({source})")
        timings = []
        for _ in range(2):
            started = time.perf_counter()
            picture = situational_picture(workstation, drill, today=TODAY, use_tallies=False)
            timings.append((time.perf_counter() - started) * 1000)
        _print("drill-down, counted", timings, "with cross breakdowns, from the encounters")

        client_id = _consenting_client(workstation)
        timings = []
        for run in range(args.saves + 20):
            now = datetime.now(UTC)
            draft = EncounterDraft(
                channel=EncounterChannel.COUNTER, started_at=now - timedelta(minutes=12), ended_at=now,
                client_id=client_id, outcome=EncounterOutcome.NO_SUITABLE_SERVICE, summary="Neuvottu hakemuksessa.",
                need_tags=[NeedTag("housing.eviction_risk", NeedStatus.UNMET),
                           NeedTag("income.debt_advice", NeedStatus.PARTLY_MET),
                           NeedTag("digital.strong_identification", NeedStatus.MET)],
                signals=[Signal(SignalKind.SERVICE_MISSING, "Ei sopivaa palvelua", 2)])
            started = time.perf_counter()
            result = record_encounter(workstation, draft, at=now)
            if run >= 20:
                timings.append((time.perf_counter() - started) * 1000)
        assert not result.anonymous
        _print("save one encounter", timings, "person-linked, 3 tags, 1 signal")

        if args.no_export:
            return 0
        started = time.perf_counter()
        aggregates = situational_aggregates(workstation, first_week=_week(TODAY - timedelta(weeks=51)),
                                            last_week=last, today=TODAY)
        print(f"{'export aggregates, 52 weeks':<28}{len(aggregates.rows):>8,} cells in "
              f"{(time.perf_counter() - started):.1f} s ({aggregates.primary_suppressed:,} primary, "
              f"{aggregates.secondary_suppressed:,} secondary suppressed)")
    finally:
        workstation.close()
    return 0


def _populate(workstation, clients: int, encounters: int) -> None:
    print(f"generating {clients:,} clients and {encounters:,} encounters into {workstation.profile.directory} …",
          file=sys.stderr)
    started = time.perf_counter()
    generate_demo_population(workstation, clients=clients, seed=SEED, consents_as_of=TODAY, encounters=0)
    population = DemoPopulation(SEED)
    with workstation.store.engine.connect() as connection:
        rows = connection.execute(text("""
            SELECT c.id, c.birth_date, c.municipality_code, c.safety_marking,
                   EXISTS (SELECT 1 FROM consent_events g WHERE g.client_id = c.id AND g.purpose = 'record_contact'
                           AND g.decision = 'granted' AND g.valid_until >= :today
                           AND NOT EXISTS (SELECT 1 FROM consent_events l WHERE l.client_id = g.client_id
                                           AND l.purpose = g.purpose AND l.sequence > g.sequence))
            FROM clients c"""), {"today": TODAY.isoformat()}).all()
    sample = [DemoClient(uuid.UUID(hex=row[0]), date.fromisoformat(row[1]) if row[1] else None, row[2],
                         bool(row[3]), bool(row[4])) for row in rows]
    made = DemoEncounters(SEED, need_taxonomy_for_profile(workstation.profile.directory), population.advisers(),
                          population.service_points()).encounters(encounters, sample, TODAY, weeks=WEEKS)
    counts = load_encounters(workstation.store, made)
    print(f"generated and loaded {counts.encounters:,} encounters ({counts.need_tags:,} tags) in "
          f"{time.perf_counter() - started:.0f} s", file=sys.stderr)


def _consenting_client(workstation) -> uuid.UUID:
    with workstation.store.engine.connect() as connection:
        ids = connection.execute(text("SELECT id FROM clients WHERE birth_date < '2000-01-01' LIMIT 50")).scalars()
        client_id = uuid.UUID(hex=random.Random(1).choice(list(ids)))
    grant_consent(workstation, client_id, "record_contact", channel=ConsentChannel.COUNTER,
                  evidence=ConsentEvidence.VERBAL, language="fi")
    return client_id


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _print(what: str, timings: list[float], note: str = "") -> None:
    p95 = statistics.quantiles(timings, n=20)[-1] if len(timings) >= 2 else timings[0]
    print(f"{what:<28}n={len(timings):<5} p50 {statistics.median(timings):8.2f} ms   p95 {p95:8.2f} ms   "
          f"max {max(timings):8.2f} ms   {note}")


if __name__ == "__main__":
    sys.exit(main())
