"""Phone numbers as advisers read them aloud: stored as E.164, shown grouped in the Finnish way."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers

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
