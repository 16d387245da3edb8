"""Names folded for the client name index and for the queries against it, by this one module.

Query and index must agree on what a token is, or a name typed exactly as stored would not be found. So the
index does not fold by itself: the triggers that keep it call `neuvo_fold_names`, an SQL function that every
store connection registers from `fold_for_index`, and queries are folded by `fold_name_tokens`. A token is a
run of letters and digits, lower-cased, with its diacritics removed (Mäkinen → makinen, Åberg → aberg,
Ødegård → ødegard: ø is a letter of its own). Hyphens, apostrophes and spaces separate tokens (Meri-Maria →
meri, maria).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# A query longer than this is not a name; reading further would only cost time.
MAX_QUERY_CHARACTERS = 200
MAX_QUERY_TOKENS = 6


def fold_name_tokens(text: str) -> tuple[str, ...]:
    """The folded tokens of a query (its first MAX_QUERY_CHARACTERS), in order, without repeats."""
    return tuple(dict.fromkeys(_tokens(text[:MAX_QUERY_CHARACTERS])))


def fold_for_index(names: str | None) -> str:
    """Names as the index stores them: folded tokens separated by single spaces."""
    return " ".join(_tokens(names)) if names else ""


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    current: list[str] = []
    for character in _fold_characters(text):
        if _is_token_character(character):
            current.append(character)
        elif current:
            tokens.append("".join(current))
            current = []
    if current:
        tokens.append("".join(current))
    return tokens


def _fold_characters(text: str) -> str:
    return "".join(_fold_character(character) for character in text.lower())


@lru_cache(maxsize=4096)
def _fold_character(character: str) -> str:
    """A letter without its diacritics, as unicode61 does it: only a canonical decomposition into a base and
    combining marks counts (ligatures, full-width forms and Hangul syllables stay as they are)."""
    if unicodedata.combining(character):
        return ""
    decomposed = unicodedata.normalize("NFD", character)
    if len(decomposed) > 1 and all(unicodedata.combining(mark) for mark in decomposed[1:]):
        return decomposed[0]
    return character


@lru_cache(maxsize=512)
def _is_token_character(character: str) -> bool:
    return unicodedata.category(character)[0] in "LN"


def deletion_variants(term: str) -> set[str]:
    """The term and every string one character shorter: two terms within one edit (insert, delete, substitute,
    or swap of neighbours) of each other share at least one variant (the "symmetric delete" method)."""
    return {term} | {term[:i] + term[i + 1:] for i in range(len(term))}
