"""Consent events ↔ `nv_consent`: append-only both ways.

Push: each event is created once with its local id (a retried create answers DuplicateKey: already there, done).
A withdrawal goes first of everything in a round — the most privacy-relevant fact must not wait behind a queue of
edits — unless its client is itself waiting to be created (the CRM needs the contact to link to).
Pull: events the store lacks are appended; a CRM row without `nv_sequence` gets 1 + the highest sequence held for
its client and purpose (made "knowing everything", docs/decisions/0007); unknown choice values and unreadable
rows are skipped and counted, never half-applied.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from app.domain.consent import ConsentChannel, ConsentDecision, ConsentEvent, ConsentEvidence
from app.store.client_repository import ENTITY as CLIENT_ENTITY
from app.store.consent_repository import ENTITY as CONSENT_ENTITY
from app.store.outbox import Operation
from app.store.unit_of_work import UnitOfWork
from sync.crm_schema import DEFAULT_PREFIX, crm_tables
from sync.dataverse.client import BatchItemResult, BatchOperation, ChangePage
from sync.dataverse.errors import DuplicateKey, NotFound
from sync.engine.entities import PullCounts, RecordChanges, Settled
from sync.engine.push import PushContext
from sync.engine.row_check import describe, row_problem

log = logging.getLogger(__name__)

WITHDRAWAL_PRIORITY = 0
CONSENT_PRIORITY = 2
# Neuvo's evidence codes where the CRM's option codes differ.
_EVIDENCE_TO_CRM = {ConsentEvidence.STRONG_E_IDENTIFICATION.value: "strong_identification"}
_EVIDENCE_FROM_CRM = {v: k for k, v in _EVIDENCE_TO_CRM.items()}


def _required_columns(p: str) -> tuple[str, ...]:
    """What a consent event cannot be shown without."""
    return tuple(f"{p}{name}" for name in ("contact", "purpose", "decision", "validfrom", "channel", "evidence"))


class AppendOnlySync:
    """Shared by append-only entities (consents; encounters, need tags and signals in encounter_sync.py): a create
    per record, DuplicateKey means done, nothing is ever updated or deleted."""

    entity: str

    def to_crm(self, values: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def settle(self, context: PushContext, record: RecordChanges, result: BatchItemResult) -> Settled:
        assert context.uow is not None
        error = result.error
        if error is None or isinstance(error, DuplicateKey):
            return Settled.DONE
        if isinstance(error, NotFound) and record.state.get("parent_waiting"):
            return Settled.RETRY
        if isinstance(error, NotFound):
            record.state["error"] = "its client is not in the CRM"
            return Settled.FAILED
        raise error


class ConsentSync(AppendOnlySync):
    entity = CONSENT_ENTITY

    def __init__(self, *, prefix: str = DEFAULT_PREFIX) -> None:
        self.p = prefix
        self.table = crm_tables(prefix)[f"{prefix}consent"]

    def select(self) -> Sequence[str]:
        return [c.attribute for c in self.table.columns if c.name not in ("createdon", "statecode")]

    # --- push --------------------------------------------------------------------------------------------------------

    def plan(self, uow: UnitOfWork, records: list[RecordChanges]) -> None:
        waiting_clients = uow.sync.unsent_record_ids(CLIENT_ENTITY)
        for record in records:
            create = next((e for e in record.entries if e.operation is Operation.CREATE), None)
            if create is None:
                continue  # append-only: nothing but creates is ever sent
            values = {name: change.get("new") for name, change in create.changes.items()}
            try:
                body = self.to_crm(values)
            except (KeyError, ValueError) as exc:
                record.state["error"] = f"cannot be sent: {exc}"
                continue
            client_waiting = uuid.UUID(values["client_id"]) in waiting_clients
            record.state["parent_waiting"] = client_waiting
            withdrawal = values.get("decision") == ConsentDecision.WITHDRAWN.value
            record.priority = WITHDRAWAL_PRIORITY if withdrawal and not client_waiting else CONSENT_PRIORITY
            record.operation = BatchOperation("POST", self.table.entity_set, body)
            record.bulk_body = body

    def to_crm(self, values: dict[str, Any]) -> dict[str, Any]:
        p, columns = self.p, self.table.by_name
        evidence = _EVIDENCE_TO_CRM.get(values["evidence"], values["evidence"])
        return {
            f"{p}consentid": values["id"],
            f"{p}name": f"{values['purpose']} {values['decision']}"[:200],
            f"{p}contact@odata.bind": f"/contacts({values['client_id']})",
            f"{p}purpose": columns[f"{p}purpose"].option(values["purpose"]).value,
            f"{p}decision": columns[f"{p}decision"].option(values["decision"]).value,
            f"{p}validfrom": _datetime_text(values["valid_from"]),
            f"{p}validuntil": _datetime_text(values.get("valid_until")),
            f"{p}channel": columns[f"{p}channel"].option(values["channel"]).value,
            f"{p}evidence": columns[f"{p}evidence"].option(evidence).value,
            f"{p}textversion": values.get("text_version"),
            f"{p}recordedby": values.get("recorded_by"),
            f"{p}recordedon": _datetime_text(values.get("recorded_at")),
            f"{p}sequence": values.get("sequence"),
            f"{p}language": values.get("language"),
            f"{p}guardian": values.get("guardian"),
        }

    # --- pull --------------------------------------------------------------------------------------------------------

    def apply_page(self, uow: UnitOfWork, page: ChangePage) -> PullCounts:
        counts = PullCounts()
        events: list[ConsentEvent] = []
        etags: dict[uuid.UUID, str | None] = {}
        next_sequence: dict[tuple[uuid.UUID, str], int] = {}
        for row in page.rows:
            problem = row_problem(self.table, row, _required_columns(self.p))
            if problem is None:
                try:
                    event = self.from_crm(row)
                except (KeyError, TypeError, ValueError) as exc:
                    problem = str(exc) if str(exc).startswith("its ") else f"it cannot be read ({type(exc).__name__})"
            if problem is not None:  # named in the sync log, never half-applied
                counts.skipped += 1
                counts.problems.append(describe(self.table, row, problem))
                continue
            if event.sequence <= 0:
                key = (event.client_id, event.purpose)
                if key not in next_sequence:
                    next_sequence[key] = uow.sync.highest_consent_sequence(*key)
                next_sequence[key] += 1
                event = _with_sequence(event, next_sequence[key])
            events.append(event)
            etags[event.id] = row.get("@odata.etag")
        counts.applied = uow.sync.insert_consents_from_crm(events, etags)
        if page.deleted_ids:
            # Append-only: a consent event deleted in the CRM stays here as the record of what was decided.
            log.warning("pull: the CRM deleted %d consent events; kept here (append-only)", len(page.deleted_ids))
        if counts.skipped:
            log.warning("pull: %d consent rows skipped (unknown choice values or missing columns)", counts.skipped)
        return counts

    def from_crm(self, row: dict[str, Any]) -> ConsentEvent:
        p, columns = self.p, self.table.by_name

        def code(name: str) -> str:
            value = columns[f"{p}{name}"].option_code(row[f"{p}{name}"])
            if value is None:
                raise ValueError(f"unknown {name} value")
            return value

        sequence = row.get(f"{p}sequence")
        recorded_by = row.get(f"{p}recordedby")
        try:
            recorded_by_id = uuid.UUID(recorded_by) if recorded_by else None
        except ValueError:
            recorded_by_id = None
        valid_until = row.get(f"{p}validuntil")
        return ConsentEvent(
            id=uuid.UUID(row[f"{p}consentid"]), client_id=uuid.UUID(row[f"_{p}contact_value"]),
            purpose=code("purpose"), decision=ConsentDecision(code("decision")),
            valid_from=date.fromisoformat(row[f"{p}validfrom"][:10]),
            valid_until=date.fromisoformat(valid_until[:10]) if valid_until else None,
            channel=ConsentChannel(code("channel")),
            evidence=ConsentEvidence(_EVIDENCE_FROM_CRM.get(code("evidence"), code("evidence"))),
            text_version=row.get(f"{p}textversion") or "", language=row.get(f"{p}language") or "fi",
            guardian=row.get(f"{p}guardian"), recorded_by=recorded_by_id,
            recorded_at=_parse_datetime(row.get(f"{p}recordedon") or row.get("modifiedon")),
            sequence=sequence if isinstance(sequence, int) else 0)


def _with_sequence(event: ConsentEvent, sequence: int) -> ConsentEvent:
    return replace(event, sequence=sequence)


def _datetime_text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value)
    if len(text) == 10:  # a day
        return f"{text}T00:00:00Z"
    return text


def _parse_datetime(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError("no recorded time")
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
