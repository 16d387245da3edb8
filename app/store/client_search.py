"""The store's side of caller lookup: each kind of key answered by an index, never by a scan.

Phones, identity-code hashes, birth dates and folded e-mail addresses have B-tree indexes; names have the
FTS5 index `client_name_index` (kept in step with `clients` by triggers) and the typo vocabulary
`client_name_terms`. Every query here is bounded by a LIMIT.

Lookup runs on every keystroke, so the statements are SQL text run on the DBAPI cursor of the unit of work's
connection (same connection, same transaction), and the rows are turned into summaries here. Measured on a
million clients with bench/lookup.py: building and cache-keying SQLAlchemy expressions cost about 2 ms a
lookup; even prebuilt `text()` statements cost 0.06 ms each in SQLAlchemy's execution and result machinery,
as much as the index read behind an exact phone number.

LIMITs are written into the SQL as integer literals, never bound: SQLite compiles the value of a bound LIMIT
into the program and so prepares the statement again at every execution (EXPLAIN shows the bound number;
it costs about 0.02 ms for these statements). The few limits used (normally 21) each get a cached statement.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy.orm import Session

from app.domain.audit import AuditAction
from app.domain.client import ClientSummary
from app.store.client_repository import ENTITY as CLIENT_ENTITY
from app.store.name_terms import terms_near
from app.store.types import UtcDateTime

# E.164 numbers are digits after "+": ";" sorts after every digit, so [p, p;) is "starts with p".
_AFTER_DIGITS = ";"
_AFTER_EVERYTHING = "\U0010ffff"

_SUMMARIES = """
    SELECT c.id, c.last_name, c.first_names, c.birth_date, c.municipality_code, c.preferred_language,
           c.safety_marking,
           (SELECT p.number_e164 FROM client_phones p WHERE p.client_id = c.id ORDER BY p.position LIMIT 1),
           c.preferred_name
    FROM clients c
    WHERE c.deleted_at IS NULL AND """

# The conditions. In them {limit} becomes the integer limit and {marks} one "?" a parameter (only conditions
# with a list take {marks}, and then the list is all their parameters).
_BY_PHONE = "c.id IN (SELECT client_id FROM client_phones WHERE number_e164 = ?)"
_BY_PHONE_PREFIX = ("c.id IN (SELECT client_id FROM client_phones WHERE number_e164 >= ? AND number_e164 < ? "
                    "LIMIT {limit})")
_BY_IDENTITY_HASH = "c.identity_code_hash = ?"
_BY_BIRTH_DATES = "c.birth_date IN ({marks})"
_BY_EMAIL = "lower(c.email) = ?"
_BY_EMAIL_PREFIX = "lower(c.email) >= ? AND lower(c.email) < ?"
_BY_NAME = ("c.rowid IN (SELECT rowid FROM client_name_index WHERE client_name_index MATCH ? "
            "LIMIT {limit})")
_BY_IDS = "c.id IN ({marks})"
_IDENTITY_CODES = "SELECT id, identity_code FROM clients WHERE id IN ({marks})"
# Steered to the record index by the unary "+": unsteered, SQLite picks (adviser, action, at) and reads the
# adviser's whole month, which is what this probe is there to avoid.
_SERVED_ANY = """
    SELECT 1 FROM audit_events
    WHERE record_type = ? AND record_id IN ({marks}) AND +adviser_id = ? AND +action = ? AND +at >= ?
    LIMIT 1"""
_RECENTLY_VIEWED = """
    SELECT record_id FROM audit_events
    WHERE adviser_id = ? AND action = ? AND at >= ?
    ORDER BY at DESC LIMIT {limit}"""


class ClientSearch:
    """Reads through the unit of work's connection: read models need no ORM identity map."""

    def __init__(self, session: Session, hash_identity_code: Callable[[str], str]) -> None:
        self._session = session
        self._hash = hash_identity_code

    def by_phone(self, number_e164: str, limit: int) -> list[ClientSummary]:
        return self._summaries(_BY_PHONE, limit, number_e164)

    def by_phone_prefix(self, prefix: str, limit: int) -> list[ClientSummary]:
        return self._summaries(_BY_PHONE_PREFIX, limit, prefix, prefix + _AFTER_DIGITS)

    def by_identity_code(self, code: str, limit: int) -> list[ClientSummary]:
        """Through the keyed hash: the lookup never compares or scans plaintext codes."""
        return self._summaries(_BY_IDENTITY_HASH, limit, self._hash(code))

    def by_birth_dates(self, dates: Sequence[date], limit: int) -> list[ClientSummary]:
        if not dates:
            return []
        return self._summaries(_BY_BIRTH_DATES, limit, *(_date_value(born) for born in dates))

    def identity_codes_of(self, client_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str | None]:
        """The plaintext codes of a few clients already found by birth date, to narrow by a typed code start."""
        ids = [client_id.hex for client_id in client_ids]
        if not ids:
            return {}
        rows = self._rows(_IDENTITY_CODES.format(marks=_marks(len(ids))), ids)
        return {uuid.UUID(client_id): code for client_id, code in rows}

    def by_email(self, folded: str, limit: int) -> list[ClientSummary]:
        """Exact address first; while the adviser is still typing one, addresses that start with the text."""
        exact = self._summaries(_BY_EMAIL, limit, folded)
        if exact:
            return exact
        return self._summaries(_BY_EMAIL_PREFIX, limit, folded, folded + _AFTER_EVERYTHING)

    def by_name(self, expression: str, limit: int) -> list[ClientSummary]:
        """Clients whose name index matches an FTS5 expression built by the caller from folded tokens only."""
        return self._summaries(_BY_NAME, limit, expression)

    def summaries(self, client_ids: Sequence[uuid.UUID]) -> list[ClientSummary]:
        if not client_ids:
            return []
        return self._summaries(_BY_IDS, len(client_ids), *(client_id.hex for client_id in client_ids))

    def terms_near(self, token: str) -> set[str]:
        return terms_near(self._session.connection(), token)

    def served_any(self, adviser_id: uuid.UUID, since: datetime, client_ids: Collection[uuid.UUID]) -> bool:
        """Whether this adviser opened the card of any of these clients since then.

        A few probes by record, where `recently_served` reads up to a month of the adviser's card views.
        """
        if not client_ids:
            return False
        # Card views are written with the client record type and str(uuid) as record id (open_client_card,
        # AuditLog.record): the forms matched here.
        records = [str(client_id) for client_id in client_ids]
        statement = _SERVED_ANY.format(marks=_marks(len(records)))
        return bool(self._rows(statement, (CLIENT_ENTITY, *records, *self._views_since(adviser_id, since))))

    def recently_served(self, adviser_id: uuid.UUID, since: datetime, limit: int) -> list[uuid.UUID]:
        """Clients whose card this adviser opened since then, most recent first."""
        recent: dict[uuid.UUID, None] = {}
        seen: set[str | None] = set()
        cursor = self._session.connection().connection.cursor()
        try:
            # Row by row, to stop reading at the limit'th client (each row costs a table read for its record).
            cursor.execute(_RECENTLY_VIEWED.format(limit=int(limit) * 4), self._views_since(adviser_id, since))
            for (record_id,) in cursor:
                if record_id in seen:  # an adviser reopens the same cards: parse each text once
                    continue
                seen.add(record_id)
                try:
                    recent.setdefault(uuid.UUID(record_id))
                except (TypeError, ValueError):
                    continue
                if len(recent) == limit:
                    break
        finally:
            cursor.close()
        return list(recent)

    @staticmethod
    def _views_since(adviser_id: uuid.UUID, since: datetime) -> tuple[str, str, str | None]:
        return adviser_id.hex, AuditAction.VIEW_CLIENT.value, _SINCE.process_bind_param(since, None)

    def _summaries(self, condition: str, limit: int, *parameters: object) -> list[ClientSummary]:
        statement = _summaries_statement(condition, int(limit), len(parameters))
        return [_summary(row) for row in self._rows(statement, parameters)]

    def _rows(self, statement: str, parameters: Sequence[object]) -> list[Any]:
        cursor = self._session.connection().connection.cursor()
        try:
            cursor.execute(statement, parameters)
            return cursor.fetchall()
        finally:
            cursor.close()


_SINCE = UtcDateTime()


@lru_cache(maxsize=256)
def _summaries_statement(condition: str, limit: int, parameter_count: int) -> str:
    return (_SUMMARIES + condition + "\n    LIMIT {limit}").format(limit=limit, marks=_marks(parameter_count))


def _marks(count: int) -> str:
    return ",".join("?" * count)


# The storage formats of SQLAlchemy's types on SQLite, which wrote these columns: Uuid as 32 hex digits,
# Date as ISO text, Boolean as 0/1.
def _date_value(value: date) -> str:
    return value.isoformat()


def _summary(row: Sequence[Any]) -> ClientSummary:
    client_id, last_name, first_names, birth_date, municipality, language, safety_marking, phone, preferred = row
    return ClientSummary(uuid.UUID(client_id), last_name, first_names,
                         None if birth_date is None else date.fromisoformat(birth_date), municipality, language,
                         bool(safety_marking), phone, preferred)
