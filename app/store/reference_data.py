"""Advisers and service points: reference data the CRM owns (systemusers, service points); pulled, not pushed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.adviser import Adviser, Role, ServicePoint, ServicePointKind
from app.store.tables import AdviserRow, ServicePointRow


class AdviserRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def by_username(self, username: str) -> Adviser | None:
        row = self._session.scalar(select(AdviserRow).where(AdviserRow.username == username))
        return None if row is None else _to_adviser(row)

    def add(self, adviser: Adviser) -> None:
        self._session.add(AdviserRow(id=adviser.id, username=adviser.username, display_name=adviser.display_name,
                                     roles=",".join(sorted(adviser.roles)), language=adviser.language))

    def all(self) -> list[Adviser]:
        return [_to_adviser(row) for row in self._session.scalars(select(AdviserRow).order_by(AdviserRow.display_name))]


class ServicePointRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, point: ServicePoint) -> None:
        self._session.add(ServicePointRow(id=point.id, name=point.name, kind=point.kind.value,
                                          municipality_code=point.municipality_code))

    def all(self) -> list[ServicePoint]:
        rows = self._session.scalars(select(ServicePointRow).where(ServicePointRow.deleted_at.is_(None))
                                     .order_by(ServicePointRow.name))
        return [ServicePoint(row.name, ServicePointKind(row.kind), row.municipality_code, row.id) for row in rows]


def _to_adviser(row: AdviserRow) -> Adviser:
    roles = frozenset(Role(r) for r in row.roles.split(",") if r)
    return Adviser(row.username, row.display_name, roles, row.language, row.id)
