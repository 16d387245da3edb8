"""The need taxonomy [tarveluokitus] advisers tag encounters with, read from `needs_taxonomy.toml`.

The packaged default is `resources/needs_taxonomy.toml`: PTV service classes and life events as the top levels,
the city's own needs beneath them, each with fi/sv/en labels and everyday synonyms. A city puts its own file in
the workstation profile directory under the same name; it then replaces the default entirely
(`need_taxonomy_for_profile`). A file that breaks the rules is refused with a `NeedTaxonomyError` naming the
file, the line (for syntax) or the need and key (for content): a half-understood taxonomy must never silently
lose a need that stored encounters refer to.

Typing a need is `suggest_needs(taxonomy, "vuokr", "fi")`; a service offered proposes needs through
`needs_for_service_classes(taxonomy, ["P1.1"])`.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from app.city_files import file_in_force, packaged_path, parse_city_toml, read_city_file
from app.consent_purposes import Localised
from app.domain.language_code import OFFICIAL_LANGUAGES
from app.errors import NeuvoError
from app.text import Text
from resources import resource_path

TAXONOMY_FILE = "needs_taxonomy.toml"

# Codes go to the CRM (nv_needcode) and into exports: plain, and long enough for "housing.eviction_risk".
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,59}", re.ASCII)
_VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}", re.ASCII)
_SERVICE_CLASS = re.compile(r"P\d{1,2}(\.\d{1,2})?", re.ASCII)
_PTV_URI = re.compile(r"http://uri\.suomi\.fi/codelist/ptv/(ptvserclass2|ptvelti)/code/([A-Z]+[0-9.]+)", re.ASCII)
_NEED_KEYS = frozenset({"code", "parent", "label", "synonyms", "ptv", "service_classes"})
_TOP_KEYS = frozenset({"version", "need"})
_LANGUAGE_NAMES: Mapping[str, str] = {"fi": "Finnish", "sv": "Swedish", "en": "English"}
SYNONYM_MAX_LENGTH = 60


class NeedTaxonomyError(NeuvoError):
    """The taxonomy file cannot be used. `path`, `line` (when known), `need` and `key` say where."""

    def __init__(self, path: Path | str, problem: str, *, line: int | None = None, need: str | None = None,
                 key: str | None = None) -> None:
        where = f"{path}" + (f", line {line}" if line else "")
        what = f"need '{need}', " if need else ""
        what += f"key '{key}': " if key else ""
        super().__init__(Text("The need taxonomy file %1 is not valid: %2", where, what + problem),
                         "Correct the file (see the comments in Neuvo's packaged needs_taxonomy.toml), or remove "
                         "the profile's copy to use the packaged default.")
        self.path = str(path)
        self.line = line
        self.need = need
        self.key = key


@dataclass(frozen=True)
class Need:
    """One need of the taxonomy. `ptv_uri` is set for the PTV service classes and life events at the top."""

    code: str
    parent: str | None
    label: Localised
    synonyms: Mapping[str, tuple[str, ...]]  # language → words
    ptv_uri: str | None = None
    service_classes: tuple[str, ...] = ()
    depth: int = 0  # 0 for a top level

    @property
    def is_ptv(self) -> bool:
        return self.ptv_uri is not None


@dataclass(frozen=True)
class NeedSuggestion:
    """One line of the tag autocomplete: the need, its label in the asked language, the path of its parents'
    labels (top first), and the synonym that matched when it was a synonym."""

    code: str
    label: str
    path: tuple[str, ...]
    matched_synonym: str | None
    rank: int  # 0 label begins with the text, 1 a label word does, 2 a synonym does, 3 the code, 4 inside a word


@dataclass(frozen=True)
class _Entry:
    need_index: int
    text: str  # folded, words separated by one space
    words: tuple[str, ...]
    synonym: str | None  # the synonym as written; None for the label


@dataclass(frozen=True)
class NeedTaxonomy:
    """The needs in the file's order. `version` is recorded with every encounter; `source` is the file."""

    version: str
    needs: tuple[Need, ...]
    source: str
    _by_code: Mapping[str, Need] = field(repr=False, compare=False, default_factory=dict)
    _entries: Mapping[str, tuple[_Entry, ...]] = field(repr=False, compare=False, default_factory=dict)
    _by_service_class: Mapping[str, tuple[str, ...]] = field(repr=False, compare=False, default_factory=dict)

    @classmethod
    def build(cls, version: str, needs: Sequence[Need], source: str) -> NeedTaxonomy:
        """The taxonomy with its lookup tables precomputed (autocomplete runs on every keystroke)."""
        by_code = {need.code: need for need in needs}
        entries: dict[str, tuple[_Entry, ...]] = {}
        for language in OFFICIAL_LANGUAGES:
            rows: list[_Entry] = []
            for index, need in enumerate(needs):
                text = fold(need.label.get(language))
                rows.append(_Entry(index, text, tuple(text.split()), None))
                for synonym in need.synonyms.get(language, ()):
                    folded = fold(synonym)
                    rows.append(_Entry(index, folded, tuple(folded.split()), synonym))
            entries[language] = tuple(rows)
        by_class: dict[str, list[str]] = {}
        for need in needs:
            for code in need.service_classes:
                by_class.setdefault(code, []).append(need.code)
        return cls(version, tuple(needs), source, by_code, entries,
                   {code: tuple(codes) for code, codes in by_class.items()})

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(need.code for need in self.needs)

    def get(self, code: str) -> Need | None:
        return self._by_code.get(code)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __getitem__(self, code: str) -> Need:
        return self._by_code[code]

    def label(self, code: str, language: str) -> str:
        """The need's label, or "unknown code X" for a code not in this taxonomy (old records, the CRM)."""
        need = self._by_code.get(code)
        if need is not None:
            return need.label.get(language)
        return _UNKNOWN_CODE.get(language, _UNKNOWN_CODE["en"]).format(code=code)

    def path(self, code: str) -> tuple[Need, ...]:
        """The need's ancestors, top level first, without the need itself."""
        chain: list[Need] = []
        need = self._by_code.get(code)
        while need is not None and need.parent is not None:
            need = self._by_code.get(need.parent)
            if need is not None:
                chain.append(need)
        return tuple(reversed(chain))

    def top_level(self, code: str) -> Need | None:
        """The top-level need a code belongs to (itself for a top level); None for an unknown code."""
        need = self._by_code.get(code)
        if need is None:
            return None
        path = self.path(code)
        return path[0] if path else need

    def children(self, code: str | None) -> tuple[Need, ...]:
        return tuple(need for need in self.needs if need.parent == code)


_UNKNOWN_CODE = {"fi": "tuntematon koodi {code}", "sv": "okänd kod {code}", "en": "unknown code {code}"}


# --- autocomplete ------------------------------------------------------------------------------------------

def fold(text: str) -> str:
    """Lower case without diacritics, words separated by single spaces: "Vuokra-Asunto  Häätö" → "vuokra asunto
    haato". Advisers type "haato" for "häätö" on a keyboard in a hurry, and "ä" for "a" rarely matters."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.split(r"[^\w]+", plain)).strip()


def suggest_needs(taxonomy: NeedTaxonomy, typed: str, language: str = "fi", limit: int = 10) -> list[NeedSuggestion]:
    """The needs matching what the adviser typed, best first, at most `limit`.

    Matches the label and synonyms in `language` (fi, sv or en; anything else: Finnish), case- and
    diacritic-insensitively: a match at the start of the label ranks first, then at the start of any label word
    (every typed word must begin a word: "asu tuki" finds "Asumisen tuet"), then a synonym, then the code
    ("P4.10"), then text inside a word ("tuki" in "toimeentulotuki"). Within a rank, shorter labels first."""
    if language not in OFFICIAL_LANGUAGES:
        language = "fi"
    query = fold(typed)
    if not query or limit <= 0:
        return []
    tokens = query.split()
    best: dict[int, tuple[int, str | None]] = {}
    for entry in taxonomy._entries[language]:
        rank = _rank(entry, query, tokens)
        if rank is None:
            continue
        found = best.get(entry.need_index)
        if found is None or rank < found[0]:
            best[entry.need_index] = (rank, entry.synonym)
    code_query = typed.strip().casefold()
    if code_query:
        for index, need in enumerate(taxonomy.needs):
            if need.code.casefold().startswith(code_query) and (index not in best or best[index][0] > 3):
                best[index] = (3, None)
    ordered = sorted(best.items(), key=lambda item: (
        item[1][0], len(taxonomy.needs[item[0]].label.get(language)), taxonomy.needs[item[0]].label.get(language)))
    result = []
    for index, (rank, synonym) in ordered[:limit]:
        need = taxonomy.needs[index]
        result.append(NeedSuggestion(
            need.code, need.label.get(language), tuple(p.label.get(language) for p in taxonomy.path(need.code)),
            synonym, rank))
    return result


def _rank(entry: _Entry, query: str, tokens: list[str]) -> int | None:
    label = entry.synonym is None
    if entry.text.startswith(query):
        return 0 if label else 2
    if all(any(word.startswith(token) for word in entry.words) for token in tokens):
        return 1 if label else 2
    if query in entry.text:
        return 4
    return None


# --- services propose needs --------------------------------------------------------------------------------

def needs_for_service_classes(taxonomy: NeedTaxonomy, service_classes: Iterable[str]) -> list[str]:
    """The need codes to propose as tags when a service of these PTV service classes is offered, in order: the
    city's needs that list the class (`service_classes` in the file), else the class's own need (P1.1), else its
    main class's need (P1) when the taxonomy has one. No duplicates."""
    proposed: dict[str, None] = {}
    for code in service_classes:
        code = code.strip()
        explicit = taxonomy._by_service_class.get(code, ())
        if explicit:
            proposed.update(dict.fromkeys(explicit))
        elif code in taxonomy:
            proposed[code] = None
        elif (main := code.split(".", 1)[0]) in taxonomy:
            proposed[main] = None
    return list(proposed)


# --- reading the file --------------------------------------------------------------------------------------

def packaged_taxonomy_path() -> Path:
    return packaged_path(TAXONOMY_FILE)


def need_taxonomy_for_profile(profile_directory: Path | None) -> NeedTaxonomy:
    """The taxonomy in force for a profile: its own `needs_taxonomy.toml` when it has one, else the packaged
    default. Re-read when the file changes (cheap to call per use case: one stat)."""
    return _load_cached(*file_in_force(profile_directory, TAXONOMY_FILE))


@cache
def _load_cached(path: str, _mtime_ns: int, _size: int) -> NeedTaxonomy:
    return load_need_taxonomy(Path(path))


def load_need_taxonomy(path: Path) -> NeedTaxonomy:
    """Read and check one taxonomy file. Raises NeedTaxonomyError naming what is wrong and where."""
    return parse_need_taxonomy(read_city_file(path, NeedTaxonomyError), path)


def parse_need_taxonomy(source: str, path: Path | str = TAXONOMY_FILE) -> NeedTaxonomy:
    data = parse_city_toml(source, path, NeedTaxonomyError)
    return _Checker(source, path).read(data)


@cache
def _ptv_codes() -> frozenset[str]:
    """Every PTV service class and life event code Neuvo ships (resources/ptv/)."""
    codes: set[str] = set()
    for name in ("service_classes.json.gz", "life_events.json.gz"):
        with gzip.open(str(resource_path("ptv", name))) as stream:
            codes.update(str(record.get("Notation")) for record in json.load(stream))
    return frozenset(codes)


class _Checker:
    """Turns the parsed TOML into needs, naming the line of the need (and key) at fault where it can."""

    def __init__(self, source: str, path: Path | str) -> None:
        self._lines = source.splitlines()
        self._path = path
        self._starts = [number for number, line in enumerate(self._lines, 1)
                        if re.match(r"\s*\[\[\s*need\s*\]\]", line)]

    def read(self, data: dict[str, Any]) -> NeedTaxonomy:
        for key in sorted(data.keys() - _TOP_KEYS):
            self._fail("unknown top-level key (expected version and [[need]] tables).", key=key,
                       line=self._line_of_key(key, 1, self._starts[0] - 1 if self._starts else len(self._lines)))
        version = data.get("version")
        if not isinstance(version, str) or not _VERSION.fullmatch(version):
            self._fail("the taxonomy needs a version such as \"2026.1\" (letters, digits, . _ -).", key="version",
                       line=self._line_of_key("version", 1, len(self._lines)))
        raw_needs = data.get("need")
        if not isinstance(raw_needs, list) or not raw_needs:
            self._fail("the file has no [[need]] tables.")
        needs: list[Need] = []
        seen: dict[str, int] = {}
        for index, raw in enumerate(raw_needs):
            need = self._need(index, raw)
            if need.code in seen:
                self._fail(f"the code is used twice (needs number {seen[need.code] + 1} and {index + 1}).",
                           need=need.code, key="code", line=self._key_line(index, "code"))
            seen[need.code] = index
            needs.append(need)
        for index, need in enumerate(needs):
            if need.parent is not None and need.parent not in seen:
                self._fail(f"the parent '{need.parent}' is not a need of this file.", need=need.code, key="parent",
                           line=self._key_line(index, "parent"))
        by_code = {need.code: need for need in needs}
        depths: dict[str, int] = {}
        for index, need in enumerate(needs):
            chain = [need.code]
            parent = need.parent
            while parent is not None:
                if parent in chain:
                    loop = " → ".join([*chain[chain.index(parent):], parent])
                    self._fail(f"the parents go round in a loop ({loop}).", need=need.code, key="parent",
                               line=self._key_line(index, "parent"))
                chain.append(parent)
                parent = by_code[parent].parent
            depths[need.code] = len(chain) - 1
        needs = [Need(n.code, n.parent, n.label, n.synonyms, n.ptv_uri, n.service_classes, depths[n.code])
                 for n in needs]
        return NeedTaxonomy.build(version, needs, str(self._path))

    def _need(self, index: int, raw: Any) -> Need:
        start = self._starts[index] if index < len(self._starts) else None
        if not isinstance(raw, dict):
            self._fail(f"need number {index + 1} is not a table.", line=start)
        code = raw.get("code")
        name = code if isinstance(code, str) else f"number {index + 1}"
        if not isinstance(code, str) or not _CODE.fullmatch(code):
            self._fail("the code is missing or not a plain code (letters, digits, . _ -, at most 60).",
                       need=name, key="code", line=self._key_line(index, "code") or start)
        for key in sorted(raw.keys() - _NEED_KEYS):
            self._fail(f"unknown key (expected {', '.join(sorted(_NEED_KEYS))}).", need=code, key=key,
                       line=self._key_line(index, key) or start)
        parent = raw.get("parent")
        if parent is not None and (not isinstance(parent, str) or not _CODE.fullmatch(parent)):
            self._fail("must be the code of another need.", need=code, key="parent",
                       line=self._key_line(index, "parent"))
        if parent == code:
            self._fail("a need cannot be its own parent.", need=code, key="parent",
                       line=self._key_line(index, "parent"))
        if "label" not in raw:
            self._fail("missing (a table { fi = …, sv = …, en = … }).", need=code, key="label", line=start)
        label = self._label(raw["label"], code, self._key_line(index, "label") or start)
        synonyms = self._synonyms(raw.get("synonyms", {}), code, self._key_line(index, "synonyms") or start)
        ptv = raw.get("ptv")
        if ptv is not None:
            match = _PTV_URI.fullmatch(ptv) if isinstance(ptv, str) else None
            line = self._key_line(index, "ptv")
            if match is None:
                self._fail("must be a PTV code-list URI such as "
                           "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P1 (service class) or "
                           "…/ptvelti/code/KE1 (life event).", need=code, key="ptv", line=line)
            if match.group(2) != code:
                self._fail(f"the URI is for {match.group(2)}; a PTV need's code must be the code-list code.",
                           need=code, key="ptv", line=line)
            if code not in _ptv_codes():
                self._fail(f"{code} is not in the PTV code lists Neuvo ships.", need=code, key="ptv", line=line)
        classes = raw.get("service_classes", [])
        if not isinstance(classes, list) or not all(isinstance(c, str) and _SERVICE_CLASS.fullmatch(c)
                                                    for c in classes):
            self._fail("must be a list of PTV service class codes such as [\"P1.1\", \"P4.10\"].", need=code,
                       key="service_classes", line=self._key_line(index, "service_classes"))
        return Need(code, parent, label, synonyms, ptv, tuple(classes))

    def _label(self, raw: Any, need: str, line: int | None) -> Localised:
        if not isinstance(raw, dict):
            self._fail("must be a table { fi = …, sv = …, en = … }.", need=need, key="label", line=line)
        for language in sorted(raw.keys() - set(OFFICIAL_LANGUAGES)):
            self._fail(f"unknown language '{language}' (Neuvo's languages are fi, sv and en).", need=need,
                       key=f"label.{language}", line=line)
        for language in OFFICIAL_LANGUAGES:
            value = raw.get(language)
            if not isinstance(value, str) or not value.strip():
                self._fail(f"the {_LANGUAGE_NAMES[language]} label is missing.", need=need, key=f"label.{language}",
                           line=line)
        return Localised(*(" ".join(raw[language].split()) for language in OFFICIAL_LANGUAGES))

    def _synonyms(self, raw: Any, need: str, line: int | None) -> Mapping[str, tuple[str, ...]]:
        if not isinstance(raw, dict):
            self._fail("must be a table { fi = [\"…\"], sv = [\"…\"], en = [\"…\"] }.", need=need, key="synonyms",
                       line=line)
        result: dict[str, tuple[str, ...]] = {}
        for language, words in raw.items():
            if language not in OFFICIAL_LANGUAGES:
                self._fail(f"unknown language '{language}' (Neuvo's languages are fi, sv and en).", need=need,
                           key=f"synonyms.{language}", line=line)
            if not isinstance(words, list) or not all(
                    isinstance(word, str) and word.strip() and len(word) <= SYNONYM_MAX_LENGTH for word in words):
                self._fail(f"must be a list of words or short phrases (at most {SYNONYM_MAX_LENGTH} characters).",
                           need=need, key=f"synonyms.{language}", line=line)
            result[language] = tuple(" ".join(word.split()) for word in words)
        return result

    # --- where in the file -------------------------------------------------------------------------------------

    def _fail(self, problem: str, *, need: str | None = None, key: str | None = None,
              line: int | None = None) -> Any:
        raise NeedTaxonomyError(self._path, problem, line=line, need=need, key=key)

    def _key_line(self, index: int, key: str) -> int | None:
        if index >= len(self._starts):
            return None
        end = self._starts[index + 1] - 1 if index + 1 < len(self._starts) else len(self._lines)
        return self._line_of_key(key, self._starts[index], end)

    def _line_of_key(self, key: str, start: int, end: int) -> int | None:
        pattern = re.compile(rf"\s*\"?{re.escape(key)}\"?\s*[.=]")
        for number in range(max(start, 1), min(end, len(self._lines)) + 1):
            if pattern.match(self._lines[number - 1]):
                return number
        return None
