"""Advisers [neuvoja], the service points they work at, and the roles that decide what they may see."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    COUNTER = "counter"
    PHONE = "phone"
    YOUTH = "youth"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


SUPERVISING_ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN})


@dataclass(frozen=True)
class Adviser:
    username: str
    display_name: str
    roles: frozenset[Role]
    language: str = "fi"
    id: uuid.UUID = field(default_factory=uuid.uuid4)

    def has_role(self, role: Role) -> bool:
        return role in self.roles

    @property
    def supervises(self) -> bool:
        """Supervisors and administrators see what concerns others: the audit log, expiring consents, aggregates."""
        return bool(self.roles & SUPERVISING_ROLES)


class ServicePointKind(StrEnum):
    SERVICE_POINT = "service_point"
    PHONE_SERVICE = "phone_service"
    OUTREACH = "outreach"


@dataclass(frozen=True)
class ServicePoint:
    name: str
    kind: ServicePointKind
    municipality_code: str | None = None
    id: uuid.UUID = field(default_factory=uuid.uuid4)
