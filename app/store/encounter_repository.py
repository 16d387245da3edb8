"""Encounters in the store: appended with their need tags, signals, outbox rows and situational-picture tallies
through one session, never changed; and the drafts of open encounters, which are rewritten freely.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, text
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
        cross: dict[CrossKey, list[int]] = {}
        add_cross_tallies(cross, encounter)
        upsert_cross_tallies(self._session, cross)
        combos: dict[ComboKey, list[int]] = {}
        pairs: dict[PairKey, list[int]] = {}
        add_combination_tallies(combos, pairs, encounter)
        upsert_combination_tallies(self._session, combos, pairs)
        needs: dict[NeedKey, list[int]] = {}
        add_need_tallies(needs, encounter, stored_ancestry(self._session, {tag.code for tag in encounter.need_tags}))
        upsert_need_tallies(self._session, needs)

    # --- encounters recorded on other workstations (pulled from the CRM; no outbox rows) -----------------------

    def insert_from_crm(self, rows: list[dict[str, Any]]) -> int:
        """Append encounters the CRM holds and this store lacks (`encounter_values` shapes plus `crm_etag`); a known
        one — our own coming back, or one pulled before — is left as it is. Each new encounter is counted in the
        situational picture, with any of its tags and signals that arrived before it. Returns how many were new."""
        new = self._new_rows(EncounterRow, rows)
        if not new:
            return 0
        self._session.execute(insert(EncounterRow), new)
        ids = [row["id"] for row in new]
        tags = self._stored(EncounterNeedRow, ids)
        signals = self._stored(EncounterSignalRow, ids)
        tallies: dict[TallyKey, list[int]] = {}
        cross: dict[CrossKey, list[int]] = {}
        combos: dict[ComboKey, list[int]] = {}
        pairs: dict[PairKey, list[int]] = {}
        needs: dict[NeedKey, list[int]] = {}
        ancestry = stored_ancestry(self._session, {t["need_code"] for rows in tags.values() for t in rows})
        for row in new:
            encounter = _counted(row, tags.get(row["id"], []), signals.get(row["id"], []))
            add_tallies(tallies, encounter)
            add_cross_tallies(cross, encounter)
            add_combination_tallies(combos, pairs, encounter)
            add_need_tallies(needs, encounter, ancestry)
        self._session.execute(_UPSERT_TALLY, tally_rows(tallies))
        upsert_cross_tallies(self._session, cross)
        upsert_combination_tallies(self._session, combos, pairs)
        upsert_need_tallies(self._session, needs)
        return len(new)

    def insert_need_tags_from_crm(self, rows: list[dict[str, Any]]) -> int:
        """Append need tags from the CRM (`need_rows` shapes plus `crm_etag`), whatever their code: a code this
        taxonomy does not know is kept as it came. A tag whose encounter is here is counted now; one that came
        before its encounter is counted with the encounter."""
        return self._insert_details(EncounterNeedRow, rows, need=True)

    def insert_signals_from_crm(self, rows: list[dict[str, Any]]) -> int:
        return self._insert_details(EncounterSignalRow, rows, need=False)

    def _insert_details(self, table: type[EncounterNeedRow] | type[EncounterSignalRow], rows: list[dict[str, Any]],
                        *, need: bool) -> int:
        new = self._new_rows(table, rows)
        if not new:
            return 0
        self._session.execute(insert(table), new)
        parents = {row.id: row for row in self._session.scalars(
            select(EncounterRow).where(EncounterRow.id.in_({row["encounter_id"] for row in new})))}
        tallies: dict[TallyKey, list[int]] = {}
        cross: dict[CrossKey, list[int]] = {}
        combos: dict[ComboKey, list[int]] = {}
        pairs: dict[PairKey, list[int]] = {}
        for row in new:
            parent = parents.get(row["encounter_id"])
            if parent is None:
                continue
            values = {c.key: getattr(parent, c.key) for c in EncounterRow.__table__.columns}
            encounter = _counted(values, [row] if need else [], [] if need else [row])
            add_tallies(tallies, encounter, encounter_fact=False)
            add_combination_tallies(combos, pairs, encounter, encounter_fact=False)
            if need:
                add_cross_tallies(cross, encounter)
        if tallies:
            self._session.execute(_UPSERT_TALLY, tally_rows(tallies))
        # The encounter itself was counted when it arrived: only the need facts are added now.
        upsert_cross_tallies(self._session, {key: counts for key, counts in cross.items() if key[0] == "need"})
        upsert_combination_tallies(self._session, combos, pairs)
        self._recount_needs_carried(parents, {row["id"] for row in new})
        return len(new)

    def _recount_needs_carried(self, parents: dict[uuid.UUID, EncounterRow], new_ids: set[uuid.UUID]) -> None:
        """A tag or signal arriving after its encounter changes which needs the encounter carries, or what it
        carries them with: its need tallies are taken away as they were and added as they are now."""
        if not parents:
            return
        ids = list(parents)
        tags = self._stored(EncounterNeedRow, ids)
        signals = self._stored(EncounterSignalRow, ids)
        ancestry = stored_ancestry(self._session, {t["need_code"] for rows in tags.values() for t in rows})
        needs: dict[NeedKey, list[int]] = {}
        for encounter_id, parent in parents.items():
            values = {c.key: getattr(parent, c.key) for c in EncounterRow.__table__.columns}
            now_tags, now_signals = tags.get(encounter_id, []), signals.get(encounter_id, [])
            before = _counted(values, [t for t in now_tags if t["id"] not in new_ids],
                              [s for s in now_signals if s["id"] not in new_ids])
            add_need_tallies(needs, before, ancestry, sign=-1)
            add_need_tallies(needs, _counted(values, now_tags, now_signals), ancestry)
        upsert_need_tallies(self._session, needs)

    def _new_rows(self, table: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        unique = list({row["id"]: row for row in rows}.values())
        known: set[uuid.UUID] = set()
        ids = [row["id"] for row in unique]
        for start in range(0, len(ids), 5000):
            known.update(self._session.scalars(select(table.id).where(table.id.in_(ids[start:start + 5000]))))
        return [row for row in unique if row["id"] not in known]

    def _stored(self, table: Any, encounter_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[dict[str, Any]]]:
        found: dict[uuid.UUID, list[dict[str, Any]]] = {}
        for start in range(0, len(encounter_ids), 5000):
            for row in self._session.scalars(select(table).where(
                    table.encounter_id.in_(encounter_ids[start:start + 5000]))):
                found.setdefault(row.encounter_id, []).append({c.key: getattr(row, c.key) for c in
                                                               table.__table__.columns})
        return found

    def exists(self, encounter_id: uuid.UUID) -> bool:
        return self._session.get(EncounterRow, encounter_id) is not None

    def get(self, encounter_id: uuid.UUID) -> Encounter | None:
        row = self._session.get(EncounterRow, encounter_id)
        return None if row is None else self._with_details([row])[0]

    def count_at_place(self, place: str, channel: str, week: str, start: datetime, end: datetime) -> int:
        """Encounters at a place (service point or event) on a channel that started in [start, end); `week` is
        the city week holding that span, so the week index narrows the rows before the times are compared."""
        return self._session.scalar(
            select(func.count()).select_from(EncounterRow).where(
                EncounterRow.week == week, EncounterRow.place == place, EncounterRow.channel == channel,
                EncounterRow.started_at >= start, EncounterRow.started_at < end)) or 0

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


def add_tallies(tallies: dict[TallyKey, list[int]], encounter: Encounter, *, encounter_fact: bool = True) -> None:
    """Count one encounter into `tallies` (key → [count, unmet, partly_met, severity_sum]) under every dimension;
    without `encounter_fact`, only its tags and signals (they arrived from the CRM after the encounter)."""
    week = iso_week(encounter.started_at)
    values = ("", encounter.channel.value, encounter.place, encounter.municipality_code or "",
              encounter.age_band.value)
    for dimension, value in zip(DIMENSIONS, values, strict=True):
        if encounter_fact:
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


def _counted(values: dict[str, Any], tags: list[dict[str, Any]], signals: list[dict[str, Any]]) -> Encounter:
    """An encounter row (as column values) with the given tag and signal rows, as the tallies count it."""
    return Encounter(
        id=values["id"], client_id=values["client_id"], channel=EncounterChannel(values["channel"]),
        service_point_id=values["service_point_id"], event_name=values["event_name"],
        adviser_id=values["adviser_id"], started_at=values["started_at"], ended_at=values["ended_at"],
        outcome=EncounterOutcome(values["outcome"]), summary="", services_offered=(),
        taxonomy_version=values["taxonomy_version"], age_band=AgeBand(values["age_band"]),
        municipality_code=values["municipality_code"],
        need_tags=tuple(NeedTag(t["need_code"], NeedStatus(t["status"])) for t in tags),
        signals=tuple(Signal(SignalKind(s["kind"]), s["text"], s["severity"]) for s in signals),
        recorded_at=values["recorded_at"])


def encounters_values(encounters: Iterable[Encounter]) -> list[dict[str, Any]]:
    return [encounter_values(encounter) for encounter in encounters]
