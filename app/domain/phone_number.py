"""Phone numbers as advisers read them aloud: stored as E.164, shown grouped in the Finnish way."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers

from app.errors import ValidationError
from app.text import Text

HOME_REGION = "FI"


@lru_cache(maxsize=4096)
def display_phone(number_e164: str) -> str:
    """`+358401234567` → `040 123 4567`; a foreign number keeps its country code: `+46 70 123 45 67`."""
    try:
        parsed = phonenumbers.parse(number_e164, HOME_REGION)
    except phonenumbers.NumberParseException:
        return number_e164
    if phonenumbers.region_code_for_number(parsed) == HOME_REGION:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def parse_phone(text: str) -> str:
    """A phone number in any everyday form as E.164: `040 123 4567`, `+358 40 1234567`, `358401234567`,
    `00358 40 123 4567`, `+46 70 123 45 67`. Raises ValidationError saying what is wrong with it."""
    candidate = text.strip()
    digits = "".join(ch for ch in candidate if ch.isdigit())
    if not digits or len(candidate) > 40 or any(ch not in _PHONE_CHARACTERS for ch in candidate):
        raise ValidationError("Not a phone number: only digits, spaces, +, -, / and brackets belong in one.",
                              "Type the number as the client gives it, e.g. 040 123 4567 or +46 70 123 45 67.")
    for attempt in _readings(candidate, digits):
        try:
            parsed = phonenumbers.parse(attempt, HOME_REGION)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    raise ValidationError(_why_invalid(candidate, digits),
                          "Check the number with the client; a number abroad needs its country code (+46 …).")


_PHONE_CHARACTERS = frozenset("0123456789+-/() .\u00a0")


def _readings(candidate: str, digits: str) -> list[str]:
    # A number written without its "+" ("358401234567", as many phone systems print it) is read both ways.
    readings = [candidate]
    if not candidate.startswith(("+", "0")):
        readings.append("+" + digits)
    return readings


def _why_invalid(candidate: str, digits: str) -> str:
    try:
        parsed = phonenumbers.parse(candidate, HOME_REGION)
    except phonenumbers.NumberParseException:
        return "Not a phone number that can be read."
    if phonenumbers.region_code_for_country_code(parsed.country_code) == phonenumbers.UNKNOWN_REGION:
        return Text("+%1 is not a country code.", str(parsed.country_code))
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason in (phonenumbers.ValidationResult.TOO_SHORT, phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY) \
            or len(digits) < 7:
        return Text("The phone number is too short (%1 digits).", len(digits))
    if reason == phonenumbers.ValidationResult.TOO_LONG:
        return Text("The phone number is too long (%1 digits).", len(digits))
    return "No such phone number exists in the numbering plan."
