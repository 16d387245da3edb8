"""Two workstations, one CRM (issue #8, part 8): two profiles sync with one in-process emulator and see each
other's clients, consents and encounters; encounters recorded on both at once for the same client both reach
both cards (append-only facts never conflict); edits of different fields merge; the same field changed on both
gives exactly one conflict, on the second to push, and once resolved both workstations converge.
(tests/sync/test_engine.py covers the contact-only merge; these add the other entities and the resolution.)"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from app.consent_purposes import RECORD_CONTACT
from app.domain.client import Client
from app.domain.consent import ConsentChannel, ConsentEvidence, ConsentState
from app.domain.encounter import EncounterChannel, EncounterDraft, EncounterOutcome, NeedStatus, NeedTag
from app.usecases.consent_card import consent_status
from app.usecases.record_consent import grant_consent
from app.usecases.record_encounter import last_encounters, record_encounter
from app.usecases.sync_conflicts import Resolution, list_open_conflicts, resolve_conflict
from app.workstation import open_workstation
from sync.dataverse import DataverseClient, DataverseConfig, StaticTokenProvider
from sync.emulator.faults import ServiceLimits
from sync.emulator.server import EmulatorServer
from sync.engine import RetryPolicy, SyncEngine

TOKEN = "two-workstations-token"


@pytest.fixture
def emulator(tmp_path):
    server = EmulatorServer(tmp_path / "crm", token=TOKEN, seed_demo=8,
                            limits=ServiceLimits(requests_per_window=1_000_000))
    server.start()
    yield server
    server.stop()


class Station:
    """One workstation profile with its own sync engine."""

    def __init__(self, directory, emulator) -> None:
        self.ws = open_workstation(directory)
        client = DataverseClient(DataverseConfig(emulator.base_url, timeout_seconds=10), StaticTokenProvider(TOKEN))
        self.engine = SyncEngine(self.ws.unit_of_work, client,
                                 retry=RetryPolicy(sleep=lambda _s: None, jitter=lambda: 0.5))

    def sync(self):
        result = self.engine.run_once()
        assert result.outcome == "ok", result.message
        return result

    def close(self) -> None:
        self.engine.context.client.close()
        self.ws.close()

    def client(self, client_id) -> Client:
        with self.ws.unit_of_work() as uow:
            return uow.clients.get(client_id)

    def edit(self, client_id, **changes) -> None:
        with self.ws.unit_of_work() as uow:
            uow.clients.update(replace(uow.clients.get(client_id), **changes))
            uow.commit()

    def record(self, client_id, need: str, minutes_ago: int):
        now = datetime.now(UTC)
        draft = EncounterDraft(channel=EncounterChannel.COUNTER, started_at=now - timedelta(minutes=minutes_ago),
                               ended_at=now - timedelta(minutes=minutes_ago - 5), client_id=client_id,
                               outcome=EncounterOutcome.GUIDED_TO_SERVICE, summary=f"Tarve {need}",
                               need_tags=[NeedTag(need, NeedStatus.PARTLY_MET)])
        result = record_encounter(self.ws, draft, at=now)
        assert result.anonymous_reason is None
        return result.encounter


@pytest.fixture
def stations(tmp_path, emulator, memory_keyring):
    first, second = Station(tmp_path / "first", emulator), Station(tmp_path / "second", emulator)
    first.sync()
    second.sync()
    yield first, second
    first.close()
    second.close()


def test_each_sees_the_others_clients_consents_and_encounters(stations):
    first, second = stations
    newcomer = Client(first_names="Leena", last_name="Lähde", birth_date=date(1985, 3, 4))
    with second.ws.unit_of_work() as uow:
        uow.clients.add(newcomer)
        uow.commit()
    grant_consent(second.ws, newcomer.id, RECORD_CONTACT, channel=ConsentChannel.PHONE,
                  evidence=ConsentEvidence.VERBAL, language="fi")
    recorded = second.record(newcomer.id, "housing.housing_allowance", 30)
    assert second.sync().pushed == 4  # client, consent, encounter, tag — and nothing else

    received = first.sync()
    assert received.pulled == 4
    assert first.client(newcomer.id).last_name == "Lähde"
    assert consent_status(first.ws, newcomer.id, RECORD_CONTACT).state is ConsentState.GRANTED
    [line] = last_encounters(first.ws, newcomer.id)
    assert (line.id, line.summary, [n.code for n in line.needs]) == (recorded.id, "Tarve housing.housing_allowance",
                                                                     ["housing.housing_allowance"])

    # And back: what the first workstation records on that client reaches the second.
    answer = first.record(newcomer.id, "income.debt_advice", 10)
    first.sync()
    second.sync()
    assert [e.id for e in last_encounters(second.ws, newcomer.id)] == [answer.id, recorded.id]


def test_encounters_recorded_on_both_at_once_both_reach_both_cards(stations):
    first, second = stations
    client = Client(first_names="Pekka", last_name="Yhteinen")
    with first.ws.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    grant_consent(first.ws, client.id, RECORD_CONTACT, channel=ConsentChannel.COUNTER,
                  evidence=ConsentEvidence.VERBAL, language="fi")
    first.sync()
    second.sync()
    mine = first.record(client.id, "housing.housing_allowance", 20)
    theirs = second.record(client.id, "employment.job_search", 15)
    first.sync()
    second.sync()
    first.sync()
    for station in (first, second):
        assert [e.id for e in last_encounters(station.ws, client.id)] == [theirs.id, mine.id]
        assert list_open_conflicts(station.ws) == []  # facts accumulate, they never conflict


def test_different_fields_merge_and_the_same_field_conflicts_once_until_resolved(stations):
    first, second = stations
    with first.ws.unit_of_work() as uow:
        shared = uow.clients.browse(limit=1)[0].id
    first.edit(shared, email="eka@example.fi")
    second.edit(shared, street="Tokankatu 2")
    first.sync()
    merged = second.sync()
    assert merged.open_conflicts == 0
    first.sync()
    for station in (first, second):
        client = station.client(shared)
        assert (client.email, client.street) == ("eka@example.fi", "Tokankatu 2")

    first.edit(shared, postal_code="00100")
    second.edit(shared, postal_code="00200")
    assert first.sync().open_conflicts == 0
    conflicted = second.sync()
    assert conflicted.conflicts == 1  # exactly one, on the second to push
    assert first.sync().open_conflicts == 0
    [conflict] = list_open_conflicts(second.ws)
    assert (conflict.field, conflict.mine, conflict.theirs) == ("postal_code", "00200", "00100")
    assert second.client(shared).postal_code == "00200"  # nothing overwritten silently
    assert first.client(shared).postal_code == "00100"

    resolve_conflict(second.ws, conflict.id, Resolution.KEEP_MINE)
    second.sync()
    first.sync()
    assert first.client(shared).postal_code == second.client(shared).postal_code == "00200"
    assert list_open_conflicts(first.ws) == list_open_conflicts(second.ws) == []
