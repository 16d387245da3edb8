"""The search techniques beyond Snowball stemming, each switchable so bench/service_relevance.py can measure
what it pays (docs/decisions/0009-service-search.md). Neuvo itself always runs with all of them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SearchTechniques:
    synonyms: bool = True  # ontology labels at index time, the everyday list at query time
    decompounding: bool = True  # compound parts from the catalogue's vocabulary, at index and query time
    spelling: bool = True  # unknown words corrected to the catalogue's stems within 1–2 edits
    substrings: bool = True  # trigram tier: truncated words as substrings of names and terms


ALL_TECHNIQUES = SearchTechniques()
STEMMING_ONLY = SearchTechniques(synonyms=False, decompounding=False, spelling=False, substrings=False)
