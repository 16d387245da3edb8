"""Creating and editing clients: prefilling from the search box, checking the form, duplicates, and writing the
client with its outbox row and audit event in one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.audit import AuditAction
from app.domain.client import Client, Phone, PhoneKind
from app.domain.email_address import normalise_email
from app.errors import ValidationError
from app.usecases.edit_client import (
    ClientChangedMeanwhile,
    ClientDraft,
    DraftRejected,
    create_client,
    draft_from_search,
    find_duplicates,
    load_client_for_edit,
    phone_field,
    update_client,
    validate_draft,
)

VALID_CODE = "010190-123M"  # born 1 January 1990
OTHER_CODE = "020285-456J"
_CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def code_for(birth: date, individual: int) -> str:
    digits = f"{birth:%d%m%y}{individual:03d}"
    return f"{birth:%d%m%y}-{individual:03d}{_CHECK_CHARACTERS[int(digits) % 31]}"


def good_draft(**overrides) -> ClientDraft:
    values = dict(first_names="Aino Maria", last_name="Mäkinen", identity_code=VALID_CODE, birth_date="01.01.1990",
                  phones=[("040 123 4567", "mobile")], email="aino@Example.FI", street="Testikatu 1",
                  postal_code="00100", municipality="091", preferred_language="fi")
    return ClientDraft(**(values | overrides))


def stored_client(workstation, **overrides) -> Client:
    values = dict(first_names="Eero", last_name="Laine", birth_date=date(1985, 2, 2), identity_code=OTHER_CODE,
                  phones=[Phone("+358501112233")], email="eero@example.fi", street="Kotikatu 2", postal_code="00200",
                  municipality_code="049")
    client = Client(**(values | overrides))
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    return client


def outbox(workstation):
    with workstation.unit_of_work() as uow:
        return uow.outbox.pending()


def audit_actions(workstation, client_id) -> list[AuditAction]:
    with workstation.unit_of_work() as uow:
        return [event.action for event in uow.audit.events_for_record("client", client_id)]


def table_count(workstation, table: str) -> int:
    with workstation.store.engine.connect() as connection:
        return connection.execute(sa.select(sa.func.count()).select_from(sa.table(table))).scalar()


def problems_by_field(draft: ClientDraft) -> dict[str, str]:
    return {problem.field: problem.message for problem in validate_draft(draft)}


# --- prefilling from the search box ------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "expected"), [
    ("040 123 4567", ClientDraft(phones=[("040 123 4567", "mobile")])),
    ("+358 40 1234567", ClientDraft(phones=[("+358 40 1234567", "mobile")])),
    ("09 123 4567", ClientDraft(phones=[("09 123 4567", "home")])),
    ("+46 70 123 45 67", ClientDraft(phones=[("+46 70 123 45 67", "mobile")])),
    ("010190-123M", ClientDraft(identity_code="010190-123M", birth_date="01.01.1990")),
    ("  010190-123m ", ClientDraft(identity_code="010190-123M", birth_date="01.01.1990")),
    ("010190-123A", ClientDraft(identity_code="010190-123A")),  # bad check character: kept for the form to flag
    ("1.2.1990", ClientDraft(birth_date="01.02.1990")),
    ("27/11/1980", ClientDraft(birth_date="27.11.1980")),  # as an English window shows it
    ("Aino.Virtanen@Example.FI", ClientDraft(email="Aino.Virtanen@example.fi")),
    ("aino@", ClientDraft(email="aino@")),
    ("Matti Virtanen", ClientDraft(first_names="Matti", last_name="Virtanen")),
    ("Anna Liisa  Mäkelä", ClientDraft(first_names="Anna Liisa", last_name="Mäkelä")),
    ("Virtanen, Matti", ClientDraft(first_names="Matti", last_name="Virtanen")),
    ("Virtanen,Matti Juhani", ClientDraft(first_names="Matti Juhani", last_name="Virtanen")),
    ("Virtanen", ClientDraft(last_name="Virtanen")),
    ("matti virtanen-kallio", ClientDraft(first_names="Matti", last_name="Virtanen-Kallio")),
    ("von Wright", ClientDraft(first_names="von", last_name="Wright")),
    ("", ClientDraft()),
    ("   ", ClientDraft()),
])
def test_draft_from_search_reads_each_kind_of_key(typed, expected):
    assert draft_from_search(typed) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_draft_from_search_never_fails_and_loses_nothing_typed(text):
    draft = draft_from_search(text)
    assert isinstance(draft, ClientDraft)
    kept = " ".join([draft.first_names, draft.last_name, draft.identity_code, draft.birth_date, draft.email,
                     *(number for number, _ in draft.phones)]).casefold()
    typed = {ch for ch in text.casefold() if not ch.isspace() and ch != ","}
    assert typed <= set(kept)


# --- checking ----------------------------------------------------------------------------------------------------

def test_a_complete_draft_has_no_problems():
    assert validate_draft(good_draft()) == []


def test_names_are_required():
    problems = problems_by_field(good_draft(first_names=" ", last_name=""))
    assert problems["first_names"] == "The first names are required."
    assert problems["last_name"] == "The last name is required."


def test_identity_code_checksum_says_what_is_wrong():
    [problem] = validate_draft(good_draft(identity_code="010190-123A", birth_date=""))
    assert problem.field == "identity_code"
    assert problem.message.startswith("Not a valid Finnish identity code:")
    assert "check" in problem.message.lower()
    assert problem.fix


def test_identity_code_must_agree_with_the_birth_date():
    assert problems_by_field(good_draft(birth_date="02.01.1990")) == {
        "birth_date": "The birth date does not match the identity code."}
    assert validate_draft(good_draft(birth_date="")) == []


@pytest.mark.parametrize(("typed", "message"), [
    ("31.02.1990", "Not a date."),
    ("1990", "Not a date."),
    ("01.01.2999", "The birth date is in the future."),
])
def test_birth_date_problems(typed, message):
    assert problems_by_field(good_draft(identity_code="", birth_date=typed)) == {"birth_date": message}


@pytest.mark.parametrize("typed", ["01.01.1990", "1.1.1990", "01/01/1990", "1/1/1990", "1990-01-01"])
def test_a_date_typed_as_any_window_shows_it_is_read(typed):
    # 01/01/1990 is how an English window shows the date: what the adviser reads there can be typed back.
    assert validate_draft(good_draft(birth_date=typed)) == []


@pytest.mark.parametrize("typed", ["31/02/1990", "1/1.1990", "1/13/1990", "1990/01/01", "01/01/90"])
def test_a_slashed_date_that_is_not_day_month_year_is_not_a_date(typed):
    assert problems_by_field(good_draft(identity_code="", birth_date=typed)) == {"birth_date": "Not a date."}


def test_phone_problems_name_the_row():
    draft = good_draft(phones=[("040 123 4567", "mobile"), ("040 12", "home"), ("+358401234567", "work")])
    problems = problems_by_field(draft)
    assert problems[phone_field(1)] == "The phone number is too short (5 digits)."
    assert problems[phone_field(2)] == "This number is already entered above."
    assert phone_field(0) not in problems
    assert validate_draft(good_draft(phones=[("", "mobile"), ("  ", "home")])) == []


@pytest.mark.parametrize(("typed", "message"), [
    ("aino.example.fi", "The e-mail address has no @."),
    ("aino@@example.fi", "The e-mail address has more than one @."),
    ("aino @example.fi", "An e-mail address cannot contain spaces."),
    ("@example.fi", "The e-mail address has nothing before the @."),
    ("aino@example", "The part after the @ is not a domain (such as example.fi)."),
    ("aino@example,fi", "The part after the @ is not a domain (such as example.fi)."),
    ("aino@example..fi", "The part after the @ is not a domain (such as example.fi)."),
    ("aino,virtanen@example.fi", "The part before the @ has characters an address cannot have (such as a comma)."),
])
def test_email_syntax_problems(typed, message):
    assert problems_by_field(good_draft(email=typed)) == {"email": message}


def test_email_domain_is_normalised_to_lower_case():
    assert normalise_email(" Aino.Virtanen@Example.FI ") == "Aino.Virtanen@example.fi"
    with pytest.raises(ValidationError):
        normalise_email("aino")


def test_postal_code_and_municipality():
    assert problems_by_field(good_draft(postal_code="0010")) == {"postal_code": "A postal code has five digits."}
    assert problems_by_field(good_draft(municipality="999")) == {
        "municipality": "There is no Finnish municipality by that code or name."}
    assert validate_draft(good_draft(municipality="Helsingfors")) == []
    assert validate_draft(good_draft(municipality="espoo")) == []


@pytest.mark.parametrize(("code", "ok"), [("fi", True), ("sv", True), ("en", True), ("ru", True), ("SO", True),
                                          ("zz", False), ("fin", False), ("", False)])
def test_preferred_language_is_an_iso_639_1_code(code, ok):
    assert (validate_draft(good_draft(preferred_language=code)) == []) is ok


def test_digits_in_a_name_are_flagged():
    assert problems_by_field(good_draft(last_name="0401234567")) == {"last_name": "The last name contains digits."}


def test_problems_never_quote_the_value():
    draft = good_draft(identity_code="311390-999Z", phones=[("040 99", "mobile")], email="secret,person@x")
    for problem in validate_draft(draft):
        for value in ("311390", "040 99", "secret"):
            assert value not in problem.message + problem.fix


# --- duplicates --------------------------------------------------------------------------------------------------

def test_duplicate_by_phone_in_any_everyday_form(workstation):
    existing = stored_client(workstation)
    [duplicate] = find_duplicates(workstation, ClientDraft(phones=[("050 111 2233", "mobile")]))
    assert (duplicate.id, duplicate.display_name, duplicate.birth_year) == (existing.id, "Eero Laine", 1985)
    assert duplicate.same_phone
    assert not duplicate.same_identity_code
    assert find_duplicates(workstation, ClientDraft(phones=[("+358 50 1112233", "home")]))[0].id == existing.id
    assert find_duplicates(workstation, ClientDraft(phones=[("050 111 2234", "mobile")])) == []


def test_duplicate_by_identity_code(workstation):
    existing = stored_client(workstation)
    [duplicate] = find_duplicates(workstation, ClientDraft(identity_code=OTHER_CODE.lower()))
    assert duplicate.id == existing.id
    assert duplicate.same_identity_code
    assert not duplicate.same_phone


def test_each_duplicate_check_is_audited_as_a_search_without_the_keys(workstation):
    stored_client(workstation)
    find_duplicates(workstation, ClientDraft(identity_code=OTHER_CODE, phones=[("050 111 2233", "mobile")]))
    find_duplicates(workstation, ClientDraft())  # nothing to check: no query, nothing to audit

    with workstation.unit_of_work() as uow:
        searches = [e for e in uow.audit.latest() if e.action is AuditAction.SEARCH_CLIENTS]
    assert [(e.record_id, e.reason) for e in searches] == [(None, "duplicate check: 1 found")]


def test_identity_code_matches_come_first_and_the_edited_client_is_left_out(workstation):
    by_phone = stored_client(workstation, identity_code=None, last_name="Aalto")
    by_code = stored_client(workstation, phones=[], last_name="Öhman")
    draft = ClientDraft(identity_code=OTHER_CODE, phones=[("050 111 2233", "mobile")])
    assert [d.id for d in find_duplicates(workstation, draft)] == [by_code.id, by_phone.id]
    assert [d.id for d in find_duplicates(workstation, draft, excluding=by_code.id)] == [by_phone.id]


def test_unparsable_keys_and_deleted_clients_find_nothing(workstation):
    existing = stored_client(workstation)
    assert find_duplicates(workstation, ClientDraft(identity_code="020285-456X", phones=[("05", "mobile")])) == []
    with workstation.unit_of_work() as uow:
        uow.clients.soft_delete(existing.id)
        uow.commit()
    assert find_duplicates(workstation, ClientDraft(identity_code=OTHER_CODE)) == []


def test_the_duplicate_check_uses_the_indexes_and_never_scans(workstation):
    stored_client(workstation)
    statements: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    sa.event.listen(workstation.store.engine, "before_cursor_execute", capture)
    try:
        find_duplicates(workstation, ClientDraft(identity_code=OTHER_CODE,
                                                 phones=[("050 111 2233", "mobile"), ("040 123 4567", "home")]))
    finally:
        sa.event.remove(workstation.store.engine, "before_cursor_execute", capture)
    assert len(statements) >= 3
    plans = []
    with workstation.store.engine.connect() as connection:
        for statement, parameters in statements:
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
            plans.append(" | ".join(row[-1] for row in rows))
    joined = "\n".join(plans)
    assert "ix_client_phones_number" in joined
    assert "ix_clients_identity_code_hash" in joined
    assert not any(step.startswith("SCAN") for plan in plans for step in plan.split(" | ")), joined


# --- creating ----------------------------------------------------------------------------------------------------

def test_create_writes_client_outbox_row_and_audit_event(workstation):
    client_id = create_client(workstation, good_draft())
    with workstation.unit_of_work() as uow:
        client = uow.clients.get(client_id)
    assert (client.first_names, client.last_name, client.identity_code) == ("Aino Maria", "Mäkinen", VALID_CODE)
    assert client.birth_date == date(1990, 1, 1)
    assert client.phones == [Phone("+358401234567", PhoneKind.MOBILE)]
    assert client.email == "aino@example.fi"
    assert (client.postal_code, client.municipality_code, client.preferred_language) == ("00100", "091", "fi")
    [entry] = outbox(workstation)
    assert (entry.operation, entry.record_id) == ("create", client_id)
    assert entry.changes["last_name"] == {"old": None, "new": "Mäkinen"}
    assert audit_actions(workstation, client_id) == [AuditAction.CREATE_CLIENT]


def test_the_audit_event_holds_the_record_id_only(workstation):
    client_id = create_client(workstation, good_draft())
    with workstation.store.engine.connect() as connection:
        row = connection.execute(sa.text("SELECT * FROM audit_events WHERE action = 'create_client'")).mappings().one()
    text = " ".join(str(value) for value in row.values())
    assert str(client_id) in text
    for personal in ("Mäkinen", "Aino", "010190", "358401234567", "aino@"):
        assert personal not in text


def test_birth_date_is_taken_from_the_identity_code_when_left_empty(workstation):
    client_id = create_client(workstation, good_draft(birth_date=""))
    with workstation.unit_of_work() as uow:
        assert uow.clients.get(client_id).birth_date == date(1990, 1, 1)


def test_a_slashed_birth_date_is_saved_as_day_month_year(workstation):
    client_id = create_client(workstation, good_draft(identity_code="", birth_date="3/11/1980"))
    with workstation.unit_of_work() as uow:
        assert uow.clients.get(client_id).birth_date == date(1980, 11, 3)


def test_a_rejected_draft_writes_nothing_and_lists_every_problem(workstation):
    with pytest.raises(DraftRejected) as rejected:
        create_client(workstation, good_draft(last_name="", email="aino"))
    assert [p.field for p in rejected.value.problems] == ["last_name", "email"]
    assert "last name" in rejected.value.problem
    assert "e-mail" in rejected.value.problem
    assert isinstance(rejected.value, ValidationError)
    assert table_count(workstation, "clients") == 0
    assert table_count(workstation, "outbox") == 0
    assert table_count(workstation, "audit_events") == 0


def test_a_second_client_with_the_same_identity_code_is_refused(workstation):
    stored_client(workstation)
    with pytest.raises(DraftRejected) as rejected:
        create_client(workstation, good_draft(identity_code=OTHER_CODE, birth_date=""))
    assert [p.field for p in rejected.value.problems] == ["identity_code"]
    assert table_count(workstation, "clients") == 1


def test_a_shared_phone_number_is_only_a_warning(workstation):
    stored_client(workstation)
    create_client(workstation, good_draft(phones=[("050 111 2233", "home")]))
    assert table_count(workstation, "clients") == 2


def test_create_is_atomic_when_the_audit_write_fails(workstation, monkeypatch):
    from app.store.audit_log import AuditLog

    def fail(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(AuditLog, "record", fail)
    with pytest.raises(RuntimeError, match="disk full"):
        create_client(workstation, good_draft())
    assert table_count(workstation, "clients") == 0
    assert table_count(workstation, "client_phones") == 0
    assert table_count(workstation, "outbox") == 0


# --- editing -----------------------------------------------------------------------------------------------------

def test_load_for_edit_masks_the_code_and_hides_a_safety_marked_address(workstation):
    plain = stored_client(workstation)
    marked = stored_client(workstation, identity_code=None, safety_marking=True, street="Salainen kuja 7")
    editable = load_client_for_edit(workstation, plain.id)
    assert editable.row_version == 1
    assert editable.draft.identity_code == ""
    assert editable.draft.keep_identity_code
    assert editable.masked_identity_code == "020285-***J"
    assert editable.draft.birth_date == "02.02.1985"
    assert editable.draft.phones == [("050 1112233", "mobile")]
    assert (editable.draft.street, editable.draft.municipality) == ("Kotikatu 2", "049")
    hidden = load_client_for_edit(workstation, marked.id)
    assert hidden.address_hidden
    assert hidden.draft.keep_address
    assert "Salainen" not in repr(hidden)
    assert not hidden.draft.keep_identity_code
    assert validate_draft(editable.draft) == []


def test_update_writes_changed_fields_with_old_and_new_values_and_audits(workstation):
    existing = stored_client(workstation)
    editable = load_client_for_edit(workstation, existing.id)
    draft = replace(editable.draft, last_name="Laine-Virta", email="EERO@Example.fi")
    assert update_client(workstation, existing.id, draft, expected_row_version=editable.row_version)
    update = outbox(workstation)[-1]
    assert update.operation == "update"
    assert update.changes == {"last_name": {"old": "Laine", "new": "Laine-Virta"},
                              "email": {"old": "eero@example.fi", "new": "EERO@example.fi"}}
    with workstation.unit_of_work() as uow:
        stored = uow.clients.get(existing.id)
    assert stored.identity_code == OTHER_CODE  # kept, never revealed into the form
    assert stored.row_version == 2
    assert audit_actions(workstation, existing.id) == [AuditAction.EDIT_CLIENT]


def test_an_unchanged_edit_writes_nothing(workstation):
    existing = stored_client(workstation)
    editable = load_client_for_edit(workstation, existing.id)
    assert not update_client(workstation, existing.id, editable.draft, expected_row_version=1)
    assert len(outbox(workstation)) == 1
    assert audit_actions(workstation, existing.id) == []


def test_a_stale_row_version_is_refused_and_nothing_is_overwritten(workstation):
    existing = stored_client(workstation)
    editable = load_client_for_edit(workstation, existing.id)
    # Meanwhile a sync (or another window) changes the client.
    with workstation.unit_of_work() as uow:
        newer = uow.clients.get(existing.id)
        newer.email = "eero.laine@example.fi"
        uow.clients.update(newer)
        uow.commit()
    with pytest.raises(ClientChangedMeanwhile) as refused:
        update_client(workstation, existing.id, replace(editable.draft, last_name="Other"),
                      expected_row_version=editable.row_version)
    assert "changed" in refused.value.problem
    with workstation.unit_of_work() as uow:
        stored = uow.clients.get(existing.id)
    assert (stored.last_name, stored.email, stored.row_version) == ("Laine", "eero.laine@example.fi", 2)
    assert len(outbox(workstation)) == 2
    assert audit_actions(workstation, existing.id) == []


def test_editing_a_deleted_client_is_refused(workstation):
    existing = stored_client(workstation)
    editable = load_client_for_edit(workstation, existing.id)
    with workstation.unit_of_work() as uow:
        uow.clients.soft_delete(existing.id)
        uow.commit()
    with pytest.raises(ClientChangedMeanwhile):
        update_client(workstation, existing.id, editable.draft, expected_row_version=editable.row_version)


def test_a_kept_identity_code_must_still_agree_with_an_edited_birth_date(workstation):
    existing = stored_client(workstation)
    editable = load_client_for_edit(workstation, existing.id)
    with pytest.raises(DraftRejected) as rejected:
        update_client(workstation, existing.id, replace(editable.draft, birth_date="03.02.1985"),
                      expected_row_version=1)
    assert [p.field for p in rejected.value.problems] == ["birth_date"]


def test_a_hidden_address_is_kept_unless_a_new_one_is_typed(workstation):
    marked = stored_client(workstation, safety_marking=True, street="Salainen kuja 7")
    editable = load_client_for_edit(workstation, marked.id)
    update_client(workstation, marked.id, replace(editable.draft, first_names="Eero Juhani"), expected_row_version=1)
    with workstation.unit_of_work() as uow:
        assert uow.clients.get(marked.id).street == "Salainen kuja 7"
    moved = replace(editable.draft, keep_address=False, street="Uusi katu 3", postal_code="00300",
                    municipality="Helsinki")
    update_client(workstation, marked.id, moved, expected_row_version=2)
    with workstation.unit_of_work() as uow:
        stored = uow.clients.get(marked.id)
    assert (stored.street, stored.postal_code, stored.municipality_code) == ("Uusi katu 3", "00300", "091")


def test_editing_to_another_clients_identity_code_is_refused(workstation):
    first = stored_client(workstation)
    second = stored_client(workstation, identity_code=code_for(date(1970, 5, 5), 222), phones=[],
                           birth_date=date(1970, 5, 5))
    editable = load_client_for_edit(workstation, second.id)
    draft = replace(editable.draft, keep_identity_code=False, identity_code=first.identity_code, birth_date="")
    with pytest.raises(DraftRejected) as rejected:
        update_client(workstation, second.id, draft, expected_row_version=1)
    assert rejected.value.problems[0].field == "identity_code"
