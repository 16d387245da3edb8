"""What the adviser typed into the service search, turned into FTS5 expressions — safely.

Each typed word becomes a group of alternatives: its Snowball stem (as a prefix when long enough: Finnish
compounds and inflections mostly extend a stem), the word itself as a prefix while it is still being typed,
everyday synonyms, its compound parts, and spelling corrections from the catalogue's own stems. Groups are
AND-ed (all words) for the first tier and OR-ed for the second; the third tier matches the words' beginnings as
substrings of names and terms (trigram index).

Safety: only runs of letters and digits ever reach an expression, each inside double quotes, so FTS5 syntax
typed by the adviser (quotes, NEAR, AND, OR, *, parentheses, column filters) is just text. Input is cut to
MAX_QUERY_CHARACTERS and MAX_QUERY_WORDS before anything else.
"""

from __future__ import annotations

import bisect
import tomllib
from dataclasses import dataclass
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from app.search.folding import fold_for_index
from app.search.service_techniques import ALL_TECHNIQUES, SearchTechniques
from app.search.service_text import CompoundSplitter, stem, words
from resources import resource_path

MAX_QUERY_CHARACTERS = 300
MAX_QUERY_WORDS = 8
MIN_PREFIX_STEM = 4  # a stem shorter than this is matched whole: "tuk"* would match half the catalogue
MIN_SPELLING_WORD = 4
MIN_SUBSTRING = 4  # trigram matches of three letters are noise
_STOPWORDS = {
    "fi": frozenset(("ja", "tai", "sekä", "on", "ei", "kanssa", "myös", "miten", "mistä", "missä", "mitä", "kuka",
                     "voi", "apua", "tarvitsen", "haluan")),
    "sv": frozenset(("och", "eller", "att", "en", "ett", "för", "på", "med", "av", "till", "om", "hur", "var", "vad",
                     "jag", "vill", "behöver", "hjälp")),
    "en": frozenset(("and", "or", "the", "a", "an", "of", "for", "to", "in", "on", "with", "how", "where", "what",
                     "i", "need", "want", "help", "my")),
}


@dataclass(frozen=True)
class Vocabulary:
    """The catalogue's indexed stems and words in one language, kept in memory per catalogue version."""

    language: str
    stems: tuple[str, ...]  # sorted
    splitter: CompoundSplitter

    @classmethod
    def build(cls, language: str, stems: list[str], vocabulary_words: list[str]) -> Vocabulary:
        return cls(language, tuple(sorted(stems)), CompoundSplitter(vocabulary_words, language))

    def has_stem(self, term: str) -> bool:
        index = bisect.bisect_left(self.stems, term)
        return index < len(self.stems) and self.stems[index] == term

    def has_prefix(self, prefix: str) -> bool:
        index = bisect.bisect_left(self.stems, prefix)
        return index < len(self.stems) and self.stems[index].startswith(prefix)

    def corrections(self, term: str) -> list[str]:
        """Stems within one edit (two for longer words) of `term`, closest first."""
        cutoff = 1 if len(term) <= 6 else 2
        found = process.extract(term, self.stems, scorer=Levenshtein.distance, score_cutoff=cutoff, limit=3)
        return [candidate for candidate, _, _ in sorted(found, key=lambda item: (item[1], item[0]))]


@dataclass(frozen=True)
class WordGroup:
    word: str
    alternatives: tuple[str, ...]  # FTS5 sub-expressions, OR-ed
    notes: tuple[str, ...] = ()  # how the word was read beyond its stem: synonym, compound, spelling


@dataclass(frozen=True)
class ServiceQuery:
    language: str
    groups: tuple[WordGroup, ...]
    substring_words: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.groups

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(note for group in self.groups for note in group.notes)

    def all_words(self) -> str:
        return " AND ".join(_group(g) for g in self.groups)

    def any_word(self) -> str:
        return " OR ".join(_group(g) for g in self.groups)

    def substrings(self) -> str:
        return " AND ".join(f'"{word}"' for word in self.substring_words)


def _beginning(word: str) -> str:
    """The part of a word that inflection and consonant gradation leave alone: asunnon → asun (asunto)."""
    if len(word) >= 7:
        return word[:-3]
    return word[:-1] if len(word) >= 5 else word


def _group(group: WordGroup) -> str:
    return "(" + " OR ".join(group.alternatives) + ")"


def _quoted(term: str, prefix: bool = False) -> str:
    return f'"{term}"*' if prefix else f'"{term}"'


def _phrase(terms: list[str], last_prefix: bool = False) -> str:
    parts = [_quoted(t, prefix=last_prefix and i == len(terms) - 1) for i, t in enumerate(terms)]
    return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"


@cache
def everyday_synonyms() -> dict[str, dict[str, tuple[str, ...]]]:
    """language → stem of a typed word → phrases to search as well (resources/search/everyday_synonyms.toml)."""
    data = tomllib.loads(resource_path("search", "everyday_synonyms.toml").read_text(encoding="utf-8"))
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    for language, entries in data.items():
        for key, phrases in entries.items():
            for word in words(key):
                table.setdefault(language, {})[stem(word, language)] = tuple(phrases)
    return table


def parse_service_query(text: str, language: str, vocabulary: Vocabulary | None = None, *,
                        techniques: SearchTechniques = ALL_TECHNIQUES) -> ServiceQuery:
    clipped = text[:MAX_QUERY_CHARACTERS]
    typed = list(dict.fromkeys(words(clipped)))[:MAX_QUERY_WORDS]
    still_typing = bool(clipped) and not clipped[-1].isspace()
    if len(typed) > 1:
        typed = [w for w in typed if w not in _STOPWORDS.get(language, ())] or typed[:1]
    synonyms = everyday_synonyms().get(language, {}) if techniques.synonyms else {}
    groups = []
    for position, word in enumerate(typed):
        typing_this = still_typing and position == len(typed) - 1
        groups.append(_word_group(word, language, vocabulary, synonyms, techniques, typing_this))
    substring_words = tuple(dict.fromkeys(
        _beginning(folded) for w in typed if len(folded := fold_for_index(w)) >= MIN_SUBSTRING))
    return ServiceQuery(language, tuple(groups), substring_words if techniques.substrings else ())


def _word_group(word: str, language: str, vocabulary: Vocabulary | None, synonyms: dict[str, tuple[str, ...]],
                techniques: SearchTechniques, typing_this: bool) -> WordGroup:
    term = stem(word, language)
    alternatives = [_quoted(term, prefix=len(term) >= MIN_PREFIX_STEM)]
    if typing_this and word != term:
        alternatives.append(_quoted(word, prefix=True))
    notes: list[str] = []
    for phrase in synonyms.get(term, ()):
        stems = [stem(w, language) for w in words(phrase)]
        if stems:
            alternatives.append(_phrase(stems))
            notes.append(f"{word} → {phrase}")
    known = vocabulary is None or vocabulary.has_stem(term) or (
        len(term) >= MIN_PREFIX_STEM and vocabulary.has_prefix(term)) or (typing_this and vocabulary.has_prefix(word))
    if vocabulary is not None and not known:
        if techniques.decompounding and (parts := vocabulary.splitter.parts(word)):
            alternatives.append(_phrase([stem(part, language) for part in parts], last_prefix=True))
            notes.append(f"{word} = {' + '.join(parts)}")
        elif techniques.spelling and len(word) >= MIN_SPELLING_WORD and word.isalpha():
            for correction in vocabulary.corrections(term):
                alternatives.append(_quoted(correction, prefix=len(correction) >= MIN_PREFIX_STEM))
                notes.append(f"{word} ~ {correction}")
    return WordGroup(word, tuple(dict.fromkeys(alternatives)), tuple(notes))
