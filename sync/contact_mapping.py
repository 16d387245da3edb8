"""A Neuvo client [asiakas] as a Dataverse `contact` row and back (../shared/design/crm-mapping.md).

| Client | contact |
|---|---|
| id (crm_id when set) | contactid |
| first_names, last_name, preferred_name | firstname, lastname, nickname |
| birth_date | birthdate (Edm.Date) |
| phones | mobilephone (the first mobile), telephone1 (the first other number, else a second mobile) |
| email | emailaddress1 |
| street, postal_code | address1_line1, address1_postalcode |
| municipality_code | address1_city (the municipality's Finnish name; read back by name, fi or sv) |
| identity_code | nv_identitycodehash: a keyed hash only — the code itself never goes to the CRM |
| preferred_language, interpreter_needed | nv_preferredlanguage, nv_interpreterneeded |
| safety_marking | nv_safetymarking |

What does not survive the round trip: the identity code (only its hash is sent), a third phone number, and a
work number's kind (telephone1 reads back as a home number). The sync engine (#8) keeps those local fields as
they are when it applies a pulled row.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from app.domain.client import Client, Phone, PhoneKind
from app.municipalities import municipalities
from sync.crm_schema import DEFAULT_PREFIX

CONTACT_SET = "contacts"
CONTACT_TABLE = "contact"


def contact_columns(prefix: str = DEFAULT_PREFIX) -> tuple[str, ...]:
    """The columns to `$select` when pulling contacts."""
    return ("contactid", "firstname", "lastname", "nickname", "birthdate", "mobilephone", "telephone1",
            "emailaddress1", "address1_line1", "address1_postalcode", "address1_city", f"{prefix}identitycodehash",
            f"{prefix}preferredlanguage", f"{prefix}interpreterneeded", f"{prefix}safetymarking", "modifiedon")


def contact_from_client(client: Client, hash_identity_code: Callable[[str], str] | None = None, *,
                        prefix: str = DEFAULT_PREFIX) -> dict[str, Any]:
    mobiles = [p.number_e164 for p in client.phones if p.kind is PhoneKind.MOBILE]
    others = [p.number_e164 for p in client.phones if p.kind is not PhoneKind.MOBILE]
    municipality = municipalities().get(client.municipality_code or "")
    identity_hash = hash_identity_code(client.identity_code) \
        if client.identity_code and hash_identity_code is not None else None
    return {
        "contactid": str(client.crm_id or client.id),
        "firstname": client.first_names,
        "lastname": client.last_name,
        "nickname": client.preferred_name,
        "birthdate": client.birth_date.isoformat() if client.birth_date else None,
        "mobilephone": mobiles[0] if mobiles else None,
        "telephone1": others[0] if others else (mobiles[1] if len(mobiles) > 1 else None),
        "emailaddress1": client.email,
        "address1_line1": client.street,
        "address1_postalcode": client.postal_code,
        "address1_city": municipality.name_fi if municipality else client.municipality_code,
        f"{prefix}identitycodehash": identity_hash,
        f"{prefix}preferredlanguage": client.preferred_language,
        f"{prefix}interpreterneeded": client.interpreter_needed,
        f"{prefix}safetymarking": client.safety_marking,
    }


def client_fields_from_contact(row: dict[str, Any], *, prefix: str = DEFAULT_PREFIX) -> dict[str, Any]:
    """The Client fields a pulled contact row sets (not identity_code: the CRM holds only its hash)."""
    phones: list[Phone] = []
    if row.get("mobilephone"):
        phones.append(Phone(row["mobilephone"], PhoneKind.MOBILE))
    if row.get("telephone1"):
        phones.append(Phone(row["telephone1"], PhoneKind.HOME))
    birth = row.get("birthdate")
    return {
        "id": uuid.UUID(str(row["contactid"])),  # str(): a number or a list is a ValueError, not a crash
        "crm_id": uuid.UUID(str(row["contactid"])),
        "first_names": row.get("firstname") or "",
        "last_name": row.get("lastname") or "",
        "preferred_name": row.get("nickname"),
        "birth_date": date.fromisoformat(birth[:10]) if isinstance(birth, str) and birth else None,
        "phones": phones,
        "email": row.get("emailaddress1"),
        "street": row.get("address1_line1"),
        "postal_code": row.get("address1_postalcode"),
        "municipality_code": municipality_code(row.get("address1_city")),
        "preferred_language": row.get(f"{prefix}preferredlanguage") or "fi",
        "interpreter_needed": bool(row.get(f"{prefix}interpreterneeded")),
        "safety_marking": bool(row.get(f"{prefix}safetymarking")),
        "crm_etag": row.get("@odata.etag"),
    }


def municipality_code(city: str | None) -> str | None:
    if not city or not isinstance(city, str):
        return None
    return _codes_by_name().get(city.strip().casefold())


@cache
def _codes_by_name() -> dict[str, str]:
    """Folded Finnish and Swedish names (and the codes themselves) → code: a pull maps 100,000 rows."""
    codes: dict[str, str] = {}
    for code, municipality in municipalities().items():
        for name in (municipality.name_sv.casefold(), municipality.name_fi.casefold(), code):
            codes[name] = code
    return codes
