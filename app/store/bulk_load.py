"""Bulk writing of generated clients: for demo and benchmark data only, never for real clients.

Use cases change clients through the unit of work, which writes an outbox row with every change. This module
is the deliberate exception, because a demo population of a million clients through the ORM would take hours:
it inserts with SQLAlchemy Core `executemany` in chunks, all within one transaction, so a failed load leaves
no half population behind.

Demo clients count as already present in the CRM: the local CRM emulator is seeded later with the same
population (same seed, same UUIDs). So each client gets crm_id = id, row_version 1 and NO outbox row; queueing
a million creates would only make the first sync push them all again. The same holds for their consent events
(`consents`), loaded chunk by chunk with the clients.
"""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.dialects.sqlite import insert

from app.domain.client import Client
from app.domain.consent import ConsentEvent
from app.domain.encounter import Encounter
from app.store.consent_repository import event_values
from app.store.encounter_repository import (
    TallyKey,
    add_tallies,
    encounter_values,
    need_rows,
    signal_rows,
    upsert_tallies,
)
from app.store.name_index import index_rows_and_resume_trigger, last_client_rowid, suspend_insert_trigger
from app.store.name_terms import NAME_TERMS, name_term_rows
from app.store.situation_cross_tallies import (
    ComboKey,
    CrossKey,
    PairKey,
    add_combination_tallies,
    add_cross_tallies,
    upsert_combination_tallies,
    upsert_cross_tallies,
)
from app.store.situation_need_tallies import NeedKey, add_need_tallies, stored_ancestry, upsert_need_tallies
from app.store.store import Store
from app.store.tables import (
    ClientRow,
    ConsentEventRow,
    EncounterNeedRow,
    EncounterRow,
    EncounterSignalRow,
    PhoneRow,
)
from app.store.types import utc_now

CHUNK_SIZE = 10_000
# The indexes (name, identity-code hash, e-mail, phone number) are written in random order; a page cache that
# holds them keeps SQLCipher from encrypting the same pages over and over. Only the pages used are allocated.
_BULK_CACHE_KIB = 512 * 1024

_CLIENTS = ClientRow.__table__
_PHONES = PhoneRow.__table__
_CONSENTS = ConsentEventRow.__table__
_SECONDARY_INDEXES = tuple(sorted(_CLIENTS.indexes | _PHONES.indexes, key=lambda index: index.name))
_CONSENT_INDEXES = tuple(sorted(_CONSENTS.indexes, key=lambda index: index.name))


@dataclass(frozen=True)
class BulkLoadCounts:
    clients: int
    phones: int
    consent_events: int = 0


def load_clients(store: Store, clients: Iterable[Client], *, chunk_size: int = CHUNK_SIZE,
                 on_chunk: Callable[[int], None] | None = None,
                 consents: Callable[[Client], list[ConsentEvent]] | None = None) -> BulkLoadCounts:
    """Insert the clients and their phones in one transaction; `on_chunk` hears the running client count.
    `consents`, when given, is called once per client in order and its events are inserted too."""
    now = utc_now()
    hash_code = store.hash_identity_code
    client_count = phone_count = consent_count = 0
    names: set[str] = set()
    with _collector_paused(), store.engine.connect() as connection, _large_page_cache(connection):
        with connection.begin():
            after_rowid = last_client_rowid(connection)
            suspend_insert_trigger(connection)
            # Into empty tables, building each index once from the loaded rows beats inserting a million keys
            # in random order into it (measured: a third of the load time).
            rebuilt = _SECONDARY_INDEXES if after_rowid == 0 else ()
            if consents is not None and connection.execute(text("SELECT 1 FROM consent_events LIMIT 1")).first() \
                    is None:
                rebuilt += _CONSENT_INDEXES
            for index in rebuilt:
                index.drop(connection)
            for chunk in _chunks(clients, chunk_size):
                client_rows, phone_rows = _rows(chunk, hash_code, now)
                names.update(name for client in chunk for name in (client.first_names, client.last_name))
                connection.execute(_CLIENTS.insert(), client_rows)
                if phone_rows:
                    connection.execute(_PHONES.insert(), phone_rows)
                if consents is not None:
                    consent_rows = [event_values(event) for client in chunk for event in consents(client)]
                    if consent_rows:
                        connection.execute(_CONSENTS.insert(), consent_rows)
                    consent_count += len(consent_rows)
                client_count += len(client_rows)
                phone_count += len(phone_rows)
                if on_chunk is not None:
                    on_chunk(client_count)
            for index in rebuilt:
                index.create(connection)
            index_rows_and_resume_trigger(connection, after_rowid)
            if term_rows := name_term_rows(names):
                connection.execute(insert(NAME_TERMS).on_conflict_do_nothing(), term_rows)
        # One big transaction leaves a WAL as large as the data; fold it into the database file now.
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        connection.commit()
    return BulkLoadCounts(client_count, phone_count, consent_count)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A million short-lived rows, none in a reference cycle, would run the cyclic garbage collector thousands
    of times for nothing (measured: 15 % of the load time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def _large_page_cache(connection: Connection) -> Iterator[None]:
    previous = int(connection.execute(text("PRAGMA cache_size")).scalar_one())
    connection.execute(text(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}"))
    connection.commit()
    try:
        yield
    finally:
        # The connection goes back to the pool; later users get the normal cache size.
        connection.rollback()
        connection.execute(text(f"PRAGMA cache_size = {previous}"))
        connection.commit()


def _chunks(clients: Iterable[Client], size: int) -> Iterator[list[Client]]:
    iterator = iter(clients)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _rows(chunk: list[Client], hash_code: Callable[[str], str],
          now: datetime) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    client_rows: list[dict[str, Any]] = []
    phone_rows: list[dict[str, Any]] = []
    for client in chunk:
        code = client.identity_code
        client_rows.append({
            "id": client.id, "crm_id": client.crm_id or client.id, "created_at": now, "updated_at": now,
            "row_version": 1,
            "first_names": client.first_names, "last_name": client.last_name,
            "preferred_name": client.preferred_name, "birth_date": client.birth_date, "identity_code": code,
            "identity_code_hash": hash_code(code) if code else None, "email": client.email,
            "street": client.street, "postal_code": client.postal_code,
            "municipality_code": client.municipality_code, "preferred_language": client.preferred_language,
            "interpreter_needed": client.interpreter_needed, "safety_marking": client.safety_marking,
        })
        for position, phone in enumerate(client.phones):
            phone_rows.append({
                # Derived from the client, so the same population gives the same phone rows too.
                "id": uuid.uuid5(client.id, str(position)), "client_id": client.id,
                "number_e164": phone.number_e164, "kind": phone.kind.value, "position": position,
            })
    return client_rows, phone_rows


@dataclass(frozen=True)
class EncounterLoadCounts:
    encounters: int
    need_tags: int
    signals: int


def load_encounters(store: Store, encounters: Iterable[Encounter], *, chunk_size: int = CHUNK_SIZE,
                    on_chunk: Callable[[int], None] | None = None) -> EncounterLoadCounts:
    """Insert generated encounters with their need tags and signals in one transaction, and add them to the
    situational picture's tallies. Like demo clients they count as already in the CRM: no outbox rows."""
    tallies: dict[TallyKey, list[int]] = {}
    cross: dict[CrossKey, list[int]] = {}
    combos: dict[ComboKey, list[int]] = {}
    pairs: dict[PairKey, list[int]] = {}
    needs: dict[NeedKey, list[int]] = {}
    ancestry: dict[str, set[str]] = {}
    encounter_count = tag_count = signal_count = 0
    tables = (EncounterRow.__table__, EncounterNeedRow.__table__, EncounterSignalRow.__table__)
    with _collector_paused(), store.engine.connect() as connection, _large_page_cache(connection):
        with connection.begin():
            empty = connection.execute(text("SELECT 1 FROM encounters LIMIT 1")).first() is None
            rebuilt = tuple(sorted((index for table in tables for index in table.indexes),
                                   key=lambda index: index.name)) if empty else ()
            for index in rebuilt:
                index.drop(connection)
            iterator = iter(encounters)
            while chunk := list(islice(iterator, chunk_size)):
                tags = [row for encounter in chunk for row in need_rows(encounter)]
                signals = [row for encounter in chunk for row in signal_rows(encounter)]
                connection.execute(tables[0].insert(), [encounter_values(encounter) for encounter in chunk])
                if tags:
                    connection.execute(tables[1].insert(), tags)
                if signals:
                    connection.execute(tables[2].insert(), signals)
                ancestry.update(stored_ancestry(connection, {t["need_code"] for t in tags} - ancestry.keys()))
                for encounter in chunk:
                    add_tallies(tallies, encounter)
                    add_cross_tallies(cross, encounter)
                    add_combination_tallies(combos, pairs, encounter)
                    add_need_tallies(needs, encounter, ancestry)
                encounter_count += len(chunk)
                tag_count += len(tags)
                signal_count += len(signals)
                if on_chunk is not None:
                    on_chunk(encounter_count)
            for index in rebuilt:
                index.create(connection)
            upsert_tallies(connection, tallies)
            upsert_cross_tallies(connection, cross)
            upsert_combination_tallies(connection, combos, pairs)
            upsert_need_tallies(connection, needs)
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        connection.commit()
    return EncounterLoadCounts(encounter_count, tag_count, signal_count)
