"""Caller lookup: one search box for every kind of key, ranked best first.

The adviser types; `classify` reads what kind of key it is, the store answers from an index, and the results
are ranked: an exact phone, identity code or e-mail first, then clients whose every typed name part is a whole
name, then name beginnings, then names one typo away; within each, clients this adviser served recently first.
Each lookup writes one audit event saying what kind of key found how many clients (never the key itself).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from rapidfuzz.distance import OSA

from app.domain.audit import AuditAction
from app.domain.client import ClientSummary
from app.search.folding import fold_name_tokens
from app.search.query import ClientQuery, QueryKind, classify
from app.store.client_search import ClientSearch
from app.store.types import utc_now
from app.workstation import Workstation

DEFAULT_LIMIT = 20
MAX_LIMIT = 500
RECENT_DAYS = 30
RECENT_CLIENTS = 200
# Enough clients born on one day to narrow them by the typed start of an identity code in memory.
_SAME_BIRTH_DATE = 500


class MatchReason(StrEnum):
    """Why a client is in the results; the order of the members is the ranking."""

    PHONE = "phone"
    IDENTITY_CODE = "identity_code"
    EMAIL = "email"
    NAME_EXACT = "name_exact"
    BIRTH_DATE = "birth_date"
    NAME_PREFIX = "name_prefix"
    PHONE_PREFIX = "phone_prefix"
    NAME_FUZZY = "name_fuzzy"


_RANK = {reason: rank for rank, reason in enumerate(MatchReason)}


@dataclass(frozen=True)
class ClientMatch:
    client: ClientSummary
    reason: MatchReason
    recently_served: bool


@dataclass(frozen=True)
class LookupResult:
    query: ClientQuery
    matches: tuple[ClientMatch, ...]
    more: bool  # there are further matches beyond the limit: the adviser should type more

    @property
    def problem(self) -> str | None:
        return self.query.problem


def lookup_clients(workstation: Workstation, text: str, *, limit: int = DEFAULT_LIMIT) -> LookupResult:
    """The clients matching what the adviser typed, best first, at most `limit` of them."""
    query = classify(text)
    limit = max(1, min(limit, MAX_LIMIT))
    if query.kind is QueryKind.EMPTY or not (query.key or query.birth_dates):
        return LookupResult(query, (), more=False)
    with workstation.unit_of_work() as uow:
        search = uow.client_search
        # A name is first matched against the recent clients themselves. Any other key needs them only to rank
        # what it found: if this adviser served none of those clients lately, the order is the same without the
        # list, and a probe by client is far cheaper than reading a month of card views.
        if query.kind is QueryKind.NAME:
            recent = _recently_served(search, workstation)
            found, more = _find(search, query, limit, recent)
        else:
            found, more = _find(search, query, limit, [])
            recent = _recently_served(search, workstation, among=found.keys())
        matches = _ranked(found, recent)
        more = more or len(matches) > limit
        uow.audit.record_now(AuditAction.SEARCH_CLIENTS, "client", None,
                         reason=f"{query.kind.value}: {min(len(matches), limit)}{'+' if more else ''} found")
        uow.commit()
    return LookupResult(query, tuple(matches[:limit]), more)


def _recently_served(search: ClientSearch, workstation: Workstation,
                     among: Collection[uuid.UUID] | None = None) -> list[uuid.UUID]:
    """The clients this adviser served lately, most recent first; [] if none of `among` (when given) is one."""
    since = utc_now() - timedelta(days=RECENT_DAYS)
    if among is not None and not search.served_any(workstation.adviser.id, since, among):
        return []
    return search.recently_served(workstation.adviser.id, since, RECENT_CLIENTS)


def _find(search: ClientSearch, query: ClientQuery, limit: int,
          recent: list[uuid.UUID]) -> tuple[dict[uuid.UUID, tuple[ClientSummary, MatchReason]], bool]:
    """Candidates with the best reason each was found for, and whether some were left beyond the limit."""
    found: dict[uuid.UUID, tuple[ClientSummary, MatchReason]] = {}
    more = False

    def add(clients: list[ClientSummary], reason: MatchReason) -> None:
        nonlocal more
        more = more or len(clients) > limit
        for client in clients[:limit]:
            if client.id not in found or _RANK[reason] < _RANK[found[client.id][1]]:
                found[client.id] = (client, reason)

    wanted = limit + 1
    match query.kind:
        case QueryKind.PHONE:
            add(search.by_phone(query.key, wanted), MatchReason.PHONE)
        case QueryKind.PHONE_PREFIX:
            add(search.by_phone_prefix(query.key, wanted), MatchReason.PHONE_PREFIX)
        case QueryKind.EMAIL:
            add(search.by_email(query.key, wanted), MatchReason.EMAIL)
        case QueryKind.IDENTITY_CODE if query.problem is None:
            add(search.by_identity_code(query.key, wanted), MatchReason.IDENTITY_CODE)
        case QueryKind.IDENTITY_CODE | QueryKind.BIRTH_DATE:
            add(_born_on(search, query, wanted), MatchReason.BIRTH_DATE)
            if query.phone_prefix:
                add(search.by_phone_prefix(query.phone_prefix, wanted), MatchReason.PHONE_PREFIX)
        case QueryKind.NAME:
            for client in search.summaries(recent):
                reason = name_match(query.tokens, client)
                if reason is not None:
                    found[client.id] = (client, reason)
            add(search.by_name(_all_words(query.tokens), wanted), MatchReason.NAME_EXACT)
            add(search.by_name(_all_beginnings(query.tokens), wanted), MatchReason.NAME_PREFIX)
            if len(found) < limit and (typo_tolerant := _typo_tolerant(search, query.tokens)):
                add(search.by_name(typo_tolerant, wanted), MatchReason.NAME_FUZZY)
            # The index answered for tokens anywhere in the names; say exactly how well each client matches.
            found = {client_id: (client, reason) for client_id, (client, _) in found.items()
                     if (reason := name_match(query.tokens, client)) is not None}
    return found, more


def _born_on(search: ClientSearch, query: ClientQuery, wanted: int) -> list[ClientSummary]:
    if not query.code_start:
        return search.by_birth_dates(query.birth_dates, wanted)
    born = search.by_birth_dates(query.birth_dates, _SAME_BIRTH_DATE)
    codes = search.identity_codes_of(client.id for client in born)
    return [client for client in born if (codes.get(client.id) or "").startswith(query.code_start)][:wanted]


def name_match(tokens: tuple[str, ...], client: ClientSummary) -> MatchReason | None:
    """How well the typed name parts match this client's names: the weakest part decides."""
    names = fold_name_tokens(f"{client.last_name} {client.first_names} {client.preferred_name or ''}")
    worst = MatchReason.NAME_EXACT
    for token in tokens:
        if token in names:
            continue
        if any(name.startswith(token) for name in names):
            reason = MatchReason.NAME_PREFIX
        elif any(OSA.distance(token, name, score_cutoff=1) <= 1 for name in names):
            reason = MatchReason.NAME_FUZZY
        else:
            return None
        if _RANK[reason] > _RANK[worst]:
            worst = reason
    return worst


def _ranked(found: dict[uuid.UUID, tuple[ClientSummary, MatchReason]],
            recent: list[uuid.UUID]) -> list[ClientMatch]:
    recency = {client_id: position for position, client_id in enumerate(recent)}
    never = len(recency)

    def key(item: tuple[ClientSummary, MatchReason]) -> tuple[int, int, tuple[str, str, str]]:
        client, reason = item
        return _RANK[reason], recency.get(client.id, never), client.sort_key

    return [ClientMatch(client, reason, client.id in recency) for client, reason in sorted(found.values(), key=key)]


# FTS5 expressions are built from folded tokens only (letters and digits, nothing FTS5 could read as syntax),
# each quoted as a string.
def _all_words(tokens: tuple[str, ...]) -> str:
    return " AND ".join(f'"{token}"' for token in tokens)


def _all_beginnings(tokens: tuple[str, ...]) -> str:
    return " AND ".join(f'"{token}"*' for token in tokens)


def _typo_tolerant(search: ClientSearch, tokens: tuple[str, ...]) -> str | None:
    """Each token as typed (as a beginning) or as any stored name one edit away; None if no token has one."""
    parts: list[str] = []
    corrected = False
    for token in tokens:
        near = sorted(term for term in search.terms_near(token)
                      if term != token and OSA.distance(token, term, score_cutoff=1) <= 1)
        corrected = corrected or bool(near)
        parts.append("(" + " OR ".join([f'"{token}"*', *(f'"{term}"' for term in near)]) + ")")
    return " AND ".join(parts) if corrected else None
