"""Recording a consent decision on the spot: grant, refuse or withdraw one purpose for one client.

The dialog first calls `prepare_consent` (the text to read aloud in the client's language, its version, the
default end date, whether a guardian must be named), then `record_consent` (or `grant_consent`,
`refuse_consent`, `withdraw_consent`) with what the adviser chose. Each decision is a new append-only event,
written with its outbox row and a `consent_change` audit event in one transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from app.consent_purposes import ConsentPurpose, ConsentPurposes, consent_purposes_for_profile
from app.domain.audit import AuditAction
from app.domain.consent import (
    ConsentChannel,
    ConsentDecision,
    ConsentEvent,
    ConsentEvidence,
    check_validity,
    needs_guardian,
)
from app.domain.language_code import OFFICIAL_LANGUAGES
from app.errors import ValidationError
from app.store.client_repository import ENTITY as CLIENT_ENTITY
from app.store.client_repository import ClientNotFound
from app.store.types import utc_now
from app.text import Text
from app.workstation import Workstation

GUARDIAN_NAME_MAX_LENGTH = 200


class _DefaultValidity:
    def __repr__(self) -> str:
        return "DEFAULT_VALIDITY"


DEFAULT_VALIDITY: Final = _DefaultValidity()
"""Pass as `valid_until` for a grant to end it after the purpose's default validity."""

_NO_END_DATE = {ConsentDecision.REFUSED: "A refusal has no end date.",
                ConsentDecision.WITHDRAWN: "A withdrawal has no end date."}


class GuardianConsentRequired(ValidationError):
    """A client under 15 granted a purpose that needs the guardian's consent, and no guardian was named."""

    def __init__(self, purpose_label: str) -> None:
        super().__init__(Text("The client is under 15: “%1” needs the consent of a guardian.", purpose_label),
                         "Ask the guardian and type the guardian's name, or record the decision later.")


def consent_purposes(workstation: Workstation) -> ConsentPurposes:
    """The purposes in force for this workstation: the profile's own consent_purposes.toml, else the default.
    Raises ConsentPurposesError (a NeuvoError naming the file and line or key) for a broken file."""
    return consent_purposes_for_profile(workstation.profile.directory)


def consent_text_language(client_language: str) -> str:
    """The language to read a consent text in: the client's if it is fi, sv or en, else Finnish (the dialog lets
    the adviser switch, e.g. to English for a client who prefers it to Finnish)."""
    return client_language if client_language in OFFICIAL_LANGUAGES else "fi"


def default_valid_until(purpose: ConsentPurpose, valid_from: date) -> date:
    """The last valid day of a grant starting `valid_from` (ConsentPurpose.default_valid_until)."""
    return purpose.default_valid_until(valid_from)


@dataclass(frozen=True)
class ConsentForm:
    """What the consent dialog shows for one client and purpose before the adviser decides."""

    client_id: uuid.UUID
    purpose: str
    label: str
    explanation: str
    language: str  # the language of `text`
    text: str  # to read aloud
    text_version: str
    valid_from: date
    default_valid_until: date
    guardian_required: bool  # the client is under 15 and the purpose needs a guardian for a grant


def prepare_consent(workstation: Workstation, client_id: uuid.UUID, purpose: str, *, language: str | None = None,
                    today: date | None = None) -> ConsentForm:
    """The dialog's starting point. `language` is the text's language (default: from the client's preferred
    language via consent_text_language). Raises ValidationError for a purpose not in the purposes file and
    ClientNotFound for a client that does not exist or was deleted."""
    today = today or date.today()
    found = _purpose(consent_purposes(workstation), purpose)
    with workstation.unit_of_work() as uow:
        client = uow.clients.get(client_id)
    if client.deleted_at is not None:
        raise ClientNotFound(str(client_id))
    language = language or consent_text_language(client.preferred_language)
    _check_language(language)
    text = found.text_on(today)
    return ConsentForm(
        client_id=client_id, purpose=purpose, label=found.label.get(language),
        explanation=found.explanation.get(language), language=language, text=text.text.get(language),
        text_version=text.version, valid_from=today, default_valid_until=default_valid_until(found, today),
        guardian_required=found.guardian_required_under_15 and needs_guardian(client.birth_date, today),
    )


def record_consent(workstation: Workstation, client_id: uuid.UUID, purpose: str, decision: ConsentDecision, *,
                   channel: ConsentChannel, evidence: ConsentEvidence, language: str,
                   guardian: str | None = None, valid_from: date | None = None,
                   valid_until: date | _DefaultValidity | None = DEFAULT_VALIDITY,
                   text_version: str | None = None, today: date | None = None) -> ConsentEvent:
    """Append one decision and return the stored event.

    - `language`: the language the consent text was read or shown in (fi, sv or en).
    - `valid_from`: default today; never after today (a decision is recorded when it is made).
    - `valid_until`: grants only. DEFAULT_VALIDITY (the default) ends the grant after the purpose's default
      validity; a date ends it on that day (inclusive); None means until withdrawn. A refusal or withdrawal
      must leave it at DEFAULT_VALIDITY or None: it has no end.
    - `text_version`: the version the dialog showed (default: the version in force today); must exist.
    - `guardian`: for a grant by a client under 15 of a purpose that needs it, the guardian's name (else
      GuardianConsentRequired). A refusal or withdrawal never needs a guardian.

    A withdrawal of something never granted is allowed and recorded. Raises ValidationError (validity end before
    start, start in the future, unknown purpose, text version or language), ClientNotFound.
    """
    today = today or date.today()
    purposes = consent_purposes(workstation)
    found = _purpose(purposes, purpose)
    _check_language(language)
    valid_from = valid_from or today
    if valid_from > today:
        raise ValidationError("A consent decision cannot take effect after today.",
                              "Record the decision on the day it is made; leave the start date as today.")
    if decision is ConsentDecision.GRANTED:
        until = default_valid_until(found, valid_from) if isinstance(valid_until, _DefaultValidity) \
            else valid_until
        check_validity(valid_from, until)
        if until is not None and until < today:
            raise ValidationError("The consent would already have ended.",
                                  "Choose an end date from today onwards, or leave the default.")
    else:
        if isinstance(valid_until, date):
            raise ValidationError(_NO_END_DATE[decision], "Leave the end date empty.")
        until = None
    version = text_version or found.text_on(today).version
    if found.text_version(version) is None:
        raise ValidationError(Text("The consent text version %1 does not exist for this purpose.", version),
                              "Reopen the consent dialog to show the current text.")
    guardian_name = " ".join(guardian.split()) if guardian else None
    if guardian_name and len(guardian_name) > GUARDIAN_NAME_MAX_LENGTH:
        raise ValidationError("The guardian's name is too long.", "Shorten it.")

    with workstation.unit_of_work() as uow:
        client = uow.clients.get(client_id)
        if client.deleted_at is not None:
            raise ClientNotFound(str(client_id))
        if (decision is ConsentDecision.GRANTED and found.guardian_required_under_15
                and needs_guardian(client.birth_date, today) and not guardian_name):
            raise GuardianConsentRequired(found.label.en)
        event = ConsentEvent(
            id=uuid.uuid4(), client_id=client_id, purpose=purpose, decision=decision, valid_from=valid_from,
            valid_until=until, channel=channel, evidence=evidence, text_version=version, language=language,
            guardian=guardian_name, recorded_by=workstation.adviser.id, recorded_at=utc_now(),
            sequence=uow.consents.next_sequence(client_id, purpose),
        )
        uow.consents.add(event)
        # The event id leads the data protection officer to the decision; the log itself holds no consent data.
        uow.audit.record(AuditAction.CONSENT_CHANGE, CLIENT_ENTITY, client_id, f"consent event {event.id}")
        uow.commit()
    return event


def grant_consent(workstation: Workstation, client_id: uuid.UUID, purpose: str, **details: Any) -> ConsentEvent:
    """`record_consent` with decision GRANTED (same keyword arguments)."""
    return record_consent(workstation, client_id, purpose, ConsentDecision.GRANTED, **details)


def refuse_consent(workstation: Workstation, client_id: uuid.UUID, purpose: str, **details: Any) -> ConsentEvent:
    """`record_consent` with decision REFUSED (same keyword arguments)."""
    return record_consent(workstation, client_id, purpose, ConsentDecision.REFUSED, **details)


def withdraw_consent(workstation: Workstation, client_id: uuid.UUID, purpose: str, **details: Any) -> ConsentEvent:
    """`record_consent` with decision WITHDRAWN (same keyword arguments). Takes effect at once."""
    return record_consent(workstation, client_id, purpose, ConsentDecision.WITHDRAWN, **details)


def _purpose(purposes: ConsentPurposes, code: str) -> ConsentPurpose:
    found = purposes.get(code)
    if found is None:
        raise ValidationError(Text("“%1” is not a consent purpose of this city.", code),
                              "Choose one of the purposes listed on the client's card.")
    return found


def _check_language(language: str) -> None:
    if language not in OFFICIAL_LANGUAGES:
        raise ValidationError("Consent texts exist in Finnish, Swedish and English only.",
                              "Read the text in one of them (with an interpreter if needed).")

