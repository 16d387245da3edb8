"""The access audit log [lokitieto]: who did what to which record, never the personal data itself."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class AuditAction(StrEnum):
    VIEW_CLIENT = "view_client"
    SEARCH_CLIENTS = "search_clients"
    REVEAL_IDENTITY_CODE = "reveal_identity_code"
    CREATE_CLIENT = "create_client"
    EDIT_CLIENT = "edit_client"
    DELETE_CLIENT = "delete_client"
    EXPORT = "export"
    CONSENT_CHANGE = "consent_change"
    SYNC = "sync"
    VIEW_AUDIT_LOG = "view_audit_log"
    RECORD_ENCOUNTER = "record_encounter"
    VIEW_SITUATIONAL_PICTURE = "view_situational_picture"


@dataclass(frozen=True)
class AuditEvent:
    at: datetime
    adviser_id: uuid.UUID | None
    action: AuditAction
    record_type: str | None
    record_id: str | None
    reason: str | None
    workstation: str
    id: uuid.UUID


@dataclass(frozen=True)
class AuditQuery:
    """Which events a supervisor asks for. Every part is optional; `since` is inclusive, `until` exclusive (UTC)."""

    adviser_id: uuid.UUID | None = None
    record_id: str | None = None
    actions: frozenset[AuditAction] = frozenset()
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class AuditEntry:
    """An audit event as the audit-log viewer shows it: with the adviser's name, not only their id."""

    event: AuditEvent
    adviser_username: str | None
    adviser_name: str | None
