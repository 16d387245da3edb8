"""What the search indexes hold for one service, per language: analysed name, terms and body, and filter codes.

Synonyms are added on the index side where the catalogue says what a service is about: each ontology term
attached to the service brings its preferred label and the ontology's `altLabels` and `hiddenLabels` in the
index's language (resources/ptv/ontology_synonyms.json), so `sossu` or `toimeentulotuki` find a service that
PTV tagged with the concept, whatever words its description uses. Code-list labels (service classes, life
events, target groups) and the general description's name go into the same `terms` column.

A service lacking the index's language is still indexed there with the languages it has (names in `name`,
texts in `body`): an adviser searching in Swedish still finds a Finnish-only service by its Swedish ontology
terms and class names, and the result says the name is shown in Finnish.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from app.domain.service import FALLBACK_ORDER, Code, Service, Texts
from app.ptv.code_lists import CodeScheme, scheme_of_code
from app.search.folding import fold_for_index
from app.search.service_text import CompoundSplitter, index_terms, words
from app.store.service_catalogue import IndexEntry
from app.store.service_index import LANGUAGES
from resources import resource_path

NATIONWIDE = "*"


@cache
def ontology_synonyms() -> dict[str, dict[str, list[str]]]:
    """Concept URI → language → its labels, alternative and hidden labels (shipped subset of KOKO/YSO)."""
    return json.loads(gzip.decompress(resource_path("ptv", "ontology_synonyms.json.gz").read_bytes()))


@dataclass
class CodeBook:
    """The code lists as an import knows them: labels, parents, and old URIs mapped to codes."""

    labels: dict[tuple[str, str], Texts] = field(default_factory=dict)
    parents: dict[tuple[str, str], str] = field(default_factory=dict)
    by_uri: dict[str, tuple[str, str]] = field(default_factory=dict)

    def add(self, scheme: str, code: str, uri: str | None, old_uri: str | None, parent: str | None,
            labels: Texts) -> None:
        self.labels[(scheme, code)] = labels
        if parent:
            self.parents[(scheme, code)] = parent
        for value in (uri, old_uri):
            if value:
                self.by_uri[value] = (scheme, code)

    def resolve(self, scheme: CodeScheme, code: Code) -> tuple[str, Texts, bool]:
        """(code, labels, known): an old urn.fi URI becomes its code; unknown values keep their own labels."""
        labels = {k: v for k, v in code.labels.items() if k != "uri"}
        key = (scheme.value, code.code)
        if key not in self.labels and (mapped := self.by_uri.get(code.labels.get("uri", ""))):
            key = mapped
        if key in self.labels:
            return key[1], self.labels[key] or labels, True
        return code.code, labels, not self.labels_of(scheme)

    def labels_of(self, scheme: CodeScheme) -> bool:
        return any(key[0] == scheme.value for key in self.labels)

    def ancestors(self, scheme: CodeScheme, code: str) -> list[str]:
        result, seen = [], {code}
        current = code
        while (parent := self.parents.get((scheme.value, current)) or _notation_parent(current)) and parent not in seen:
            result.append(parent)
            seen.add(parent)
            current = parent
        return result


def _notation_parent(code: str) -> str | None:
    """P4.1 → P4 (the notation says the parent even when the code list is missing)."""
    if "." in code and scheme_of_code(code) is not None:
        return code.rsplit(".", 1)[0]
    return None


class ServiceIndexer:
    def __init__(self, code_book: CodeBook, splitters: Mapping[str, CompoundSplitter | None],
                 general_description_names: Mapping[str, Texts], *, synonyms: bool = True) -> None:
        self._codes = code_book
        self._splitters = splitters
        self._general_descriptions = general_description_names
        self._synonyms = ontology_synonyms() if synonyms else {}
        self.unknown_codes: dict[tuple[str, str], str] = {}  # (scheme, code) → a service that has it

    def entry(self, service: Service) -> IndexEntry:
        codes: list[tuple[str, str]] = []
        labels: list[Texts] = []
        for scheme, values in ((CodeScheme.SERVICE_CLASS, service.service_classes),
                               (CodeScheme.LIFE_EVENT, service.life_events),
                               (CodeScheme.TARGET_GROUP, service.target_groups)):
            for value in values:
                code, texts, known = self._codes.resolve(scheme, value)
                if not known:
                    self.unknown_codes.setdefault((scheme.value, code), service.ptv_id)
                labels.append(texts)
                codes.append((scheme.value, code))
                codes.extend((scheme.value, parent) for parent in self._codes.ancestors(scheme, code))
        codes.extend(("municipality", code) for code in service.municipalities)
        if service.nationwide:
            codes.append(("municipality", NATIONWIDE))
        codes.extend(("language", language) for language in service.languages)
        term_texts: list[Texts] = [*labels]
        for term in service.ontology_terms:
            term_texts.append({k: v for k, v in term.labels.items() if k != "uri"})
            for language, synonyms in self._synonyms.get(term.code, {}).items():
                term_texts.append({language: " ".join(synonyms)})
        if service.general_description_id and (gd := self._general_descriptions.get(service.general_description_id)):
            term_texts.append(gd)
        texts = {}
        for language in LANGUAGES:
            splitter = self._splitters.get(language)
            name = index_terms([*_in(service.names, language), *_in(service.alternative_names, language)],
                               language, splitter)
            terms = index_terms([*(t.get(language) for t in term_texts),
                                 *service.keywords.get(language, ())], language, splitter)
            body = index_terms([*_in(service.summaries, language), *_in(service.descriptions, language)],
                               language, splitter)
            texts[language] = (name, terms, body)
        substrings = " ".join(dict.fromkeys(
            fold_for_index(value) for value in (*service.names.values(), *service.alternative_names.values(),
                                                *(t for texts_ in term_texts for t in texts_.values())) if value))
        return IndexEntry(texts, substrings, tuple(dict.fromkeys(codes)))


def _in(texts: Texts, language: str) -> list[str]:
    """The text in `language`; if missing, the texts of the service's other languages (fallback order)."""
    if texts.get(language):
        return [texts[language]]
    return [texts[other] for other in FALLBACK_ORDER if texts.get(other)]


def vocabulary_words(texts: Iterable[str | None]) -> set[str]:
    return {word for text in texts for word in words(text) if word.isalpha()}
