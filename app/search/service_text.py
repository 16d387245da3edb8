"""Service texts turned into search terms, the same way at index time and at query time.

A word is lower-cased and split at anything that is not a letter or digit (ä, ö, å stay: the Snowball stemmers
need them), then stemmed by the Snowball stemmer of the index's language (fi, sv, en). Stemming alone does not
bring Finnish together (see docs/decisions/0009-service-search.md): compounds are split into parts the
catalogue itself uses as words (`päiväkotipaikka` → päivä + koti + paikka), and the parts are indexed beside the
whole word.

Everything here is pure and cached: the same few thousand words come back in every service and every query.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer

SNOWBALL_LANGUAGES = {"fi": "finnish", "sv": "swedish", "en": "english"}
# Compound parts shorter than this are not trusted as words (työ, kuu and asu would split far too much).
MIN_PART = 4
MIN_COMPOUND = 2 * MIN_PART
MAX_WORD = 60  # longer "words" are URLs or garbage: kept whole, never split
_stemmers: dict[str, snowballstemmer.Stemmer] = {}


_WORD = re.compile(r"[^\W_]+")


def words(text: str | None) -> list[str]:
    """Lower-case words: runs of letters and digits (a regular expression: this runs over every description)."""
    return _WORD.findall(text.lower()) if text else []


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    if len(word) > MAX_WORD or not word.isalpha():
        return word
    stemmer = _stemmers.get(language)
    if stemmer is None:
        stemmer = _stemmers[language] = snowballstemmer.stemmer(SNOWBALL_LANGUAGES.get(language, "finnish"))
    return stemmer.stemWord(word)


class CompoundSplitter:
    """Splits compounds into words of a known vocabulary (the catalogue's own words, the code lists' and the
    ontology's labels). A head must be a known word as written (Finnish compounds keep the head's base form,
    `päivä`+`koti`); the tail may be inflected (`paikan`), so its stem is looked up too."""

    def __init__(self, vocabulary: Iterable[str], language: str) -> None:
        self.language = language
        self.words = frozenset(word for word in vocabulary if len(word) >= MIN_PART and word.isalpha())
        self.stems = frozenset(stem(word, language) for word in self.words)
        self._cache: dict[str, tuple[str, ...]] = {}
        self.terms_cache: dict[str, str] = {}  # word → its index terms (stem and parts' stems)

    def parts(self, word: str) -> tuple[str, ...]:
        """The parts of `word` (two or more), or () when it is not a compound of known words."""
        if len(word) < MIN_COMPOUND or len(word) > MAX_WORD or not word.isalpha():
            return ()
        cached = self._cache.get(word)
        if cached is None:
            cached = self._cache[word] = self._split(word, depth=0) or ()
            if len(cached) < 2:
                cached = self._cache[word] = ()
        return cached

    def _split(self, word: str, depth: int) -> tuple[str, ...] | None:
        # Longest head first: `kotihoito` must not become koti + hoi + to.
        for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
            head, tail = word[:cut], word[cut:]
            if head not in self.words:
                continue
            if tail in self.words or stem(tail, self.language) in self.stems:
                return (head, tail)
            if depth < 3 and len(tail) >= MIN_COMPOUND and (rest := self._split(tail, depth + 1)):
                return (head, *rest)
        return None


def index_terms(texts: Iterable[str | None], language: str, splitter: CompoundSplitter | None) -> str:
    """The stems of the texts' words, and of compound parts, as one space-separated string for FTS5."""
    terms: list[str] = []
    cache = splitter.terms_cache if splitter is not None else _plain_terms.setdefault(language, {})
    for text in texts:
        for word in words(text):
            found = cache.get(word)
            if found is None:
                found = stem(word, language)
                if splitter is not None and (parts := splitter.parts(word)):
                    found = " ".join((found, *(stem(part, language) for part in parts)))
                cache[word] = found
            terms.append(found)
    return " ".join(terms)


_plain_terms: dict[str, dict[str, str]] = {}
