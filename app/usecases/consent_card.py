"""What the client card shows about consent: one status per purpose, and the history of decisions.

Neither read is audited on its own: the card they appear on is opened through `open_client_card`, which writes
the `view_client` event; auditing each again would double every card view in the log (and the status must come
back within a millisecond, which an audit commit alone exceeds).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from app.consent_purposes import RECORD_CONTACT, ConsentPurposes
from app.domain.consent import ConsentEvent, ConsentStatus, derive_status, derive_statuses
from app.usecases.record_consent import consent_purposes
from app.workstation import Workstation


@dataclass(frozen=True)
class PurposeStatus:
    """One badge: the derived status with its label. For a purpose code not in the purposes file (from the CRM,
    or removed by the city) `label` is the code itself and `status.known_purpose` is False: show it greyed as
    an unknown purpose; it never permits anything."""

    status: ConsentStatus
    label: str
    explanation: str | None


@dataclass(frozen=True)
class ConsentOverview:
    client_id: uuid.UUID
    today: date
    purposes: list[PurposeStatus]  # the purposes file's order, then unknown purpose codes by code

    def status(self, purpose: str) -> ConsentStatus:
        return next(item.status for item in self.purposes if item.status.purpose == purpose)

    @property
    def may_record_contact(self) -> bool:
        """False: flag it before the adviser starts typing an encounter (it will be saved anonymously)."""
        return self.status(RECORD_CONTACT).permits


def consent_overview(workstation: Workstation, client_id: uuid.UUID, *, language: str | None = None,
                     today: date | None = None) -> ConsentOverview:
    """The client's status per purpose today. `language` of the labels: default the adviser's."""
    purposes = consent_purposes(workstation)
    today = today or date.today()
    language = language or workstation.adviser.language
    with workstation.unit_of_work() as uow:
        events = uow.consents.for_client(client_id)
    return ConsentOverview(client_id, today, [_item(purposes, status, language)
                                              for status in derive_statuses(events, purposes.codes, today)])


def consent_status(workstation: Workstation, client_id: uuid.UUID, purpose: str, *,
                   today: date | None = None) -> ConsentStatus:
    """The status of one purpose (for a badge refreshed after the dialog closes)."""
    purposes = consent_purposes(workstation)
    with workstation.unit_of_work() as uow:
        events = uow.consents.for_client_purpose(client_id, purpose)
    return derive_status(purpose, events, today or date.today(), known_purpose=purpose in purposes)


@dataclass(frozen=True)
class ConsentHistoryEntry:
    """One recorded decision, as the history list shows it."""

    event: ConsentEvent
    purpose_label: str
    known_purpose: bool
    recorded_by_name: str | None  # the adviser's display name; None when the adviser is not known here
    text_version_known: bool  # False: the version is not in the current purposes file (kept as recorded)
    decides_status: bool  # this is the event the purpose's current status is derived from


def consent_history(workstation: Workstation, client_id: uuid.UUID, *, purpose: str | None = None,
                    language: str | None = None, today: date | None = None) -> list[ConsentHistoryEntry]:
    """Every decision for the client (or for one purpose), newest first by when it was recorded.

    With clocks that disagreed between workstations, "newest first" follows the recording times while the status
    follows the causal order (docs/decisions/0007-consent-status.md); `decides_status` marks the event the status
    comes from, so the list never contradicts the badge without saying so."""
    purposes = consent_purposes(workstation)
    language = language or workstation.adviser.language
    with workstation.unit_of_work() as uow:
        events = uow.consents.for_client_purpose(client_id, purpose) if purpose \
            else uow.consents.for_client(client_id)
        names = {adviser.id: adviser.display_name for adviser in uow.advisers.all()}
    by_purpose: dict[str, list[ConsentEvent]] = {}
    for event in events:
        by_purpose.setdefault(event.purpose, []).append(event)
    today = today or date.today()
    deciding = {derive_status(code, group, today).decided_by for code, group in by_purpose.items()}
    entries = []
    for event in sorted(events, key=lambda e: (e.recorded_at, e.order_key), reverse=True):
        found = purposes.get(event.purpose)
        entries.append(ConsentHistoryEntry(
            event=event, purpose_label=found.label.get(language) if found else event.purpose,
            known_purpose=found is not None,
            recorded_by_name=names.get(event.recorded_by) if event.recorded_by else None,
            text_version_known=found is not None and found.text_version(event.text_version) is not None,
            decides_status=event.id in deciding,
        ))
    return entries


def _item(purposes: ConsentPurposes, status: ConsentStatus, language: str) -> PurposeStatus:
    found = purposes.get(status.purpose) if status.known_purpose else None
    if found is None:
        return PurposeStatus(status, status.purpose, None)
    return PurposeStatus(status, found.label.get(language), found.explanation.get(language))
