"""The unit of work: the one door to the database for use cases.

A use case opens one, works through its repositories and calls `commit()`. Leaving the block without a
commit, or with an exception, rolls everything back: a change, its outbox row and its audit event stand or fall
together.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from types import TracebackType

from sqlalchemy.orm import Session, sessionmaker

from app.store.audit_log import AuditLog
from app.store.client_repository import ClientRepository
from app.store.client_search import ClientSearch
from app.store.consent_repository import ConsentRepository
from app.store.encounter_repository import EncounterRepository
from app.store.outbox import Outbox
from app.store.reference_data import AdviserRepository, ServicePointRepository
from app.store.service_catalogue import ServiceCatalogue
from app.store.service_search import ServiceSearch
from app.store.sync_repository import SyncRepository


class UnitOfWork:
    clients: ClientRepository
    client_search: ClientSearch
    consents: ConsentRepository
    encounters: EncounterRepository
    advisers: AdviserRepository
    service_points: ServicePointRepository
    outbox: Outbox
    audit: AuditLog
    service_catalogue: ServiceCatalogue
    service_search: ServiceSearch
    sync: SyncRepository

    def __init__(self, session_factory: sessionmaker[Session], hash_identity_code: Callable[[str], str],
                 adviser_id: uuid.UUID | None, workstation: str) -> None:
        self._session_factory = session_factory
        self._hash_identity_code = hash_identity_code
        self._adviser_id = adviser_id
        self._workstation = workstation
        self._session: Session | None = None

    def __enter__(self) -> UnitOfWork:
        session = self._session = self._session_factory()
        self.outbox = Outbox(session)
        self.clients = ClientRepository(session, self.outbox, self._hash_identity_code)
        self.client_search = ClientSearch(session, self._hash_identity_code)
        self.consents = ConsentRepository(session, self.outbox)
        self.encounters = EncounterRepository(session, self.outbox)
        self.advisers = AdviserRepository(session)
        self.service_points = ServicePointRepository(session)
        self.audit = AuditLog(session, self._adviser_id, self._workstation)
        self.service_catalogue = ServiceCatalogue(session)
        self.service_search = ServiceSearch(session)
        self.sync = SyncRepository(session)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        assert self._session is not None
        try:
            self._session.rollback()
        finally:
            self._session.close()
            self._session = None

    def flush(self) -> None:
        """Send pending changes to the database inside the open transaction (they still roll back)."""
        assert self._session is not None
        self._session.flush()

    def commit(self) -> None:
        assert self._session is not None, "commit() outside the unit of work's block"
        self._session.commit()
