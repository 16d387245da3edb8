"""The tables of the local store. Migrations in app/store/migrations create them; these mappings read them.

Every table that syncs with the CRM carries the same bookkeeping columns (SyncedColumns): a locally generated
UUID key that Dataverse accepts on create, the last server etag seen, a local edit counter and a soft delete.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, Uuid, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.store.types import JsonText, UtcDateTime, utc_now


class Base(DeclarativeBase):
    pass


class SyncedColumns:
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    crm_etag: Mapped[str | None] = mapped_column(String(64))
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ClientRow(SyncedColumns, Base):
    __tablename__ = "clients"

    crm_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    first_names: Mapped[str] = mapped_column(String(200))
    last_name: Mapped[str] = mapped_column(String(200))
    preferred_name: Mapped[str | None] = mapped_column(String(100))
    birth_date: Mapped[date | None] = mapped_column(Date)
    identity_code: Mapped[str | None] = mapped_column(String(11))
    identity_code_hash: Mapped[str | None] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(320))
    street: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(10))
    municipality_code: Mapped[str | None] = mapped_column(String(3))
    preferred_language: Mapped[str] = mapped_column(String(8), default="fi")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    safety_marking: Mapped[bool] = mapped_column(Boolean, default=False)

    phones: Mapped[list[PhoneRow]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="PhoneRow.position", lazy="selectin"
    )

    __table_args__ = (
        Index("ix_clients_name", "last_name", "first_names", "id"),
        Index("ix_clients_identity_code_hash", "identity_code_hash"),
        Index("ix_clients_email_folded", text("lower(email)")),
        Index("ix_clients_birth_date", "birth_date"),
    )


class PhoneRow(Base):
    """A client's phone number, part of the client aggregate (Dataverse keeps them as contact columns)."""

    __tablename__ = "client_phones"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("clients.id", ondelete="CASCADE"))
    number_e164: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(8))
    position: Mapped[int] = mapped_column(Integer, default=0)

    client: Mapped[ClientRow] = relationship(back_populates="phones")

    __table_args__ = (
        Index("ix_client_phones_number", "number_e164"),
        Index("ix_client_phones_client", "client_id"),
    )


class AdviserRow(SyncedColumns, Base):
    __tablename__ = "advisers"

    username: Mapped[str] = mapped_column(String(200), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8), default="fi")


class ServicePointRow(SyncedColumns, Base):
    __tablename__ = "service_points"

    name: Mapped[str] = mapped_column(String(200))
    municipality_code: Mapped[str | None] = mapped_column(String(3))
    kind: Mapped[str] = mapped_column(String(20))


class AuditEventRow(Base):
    """Append-only (triggers refuse UPDATE and DELETE). Never holds the personal data itself."""

    __tablename__ = "audit_events"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    adviser_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("advisers.id"))
    action: Mapped[str] = mapped_column(String(40))
    record_type: Mapped[str | None] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(String(200))
    workstation: Mapped[str] = mapped_column(String(200))

    __table_args__ = (
        Index("ix_audit_events_at", "at"),
        Index("ix_audit_events_record", "record_type", "record_id"),
        Index("ix_audit_events_adviser", "adviser_id", "at"),
        Index("ix_audit_events_adviser_action", "adviser_id", "action", "at"),
    )


class ConsentEventRow(Base):
    """A consent decision [suostumus]. Append-only: triggers refuse DELETE and any UPDATE of the decision's own
    columns; only `crm_etag` (sync bookkeeping: the server version last seen) may change.

    No foreign keys on purpose: consent rows pulled from the CRM may arrive before their contact or their
    adviser (each table has its own delta link), and an append-only fact must never be refused for that.
    """

    __tablename__ = "consent_events"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    client_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    purpose: Mapped[str] = mapped_column(String(40))
    decision: Mapped[str] = mapped_column(String(12))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(12))
    evidence: Mapped[str] = mapped_column(String(30))
    text_version: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(8))
    guardian: Mapped[str | None] = mapped_column(String(200))
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sequence: Mapped[int] = mapped_column(Integer)
    crm_etag: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        CheckConstraint("valid_until IS NULL OR valid_until >= valid_from", name="ck_consent_events_validity"),
        # A client's events per purpose in causal order: the card's status and the "is it still the latest"
        # probe of the expiring list.
        Index("ix_consent_events_client", "client_id", "purpose", "sequence"),
        # The expiring list: grants by end date (only grants expire, so only they are indexed), in the list's own
        # order so that a page stops after its rows instead of sorting every grant in the window; the purpose
        # is in the index so that a purpose filter needs no table read.
        Index("ix_consent_events_expiry", "valid_until", "client_id", "purpose",
              sqlite_where=text("decision = 'granted'")),
    )


class OutboxRow(Base):
    """One local change waiting for the CRM. `seq` orders the drain; `id` is the change's idempotency key."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    operation: Mapped[str] = mapped_column(String(10))
    changes: Mapped[dict[str, Any]] = mapped_column(JsonText)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(12), default="pending")
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_outbox_state_seq", "state", "seq"),
        Index("ix_outbox_record", "entity", "record_id"),
    )


class SyncStateRow(Base):
    """Per CRM table: the stored change-tracking delta link and when it was last used."""

    __tablename__ = "sync_state"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    delta_link: Mapped[str | None] = mapped_column(Text)
    last_pull_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_push_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SyncRunRow(Base):
    __tablename__ = "sync_runs"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    pulled: Mapped[int] = mapped_column(Integer, default=0)
    pushed: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(20))
    message: Mapped[str | None] = mapped_column(Text)


class ConflictRow(Base):
    """A field changed both here and in the CRM; waits for the adviser's decision."""

    __tablename__ = "conflicts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(80))
    base_value: Mapped[Any] = mapped_column(JsonText)
    local_value: Mapped[Any] = mapped_column(JsonText)
    server_value: Mapped[Any] = mapped_column(JsonText)
    state: Mapped[str] = mapped_column(String(12), default="open")
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("advisers.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_conflicts_state", "state", "entity", "record_id"),)


# The service catalogue (PTV import, read-only locally; migration 0004). Services and channels are kept as JSON
# documents (app/store/service_documents.py) with the columns that filters and joins need beside them. The
# integer `id` is the rowid the FTS5 indexes point to (app/store/service_index.py).


class PtvServiceRow(Base):
    __tablename__ = "ptv_services"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ptv_id: Mapped[str] = mapped_column(String(36), unique=True)
    status: Mapped[str] = mapped_column(String(12))
    organization_id: Mapped[str | None] = mapped_column(String(36))
    nationwide: Mapped[bool] = mapped_column(Boolean)
    municipalities: Mapped[str] = mapped_column(Text)  # " 905 529 ": codes between spaces, for ranking
    languages: Mapped[str] = mapped_column(String(60))  # " fi sv "
    modified: Mapped[str | None] = mapped_column(String(40))
    document: Mapped[dict[str, Any]] = mapped_column(JsonText)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_ptv_services_organization", "organization_id", "status"),)


class PtvChannelRow(Base):
    __tablename__ = "ptv_channels"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ptv_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(12))
    organization_id: Mapped[str | None] = mapped_column(String(36))
    modified: Mapped[str | None] = mapped_column(String(40))
    document: Mapped[dict[str, Any]] = mapped_column(JsonText)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_ptv_channels_organization", "organization_id", "status"),)


class PtvServiceChannelRow(Base):
    """A service offered through a channel. The channel may not be imported (yet): the link keeps its PTV id."""

    __tablename__ = "ptv_service_channels"

    service_id: Mapped[int] = mapped_column(Integer, ForeignKey("ptv_services.id", ondelete="CASCADE"),
                                            primary_key=True)
    channel_ptv_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_ptv_service_channels_channel", "channel_ptv_id"),)


class PtvServiceCodeRow(Base):
    """What the search filters on: (scheme, code) per service — service class (with its parent class), life
    event, target group, municipality ("*" for nationwide), language, channel kind."""

    __tablename__ = "ptv_service_codes"

    scheme: Mapped[str] = mapped_column(String(16), primary_key=True)
    code: Mapped[str] = mapped_column(String(200), primary_key=True)
    service_id: Mapped[int] = mapped_column(Integer, ForeignKey("ptv_services.id", ondelete="CASCADE"),
                                            primary_key=True)

    __table_args__ = (Index("ix_ptv_service_codes_service", "service_id"), {"sqlite_with_rowid": False})


class PtvCodeRow(Base):
    """Code lists: service classes, life events, target groups, municipalities, with fi/sv/en labels."""

    __tablename__ = "ptv_codes"

    scheme: Mapped[str] = mapped_column(String(16), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    uri: Mapped[str | None] = mapped_column(String(200))
    old_uri: Mapped[str | None] = mapped_column(String(200))
    parent: Mapped[str | None] = mapped_column(String(40))
    labels: Mapped[dict[str, Any]] = mapped_column(JsonText)


class PtvGeneralDescriptionRow(Base):
    __tablename__ = "ptv_general_descriptions"

    ptv_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    document: Mapped[dict[str, Any]] = mapped_column(JsonText)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)


class PtvVocabularyRow(Base):
    """The catalogue's words per language: `word` (as written; compound splitting) and `stem` (indexed stems;
    spelling correction). Only grows, like client_name_terms."""

    __tablename__ = "ptv_vocabulary"

    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    term: Mapped[str] = mapped_column(String(80), primary_key=True)

    __table_args__ = ({"sqlite_with_rowid": False},)


class PtvImportRow(Base):
    """One finished catalogue import; the newest id also tells searches to reload their in-memory vocabulary."""

    __tablename__ = "ptv_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    finished_at: Mapped[datetime] = mapped_column(UtcDateTime)
    source: Mapped[str] = mapped_column(Text)
    services: Mapped[int] = mapped_column(Integer)
    channels: Mapped[int] = mapped_column(Integer)
    withdrawn: Mapped[int] = mapped_column(Integer)
    skipped: Mapped[int] = mapped_column(Integer)


# Encounters, their need tags and signals (migration 0005). Append-only facts like consent_events: triggers
# refuse DELETE and any UPDATE but of crm_etag; no foreign keys, because rows pulled from the CRM may arrive
# before their client or their encounter. Age band, municipality, week and place are stored on the encounter
# itself, so that the situational picture never joins clients.


class EncounterRow(Base):
    __tablename__ = "encounters"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    client_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    channel: Mapped[str] = mapped_column(String(12))
    service_point_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    event_name: Mapped[str | None] = mapped_column(String(120))
    adviser_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime] = mapped_column(UtcDateTime)
    outcome: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)
    services_offered: Mapped[list[str]] = mapped_column(JsonText)
    taxonomy_version: Mapped[str] = mapped_column(String(40))
    age_band: Mapped[str] = mapped_column(String(8))
    municipality_code: Mapped[str | None] = mapped_column(String(3))
    week: Mapped[str] = mapped_column(String(8))
    place: Mapped[str] = mapped_column(String(140))
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    crm_etag: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        CheckConstraint("ended_at >= started_at", name="ck_encounters_time"),
        Index("ix_encounters_client", "client_id", "started_at", sqlite_where=text("client_id IS NOT NULL")),
        Index("ix_encounters_week", "week"),
    )


class EncounterNeedRow(Base):
    __tablename__ = "encounter_needs"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    encounter_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    need_code: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(12))
    position: Mapped[int] = mapped_column(Integer)
    crm_etag: Mapped[str | None] = mapped_column(String(64))

    # ix_encounter_needs_code (migration 0006): a need drill-down finds the encounters carrying the need.
    __table_args__ = (Index("ix_encounter_needs_encounter", "encounter_id", "position"),
                      Index("ix_encounter_needs_code", "need_code", "encounter_id"))


class EncounterSignalRow(Base):
    __tablename__ = "encounter_signals"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    encounter_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    kind: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(String(200))
    severity: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    crm_etag: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        CheckConstraint("severity BETWEEN 1 AND 3", name="ck_encounter_signals_severity"),
        Index("ix_encounter_signals_encounter", "encounter_id", "position"),
    )


class EncounterDraftRow(Base):
    """An open encounter, rewritten as the adviser types: what a crash must not lose. Never synced."""

    __tablename__ = "encounter_drafts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    adviser_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    document: Mapped[dict[str, Any]] = mapped_column(JsonText)

    __table_args__ = (Index("ix_encounter_drafts_adviser", "adviser_id", "updated_at"),)


class SituationTallyRow(Base):
    """Running totals for the situational picture, kept by the encounter repository in the transaction of each
    saved encounter (rebuildable from the facts: app/store/situation_tallies.py). `fact` is need / encounter /
    signal; `dimension` is all / channel / place / area / age_band with its `value`; `code` the need code,
    outcome or signal kind."""

    __tablename__ = "situation_tallies"

    fact: Mapped[str] = mapped_column(String(12), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(12), primary_key=True)
    value: Mapped[str] = mapped_column(String(140), primary_key=True)
    week: Mapped[str] = mapped_column(String(8), primary_key=True)
    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    unmet: Mapped[int] = mapped_column(Integer)
    partly_met: Mapped[int] = mapped_column(Integer)
    severity_sum: Mapped[int] = mapped_column(Integer)

    __table_args__ = ({"sqlite_with_rowid": False},)


class SituationCrossTallyRow(Base):
    """Running totals of one dimension value by the values of another, per week (migration 0006; kept with the
    tallies: app/store/situation_cross_tallies.py). `fact` is need / encounter."""

    __tablename__ = "situation_cross_tallies"

    fact: Mapped[str] = mapped_column(String(12), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(12), primary_key=True)
    value: Mapped[str] = mapped_column(String(140), primary_key=True)
    by_dimension: Mapped[str] = mapped_column(String(12), primary_key=True)
    by_value: Mapped[str] = mapped_column(String(140), primary_key=True)
    week: Mapped[str] = mapped_column(String(8), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    unmet: Mapped[int] = mapped_column(Integer)
    partly_met: Mapped[int] = mapped_column(Integer)

    __table_args__ = ({"sqlite_with_rowid": False},)


class SituationComboTallyRow(Base):
    """Per week, the encounters and need tags of each combination of channel, place, area and age band that occurs
    (migration 0007; kept with the tallies: app/store/situation_cross_tallies.py)."""

    __tablename__ = "situation_combo_tallies"

    week: Mapped[str] = mapped_column(String(8), primary_key=True)
    channel: Mapped[str] = mapped_column(String(12), primary_key=True)
    place: Mapped[str] = mapped_column(String(140), primary_key=True)
    area: Mapped[str] = mapped_column(String(12), primary_key=True)
    age_band: Mapped[str] = mapped_column(String(12), primary_key=True)
    encounters: Mapped[int] = mapped_column(Integer)
    needs: Mapped[int] = mapped_column(Integer)
    unmet: Mapped[int] = mapped_column(Integer)
    partly_met: Mapped[int] = mapped_column(Integer)

    __table_args__ = ({"sqlite_with_rowid": False},)


class SituationPairTallyRow(Base):
    """Per week and code, the facts of a pair of values of two dimensions (migration 0007;
    app/store/situation_cross_tallies.py). `fact` is need / encounter / signal, as in situation_tallies."""

    __tablename__ = "situation_pair_tallies"

    fact: Mapped[str] = mapped_column(String(12), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(12), primary_key=True)
    value: Mapped[str] = mapped_column(String(140), primary_key=True)
    dimension2: Mapped[str] = mapped_column(String(12), primary_key=True)
    value2: Mapped[str] = mapped_column(String(140), primary_key=True)
    week: Mapped[str] = mapped_column(String(8), primary_key=True)
    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    unmet: Mapped[int] = mapped_column(Integer)
    partly_met: Mapped[int] = mapped_column(Integer)
    severity_sum: Mapped[int] = mapped_column(Integer)

    __table_args__ = ({"sqlite_with_rowid": False},)


class SituationNeedTallyRow(Base):
    """Per need, the encounters carrying it (the need or one beneath it, once each) and their signals, by
    dimension value, week and outcome or signal kind (migration 0007; app/store/situation_need_tallies.py)."""

    __tablename__ = "situation_need_tallies"

    need: Mapped[str] = mapped_column(String(60), primary_key=True)
    fact: Mapped[str] = mapped_column(String(12), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(12), primary_key=True)
    value: Mapped[str] = mapped_column(String(140), primary_key=True)
    week: Mapped[str] = mapped_column(String(8), primary_key=True)
    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    severity_sum: Mapped[int] = mapped_column(Integer)

    __table_args__ = ({"sqlite_with_rowid": False},)


class SituationNeedAncestryRow(Base):
    """The taxonomy's ancestry the need tallies were built with: each need code's ancestors."""

    __tablename__ = "situation_need_ancestry"

    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    ancestor: Mapped[str] = mapped_column(String(60), primary_key=True)

    __table_args__ = ({"sqlite_with_rowid": False},)


class SituationTallyStateRow(Base):
    """What derived tallies were built from (`need_ancestry` → fingerprint of the taxonomy's parents)."""

    __tablename__ = "situation_tally_state"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
