"""The tables of the local store. Migrations in app/store/migrations create them; these mappings read them.

Every table that syncs with the CRM carries the same bookkeeping columns (SyncedColumns): a locally generated
UUID key that Dataverse accepts on create, the last server etag seen, a local edit counter and a soft delete.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, Uuid, text
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
