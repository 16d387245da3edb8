"""The catalogue's read side: FTS5 matches with filters, and the services and channels behind them.

Statements are SQL text built once per shape (the hot path runs on every keystroke, see 0005 on why not
SQLAlchemy expressions). An FTS5 expression reaching here is built by app/search/service_query.py from quoted
word characters only; the filters are bound as JSON arrays, never spliced in.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from sqlalchemy import Connection, TextClause, text
from sqlalchemy.orm import Session

from app.domain.service import GeneralDescription, Service, ServiceChannel, ServiceStatus
from app.store import service_index
from app.store.service_documents import from_document

Filters = Sequence[tuple[str, Sequence[str]]]  # (scheme, codes): a service must have one of the codes, per scheme


@dataclass(frozen=True)
class Candidate:
    row_id: int
    ptv_id: str
    rank: float  # bm25: lower is better
    nationwide: bool
    municipalities: str
    languages: str


@lru_cache(maxsize=128)
def _match_statement(table: str, weights: tuple[float, ...], filter_count: int) -> TextClause:
    conditions = "".join(
        f" AND i.rowid IN (SELECT service_id FROM ptv_service_codes WHERE scheme = :scheme{n} "  # noqa: S608 - numbered parameter names only
        f"AND code IN (SELECT value FROM json_each(:codes{n})))" for n in range(filter_count))
    rank = f"bm25({table}, {', '.join(map(str, weights))})" if weights else "rank"
    # Table names and weights are constants, the filters are bound parameters: nothing typed is spliced in.
    return text(f"SELECT s.id, s.ptv_id, m.rank, s.nationwide, s.municipalities, s.languages "  # noqa: S608
                f"FROM (SELECT i.rowid AS id, {rank} AS rank FROM {table} i "
                f"WHERE {table} MATCH :expression{conditions} ORDER BY rank LIMIT :limit) m "
                "JOIN ptv_services s ON s.id = m.id ORDER BY m.rank")


class ServiceSearch:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _connection(self) -> Connection:
        return self._session.connection()

    def catalogue_version(self) -> tuple[str, int, str]:
        """Changes with every import; with the store's file, so caches never mix two profiles."""
        row = self._connection().execute(text(
            "SELECT id, finished_at FROM ptv_imports ORDER BY id DESC LIMIT 1")).first()
        return (str(self._session.get_bind().url.database), *(row or (0, "")))

    def vocabulary(self, language: str, kind: str) -> list[str]:
        return list(self._connection().scalars(
            text("SELECT term FROM ptv_vocabulary WHERE language = :language AND kind = :kind ORDER BY term"),
            {"language": language, "kind": kind}))

    def match(self, language: str, expression: str, filters: Filters, limit: int) -> list[Candidate]:
        table = service_index.index_table(language)
        return self._match(_match_statement(table, service_index.COLUMN_WEIGHTS, len(filters)), expression,
                           filters, limit)

    def match_substrings(self, expression: str, filters: Filters, limit: int) -> list[Candidate]:
        return self._match(_match_statement(service_index.SUBSTRING_TABLE, (), len(filters)), expression,
                           filters, limit)

    def _match(self, statement: TextClause, expression: str, filters: Filters, limit: int) -> list[Candidate]:
        parameters: dict[str, object] = {"expression": expression, "limit": limit}
        for n, (scheme, codes) in enumerate(filters):
            parameters[f"scheme{n}"] = scheme
            parameters[f"codes{n}"] = json.dumps(list(codes))
        rows = self._connection().execute(statement, parameters)
        return [Candidate(row_id, ptv_id, float(rank), bool(nationwide), municipalities, languages)
                for row_id, ptv_id, rank, nationwide, municipalities, languages in rows]

    def filtered(self, filters: Filters, limit: int) -> list[Candidate]:
        """Published services by filters alone (an empty query with filters set), in name order."""
        conditions = "".join(
            f" AND s.id IN (SELECT service_id FROM ptv_service_codes WHERE scheme = :scheme{n} "  # noqa: S608
            f"AND code IN (SELECT value FROM json_each(:codes{n})))" for n in range(len(filters)))
        statement = text("SELECT s.id, s.ptv_id, 0.0, s.nationwide, s.municipalities, s.languages "  # noqa: S608
                         f"FROM ptv_services s WHERE s.status = 'published'{conditions} "
                         "ORDER BY json_extract(s.document, '$.names.fi') LIMIT :limit")
        return self._match(statement, "", filters, limit)

    def headlines(self, row_ids: Sequence[int]) -> dict[int, tuple[dict[str, str], dict[str, str], dict[str, str]]]:
        """Names, summaries and alternative names of a page of results (JSON read by SQLite, not Python)."""
        if not row_ids:
            return {}
        rows = self._connection().execute(text(
            "SELECT id, json_extract(document, '$.names'), json_extract(document, '$.summaries'), "
            "json_extract(document, '$.alternative_names') FROM ptv_services "
            "WHERE id IN (SELECT value FROM json_each(:ids))"), {"ids": json.dumps(list(row_ids))})
        return {row_id: (json.loads(names or "{}"), json.loads(summaries or "{}"), json.loads(alternatives or "{}"))
                for row_id, names, summaries, alternatives in rows}

    def channels_of(self, row_ids: Sequence[int]) -> dict[int, list[ServiceChannel]]:
        """Published channels per service (for the open-now filter and the details)."""
        if not row_ids:
            return {}
        rows = self._connection().execute(text(
            "SELECT l.service_id, c.document FROM ptv_service_channels l "
            "JOIN ptv_channels c ON c.ptv_id = l.channel_ptv_id "
            "WHERE l.service_id IN (SELECT value FROM json_each(:ids)) AND c.status = 'published' "
            "ORDER BY l.service_id, l.position"), {"ids": json.dumps(list(row_ids))})
        channels: dict[int, list[ServiceChannel]] = {}
        for row_id, document in rows:
            channels.setdefault(row_id, []).append(_channel(document))
        return channels

    def service(self, ptv_id: str) -> tuple[int, Service] | None:
        row = self._connection().execute(
            text("SELECT id, status, document FROM ptv_services WHERE ptv_id = :ptv_id"),
            {"ptv_id": ptv_id.lower()}).first()
        if row is None:
            return None
        # The status column is the truth: a later import may have withdrawn the service without rewriting it.
        return row[0], replace(from_document(Service, json.loads(row[2])), status=ServiceStatus(row[1]))

    def general_description(self, ptv_id: str) -> GeneralDescription | None:
        document = self._connection().execute(
            text("SELECT document FROM ptv_general_descriptions WHERE ptv_id = :ptv_id"),
            {"ptv_id": ptv_id}).scalar()
        return None if document is None else from_document(GeneralDescription, json.loads(document))

    def code_labels(self, scheme: str) -> dict[str, dict[str, str]]:
        rows = self._connection().execute(text("SELECT code, labels FROM ptv_codes WHERE scheme = :scheme"),
                                          {"scheme": scheme})
        return {code: json.loads(labels) for code, labels in rows}

    def any_service(self) -> bool:
        return bool(self._connection().execute(text("SELECT EXISTS (SELECT 1 FROM ptv_services)")).scalar_one())

    def count_published(self) -> int:
        return int(self._connection().execute(
            text("SELECT count(*) FROM ptv_services WHERE status = 'published'")).scalar_one())


@lru_cache(maxsize=4096)
def _channel(document: str) -> ServiceChannel:
    """Channels are decoded once per distinct document: the open-now filter reads the same ones per keystroke."""
    return from_document(ServiceChannel, json.loads(document))
