"""Recording encounters: the encounter panel's drafts, saving with need tags and signals, the outreach tally, and
the "last encounters" section of the client's card.

The panel's life cycle:

    draft = start_encounter(workstation, EncounterChannel.COUNTER, client_id=card.id)   # saved as a draft
    ... adviser types; the panel calls save_draft(workstation, draft) after each change (cheap: one row) ...
    review = review_encounter(workstation, draft)          # problems to fix, whether to ask for a signal
    result = record_encounter(workstation, draft)          # Ctrl+Enter: append-only, outbox, audit
    if result.anonymous_reason is AnonymousReason.NO_CONSENT: tell the adviser it was saved without the person

On restart, `open_drafts(workstation)` lists what was left open (nothing typed is lost); the panel offers to
resume (`load_draft`) or discard (`discard_draft`) each.

Consent (consent.md): an encounter keeps its link to the client only when the client has granted
`record_contact`; `record_encounter` checks that with `require_consent` inside its own transaction and, without
it, saves the encounter anonymous — needs, statuses, outcome, signals, age band and area kept; the client link,
the free-text summary and any audit trail to the person dropped — and says so in the result.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from app.consent_purposes import RECORD_CONTACT
from app.domain.audit import AuditAction
from app.domain.consent import ConsentStatus
from app.domain.encounter import (
    CITY_ZONE,
    EVENT_NAME_MAX_LENGTH,
    MAX_NEED_TAGS,
    MAX_SERVICES_OFFERED,
    MAX_SIGNALS,
    NEED_CODE_MAX_LENGTH,
    SIGNAL_TEXT_MAX_LENGTH,
    SUMMARY_MAX_LENGTH,
    AgeBand,
    Encounter,
    EncounterChannel,
    EncounterDraft,
    EncounterOutcome,
    NeedStatus,
    NeedTag,
    Signal,
    SignalKind,
    age_band,
    signals_asked,
)
from app.errors import ValidationError
from app.municipalities import municipalities
from app.need_taxonomy import NeedSuggestion, NeedTaxonomy, need_taxonomy_for_profile, needs_for_service_classes
from app.store.client_repository import ENTITY as CLIENT_ENTITY
from app.store.client_repository import ClientNotFound
from app.store.encounter_repository import ENCOUNTER_ENTITY
from app.store.types import utc_now
from app.text import Text
from app.usecases.consent_enforcement import ConsentRequired, require_consent
from app.usecases.record_consent import consent_purposes
from app.workstation import Workstation

SERVICE_ID_MAX_LENGTH = 64
# Workstation clocks disagree by minutes; an encounter "starting" a little ahead is a clock, not a mistake.
_CLOCK_TOLERANCE = timedelta(minutes=10)


class AnonymousReason(StrEnum):
    NO_CLIENT = "no_client"  # nobody from the register (outreach visitor, anonymous caller)
    CHOSEN = "chosen"  # the adviser (or the client) chose to save without the person
    NO_CONSENT = "no_consent"  # the client has not granted record_contact (never asked, refused, withdrawn, expired)


class MissingConsent(StrEnum):
    """What `record_encounter` does when the client has not granted `record_contact`."""

    SAVE_ANONYMOUS = "save_anonymous"  # the default: save without the person and say so in the result
    RAISE = "raise"  # raise ConsentRequired and save nothing (the panel asks the adviser first)


@dataclass(frozen=True)
class RecordedEncounter:
    """What `record_encounter` did. `encounter` is as stored. `anonymous_reason` is None for a person-linked
    encounter; `consent_status` is the record_contact status the decision was based on (when a client was
    given). `unknown_need_codes` are tags kept although the taxonomy does not know them. `signal_missing` is
    True when a signal was asked for (no suitable service, or a need unmet) and none was given.
    `summary_dropped` is True when an anonymous save left out the free-text summary. `already_saved` is True
    when this draft had been saved before (a retried save): nothing new was written."""

    encounter: Encounter
    anonymous_reason: AnonymousReason | None
    consent_status: ConsentStatus | None
    unknown_need_codes: tuple[str, ...]
    signal_missing: bool
    summary_dropped: bool
    already_saved: bool = False

    @property
    def anonymous(self) -> bool:
        return self.encounter.client_id is None


@dataclass(frozen=True)
class EncounterReview:
    """The panel's check before saving. `problems` would make `record_encounter` refuse (one line each);
    `signals_asked` says the panel should ask for a signal now (and `signal_missing` that none is given yet);
    `unknown_need_codes` are kept but shown as "unknown code X"."""

    problems: tuple[str, ...]
    signals_asked: bool
    signal_missing: bool
    unknown_need_codes: tuple[str, ...]

    @property
    def can_save(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class DraftInfo:
    """One open draft, for the "continue where you left off" offer on restart."""

    draft: EncounterDraft
    updated_at: datetime


@dataclass(frozen=True)
class NeedLine:
    code: str
    label: str  # "unknown code X" when the taxonomy does not know the code
    status: NeedStatus
    known: bool


@dataclass(frozen=True)
class EncounterLine:
    """One encounter on the client's card, newest first."""

    id: uuid.UUID
    started_at: datetime
    ended_at: datetime
    channel: EncounterChannel
    outcome: EncounterOutcome
    place: str  # service point name or event name ("" when neither)
    adviser_name: str | None
    needs: tuple[NeedLine, ...]
    signals: tuple[SignalKind, ...]
    summary: str
    services_offered: tuple[str, ...]


def need_taxonomy(workstation: Workstation) -> NeedTaxonomy:
    """The taxonomy in force: the profile's own needs_taxonomy.toml, else the packaged default. Raises
    NeedTaxonomyError (a NeuvoError naming the file and line, or the need and key) for a broken file."""
    return need_taxonomy_for_profile(workstation.profile.directory)


def propose_needs_for_services(workstation: Workstation, service_classes: Sequence[str],
                               language: str = "fi") -> list[NeedSuggestion]:
    """The need tags a service offered proposes (from its PTV service class codes, e.g. ServiceDetails.service.
    service_classes' codes), labelled in `language`."""
    taxonomy = need_taxonomy(workstation)
    return [NeedSuggestion(code, taxonomy.label(code, language),
                           tuple(need.label.get(language) for need in taxonomy.path(code)), None, 0)
            for code in needs_for_service_classes(taxonomy, service_classes)]


# --- drafts ------------------------------------------------------------------------------------------------

def start_encounter(workstation: Workstation, channel: EncounterChannel, *, client_id: uuid.UUID | None = None,
                    service_point_id: uuid.UUID | None = None, event_name: str | None = None,
                    at: datetime | None = None) -> EncounterDraft:
    """A new open encounter starting now (or `at`), already kept as a draft."""
    draft = EncounterDraft(channel=channel, started_at=at or utc_now(), client_id=client_id,
                           service_point_id=service_point_id, event_name=_clean(event_name) or None)
    save_draft(workstation, draft)
    return draft


def save_draft(workstation: Workstation, draft: EncounterDraft) -> datetime:
    """Keep the open encounter as it is now (insert or replace); returns when. Never validates: a draft may be
    half typed. Drafts are never synced and are deleted when the encounter is saved or discarded."""
    with workstation.unit_of_work() as uow:
        saved_at = uow.encounters.save_draft(draft, workstation.adviser.id)
        uow.commit()
    return saved_at


def open_drafts(workstation: Workstation) -> list[DraftInfo]:
    """The signed-in adviser's drafts left open, newest first (offer them on start-up)."""
    with workstation.unit_of_work() as uow:
        return [DraftInfo(draft, at) for draft, at in uow.encounters.drafts(workstation.adviser.id)]


def load_draft(workstation: Workstation, draft_id: uuid.UUID) -> EncounterDraft | None:
    with workstation.unit_of_work() as uow:
        return uow.encounters.draft(draft_id)


def discard_draft(workstation: Workstation, draft_id: uuid.UUID) -> bool:
    """Throw an open encounter away (the adviser said so). True when there was such a draft."""
    with workstation.unit_of_work() as uow:
        found = uow.encounters.discard_draft(draft_id)
        uow.commit()
    return found


# --- checking and saving -----------------------------------------------------------------------------------

def review_encounter(workstation: Workstation, draft: EncounterDraft, *,
                     at: datetime | None = None) -> EncounterReview:
    """What the panel shows before Ctrl+Enter: the problems that block saving, and whether to ask for a signal."""
    taxonomy = need_taxonomy(workstation)
    problems = _problems(draft, at or utc_now())
    asked = signals_asked(draft.outcome, draft.need_tags)
    return EncounterReview(tuple(problems), asked, asked and not draft.signals,
                           tuple(tag.code for tag in draft.need_tags if tag.code not in taxonomy))


def record_encounter(workstation: Workstation, draft: EncounterDraft, *, at: datetime | None = None,
                     today: date | None = None,
                     on_missing_consent: MissingConsent = MissingConsent.SAVE_ANONYMOUS) -> RecordedEncounter:
    """Save the encounter (append-only) with its need tags and signals, their outbox rows, the situational
    picture's tallies and an audit event, in one transaction, and delete its draft.

    - The encounter ends at `draft.ended_at`, or now (`at`) when the panel left it open.
    - Person-linked only when `draft.client_id` is set, `draft.anonymous` is False and the client has granted
      `record_contact` today (`require_consent`). Otherwise it is saved anonymous — or, with
      `on_missing_consent=MissingConsent.RAISE`, ConsentRequired is raised and nothing is saved.
    - Age band (from the client's birth date on the start day) and municipality (the client's, unless the client
      has a safety marking) are stored on the encounter even when it is anonymous; without a client they come
      from the draft.
    - Unknown need codes are kept as typed (old records, the CRM) and listed in the result.
    - A signal is asked for, not required: the result's `signal_missing` tells the panel it was skipped.

    Raises ValidationError (one line naming the first problem: times, lengths, duplicates, severity, missing
    outcome), ClientNotFound, ConsentRequired (with RAISE only), NeedTaxonomyError (broken taxonomy file).
    Saving the same draft twice writes it once (`already_saved`).
    """
    now = at or utc_now()
    problems = _problems(draft, now)
    if problems:
        raise ValidationError(problems[0], "Correct it in the encounter panel and save again.")
    taxonomy = need_taxonomy(workstation)
    purposes = consent_purposes(workstation)
    ended_at = draft.ended_at or max(now, draft.started_at)
    today = today or now.astimezone(CITY_ZONE).date()
    tags = tuple(NeedTag(tag.code.strip(), tag.status) for tag in draft.need_tags)
    signals = tuple(Signal(signal.kind, " ".join(signal.text.split()), signal.severity) for signal in draft.signals)
    unknown = tuple(tag.code for tag in tags if tag.code not in taxonomy)
    missing_signal = signals_asked(draft.outcome, tags) and not signals

    with workstation.unit_of_work() as uow:
        stored = uow.encounters.get(draft.id)
        if stored is not None:
            uow.encounters.discard_draft(draft.id)
            uow.commit()
            return RecordedEncounter(stored, None if stored.client_id else AnonymousReason.NO_CLIENT, None,
                                     unknown, missing_signal, False, already_saved=True)
        client = None
        if draft.client_id is not None:
            client = uow.clients.get(draft.client_id)
            if client.deleted_at is not None:
                raise ClientNotFound(str(draft.client_id))
        if draft.corrects is not None and not uow.encounters.exists(draft.corrects):
            raise ValidationError("The encounter to correct does not exist.", "Open the encounter again and retry.")
        linked_client: uuid.UUID | None = None
        status: ConsentStatus | None = None
        if client is None:
            reason: AnonymousReason | None = AnonymousReason.NO_CLIENT
        elif draft.anonymous:
            reason = AnonymousReason.CHOSEN
        else:
            try:
                status = require_consent(uow, purposes, client.id, RECORD_CONTACT, today)
            except ConsentRequired as refused:
                if on_missing_consent is MissingConsent.RAISE:
                    raise
                reason, status = AnonymousReason.NO_CONSENT, refused.status
            else:
                reason, linked_client = None, client.id
        start_day = draft.started_at.astimezone(CITY_ZONE).date()
        if client is not None:
            band = age_band(client.birth_date, start_day)
            # A safety marking [turvakielto] hides where the person lives; the area must not leak through the
            # situational picture either.
            area = None if client.safety_marking else client.municipality_code
        else:
            band = draft.age_band or AgeBand.UNKNOWN
            area = draft.municipality_code
        summary = " ".join(draft.summary.split())
        # An anonymous encounter keeps no free text about the person: the summary could name them.
        summary_dropped = linked_client is None and bool(summary)
        encounter = Encounter(
            id=draft.id, client_id=linked_client, channel=draft.channel,
            service_point_id=draft.service_point_id, event_name=_clean(draft.event_name) or None,
            adviser_id=workstation.adviser.id, started_at=draft.started_at, ended_at=ended_at,
            outcome=draft.outcome, summary="" if linked_client is None else summary,  # type: ignore[arg-type]
            services_offered=tuple(dict.fromkeys(s.strip() for s in draft.services_offered if s.strip())),
            taxonomy_version=taxonomy.version, age_band=band, municipality_code=area, need_tags=tags,
            signals=signals, recorded_at=now, corrects=draft.corrects,
        )
        uow.encounters.add(encounter)
        uow.encounters.discard_draft(draft.id)
        if linked_client is not None:
            uow.audit.record(AuditAction.RECORD_ENCOUNTER, CLIENT_ENTITY, linked_client, f"encounter {encounter.id}")
        else:
            # Never the client's id: the audit log must not tie an anonymous encounter back to the person.
            uow.audit.record(AuditAction.RECORD_ENCOUNTER, ENCOUNTER_ENTITY, encounter.id)
        uow.commit()
    return RecordedEncounter(encounter, reason, status, unknown, missing_signal, summary_dropped)


def record_outreach_visitor(workstation: Workstation, event: str, needs: Sequence[str | NeedTag], *,
                            status: NeedStatus = NeedStatus.MET,
                            outcome: EncounterOutcome = EncounterOutcome.GUIDED_TO_SERVICE,
                            age_band: AgeBand | None = None, municipality_code: str | None = None,
                            service_point_id: uuid.UUID | None = None, signals: Sequence[Signal] = (),
                            at: datetime | None = None) -> RecordedEncounter:
    """"+1 visitor" at an outreach event: an anonymous encounter with these needs (codes take `status`; a
    NeedTag keeps its own), started and ended now. No person, no summary."""
    now = at or utc_now()
    tags = [need if isinstance(need, NeedTag) else NeedTag(need, status) for need in needs]
    draft = EncounterDraft(channel=EncounterChannel.OUTREACH, started_at=now, ended_at=now,
                           service_point_id=service_point_id, event_name=event, outcome=outcome, need_tags=tags,
                           signals=list(signals), age_band=age_band, municipality_code=municipality_code)
    if not _clean(event):
        raise ValidationError("An outreach visitor needs the event's name.", "Type the event's name first.")
    return record_encounter(workstation, draft, at=now)


# --- the client's card ---------------------------------------------------------------------------------------

def last_encounters(workstation: Workstation, client_id: uuid.UUID, limit: int = 5,
                    language: str = "fi") -> list[EncounterLine]:
    """The client's most recent person-linked encounters, newest first, for the card (labels in `language`)."""
    limit = max(1, min(limit, 100))
    taxonomy = need_taxonomy(workstation)
    with workstation.unit_of_work() as uow:
        encounters = uow.encounters.for_client(client_id, limit)
        advisers = {adviser.id: adviser.display_name for adviser in uow.advisers.all()}
        points = {point.id: point.name for point in uow.service_points.all()}
    return [EncounterLine(
        id=e.id, started_at=e.started_at, ended_at=e.ended_at, channel=e.channel, outcome=e.outcome,
        place=points.get(e.service_point_id, "") if e.service_point_id else (e.event_name or ""),
        adviser_name=advisers.get(e.adviser_id) if e.adviser_id else None,
        needs=tuple(NeedLine(t.code, taxonomy.label(t.code, language), t.status, t.code in taxonomy)
                    for t in e.need_tags),
        signals=tuple(s.kind for s in e.signals), summary=e.summary, services_offered=e.services_offered,
    ) for e in encounters]


# --- rules ---------------------------------------------------------------------------------------------------

def _problems(draft: EncounterDraft, now: datetime) -> list[str]:
    problems: list[str] = []
    if draft.started_at.tzinfo is None or (draft.ended_at is not None and draft.ended_at.tzinfo is None):
        problems.append("The encounter's times must carry a time zone.")
    elif draft.ended_at is not None and draft.ended_at < draft.started_at:
        problems.append("The encounter cannot end before it started.")
    elif draft.started_at > now + _CLOCK_TOLERANCE:
        problems.append("The encounter cannot start in the future; check the workstation's clock.")
    if draft.outcome is None:
        problems.append("Choose the outcome of the encounter.")
    if len(" ".join(draft.summary.split())) > SUMMARY_MAX_LENGTH:
        problems.append(Text("The summary is longer than %1 characters; keep it short.", SUMMARY_MAX_LENGTH))
    if draft.event_name is not None and len(_clean(draft.event_name)) > EVENT_NAME_MAX_LENGTH:
        problems.append(Text("The event name is longer than %1 characters.", EVENT_NAME_MAX_LENGTH))
    if len(draft.need_tags) > MAX_NEED_TAGS:
        problems.append(Text("An encounter has at most %1 need tags.", MAX_NEED_TAGS))
    seen: set[str] = set()
    for tag in draft.need_tags:
        code = tag.code.strip()
        if not code or len(code) > NEED_CODE_MAX_LENGTH or any(c.isspace() for c in code):
            problems.append(Text("“%1” is not a need code.", code[:NEED_CODE_MAX_LENGTH]))
        elif code in seen:
            problems.append(Text("The need %1 is tagged twice; keep one tag per need.", code))
        seen.add(code)
    if len(draft.signals) > MAX_SIGNALS:
        problems.append(Text("An encounter has at most %1 signals.", MAX_SIGNALS))
    for signal in draft.signals:
        if not 1 <= signal.severity <= 3:
            problems.append("A signal's severity is 1 (minor), 2 (notable) or 3 (serious).")
        if len(" ".join(signal.text.split())) > SIGNAL_TEXT_MAX_LENGTH:
            problems.append(Text("A signal's text is longer than %1 characters.", SIGNAL_TEXT_MAX_LENGTH))
    if len(draft.services_offered) > MAX_SERVICES_OFFERED or any(
            len(s.strip()) > SERVICE_ID_MAX_LENGTH for s in draft.services_offered):
        problems.append("The services offered are not service ids from the service search.")
    if draft.municipality_code is not None and draft.municipality_code not in municipalities():
        problems.append(Text("“%1” is not a municipality code.", draft.municipality_code[:5]))
    return problems


def _clean(text: str | None) -> str:
    return " ".join(text.split()) if text else ""
