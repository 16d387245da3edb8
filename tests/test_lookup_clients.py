"""Caller lookup: every kind of key, ranked best first, never tripped up by what is typed."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.audit import AuditAction
from app.domain.client import Client, Phone, PhoneKind
from app.search.folding import fold_name_tokens
from app.search.query import QueryKind
from app.usecases.client_card import open_client_card
from app.usecases.lookup_clients import MatchReason, lookup_clients

MATTI = Client(first_names="Matti Johannes", last_name="Virtanen", birth_date=date(1990, 1, 1),
               identity_code="010190-123M", email="Matti.Virtanen@example.fi",
               phones=[Phone("+358401234567"), Phone("+35891234567", PhoneKind.HOME)])
AINO = Client(first_names="Aino", last_name="Mäkinen", birth_date=date(1985, 5, 17), phones=[Phone("+46701234567")])
BRITA = Client(first_names="Brita", last_name="Åberg", preferred_language="sv")
VIRTA = Client(first_names="Matti", last_name="Virta")
VIRTALA = Client(first_names="Matias", last_name="Virtala")


@pytest.fixture
def people(workstation):
    with workstation.unit_of_work() as uow:
        for client in (MATTI, AINO, BRITA, VIRTA, VIRTALA):
            uow.clients.add(client)
        uow.commit()
    return workstation


def _names(result) -> list[str]:
    return [f"{m.client.first_names.split()[0]} {m.client.last_name}" for m in result.matches]


@pytest.mark.parametrize("typed", ["040 123 4567", "0401234567", "+358 40 1234567", "358401234567",
                                   "00358 40 123 4567", "040-123 45 67", "(09) 123 4567"])
def test_a_phone_number_in_any_everyday_form_finds_its_owner(people, typed):
    result = lookup_clients(people, typed)
    assert result.query.kind is QueryKind.PHONE
    assert _names(result) == ["Matti Virtanen"]
    assert result.matches[0].reason is MatchReason.PHONE


def test_a_swedish_number_finds_its_owner(people):
    assert _names(lookup_clients(people, "+46 70 123 45 67")) == ["Aino Mäkinen"]


def test_the_start_of_a_number_lists_the_clients_whose_number_starts_so(people):
    result = lookup_clients(people, "040 123")
    assert result.query.kind is QueryKind.PHONE_PREFIX
    assert _names(result) == ["Matti Virtanen"]


@pytest.mark.parametrize("typed", ["virtanen matti", "MATTI VIRTANEN", "Virtanen, Matti", "matti virtan",
                                   "johannes virtanen"])
def test_names_in_any_order_and_case_and_partial(people, typed):
    assert "Matti Virtanen" in _names(lookup_clients(people, typed))


@pytest.mark.parametrize(("typed", "found"), [("Makinen", "Aino Mäkinen"), ("mäkinen", "Aino Mäkinen"),
                                              ("Aberg", "Brita Åberg"), ("åberg brita", "Brita Åberg")])
def test_names_with_or_without_finnish_and_swedish_letters(people, typed, found):
    assert _names(lookup_clients(people, typed)) == [found]


def test_one_typo_is_tolerated(people):
    result = lookup_clients(people, "Virtnen")
    assert _names(result)[0] == "Matti Virtanen"
    assert result.matches[0].reason is MatchReason.NAME_FUZZY
    assert "Matti Virtanen" in _names(lookup_clients(people, "matti virtnaen"))  # two letters swapped


def test_exact_names_rank_before_beginnings_and_beginnings_before_typos(people):
    result = lookup_clients(people, "matti virta")
    assert _names(result)[0] == "Matti Virta"
    assert result.matches[0].reason is MatchReason.NAME_EXACT
    assert [m.reason for m in result.matches[1:]] == [MatchReason.NAME_PREFIX] * (len(result.matches) - 1)
    assert "Matti Virtanen" in _names(result)


def test_recently_served_clients_rank_first_within_their_tier(people):
    before = lookup_clients(people, "virt")
    assert _names(before)[0] == "Matti Virta"  # alphabetical: Virta, Virtala, Virtanen
    open_client_card(people, VIRTALA.id)
    after = lookup_clients(people, "virt")
    assert _names(after)[0] == "Matias Virtala"
    assert after.matches[0].recently_served


def test_a_shared_phone_number_lists_the_recently_served_client_first_and_flags_only_them(people):
    sister = Client(first_names="Anna", last_name="Aaltonen", phones=[Phone("+358401234567")])
    with people.unit_of_work() as uow:
        uow.clients.add(sister)
        uow.commit()
    before = lookup_clients(people, "040 123 4567")
    assert _names(before) == ["Anna Aaltonen", "Matti Virtanen"]  # alphabetical
    assert not any(m.recently_served for m in before.matches)
    open_client_card(people, MATTI.id)
    after = lookup_clients(people, "040 123 4567")
    assert _names(after) == ["Matti Virtanen", "Anna Aaltonen"]
    assert [m.recently_served for m in after.matches] == [True, False]


def test_an_exact_key_flags_a_recently_served_client_among_many_served(people):
    """The cheap probe says "served lately"; the ranking still comes from the same recently served list."""
    for _ in range(3):
        open_client_card(people, AINO.id)
    open_client_card(people, MATTI.id)
    assert lookup_clients(people, "010190-123M").matches[0].recently_served
    assert lookup_clients(people, "+46 70 123 45 67").matches[0].recently_served
    assert not lookup_clients(people, "Brita Åberg").matches[0].recently_served


def test_a_valid_identity_code_finds_the_client_through_its_hash(people):
    result = lookup_clients(people, "010190-123m")
    assert result.query.kind is QueryKind.IDENTITY_CODE
    assert _names(result) == ["Matti Virtanen"]
    assert result.problem is None


def test_an_identity_code_with_a_bad_check_character_says_so_and_shows_those_born_that_day(people):
    result = lookup_clients(people, "010190-123A")
    assert "check" in result.problem
    assert [m.reason for m in result.matches] == [MatchReason.BIRTH_DATE]


@pytest.mark.parametrize("typed", ["010190", "010190-", "010190-12", "1.1.1990", "01.01.1990", "1990-01-01"])
def test_birth_date_prefixes(people, typed):
    result = lookup_clients(people, typed)
    assert _names(result) == ["Matti Virtanen"]
    assert result.matches[0].reason is MatchReason.BIRTH_DATE


def test_a_birth_date_that_does_not_exist_is_explained(people):
    result = lookup_clients(people, "31.02.1990")
    assert result.matches == ()
    assert "not a date" in result.problem


def test_email_ignores_case(people):
    assert _names(lookup_clients(people, "matti.virtanen@EXAMPLE.fi")) == ["Matti Virtanen"]
    assert lookup_clients(people, "matti.virt").query.kind is QueryKind.NAME  # no @: read as a name
    assert _names(lookup_clients(people, "matti.virtanen@")) == ["Matti Virtanen"]


def test_each_lookup_is_audited_without_the_searched_key(people):
    lookup_clients(people, "040 123 4567")
    with people.unit_of_work() as uow:
        events = [e for e in uow.audit.latest() if e.action is AuditAction.SEARCH_CLIENTS]
    assert len(events) == 1
    assert events[0].reason == "phone: 1 found"
    assert events[0].adviser_id == people.adviser.id


def test_limit_and_more(people):
    result = lookup_clients(people, "vir", limit=2)
    assert len(result.matches) == 2
    assert result.more


NASTY = ['"', "*", "'", "-", "NEAR", "AND", "OR NOT", "()", "(", "virt*", '"virt', "NEAR(a b)", "a AND (b",
         "x" * 10_000, "🙂🙂", "مرحبا", "שלום עולם", "\x00\x01\x1b[31m", "\u202e\u202dabc", "%", "_", "\\",
         "'; DROP TABLE clients; --", "@", "@@", "+", "++358", "0", "-1", "１２３４５６７", "ﾏｯﾃｨ", " \t\n "]


@pytest.mark.parametrize("typed", NASTY)
def test_search_syntax_and_strange_input_never_break_the_lookup(people, typed):
    result = lookup_clients(people, typed)
    assert len(result.matches) <= 20


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_any_text_gives_an_answer_not_an_exception(people, typed):
    lookup_clients(people, typed)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Any script: the index and the queries are folded by the same code (app/search/folding.py).
@given(st.text(alphabet=st.characters(categories=["Lu", "Ll", "Lt", "Lo", "Nd", "Mn"]), min_size=2, max_size=14)
       .filter(lambda name: len(fold_name_tokens(name)) == 1))
def test_a_name_stored_with_any_letters_is_found_by_itself_folded_or_not(workstation, name):
    client = Client(first_names="Testi", last_name=name)
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    typed = name.upper() if name.upper().lower() == name.lower() else name  # not so for ı, ß and the like
    assert client.id in {m.client.id for m in lookup_clients(workstation, typed + " testi").matches}
    with workstation.unit_of_work() as uow:
        uow.clients.soft_delete(client.id)
        uow.commit()
    assert client.id not in {m.client.id for m in lookup_clients(workstation, name + " testi").matches}
