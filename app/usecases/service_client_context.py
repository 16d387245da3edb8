"""What the service search needs to know of the client whose card is open: language and home municipality.

Read when the card opens, which is itself the audited view of the record; these two fields only tune the
ranking and are never shown, so this read is not audited separately.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.workstation import Workstation


@dataclass(frozen=True)
class ClientServiceContext:
    language: str  # the client's preferred language: results and hand-over in it
    municipality_code: str | None  # boosts services given there


def client_service_context(workstation: Workstation, client_id: uuid.UUID) -> ClientServiceContext:
    with workstation.unit_of_work() as uow:
        client = uow.clients.get(client_id)
    return ClientServiceContext(client.preferred_language, client.municipality_code)
