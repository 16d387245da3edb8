"""Bad input and faults, against the in-process CRM emulator and its fault injection: CRM rows Neuvo cannot read
(wrong types, missing columns, unknown choice values, oversized strings) are named in the sync log and skipped
while the rest applies; an emulator that drops the connection mid-batch, before or after committing, or that
dies and comes back, leaves nothing duplicated or lost; a 429 burst is waited out as Retry-After says; a 401 gets
one fresh token, then "sign-in needed"; a workstation clock moved back or forward by hours between syncs breaks
neither the order of the log, nor the delta links, nor the back-off."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from sqlalchemy import func, select

from app.consent_purposes import RECORD_CONTACT
from app.domain.client import Client
from app.domain.consent import ConsentChannel, ConsentEvidence
from app.domain.encounter import EncounterChannel, EncounterDraft, EncounterOutcome, NeedStatus, NeedTag
from app.store.tables import OutboxRow
from app.usecases.record_consent import grant_consent
from app.usecases.record_encounter import last_encounters, record_encounter
from app.usecases.sync_status import sync_log, sync_status
from sync.crm_schema import crm_tables
from sync.dataverse import DataverseClient, DataverseConfig, StaticTokenProvider
from sync.emulator.faults import ServiceLimits
from sync.emulator.server import EmulatorServer
from sync.engine import RetryPolicy, SyncEngine

TOKEN = "faults-test-token"


@pytest.fixture
def emulator(tmp_path):
    server = EmulatorServer(tmp_path / "crm", token=TOKEN, seed_demo=10,
                            limits=ServiceLimits(requests_per_window=1_000_000))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def crm(emulator):
    with DataverseClient(DataverseConfig(emulator.base_url, timeout_seconds=10), StaticTokenProvider(TOKEN)) as c:
        yield c


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make_engine(workstation, url: str, *, tokens=None, sleeps=None, attempts: int = 5) -> SyncEngine:
    client = DataverseClient(DataverseConfig(url, timeout_seconds=10), tokens or StaticTokenProvider(TOKEN))
    retry = RetryPolicy(attempts=attempts, sleep=sleeps if sleeps is not None else Sleeps(), jitter=lambda: 0.5)
    return SyncEngine(workstation.unit_of_work, client, retry=retry)


@pytest.fixture
def engine(workstation, emulator):
    engine = make_engine(workstation, emulator.base_url)
    yield engine
    engine.context.client.close()


def add_client(workstation, **values) -> Client:
    client = Client(**{"first_names": "Aino", "last_name": "Mäkinen", "birth_date": date(1990, 5, 1), **values})
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    return client


def record_for(workstation, client: Client, minutes_ago: int = 30):
    now = datetime.now(UTC)
    draft = EncounterDraft(channel=EncounterChannel.PHONE, started_at=now - timedelta(minutes=minutes_ago),
                           ended_at=now - timedelta(minutes=minutes_ago - 10), client_id=client.id,
                           outcome=EncounterOutcome.GUIDED_TO_SERVICE,
                           need_tags=[NeedTag("housing.housing_allowance", NeedStatus.MET)])
    return record_encounter(workstation, draft, at=now).encounter


def queue_everything(workstation) -> tuple[Client, object]:
    """A new client with consent, an encounter with a tag, and an edit of a client pulled from the CRM."""
    client = add_client(workstation)
    grant_consent(workstation, client.id, RECORD_CONTACT, channel=ConsentChannel.COUNTER,
                  evidence=ConsentEvidence.VERBAL, language="fi")
    encounter = record_for(workstation, client)
    with workstation.unit_of_work() as uow:
        pulled = uow.clients.get(uow.clients.browse(limit=1)[0].id)
        uow.clients.update(replace(pulled, email="uusi@example.fi"))
        uow.commit()
    return client, encounter


def crm_count(emulator, table: str) -> int:
    return emulator.store.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608


def outbox_states(workstation) -> dict[str, int]:
    with workstation.unit_of_work() as uow:
        return dict(uow.clients._session.execute(select(OutboxRow.state, func.count())
                                                 .group_by(OutboxRow.state)).all())


def raw_insert(emulator, table: str, values: dict) -> None:
    """A row written around the Web API (as a faulty integration or a changed CRM schema would leave it)."""
    values = {**values, "versionnumber": emulator.store.next_version()}
    names = ", ".join(f'"{n}"' for n in values)
    marks = ", ".join("?" for _ in values)
    emulator.store.connection.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})',  # noqa: S608
                                      list(values.values()))


# --- CRM rows Neuvo cannot read --------------------------------------------------------------------------------------

def test_unreadable_crm_rows_are_named_in_the_sync_log_skipped_and_the_rest_applies(workstation, engine, emulator,
                                                                                     crm):
    engine.run_once()
    with workstation.unit_of_work() as uow:
        known = uow.clients.browse(limit=1)[0]
    tables = crm_tables()
    purpose = tables["nv_consent"].by_name["nv_purpose"].option("newsletter").value
    good_contact, good_encounter = uuid.uuid4(), uuid.uuid4()
    crm.create("contacts", {"contactid": str(good_contact), "firstname": "Hyvä", "lastname": "Rivi"})
    crm.create("nv_encounters", {"nv_encounterid": str(good_encounter),
                                 "nv_contact@odata.bind": f"/contacts({known.id})",
                                 "nv_channel": 100_000_001, "nv_outcome": 100_000_001,
                                 "nv_startedon": "2026-11-20T09:00:00Z", "nv_endedon": "2026-11-20T09:20:00Z"})
    bad = {name: uuid.uuid4() for name in ("date", "long", "choice", "missing", "code", "severity", "kind")}
    raw_insert(emulator, "contact", {"contactid": str(bad["date"]), "lastname": "Päiväys", "birthdate": "eilen"})
    raw_insert(emulator, "contact", {"contactid": str(bad["long"]), "lastname": "x" * 300})
    raw_insert(emulator, "nv_consent", {"nv_consentid": str(bad["choice"]), "_nv_contact_value": str(known.id),
                                        "nv_purpose": purpose + 90, "nv_decision": 100_000_000,
                                        "nv_validfrom": "2026-11-01T00:00:00Z", "nv_channel": 100_000_000,
                                        "nv_evidence": 100_000_000})
    raw_insert(emulator, "nv_encounter", {"nv_encounterid": str(bad["missing"]), "nv_channel": 100_000_000,
                                          "nv_outcome": 100_000_000})
    raw_insert(emulator, "nv_needtag", {"nv_needtagid": str(bad["code"]), "_nv_encounter_value": str(good_encounter),
                                        "nv_needcode": "n" * 65, "nv_status": 100_000_000})
    raw_insert(emulator, "nv_signal", {"nv_signalid": str(bad["severity"]), "_nv_encounter_value": str(good_encounter),
                                       "nv_kind": 100_000_001, "nv_severity": 9})
    raw_insert(emulator, "nv_signal", {"nv_signalid": str(bad["kind"]), "_nv_encounter_value": str(good_encounter),
                                       "nv_kind": "serious", "nv_severity": 2})

    result = engine.run_once()

    assert result.outcome == "ok"
    assert result.pulled == 2  # the good contact and the good encounter
    [line] = sync_log(workstation, limit=1)
    assert line.message == result.message
    assert line.errors == len(bad)
    assert line.message.startswith(f"{len(bad)} records from the CRM could not be read and were left there")
    words = {
        "date": f"a contact {str(bad['date'])[:8]}… was skipped: its birthdate is not a date",
        "long": f"a contact {str(bad['long'])[:8]}… was skipped: its lastname is longer than the 64 characters",
        "choice": f"a consent event {str(bad['choice'])[:8]}… was skipped: its nv_purpose has the value "
                  f"{purpose + 90}, which the table does not declare",
        "missing": f"an encounter {str(bad['missing'])[:8]}… was skipped: it lacks its nv_startedon",
        "code": f"a need tag {str(bad['code'])[:8]}… was skipped: its nv_needcode is longer than the 64 characters",
    }
    for words_of_one in words.values():
        assert words_of_one in line.message
    assert "Päiväys" not in line.message  # record contents never reach the log
    assert "and 2 more" in line.message
    assert any(f"signal {str(bad['severity'])[:8]}… was skipped: its nv_severity is 9" in p for p in result.problems)
    assert any(f"signal {str(bad['kind'])[:8]}… was skipped: its nv_kind is not a choice" in p
               for p in result.problems)
    with workstation.unit_of_work() as uow:
        found = uow.sync.clients_by_id([good_contact, bad["date"], bad["long"]])
    assert set(found) == {good_contact}
    assert [e.id for e in last_encounters(workstation, known.id)] == [good_encounter]
    assert outbox_states(workstation) == {}  # nothing half-applied, nothing queued back

    # Corrected in the CRM, the row arrives with the next sync: nothing was lost.
    crm.update("contacts", bad["date"], {"birthdate": "1980-02-03"}, etag=None)
    fixed = engine.run_once()
    assert fixed.pulled == 1
    with workstation.unit_of_work() as uow:
        assert uow.clients.get(bad["date"]).birth_date == date(1980, 2, 3)


# --- an emulator that drops the connection or dies -------------------------------------------------------------------

@pytest.mark.parametrize("fault", ["drop_before_commit", "drop_after_commit"])
def test_a_connection_dropped_mid_batch_duplicates_and_loses_nothing(workstation, engine, emulator, crm, fault):
    engine.run_once()
    before = {t: crm_count(emulator, t) for t in ("contact", "nv_consent", "nv_encounter", "nv_needtag")}
    client, encounter = queue_everything(workstation)
    emulator.faults.configure(**{fault: 1})
    result = engine.run_once()
    assert result.outcome == "ok", result.message
    assert result.open_conflicts == 0
    after = {t: crm_count(emulator, t) for t in before}
    assert {t: after[t] - before[t] for t in before} == {"contact": 1, "nv_consent": 1, "nv_encounter": 1,
                                                         "nv_needtag": 1}
    assert outbox_states(workstation) == {"done": 5}
    assert crm.retrieve("nv_encounters", encounter.id)["_nv_contact_value"] == str(client.id)


def test_an_emulator_that_dies_after_committing_and_comes_back_gets_the_outbox_replayed(workstation, emulator,
                                                                                       tmp_path):
    first = make_engine(workstation, emulator.base_url, attempts=1)
    first.run_once()
    before = {t: crm_count(emulator, t) for t in ("contact", "nv_consent", "nv_encounter", "nv_needtag")}
    queue_everything(workstation)
    emulator.faults.configure(drop_after_commit=1)  # committed, then gone before the answer
    gave_up = first.run_once()
    assert gave_up.outcome == "offline"
    assert gave_up.waiting == 5
    assert "kept" in gave_up.message
    port, data = emulator.port, emulator.data_dir
    emulator.stop()  # the CRM is down
    down = first.run_once()
    assert (down.outcome, down.waiting) == ("offline", 5)
    first.context.client.close()

    back = EmulatorServer(data, token=TOKEN, port=port, limits=ServiceLimits(requests_per_window=1_000_000))
    back.start()
    try:
        replay = make_engine(workstation, back.base_url)  # as after a restart of the workstation
        result = replay.run_once()
        assert result.outcome == "ok", result.message
        assert result.waiting == 0
        after = {t: crm_count(back, t) for t in before}
        assert {t: after[t] - before[t] for t in before} == {"contact": 1, "nv_consent": 1, "nv_encounter": 1,
                                                             "nv_needtag": 1}
        assert outbox_states(workstation) == {"done": 5}
        replay.context.client.close()
    finally:
        back.stop()


# --- service protection and sign-in --------------------------------------------------------------------------------

def test_a_429_burst_is_waited_out_as_retry_after_says(workstation, emulator):
    sleeps = Sleeps()
    engine = make_engine(workstation, emulator.base_url, sleeps=sleeps)
    engine.run_once()
    queue_everything(workstation)
    emulator.faults.configure(throttle_burst=3, retry_after_seconds=4)
    result = engine.run_once()
    assert result.outcome == "ok", result.message
    assert sleeps == [4, 4, 4]  # neither sooner nor exponential: the CRM said when
    assert result.waiting == 0
    engine.context.client.close()


class Tokens:
    """A token provider whose cached token the CRM no longer accepts; a renewal gives `renewed`."""

    def __init__(self, renewed: str) -> None:
        self.current, self.renewed = "expired-token", renewed
        self.invalidated = 0

    def token(self) -> str:
        return self.current

    def invalidate(self) -> None:
        self.invalidated += 1
        self.current = self.renewed


def test_a_refused_token_is_renewed_once_and_the_sync_goes_on(workstation, emulator):
    tokens = Tokens(renewed=TOKEN)
    engine = make_engine(workstation, emulator.base_url, tokens=tokens)
    result = engine.run_once()
    assert result.outcome == "ok", result.message
    assert tokens.invalidated == 1
    assert not sync_status(workstation).sign_in_needed
    engine.context.client.close()


def test_a_token_refused_after_renewal_asks_for_sign_in_and_keeps_the_outbox(workstation, emulator):
    tokens = Tokens(renewed="also-refused")
    engine = make_engine(workstation, emulator.base_url, tokens=tokens)
    add_client(workstation)
    result = engine.run_once()
    assert result.outcome == "sign_in_needed"
    assert tokens.invalidated == 1  # one renewal, no loop
    assert result.message.startswith("Sign-in to the CRM is needed")
    assert sync_status(workstation).sign_in_needed
    assert outbox_states(workstation) == {"pending": 1}
    engine.context.client.close()


# --- a workstation clock that jumps ----------------------------------------------------------------------------------

def test_a_clock_moved_back_and_forward_between_syncs_breaks_nothing(workstation, engine, emulator, crm):
    assert engine.run_once().outcome == "ok"
    with workstation.unit_of_work() as uow:
        someone = uow.clients.browse(limit=2)[1]  # not the one queue_everything edits
    real = datetime.now(UTC)

    with time_machine.travel(real - timedelta(hours=5), tick=True):  # the clock set back by hours
        crm.update("contacts", someone.id, {"nickname": "Taakse"}, etag=None)
        client, encounter = queue_everything(workstation)
        back = engine.run_once()
        assert back.outcome == "ok", back.message
        assert back.pulled >= 1  # the stored delta link still brings what changed
        assert back.waiting == 0
        status = sync_status(workstation)
        assert status.last_outcome == "ok"
        log = sync_log(workstation)
        assert log[0].started_at < log[1].started_at  # the newest run first, although its clock says earlier
        assert log[0].sent == back.pushed

    with time_machine.travel(real + timedelta(hours=9), tick=True):  # and then far ahead
        crm.update("contacts", someone.id, {"nickname": "Eteen"}, etag=None)
        emulator.faults.configure(error_rates={503: 1.0})
        sleeps = Sleeps()
        engine.retry.sleep = sleeps
        failed = engine.run_once()
        assert failed.outcome == "failed"
        assert sleeps == [0.375, 0.75, 1.5, 3.0]  # the back-off counts its own seconds, not the clock's
        emulator.faults.reset(request_count=False)
        assert sync_status(workstation).last_outcome == "failed"

    with time_machine.travel(real + timedelta(hours=1), tick=True):  # corrected back again
        again = engine.run_once()
        assert again.outcome == "ok", again.message
        assert sync_status(workstation).last_outcome == "ok"
        assert sync_log(workstation)[0].outcome == "ok"
        with workstation.unit_of_work() as uow:
            assert uow.clients.get(someone.id).preferred_name == "Eteen"
    assert crm_count(emulator, "nv_encounter") == 1
    assert crm.retrieve("nv_encounters", encounter.id)["_nv_contact_value"] == str(client.id)
