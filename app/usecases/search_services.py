"""Service search as the adviser types, and a service's details for the client in front of them.

`search_services` ranks in three tiers: services matching every typed word (or its synonym, compound parts or
spelling correction), then services matching some of the words, then services whose names or terms contain
the words' beginnings (trigram index). Within a tier FTS5's bm25 ranks, with names weighing more than terms and
terms more than descriptions, and a boost for services given in the client's municipality (or nationwide) and
in the client's language. The score is monotonic in that order: tier 1 scores lie in (2, 3), tier 2 in (1, 2),
tier 3 in (0, 1), so `neuvo search-services` prints exactly the window's order.

Service search reads the public catalogue only, so it is not audited (no personal data is looked at).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.domain.opening_hours import OpenState, OpenStatus, open_state
from app.domain.service import (
    ChannelKind,
    GeneralDescription,
    LocalizedText,
    Service,
    ServiceChannel,
    localized,
)
from app.errors import ValidationError
from app.search.service_indexing import NATIONWIDE
from app.search.service_query import ServiceQuery, Vocabulary, parse_service_query
from app.search.service_techniques import ALL_TECHNIQUES, SearchTechniques
from app.search.service_text import stem, words
from app.store.service_index import LANGUAGES
from app.store.service_search import Candidate, ServiceSearch
from app.text import Text
from app.workstation import Workstation

DEFAULT_LIMIT = 20
MAX_LIMIT = 200
AREA_BOOST = 0.3
LANGUAGE_BOOST = 0.15
# Candidates read per tier before boosting and filtering: a boost may lift a service from further down.
_POOL = 60
_OPEN_NOW_POOL = 400
_QUOTED = re.compile(r'"([^"]+)"')


@dataclass(frozen=True)
class ServiceFilters:
    """Each set narrows the results to services having at least one of its codes (empty: no narrowing)."""

    service_classes: frozenset[str] = frozenset()  # P4 also takes its subclasses P4.1 …
    life_events: frozenset[str] = frozenset()
    target_groups: frozenset[str] = frozenset()
    municipalities: frozenset[str] = frozenset()  # nationwide services count as given everywhere
    languages: frozenset[str] = frozenset()  # languages the service is given in
    channel_kinds: frozenset[ChannelKind] = frozenset()
    open_now: bool = False  # some visiting or phone channel is open at `at`

    def as_codes(self) -> list[tuple[str, list[str]]]:
        filters = [("service_class", self.service_classes), ("life_event", self.life_events),
                   ("target_group", self.target_groups), ("language", self.languages),
                   ("channel_kind", {kind.value for kind in self.channel_kinds})]
        codes = [(scheme, sorted(values)) for scheme, values in filters if values]
        if self.municipalities:
            codes.append(("municipality", sorted({*self.municipalities, NATIONWIDE})))
        return codes


NO_FILTERS = ServiceFilters()


@dataclass(frozen=True)
class ServiceHit:
    ptv_id: str
    name: LocalizedText
    summary: LocalizedText | None
    score: float
    why: tuple[str, ...]  # e.g. ("all words", "name", "in client's municipality", "velat → velkaneuvonta")


@dataclass(frozen=True)
class ServiceSearchResult:
    query: str
    language: str
    hits: tuple[ServiceHit, ...]
    notes: tuple[str, ...] = ()  # how the query was read (synonyms, compounds, corrections)


@dataclass(frozen=True)
class ChannelDetails:
    channel: ServiceChannel
    name: LocalizedText
    description: LocalizedText | None
    state: OpenState


@dataclass(frozen=True)
class ServiceDetails:
    service: Service
    language: str
    name: LocalizedText
    summary: LocalizedText | None
    description: LocalizedText | None  # the service's own, else its general description's
    user_instructions: LocalizedText | None
    requirements: LocalizedText | None
    charge_info: LocalizedText | None
    channels: tuple[ChannelDetails, ...]
    classes: tuple[str, ...] = ()  # service class labels in the language
    general_description: GeneralDescription | None = None
    missing_channels: int = 0  # linked channels not (yet) in the catalogue
    service_classes: dict[str, str] = field(default_factory=dict)


def search_services(workstation: Workstation, query: str, *, language: str = "fi",
                    filters: ServiceFilters = NO_FILTERS, client_municipality: str | None = None,
                    client_language: str | None = None, limit: int = DEFAULT_LIMIT, at: datetime | None = None,
                    techniques: SearchTechniques = ALL_TECHNIQUES) -> ServiceSearchResult:
    """The services matching what the adviser typed, best first. Never raises for any query text."""
    language = _language(language)
    limit = max(1, min(limit, MAX_LIMIT))
    with workstation.unit_of_work() as uow:
        search = uow.service_search
        vocabulary = _vocabularies.get(search, language)
        parsed = parse_service_query(query, language, vocabulary, techniques=techniques)
        codes = filters.as_codes()
        pool = _OPEN_NOW_POOL if filters.open_now else max(_POOL, limit * 2)
        tiers = _tiers(search, parsed, codes, pool, limit, filters.open_now)
        ranked = _ranked(tiers, client_municipality, client_language)
        if filters.open_now:
            ranked = _open_now(search, ranked, at or datetime.now(UTC))
        ranked = ranked[:limit]
        headlines = search.headlines([candidate.row_id for candidate, _, _ in ranked])
    hits = []
    for candidate, score, why in ranked:
        names, summaries, alternatives = headlines.get(candidate.row_id, ({}, {}, {}))
        name = localized(names, language) or localized({"fi": candidate.ptv_id}, language)
        assert name is not None
        where = _where_matched(parsed, language, names, alternatives) if why[0] != "substring" else ()
        hits.append(ServiceHit(candidate.ptv_id, name, localized(summaries, language), round(score, 4),
                               (*why[:1], *where, *why[1:])))
    return ServiceSearchResult(query, language, tuple(hits), parsed.notes)


def _tiers(search: ServiceSearch, parsed: ServiceQuery, codes, pool: int, limit: int,
           open_now: bool) -> list[tuple[str, list[Candidate]]]:
    if parsed.empty:
        return [("filters", search.filtered(codes, pool))] if codes else []
    tiers = [("all words", search.match(parsed.language, parsed.all_words(), codes, pool))]
    found = {c.row_id for c in tiers[0][1]}
    wanted = pool if open_now else limit
    if len(found) < wanted and len(parsed.groups) > 1:
        some = [c for c in search.match(parsed.language, parsed.any_word(), codes, pool) if c.row_id not in found]
        tiers.append(("some words", some))
        found.update(c.row_id for c in some)
    if len(found) < wanted and parsed.substring_words:
        more = [c for c in search.match_substrings(parsed.substrings(), codes, pool) if c.row_id not in found]
        tiers.append(("substring", more))
    return tiers


_TIER_BASE = {"all words": 2.0, "filters": 2.0, "some words": 1.0, "substring": 0.0}


def _ranked(tiers: list[tuple[str, list[Candidate]]], municipality: str | None,
            language: str | None) -> list[tuple[Candidate, float, tuple[str, ...]]]:
    ranked = []
    for tier, candidates in tiers:
        for candidate in candidates:
            relevance = max(-candidate.rank, 0.0) if tier != "filters" else 1.0
            boost, why = 1.0, [tier]
            if municipality and (candidate.nationwide or f" {municipality} " in candidate.municipalities):
                boost += AREA_BOOST
                why.append("nationwide" if candidate.nationwide else "in client's municipality")
            if language and f" {language} " in candidate.languages:
                boost += LANGUAGE_BOOST
                why.append(f"given in {language}")
            weighted = relevance * boost
            ranked.append((candidate, _TIER_BASE[tier] + weighted / (1.0 + weighted), tuple(why)))
    ranked.sort(key=lambda item: (-item[1], item[0].ptv_id))
    return ranked


def _open_now(search: ServiceSearch, ranked, at: datetime):
    channels = search.channels_of([candidate.row_id for candidate, _, _ in ranked])
    kept = []
    for candidate, score, why in ranked:
        if any(channel.kind in (ChannelKind.VISIT, ChannelKind.PHONE) and open_state(channel.hours, at).is_open
               for channel in channels.get(candidate.row_id, ())):
            kept.append((candidate, score, (*why, "open now")))
    return kept


def _where_matched(parsed: ServiceQuery, language: str, names: dict[str, str],
                   alternatives: dict[str, str]) -> tuple[str, ...]:
    """"name" when a typed word's stem begins a word of the shown name, else "terms or description"."""
    name_text = " ".join(filter(None, (names.get(language) or next(iter(names.values()), ""),
                                       alternatives.get(language))))
    name_stems = " ".join(stem(word, language) for word in words(name_text))
    # The stems any alternative searched for (synonyms, parts and corrections included), shortened a little.
    searched = {term[:5] for group in parsed.groups for alternative in group.alternatives
                for term in _QUOTED.findall(alternative)}
    if any(term in name_stems for term in searched):
        return ("name",)
    return ("terms or description",)


def service_details(workstation: Workstation, ptv_id: str, language: str = "fi", *,
                    at: datetime | None = None) -> ServiceDetails | None:
    """Everything the adviser hands over: texts with fallback, channels with contacts and opening state."""
    language = _language(language)
    at = at or datetime.now(UTC)
    with workstation.unit_of_work() as uow:
        search = uow.service_search
        found = search.service(ptv_id.strip())
        if found is None:
            return None
        row_id, service = found
        channels = search.channels_of([row_id]).get(row_id, [])
        general = search.general_description(service.general_description_id) \
            if service.general_description_id else None
        class_labels = search.code_labels("service_class")
    details = tuple(ChannelDetails(channel, localized(channel.names, language) or LocalizedText("", "fi", language),
                                   localized(channel.descriptions, language) or localized(channel.summaries, language),
                                   open_state(channel.hours, at)) for channel in channels)
    name = localized(service.names, language)
    assert name is not None  # the import refuses services without a name
    description = localized(service.descriptions, language) or (
        localized(general.descriptions, language) if general else None)
    classes = tuple(label.text for code in service.service_classes
                    if (label := localized(class_labels.get(code.code) or code.labels, language)))
    return ServiceDetails(
        service=service, language=language, name=name, summary=localized(service.summaries, language),
        description=description, user_instructions=localized(service.user_instructions, language),
        requirements=localized(service.requirements, language), charge_info=localized(service.charge_info, language),
        channels=details, classes=classes, general_description=general,
        missing_channels=max(0, len(service.channel_ids) - len(channels)))


def _language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError(Text("Services are searched in Finnish, Swedish or English, not “%1”.", language[:10]),
                              "Choose fi, sv or en.")
    return language


class _VocabularyCache:
    """Per store and language, the vocabulary of the catalogue version last read (an import bumps it)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, str], tuple[tuple[str, int, str], Vocabulary]] = {}

    def get(self, search: ServiceSearch, language: str) -> Vocabulary:
        version = search.catalogue_version()
        key = (version[0], language)
        with self._lock:
            entry = self._entries.get(key)
        if entry is not None and entry[0] == version:
            return entry[1]
        vocabulary = Vocabulary.build(language, search.vocabulary(language, "stem"),
                                      search.vocabulary(language, "word"))
        with self._lock:
            self._entries[key] = (version, vocabulary)
        return vocabulary


_vocabularies = _VocabularyCache()


def catalogue_size(workstation: Workstation) -> int:
    with workstation.unit_of_work() as uow:
        return uow.service_search.count_published()


def has_services(workstation: Workstation) -> bool:
    """Whether any catalogue was ever imported (withdrawn services count: the profile is not new)."""
    with workstation.unit_of_work() as uow:
        return uow.service_search.any_service()


def channel_kinds_of(details: ServiceDetails) -> Sequence[ChannelKind]:
    return tuple(dict.fromkeys(channel.channel.kind for channel in details.channels))


__all__ = ["DEFAULT_LIMIT", "NO_FILTERS", "OpenStatus", "ServiceDetails", "ServiceFilters", "ServiceHit",
           "ServiceSearchResult", "search_services", "service_details"]
