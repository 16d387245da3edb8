"""Clients and contacts compared field by field, and the three-way merge of a stale update.

A client field is compared through the contact columns it maps to (sync/contact_mapping.py), never as the Python
value: the mapping is lossy (a third phone, a work number's kind, the identity code itself stay local), so two
values are "the same" when they put the same thing in the CRM. That keeps a pulled row from overwriting local
details the CRM cannot hold, and a merge from seeing a conflict that is only a difference of representation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from app.domain.client import SYNCED_CLIENT_FIELDS, Client
from app.store.outbox import OutboxEntry
from app.store.sync_repository import decode_client_field, encode_client_field
from sync.contact_mapping import client_fields_from_contact, contact_from_client, municipality_code
from sync.crm_schema import DEFAULT_PREFIX


def field_columns(prefix: str = DEFAULT_PREFIX, *, with_identity_hash: bool = False) -> dict[str, tuple[str, ...]]:
    """Client field → the contact columns that carry it."""
    columns = {
        "first_names": ("firstname",), "last_name": ("lastname",), "preferred_name": ("nickname",),
        "birth_date": ("birthdate",), "email": ("emailaddress1",), "street": ("address1_line1",),
        "postal_code": ("address1_postalcode",), "municipality_code": ("address1_city",),
        "preferred_language": (f"{prefix}preferredlanguage",),
        "interpreter_needed": (f"{prefix}interpreterneeded",), "safety_marking": (f"{prefix}safetymarking",),
        "phones": ("mobilephone", "telephone1"),
    }
    if with_identity_hash:
        columns["identity_code"] = (f"{prefix}identitycodehash",)
    return columns


def _normal(column: str, value: Any) -> Any:
    if value == "":
        return None
    if column == "birthdate" and isinstance(value, str):
        return value[:10]
    if column == "address1_city" and isinstance(value, str):
        return municipality_code(value) or value.strip().casefold()
    return value


@dataclass
class ClientMapper:
    prefix: str = DEFAULT_PREFIX
    identity_hash: Callable[[str], str] | None = None
    columns: dict[str, tuple[str, ...]] = field(init=False)

    def __post_init__(self) -> None:
        self.columns = field_columns(self.prefix, with_identity_hash=self.identity_hash is not None)

    def contact(self, client: Client) -> dict[str, Any]:
        row = contact_from_client(client, self.identity_hash, prefix=self.prefix)
        if self.identity_hash is None:
            row.pop(f"{self.prefix}identitycodehash", None)
        return row

    def values(self, contact: Mapping[str, Any]) -> dict[str, tuple[Any, ...]]:
        """Per client field, the normalised column values a contact row holds for it."""
        return {name: tuple(_normal(c, contact.get(c)) for c in cols) for name, cols in self.columns.items()}

    def client_from_row(self, row: Mapping[str, Any]) -> Client:
        fields = client_fields_from_contact(dict(row), prefix=self.prefix)
        return Client(**fields)

    def server_fields(self, row: Mapping[str, Any]) -> dict[str, Any]:
        fields = client_fields_from_contact(dict(row), prefix=self.prefix)
        return {name: fields[name] for name in self.columns if name in fields}

    def columns_for(self, local_contact: Mapping[str, Any], names: Iterable[str]) -> dict[str, Any]:
        return {c: local_contact.get(c) for name in names for c in self.columns.get(name, ())}


decode_field = decode_client_field
encode_field = encode_client_field


def base_client(local: Client, entries: Iterable[OutboxEntry]) -> tuple[Client, set[str]]:
    """The client as the CRM last confirmed it, by the outbox's old values (the earliest per field), and the
    fields changed here since."""
    base: dict[str, Any] = {}
    for entry in entries:
        for name, change in entry.changes.items():
            if name in SYNCED_CLIENT_FIELDS and name not in base:
                base[name] = decode_field(name, change.get("old"))
    if "first_names" in base and base["first_names"] is None:
        base["first_names"] = ""
    if "last_name" in base and base["last_name"] is None:
        base["last_name"] = ""
    return replace(local, **base), set(base)


@dataclass
class MergeResult:
    push: dict[str, Any] = field(default_factory=dict)  # contact columns to send
    take: dict[str, Any] = field(default_factory=dict)  # client fields to set locally from the server
    conflicts: list[str] = field(default_factory=list)  # client fields changed on both sides, differently


def three_way_merge(mapper: ClientMapper, base: Client, local: Client, changed: set[str],
                    server_row: Mapping[str, Any], *, own: Iterable[OutboxEntry] = ()) -> MergeResult:
    """Per field: changed only here → send; changed only in the CRM → take; changed on both sides to the same
    value → nothing; to different values → a conflict for the adviser. Nothing is overwritten silently.

    `own` are the queued outbox rows the local values come from. The CRM may already hold one of the values they
    set on the way (a send it committed whose answer was lost to a dropped connection or a killed process, before
    the adviser edited the field again): that is this workstation's own earlier value, not a change made there."""
    result = MergeResult()
    base_contact = mapper.contact(base)
    local_contact = mapper.contact(local)
    b, lv, s = mapper.values(base_contact), mapper.values(local_contact), mapper.values(server_row)
    server_fields = mapper.server_fields(server_row)
    sent_before = _values_set_on_the_way(mapper, local, own)
    for name in mapper.columns:
        if name in changed and lv[name] != b[name]:
            if s[name] == lv[name]:
                continue
            if s[name] == b[name] or s[name] in sent_before.get(name, ()):
                result.push.update(mapper.columns_for(local_contact, (name,)))
            else:
                result.conflicts.append(name)
        elif s[name] != lv[name] and name in server_fields:
            result.take[name] = server_fields[name]
    return result


def _values_set_on_the_way(mapper: ClientMapper, local: Client,
                           entries: Iterable[OutboxEntry]) -> dict[str, list[tuple[Any, ...]]]:
    """Per field, the CRM form (normalised contact values) of every value the queued rows set."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for entry in entries:
        for name, change in entry.changes.items():
            if name in mapper.columns:
                values = mapper.values(mapper.contact(replace(local, **{name: decode_field(name, change.get("new"))})))
                found.setdefault(name, []).append(values[name])
    return found
