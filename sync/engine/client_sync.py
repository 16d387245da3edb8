"""Clients ↔ `contact`: pulled rows applied without echo, queued edits pushed with If-Match, 412s merged.

Pull, per page: new contacts are inserted (in scope only), changed ones compared field by field through the
contact mapping (client_fields.py). A client with a change still to send keeps the fields it changed (and its old
etag, so that its push meets a 412 and merges with the row's newest values); a field in an open conflict keeps
the local value and the conflict's "theirs" follows the CRM. A contact deleted in the CRM is soft-deleted here,
unless it has local changes waiting: then the adviser is asked (re-create or discard).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from app.domain.client import SYNCED_CLIENT_FIELDS, Client
from app.store.client_repository import ENTITY as CLIENT_ENTITY
from app.store.outbox import Operation, OutboxState
from app.store.sync_repository import DELETED_ON_SERVER
from app.store.unit_of_work import UnitOfWork
from sync.contact_mapping import CONTACT_SET, CONTACT_TABLE, contact_columns
from sync.crm_schema import DEFAULT_PREFIX, crm_tables
from sync.dataverse.client import BatchItemResult, BatchOperation, ChangePage
from sync.dataverse.errors import DuplicateKey, NotFound, PreconditionFailed
from sync.engine.client_fields import ClientMapper, base_client, decode_field, encode_field, three_way_merge
from sync.engine.entities import PullCounts, RecordChanges, Settled
from sync.engine.push import PushContext
from sync.engine.row_check import describe, row_problem

log = logging.getLogger(__name__)

MERGE_ATTEMPTS = 3


class ClientSync:
    entity = CLIENT_ENTITY

    def __init__(self, *, prefix: str = DEFAULT_PREFIX, identity_hash: Callable[[str], str] | None = None,
                 touched_since: datetime | None = None) -> None:
        self.prefix = prefix
        self.table = crm_tables(prefix)[CONTACT_TABLE]
        self.mapper = ClientMapper(prefix, identity_hash)
        self.touched_since = touched_since

    def select(self) -> Sequence[str]:
        return contact_columns(self.prefix)

    # --- pull --------------------------------------------------------------------------------------------------------

    def apply_page(self, uow: UnitOfWork, page: ChangePage) -> PullCounts:
        counts = PullCounts()
        rows: dict[uuid.UUID, dict[str, Any]] = {}
        for row in page.rows:
            problem = row_problem(self.table, row)
            if problem is not None:  # a row Neuvo cannot read: named in the log, never half-applied
                counts.skipped += 1
                counts.problems.append(describe(self.table, row, problem))
                continue
            rows[uuid.UUID(row["contactid"])] = row
        ids = list(rows)
        etags = uow.sync.etags_by_id(ids)
        unsent = uow.sync.unsent_record_ids(CLIENT_ENTITY) if ids or page.deleted_ids else set()
        changed_ids = [i for i in ids if i in etags and etags[i] != rows[i].get("@odata.etag")]
        local = uow.sync.clients_by_id(changed_ids)
        conflicted = uow.sync.conflicted_fields(CLIENT_ENTITY, changed_ids)
        new_clients: list[Client] = []
        for record_id, row in rows.items():
            if record_id not in etags:
                if not self._in_scope(row):
                    counts.skipped += 1
                    continue
                try:
                    new_clients.append(self.mapper.client_from_row(row))
                except (KeyError, TypeError, ValueError) as exc:
                    counts.skipped += 1
                    counts.problems.append(describe(self.table, row, f"it cannot be read ({type(exc).__name__})"))
                    continue
            elif record_id in local:
                self._apply_changed(uow, local[record_id], row, record_id in unsent,
                                    conflicted.get(record_id, set()))
            else:
                continue  # the same version as here: our own write coming back
            counts.applied += 1
        uow.sync.insert_clients_from_crm(new_clients)
        if page.deleted_ids:
            waiting = [i for i in page.deleted_ids if i in unsent]
            for record_id in waiting:
                uow.sync.record_conflict(CLIENT_ENTITY, record_id, DELETED_ON_SERVER, None, "edited", "deleted")
                counts.conflicts += 1
            counts.deleted += uow.sync.delete_clients_from_crm([i for i in page.deleted_ids if i not in unsent])
        if counts.skipped:
            log.warning("pull: %d contact rows skipped (out of scope or unreadable)", counts.skipped)
        return counts

    def _in_scope(self, row: dict[str, Any]) -> bool:
        if self.touched_since is None:
            return True
        modified = row.get("modifiedon")
        if not isinstance(modified, str):
            return True
        try:
            return datetime.fromisoformat(modified.replace("Z", "+00:00")) >= self.touched_since
        except ValueError:
            return True

    def _apply_changed(self, uow: UnitOfWork, client: Client, row: dict[str, Any], has_unsent: bool,
                       conflicted: set[str]) -> None:
        protected = set(conflicted)
        if has_unsent:
            entries = uow.sync.entries_for(CLIENT_ENTITY, client.id, (OutboxState.PENDING, OutboxState.IN_FLIGHT,
                                                                       OutboxState.FAILED))
            protected |= {name for e in entries for name in e.changes}
        local_values = self.mapper.values(self.mapper.contact(client))
        server_values = self.mapper.values(row)
        server_fields = self.mapper.server_fields(row)
        take = {}
        for name in self.mapper.columns:
            if local_values[name] == server_values[name] or name not in server_fields:
                continue
            if name in conflicted:
                uow.sync.update_conflict_server_value(CLIENT_ENTITY, client.id, name,
                                                      encode_field(name, server_fields[name]))
            elif name not in protected:
                take[name] = server_fields[name]
        if client.deleted_at is not None and not has_unsent:
            uow.sync.undelete_client(client.id)  # restored in the CRM
        uow.sync.apply_client_changes(client.id, take, row.get("@odata.etag"), keep_etag=has_unsent)

    # --- push --------------------------------------------------------------------------------------------------------

    def plan(self, uow: UnitOfWork, records: list[RecordChanges]) -> None:
        clients = uow.sync.clients_by_id([r.record_id for r in records])
        in_conflict = uow.sync.conflicted_fields(CLIENT_ENTITY, [r.record_id for r in records])
        for record in records:
            client = clients.get(record.record_id)
            record.priority = 1
            if client is None:
                continue  # nothing here to send
            operations = record.operations
            path = f"{CONTACT_SET}({record.record_id})"
            if Operation.DELETE in operations:
                record.operation = BatchOperation("DELETE", path)
            elif Operation.CREATE in operations:
                record.operation = BatchOperation("POST", CONTACT_SET, self.mapper.contact(client))
            else:
                changed = {name for e in record.entries for name in e.changes}
                held = changed & in_conflict.get(record.record_id, set())
                if held:
                    # A field whose conflict waits for the adviser is not sent: the adviser's choice decides what
                    # the CRM gets. The conflict shows the newer local value as "mine".
                    for conflict in uow.sync.open_conflicts(CLIENT_ENTITY, record.record_id):
                        if conflict.field in held:
                            uow.sync.record_conflict(CLIENT_ENTITY, record.record_id, conflict.field, None,
                                                     encode_field(conflict.field, getattr(client, conflict.field)),
                                                     conflict.server_value)
                    changed -= held
                body = self.mapper.columns_for(self.mapper.contact(client), changed)
                if not body:
                    continue
                if client.crm_etag is None:
                    # No version known (created by CreateMultiple, or confirmed as a duplicate): read and merge.
                    record.operation = BatchOperation("GET", f"{path}?$select={','.join(self.select())}")
                else:
                    record.operation = BatchOperation("PATCH", path, body, {"If-Match": client.crm_etag})
            record.state["client"] = client

    def settle(self, context: PushContext, record: RecordChanges, result: BatchItemResult) -> Settled:
        assert context.uow is not None
        operation = record.operation
        assert operation is not None
        error = result.error
        if operation.method == "DELETE":
            if error is None or isinstance(error, NotFound):
                return Settled.DONE
            raise error
        if operation.method == "POST":
            if error is None:
                context.client_etags[record.record_id] = result.etag
                return Settled.DONE
            if isinstance(error, DuplicateKey):
                return self._merge(context, record, created=True)
            raise error
        if operation.method == "GET":
            if error is None:
                return self._merge(context, record, server_row=result.body)
            if isinstance(error, NotFound):
                return self._deleted_on_server(context, record)
            raise error
        if error is None:
            context.client_etags[record.record_id] = result.etag
            return Settled.DONE
        if isinstance(error, PreconditionFailed):
            return self._merge(context, record)
        if isinstance(error, NotFound):
            return self._deleted_on_server(context, record)
        raise error

    def _deleted_on_server(self, context: PushContext, record: RecordChanges) -> Settled:
        assert context.uow is not None
        context.uow.sync.record_conflict(CLIENT_ENTITY, record.record_id, DELETED_ON_SERVER, None, "edited",
                                         "deleted")
        return Settled.CONFLICT

    def _merge(self, context: PushContext, record: RecordChanges, *, created: bool = False,
               server_row: dict[str, Any] | None = None) -> Settled:
        """A stale update (412), a create the CRM already has, or an update with no known version: read the
        CRM's row, merge three ways, send what is ours alone, take what is theirs alone, open a conflict for
        what both changed differently."""
        uow = context.uow
        assert uow is not None
        local: Client = record.state["client"]
        if created:
            # The CRM holds what our first (lost) create carried: that is the base.
            base = replace(local, **{name: decode_field(name, change.get("new"))
                                     for name, change in record.entries[0].changes.items()
                                     if name in SYNCED_CLIENT_FIELDS})
            changed = {name for e in record.entries for name in e.changes}
        else:
            base, changed = base_client(local, record.entries)
        open_fields = uow.sync.conflicted_fields(CLIENT_ENTITY, [record.record_id]).get(record.record_id, set())
        changed -= open_fields  # held back until the adviser settles them (see plan)
        select = tuple(self.select())
        for _attempt in range(MERGE_ATTEMPTS):
            if server_row is None:
                try:
                    server_row = context.retry.call(
                        lambda: context.client.retrieve(CONTACT_SET, record.record_id, select=select))
                except NotFound:
                    return self._deleted_on_server(context, record)
            assert server_row is not None
            merged = three_way_merge(self.mapper, base, local, changed, server_row, own=record.entries)
            for name in merged.conflicts:
                uow.sync.record_conflict(CLIENT_ENTITY, record.record_id, name, encode_field(name, getattr(base, name)),
                                         encode_field(name, getattr(local, name)),
                                         encode_field(name, self.mapper.server_fields(server_row).get(name)))
            etag = server_row.get("@odata.etag")
            if merged.push:
                try:
                    etag = context.retry.call(lambda body=merged.push, seen=etag: context.client.update(
                        CONTACT_SET, record.record_id, body, etag=seen))
                except PreconditionFailed:
                    server_row = None  # changed again meanwhile: read and merge once more
                    continue
                except NotFound:
                    return self._deleted_on_server(context, record)
            open_fields |= set(merged.conflicts)
            for name in [n for n in merged.take if n in open_fields]:
                # A field still waiting for the adviser keeps the local value; its conflict shows the CRM's newest.
                uow.sync.update_conflict_server_value(CLIENT_ENTITY, record.record_id, name,
                                                      encode_field(name, merged.take.pop(name)))
            # The record's rows beyond this round (a long queue is claimed in rounds) change fields too: those keep
            # the local value, and the record its old version, so that their own push meets a 412 and merges.
            waiting = uow.sync.entries_for(CLIENT_ENTITY, record.record_id, (OutboxState.PENDING, OutboxState.FAILED))
            queued = {name for e in waiting for name in e.changes}
            for name in [n for n in merged.take if n in queued]:
                del merged.take[name]
            uow.sync.apply_client_changes(record.record_id, merged.take, etag, keep_etag=bool(queued))
            log.info("merged client %s: %d sent, %d taken, %d conflicts", record.record_id, len(merged.push),
                     len(merged.take), len(merged.conflicts))
            return Settled.CONFLICT if merged.conflicts else Settled.DONE
        record.state["error"] = "the CRM record kept changing while Neuvo merged; tried again next time"
        return Settled.RETRY

