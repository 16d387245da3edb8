"""The client list: pages of clients in name order (finding a client is `lookup_clients`)."""

from __future__ import annotations

from app.domain.client import ClientSummary
from app.workstation import Workstation

PAGE_SIZE = 200


def browse_clients(workstation: Workstation, *, after: tuple[str, str, str] | None = None,
                   limit: int = PAGE_SIZE) -> list[ClientSummary]:
    with workstation.unit_of_work() as uow:
        return uow.clients.browse(after=after, limit=limit)


def count_clients(workstation: Workstation) -> int:
    with workstation.unit_of_work() as uow:
        return uow.clients.count()


def has_clients(workstation: Workstation) -> bool:
    """Whether the store holds any client: one indexed row, where counting them all takes ~0.6 s at a million."""
    return bool(browse_clients(workstation, limit=1))
