"""The catalogue's write side: an import's services, channels, code lists and index entries, in bulk.

An import writes everything inside the unit of work's one transaction, with Core `executemany` (20,000 services
through the ORM would take minutes). A service keeps its integer id across re-imports: its index rows are
deleted by that id and written again, and its codes and channel links replaced.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from app.domain.service import ChannelKind, GeneralDescription, Service, ServiceChannel, ServiceStatus
from app.ptv.code_lists import CodeListEntry
from app.store import service_index
from app.store.service_documents import to_document
from app.store.tables import PtvChannelRow, PtvServiceRow
from app.store.types import JsonText, UtcDateTime

_SERVICES = PtvServiceRow.__table__
_CHANNELS = PtvChannelRow.__table__
_JSON = JsonText()
_UTC = UtcDateTime()


@dataclass(frozen=True)
class IndexEntry:
    """A service as the search indexes hold it: analysed text per language, substring text, filter codes."""

    texts: dict[str, tuple[str, str, str]]  # language → (name, terms, body)
    substrings: str
    codes: tuple[tuple[str, str], ...]  # (scheme, code)


@dataclass(frozen=True)
class SavedCounts:
    added: int
    updated: int


class ServiceCatalogue:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _connection(self) -> Connection:
        return self._session.connection()

    # --- reads an import needs ---

    def code_list(self) -> list[tuple[str, str, str | None, str | None, str | None, dict[str, str]]]:
        rows = self._connection().execute(text("SELECT scheme, code, uri, old_uri, parent, labels FROM ptv_codes"))
        return [(scheme, code, uri, old_uri, parent, _JSON.process_result_value(labels, None))
                for scheme, code, uri, old_uri, parent, labels in rows]

    def general_description_names(self) -> dict[str, dict[str, str]]:
        rows = self._connection().execute(text("SELECT ptv_id, document FROM ptv_general_descriptions"))
        return {ptv_id: (_JSON.process_result_value(document, None) or {}).get("names", {})
                for ptv_id, document in rows}

    def vocabulary(self, language: str, kind: str) -> set[str]:
        return set(self._connection().scalars(
            text("SELECT term FROM ptv_vocabulary WHERE language = :language AND kind = :kind"),
            {"language": language, "kind": kind}))

    def published_ids(self, table: str, organization_ids: Iterable[str]) -> dict[str, int]:
        organizations = list(organization_ids)
        if not organizations:
            return {}
        rows = self._connection().execute(
            text(f"SELECT ptv_id, id FROM {_table(table)} WHERE status = 'published' "  # noqa: S608 - constant
                 "AND organization_id IN (SELECT value FROM json_each(:organizations))"),
            {"organizations": _JSON.process_bind_param(organizations, None)})
        return dict(rows.all())

    # --- writes ---

    def save_code_list(self, entries: Sequence[CodeListEntry]) -> None:
        if entries:
            self._connection().execute(text(
                "INSERT OR REPLACE INTO ptv_codes (scheme, code, uri, old_uri, parent, labels) "
                "VALUES (:scheme, :code, :uri, :old_uri, :parent, :labels)"), [
                {"scheme": e.scheme.value, "code": e.code, "uri": e.uri, "old_uri": e.old_uri, "parent": e.parent,
                 "labels": _JSON.process_bind_param(e.labels, None)} for e in entries])

    def save_general_descriptions(self, descriptions: Sequence[GeneralDescription], now: datetime) -> None:
        if descriptions:
            self._connection().execute(text(
                "INSERT OR REPLACE INTO ptv_general_descriptions (ptv_id, document, imported_at) "
                "VALUES (:ptv_id, :document, :now)"), [
                {"ptv_id": d.ptv_id, "document": _JSON.process_bind_param(to_document(d), None),
                 "now": _UTC.process_bind_param(now, None)} for d in descriptions])

    def save_services(self, services: Sequence[tuple[Service, IndexEntry]], now: datetime) -> SavedCounts:
        connection = self._connection()
        existing = dict(connection.execute(text("SELECT ptv_id, id FROM ptv_services")).all())
        next_id = int(connection.execute(text("SELECT coalesce(max(id), 0) FROM ptv_services")).scalar_one()) + 1
        stamp = _UTC.process_bind_param(now, None)
        rows, index_rows, code_rows, link_rows, replaced = [], [], [], [], []
        for service, entry in services:
            row_id = existing.get(service.ptv_id)
            if row_id is None:
                row_id, next_id = next_id, next_id + 1
                existing[service.ptv_id] = row_id
            else:
                replaced.append({"id": row_id})
            rows.append({
                "id": row_id, "ptv_id": service.ptv_id, "status": service.status.value,
                "organization_id": service.organization_id, "nationwide": service.nationwide,
                "municipalities": _spaced(service.municipalities), "languages": _spaced(service.languages),
                "modified": service.modified,
                "document": _JSON.process_bind_param(to_document(service), None), "imported_at": stamp,
                "withdrawn_at": stamp if service.status is ServiceStatus.WITHDRAWN else None})
            if service.status is ServiceStatus.PUBLISHED:
                index_rows.append((row_id, entry))
                code_rows.extend({"scheme": scheme, "code": code, "id": row_id} for scheme, code in entry.codes)
            link_rows.extend({"id": row_id, "channel": channel_id, "position": position}
                             for position, channel_id in enumerate(service.channel_ids))
        if replaced:
            self._unindex(replaced)
            connection.execute(text("DELETE FROM ptv_service_codes WHERE service_id = :id"), replaced)
            connection.execute(text("DELETE FROM ptv_service_channels WHERE service_id = :id"), replaced)
        if rows:
            connection.execute(text(
                "INSERT INTO ptv_services (id, ptv_id, status, organization_id, nationwide, municipalities, "
                "languages, modified, document, imported_at, withdrawn_at) VALUES (:id, :ptv_id, :status, "
                ":organization_id, :nationwide, :municipalities, :languages, :modified, :document, :imported_at, "
                ":withdrawn_at) ON CONFLICT (id) DO UPDATE SET status = excluded.status, "
                "organization_id = excluded.organization_id, nationwide = excluded.nationwide, "
                "municipalities = excluded.municipalities, languages = excluded.languages, "
                "modified = excluded.modified, document = excluded.document, imported_at = excluded.imported_at, "
                "withdrawn_at = excluded.withdrawn_at"), rows)
        self._index(index_rows)
        if code_rows:
            connection.execute(text("INSERT OR IGNORE INTO ptv_service_codes (scheme, code, service_id) "
                                    "VALUES (:scheme, :code, :id)"), code_rows)
        if link_rows:
            connection.execute(text("INSERT OR IGNORE INTO ptv_service_channels (service_id, channel_ptv_id, "
                                    "position) VALUES (:id, :channel, :position)"), link_rows)
        return SavedCounts(len(rows) - len(replaced), len(replaced))

    def link_channels_to_services(self, links: Iterable[tuple[str, str]]) -> None:
        """Channel-side links (a channel lists the services it serves), for services already stored."""
        rows = [{"service": service_id, "channel": channel_id} for service_id, channel_id in links]
        if rows:
            self._connection().execute(text(
                "INSERT OR IGNORE INTO ptv_service_channels (service_id, channel_ptv_id, position) "
                "SELECT id, :channel, 1000 FROM ptv_services WHERE ptv_id = :service"), rows)

    def save_channels(self, channels: Sequence[ServiceChannel], now: datetime) -> SavedCounts:
        connection = self._connection()
        existing = set(connection.scalars(text("SELECT ptv_id FROM ptv_channels")))
        stamp = _UTC.process_bind_param(now, None)
        rows = [{
            "ptv_id": channel.ptv_id, "kind": channel.kind.value, "status": channel.status.value,
            "organization_id": channel.organization_id, "modified": channel.modified,
            "document": _JSON.process_bind_param(to_document(channel), None), "imported_at": stamp,
            "withdrawn_at": stamp if channel.status is ServiceStatus.WITHDRAWN else None,
        } for channel in channels]
        if rows:
            # An upsert keeps the row's id; nothing points at it, but a stable id keeps the file compact.
            connection.execute(text(
                "INSERT INTO ptv_channels (ptv_id, kind, status, organization_id, modified, document, imported_at, "
                "withdrawn_at) VALUES (:ptv_id, :kind, :status, :organization_id, :modified, :document, "
                ":imported_at, :withdrawn_at) ON CONFLICT (ptv_id) DO UPDATE SET kind = excluded.kind, "
                "status = excluded.status, organization_id = excluded.organization_id, modified = excluded.modified, "
                "document = excluded.document, imported_at = excluded.imported_at, "
                "withdrawn_at = excluded.withdrawn_at"), rows)
        updated = sum(1 for channel in channels if channel.ptv_id in existing)
        return SavedCounts(len(rows) - updated, updated)

    def withdraw(self, table: str, ids: Sequence[int], now: datetime) -> None:
        """Mark services or channels withdrawn; withdrawn services leave the search indexes."""
        if not ids:
            return
        stamp = _UTC.process_bind_param(now, None)
        rows = [{"id": row_id, "now": stamp} for row_id in ids]
        self._connection().execute(text(
            f"UPDATE {_table(table)} SET status = 'withdrawn', withdrawn_at = :now WHERE id = :id"), rows)  # noqa: S608
        if table == "services":
            self._unindex([{"id": row_id} for row_id in ids])
            self._connection().execute(text("DELETE FROM ptv_service_codes WHERE service_id = :id"), rows)

    def refresh_channel_kinds(self) -> None:
        """Which kinds of channel (visit, phone, online, form) each service has, for the channel filter."""
        connection = self._connection()
        connection.execute(text("DELETE FROM ptv_service_codes WHERE scheme = 'channel_kind'"))
        connection.execute(text(
            "INSERT OR IGNORE INTO ptv_service_codes (scheme, code, service_id) "
            "SELECT DISTINCT 'channel_kind', c.kind, l.service_id FROM ptv_service_channels l "
            "JOIN ptv_channels c ON c.ptv_id = l.channel_ptv_id "
            "JOIN ptv_services s ON s.id = l.service_id "
            "WHERE c.status = 'published' AND s.status = 'published'"))

    def add_vocabulary(self, language: str, kind: str, terms: Iterable[str]) -> None:
        rows = [{"language": language, "kind": kind, "term": term} for term in terms if 0 < len(term) <= 80]
        if rows:
            self._connection().execute(text(
                "INSERT OR IGNORE INTO ptv_vocabulary (language, kind, term) VALUES (:language, :kind, :term)"), rows)

    def record_import(self, now: datetime, source: str, services: int, channels: int, withdrawn: int,
                      skipped: int) -> None:
        self._connection().execute(text(
            "INSERT INTO ptv_imports (finished_at, source, services, channels, withdrawn, skipped) "
            "VALUES (:now, :source, :services, :channels, :withdrawn, :skipped)"),
            {"now": _UTC.process_bind_param(now, None), "source": source[:2000], "services": services,
             "channels": channels, "withdrawn": withdrawn, "skipped": skipped})

    def _index(self, entries: list[tuple[int, IndexEntry]]) -> None:
        if not entries:
            return
        connection = self._connection()
        for language in service_index.LANGUAGES:
            connection.execute(text(
                f"INSERT INTO {service_index.index_table(language)} (rowid, name, terms, body) "  # noqa: S608
                "VALUES (:id, :name, :terms, :body)"), [
                {"id": row_id, "name": entry.texts[language][0], "terms": entry.texts[language][1],
                 "body": entry.texts[language][2]} for row_id, entry in entries])
        connection.execute(text(f"INSERT INTO {service_index.SUBSTRING_TABLE} (rowid, text) "  # noqa: S608
                                "VALUES (:id, :text)"), [
            {"id": row_id, "text": entry.substrings} for row_id, entry in entries])

    def _unindex(self, rows: list[dict[str, Any]]) -> None:
        connection = self._connection()
        for table in (*map(service_index.index_table, service_index.LANGUAGES), service_index.SUBSTRING_TABLE):
            connection.execute(text(f"DELETE FROM {table} WHERE rowid = :id"), rows)  # noqa: S608 - constants


def _table(kind: str) -> str:
    return {"services": "ptv_services", "channels": "ptv_channels"}[kind]


def _spaced(codes: Iterable[str]) -> str:
    return " " + " ".join(codes) + " "


CHANNEL_KIND_CODES = tuple(kind.value for kind in ChannelKind)
