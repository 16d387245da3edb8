"""The consent purposes a city uses, read from `consent_purposes.toml`: labels, explanations, default validity,
the guardian rule and the versioned consent texts in fi, sv and en, plus the city's contact for withdrawals.

The packaged default is `resources/consent_purposes.toml`. A city puts its own file in the workstation profile
directory under the same name; it then replaces the default entirely (`consent_purposes_for_profile`). A file
that breaks the rules is refused with a `ConsentPurposesError` naming the file, the line (for syntax) or the
purpose and key (for content): a half-understood purposes file must never silently drop a purpose.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from app.city_files import file_in_force, packaged_path, parse_city_toml, read_city_file
from app.domain.language_code import OFFICIAL_LANGUAGES
from app.errors import NeuvoError
from app.text import Text

PURPOSES_FILE = "consent_purposes.toml"

# consent.md: Neuvo's own rules refer to these codes, so every purposes file must keep them.
RECORD_CONTACT = "record_contact"
SHARE_CITY_SERVICES = "share_city_services"
SHARE_WELLBEING_COUNTY = "share_wellbeing_county"
FOLLOWUP_CONTACT = "followup_contact"
NEWSLETTER = "newsletter"
YOUTH_SERVICES = "youth_services"
REQUIRED_PURPOSES: tuple[str, ...] = (RECORD_CONTACT, SHARE_CITY_SERVICES, SHARE_WELLBEING_COUNTY,
                                      FOLLOWUP_CONTACT, NEWSLETTER, YOUTH_SERVICES)

# Codes go to the CRM as choice values and into CSV exports: keep them plain.
_CODE = re.compile(r"[a-z][a-z0-9_]{1,39}", re.ASCII)
_VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}", re.ASCII)
_PURPOSE_KEYS = frozenset({"code", "label", "explanation", "default_validity_months", "guardian_required_under_15",
                           "text"})
_TEXT_KEYS = frozenset({"version", "effective_from", *OFFICIAL_LANGUAGES})
_CITY_KEYS = frozenset({"name", "phone", "email", "postal_address"})
_TOP_KEYS = frozenset({"city", "purpose"})


class ConsentPurposesError(NeuvoError):
    """The consent purposes file cannot be used. `path`, `line` (when known), `purpose` and `key` say where."""

    def __init__(self, path: Path | str, problem: str, *, line: int | None = None, purpose: str | None = None,
                 key: str | None = None) -> None:
        where = f"{path}" + (f", line {line}" if line else "")
        what = f"purpose '{purpose}', " if purpose else ""
        what += f"key '{key}': " if key else ""
        super().__init__(Text("The consent purposes file %1 is not valid: %2", where, what + problem),
                         "Correct the file (see the comments in Neuvo's packaged consent_purposes.toml), or remove "
                         "the profile's copy to use the packaged default.")
        self.path = str(path)
        self.line = line
        self.purpose = purpose
        self.key = key


@dataclass(frozen=True)
class Localised:
    """A text in fi, sv and en."""

    fi: str
    sv: str
    en: str

    def get(self, language: str) -> str:
        """The text in `language`; Finnish for any language other than the three (the city's main language)."""
        return getattr(self, language) if language in OFFICIAL_LANGUAGES else self.fi


@dataclass(frozen=True)
class ConsentText:
    """One version of a purpose's consent text, the words read aloud and printed on the receipt."""

    version: str
    effective_from: date
    text: Localised


@dataclass(frozen=True)
class ConsentPurpose:
    code: str
    label: Localised
    explanation: Localised
    default_validity_months: int
    guardian_required_under_15: bool
    texts: tuple[ConsentText, ...]  # oldest first

    def text_on(self, day: date) -> ConsentText:
        """The version to read on `day`: the newest whose effective date has come (the oldest before any has)."""
        current = self.texts[0]
        for text in self.texts:
            if text.effective_from <= day:
                current = text
        return current

    def text_version(self, version: str) -> ConsentText | None:
        return next((text for text in self.texts if text.version == version), None)

    def default_valid_until(self, valid_from: date) -> date:
        """The last valid day of a grant starting `valid_from`: the default validity in calendar months,
        inclusive (24 months from 27.11.2026 is up to and including 26.11.2028)."""
        month_index = valid_from.month - 1 + self.default_validity_months
        year, month = valid_from.year + month_index // 12, month_index % 12 + 1
        same_day = date(year, month, min(valid_from.day, calendar.monthrange(year, month)[1]))
        return same_day - timedelta(days=1)


@dataclass(frozen=True)
class CityContact:
    """Where a person withdraws a consent or asks about their data; printed on the consent receipt."""

    name: Localised
    phone: Localised
    email: Localised
    postal_address: Localised


@dataclass(frozen=True)
class ConsentPurposes:
    """The purposes in the file's order, and the city's contact. `source` is the file they were read from."""

    purposes: tuple[ConsentPurpose, ...]
    city: CityContact
    source: str

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(purpose.code for purpose in self.purposes)

    def get(self, code: str) -> ConsentPurpose | None:
        return next((purpose for purpose in self.purposes if purpose.code == code), None)

    def __getitem__(self, code: str) -> ConsentPurpose:
        purpose = self.get(code)
        if purpose is None:
            raise KeyError(code)
        return purpose

    def __contains__(self, code: object) -> bool:
        return any(purpose.code == code for purpose in self.purposes)


def packaged_purposes_path() -> Path:
    return packaged_path(PURPOSES_FILE)


def consent_purposes_for_profile(profile_directory: Path | None) -> ConsentPurposes:
    """The purposes in force for a profile: its own `consent_purposes.toml` when it has one, else the packaged
    default. Re-read when the file changes (cheap to call per use case: one stat)."""
    return _load_cached(*file_in_force(profile_directory, PURPOSES_FILE))


@cache
def _load_cached(path: str, _mtime_ns: int, _size: int) -> ConsentPurposes:
    return load_consent_purposes(Path(path))


def load_consent_purposes(path: Path) -> ConsentPurposes:
    """Read and check one purposes file. Raises ConsentPurposesError naming what is wrong and where."""
    return parse_consent_purposes(read_city_file(path, ConsentPurposesError), path)


def parse_consent_purposes(source: str, path: Path | str = PURPOSES_FILE) -> ConsentPurposes:
    data = parse_city_toml(source, path, ConsentPurposesError)
    return _Checker(source, path).read(data)


class _Checker:
    """Turns the parsed TOML into purposes, naming the line of the purpose (and key) at fault where it can."""

    def __init__(self, source: str, path: Path | str) -> None:
        self._lines = source.splitlines()
        self._path = path
        self._purpose_starts = [number for number, line in enumerate(self._lines, 1)
                                if re.match(r"\s*\[\[\s*purpose\s*\]\]", line)]

    def read(self, data: dict[str, Any]) -> ConsentPurposes:
        for key in data.keys() - _TOP_KEYS:
            self._fail("unknown top-level key (expected [city] and [[purpose]] tables).", key=key,
                       line=self._line_of_key(key, 1, len(self._lines)))
        city = self._city(data.get("city"))
        raw_purposes = data.get("purpose")
        if not isinstance(raw_purposes, list) or not raw_purposes:
            self._fail("the file has no [[purpose]] tables.")
        purposes: list[ConsentPurpose] = []
        seen: dict[str, int] = {}
        for index, raw in enumerate(raw_purposes):
            purpose = self._purpose(index, raw)
            if purpose.code in seen:
                self._fail(f"the code is used twice (purposes number {seen[purpose.code] + 1} and {index + 1}).",
                           purpose=purpose.code, key="code", line=self._key_line(index, "code"))
            seen[purpose.code] = index
            purposes.append(purpose)
        missing = [code for code in REQUIRED_PURPOSES if code not in seen]
        if missing:
            self._fail(f"the purpose{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
                       f"{'are' if len(missing) > 1 else 'is'} missing; Neuvo's consent rules rely on "
                       f"{'them' if len(missing) > 1 else 'it'} (a city may add purposes, not remove these).")
        return ConsentPurposes(tuple(purposes), city, str(self._path))

    # --- the city --------------------------------------------------------------------------------------------

    def _city(self, raw: Any) -> CityContact:
        start = next((n for n, line in enumerate(self._lines, 1) if re.match(r"\s*\[\s*city\s*\]", line)), None)
        if not isinstance(raw, dict):
            self._fail("the [city] table with the city's contact for withdrawals is missing.", key="city")
        end = self._block_end(start or 1)
        for key in raw.keys() - _CITY_KEYS:
            self._fail(f"unknown key in [city] (expected {', '.join(sorted(_CITY_KEYS))}).", key=f"city.{key}",
                       line=self._line_of_key(key, start or 1, end))
        values = {}
        for key in sorted(_CITY_KEYS):
            line = self._line_of_key(key, start or 1, end)
            if key not in raw:
                self._fail("missing from [city].", key=f"city.{key}", line=start)
            values[key] = self._localised(raw[key], None, f"city.{key}", line, allow_plain=True)
        return CityContact(**values)

    # --- one purpose -----------------------------------------------------------------------------------------

    def _purpose(self, index: int, raw: Any) -> ConsentPurpose:
        start = self._purpose_start(index)
        if not isinstance(raw, dict):
            self._fail(f"purpose number {index + 1} is not a table.", line=start)
        code = raw.get("code")
        name = code if isinstance(code, str) else f"number {index + 1}"
        if not isinstance(code, str) or not _CODE.fullmatch(code):
            self._fail("the code is missing or not a plain code (lower-case letters, digits and _, at most 40, "
                       "starting with a letter).", purpose=name, key="code",
                       line=self._key_line(index, "code") or start)
        for key in sorted(raw.keys() - _PURPOSE_KEYS):
            self._fail(f"unknown key (expected {', '.join(sorted(_PURPOSE_KEYS))}).", purpose=code, key=key,
                       line=self._key_line(index, key))
        for key in ("label", "explanation", "default_validity_months", "guardian_required_under_15", "text"):
            if key not in raw:
                self._fail("missing.", purpose=code, key=key, line=start)
        months = raw["default_validity_months"]
        if isinstance(months, bool) or not isinstance(months, int) or months <= 0:
            self._fail("must be a whole number of months greater than 0.", purpose=code,
                       key="default_validity_months", line=self._key_line(index, "default_validity_months"))
        guardian = raw["guardian_required_under_15"]
        if not isinstance(guardian, bool):
            self._fail("must be true or false.", purpose=code, key="guardian_required_under_15",
                       line=self._key_line(index, "guardian_required_under_15"))
        label = self._localised(raw["label"], code, "label", self._key_line(index, "label"))
        explanation = self._localised(raw["explanation"], code, "explanation", self._key_line(index, "explanation"))
        texts = self._texts(index, code, raw["text"])
        return ConsentPurpose(code, label, explanation, months, guardian, texts)

    def _texts(self, index: int, code: str, raw: Any) -> tuple[ConsentText, ...]:
        if not isinstance(raw, list) or not raw:
            self._fail("needs at least one [[purpose.text]] version.", purpose=code, key="text",
                       line=self._purpose_start(index))
        text_starts = self._text_starts(index)
        texts: list[ConsentText] = []
        for number, entry in enumerate(raw):
            line = text_starts[number] if number < len(text_starts) else self._purpose_start(index)
            if not isinstance(entry, dict):
                self._fail(f"text number {number + 1} is not a table.", purpose=code, key="text", line=line)
            version = entry.get("version")
            where = f"text version '{version}'" if isinstance(version, str) else f"text number {number + 1}"
            if not isinstance(version, str) or not _VERSION.fullmatch(version):
                self._fail(f"{where}: the version is missing or not a plain identifier (letters, digits, . _ -).",
                           purpose=code, key="text.version", line=line)
            end = self._block_end(line)
            for key in sorted(entry.keys() - _TEXT_KEYS):
                self._fail(f"{where}: unknown key (expected version, effective_from, fi, sv, en).", purpose=code,
                           key=f"text.{key}", line=self._line_of_key(key, line, end))
            if any(text.version == version for text in texts):
                self._fail(f"{where} is given twice.", purpose=code, key="text.version", line=line)
            effective = entry.get("effective_from")
            if not isinstance(effective, date) or hasattr(effective, "hour"):
                self._fail(f"{where}: effective_from must be a date such as 2026-01-01.", purpose=code,
                           key="text.effective_from", line=self._line_of_key("effective_from", line, end) or line)
            for language in OFFICIAL_LANGUAGES:
                value = entry.get(language)
                if not isinstance(value, str) or not value.strip():
                    self._fail(f"{where} has no {_LANGUAGE_NAMES[language]} text.", purpose=code,
                               key=f"text.{language}", line=self._line_of_key(language, line, end) or line)
            texts.append(ConsentText(version, effective, Localised(
                *(" ".join(entry[language].split()) for language in OFFICIAL_LANGUAGES))))
        texts.sort(key=lambda text: text.effective_from)
        dates = [text.effective_from for text in texts]
        if len(set(dates)) != len(dates):
            self._fail("two text versions take effect on the same day; give each its own effective_from.",
                       purpose=code, key="text.effective_from", line=self._purpose_start(index))
        return tuple(texts)

    def _localised(self, raw: Any, purpose: str | None, key: str, line: int | None, *,
                   allow_plain: bool = False) -> Localised:
        if allow_plain and isinstance(raw, str) and raw.strip():
            return Localised(raw.strip(), raw.strip(), raw.strip())
        if not isinstance(raw, dict):
            expected = "a text, or a table { fi = …, sv = …, en = … }" if allow_plain \
                else "a table { fi = …, sv = …, en = … }"
            self._fail(f"must be {expected}.", purpose=purpose, key=key, line=line)
        for language in sorted(raw.keys() - set(OFFICIAL_LANGUAGES)):
            self._fail(f"unknown language '{language}' (Neuvo's languages are fi, sv and en).", purpose=purpose,
                       key=f"{key}.{language}", line=line)
        for language in OFFICIAL_LANGUAGES:
            value = raw.get(language)
            if not isinstance(value, str) or not value.strip():
                self._fail(f"the {_LANGUAGE_NAMES[language]} text is missing.", purpose=purpose,
                           key=f"{key}.{language}", line=line)
        return Localised(*(" ".join(raw[language].split()) for language in OFFICIAL_LANGUAGES))

    # --- where in the file -----------------------------------------------------------------------------------

    def _fail(self, problem: str, *, purpose: str | None = None, key: str | None = None,
              line: int | None = None) -> Any:
        raise ConsentPurposesError(self._path, problem, line=line, purpose=purpose, key=key)

    def _purpose_start(self, index: int) -> int | None:
        return self._purpose_starts[index] if index < len(self._purpose_starts) else None

    def _purpose_end(self, index: int) -> int:
        following = self._purpose_starts[index + 1] - 1 if index + 1 < len(self._purpose_starts) \
            else len(self._lines)
        return following

    def _text_starts(self, index: int) -> list[int]:
        start = self._purpose_start(index)
        if start is None:
            return []
        return [number for number in range(start, self._purpose_end(index) + 1)
                if re.match(r"\s*\[\[\s*purpose\.text\s*\]\]", self._lines[number - 1])]

    def _key_line(self, index: int, key: str) -> int | None:
        start = self._purpose_start(index)
        if start is None:
            return None
        texts = self._text_starts(index)
        end = texts[0] - 1 if texts else self._purpose_end(index)
        return self._line_of_key(key, start, end)

    def _block_end(self, start: int) -> int:
        """The last line of the table that starts at `start` (the line before the next table header)."""
        for number in range(start + 1, len(self._lines) + 1):
            if re.match(r"\s*\[", self._lines[number - 1]):
                return number - 1
        return len(self._lines)

    def _line_of_key(self, key: str, start: int, end: int) -> int | None:
        pattern = re.compile(rf"\s*\"?{re.escape(key)}\"?\s*[.=]")
        for number in range(max(start, 1), min(end, len(self._lines)) + 1):
            if pattern.match(self._lines[number - 1]):
                return number
        return None


_LANGUAGE_NAMES: Mapping[str, str] = {"fi": "Finnish", "sv": "Swedish", "en": "English"}
