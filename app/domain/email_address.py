"""E-mail addresses as advisers type them from a client's dictation: a syntax check, never a delivery check.

A deliberately plain check (one @, something before it, a dotted domain, no spaces) rather than the full RFC 5321
grammar or a dependency such as email-validator: the mistakes made at a counter are a missing @, a space, or a
comma for a dot, and an address that passes here but bounces is corrected in the CRM, not at the desk.
"""

from __future__ import annotations

from app.errors import ValidationError

MAX_LENGTH = 254  # RFC 5321 path limit less the angle brackets
MAX_LOCAL_LENGTH = 64


def normalise_email(text: str) -> str:
    """The address with its domain in lower case (the local part is kept: some servers distinguish case).
    Raises ValidationError saying what is wrong."""
    address = text.strip()
    fix = "Ask the client to spell the address, e.g. aino.virtanen@example.fi."
    if any(ch.isspace() for ch in address):
        raise ValidationError("An e-mail address cannot contain spaces.", fix)
    if address.count("@") != 1:
        raise ValidationError("The e-mail address has no @." if "@" not in address
                              else "The e-mail address has more than one @.", fix)
    local, domain = address.split("@")
    if not local:
        raise ValidationError("The e-mail address has nothing before the @.", fix)
    if len(local) > MAX_LOCAL_LENGTH or len(address) > MAX_LENGTH:
        raise ValidationError("The e-mail address is too long.", fix)
    if "." not in domain or domain.startswith(".") or domain.endswith(".") or ".." in domain:
        raise ValidationError("The part after the @ is not a domain (such as example.fi).", fix)
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise ValidationError("The part before the @ cannot start or end with a dot, or have two in a row.", fix)
    if any(ch in _NOT_IN_DOMAIN for ch in domain) or not all(label for label in domain.split(".")):
        raise ValidationError("The part after the @ has characters a domain cannot have.", fix)
    if any(ch in _NOT_IN_LOCAL for ch in local):
        raise ValidationError("The part before the @ has characters an address cannot have (such as a comma).", fix)
    return f"{local}@{domain.lower()}"


_NOT_IN_LOCAL = frozenset('(),:;<>[]\\"')
_NOT_IN_DOMAIN = _NOT_IN_LOCAL | frozenset("!#$%&'*+/=?^_`{|}~")
