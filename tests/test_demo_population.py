"""The demo population: realistic, valid, reproducible, and only ever written into an empty demo profile."""

from __future__ import annotations

from collections import Counter
from datetime import date

import phonenumbers
import pytest
from stdnum.fi import hetu

from app.demo_population import EMAIL_DOMAINS, POPULATION_DATE, DemoPopulation
from app.domain.client import Client
from app.domain.identity_code import birth_date_of
from app.municipalities import municipalities
from app.usecases.browse_clients import count_clients
from app.usecases.demo_data import DemoDataRefused, generate_demo_population
from app.usecases.lookup_clients import MatchReason, lookup_clients

SAMPLE = 5_000


@pytest.fixture(scope="module")
def sample():
    return list(DemoPopulation(7).clients(SAMPLE))


def test_every_identity_code_is_valid_unique_and_matches_birth_date_and_sex(sample):
    codes = [client.identity_code for client in sample]
    assert len(set(codes)) == len(codes)
    for client in sample:
        assert hetu.validate(client.identity_code) == client.identity_code
        assert birth_date_of(client.identity_code) == client.birth_date
        individual = int(client.identity_code[7:10])
        assert 2 <= individual <= 899  # 900-999 are temporary codes, never given here


def test_every_phone_is_a_valid_finnish_number_in_e164(sample):
    phones = [phone for client in sample for phone in client.phones]
    assert len(phones) > SAMPLE // 2
    for phone in phones:
        parsed = phonenumbers.parse(phone.number_e164)
        assert phonenumbers.is_valid_number(parsed), phone.number_e164
        assert parsed.country_code == 358
        assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == phone.number_e164
    kinds = {phonenumbers.number_type(phonenumbers.parse(p.number_e164)) for p in phones}
    assert phonenumbers.PhoneNumberType.MOBILE in kinds
    assert phonenumbers.PhoneNumberType.FIXED_LINE in kinds


def test_addresses_use_real_municipality_codes_and_reserved_email_domains(sample):
    known = municipalities()
    for client in sample:
        assert client.municipality_code in known
        if client.postal_code is not None:
            assert len(client.postal_code) == 5
            assert client.postal_code.isdigit()
        if client.email is not None:
            assert client.email.split("@")[1] in EMAIL_DOMAINS
            assert client.email.isascii()


def test_the_population_has_swedish_and_english_speakers_and_a_few_safety_markings(sample):
    languages = Counter(client.preferred_language for client in sample)
    assert 0.83 < languages["fi"] / SAMPLE < 0.91
    assert 0.04 < languages["sv"] / SAMPLE < 0.08
    assert 0.015 < languages["en"] / SAMPLE < 0.045
    assert set(languages) - {"fi", "sv", "en"}  # and some speak neither national language nor English
    markings = sum(client.safety_marking for client in sample)
    assert 5 <= markings <= 60  # about 0.5 %
    ages = [client.age_on(POPULATION_DATE) for client in sample]
    assert min(ages) == 0
    assert max(ages) >= 85


def test_the_same_seed_gives_the_same_people_and_another_seed_other_people(sample):
    again = list(DemoPopulation(7).clients(200))
    assert again == sample[:200]
    other = list(DemoPopulation(8).clients(200))
    assert {c.id for c in other}.isdisjoint(c.id for c in sample)
    assert DemoPopulation(7).advisers() == DemoPopulation(7).advisers()


def test_population_does_not_depend_on_todays_date(sample):
    assert all(client.birth_date <= POPULATION_DATE for client in sample)
    assert sample[0].birth_date < date.today()


def test_generating_into_a_demo_profile_writes_clients_advisers_and_service_points(demo_workstation):
    progress = []
    report = generate_demo_population(demo_workstation, clients=2_500, seed=3,
                                      progress=lambda done, total: progress.append((done, total)))
    assert report.clients == 2_500
    assert count_clients(demo_workstation) == 2_500
    assert progress[-1] == (2_500, 2_500)
    with demo_workstation.unit_of_work() as uow:
        assert len(uow.advisers.all()) >= report.advisers
        assert len(uow.service_points.all()) == report.service_points
        # Demo clients count as already in the CRM: nothing waits to be pushed.
        assert uow.outbox.pending() == []
        first = next(DemoPopulation(3).clients(1))
        stored = uow.clients.get(first.id)
    assert stored.identity_code == first.identity_code
    assert stored.phones == first.phones
    assert stored.crm_id == first.id


def test_a_second_run_into_a_populated_profile_is_refused_and_changes_nothing(demo_workstation):
    generate_demo_population(demo_workstation, clients=100, seed=1)
    with pytest.raises(DemoDataRefused, match="already holds 100 clients") as refused:
        generate_demo_population(demo_workstation, clients=100, seed=2)
    assert "--replace" in refused.value.fix
    assert count_clients(demo_workstation) == 100


def test_made_up_clients_never_go_into_a_real_profile(workstation):
    with pytest.raises(DemoDataRefused, match="not a demo profile"):
        generate_demo_population(workstation, clients=10, seed=1)
    assert count_clients(workstation) == 0


def test_bulk_loaded_clients_are_found_by_name_phone_and_typo(demo_workstation):
    generate_demo_population(demo_workstation, clients=300, seed=5)
    client = next(client for client in DemoPopulation(5).clients(300) if client.phones and len(client.last_name) > 5)
    first = client.first_names.split()[0]
    assert client.id in {m.client.id for m in lookup_clients(demo_workstation, f"{first} {client.last_name}").matches}
    assert client.id in {m.client.id for m in lookup_clients(demo_workstation, client.phones[0].number_e164).matches}
    typo = client.last_name[:2] + client.last_name[3:]
    found = {m.client.id: m.reason for m in lookup_clients(demo_workstation, f"{first} {typo}", limit=100).matches}
    assert found.get(client.id) in (MatchReason.NAME_FUZZY, MatchReason.NAME_PREFIX)
    # Loaded in bulk or added one by one, a client is indexed the same way: the trigger is back in place.
    with demo_workstation.unit_of_work() as uow:
        uow.clients.add(Client(first_names="Uusi", last_name="Asiakas"))
        uow.commit()
    assert [m.client.last_name for m in lookup_clients(demo_workstation, "uusi asiakas").matches] == ["Asiakas"]
