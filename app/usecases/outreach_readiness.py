"""Outreach mode: before an event with no network, is this workstation ready to work offline? After it, did
everything recorded there reach the CRM?

Both follow a sync run the window asked for (`SyncPort.run_now`) and read the local store: what an adviser can
look up, record and search at the event is exactly what is here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.sync_port import SyncRunReport
from app.workstation import Workstation


@dataclass(frozen=True)
class OutreachReadiness:
    run: SyncRunReport
    clients: int
    consents: int
    services: int  # published services of the catalogue, searchable offline
    last_success_at: datetime | None
    waiting: int
    refused: int  # of `waiting`: refused by the CRM for good (IT support looks at them)
    open_conflicts: int

    @property
    def ready(self) -> bool:
        """Up to date with the CRM, with people and services to find, and nothing left to send or settle."""
        return (self.run.reached_crm and self.clients > 0 and self.services > 0 and self.waiting == 0
                and self.open_conflicts == 0)


@dataclass(frozen=True)
class DeliveryReport:
    run: SyncRunReport
    sent: int
    waiting: int
    refused: int
    open_conflicts: int

    @property
    def complete(self) -> bool:
        return self.run.reached_crm and self.waiting == 0

    @property
    def unsent(self) -> int:
        """Waiting changes that were not refused: they go with the next run that reaches the CRM."""
        return self.waiting - self.refused


def outreach_readiness(workstation: Workstation, run: SyncRunReport) -> OutreachReadiness:
    """Counts of what this workstation holds, after the sync run `run` that prepared it."""
    with workstation.unit_of_work() as uow:
        return OutreachReadiness(
            run=run,
            clients=uow.clients.count(),
            consents=uow.consents.count(),
            services=uow.service_search.count_published(),
            last_success_at=uow.sync.last_success_at(),
            waiting=uow.sync.waiting_count(),
            refused=uow.sync.refused_count(),
            open_conflicts=uow.sync.open_conflict_count(),
        )


def delivery_report(workstation: Workstation, run: SyncRunReport) -> DeliveryReport:
    """After "Send everything": how many went in the run, and how many still wait (and why)."""
    with workstation.unit_of_work() as uow:
        return DeliveryReport(run=run, sent=run.sent, waiting=uow.sync.waiting_count(),
                              refused=uow.sync.refused_count(), open_conflicts=uow.sync.open_conflict_count())
