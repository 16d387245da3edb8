"""Benchmark: importing 20,000 services and searching them as the adviser types.

    python bench/service_search.py [--services 20000] [--runs 3]

Makes the services from the 446 real PTV records in resources/ptv/demo/ multiplied with variations (new ids, a
municipality name and a running number in the name, descriptions with sentences of other services swapped in,
areas rotated over real municipality codes), with the real 998 channels. Imports them into a throwaway demo
profile through `import_services` (the use case `neuvo import-services` runs: parsing, analysis, one
transaction), then times `search_services` on every prefix of realistic adviser queries (what the window runs
per keystroke) and prints p50/p95/max. Each run is a new profile; the medians of the runs go to
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import copy
import gzip
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import keyring
import keyring.backends.fail

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.municipalities import municipalities
from app.ptv.documents import DocumentKind, PtvDocument
from app.usecases.demo_services import demo_documents
from app.usecases.import_services import import_services
from app.usecases.search_services import search_services
from app.workstation import open_workstation
from resources import resource_path

QUERIES = ["toimeentulotuki", "asunnon vuokraus", "hammaslääkäri", "päiväkotipaikka", "rakennuslupa",
           "kirjasto", "velkaneuvonta", "kotihoito", "uimahalli", "lastensuojelu", "mielenterveyspalvelut",
           "jätehuolto", "omaishoidon tuki", "vammaisten kuljetuspalvelu", "työpaja nuorelle"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    services = _services(args.services)
    channels = json.loads(gzip.decompress(resource_path("ptv", "demo", "servicechannels.json.gz").read_bytes()))
    code_lists = [d for d in demo_documents() if d.kind is DocumentKind.CODE_LIST]
    prefixes = [q[:n] for q in QUERIES for n in range(3, len(q) + 1)]
    imports, p50s, p95s, maxes = [], [], [], []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as directory:
            workstation = open_workstation(Path(directory) / "demo", demo=True)
            try:
                documents = [*code_lists, PtvDocument("services", DocumentKind.SERVICES, services),
                             PtvDocument("channels", DocumentKind.CHANNELS, channels)]
                started = time.perf_counter()
                report = import_services(workstation, documents, source="bench")
                imports.append(time.perf_counter() - started)
                for text in prefixes[:30]:
                    search_services(workstation, text)  # warm-up: vocabulary, page cache
                timings = []
                for text in prefixes:
                    started = time.perf_counter()
                    search_services(workstation, text, client_municipality="905", client_language="fi")
                    timings.append((time.perf_counter() - started) * 1000)
            finally:
                workstation.close()
        p50s.append(statistics.median(timings))
        p95s.append(statistics.quantiles(timings, n=20)[-1])
        maxes.append(max(timings))
        print(f"run {run + 1}: import {report.services_added:,} services + {report.channels_added} channels "
              f"{imports[-1]:.1f} s; {len(timings)} searches p50 {p50s[-1]:.2f} ms p95 {p95s[-1]:.2f} ms "
              f"max {maxes[-1]:.1f} ms")
    print(f"median of {args.runs}: import {statistics.median(imports):.1f} s; search p50 "
          f"{statistics.median(p50s):.2f} ms, p95 {statistics.median(p95s):.2f} ms, "
          f"max {statistics.median(maxes):.1f} ms")
    return 0


def _services(count: int) -> list[dict]:
    originals = json.loads(gzip.decompress(resource_path("ptv", "demo", "services.json.gz").read_bytes()))
    rng = random.Random(20261127)
    codes = sorted(municipalities())
    names = {code: m.name_fi for code, m in municipalities().items()}
    sentences = [s for r in originals for d in r["serviceDescriptions"] if d.get("value")
                 for s in d["value"].split(". ") if len(s) > 20]
    result = []
    for n in range(count):
        record = copy.deepcopy(originals[n % len(originals)])
        if n >= len(originals):
            record["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            place = rng.choice(codes)
            for name in record["serviceNames"]:
                if name.get("value"):
                    name["value"] = f"{name['value']} {names[place]} {n // len(originals)}"
            for description in record["serviceDescriptions"]:
                if description.get("value") and description["type"] == "Description":
                    description["value"] += " " + ". ".join(rng.sample(sentences, 2))
            record["areas"] = [{"type": "Municipality", "municipalities": [{"code": place, "name": []}]}]
        result.append(record)
    return result


if __name__ == "__main__":
    sys.exit(main())
