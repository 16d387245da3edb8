"""What a lost laptop or a shared log gives away: nothing personal, no secret.

One profile (its keys in the keyring) goes through the main flows with every logger at DEBUG — demo
population written, lookups by name, phone, identity code and e-mail, a card opened and its identity code
revealed, consents recorded, encounters recorded, a PTV import, rings on the CTI endpoint (right and wrong token),
and syncs with the CRM emulator under faults, with a merge and a conflict. Then no log line, and no byte of any
file in the profile directory (the SQLCipher database, its WAL, profile.toml), holds a client's name, identity
code, phone number, e-mail or street address, or any secret (the database key, the identity-hash key, the CRM
token, the CTI token).
"""

from __future__ import annotations

import http.client
import json
import logging
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from app.consent_purposes import NEWSLETTER, RECORD_CONTACT
from app.crm_settings import CrmSettings, record_crm_settings
from app.domain.consent import ConsentChannel, ConsentEvidence
from app.domain.encounter import EncounterChannel, EncounterDraft, EncounterOutcome, NeedStatus, NeedTag
from app.secrets import KeyringSecretStore
from app.store.tables import ClientRow
from app.usecases.client_card import open_client_card, reveal_identity_code
from app.usecases.demo_data import generate_demo_population
from app.usecases.import_services import import_services
from app.usecases.lookup_clients import lookup_clients
from app.usecases.record_consent import grant_consent, withdraw_consent
from app.usecases.record_encounter import record_encounter
from app.usecases.sync_conflicts import list_open_conflicts
from neuvo.sync_wiring import sync_engine_for
from neuvo.telephony.ring_endpoint import RING_PATH, RingEndpoint
from neuvo.telephony.token import telephony_token
from sync.dataverse.auth import STATIC_TOKEN_SECRET
from sync.emulator.server import EmulatorServer

CRM_TOKEN = "crm-token-for-the-security-test-0123456789"
CLIENTS = 30
SEED = 7


@pytest.fixture
def crm(tmp_path):
    # Outside the profile directory; seeded with the same made-up people the demo profile gets (same seed, same ids).
    server = EmulatorServer(tmp_path / "crm", token=CRM_TOKEN, seed_demo=CLIENTS, seed=SEED)
    server.start()
    yield server
    server.stop()


def _personal_data(workstation) -> set[str]:
    """Every name, identity code, phone number (as stored and as typed), e-mail and street of the clients."""
    found: set[str] = set()
    with workstation.unit_of_work() as uow:
        rows = uow.clients._session.scalars(select(ClientRow)).all()
        clients = [uow.clients.get(row.id) for row in rows]
    for client in clients:
        found.update({client.first_names, client.last_name, f"{client.first_names} {client.last_name}",
                      client.identity_code or "", client.email or "", client.street or ""})
        for phone in client.phones:
            found.update({phone.number_e164, "0" + phone.number_e164[4:] if phone.number_e164.startswith("+358")
                          else phone.number_e164})
    # Short strings ("Li", "Eva") would match inside unrelated words; four characters and up are telling.
    return {value for value in found if len(value) >= 4}


def _ring(endpoint: RingEndpoint, token: str, number: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", endpoint.port, timeout=10)
    connection.request("POST", RING_PATH, body=json.dumps({"number": number, "call_id": "c-1"}),
                       headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    status = connection.getresponse().status
    connection.close()
    return status


def _main_flows(workstation, crm) -> None:
    today = date.today()
    generate_demo_population(workstation, clients=CLIENTS, seed=SEED, encounters=10)
    with workstation.unit_of_work() as uow:
        everyone = [uow.clients.get(row.id) for row in uow.clients._session.scalars(select(ClientRow))]
    # Adults with a phone (a guardian consents for a child under 15; that rule is tested elsewhere).
    people = [c for c in everyone if c.phones and c.birth_date and (c.age_on(today) or 0) >= 18][:6]
    for person in people:
        for typed in (person.last_name, f"{person.first_names} {person.last_name}", person.email or "",
                      person.identity_code or "", person.phones[0].number_e164 if person.phones else "",
                      person.last_name[:-1] + "x"):
            if typed:
                lookup_clients(workstation, typed)
        open_client_card(workstation, person.id, today)
        reveal_identity_code(workstation, person.id, "checking the person's identity")
        grant_consent(workstation, person.id, RECORD_CONTACT, channel=ConsentChannel.COUNTER,
                      evidence=ConsentEvidence.VERBAL, language="fi")
        withdraw_consent(workstation, person.id, NEWSLETTER, channel=ConsentChannel.PHONE,
                         evidence=ConsentEvidence.VERBAL, language="fi")
        now = datetime.now(UTC)
        record_encounter(workstation, EncounterDraft(
            channel=EncounterChannel.COUNTER, started_at=now - timedelta(minutes=10), ended_at=now,
            client_id=person.id, outcome=EncounterOutcome.GUIDED_TO_SERVICE,
            summary=f"Asiakas {person.first_names} {person.last_name} kysyi asumistuesta.",
            need_tags=[NeedTag("housing.housing_allowance", NeedStatus.MET)]))
    from app.usecases.demo_services import demo_documents
    import_services(workstation, [replace(d, records=d.records[:60]) for d in demo_documents()], source="demo")

    endpoint = RingEndpoint(telephony_token(workstation.secret_store),
                            lambda ring: len(lookup_clients(workstation, ring.number).matches), port=0)
    endpoint.start()
    try:
        for person in people[:3]:
            if person.phones:
                assert _ring(endpoint, telephony_token(workstation.secret_store), person.phones[0].number_e164) == 202
                assert _ring(endpoint, "wrong-token", person.phones[0].number_e164) == 401
    finally:
        endpoint.stop()

    record_crm_settings(workstation.profile, CrmSettings(url=crm.base_url, auth="static"))
    workstation.secret_store.set(STATIC_TOKEN_SECRET, CRM_TOKEN)
    wiring = sync_engine_for(workstation, interactive=False)
    wiring.engine.retry.sleep = lambda _seconds: None
    try:
        crm.faults.configure(throttle_burst=2, drop_after_commit=1)
        # "partial": the demo's made-up encounters carry values this CRM's choice lists refuse; they wait, logged.
        assert wiring.engine.run_once().outcome in ("ok", "partial")
        first, second = people[0], people[1]
        with workstation.unit_of_work() as uow:  # edited here and in the CRM: a merge and a conflict
            uow.clients.update(replace(uow.clients.get(first.id), email="oma.osoite@example.fi",
                                       street="Omakatu 1"))
            uow.clients.update(replace(uow.clients.get(second.id), last_name="Muutettu-Nimi"))
            uow.commit()
        wiring.client.update("contacts", first.id, {"emailaddress1": "crm.osoite@example.fi"}, etag=None)
        wiring.client.update("contacts", second.id, {"address1_line1": "Crm-katu 9"}, etag=None)
        crm.faults.configure(error_rates={503: 1.0})
        assert wiring.engine.run_once().outcome == "failed"  # logged as a failed run
        crm.faults.reset()
        assert wiring.engine.run_once().outcome in ("ok", "partial")
        assert list_open_conflicts(workstation)
    finally:
        wiring.close()


def test_no_personal_data_or_secret_in_logs_or_profile_files(tmp_path, memory_keyring, crm, caplog):
    from app.workstation import open_workstation
    caplog.set_level(logging.DEBUG)  # every logger, as `--log-level debug` does
    # A demo profile, for its made-up population (refused in a workstation profile); with a keyring present it
    # keeps its keys there exactly as a workstation profile does.
    workstation = open_workstation(tmp_path / "profile", demo=True)
    assert isinstance(workstation.secret_store, KeyringSecretStore)
    try:
        _main_flows(workstation, crm)
        personal = _personal_data(workstation) | {"oma.osoite@example.fi", "crm.osoite@example.fi",
                                                  "Muutettu-Nimi", "Omakatu 1", "Crm-katu 9"}
        secrets = {value for value in memory_keyring.passwords.values() if len(value) >= 16} | {CRM_TOKEN}
        files_open = _profile_bytes(workstation.profile.directory)
    finally:
        workstation.close()
    files_closed = _profile_bytes(workstation.profile.directory)

    assert len(personal) > CLIENTS  # the population is really there
    assert any(r.levelno == logging.DEBUG for r in caplog.records)  # DEBUG really was captured
    logged = "\n".join(_record_text(r) for r in caplog.records)
    canary = sorted(personal)[0]
    logging.getLogger("sync.engine.canary").debug("a line that leaks %s", canary)  # the check can see a leak
    assert canary in "\n".join(_record_text(r) for r in caplog.records)
    assert [p for p in personal if p in logged] == []
    assert [s[:6] + "…" for s in secrets if s in logged] == []
    for name, data in (files_open | files_closed).items():
        assert [p for p in personal if p.encode() in data] == [], name
        assert [s[:6] + "…" for s in secrets if s.encode() in data] == [], name


def _record_text(record: logging.LogRecord) -> str:
    text = record.getMessage()
    if record.exc_info:
        text += "\n" + logging.Formatter().formatException(record.exc_info)
    return f"{record.name}: {text}"


def _profile_bytes(directory: Path) -> dict[str, bytes]:
    return {str(path.relative_to(directory)): path.read_bytes() for path in directory.rglob("*") if path.is_file()}


def test_the_database_is_unreadable_without_its_key_and_with_a_wrong_one(workstation, memory_keyring):
    path = workstation.store.path
    workstation.close()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchall()
    wrong = sqlcipher3.connect(str(path))
    wrong.execute("PRAGMA key = \"x'" + "5a" * 32 + "'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        wrong.execute("SELECT count(*) FROM sqlite_master").fetchall()
    wrong.close()
    assert b"SQLite format 3" not in path.read_bytes()[:16]  # not even the plain header
