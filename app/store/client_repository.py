"""Clients in the store. Every mutation here also writes its outbox row, through the same session."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, tuple_, update
from sqlalchemy.orm import Session

from app.domain.client import SYNCED_CLIENT_FIELDS, Client, ClientSummary, Phone, PhoneKind
from app.store.name_terms import register_name_terms
from app.store.outbox import Operation, Outbox
from app.store.tables import ClientRow, PhoneRow
from app.store.types import utc_now

ENTITY = "client"
_SCALAR_FIELDS = tuple(name for name in SYNCED_CLIENT_FIELDS if name != "phones")


class ClientNotFound(LookupError):
    pass


class ClientRepository:
    def __init__(self, session: Session, outbox: Outbox, hash_identity_code: Callable[[str], str]) -> None:
        self._session = session
        self._outbox = outbox
        self._hash = hash_identity_code

    def add(self, client: Client) -> None:
        row = ClientRow(id=client.id, crm_id=client.crm_id or client.id, row_version=1)
        self._session.add(row)
        changes = self._apply(row, client)
        self._outbox.record(ENTITY, client.id, Operation.CREATE, changes)

    def update(self, client: Client) -> bool:
        """Write the edited client; returns False (and queues nothing) when nothing changed."""
        row = self._row(client.id)
        changes = self._apply(row, client)
        if not changes:
            return False
        row.row_version += 1
        row.updated_at = utc_now()
        self._outbox.record(ENTITY, client.id, Operation.UPDATE, changes)
        return True

    def soft_delete(self, client_id: uuid.UUID) -> None:
        row = self._row(client_id)
        row.deleted_at = utc_now()
        row.row_version += 1
        self._outbox.record(ENTITY, client_id, Operation.DELETE, {})

    def get(self, client_id: uuid.UUID) -> Client:
        return _to_client(self._row(client_id))

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(ClientRow).where(ClientRow.deleted_at.is_(None)))

    def browse(self, *, after: tuple[str, str, str] | None = None, limit: int = 200) -> list[ClientSummary]:
        """Clients in name order, one page after the keyset `after` (so paging stays fast at any depth)."""
        query = summary_select()
        if after is not None:
            last, first, hex_id = after
            query = query.where(or_(
                tuple_(ClientRow.last_name, ClientRow.first_names) > tuple_(last, first),
                and_(ClientRow.last_name == last, ClientRow.first_names == first, ClientRow.id > uuid.UUID(hex_id)),
            ))
        query = query.order_by(ClientRow.last_name, ClientRow.first_names, ClientRow.id).limit(limit)
        return [ClientSummary(*row) for row in self._session.execute(query)]

    def lock_if_unchanged(self, client_id: uuid.UUID, row_version: int) -> bool:
        """Take the store's write lock and confirm the client is still at `row_version` (False: it changed, was
        deleted, or never existed). Checked and locked in one statement, so a sync writing between the check and
        the edit cannot be overwritten; call it first in the unit of work, before reading the client."""
        claimed = self._session.execute(
            update(ClientRow)
            .where(ClientRow.id == client_id, ClientRow.row_version == row_version, ClientRow.deleted_at.is_(None))
            .values(row_version=ClientRow.row_version)
            .execution_options(synchronize_session=False)
        )
        return claimed.rowcount == 1

    def with_phone_or_identity_code(self, numbers_e164: Collection[str], identity_code: str | None, *,
                                    limit: int = 10) -> list[tuple[Client, frozenset[str]]]:
        """Clients (not deleted) holding one of these phone numbers or this identity code, each with what matched
        ("phone", "identity_code"). Answered from ix_client_phones_number and ix_clients_identity_code_hash."""
        matched: dict[uuid.UUID, set[str]] = {}
        if numbers_e164:
            owners = select(PhoneRow.client_id).where(PhoneRow.number_e164.in_(sorted(set(numbers_e164))))
            for client_id in self._session.scalars(owners.limit(limit)):
                matched.setdefault(client_id, set()).add("phone")
        if identity_code:
            holders = select(ClientRow.id).where(ClientRow.identity_code_hash == self._hash(identity_code))
            for client_id in self._session.scalars(holders.limit(limit)):
                matched.setdefault(client_id, set()).add("identity_code")
        if not matched:
            return []
        rows = self._session.scalars(
            select(ClientRow).where(ClientRow.id.in_(list(matched)), ClientRow.deleted_at.is_(None))
        )
        return [(_to_client(row), frozenset(matched[row.id])) for row in rows]

    def _row(self, client_id: uuid.UUID) -> ClientRow:
        row = self._session.get(ClientRow, client_id)
        if row is None:
            raise ClientNotFound(str(client_id))
        return row

    def _apply(self, row: ClientRow, client: Client) -> dict[str, tuple[Any, Any]]:
        """Copy the client's synced fields onto the row; return what changed as field → (old, new)."""
        changes: dict[str, tuple[Any, Any]] = {}
        for name in _SCALAR_FIELDS:
            old, new = getattr(row, name), getattr(client, name)
            if old != new:
                changes[name] = (old, new)
                setattr(row, name, new)
        if changes.keys() & {"first_names", "last_name", "preferred_name"}:
            register_name_terms(self._session, (client.first_names, client.last_name, client.preferred_name))
        if "identity_code" in changes:
            row.identity_code_hash = self._hash(client.identity_code) if client.identity_code else None
        old_phones = [(p.number_e164, p.kind) for p in row.phones]
        new_phones = [(p.number_e164, p.kind.value) for p in client.phones]
        if old_phones != new_phones:
            changes["phones"] = (_phones_json(old_phones), _phones_json(new_phones))
            row.phones = [PhoneRow(number_e164=number, kind=kind, position=index)
                          for index, (number, kind) in enumerate(new_phones)]
        return changes


def summary_select() -> Select[Any]:
    """The columns of a ClientSummary, for clients not deleted; callers add their WHERE and ORDER BY."""
    first_phone = (
        select(PhoneRow.number_e164).where(PhoneRow.client_id == ClientRow.id)
        .order_by(PhoneRow.position).limit(1).scalar_subquery()
    )
    return select(
        ClientRow.id, ClientRow.last_name, ClientRow.first_names, ClientRow.birth_date,
        ClientRow.municipality_code, ClientRow.preferred_language, ClientRow.safety_marking, first_phone,
        ClientRow.preferred_name,
    ).where(ClientRow.deleted_at.is_(None))


def _phones_json(phones: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"number": number, "kind": kind} for number, kind in phones]


def _to_client(row: ClientRow) -> Client:
    return Client(
        id=row.id, crm_id=row.crm_id, first_names=row.first_names, last_name=row.last_name,
        preferred_name=row.preferred_name, birth_date=row.birth_date, identity_code=row.identity_code,
        email=row.email, street=row.street, postal_code=row.postal_code, municipality_code=row.municipality_code,
        preferred_language=row.preferred_language, interpreter_needed=row.interpreter_needed,
        safety_marking=row.safety_marking,
        phones=[Phone(p.number_e164, PhoneKind(p.kind)) for p in row.phones],
        row_version=row.row_version, crm_etag=row.crm_etag, created_at=row.created_at, updated_at=row.updated_at,
        deleted_at=row.deleted_at,
    )
