"""Recording encounters through the use cases: person-linked only with record_contact (enforced by
require_consent, never bypassed), anonymous otherwise; append-only rows; outbox rows; drafts that survive a
reopened workstation; unknown need codes kept; validation; the outreach tally; the card's last encounters."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from app.consent_purposes import RECORD_CONTACT
from app.domain.audit import AuditAction
from app.domain.client import Client
from app.domain.consent import ConsentChannel, ConsentEvidence, ConsentState
from app.domain.encounter import (
    AgeBand,
    EncounterChannel,
    EncounterDraft,
    EncounterOutcome,
    NeedStatus,
    NeedTag,
    Signal,
    SignalKind,
    age_band,
    iso_week,
)
from app.errors import ValidationError
from app.store.client_repository import ClientNotFound
from app.usecases import record_encounter as record_module
from app.usecases.consent_enforcement import ConsentRequired
from app.usecases.record_consent import grant_consent, refuse_consent, withdraw_consent
from app.usecases.record_encounter import (
    AnonymousReason,
    MissingConsent,
    discard_draft,
    last_encounters,
    load_draft,
    open_drafts,
    propose_needs_for_services,
    record_encounter,
    record_outreach_visitor,
    review_encounter,
    save_draft,
    start_encounter,
)
from app.workstation import open_workstation

NOW = datetime(2026, 11, 27, 10, 30, tzinfo=UTC)
TODAY = date(2026, 11, 27)
CONSENT = dict(channel=ConsentChannel.COUNTER, evidence=ConsentEvidence.VERBAL, language="fi")


def add_client(workstation, **overrides) -> Client:
    values = dict(first_names="Aino", last_name="Mäkinen", birth_date=date(2000, 5, 1), municipality_code="091")
    client = Client(**(values | overrides))
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    return client


def draft_for(client: Client | None, **overrides) -> EncounterDraft:
    values = dict(channel=EncounterChannel.COUNTER, started_at=NOW - timedelta(minutes=15), ended_at=NOW,
                  client_id=client.id if client else None, outcome=EncounterOutcome.GUIDED_TO_SERVICE,
                  summary="Neuvottu asumistuen hakemisessa.",
                  need_tags=[NeedTag("housing.housing_allowance", NeedStatus.MET),
                             NeedTag("income.debt_advice", NeedStatus.PARTLY_MET)])
    return EncounterDraft(**(values | overrides))


def rows(workstation, sql: str) -> list[dict]:
    with workstation.store.engine.connect() as connection:
        return [dict(row) for row in connection.execute(sa.text(sql)).mappings()]


def record(workstation, draft, **kwargs):
    return record_encounter(workstation, draft, at=NOW, today=TODAY, **kwargs)


# --- consent ---------------------------------------------------------------------------------------------------

def test_with_record_contact_the_encounter_is_linked_to_the_client(workstation):
    client = add_client(workstation)
    grant_consent(workstation, client.id, RECORD_CONTACT, **CONSENT, today=TODAY)
    result = record(workstation, draft_for(client))
    assert result.anonymous_reason is None
    assert not result.anonymous
    assert result.consent_status.state is ConsentState.GRANTED
    [stored] = rows(workstation, "SELECT * FROM encounters")
    assert uuid.UUID(hex=stored["client_id"]) == client.id
    assert stored["summary"] == "Neuvottu asumistuen hakemisessa."
    assert (stored["age_band"], stored["municipality_code"], stored["week"]) == ("18-29", "091", "2026-W48")


@pytest.mark.parametrize("decide", [None, refuse_consent, withdraw_consent, "expired"])
def test_without_record_contact_it_is_saved_anonymous_keeping_needs_and_dropping_the_person(workstation, decide):
    client = add_client(workstation)
    if decide == "expired":
        grant_consent(workstation, client.id, RECORD_CONTACT, **CONSENT, today=date(2024, 1, 1),
                      valid_from=date(2024, 1, 1), valid_until=date(2024, 12, 31))
    elif decide is not None:
        grant_consent(workstation, client.id, RECORD_CONTACT, **CONSENT, today=TODAY)
        decide(workstation, client.id, RECORD_CONTACT, **CONSENT, today=TODAY)
    draft = draft_for(client, signals=[Signal(SignalKind.SERVICE_MISSING, "Ei palvelua", 3)])
    result = record(workstation, draft)
    assert result.anonymous
    assert result.anonymous_reason is AnonymousReason.NO_CONSENT
    assert not result.consent_status.permits
    assert result.summary_dropped
    [stored] = rows(workstation, "SELECT * FROM encounters")
    assert stored["client_id"] is None
    assert stored["summary"] == ""
    assert (stored["age_band"], stored["municipality_code"], stored["outcome"]) == ("18-29", "091",
                                                                                   "guided_to_service")
    assert [r["need_code"] for r in rows(workstation, "SELECT * FROM encounter_needs ORDER BY position")] == [
        "housing.housing_allowance", "income.debt_advice"]
    assert rows(workstation, "SELECT kind, severity FROM encounter_signals") == [
        {"kind": "service_missing", "severity": 3}]
    # Nothing ties the anonymous encounter back to the person: not the outbox, not the audit log.
    outbox_text = " ".join(str(r["changes"]) for r in rows(workstation, "SELECT changes FROM outbox "
                                                                         "WHERE entity = 'encounter'"))
    assert str(client.id) not in outbox_text
    audits = [r for r in rows(workstation, "SELECT * FROM audit_events") if r["action"] == "record_encounter"]
    assert audits == [audits[0]]
    assert audits[0]["record_type"] == "encounter"
    assert audits[0]["record_id"] == str(result.encounter.id)


def test_the_adviser_can_ask_to_be_refused_instead_of_saving_anonymous(workstation):
    client = add_client(workstation)
    with pytest.raises(ConsentRequired) as refused:
        record(workstation, draft_for(client), on_missing_consent=MissingConsent.RAISE)
    assert refused.value.purpose == RECORD_CONTACT
    assert refused.value.anonymous_alternative
    assert rows(workstation, "SELECT * FROM encounters") == []


def test_the_consent_check_is_never_bypassed(workstation, monkeypatch):
    """Every person-linked save goes through require_consent with record_contact; if it refuses, no row carries
    the client, whatever the draft says."""
    client = add_client(workstation)
    grant_consent(workstation, client.id, RECORD_CONTACT, **CONSENT, today=TODAY)
    calls = []

    def refusing(uow, purposes, client_id, purpose, today, **kwargs):
        calls.append((client_id, purpose, today))
        raise ConsentRequired(purpose, "Store contact", None, True)

    monkeypatch.setattr(record_module, "require_consent", refusing)
    result = record(workstation, draft_for(client))
    assert calls == [(client.id, RECORD_CONTACT, TODAY)]
    assert result.anonymous
    assert all(r["client_id"] is None for r in rows(workstation, "SELECT client_id FROM encounters"))


def test_an_explicit_anonymous_save_does_not_link_even_with_consent(workstation):
    client = add_client(workstation, birth_date=date(1950, 1, 1), safety_marking=True)
    grant_consent(workstation, client.id, RECORD_CONTACT, **CONSENT, today=TODAY)
    result = record(workstation, draft_for(client, anonymous=True))
    assert result.anonymous_reason is AnonymousReason.CHOSEN
    # A safety marking hides where the person lives: no area, even in aggregates.
    assert (result.encounter.age_band, result.encounter.municipality_code) == (AgeBand.SENIOR, None)


def test_a_deleted_or_missing_client_is_refused(workstation):
    with pytest.raises(ClientNotFound):
        record(workstation, draft_for(None, client_id=uuid.uuid4()))


# --- append-only, outbox, audit ---------------------------------------------------------------------------------

def test_encounters_tags_and_signals_are_append_only_but_keep_their_crm_version(workstation):
    record(workstation, draft_for(None, signals=[Signal(SignalKind.OTHER, "x", 1)]))
    for statement in ("UPDATE encounters SET outcome = 'other'", "UPDATE encounters SET client_id = NULL",
                      "DELETE FROM encounters", "UPDATE encounter_needs SET status = 'met'",
                      "DELETE FROM encounter_needs", "UPDATE encounter_signals SET text = 'y'",
                      "DELETE FROM encounter_signals"):
        with workstation.store.engine.begin() as connection, \
                pytest.raises(sa.exc.DatabaseError, match="append-only"):
            connection.execute(sa.text(statement))
    with workstation.store.engine.begin() as connection:
        for table in ("encounters", "encounter_needs", "encounter_signals"):
            connection.execute(sa.text(f"UPDATE {table} SET crm_etag = 'W/\"7\"'"))  # noqa: S608


def test_the_encounter_its_tags_and_signals_go_to_the_outbox_in_the_same_transaction(workstation):
    client = add_client(workstation)
    grant_consent(workstation, client.id, RECORD_CONTACT, **CONSENT, today=TODAY)
    result = record(workstation, draft_for(client, signals=[Signal(SignalKind.WAITING_TOO_LONG, "Jono", 2)]))
    with workstation.unit_of_work() as uow:
        entries = [e for e in uow.outbox.pending() if e.entity in ("encounter", "need_tag", "signal")]
    assert [e.entity for e in entries] == ["encounter", "need_tag", "need_tag", "signal"]
    assert all(e.operation == "create" for e in entries)
    encounter = entries[0].changes
    assert encounter["client_id"]["new"] == str(client.id)
    assert encounter["outcome"]["new"] == "guided_to_service"
    assert entries[1].changes["encounter_id"]["new"] == str(result.encounter.id)
    assert entries[3].changes["kind"]["new"] == "waiting_too_long"
    audit = [r for r in rows(workstation, "SELECT * FROM audit_events") if r["action"] == "record_encounter"]
    assert audit[0]["record_type"] == "client"
    assert audit[0]["reason"] == f"encounter {result.encounter.id}"
    assert AuditAction.RECORD_ENCOUNTER.value == "record_encounter"


def test_a_failed_save_leaves_nothing_behind(workstation, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("app.store.audit_log.AuditLog.record", broken)
    with pytest.raises(RuntimeError):
        record(workstation, draft_for(None))
    for table in ("encounters", "encounter_needs", "outbox", "situation_tallies"):
        assert rows(workstation, f"SELECT * FROM {table}") == [], table  # noqa: S608


def test_saving_the_same_draft_twice_writes_it_once(workstation):
    draft = draft_for(None)
    first = record(workstation, draft)
    again = record(workstation, draft)
    assert again.already_saved
    assert again.encounter == first.encounter
    assert len(rows(workstation, "SELECT * FROM encounters")) == 1


# --- drafts ----------------------------------------------------------------------------------------------------

def test_an_open_encounter_survives_closing_and_reopening_the_workstation(tmp_path, memory_keyring):
    directory = tmp_path / "profile"
    workstation = open_workstation(directory)
    client = add_client(workstation)
    draft = start_encounter(workstation, EncounterChannel.PHONE, client_id=client.id, at=NOW)
    draft.need_tags.append(NeedTag("housing.eviction_risk", NeedStatus.UNMET))
    draft.summary = "Kesken"
    draft.signals.append(Signal(SignalKind.SERVICE_MISSING, "ei", 2))
    save_draft(workstation, draft)
    workstation.close()  # the app closes (or crashes) with the encounter open

    reopened = open_workstation(directory)
    try:
        [left_open] = open_drafts(reopened)
        assert left_open.draft == draft
        assert load_draft(reopened, draft.id) == draft
        left_open.draft.outcome = EncounterOutcome.NO_SUITABLE_SERVICE
        record_encounter(reopened, left_open.draft, at=NOW + timedelta(minutes=5), today=TODAY)
        assert open_drafts(reopened) == []
    finally:
        reopened.close()


def test_a_draft_can_be_discarded(workstation):
    draft = start_encounter(workstation, EncounterChannel.COUNTER, at=NOW)
    assert discard_draft(workstation, draft.id)
    assert not discard_draft(workstation, draft.id)
    assert open_drafts(workstation) == []


# --- validation ------------------------------------------------------------------------------------------------

def test_unknown_need_codes_are_kept_and_flagged(workstation):
    result = record(workstation, draft_for(None, need_tags=[NeedTag("crm.legacy_42", NeedStatus.MET)]))
    assert result.unknown_need_codes == ("crm.legacy_42",)
    assert rows(workstation, "SELECT need_code FROM encounter_needs") == [{"need_code": "crm.legacy_42"}]


@pytest.mark.parametrize(("change", "message"), [
    (dict(ended_at=NOW - timedelta(hours=1)), "cannot end before it started"),
    (dict(outcome=None), "Choose the outcome"),
    (dict(summary="x" * 501), "longer than 500"),
    (dict(need_tags=[NeedTag("P1", NeedStatus.MET), NeedTag("P1", NeedStatus.UNMET)]), "tagged twice"),
    (dict(signals=[Signal(SignalKind.OTHER, "x", 4)]), "severity"),
    (dict(signals=[Signal(SignalKind.OTHER, "x" * 201, 2)]), "longer than 200"),
    (dict(started_at=NOW + timedelta(hours=2), ended_at=NOW + timedelta(hours=3)), "start in the future"),
    (dict(started_at=datetime(2026, 11, 27, 10)), "time zone"),
    (dict(municipality_code="999"), "not a municipality code"),
])
def test_invalid_encounters_are_refused_with_a_clear_message(workstation, change, message):
    draft = draft_for(None, **change)
    assert any(message in problem for problem in review_encounter(workstation, draft, at=NOW).problems)
    with pytest.raises(ValidationError, match=message):
        record(workstation, draft)


def test_a_signal_is_asked_for_but_not_required(workstation):
    draft = draft_for(None, outcome=EncounterOutcome.NO_SUITABLE_SERVICE)
    review = review_encounter(workstation, draft, at=NOW)
    assert review.can_save
    assert review.signals_asked
    assert review.signal_missing
    assert record(workstation, draft).signal_missing
    unmet = draft_for(None, need_tags=[NeedTag("housing.homelessness", NeedStatus.UNMET)],
                      signals=[Signal(SignalKind.SERVICE_MISSING, "", 2)])
    assert review_encounter(workstation, unmet, at=NOW).signals_asked
    assert not review_encounter(workstation, unmet, at=NOW).signal_missing
    assert not review_encounter(workstation, draft_for(None), at=NOW).signals_asked


def test_an_open_ended_encounter_ends_when_it_is_saved(workstation):
    result = record(workstation, draft_for(None, ended_at=None))
    assert result.encounter.ended_at == NOW


# --- outreach, card, services ------------------------------------------------------------------------------------

def test_an_outreach_visitor_is_one_anonymous_encounter(workstation):
    result = record_outreach_visitor(workstation, "Kirjaston digitori", ["digital.strong_identification"],
                                     age_band=AgeBand.SENIOR, municipality_code="091", at=NOW)
    encounter = result.encounter
    assert result.anonymous_reason is AnonymousReason.NO_CLIENT
    assert (encounter.channel, encounter.event_name, encounter.age_band) == (
        EncounterChannel.OUTREACH, "Kirjaston digitori", AgeBand.SENIOR)
    assert encounter.need_tags == (NeedTag("digital.strong_identification", NeedStatus.MET),)
    with pytest.raises(ValidationError, match="event"):
        record_outreach_visitor(workstation, "  ", ["P1"], at=NOW)


def test_the_card_shows_the_clients_last_linked_encounters_newest_first(workstation):
    client = add_client(workstation)
    grant_consent(workstation, client.id, RECORD_CONTACT, **CONSENT, today=TODAY)
    for minutes in (300, 200, 100):
        draft = draft_for(client, started_at=NOW - timedelta(minutes=minutes),
                          ended_at=NOW - timedelta(minutes=minutes - 10),
                          need_tags=[NeedTag("gone.code", NeedStatus.UNMET)] if minutes == 100 else [])
        record(workstation, draft)
    lines = last_encounters(workstation, client.id, limit=2)
    assert [line.started_at for line in lines] == [NOW - timedelta(minutes=100), NOW - timedelta(minutes=200)]
    assert lines[0].needs[0].label == "tuntematon koodi gone.code"
    assert not lines[0].needs[0].known
    assert lines[0].adviser_name == workstation.adviser.display_name


def test_a_service_offered_proposes_needs_with_labels(workstation):
    proposed = propose_needs_for_services(workstation, ["P4.10"], "sv")
    assert [(p.code, p.label) for p in proposed] == [("income.social_assistance", "Ansöka om utkomststöd")]


def test_age_bands_and_weeks():
    assert [age_band(date(2011, 11, 28), TODAY), age_band(date(2011, 11, 27), TODAY)] == [
        AgeBand.CHILD, AgeBand.MINOR]
    assert age_band(date(1961, 11, 27), TODAY) is AgeBand.SENIOR
    assert age_band(None, TODAY) is AgeBand.UNKNOWN
    # Sunday 23:30 UTC is already Monday in Helsinki: the next ISO week.
    assert iso_week(datetime(2026, 11, 29, 23, 30, tzinfo=UTC)) == "2026-W49"
