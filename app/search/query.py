"""What kind of key the adviser typed, read from the text alone (no database)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.identity_code import CENTURY_BY_SIGN as _CENTURY_BY_SIGN
from app.domain.identity_code import birth_date_of, normalise_identity_code
from app.domain.phone_number import parse_phone
from app.errors import ValidationError
from app.search.folding import MAX_QUERY_CHARACTERS, MAX_QUERY_TOKENS, fold_name_tokens
from app.text import Text


class QueryKind(StrEnum):
    EMPTY = "empty"
    PHONE = "phone"
    PHONE_PREFIX = "phone_prefix"
    IDENTITY_CODE = "identity_code"
    BIRTH_DATE = "birth_date"
    EMAIL = "email"
    NAME = "name"


@dataclass(frozen=True)
class ClientQuery:
    """A classified query. `key` is the normalised key (E.164, upper-case code, folded e-mail, name tokens
    joined by spaces); `problem` says why the text, though recognised, cannot match (e.g. a bad checksum)."""

    kind: QueryKind
    key: str = ""
    tokens: tuple[str, ...] = ()
    birth_dates: tuple[date, ...] = ()
    problem: str | None = None
    phone_prefix: str | None = None  # a date-like key that may also be the start of a phone number
    code_start: str = ""  # the typed start of an identity code beyond its date, e.g. "010190-12"


_DATE_PATTERNS = (
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})\.?"),  # 1.1.1990, 01.01.90
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"),  # 1990-01-01
    re.compile(r"(?P<d>\d{2})(?P<m>\d{2})(?P<y>\d{2})"),  # 010190, as at the start of an identity code
)
# The start of an identity code: the birth date, and maybe the century sign and part of the individual number.
_IDENTITY_PREFIX = re.compile(r"(?P<date>\d{6})(?P<sign>[-+A-FU-Y])(?P<rest>[0-9]{0,3})", re.IGNORECASE)
_IDENTITY_CODE = re.compile(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]", re.IGNORECASE)
_PHONE_LIKE = re.compile(r"[+(]?[0-9][0-9 ()\-/.\u00a0]*")
_EMAIL_LIKE = re.compile(r"\S*@\S*")
MIN_PHONE_PREFIX_DIGITS = 4


def classify(text: str, *, today: date | None = None) -> ClientQuery:
    """Read the kind of key from the text: identity code, birth date, phone, e-mail, or else a name."""
    text = text.strip()[:MAX_QUERY_CHARACTERS]
    if not text:
        return ClientQuery(QueryKind.EMPTY)
    today = today or date.today()
    compact = text.replace(" ", "")
    if _IDENTITY_CODE.fullmatch(compact):
        return _identity_code_query(compact)
    if (prefix := _IDENTITY_PREFIX.fullmatch(compact)) is not None:
        return _identity_prefix_query(prefix, today)
    if "@" in text and _EMAIL_LIKE.fullmatch(text):
        return ClientQuery(QueryKind.EMAIL, key=text.lower())
    if (dates := _birth_dates(text, today)) == ():
        return ClientQuery(QueryKind.BIRTH_DATE, key=text, problem=Text("%1 is not a date of birth: a date is "
                                                                        "typed as 1.1.1990 or 1990-01-01.", text))
    if dates is not None:
        # "040123" is 4 January 2023 and also the start of a mobile number: look for both.
        phone_prefix = _e164_prefix(text, text) if text.isdigit() and text.startswith("0") else None
        return ClientQuery(QueryKind.BIRTH_DATE, key=text, birth_dates=dates, phone_prefix=phone_prefix)
    if _PHONE_LIKE.fullmatch(text):
        return _phone_query(text)
    tokens = fold_name_tokens(text)[:MAX_QUERY_TOKENS]
    if not tokens:
        return ClientQuery(QueryKind.EMPTY, problem="Nothing to search for: type a name, phone number, identity "
                                                     "code, birth date or e-mail address.")
    return ClientQuery(QueryKind.NAME, key=" ".join(tokens), tokens=tokens)


def _identity_code_query(code: str) -> ClientQuery:
    try:
        normalised = normalise_identity_code(code)
    except ValidationError as invalid:
        # The birth date part may still be right: the clients born that day are shown under the message.
        prefix = _identity_prefix_query(_IDENTITY_PREFIX.match(code), date.today())
        return ClientQuery(QueryKind.IDENTITY_CODE, key=code.upper(), birth_dates=prefix.birth_dates,
                           problem=_problem_and_fix(invalid))
    return ClientQuery(QueryKind.IDENTITY_CODE, key=normalised, birth_dates=(birth_date_of(normalised),))


def _identity_prefix_query(prefix: re.Match[str], today: date) -> ClientQuery:
    sign = prefix["sign"].upper()
    century = _CENTURY_BY_SIGN[sign]
    digits = prefix["date"]
    try:
        born = date(century + int(digits[4:6]), int(digits[2:4]), int(digits[0:2]))
    except ValueError:
        return ClientQuery(QueryKind.BIRTH_DATE, key=prefix.group(0).upper(),
                           problem=Text("%1 is not a date: an identity code starts with the birth date as ddmmyy.",
                                        f"{digits[:2]}.{digits[2:4]}."))
    if born > today:
        return ClientQuery(QueryKind.BIRTH_DATE, key=prefix.group(0).upper(),
                           problem="That birth date is in the future: check the century sign (- or A).")
    code_start = prefix.group(0).upper() if prefix["rest"] else ""
    return ClientQuery(QueryKind.BIRTH_DATE, key=prefix.group(0).upper(), birth_dates=(born,), code_start=code_start)


def _birth_dates(text: str, today: date) -> tuple[date, ...] | None:
    """The birth dates a date-like text can mean; None when the text is not a date at all."""
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        day, month, year = int(match["d"]), int(match["m"]), match["y"]
        if len(year) == 4:
            years = [int(year)]
        else:  # two digits: every century it could be, newest first
            years = [century + int(year) for century in (2000, 1900, 1800) if century + int(year) <= today.year]
        dates = []
        for candidate in years:
            try:
                born = date(candidate, month, day)
            except ValueError:
                continue
            if born <= today and today.year - candidate <= 125:
                dates.append(born)
        if dates:
            return tuple(dates)
        if pattern is _DATE_PATTERNS[2]:
            return None  # six digits that are no date may still be the start of a phone number
        return ()
    return None


def _phone_query(text: str) -> ClientQuery:
    try:
        return ClientQuery(QueryKind.PHONE, key=parse_phone(text))
    except ValidationError as invalid:
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) < MIN_PHONE_PREFIX_DIGITS:
            return ClientQuery(QueryKind.PHONE_PREFIX, key="", problem="Type at least four digits of a phone "
                                                                       "number.")
        prefix = _e164_prefix(text, digits)
        if prefix is None:
            return ClientQuery(QueryKind.PHONE, key="", problem=_problem_and_fix(invalid))
        return ClientQuery(QueryKind.PHONE_PREFIX, key=prefix)


def _e164_prefix(text: str, digits: str) -> str | None:
    """The E.164 start of a number being typed: `040 12` → `+3584012`, `+46 70` → `+4670`."""
    stripped = text.lstrip()
    if stripped.startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    if digits.startswith("0"):
        return "+358" + digits[1:]
    if digits.startswith("358"):
        return "+" + digits
    return None


def _problem_and_fix(invalid: ValidationError) -> Text:
    return Text("%1 %2", Text(invalid.problem), Text(invalid.fix))
