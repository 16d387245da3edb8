"""Encounters, need tags and signals ↔ `nv_encounter`, `nv_needtag`, `nv_signal`: append-only both ways.

Push: each is created once with its local id (a retried create answers DuplicateKey: already there, done). An
encounter links its contact with `nv_contact@odata.bind` (an anonymous one has no contact); a need tag or signal
links its encounter with `nv_encounter@odata.bind`. The order is the CRM's need: clients first, then encounters,
then their tags and signals, each tier sent only after the one before it was settled. A record whose parent is
still waiting to be created (not in the CRM yet) stays pending and goes in a later round or run; one whose
parent the CRM refused for good is kept as failed with the reason, without being sent.

Pull: rows the store lacks are appended without outbox rows and counted in the situational picture, so the
client's card shows encounters recorded on colleagues' workstations. A need code this workstation's taxonomy
does not know is kept as it came (the card says "unknown code …"). Rows that cannot be read are skipped and
named in the sync log (row_check.py); a row deleted in the CRM stays here (append-only).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from app.domain.encounter import AgeBand, iso_week, place_key
from app.municipalities import municipalities
from app.store.client_repository import ENTITY as CLIENT_ENTITY
from app.store.encounter_repository import ENCOUNTER_ENTITY, NEED_TAG_ENTITY, SIGNAL_ENTITY
from app.store.outbox import Operation
from app.store.unit_of_work import UnitOfWork
from sync.crm_schema import DEFAULT_PREFIX, CrmTable, crm_tables
from sync.dataverse.client import BatchItemResult, BatchOperation, ChangePage
from sync.dataverse.errors import NotFound
from sync.engine.consent_sync import AppendOnlySync
from sync.engine.entities import PullCounts, RecordChanges, Settled
from sync.engine.push import PushContext
from sync.engine.row_check import describe, row_problem

log = logging.getLogger(__name__)

ENCOUNTER_PRIORITY = 3  # after clients (1) and consents (2): an encounter links its contact
DETAIL_PRIORITY = 4  # need tags and signals link their encounter


class _LinkedAppendOnly(AppendOnlySync):
    """An append-only table whose rows link a parent record that may itself still wait in the outbox."""

    p: str  # the publisher prefix
    table: CrmTable
    parent_entity: str
    parent_key: str  # the outbox value holding the parent's id (None: no parent, e.g. an anonymous encounter)
    parent_noun: str
    priority: int
    required: tuple[str, ...] = ()

    def select(self) -> Sequence[str]:
        return [c.attribute for c in self.table.columns if c.name not in ("statecode", "versionnumber")]

    def plan(self, uow: UnitOfWork, records: list[RecordChanges]) -> None:
        waiting = uow.sync.unsent_record_ids(self.parent_entity)
        refused = uow.sync.refused_record_ids(self.parent_entity)
        extra = self.plan_context(uow)
        for record in records:
            create = next((e for e in record.entries if e.operation is Operation.CREATE), None)
            if create is None:
                continue  # append-only: nothing but creates is ever sent
            values = {name: change.get("new") for name, change in create.changes.items()}
            try:
                body = self.to_crm(values, **extra)
                parent = uuid.UUID(values[self.parent_key]) if values.get(self.parent_key) else None
            except (KeyError, TypeError, ValueError) as exc:
                record.state["error"] = f"cannot be sent: {exc}"
                continue
            if parent in refused:
                record.state["error"] = f"its {self.parent_noun} was refused by the CRM"
                continue
            record.state["parent"] = parent
            record.state["parent_waiting"] = parent in waiting
            record.priority = self.priority
            record.operation = BatchOperation("POST", self.table.entity_set, body)
            record.bulk_body = body

    def plan_context(self, uow: UnitOfWork) -> dict[str, Any]:
        return {}

    def settle(self, context: PushContext, record: RecordChanges, result: BatchItemResult) -> Settled:
        if isinstance(result.error, NotFound) and not record.state.get("parent_waiting"):
            record.state["error"] = f"its {self.parent_noun} is not in the CRM" if record.state.get("parent") \
                else f"the CRM has no {self.table.logical_name} table"
            return Settled.FAILED
        return super().settle(context, record, result)

    def apply_page(self, uow: UnitOfWork, page: ChangePage) -> PullCounts:
        counts = PullCounts()
        rows: list[dict[str, Any]] = []
        for row in page.rows:
            problem = row_problem(self.table, row, self.required)
            if problem is None:
                try:
                    rows.append({**self.from_crm(row), "crm_etag": row.get("@odata.etag")})
                    continue
                except (KeyError, TypeError, ValueError) as exc:
                    # Our own reasons are worded for the log; a library's may quote the value, which must not.
                    problem = str(exc) if str(exc).startswith("it") else f"it cannot be read ({type(exc).__name__})"
            counts.skipped += 1
            counts.problems.append(describe(self.table, row, problem))
        counts.applied = self.store(uow, rows)
        if page.deleted_ids:
            log.warning("pull: the CRM deleted %d rows of %s; kept here (append-only)", len(page.deleted_ids),
                        self.table.logical_name)
        if counts.skipped:
            log.warning("pull: %d rows of %s skipped (unreadable)", counts.skipped, self.table.logical_name)
        return counts

    def from_crm(self, row: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def store(self, uow: UnitOfWork, rows: list[dict[str, Any]]) -> int:
        raise NotImplementedError

    def code(self, row: dict[str, Any], name: str) -> str:
        column = self.table.by_name[f"{self.p}{name}"]
        value = column.option_code(row[column.attribute])
        if value is None:
            raise ValueError(f"its {column.name} has a value the table does not declare")
        return value

    def option(self, name: str, code: str) -> int:
        return self.table.by_name[f"{self.p}{name}"].option(code).value


class EncounterSync(_LinkedAppendOnly):
    entity = ENCOUNTER_ENTITY
    parent_entity = CLIENT_ENTITY
    parent_key = "client_id"
    parent_noun = "client"
    priority = ENCOUNTER_PRIORITY

    def __init__(self, *, prefix: str = DEFAULT_PREFIX) -> None:
        self.p = prefix
        self.table = crm_tables(prefix)[f"{prefix}encounter"]
        self.required = (f"{prefix}channel", f"{prefix}outcome", f"{prefix}startedon")

    def plan_context(self, uow: UnitOfWork) -> dict[str, Any]:
        return {"points": {str(point.id): point.name for point in uow.service_points.all()}}

    def to_crm(self, values: dict[str, Any], points: dict[str, str] | None = None) -> dict[str, Any]:
        p = self.p
        started = _datetime_text(values["started_at"])
        point = values.get("service_point_id")
        body = {
            f"{p}encounterid": values["id"],
            # The name is what a CRM user sees in lists: how and when, never who or what was said.
            f"{p}name": f"{values['channel']} {started[:16].replace('T', ' ')}",
            f"{p}channel": self.option("channel", values["channel"]),
            f"{p}outcome": self.option("outcome", values["outcome"]),
            f"{p}startedon": started,
            f"{p}endedon": _datetime_text(values["ended_at"]),
            # Where, as a CRM user reads it: the service point's name, or the event's (the column holds 100).
            f"{p}servicepoint": ((points or {}).get(point) or values.get("event_name") or "")[:100] or None,
            f"{p}summary": values.get("summary") or None,
            f"{p}servicepointid": point,
            f"{p}eventname": values.get("event_name"),
            f"{p}ageband": values.get("age_band"),
            f"{p}municipality": values.get("municipality_code"),
            f"{p}servicesoffered": ",".join(values.get("services_offered") or []) or None,
            f"{p}taxonomyversion": values.get("taxonomy_version"),
            f"{p}recordedby": values.get("adviser_id"),
            f"{p}recordedon": _datetime_text(values.get("recorded_at")),
            f"{p}corrects": values.get("corrects_id"),
        }
        if values.get("client_id"):
            body[f"{p}contact@odata.bind"] = f"/contacts({values['client_id']})"
        return body

    def from_crm(self, row: dict[str, Any]) -> dict[str, Any]:
        p = self.p
        started = _parse_datetime(row[f"{p}startedon"])
        ended = _parse_datetime(row.get(f"{p}endedon") or row[f"{p}startedon"])
        if ended < started:
            raise ValueError("it ends before it starts")
        point = _uuid_or_none(row.get(f"{p}servicepointid"))
        event = row.get(f"{p}eventname") or None
        band = row.get(f"{p}ageband")
        area = row.get(f"{p}municipality")
        offered = row.get(f"{p}servicesoffered") or ""
        recorded = row.get(f"{p}recordedon") or row.get("createdon") or row.get("modifiedon")
        return {
            "id": uuid.UUID(row[f"{p}encounterid"]), "client_id": _uuid_or_none(row.get(f"_{p}contact_value")),
            "channel": self.code(row, "channel"), "service_point_id": point, "event_name": event,
            "adviser_id": _adviser_id(row.get(f"{p}recordedby")), "started_at": started, "ended_at": ended,
            "outcome": self.code(row, "outcome"), "summary": row.get(f"{p}summary") or "",
            "services_offered": [s.strip() for s in offered.split(",") if s.strip()],
            "taxonomy_version": row.get(f"{p}taxonomyversion") or "",
            # Derived facts another system may not fill: unknown rather than refused.
            "age_band": band if band in {b.value for b in AgeBand} else AgeBand.UNKNOWN.value,
            "municipality_code": area if area in municipalities() else None,
            "week": iso_week(started), "place": place_key(point, event),
            "corrects_id": _uuid_or_none(row.get(f"{p}corrects")),
            "recorded_at": _parse_datetime(recorded) if recorded else started,
        }

    def store(self, uow: UnitOfWork, rows: list[dict[str, Any]]) -> int:
        return uow.encounters.insert_from_crm(rows)


class NeedTagSync(_LinkedAppendOnly):
    entity = NEED_TAG_ENTITY
    parent_entity = ENCOUNTER_ENTITY
    parent_key = "encounter_id"
    parent_noun = "encounter"
    priority = DETAIL_PRIORITY

    def __init__(self, *, prefix: str = DEFAULT_PREFIX) -> None:
        self.p = prefix
        self.table = crm_tables(prefix)[f"{prefix}needtag"]
        self.required = (f"{prefix}encounter", f"{prefix}needcode", f"{prefix}status")

    def to_crm(self, values: dict[str, Any], **_: Any) -> dict[str, Any]:
        p = self.p
        return {
            f"{p}needtagid": values["id"], f"{p}name": values["need_code"][:200],
            f"{p}encounter@odata.bind": f"/{p}encounters({values['encounter_id']})",
            f"{p}needcode": values["need_code"], f"{p}status": self.option("status", values["status"]),
            f"{p}position": values.get("position"),
        }

    def from_crm(self, row: dict[str, Any]) -> dict[str, Any]:
        p = self.p
        code = row[f"{p}needcode"].strip()
        if not code:
            raise ValueError(f"its {p}needcode is empty")
        position = row.get(f"{p}position")
        return {"id": uuid.UUID(row[f"{p}needtagid"]), "encounter_id": uuid.UUID(row[f"_{p}encounter_value"]),
                "need_code": code, "status": self.code(row, "status"),
                "position": position if isinstance(position, int) else 0}

    def store(self, uow: UnitOfWork, rows: list[dict[str, Any]]) -> int:
        return uow.encounters.insert_need_tags_from_crm(rows)


class SignalSync(_LinkedAppendOnly):
    entity = SIGNAL_ENTITY
    parent_entity = ENCOUNTER_ENTITY
    parent_key = "encounter_id"
    parent_noun = "encounter"
    priority = DETAIL_PRIORITY

    def __init__(self, *, prefix: str = DEFAULT_PREFIX) -> None:
        self.p = prefix
        self.table = crm_tables(prefix)[f"{prefix}signal"]
        self.required = (f"{prefix}encounter", f"{prefix}kind")

    def to_crm(self, values: dict[str, Any], **_: Any) -> dict[str, Any]:
        p = self.p
        return {
            f"{p}signalid": values["id"], f"{p}name": values["kind"][:200],
            f"{p}encounter@odata.bind": f"/{p}encounters({values['encounter_id']})",
            f"{p}kind": self.option("kind", values["kind"]), f"{p}text": values.get("text") or None,
            f"{p}severity": values.get("severity"), f"{p}position": values.get("position"),
        }

    def from_crm(self, row: dict[str, Any]) -> dict[str, Any]:
        p = self.p
        severity = row.get(f"{p}severity")
        if severity is None:
            severity = 2
        if not 1 <= severity <= 3:
            raise ValueError(f"its {p}severity is {severity}, not 1, 2 or 3")
        position = row.get(f"{p}position")
        return {"id": uuid.UUID(row[f"{p}signalid"]), "encounter_id": uuid.UUID(row[f"_{p}encounter_value"]),
                "kind": self.code(row, "kind"), "text": row.get(f"{p}text") or "", "severity": severity,
                "position": position if isinstance(position, int) else 0}

    def store(self, uow: UnitOfWork, rows: list[dict[str, Any]]) -> int:
        return uow.encounters.insert_signals_from_crm(rows)


def _datetime_text(value: Any) -> str | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _parse_datetime(value: Any) -> datetime:
    parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _adviser_id(value: Any) -> uuid.UUID | None:
    """Neuvo records its adviser's id; another system may write a name there, which is no adviser of ours."""
    try:
        return _uuid_or_none(value)
    except ValueError:
        return None


def _uuid_or_none(value: Any) -> uuid.UUID | None:
    if not value:
        return None
    return uuid.UUID(str(value))
