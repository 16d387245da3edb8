"""Finnish personal identity codes [henkilötunnus]: validation, masking and the keyed lookup hash."""

from __future__ import annotations

import hashlib
import hmac
from datetime import date

from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from stdnum.exceptions import ValidationError as StdnumValidationError
from stdnum.fi import hetu

from app.errors import ValidationError


def normalise_identity_code(value: str) -> str:
    """The valid, upper-case code; raises ValidationError with the reason python-stdnum found."""
    try:
        return hetu.validate(value.strip(), allow_temporary=True)
    except StdnumValidationError as exc:
        raise ValidationError(_WHY_INVALID.get(type(exc), "Not a valid Finnish identity code."),
                              "Check the code with the client (date, separator, number, check character).") from exc


_WHY_INVALID = {
    InvalidLength: "Not a valid Finnish identity code: it is not ddmmyy, a century sign, three digits and a check "
                   "character.",
    InvalidFormat: "Not a valid Finnish identity code: it is not ddmmyy, a century sign, three digits and a check "
                   "character.",
    InvalidChecksum: "Not a valid Finnish identity code: the check character does not match the rest of the code.",
    InvalidComponent: "Not a valid Finnish identity code: its date or individual number is not possible.",
}


# Century signs, including those added in 2023 (Valtioneuvoston asetus 128/2022).
CENTURY_BY_SIGN = {"+": 1800, **dict.fromkeys("-YXWVU", 1900), **dict.fromkeys("ABCDEF", 2000)}


def birth_date_of(code: str) -> date:
    """The birth date encoded in a valid code."""
    return date(CENTURY_BY_SIGN[code[6]] + int(code[4:6]), int(code[2:4]), int(code[0:2]))


def mask_identity_code(code: str) -> str:
    """`010190-***X`: the birth date and check character an adviser reads back, never the individual number."""
    return f"{code[:7]}***{code[10:]}"


def identity_code_hash(code: str, key: bytes) -> str:
    """Keyed hash used for lookups, so that finding a client never scans or compares plaintext codes."""
    return hmac.new(key, code.upper().encode("ascii"), hashlib.sha256).hexdigest()
