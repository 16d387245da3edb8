"""Encounters in the store: appended with their need tags, signals, outbox rows and situational-picture tallies
through one session, never changed; and the drafts of open encounters, which are rewritten freely.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from app.domain.encounter import (
    AgeBand,
    Encounter,
    EncounterChannel,
    EncounterDraft,
    EncounterOutcome,
    NeedStatus,
    NeedTag,
    Signal,
    SignalKind,
    iso_week,
)
from app.store.outbox import Operation, Outbox
from app.store.situation_queries import SituationQueries
from app.store.tables import EncounterDraftRow, EncounterNeedRow, EncounterRow, EncounterSignalRow
from app.store.types import utc_now

ENCOUNTER_ENTITY = "encounter"
NEED_TAG_ENTITY = "need_tag"
SIGNAL_ENTITY = "signal"

# The situational picture's dimensions: every fact is counted once under each.
DIMENSIONS: tuple[str, ...] = ("all", "channel", "place", "area", "age_band")

TallyKey = tuple[str, str, str, str, str]  # fact, dimension, value, week, code

_UPSERT_TALLY = text("""
    INSERT INTO situation_tallies (fact, dimension, value, week, code, count, unmet, partly_met, severity_sum)
    VALUES (:fact, :dimension, :value, :week, :code, :count, :unmet, :partly_met, :severity_sum)
    ON CONFLICT (fact, dimension, value, week, code) DO UPDATE SET
        count = count + excluded.count, unmet = unmet + excluded.unmet,
        partly_met = partly_met + excluded.partly_met, severity_sum = severity_sum + excluded.severity_sum""")


class EncounterRepository:
    def __init__(self, session: Session, outbox: Outbox) -> None:
        self._session = session
        self._outbox = outbox
        self.situation = SituationQueries(session)

    # --- saved encounters (append-only) --------------------------------------------------------------------

    def add(self, encounter: Encounter) -> None:
        """Append the encounter with its tags and signals, queue their creates for the CRM and count them in the
        situational picture — all in the caller's transaction."""
        values = encounter_values(encounter)
        self._session.add(EncounterRow(**values))
        self._outbox.record(ENCOUNTER_ENTITY, encounter.id, Operation.CREATE,
                            {name: (None, value) for name, value in values.items()})
        for row in need_rows(encounter):
            self._session.add(EncounterNeedRow(**row))
            self._outbox.record(NEED_TAG_ENTITY, row["id"], Operation.CREATE,
                                {name: (None, value) for name, value in row.items()})
        for row in signal_rows(encounter):
            self._session.add(EncounterSignalRow(**row))
            self._outbox.record(SIGNAL_ENTITY, row["id"], Operation.CREATE,
                                {name: (None, value) for name, value in row.items()})
        self._session.flush()
        tallies: dict[TallyKey, list[int]] = {}
        add_tallies(tallies, encounter)
        self._session.execute(_UPSERT_TALLY, tally_rows(tallies))

    def exists(self, encounter_id: uuid.UUID) -> bool:
        return self._session.get(EncounterRow, encounter_id) is not None

    def get(self, encounter_id: uuid.UUID) -> Encounter | None:
        row = self._session.get(EncounterRow, encounter_id)
        return None if row is None else self._with_details([row])[0]

    def for_client(self, client_id: uuid.UUID, limit: int = 5) -> list[Encounter]:
        """The client's person-linked encounters, newest first."""
        rows = list(self._session.scalars(
            select(EncounterRow).where(EncounterRow.client_id == client_id)
            .order_by(EncounterRow.started_at.desc(), EncounterRow.id.desc()).limit(limit)))
        return self._with_details(rows)

    def _with_details(self, rows: list[EncounterRow]) -> list[Encounter]:
        ids = [row.id for row in rows]
        tags: dict[uuid.UUID, list[NeedTag]] = {i: [] for i in ids}
        signals: dict[uuid.UUID, list[Signal]] = {i: [] for i in ids}
        if ids:
            for tag in self._session.scalars(select(EncounterNeedRow).where(EncounterNeedRow.encounter_id.in_(ids))
                                             .order_by(EncounterNeedRow.position)):
                tags[tag.encounter_id].append(NeedTag(tag.need_code, NeedStatus(tag.status)))
            for signal in self._session.scalars(select(EncounterSignalRow)
                                                .where(EncounterSignalRow.encounter_id.in_(ids))
                                                .order_by(EncounterSignalRow.position)):
                signals[signal.encounter_id].append(Signal(SignalKind(signal.kind), signal.text, signal.severity))
        return [Encounter(
            id=row.id, client_id=row.client_id, channel=EncounterChannel(row.channel),
            service_point_id=row.service_point_id, event_name=row.event_name, adviser_id=row.adviser_id,
            started_at=row.started_at, ended_at=row.ended_at, outcome=EncounterOutcome(row.outcome),
            summary=row.summary, services_offered=tuple(row.services_offered),
            taxonomy_version=row.taxonomy_version, age_band=AgeBand(row.age_band),
            municipality_code=row.municipality_code, need_tags=tuple(tags[row.id]),
            signals=tuple(signals[row.id]), recorded_at=row.recorded_at, corrects=row.corrects_id,
        ) for row in rows]

    # --- drafts (rewritable, never synced) -----------------------------------------------------------------

    def save_draft(self, draft: EncounterDraft, adviser_id: uuid.UUID | None) -> datetime:
        now = utc_now()
        row = self._session.get(EncounterDraftRow, draft.id)
        if row is None:
            self._session.add(EncounterDraftRow(id=draft.id, adviser_id=adviser_id, updated_at=now,
                                                document=draft.to_json()))
        else:
            row.adviser_id, row.updated_at, row.document = adviser_id, now, draft.to_json()
        return now

    def drafts(self, adviser_id: uuid.UUID | None) -> list[tuple[EncounterDraft, datetime]]:
        """The adviser's open drafts, newest first."""
        rows = self._session.scalars(select(EncounterDraftRow).where(EncounterDraftRow.adviser_id == adviser_id)
                                     .order_by(EncounterDraftRow.updated_at.desc()))
        return [(EncounterDraft.from_json(row.document), row.updated_at) for row in rows]

    def draft(self, draft_id: uuid.UUID) -> EncounterDraft | None:
        row = self._session.get(EncounterDraftRow, draft_id)
        return None if row is None else EncounterDraft.from_json(row.document)

    def discard_draft(self, draft_id: uuid.UUID) -> bool:
        result = self._session.execute(delete(EncounterDraftRow).where(EncounterDraftRow.id == draft_id))
        return bool(result.rowcount)


# --- rows shared with the bulk loader ------------------------------------------------------------------------

def encounter_values(encounter: Encounter) -> dict[str, Any]:
    """The encounter as column values (also the outbox's `changes` and the bulk loader's rows)."""
    return {
        "id": encounter.id, "client_id": encounter.client_id, "channel": encounter.channel.value,
        "service_point_id": encounter.service_point_id, "event_name": encounter.event_name,
        "adviser_id": encounter.adviser_id, "started_at": encounter.started_at, "ended_at": encounter.ended_at,
        "outcome": encounter.outcome.value, "summary": encounter.summary,
        "services_offered": list(encounter.services_offered), "taxonomy_version": encounter.taxonomy_version,
        "age_band": encounter.age_band.value, "municipality_code": encounter.municipality_code,
        "week": encounter.week, "place": encounter.place, "corrects_id": encounter.corrects,
        "recorded_at": encounter.recorded_at,
    }


def need_rows(encounter: Encounter) -> list[dict[str, Any]]:
    # Ids derived from the encounter: a retried save or a re-run demo load gives the same rows.
    return [{"id": uuid.uuid5(encounter.id, f"need:{position}"), "encounter_id": encounter.id,
             "need_code": tag.code, "status": tag.status.value, "position": position}
            for position, tag in enumerate(encounter.need_tags)]


def signal_rows(encounter: Encounter) -> list[dict[str, Any]]:
    return [{"id": uuid.uuid5(encounter.id, f"signal:{position}"), "encounter_id": encounter.id,
             "kind": signal.kind.value, "text": signal.text, "severity": signal.severity, "position": position}
            for position, signal in enumerate(encounter.signals)]


def add_tallies(tallies: dict[TallyKey, list[int]], encounter: Encounter) -> None:
    """Count one encounter into `tallies` (key → [count, unmet, partly_met, severity_sum]) under every dimension."""
    week = iso_week(encounter.started_at)
    values = ("", encounter.channel.value, encounter.place, encounter.municipality_code or "",
              encounter.age_band.value)
    for dimension, value in zip(DIMENSIONS, values, strict=True):
        _bump(tallies, ("encounter", dimension, value, week, encounter.outcome.value), 1, 0, 0, 0)
        for tag in encounter.need_tags:
            _bump(tallies, ("need", dimension, value, week, tag.code), 1, int(tag.status is NeedStatus.UNMET),
                  int(tag.status is NeedStatus.PARTLY_MET), 0)
        for signal in encounter.signals:
            _bump(tallies, ("signal", dimension, value, week, signal.kind.value), 1, 0, 0, signal.severity)


def _bump(tallies: dict[TallyKey, list[int]], key: TallyKey, count: int, unmet: int, partly: int,
          severity: int) -> None:
    found = tallies.get(key)
    if found is None:
        tallies[key] = [count, unmet, partly, severity]
    else:
        found[0] += count
        found[1] += unmet
        found[2] += partly
        found[3] += severity


def tally_rows(tallies: dict[TallyKey, list[int]]) -> list[dict[str, Any]]:
    return [{"fact": fact, "dimension": dimension, "value": value, "week": week, "code": code, "count": c,
             "unmet": u, "partly_met": p, "severity_sum": s}
            for (fact, dimension, value, week, code), (c, u, p, s) in tallies.items()]


def upsert_tallies(connection: Any, tallies: dict[TallyKey, list[int]]) -> None:
    """Add `tallies` to the stored ones (the bulk loader's path; `add` does the same per encounter)."""
    rows = tally_rows(tallies)
    if rows:
        connection.execute(_UPSERT_TALLY, rows)


def encounters_values(encounters: Iterable[Encounter]) -> list[dict[str, Any]]:
    return [encounter_values(encounter) for encounter in encounters]
