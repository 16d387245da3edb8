"""Recording consents through the use cases: events with their outbox rows and audit events, the guardian rule,
the overview and history the card shows, enforcement by `require_consent`, and the supervisors' expiring list."""

from __future__ import annotations

import csv
import io
import random
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from app.consent_purposes import FOLLOWUP_CONTACT, RECORD_CONTACT, REQUIRED_PURPOSES
from app.domain.adviser import Adviser, Role
from app.domain.audit import AuditAction
from app.domain.client import Client
from app.domain.consent import (
    ConsentChannel,
    ConsentDecision,
    ConsentEvent,
    ConsentEvidence,
    ConsentState,
    derive_status,
    needs_guardian,
)
from app.errors import PermissionDenied, ValidationError
from app.store.client_repository import ClientNotFound
from app.usecases.consent_card import consent_history, consent_overview, consent_status
from app.usecases.consent_enforcement import ConsentRequired, require_consent
from app.usecases.expiring_consents import (
    CSV_COLUMNS,
    export_expiring_consents_csv,
    list_expiring_consents,
)
from app.usecases.record_consent import (
    GuardianConsentRequired,
    consent_purposes,
    grant_consent,
    prepare_consent,
    refuse_consent,
    withdraw_consent,
)

TODAY = date(2026, 11, 27)
HOW = dict(channel=ConsentChannel.COUNTER, evidence=ConsentEvidence.VERBAL, language="fi", today=TODAY)


def add_client(workstation, **overrides) -> Client:
    values = dict(first_names="Aino Maria", last_name="Mäkinen", birth_date=date(1990, 1, 1),
                  identity_code="010190-123M", preferred_language="sv")
    client = Client(**(values | overrides))
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    return client


def as_adviser(workstation, *roles: Role, name: str = "Sanna Supervisor") -> Adviser:
    adviser = Adviser(name.lower().replace(" ", "."), name, frozenset(roles))
    with workstation.unit_of_work() as uow:
        uow.advisers.add(adviser)
        uow.commit()
    workstation.adviser = adviser
    return adviser


def stored_event(workstation, client_id, purpose=RECORD_CONTACT, decision=ConsentDecision.GRANTED, *,
                 valid_from=date(2026, 1, 5), valid_until=None, sequence=1, recorded_at=None) -> ConsentEvent:
    """An event as the CRM sync would store it (bypassing the use case's checks)."""
    event = ConsentEvent(uuid.uuid4(), client_id, purpose, decision, valid_from, valid_until,
                         ConsentChannel.DIGITAL, ConsentEvidence.STRONG_E_IDENTIFICATION, "2024-01", "fi", None, None,
                         recorded_at or datetime(valid_from.year, valid_from.month, valid_from.day, 8, tzinfo=UTC),
                         sequence)
    with workstation.unit_of_work() as uow:
        uow.consents.add(event)
        uow.commit()
    return event


def audit_rows(workstation) -> list[dict]:
    with workstation.store.engine.connect() as connection:
        return [dict(row) for row in connection.execute(sa.text("SELECT * FROM audit_events")).mappings()]


# --- recording ---------------------------------------------------------------------------------------------------

def test_a_grant_is_stored_with_the_default_validity_and_the_current_text(workstation):
    client = add_client(workstation)
    event = grant_consent(workstation, client.id, RECORD_CONTACT, **HOW)
    assert (event.valid_from, event.valid_until) == (TODAY, date(2028, 11, 26))  # 24 months, inclusive
    assert (event.text_version, event.sequence, event.recorded_by) == ("2026-01", 1, workstation.adviser.id)
    with workstation.unit_of_work() as uow:
        [stored] = uow.consents.for_client(client.id)
    assert stored == event
    status = consent_status(workstation, client.id, RECORD_CONTACT, today=TODAY)
    assert (status.state, status.valid_until, status.permits) == (ConsentState.GRANTED, date(2028, 11, 26), True)


def test_each_event_writes_its_outbox_row_with_json_values(workstation):
    client = add_client(workstation)
    event = grant_consent(workstation, client.id, "newsletter", **HOW | {"evidence": ConsentEvidence.SIGNED})
    with workstation.unit_of_work() as uow:
        [entry] = [e for e in uow.outbox.pending() if e.entity == "consent"]
    assert (entry.record_id, entry.operation) == (event.id, "create")
    assert {name: change["new"] for name, change in entry.changes.items()} == {
        "id": str(event.id), "client_id": str(client.id), "purpose": "newsletter", "decision": "granted",
        "valid_from": "2026-11-27", "valid_until": "2029-11-26", "channel": "counter", "evidence": "signed",
        "text_version": "2024-01", "language": "fi", "guardian": None, "recorded_by": str(workstation.adviser.id),
        "recorded_at": event.recorded_at.isoformat(), "sequence": 1,
    }
    assert all(change["old"] is None for change in entry.changes.values())


def test_the_audit_event_names_the_client_and_the_event_and_holds_no_personal_data(workstation):
    client = add_client(workstation, identity_code="010190-123M")
    event = grant_consent(workstation, client.id, RECORD_CONTACT, **HOW)
    withdraw_consent(workstation, client.id, RECORD_CONTACT, **HOW)
    rows = [row for row in audit_rows(workstation) if row["action"] == AuditAction.CONSENT_CHANGE]
    assert len(rows) == 2
    assert (rows[0]["record_type"], rows[0]["record_id"]) == ("client", str(client.id))
    assert str(event.id) in rows[0]["reason"]
    text = " ".join(str(value) for row in rows for value in row.values())
    for personal in ("Mäkinen", "Aino", "010190", "record_contact", "granted", "withdrawn"):
        assert personal not in text


def test_sequence_grows_per_client_and_purpose(workstation):
    client = add_client(workstation)
    first = grant_consent(workstation, client.id, RECORD_CONTACT, **HOW)
    second = withdraw_consent(workstation, client.id, RECORD_CONTACT, **HOW)
    other = refuse_consent(workstation, client.id, "newsletter", **HOW)
    assert (first.sequence, second.sequence, other.sequence) == (1, 2, 1)
    assert consent_status(workstation, client.id, RECORD_CONTACT, today=TODAY).state is ConsentState.WITHDRAWN


def test_a_withdrawal_of_something_never_granted_is_recorded(workstation):
    client = add_client(workstation)
    event = withdraw_consent(workstation, client.id, "share_city_services", **HOW)
    assert (event.decision, event.valid_until) == (ConsentDecision.WITHDRAWN, None)
    assert consent_status(workstation, client.id, "share_city_services", today=TODAY).state is \
        ConsentState.WITHDRAWN


@pytest.mark.parametrize(("details", "message"), [
    ({"valid_from": TODAY, "valid_until": TODAY - timedelta(days=1)}, "ends .* before it starts"),
    ({"valid_from": date(2025, 1, 1), "valid_until": date(2026, 1, 1)}, "already have ended"),
    ({"valid_from": TODAY + timedelta(days=1)}, "after today"),
    ({"language": "ru"}, "Finnish, Swedish and English"),
    ({"text_version": "1999"}, "text version 1999 does not exist"),
])
def test_bad_grants_are_refused_with_a_clear_message_and_nothing_is_written(workstation, details, message):
    client = add_client(workstation)
    with pytest.raises(ValidationError, match=message):
        grant_consent(workstation, client.id, RECORD_CONTACT, **HOW | details)
    with workstation.unit_of_work() as uow:
        assert uow.consents.for_client(client.id) == []


def test_a_refusal_has_no_end_date_and_an_unknown_purpose_cannot_be_recorded(workstation):
    client = add_client(workstation)
    with pytest.raises(ValidationError, match="no end date"):
        refuse_consent(workstation, client.id, RECORD_CONTACT, **HOW | {"valid_until": date(2027, 1, 1)})
    with pytest.raises(ValidationError, match="not a consent purpose"):
        grant_consent(workstation, client.id, "unknown_purpose", **HOW)
    with pytest.raises(ClientNotFound):
        grant_consent(workstation, uuid.uuid4(), RECORD_CONTACT, **HOW)


def test_until_withdrawn_and_an_own_end_date(workstation):
    client = add_client(workstation)
    assert grant_consent(workstation, client.id, RECORD_CONTACT, **HOW | {"valid_until": None}).valid_until is None
    own = grant_consent(workstation, client.id, "newsletter", **HOW | {"valid_until": date(2027, 2, 28)})
    assert own.valid_until == date(2027, 2, 28)


# --- the guardian rule -------------------------------------------------------------------------------------------

def test_a_client_under_15_needs_a_named_guardian_to_grant(workstation):
    child = add_client(workstation, birth_date=date(2012, 5, 5), identity_code=None)
    with pytest.raises(GuardianConsentRequired, match="under 15"):
        grant_consent(workstation, child.id, RECORD_CONTACT, **HOW)
    with pytest.raises(GuardianConsentRequired):
        grant_consent(workstation, child.id, RECORD_CONTACT, **HOW | {"guardian": "   "})
    event = grant_consent(workstation, child.id, RECORD_CONTACT, **HOW | {"guardian": " Maija  Mäkinen "})
    assert event.guardian == "Maija Mäkinen"
    # A child may always refuse or withdraw alone.
    assert withdraw_consent(workstation, child.id, RECORD_CONTACT, **HOW).guardian is None
    assert refuse_consent(workstation, child.id, "newsletter", **HOW).guardian is None


def test_the_guardian_rule_counts_from_the_birth_date_and_the_purposes_file(workstation, tmp_path):
    fifteen_today = add_client(workstation, birth_date=date(2011, 11, 27), identity_code=None)
    assert grant_consent(workstation, fifteen_today.id, RECORD_CONTACT, **HOW).guardian is None
    child = add_client(workstation, birth_date=date(2011, 11, 28), identity_code=None)
    form = prepare_consent(workstation, child.id, RECORD_CONTACT, today=TODAY)
    assert form.guardian_required
    own = workstation.profile.directory / "consent_purposes.toml"
    from app.consent_purposes import packaged_purposes_path

    own.write_text(packaged_purposes_path().read_text(encoding="utf-8").replace(
        "\nguardian_required_under_15 = true", "\nguardian_required_under_15 = false", 1), encoding="utf-8")
    try:
        assert not prepare_consent(workstation, child.id, RECORD_CONTACT, today=TODAY).guardian_required
        assert grant_consent(workstation, child.id, RECORD_CONTACT, **HOW).guardian is None
    finally:
        own.unlink()


def test_prepare_consent_reads_the_text_in_the_clients_language(workstation):
    client = add_client(workstation, preferred_language="sv")
    form = prepare_consent(workstation, client.id, RECORD_CONTACT, today=TODAY)
    assert (form.language, form.text_version, form.default_valid_until) == ("sv", "2026-01", date(2028, 11, 26))
    assert form.text.startswith("Stadens rådgivning sparar")
    assert form.label == "Ärendet registreras med namn"
    other = add_client(workstation, preferred_language="so", identity_code=None)
    assert prepare_consent(workstation, other.id, RECORD_CONTACT, today=TODAY).language == "fi"
    assert prepare_consent(workstation, other.id, RECORD_CONTACT, today=TODAY, language="en").text.startswith(
        "The city's advice service")


# --- overview and history ----------------------------------------------------------------------------------------

def test_the_overview_has_every_purpose_in_order_plus_unknown_codes(workstation):
    client = add_client(workstation)
    grant_consent(workstation, client.id, "newsletter", **HOW | {"valid_from": date(2024, 1, 10)})
    stored_event(workstation, client.id, "nv_unknown_from_crm")
    overview = consent_overview(workstation, client.id, language="en", today=TODAY)
    assert [item.status.purpose for item in overview.purposes] == [*REQUIRED_PURPOSES, "nv_unknown_from_crm"]
    newsletter = overview.status("newsletter")
    assert (newsletter.state, newsletter.valid_until, newsletter.days_left) == (
        ConsentState.GRANTED, date(2027, 1, 9), 43)
    unknown = overview.purposes[-1]
    assert (unknown.label, unknown.status.known_purpose, unknown.status.permits) == ("nv_unknown_from_crm", False,
                                                                                     False)
    assert overview.purposes[0].label == "Recording contacts by name"
    assert not overview.may_record_contact


def test_history_is_newest_first_with_the_adviser_and_text_version(workstation):
    client = add_client(workstation)
    first_adviser = workstation.adviser.display_name
    first = grant_consent(workstation, client.id, RECORD_CONTACT, **HOW)
    as_adviser(workstation, Role.COUNTER, name="Pekka Neuvoja")
    second = withdraw_consent(workstation, client.id, RECORD_CONTACT, **HOW)
    crm = stored_event(workstation, client.id, "nv_unknown_from_crm", valid_from=date(2025, 5, 5))
    history = consent_history(workstation, client.id, language="fi", today=TODAY)
    assert [entry.event.id for entry in history] == [second.id, first.id, crm.id]
    assert [entry.recorded_by_name for entry in history] == ["Pekka Neuvoja", first_adviser, None]
    assert [entry.decides_status for entry in history] == [True, False, True]
    assert history[0].purpose_label == "Asioinnin kirjaaminen nimellä"
    assert (history[0].event.text_version, history[0].text_version_known) == ("2026-01", True)
    assert (history[2].known_purpose, history[2].text_version_known) == (False, False)
    only = consent_history(workstation, client.id, purpose=RECORD_CONTACT, today=TODAY)
    assert [entry.event.id for entry in only] == [second.id, first.id]


def test_clock_skew_the_later_decision_wins_over_a_grant_from_the_future(workstation):
    client = add_client(workstation)
    stored_event(workstation, client.id, valid_from=TODAY,
                 recorded_at=datetime(2026, 11, 29, 9, tzinfo=UTC))  # a laptop two days fast
    withdrawal = withdraw_consent(workstation, client.id, RECORD_CONTACT, **HOW)
    assert withdrawal.sequence == 2
    status = consent_status(workstation, client.id, RECORD_CONTACT, today=TODAY)
    assert (status.state, status.decided_by) == (ConsentState.WITHDRAWN, withdrawal.id)


# --- enforcement -------------------------------------------------------------------------------------------------

def test_require_consent_refuses_a_person_linked_write_without_the_consent(workstation):
    client = add_client(workstation)
    purposes = consent_purposes(workstation)
    with workstation.unit_of_work() as uow, pytest.raises(ConsentRequired) as refused:
        require_consent(uow, purposes, client.id, RECORD_CONTACT, TODAY)
    error = refused.value
    assert (error.purpose, error.label, error.anonymous_alternative) == (
        RECORD_CONTACT, "Recording contacts by name", True)
    assert error.status.state is ConsentState.UNKNOWN
    assert "Recording contacts by name" in error.problem
    assert "anonymously" in error.fix
    with workstation.unit_of_work() as uow, pytest.raises(ConsentRequired) as refused:
        require_consent(uow, purposes, client.id, FOLLOWUP_CONTACT, TODAY)
    assert not refused.value.anonymous_alternative
    assert "anonymously" not in refused.value.fix


@pytest.mark.parametrize(("decision", "valid_until", "allowed"), [
    (ConsentDecision.GRANTED, None, True),
    (ConsentDecision.GRANTED, TODAY, True),  # expiring on its last day still permits
    (ConsentDecision.GRANTED, TODAY - timedelta(days=1), False),  # expired
    (ConsentDecision.REFUSED, None, False),
    (ConsentDecision.WITHDRAWN, None, False),
])
def test_require_consent_per_state(workstation, decision, valid_until, allowed):
    client = add_client(workstation)
    stored_event(workstation, client.id, decision=decision, valid_until=valid_until)
    with workstation.unit_of_work() as uow:
        if allowed:
            assert require_consent(uow, consent_purposes(workstation), client.id, RECORD_CONTACT, TODAY).permits
        else:
            with pytest.raises(ConsentRequired):
                require_consent(uow, consent_purposes(workstation), client.id, RECORD_CONTACT, TODAY)


def test_an_unknown_purpose_never_satisfies_a_known_one(workstation):
    client = add_client(workstation)
    stored_event(workstation, client.id, "Record_Contact")
    stored_event(workstation, client.id, "record_contact_v2")
    with workstation.unit_of_work() as uow, pytest.raises(ConsentRequired):
        require_consent(uow, consent_purposes(workstation), client.id, RECORD_CONTACT, TODAY)


# --- the supervisors' expiring list ------------------------------------------------------------------------------

def test_only_supervisors_and_administrators_see_the_expiring_list(workstation):
    with pytest.raises(PermissionDenied, match="supervisors"):
        list_expiring_consents(workstation, today=TODAY)
    with pytest.raises(PermissionDenied):
        export_expiring_consents_csv(workstation, io.StringIO(), today=TODAY)
    as_adviser(workstation, Role.ADMIN, name="Ada Admin")
    assert list_expiring_consents(workstation, today=TODAY).rows == []
    as_adviser(workstation, Role.SUPERVISOR)
    assert list_expiring_consents(workstation, today=TODAY, with_total=True).total == 0


def test_the_expiring_list_has_the_deciding_grants_ending_within_30_days(workstation):
    expiring = add_client(workstation, last_name="Aalto", identity_code=None)
    stored_event(workstation, expiring.id, valid_until=TODAY + timedelta(days=30))
    stored_event(workstation, expiring.id, "newsletter", valid_until=TODAY)
    later = add_client(workstation, last_name="Berg", identity_code=None)
    stored_event(workstation, later.id, valid_until=TODAY + timedelta(days=31))
    gone = add_client(workstation, last_name="Carlsson", identity_code=None)
    stored_event(workstation, gone.id, valid_until=TODAY - timedelta(days=1))
    withdrawn = add_client(workstation, last_name="Dahl", identity_code=None)
    stored_event(workstation, withdrawn.id, valid_until=TODAY + timedelta(days=5))
    stored_event(workstation, withdrawn.id, decision=ConsentDecision.WITHDRAWN, valid_from=date(2026, 2, 1),
                 sequence=2)
    renewed = add_client(workstation, last_name="Eklund", identity_code=None)
    stored_event(workstation, renewed.id, valid_until=TODAY + timedelta(days=5))
    stored_event(workstation, renewed.id, valid_until=date(2028, 1, 1), valid_from=date(2026, 11, 1), sequence=2)
    deleted = add_client(workstation, last_name="Forsman", identity_code=None)
    stored_event(workstation, deleted.id, valid_until=TODAY + timedelta(days=5))
    with workstation.unit_of_work() as uow:
        uow.clients.soft_delete(deleted.id)
        uow.commit()
    as_adviser(workstation, Role.SUPERVISOR)
    page = list_expiring_consents(workstation, today=TODAY, language="en", with_total=True)
    assert [(row.display_name, row.purpose, row.days_left) for row in page.rows] == [
        ("Aino Aalto", "newsletter", 0), ("Aino Aalto", RECORD_CONTACT, 30)]
    assert page.rows[0].purpose_label == "News about city services"
    assert (page.total, page.next_after, page.first_day, page.last_day) == (2, None, TODAY, date(2026, 12, 27))
    only = list_expiring_consents(workstation, today=TODAY, purposes=[RECORD_CONTACT])
    assert [row.purpose for row in only.rows] == [RECORD_CONTACT]


def test_the_expiring_list_pages_by_keyset_and_agrees_with_the_derived_status(workstation):
    rng = random.Random(4)
    clients = [add_client(workstation, last_name=f"Nimi{i:02d}", identity_code=None) for i in range(40)]
    for client in clients:
        for purpose in (RECORD_CONTACT, "newsletter"):
            for sequence in range(1, rng.randint(1, 4)):
                decision = rng.choice([ConsentDecision.GRANTED] * 3 + [ConsentDecision.WITHDRAWN,
                                                                       ConsentDecision.REFUSED])
                start = TODAY - timedelta(days=rng.randint(0, 400))
                until = start + timedelta(days=rng.randint(0, 450)) if decision is ConsentDecision.GRANTED else None
                stored_event(workstation, client.id, purpose, decision, valid_from=start, valid_until=until,
                             sequence=rng.choice([sequence, sequence, 1]),
                             recorded_at=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=rng.randint(0, 9)))
    expected = []
    with workstation.unit_of_work() as uow:
        for client in clients:
            for purpose in (RECORD_CONTACT, "newsletter"):
                status = derive_status(purpose, uow.consents.for_client_purpose(client.id, purpose), TODAY)
                if status.state is ConsentState.EXPIRING:
                    expected.append((status.valid_until, client.id, purpose))
    assert expected, "the random data should hold some expiring grants"
    as_adviser(workstation, Role.SUPERVISOR)
    listed, after = [], None
    while True:
        page = list_expiring_consents(workstation, today=TODAY, after=after, limit=3, with_total=True)
        listed += [(row.valid_until, row.client_id, row.purpose) for row in page.rows]
        assert page.total == len(expected)
        if page.next_after is None:
            break
        after = page.next_after
    assert listed == sorted(expected)


def test_the_csv_export_is_minimal_safe_and_audited(workstation):
    client = add_client(workstation, first_names="=HYPERLINK(x)", last_name="Öberg")
    stored_event(workstation, client.id, valid_until=TODAY + timedelta(days=3))
    as_adviser(workstation, Role.SUPERVISOR)
    out = io.StringIO()
    assert export_expiring_consents_csv(workstation, out, today=TODAY, language="sv") == 1
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == list(CSV_COLUMNS)
    assert rows[1] == [str(client.id), "'=HYPERLINK(x) Öberg", RECORD_CONTACT, "Ärendet registreras med namn",
                       "2026-11-30", "3"]
    assert "010190" not in out.getvalue()
    actions = [(row["action"], row["reason"]) for row in audit_rows(workstation)]
    assert ("export", "expiring consents csv: 1") in actions
    list_expiring_consents(workstation, today=TODAY)
    assert ("search_clients", "expiring consents: 1") in [(r["action"], r["reason"]) for r in audit_rows(workstation)]


def test_the_expiring_list_reads_its_index(workstation):
    statements: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _executemany):
        if "FROM consent_events g" in statement:
            statements.append((statement, parameters))

    as_adviser(workstation, Role.SUPERVISOR)
    sa.event.listen(workstation.store.engine, "before_cursor_execute", capture)
    try:
        list_expiring_consents(workstation, today=TODAY, with_total=True)
    finally:
        sa.event.remove(workstation.store.engine, "before_cursor_execute", capture)
    assert len(statements) == 2
    with workstation.store.engine.connect() as connection:
        for statement, parameters in statements:
            plan = " | ".join(row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}",
                                                                            parameters))
            assert "ix_consent_events_expiry" in plan, plan
            assert "ix_consent_events_client" in plan, plan


# --- the demo population -----------------------------------------------------------------------------------------

def test_demo_consents_are_reproducible_and_show_every_state():
    from collections import Counter

    from app.demo_population import DemoPopulation
    from app.domain.consent import derive_statuses

    def made(seed: int) -> list[tuple[Client, list[ConsentEvent]]]:
        population = DemoPopulation(seed)
        events_for = population.consent_events(TODAY)
        return [(client, events_for(client)) for client in population.clients(3000)]

    pairs = made(2)
    assert pairs == made(2)
    first = [events for _, events in pairs]
    codes = REQUIRED_PURPOSES
    states = Counter(status.state for events in first for status in derive_statuses(events, codes, TODAY))
    assert set(states) == set(ConsentState)
    assert states[ConsentState.UNKNOWN] > states[ConsentState.GRANTED] > states[ConsentState.EXPIRED] \
        > states[ConsentState.EXPIRING]
    assert 1.7 < sum(len(events) for events in first) / len(first) < 2.5
    minors_grants = [(client, event) for client, events in pairs for event in events
                     if event.decision is ConsentDecision.GRANTED and needs_guardian(client.birth_date,
                                                                                      event.valid_from)]
    assert minors_grants
    assert all(event.guardian and event.guardian.endswith(client.last_name) for client, event in minors_grants)


def test_a_demo_profile_is_loaded_with_consents_and_no_outbox_rows(demo_workstation):
    from app.usecases.demo_data import generate_demo_population

    report = generate_demo_population(demo_workstation, clients=500, seed=3, consents_as_of=TODAY)
    assert report.consent_events > 700
    with demo_workstation.store.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM consent_events")).scalar() == report.consent_events
        assert connection.execute(sa.text("SELECT count(*) FROM outbox")).scalar() == 0
        indexes = set(connection.execute(sa.text(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'consent_events'")).scalars())
    assert {"ix_consent_events_client", "ix_consent_events_expiry"} <= indexes
    page = list_expiring_consents(demo_workstation, today=TODAY, with_total=True)
    assert page.rows
    assert all(0 <= row.days_left <= 30 for row in page.rows)
