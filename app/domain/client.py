"""The client [asiakas]: the person an adviser serves."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from app.domain.identity_code import mask_identity_code


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    HOME = "home"
    WORK = "work"


@dataclass(frozen=True)
class Phone:
    number_e164: str
    kind: PhoneKind = PhoneKind.MOBILE


@dataclass
class Client:
    first_names: str
    last_name: str
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    preferred_name: str | None = None
    birth_date: date | None = None
    identity_code: str | None = None
    email: str | None = None
    street: str | None = None
    postal_code: str | None = None
    municipality_code: str | None = None
    preferred_language: str = "fi"
    interpreter_needed: bool = False
    safety_marking: bool = False
    phones: list[Phone] = field(default_factory=list)
    crm_id: uuid.UUID | None = None
    row_version: int = 0
    crm_etag: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None

    @property
    def display_name(self) -> str:
        given = self.preferred_name or self.first_names.split(" ")[0]
        return f"{given} {self.last_name}".strip()

    @property
    def masked_identity_code(self) -> str | None:
        return mask_identity_code(self.identity_code) if self.identity_code else None

    def age_on(self, day: date) -> int | None:
        if self.birth_date is None:
            return None
        had_birthday = (day.month, day.day) >= (self.birth_date.month, self.birth_date.day)
        return day.year - self.birth_date.year - (0 if had_birthday else 1)


# Fields that the CRM mirrors; an edit to any of them becomes an outbox change.
SYNCED_CLIENT_FIELDS: tuple[str, ...] = (
    "first_names", "last_name", "preferred_name", "birth_date", "identity_code", "email", "street",
    "postal_code", "municipality_code", "preferred_language", "interpreter_needed", "safety_marking", "phones",
)


@dataclass(frozen=True)
class ClientSummary:
    """One line of a client list: enough to recognise the person, nothing more."""

    id: uuid.UUID
    last_name: str
    first_names: str
    birth_date: date | None
    municipality_code: str | None
    preferred_language: str
    safety_marking: bool
    first_phone: str | None
    preferred_name: str | None = None

    @property
    def sort_key(self) -> tuple[str, str, str]:
        return (self.last_name, self.first_names, str(self.id.hex))
