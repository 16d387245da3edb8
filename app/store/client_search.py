"""The store's side of caller lookup: each kind of key answered by an index, never by a scan.

Phones, identity-code hashes, birth dates and folded e-mail addresses have B-tree indexes; names have the
FTS5 index `client_name_index` (kept in step with `clients` by triggers) and the typo vocabulary
`client_name_terms`. Every query here is bounded by a LIMIT.

The statements are written as SQL text, built once: lookup runs on every keystroke, and building and
cache-keying an equivalent SQLAlchemy expression cost about 2 ms a lookup, several times the queries
themselves (measured with bench/lookup.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import Boolean, Connection, Date, Integer, String, TextClause, Uuid, bindparam, text
from sqlalchemy.orm import Session

from app.domain.audit import AuditAction
from app.domain.client import ClientSummary
from app.store.name_terms import terms_near
from app.store.types import UtcDateTime

# E.164 numbers are digits after "+": ";" sorts after every digit, so [p, p;) is "starts with p".
_AFTER_DIGITS = ";"
_AFTER_EVERYTHING = "\U0010ffff"

_SUMMARY_COLUMNS = dict(id=Uuid, last_name=String, first_names=String, birth_date=Date, municipality_code=String,
                        preferred_language=String, safety_marking=Boolean, first_phone=String,
                        preferred_name=String)


def _summaries_where(condition: str, *expanding: tuple[str, object]) -> TextClause:
    statement = text(f"""
        SELECT c.id, c.last_name, c.first_names, c.birth_date, c.municipality_code, c.preferred_language,
               c.safety_marking,
               (SELECT p.number_e164 FROM client_phones p WHERE p.client_id = c.id ORDER BY p.position LIMIT 1)
                   AS first_phone,
               c.preferred_name
        FROM clients c
        WHERE c.deleted_at IS NULL AND {condition}
        LIMIT :limit""")  # noqa: S608 - the conditions are the constants below, never input
    return statement.bindparams(bindparam("limit", type_=Integer),
                                *(bindparam(name, expanding=True, type_=kind) for name, kind in expanding)
                                ).columns(**_SUMMARY_COLUMNS)


_BY_PHONE = _summaries_where("c.id IN (SELECT client_id FROM client_phones WHERE number_e164 = :number)")
_BY_PHONE_PREFIX = _summaries_where(
    "c.id IN (SELECT client_id FROM client_phones WHERE number_e164 >= :low AND number_e164 < :high LIMIT :limit)")
_BY_IDENTITY_HASH = _summaries_where("c.identity_code_hash = :code_hash")
_BY_BIRTH_DATES = _summaries_where("c.birth_date IN :dates", ("dates", Date))
_BY_EMAIL = _summaries_where("lower(c.email) = :email")
_BY_EMAIL_PREFIX = _summaries_where("lower(c.email) >= :low AND lower(c.email) < :high")
_BY_NAME = _summaries_where("c.rowid IN (SELECT rowid FROM client_name_index WHERE client_name_index "
                            "MATCH :expression LIMIT :limit)")
_BY_IDS = _summaries_where("c.id IN :ids", ("ids", Uuid))
_IDENTITY_CODES = text("SELECT id, identity_code FROM clients WHERE id IN :ids").bindparams(
    bindparam("ids", expanding=True, type_=Uuid)).columns(id=Uuid, identity_code=String)
_RECENTLY_VIEWED = text("""
    SELECT record_id FROM audit_events
    WHERE adviser_id = :adviser AND action = :action AND at >= :since
    ORDER BY at DESC LIMIT :limit""").bindparams(bindparam("adviser", type_=Uuid),
                                                 bindparam("since", type_=UtcDateTime))


class ClientSearch:
    """Reads through the unit of work's connection: read models need no ORM identity map."""

    def __init__(self, session: Session, hash_identity_code: Callable[[str], str]) -> None:
        self._session = session
        self._hash = hash_identity_code

    def by_phone(self, number_e164: str, limit: int) -> list[ClientSummary]:
        return self._summaries(_BY_PHONE, number=number_e164, limit=limit)

    def by_phone_prefix(self, prefix: str, limit: int) -> list[ClientSummary]:
        return self._summaries(_BY_PHONE_PREFIX, low=prefix, high=prefix + _AFTER_DIGITS, limit=limit)

    def by_identity_code(self, code: str, limit: int) -> list[ClientSummary]:
        """Through the keyed hash: the lookup never compares or scans plaintext codes."""
        return self._summaries(_BY_IDENTITY_HASH, code_hash=self._hash(code), limit=limit)

    def by_birth_dates(self, dates: Sequence[date], limit: int) -> list[ClientSummary]:
        return self._summaries(_BY_BIRTH_DATES, dates=list(dates), limit=limit)

    def identity_codes_of(self, client_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str | None]:
        """The plaintext codes of a few clients already found by birth date, to narrow by a typed code start."""
        rows = self._connection().execute(_IDENTITY_CODES, {"ids": list(client_ids)})
        return {client_id: code for client_id, code in rows}

    def by_email(self, folded: str, limit: int) -> list[ClientSummary]:
        """Exact address first; while the adviser is still typing one, addresses that start with the text."""
        exact = self._summaries(_BY_EMAIL, email=folded, limit=limit)
        if exact:
            return exact
        return self._summaries(_BY_EMAIL_PREFIX, low=folded, high=folded + _AFTER_EVERYTHING, limit=limit)

    def by_name(self, expression: str, limit: int) -> list[ClientSummary]:
        """Clients whose name index matches an FTS5 expression built by the caller from folded tokens only."""
        return self._summaries(_BY_NAME, expression=expression, limit=limit)

    def summaries(self, client_ids: Sequence[uuid.UUID]) -> list[ClientSummary]:
        if not client_ids:
            return []
        return self._summaries(_BY_IDS, ids=list(client_ids), limit=len(client_ids))

    def terms_near(self, token: str) -> set[str]:
        return terms_near(self._connection(), token)

    def recently_served(self, adviser_id: uuid.UUID, since: datetime, limit: int) -> list[uuid.UUID]:
        """Clients whose card this adviser opened since then, most recent first."""
        rows = self._connection().scalars(_RECENTLY_VIEWED, {
            "adviser": adviser_id, "action": AuditAction.VIEW_CLIENT.value, "since": since, "limit": limit * 4})
        recent: dict[uuid.UUID, None] = {}
        for record_id in rows:
            try:
                recent.setdefault(uuid.UUID(record_id))
            except (TypeError, ValueError):
                continue
            if len(recent) == limit:
                break
        return list(recent)

    def _connection(self) -> Connection:
        return self._session.connection()

    def _summaries(self, statement: TextClause, **parameters: object) -> list[ClientSummary]:
        return [ClientSummary(*row) for row in self._connection().execute(statement, parameters)]
