"""Reading the number out of what a desktop or a phone system hands over: `tel:` URIs (RFC 3966) or plain text."""

from __future__ import annotations

from urllib.parse import unquote

from app.domain.phone_number import parse_phone
from app.errors import ValidationError

TEL_SCHEME = "tel:"
# A URI longer than this is not a phone number, whatever it holds; refused before any decoding.
MAX_ARGUMENT_CHARACTERS = 200


def is_tel_uri(text: str) -> bool:
    return text[: len(TEL_SCHEME)].lower() == TEL_SCHEME


def number_from_argument(text: str) -> str:
    """`tel:+358401234567`, `tel:040%20123%204567`, `tel:+358-40-123-4567;ext=12` or `040 123 4567` → E.164.

    Raises ValidationError (problem and fix) when no valid phone number is in it.
    """
    if len(text) > MAX_ARGUMENT_CHARACTERS:
        raise ValidationError("Not a phone number: the text is far too long for one.",
                              "Give the number as tel:+358401234567 or 040 123 4567.")
    candidate = text.strip()
    if is_tel_uri(candidate):
        candidate = candidate[len(TEL_SCHEME):]
        # Some systems write tel://…; RFC 3966 parameters (;ext=, ;phone-context=) are not part of the number.
        candidate = candidate.removeprefix("//").split(";", 1)[0]
        try:
            candidate = unquote(candidate, errors="strict")
        except UnicodeDecodeError:
            raise ValidationError("Not a phone number: the tel: URI is not readable text.",
                                  "Give the number as tel:+358401234567.") from None
    return parse_phone(candidate)
