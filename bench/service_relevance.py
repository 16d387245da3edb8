"""Search quality: recall@5 and MRR of the service search on the relevance set, per technique added.

    python bench/service_relevance.py [--misses]

For each configuration — Snowball stemming only, + synonyms, + decompounding, + spelling correction,
+ substring (trigram) tier — it imports the real PTV demo data (resources/ptv/) into a fresh throwaway demo
profile with that configuration (synonyms and compound parts are partly index-side) and runs every query of
tests/search_relevance/relevance_set.toml. Results go to docs/benchmarks.md and docs/decisions/0009.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import keyring
import keyring.backends.fail

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.search.service_techniques import SearchTechniques
from app.usecases.demo_services import demo_documents
from app.usecases.import_services import import_services
from app.workstation import open_workstation
from tests.search_relevance.evaluate import evaluate, relevance_queries

STEPS = (
    ("stemming only", SearchTechniques(False, False, False, False)),
    ("+ synonyms", SearchTechniques(True, False, False, False)),
    ("+ decompounding", SearchTechniques(True, True, False, False)),
    ("+ spelling", SearchTechniques(True, True, True, False)),
    ("+ substrings (all)", SearchTechniques(True, True, True, True)),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the queries below full recall")
    args = parser.parse_args(argv)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    queries = relevance_queries()
    counts = ", ".join(f"{lang} {sum(q.language == lang for q in queries)}" for lang in ("fi", "sv", "en"))
    print(f"{len(queries)} queries ({counts})")
    header = "".join(f"{lang + ' R@5':>9}{lang + ' MRR':>9}" for lang in ("fi", "sv", "en", "all"))
    print(f"{'techniques':<22}{header}")
    for label, techniques in STEPS:
        with tempfile.TemporaryDirectory() as directory:
            workstation = open_workstation(Path(directory) / "demo", demo=True)
            try:
                import_services(workstation, demo_documents(), source="demo", techniques=techniques)
                scores = evaluate(workstation, queries, techniques)
            finally:
                workstation.close()
        print(f"{label:<22}" + "".join(f"{scores[k].recall_at_5:>9.3f}{scores[k].mrr:>9.3f}"
                                        for k in ("fi", "sv", "en", "all")))
        if args.misses:
            for miss in scores["all"].misses:
                print(f"    miss  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
