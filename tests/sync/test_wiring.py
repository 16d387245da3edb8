"""The pieces around the client: contact mapping, the profile's [crm] settings, the demo's emulator, the token
providers and the `neuvo crm-emulator` command."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.crm_settings import CrmSettings, crm_settings, record_crm_settings
from app.demo_population import DemoPopulation
from app.usecases.workstation_status import workstation_status
from sync.contact_mapping import client_fields_from_contact, contact_from_client
from sync.dataverse import DataverseClient, DataverseConfig, KeyringTokenCache, StaticTokenProvider
from sync.dataverse.auth import ClientCredentialsTokenProvider, TokenUnavailable
from sync.emulator.seed import demo_identity_hash


def test_contact_mapping_round_trip_keeps_synced_fields():
    for client in DemoPopulation(1).clients(200):
        row = contact_from_client(client, demo_identity_hash)
        assert "identity" not in " ".join(str(v) for v in row.values() if v)  # only the hash travels
        fields = client_fields_from_contact(row)
        for name in ("id", "first_names", "last_name", "preferred_name", "birth_date", "email", "street",
                     "postal_code", "municipality_code", "preferred_language", "interpreter_needed",
                     "safety_marking"):
            assert fields[name] == getattr(client, name), name
        assert {p.number_e164 for p in fields["phones"]} <= {p.number_e164 for p in client.phones}


def test_crm_settings_are_recorded_without_touching_other_tables(demo_workstation):
    profile = demo_workstation.profile
    path = profile.directory / "profile.toml"
    path.write_text(path.read_text() + '\n[telephony]\nport = 31999\n')
    assert not crm_settings(profile).configured
    record_crm_settings(profile, CrmSettings(url="https://127.0.0.1:1234", auth="static", ca_file='C:\\x "y"'))
    record_crm_settings(profile, CrmSettings(url="https://127.0.0.1:5678", auth="static"))
    settings = crm_settings(profile)
    assert settings.url == "https://127.0.0.1:5678"
    assert settings.ca_file is None
    assert "port = 31999" in path.read_text()
    assert workstation_status(demo_workstation).crm_configured


def test_demo_crm_starts_seeded_and_is_reachable(demo_workstation):
    from neuvo.commands.demo_crm import STATIC_TOKEN_SECRET, start_demo_crm

    server = start_demo_crm(demo_workstation, clients=50, seed=1)
    try:
        assert server.wait_ready(30)
        settings = crm_settings(demo_workstation.profile)
        token = demo_workstation.secret_store.get(STATIC_TOKEN_SECRET)
        config = DataverseConfig(settings.url, ca_file=settings.ca_file)
        with DataverseClient(config, StaticTokenProvider(token)) as client:
            assert client.check_connection().ok
            first = next(DemoPopulation(1).clients(1))
            assert client.retrieve("contacts", first.id)["lastname"] == first.last_name
    finally:
        server.stop()


def test_token_cache_is_kept_in_the_secret_store():
    class Memory:
        def __init__(self):
            self.values = {}

        def get(self, name):
            return self.values.get(name)

        def set(self, name, value):
            self.values[name] = value

    store = Memory()
    cache = KeyringTokenCache(store)
    cache.add({"client_id": "c", "scope": ["s"], "token_endpoint": "https://login.example/t",
               "response": {"access_token": "a", "token_type": "Bearer", "expires_in": 3600}})
    cache.persist()
    assert "crm-token-cache" in store.values
    assert KeyringTokenCache(store).serialize() == cache.serialize()


def test_client_credentials_provider_reports_refusal():
    class RefusingApp:
        def acquire_token_for_client(self, scopes):
            return {"error": "invalid_client"}

    provider = ClientCredentialsTokenProvider(client_id="c", tenant_id="t", scope="https://x/.default",
                                              client_credential="s", app=RefusingApp())
    with pytest.raises(TokenUnavailable, match="invalid_client"):
        provider.token()


def test_crm_emulator_command_needs_a_token(tmp_path):
    result = subprocess.run([sys.executable, "-m", "neuvo", "crm-emulator", "--data", str(tmp_path)],
                            capture_output=True, text=True, timeout=60,
                            env={"PATH": "", "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2
    assert "--token" in result.stderr


def test_crm_emulator_command_serves_until_stopped(tmp_path):
    process = subprocess.Popen([sys.executable, "-m", "neuvo", "crm-emulator", "--data", str(tmp_path), "--token",
                                "t", "--tls"], stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.startswith("CRM emulator: https://127.0.0.1:")
        base = line.split(": ", 1)[1].strip().removesuffix("/api/data/v9.2")
        with DataverseClient(DataverseConfig(base, ca_file=tmp_path / "tls" / "cert.pem"),
                             StaticTokenProvider("t")) as client:
            assert client.check_connection().ok
    finally:
        process.terminate()
        assert process.wait(15) == 0
