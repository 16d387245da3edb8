"""The sync engine against the in-process CRM emulator: pull (first, incremental, deletions), push (creates,
updates, consents), faults (dropped connections, 429, 5xx, 401, a crash), merges and conflicts, two workstations
against one CRM."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from app.domain.client import Client, Phone, PhoneKind
from app.domain.consent import ConsentChannel, ConsentDecision, ConsentEvent, ConsentEvidence
from app.store.outbox import OutboxState
from app.store.tables import ClientRow, OutboxRow
from app.usecases.lookup_clients import lookup_clients
from app.usecases.sync_conflicts import Resolution, list_open_conflicts, resolve_conflict, resolve_deleted_record
from app.usecases.sync_status import sync_log, sync_status
from app.workstation import open_workstation
from sync.dataverse import DataverseClient, DataverseConfig, StaticTokenProvider
from sync.emulator.faults import ServiceLimits
from sync.emulator.server import EmulatorServer
from sync.engine import RetryPolicy, SyncEngine, SyncOptions

TOKEN = "engine-test-token"
SEEDED = 40


@pytest.fixture
def emulator(tmp_path):
    server = EmulatorServer(tmp_path / "crm", token=TOKEN, seed_demo=SEEDED,
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


def make_engine(workstation, emulator, *, token: str = TOKEN, sleeps: Sleeps | None = None, **options):
    client = DataverseClient(DataverseConfig(emulator.base_url, timeout_seconds=10), StaticTokenProvider(token))
    retry = RetryPolicy(sleep=sleeps if sleeps is not None else Sleeps(), jitter=lambda: 0.5)
    return SyncEngine(workstation.unit_of_work, client, options=SyncOptions(**options), retry=retry)


@pytest.fixture
def engine(workstation, emulator):
    engine = make_engine(workstation, emulator)
    yield engine
    engine.context.client.close()


def first_local(workstation) -> Client:
    with workstation.unit_of_work() as uow:
        return uow.clients.browse(limit=1)[0]


def get_client(workstation, client_id) -> Client:
    with workstation.unit_of_work() as uow:
        return uow.clients.get(client_id)


def edit(workstation, client_id, **changes) -> None:
    with workstation.unit_of_work() as uow:
        client = uow.clients.get(client_id)
        uow.clients.update(replace(client, **changes))
        uow.commit()


def add_client(workstation, **values) -> Client:
    client = Client(**{"first_names": "Aino", "last_name": "Testinen", **values})
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    return client


def outbox_states(workstation) -> dict[str, int]:
    with workstation.unit_of_work() as uow:
        session = uow.clients._session
        return {state: n for state, n in session.execute(select(OutboxRow.state, func.count())
                                                         .group_by(OutboxRow.state))}


# --- pull ------------------------------------------------------------------------------------------------------------

def test_first_pull_brings_every_contact_and_the_name_index(workstation, engine):
    result = engine.run_once()
    assert result.outcome == "ok", result.message
    assert result.pulled == SEEDED
    with workstation.unit_of_work() as uow:
        assert uow.clients.count() == SEEDED
        someone = uow.clients.browse(limit=1)[0]
    found = lookup_clients(workstation, someone.last_name)
    assert someone.id in {m.client.id for m in found.matches}
    again = engine.run_once()
    assert (again.pulled, again.pushed) == (0, 0)
    assert outbox_states(workstation) == {}  # nothing pulled echoes back


def test_incremental_pull_brings_changes_new_rows_and_deletions(workstation, engine, crm):
    engine.run_once()
    changed, deleted = first_local(workstation), None
    with workstation.unit_of_work() as uow:
        deleted = uow.clients.browse(limit=2)[1]
        version_before = uow.clients.get(changed.id).row_version
    crm.update("contacts", changed.id, {"lastname": "Muutettu", "nickname": "Mutsi"}, etag=None)
    crm.delete("contacts", deleted.id)
    new_id = uuid.uuid4()
    crm.create("contacts", {"contactid": str(new_id), "firstname": "Uusi", "lastname": "Kontakti"})
    result = engine.run_once()
    assert result.outcome == "ok"
    assert (result.pulled, result.deleted) == (2, 1)
    after = get_client(workstation, changed.id)
    assert (after.last_name, after.preferred_name) == ("Muutettu", "Mutsi")
    assert after.row_version == version_before + 1  # an open form of the old version is refused (0004)
    assert get_client(workstation, deleted.id).deleted_at is not None
    assert get_client(workstation, new_id).first_names == "Uusi"
    assert {m.client.id for m in lookup_clients(workstation, "Muutettu").matches} == {changed.id}
    assert outbox_states(workstation) == {}


def test_scope_of_months_leaves_old_contacts_out(workstation, emulator):
    emulator.store.connection.execute("UPDATE contact SET modifiedon = '2020-01-01T00:00:00Z' "
                                      "WHERE rowid % 2 = 0")
    engine = make_engine(workstation, emulator, scope_months=12)
    result = engine.run_once()
    assert 0 < result.pulled < SEEDED


# --- push ------------------------------------------------------------------------------------------------------------

def test_push_creates_and_updates_with_etags(workstation, engine, crm):
    engine.run_once()
    client = add_client(workstation, phones=[Phone("+358401234567", PhoneKind.MOBILE)], birth_date=date(1990, 1, 2))
    result = engine.run_once()
    assert result.outcome == "ok"
    assert result.pushed == 1
    row = crm.retrieve("contacts", client.id)
    assert (row["firstname"], row["mobilephone"], row["birthdate"][:10]) == ("Aino", "+358401234567", "1990-01-02")
    assert get_client(workstation, client.id).crm_etag == row["@odata.etag"]
    edit(workstation, client.id, email="aino@example.fi")
    edit(workstation, client.id, street="Katu 1")
    result = engine.run_once()
    assert result.pushed == 2
    assert result.pulled == 0
    row = crm.retrieve("contacts", client.id)
    assert (row["emailaddress1"], row["address1_line1"]) == ("aino@example.fi", "Katu 1")
    assert outbox_states(workstation) == {"done": 3}
    assert sync_status(workstation).waiting == 0


def test_retried_create_after_a_dropped_answer_is_not_duplicated(workstation, engine, emulator, crm):
    engine.run_once()
    client = add_client(workstation)
    emulator.faults.configure(drop_after_commit=1)
    result = engine.run_once()
    assert result.outcome == "ok", result.message
    assert len(list(crm.rows("contacts", _filter_id(client.id)))) == 1
    assert outbox_states(workstation) == {"done": 1}
    assert get_client(workstation, client.id).crm_etag is not None


def _filter_id(record_id):
    from sync.dataverse import Query
    return Query(select=("contactid",), filter=f"contactid eq {record_id}")


def test_a_crash_leaves_a_replayable_outbox(workstation, engine, crm):
    engine.run_once()
    client = add_client(workstation)
    with workstation.unit_of_work() as uow:  # a run that died after claiming, before the answer was settled
        uow.sync.set_state([e.seq for e in uow.sync.pending_entries(10)], OutboxState.IN_FLIGHT)
        uow.commit()
    crm.create("contacts", {"contactid": str(client.id), "firstname": "Aino", "lastname": "Testinen"})
    fresh = SyncEngine(workstation.unit_of_work, engine.context.client, retry=engine.retry)
    result = fresh.run_once()
    assert result.outcome == "ok"
    assert outbox_states(workstation) == {"done": 1}


def test_throttling_honours_retry_after(workstation, emulator):
    sleeps = Sleeps()
    engine = make_engine(workstation, emulator, sleeps=sleeps)
    emulator.faults.configure(throttle_burst=2, retry_after_seconds=7)
    assert engine.run_once().outcome == "ok"
    assert sleeps[:2] == [7, 7]


def test_server_errors_back_off_exponentially_then_recover(workstation, emulator):
    sleeps = Sleeps()
    engine = make_engine(workstation, emulator, sleeps=sleeps)
    emulator.faults.configure(error_rates={503: 1.0})
    calls = []

    def heal(seconds):
        calls.append(seconds)
        if len(calls) == 3:
            emulator.faults.reset(request_count=False)

    engine.retry.sleep = heal
    assert engine.run_once().outcome == "ok"
    assert calls == [0.375, 0.75, 1.5]  # base 0.5 s doubling, half fixed and half jitter (0.5 here)


def test_an_unreachable_crm_keeps_the_changes_and_says_so(workstation, emulator):
    engine = make_engine(workstation, emulator)
    engine.run_once()
    add_client(workstation)
    emulator.faults.configure(error_rates={502: 1.0})
    result = engine.run_once()
    assert result.outcome == "failed"
    assert result.waiting == 1
    assert "kept" in result.message
    assert outbox_states(workstation) == {"pending": 1}
    log = sync_log(workstation)
    assert log[0].outcome == "failed"
    assert log[1].outcome == "ok"


def test_a_refused_token_asks_for_sign_in(workstation, emulator):
    engine = make_engine(workstation, emulator, token="wrong")
    result = engine.run_once()
    assert result.outcome == "sign_in_needed"
    assert sync_status(workstation).sign_in_needed


# --- merges and conflicts --------------------------------------------------------------------------------------------

def test_stale_update_of_other_fields_merges(workstation, engine, crm):
    engine.run_once()
    client = first_local(workstation)
    edit(workstation, client.id, email="oma@example.fi")
    crm.update("contacts", client.id, {"address1_line1": "Palvelinkatu 5"}, etag=None)
    result = engine.run_once()
    assert result.outcome == "ok"
    assert result.open_conflicts == 0
    row = crm.retrieve("contacts", client.id)
    assert (row["emailaddress1"], row["address1_line1"]) == ("oma@example.fi", "Palvelinkatu 5")
    local = get_client(workstation, client.id)
    assert (local.email, local.street) == ("oma@example.fi", "Palvelinkatu 5")


def test_same_field_changed_on_both_sides_is_a_conflict_resolved_by_the_adviser(workstation, engine, crm):
    engine.run_once()
    client = first_local(workstation)
    edit(workstation, client.id, email="minun@example.fi", preferred_name="Oma")
    crm.update("contacts", client.id, {"emailaddress1": "heidan@example.fi"}, etag=None)
    result = engine.run_once()
    assert result.open_conflicts == 1
    row = crm.retrieve("contacts", client.id)
    assert row["emailaddress1"] == "heidan@example.fi"  # nothing overwritten silently
    assert row["nickname"] == "Oma"  # the other field went through
    assert get_client(workstation, client.id).email == "minun@example.fi"
    [conflict] = list_open_conflicts(workstation)
    assert (conflict.field, conflict.mine, conflict.theirs) == ("email", "minun@example.fi", "heidan@example.fi")
    resolve_conflict(workstation, conflict.id, Resolution.KEEP_MINE)
    assert engine.run_once().outcome == "ok"
    assert crm.retrieve("contacts", client.id)["emailaddress1"] == "minun@example.fi"
    assert list_open_conflicts(workstation) == []


def test_take_theirs_and_edit_resolutions(workstation, engine, crm):
    engine.run_once()
    with workstation.unit_of_work() as uow:
        one, two = uow.clients.browse(limit=2)
    edit(workstation, one.id, street="Minun 1")
    edit(workstation, two.id, street="Minun 2")
    crm.update("contacts", one.id, {"address1_line1": "Heidän 1"}, etag=None)
    crm.update("contacts", two.id, {"address1_line1": "Heidän 2"}, etag=None)
    engine.run_once()
    conflicts = {c.record_id: c for c in list_open_conflicts(workstation)}
    resolve_conflict(workstation, conflicts[one.id].id, Resolution.TAKE_THEIRS)
    resolve_conflict(workstation, conflicts[two.id].id, Resolution.EDIT, "Yhdessä 2")
    assert get_client(workstation, one.id).street == "Heidän 1"
    assert engine.run_once().outcome == "ok"
    assert crm.retrieve("contacts", two.id)["address1_line1"] == "Yhdessä 2"
    assert crm.retrieve("contacts", one.id)["address1_line1"] == "Heidän 1"


def test_edited_here_deleted_there_offers_recreate(workstation, engine, crm):
    engine.run_once()
    client = first_local(workstation)
    edit(workstation, client.id, email="tallessa@example.fi")
    crm.delete("contacts", client.id)
    result = engine.run_once()
    [conflict] = list_open_conflicts(workstation)
    assert conflict.is_deletion
    assert result.open_conflicts == 1
    resolve_deleted_record(workstation, conflict.id, recreate=True)
    assert engine.run_once().outcome == "ok"
    assert crm.retrieve("contacts", client.id)["emailaddress1"] == "tallessa@example.fi"


def test_edited_here_deleted_there_can_be_discarded(workstation, engine, crm):
    engine.run_once()
    client = first_local(workstation)
    edit(workstation, client.id, email="pois@example.fi")
    crm.delete("contacts", client.id)
    engine.run_once()
    [conflict] = list_open_conflicts(workstation)
    resolve_deleted_record(workstation, conflict.id, recreate=False)
    assert get_client(workstation, client.id).deleted_at is not None
    assert engine.run_once().waiting == 0


# --- consents --------------------------------------------------------------------------------------------------------

def test_consents_are_pushed_once_withdrawal_first_and_pulled_elsewhere(workstation, engine, emulator, tmp_path,
                                                                         memory_keyring):
    engine.run_once()
    client = first_local(workstation)
    now = datetime.now(UTC)

    def event(decision, purpose, sequence):
        return ConsentEvent(uuid.uuid4(), client.id, purpose, decision, date.today(), None, ConsentChannel.COUNTER,
                            ConsentEvidence.STRONG_E_IDENTIFICATION, "v1", "fi", None, None, now, sequence)

    grant = event(ConsentDecision.GRANTED, "newsletter", 1)
    withdrawal = event(ConsentDecision.WITHDRAWN, "record_contact", 1)
    with workstation.unit_of_work() as uow:
        uow.consents.add(grant)
        uow.consents.add(withdrawal)
        uow.commit()
    emulator.faults.configure(drop_after_commit=1)
    result = engine.run_once()
    assert result.outcome == "ok"
    assert result.pushed == 2
    versions = dict(emulator.store.connection.execute("SELECT nv_consentid, versionnumber FROM nv_consent"))
    assert versions[str(withdrawal.id)] < versions[str(grant.id)]
    assert len(versions) == 2

    other = open_workstation(tmp_path / "second")
    try:
        second = make_engine(other, emulator)
        assert second.run_once().outcome == "ok"
        with other.unit_of_work() as uow:
            events = {e.id: e for e in uow.consents.for_client(client.id)}
        assert events[withdrawal.id].decision is ConsentDecision.WITHDRAWN
        assert events[grant.id].evidence is ConsentEvidence.STRONG_E_IDENTIFICATION
        assert events[grant.id].sequence == 1
    finally:
        other.close()


# --- two workstations, one CRM ---------------------------------------------------------------------------------------

def test_two_workstations_see_each_other_merge_and_conflict_once(workstation, engine, emulator, tmp_path,
                                                                 memory_keyring):
    other = open_workstation(tmp_path / "second")
    try:
        second = make_engine(other, emulator)
        engine.run_once()
        second.run_once()
        created = add_client(workstation, last_name="Yhteinen")
        engine.run_once()
        assert second.run_once().pulled == 1
        assert get_client(other, created.id).last_name == "Yhteinen"

        edit(workstation, created.id, email="a@example.fi")
        edit(other, created.id, street="Toinen 2")
        assert engine.run_once().open_conflicts == 0
        assert second.run_once().open_conflicts == 0
        engine.run_once()
        for ws in (workstation, other):
            client = get_client(ws, created.id)
            assert (client.email, client.street) == ("a@example.fi", "Toinen 2")

        edit(workstation, created.id, preferred_name="Eka")
        edit(other, created.id, preferred_name="Toka")
        assert engine.run_once().open_conflicts == 0
        assert second.run_once().open_conflicts == 1  # the second pusher gets the one conflict
        assert list_open_conflicts(workstation) == []
    finally:
        second.context.client.close()
        other.close()


def test_pulled_clients_are_counted_not_queued(workstation, engine):
    engine.run_once()
    with workstation.unit_of_work() as uow:
        session = uow.clients._session
        assert session.scalar(select(func.count()).select_from(ClientRow).where(ClientRow.crm_etag.is_(None))) == 0


def test_rows_of_an_entity_the_engine_cannot_send_yet_wait_without_blocking(workstation, engine, crm):
    from app.store.outbox import Operation
    engine.run_once()
    with workstation.unit_of_work() as uow:
        for _ in range(3):
            uow.outbox.record("not_yet_mapped", uuid.uuid4(), Operation.CREATE, {"x": (None, 1)})
        uow.commit()
    engine.options.push_round = 2
    client = add_client(workstation)
    result = engine.run_once()
    assert result.pushed == 1
    assert result.waiting == 3
    assert crm.retrieve("contacts", client.id)["lastname"] == "Testinen"


def test_unreadable_crm_rows_are_skipped_not_half_applied(workstation, engine, emulator, crm):
    engine.run_once()
    client = first_local(workstation)
    good, bad = uuid.uuid4(), uuid.uuid4()
    base = {"nv_contact@odata.bind": f"/contacts({client.id})", "nv_purpose": 100_000_004, "nv_decision": 100_000_000,
            "nv_validfrom": "2026-11-01T00:00:00Z", "nv_channel": 100_000_000, "nv_evidence": 100_000_000,
            "nv_recordedon": "2026-11-01T10:00:00Z"}
    crm.create("nv_consents", {"nv_consentid": str(good), **base})  # made in the CRM: no sequence
    emulator.store.connection.execute("INSERT INTO nv_consent (nv_consentid, versionnumber) VALUES (?, ?)",
                                      (str(bad), emulator.store.next_version()))  # no purpose, no client
    result = engine.run_once()
    assert result.outcome == "ok"
    with workstation.unit_of_work() as uow:
        events = {e.id: e for e in uow.consents.for_client(client.id)}
    assert events[good].sequence == 1
    assert bad not in events


def test_a_stored_delta_link_follows_the_crm_to_a_new_port():
    from sync.engine.pull import rebased_link
    link = "https://127.0.0.1:4001/api/data/v9.2/contacts?$deltatoken=7"
    assert rebased_link(link, "https://127.0.0.1:5002/api/data/v9.2") == \
        "https://127.0.0.1:5002/api/data/v9.2/contacts?$deltatoken=7"
    assert rebased_link(link, "https://city.crm4.dynamics.com/api/data/v9.3") is None
