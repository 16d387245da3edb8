"""Recall@5 and MRR of the service search over the relevance set, shared by the test and the bench script."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from app.search.service_techniques import ALL_TECHNIQUES, SearchTechniques
from app.usecases.search_services import search_services
from app.workstation import Workstation

RELEVANCE_SET = Path(__file__).with_name("relevance_set.toml")
TOP = 5


@dataclass(frozen=True)
class RelevanceQuery:
    language: str
    text: str
    relevant: tuple[str, ...]


@dataclass(frozen=True)
class Scores:
    queries: int
    recall_at_5: float
    mrr: float
    misses: tuple[str, ...]


def relevance_queries() -> list[RelevanceQuery]:
    data = tomllib.loads(RELEVANCE_SET.read_text(encoding="utf-8"))
    return [RelevanceQuery(q["language"], q["text"], tuple(q["relevant"])) for q in data["query"]]


def evaluate(workstation: Workstation, queries: list[RelevanceQuery],
             techniques: SearchTechniques = ALL_TECHNIQUES) -> dict[str, Scores]:
    """Scores per language and "all"."""
    per: dict[str, list[tuple[float, float, str | None]]] = {}
    for query in queries:
        hits = search_services(workstation, query.text, language=query.language, limit=TOP, techniques=techniques).hits
        ranked = [hit.ptv_id for hit in hits]
        found = sum(1 for ptv_id in query.relevant if ptv_id in ranked)
        recall = found / min(len(query.relevant), TOP)
        first = next((rank for rank, ptv_id in enumerate(ranked, start=1) if ptv_id in query.relevant), None)
        miss = None if recall == 1 else f"{query.language}: {query.text}"
        for key in (query.language, "all"):
            per.setdefault(key, []).append((recall, 1 / first if first else 0.0, miss))
    return {key: Scores(len(rows), sum(r for r, _, _ in rows) / len(rows), sum(m for _, m, _ in rows) / len(rows),
                        tuple(miss for _, _, miss in rows if miss)) for key, rows in per.items()}
