"""Fidelity: Microsoft's own Python SDK (PowerPlatform-Dataverse-Client), unchanged, against the emulator over HTTPS.

Only what a real deployment also sets differs: the environment URL, a credential (here a dummy that hands out
the emulator's token) and REQUESTS_CA_BUNDLE pointing at the emulator's self-signed certificate.
"""

from __future__ import annotations

import time
import uuid

import pytest

from tests.sync.conftest import TOKEN

dataverse = pytest.importorskip("PowerPlatform.Dataverse.client")
from azure.core.credentials import AccessToken  # noqa: E402
from PowerPlatform.Dataverse.core.errors import HttpError  # noqa: E402


class EmulatorCredential:
    """Just enough of azure.core's TokenCredential: the emulator accepts one fixed token."""

    def get_token(self, *scopes, **kwargs) -> AccessToken:
        return AccessToken(TOKEN, int(time.time()) + 3600)


@pytest.fixture
def sdk(tls_emulator, monkeypatch):
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tls_emulator.cert_file))
    with dataverse.DataverseClient(tls_emulator.base_url, EmulatorCredential()) as client:
        yield client


def test_create_retrieve_update_delete(sdk):
    record_id = sdk.records.create("contact", {"firstname": "Aino", "lastname": "Fidelity", "nv_safetymarking": False})
    record = sdk.records.retrieve("contact", record_id, select=["firstname", "lastname"])
    assert record["firstname"] == "Aino"
    sdk.records.update("contact", record_id, {"firstname": "Aina"})
    assert sdk.records.retrieve("contact", record_id)["fullname"] == "Aina Fidelity"
    sdk.records.delete("contact", record_id)
    assert sdk.records.retrieve("contact", record_id) is None
    with pytest.raises(HttpError) as raised:
        sdk.records.update("contact", record_id, {"firstname": "Gone"})
    assert raised.value.status_code == 404


def test_list_with_filter_and_paging(sdk):
    pages = list(sdk.records.list_pages("contact", select=["firstname", "lastname"],
                                        filter="nv_safetymarking eq false and startswith(lastname,'a') eq false",
                                        orderby=["contactid asc"], page_size=25))
    assert len(pages) > 2
    assert all(len(page) <= 25 for page in pages)
    ids = [row["contactid"] for page in pages for row in page]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    everything = sdk.records.list("contact", select=["contactid"], page_size=50)
    assert len(everything) >= len(ids)


def test_bulk_create_and_update(sdk):
    ids = sdk.records.create("contact", [{"firstname": f"Bulk{n}", "lastname": "Sdk"} for n in range(5)])
    assert len(ids) == 5
    sdk.records.update("contact", ids, {"nickname": "bulk"})
    assert sdk.records.retrieve("contact", ids[3])["nickname"] == "bulk"


def test_batch_with_change_set_and_reference(sdk):
    batch = sdk.batch.new()
    batch.records.create("contact", {"firstname": "Batch", "lastname": "Outside"})
    with batch.changeset() as change_set:
        ref = change_set.records.create("contact", {"firstname": "Batch", "lastname": "Inside"})
        change_set.records.update("contact", ref, {"nickname": "via-ref"})
    result = batch.execute()
    assert not result.has_errors, [r.error_message for r in result.failed]
    created = [item.entity_id for item in result.responses if item.entity_id]
    assert len(created) >= 2
    inside = sdk.records.list("contact", filter="lastname eq 'Inside'")
    assert inside
    assert inside[0]["nickname"] == "via-ref"


def test_batch_change_set_is_atomic(sdk):
    missing = str(uuid.uuid4())
    batch = sdk.batch.new()
    with batch.changeset() as change_set:
        change_set.records.create("contact", {"firstname": "Never", "lastname": "Committed"})
        change_set.records.update("contact", missing, {"nickname": "x"})
    result = batch.execute()
    assert result.has_errors
    assert len(sdk.records.list("contact", filter="lastname eq 'Committed'")) == 0


def test_table_metadata(sdk):
    info = sdk.tables.get("contact")
    assert info is not None
