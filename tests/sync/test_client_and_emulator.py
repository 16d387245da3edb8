"""Neuvo's Dataverse client against the emulator over real HTTP: CRUD with etags, paging, change tracking,
$batch, bulk actions, errors, service protection and every kind of injected fault."""

from __future__ import annotations

import json
import threading
import uuid
from datetime import datetime

import httpx
import pytest

from sync.dataverse import (
    BadRequest,
    DataverseClient,
    DataverseConfig,
    DuplicateKey,
    InsecureUrlError,
    NetworkError,
    NotFound,
    PayloadTooLarge,
    PreconditionFailed,
    Query,
    ServerError,
    StaticTokenProvider,
    Throttled,
    Unauthorized,
    UnexpectedResponse,
)
from sync.dataverse.client import BatchOperation
from sync.dataverse.query import odata_literal
from tests.sync.conftest import TOKEN


def _contact(**values):
    return {"contactid": str(uuid.uuid4()), "firstname": "Testi", "lastname": "Henkilö", **values}


# --- CRUD and etags ------------------------------------------------------------------------------------------------

def test_create_with_client_id_then_retry_is_duplicate(client):
    record = _contact()
    created = client.create("contacts", record)
    assert str(created.id) == record["contactid"]
    with pytest.raises(DuplicateKey):
        client.create("contacts", record)


def test_create_with_representation_returns_row_and_etag(client):
    created = client.create("contacts", _contact(nv_interpreterneeded=True), return_representation=True)
    assert created.row["nv_interpreterneeded"] is True
    assert created.row["fullname"] == "Testi Henkilö"
    assert created.etag.startswith('W/"')


def test_update_with_stale_etag_is_refused(client):
    created = client.create("contacts", _contact(), return_representation=True)
    new_etag = client.update("contacts", created.id, {"nickname": "T"}, etag=created.etag)
    assert new_etag != created.etag
    with pytest.raises(PreconditionFailed) as raised:
        client.update("contacts", created.id, {"nickname": "U"}, etag=created.etag)
    assert not isinstance(raised.value, DuplicateKey)
    assert client.retrieve("contacts", created.id)["nickname"] == "T"
    assert client.retrieve("contacts", created.id, if_none_match=new_etag) is None  # 304


def test_update_of_missing_row_is_not_found(client):
    with pytest.raises(NotFound):
        client.update("contacts", uuid.uuid4(), {"nickname": "x"}, etag=None)


def test_upsert_creates_then_updates_and_honours_star_preconditions(client):
    record_id = uuid.uuid4()
    client.upsert("contacts", record_id, {"firstname": "Up", "lastname": "Sert"})
    client.upsert("contacts", record_id, {"nickname": "again"})
    assert client.retrieve("contacts", record_id)["nickname"] == "again"
    with pytest.raises(DuplicateKey):
        client.upsert("contacts", record_id, {"nickname": "x"}, create_only=True)
    with pytest.raises(NotFound):
        client.upsert("contacts", uuid.uuid4(), {"nickname": "x"}, update_only=True)


def test_delete_with_etag_and_missing(client):
    created = client.create("contacts", _contact(), return_representation=True)
    client.update("contacts", created.id, {"nickname": "moved on"}, etag=None)
    with pytest.raises(PreconditionFailed):
        client.delete("contacts", created.id, etag=created.etag)
    client.delete("contacts", created.id)
    with pytest.raises(NotFound):
        client.delete("contacts", created.id)


def test_lookups_bind_expand_and_filter(client):
    contact = client.create("contacts", _contact(firstname="Linked"))
    consent_id = uuid.uuid4()
    client.create("nv_consents", {"nv_consentid": str(consent_id), "nv_contact@odata.bind": f"/contacts({contact.id})",
                                  "nv_purpose": 100000000, "nv_decision": 100000000,
                                  "nv_validfrom": "2026-11-01T08:00:00Z"})
    rows = list(client.rows("nv_consents", Query(filter=f"_nv_contact_value eq {contact.id}",
                                                  expand=("nv_contact($select=firstname)",))))
    assert [r["nv_consentid"] for r in rows] == [str(consent_id)]
    assert rows[0]["nv_contact"]["firstname"] == "Linked"
    page = next(client.pages("nv_consents", Query(filter=f"_nv_contact_value eq {contact.id}"), annotations=True))
    assert page.rows[0]["nv_purpose@OData.Community.Display.V1.FormattedValue"] == "Record contact"
    assert page.rows[0]["_nv_contact_value@Microsoft.Dynamics.CRM.lookuplogicalname"] == "contact"


def test_bad_payloads_are_typed_bad_requests(client):
    with pytest.raises(BadRequest, match="does not exist"):
        client.create("contacts", _contact(nosuchcolumn=1))
    with pytest.raises(BadRequest):
        client.create("contacts", _contact(nv_safetymarking="yes"))
    with pytest.raises(BadRequest, match="length"):
        client.create("contacts", _contact(firstname="x" * 65))
    with pytest.raises(NotFound):
        client.create("nosuchtables", {"x": 1})


def test_invalid_json_body_answers_400(emulator):
    response = httpx.post(f"{emulator.api_url}/contacts", content=b"{not json",
                          headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "0x80048d19"


# --- reads: paging, count, orderby ---------------------------------------------------------------------------------

def test_paging_follows_next_links_without_gaps_or_repeats(client, emulator):
    pages = list(client.pages("contacts", Query(select=("contactid",)), page_size=70))
    ids = [r["contactid"] for p in pages for r in p.rows]
    assert len(pages) >= 5
    assert all(len(p.rows) == 70 for p in pages[:-1])
    assert len(ids) == len(set(ids)) == emulator.store.count(emulator.store.tables["contact"])


def test_orderby_top_and_count(client):
    page = next(client.pages("contacts", Query(select=("lastname",), orderby=("lastname desc",), top=10, count=True)))
    names = [r["lastname"] for r in page.rows]
    assert len(names) == 10
    assert names == sorted(names, key=str.casefold, reverse=True)
    assert page.count >= 300
    assert page.next_link is None
    ordered = [r["lastname"] for r in client.rows("contacts", Query(select=("lastname",), orderby=("lastname",)),
                                                  page_size=90)]
    assert ordered == sorted(ordered, key=str.casefold)


# --- change tracking -----------------------------------------------------------------------------------------------

def test_change_tracking_reports_changes_and_deletions(client):
    initial = list(client.changes("contacts", select=("firstname", "lastname"), page_size=100))
    assert all(p.delta_link is None for p in initial[:-1])
    assert initial[-1].delta_link
    kept, dropped = client.create("contacts", _contact()), client.create("contacts", _contact())
    client.update("contacts", kept.id, {"firstname": "Changed"}, etag=None)
    client.delete("contacts", dropped.id)
    delta = list(client.changes("contacts", delta_link=initial[-1].delta_link, page_size=100))
    changed = {r["contactid"]: r for p in delta for r in p.rows}
    deleted = {d for p in delta for d in p.deleted_ids}
    assert changed[str(kept.id)]["firstname"] == "Changed"
    assert dropped.id in deleted
    again = list(client.changes("contacts", delta_link=delta[-1].delta_link))
    assert sum(len(p.rows) + len(p.deleted_ids) for p in again) == 0


def test_change_tracking_pages_its_delta(client):
    start = list(client.changes("contacts", select=("contactid",)))[-1].delta_link
    client.create_multiple("contacts", "contact", [_contact() for _ in range(25)])
    pages = list(client.changes("contacts", delta_link=start, page_size=10))
    assert len(pages) == 3
    assert sum(len(p.rows) for p in pages) == 25


# --- $batch and bulk actions ---------------------------------------------------------------------------------------

def test_batch_change_set_with_content_id_reference(client):
    contact = _contact()
    results = client.batch([[
        BatchOperation("POST", "contacts", contact, content_id="1"),
        BatchOperation("POST", "nv_encounters", {"nv_contact@odata.bind": "$1", "nv_channel": 100000001},
                       content_id="2"),
        BatchOperation("PATCH", "$1", {"nickname": "via batch"}, content_id="3"),
    ]])
    assert [r.status for r in results] == [204, 204, 204]
    assert str(results[0].entity_id) == contact["contactid"]
    assert client.retrieve("contacts", contact["contactid"])["nickname"] == "via batch"
    encounter = client.retrieve("nv_encounters", results[1].entity_id)
    assert encounter["_nv_contact_value"] == contact["contactid"]


def test_failing_change_set_leaves_nothing_and_stops_the_batch(client):
    first, second = _contact(), _contact()
    results = client.batch([
        [BatchOperation("POST", "contacts", first, content_id="1"),
         BatchOperation("PATCH", f"contacts({uuid.uuid4()})", {"nickname": "x"}, headers={"If-Match": "*"},
                        content_id="2")],
        BatchOperation("POST", "contacts", second),
    ])
    assert len(results) == 1
    assert results[0].status == 404
    assert isinstance(results[0].error, NotFound)
    assert results[0].content_id == "2"
    for record in (first, second):
        with pytest.raises(NotFound):
            client.retrieve("contacts", record["contactid"])


def test_continue_on_error_runs_the_rest(client):
    later = _contact()
    results = client.batch([
        [BatchOperation("PATCH", f"contacts({uuid.uuid4()})", {"nickname": "x"}, headers={"If-Match": "*"})],
        BatchOperation("POST", "contacts", later),
        BatchOperation("GET", f"contacts({later['contactid']})?$select=firstname"),
    ], continue_on_error=True)
    assert [r.status for r in results] == [404, 204, 200]
    assert results[2].body["firstname"] == "Testi"


def test_broken_multipart_answers_400(emulator):
    response = httpx.post(f"{emulator.api_url}/$batch", content=b"--b\r\nContent-Type: application/http\r\n\r\nGET",
                          headers={"Authorization": f"Bearer {TOKEN}",
                                   "Content-Type": "multipart/mixed; boundary=b"})
    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith("The batch request is malformed")


def test_bulk_actions(client):
    records = [_contact(firstname=f"Bulk{n}") for n in range(20)]
    ids = client.create_multiple("contacts", "contact", records)
    assert [str(i) for i in ids] == [r["contactid"] for r in records]
    client.update_multiple("contacts", "contact", [{"contactid": str(i), "nickname": "b"} for i in ids])
    fresh = _contact()
    client.upsert_multiple("contacts", "contact", [{"contactid": str(ids[0]), "nickname": "u"}, fresh])
    assert client.retrieve("contacts", ids[0])["nickname"] == "u"
    assert client.retrieve("contacts", fresh["contactid"])["firstname"] == "Testi"
    with pytest.raises(DuplicateKey):  # all or nothing: the new first row is not kept either
        client.create_multiple("contacts", "contact", [(extra := _contact()), records[0]])
    with pytest.raises(NotFound):
        client.retrieve("contacts", extra["contactid"])


# --- metadata ------------------------------------------------------------------------------------------------------

def test_metadata_and_entity_definitions(emulator):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    csdl = httpx.get(f"{emulator.api_url}/$metadata", headers=auth)
    assert csdl.status_code == 200
    assert '<EntitySet Name="nv_consents"' in csdl.text
    definition = httpx.get(f"{emulator.api_url}/EntityDefinitions(LogicalName='contact')", headers=auth).json()
    assert (definition["EntitySetName"], definition["PrimaryIdAttribute"], definition["PrimaryNameAttribute"]) == \
        ("contacts", "contactid", "fullname")
    listed = httpx.get(f"{emulator.api_url}/EntityDefinitions", headers=auth, params={
        "$select": "LogicalName,EntitySetName", "$filter": "LogicalName eq 'nv_signal'"}).json()["value"]
    assert [d["EntitySetName"] for d in listed] == ["nv_signals"]


# --- auth, transport rules, sizes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic dGVzdA==", "Bearer"])
def test_missing_or_wrong_token_is_401(emulator, header):
    headers = {"Authorization": header} if header else {}
    response = httpx.get(f"{emulator.api_url}/WhoAmI", headers=headers)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_client_turns_401_into_unauthorized_after_one_refresh(emulator):
    class Counting(StaticTokenProvider):
        invalidated = 0

        def invalidate(self):
            Counting.invalidated += 1

    with DataverseClient(DataverseConfig(emulator.base_url), Counting("wrong")) as bad:
        with pytest.raises(Unauthorized):
            bad.who_am_i()
        assert not bad.check_connection().ok
    assert Counting.invalidated == 2


@pytest.mark.parametrize("url", ["http://crm.example.com", "http://10.0.0.5:8080", "ftp://127.0.0.1",
                                 "https://user:pw@crm.example.com", "not a url"])
def test_plain_http_is_refused_except_on_loopback(url):
    with pytest.raises(InsecureUrlError):
        DataverseConfig(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:5555", "http://[::1]:5555", "http://localhost",
                                 "https://city.crm4.dynamics.com/"])
def test_loopback_http_and_https_are_accepted(url):
    assert DataverseConfig(url).api_url.endswith("/api/data/v9.2")


def test_oversized_body_is_413(client):
    with pytest.raises(PayloadTooLarge):
        client.create_multiple("contacts", "contact", [_contact(nickname="x" * 90) for _ in range(3000)])


def test_https_with_the_emulators_certificate(tls_emulator):
    config = DataverseConfig(tls_emulator.base_url, ca_file=tls_emulator.cert_file)
    with DataverseClient(config, StaticTokenProvider(TOKEN)) as secure:
        assert secure.check_connection().ok
        assert len(list(secure.rows("contacts", Query(select=("contactid",)), page_size=50))) >= 120
    with DataverseClient(DataverseConfig(tls_emulator.base_url), StaticTokenProvider(TOKEN)) as untrusting:
        check = untrusting.check_connection()  # verification stays on: an unknown certificate is refused
        assert (not check.ok and "NetworkError" in check.problem) or "no complete answer" in check.problem


def test_next_link_to_another_host_is_not_followed(emulator):
    def handler(request):
        return httpx.Response(200, json={"value": [], "@odata.nextLink": "https://evil.example/api/data/v9.2/x"})

    config = DataverseConfig(emulator.base_url)
    with DataverseClient(config, StaticTokenProvider(TOKEN), transport=httpx.MockTransport(handler)) as tricked:
        pages = tricked.pages("contacts")
        next(pages)
        with pytest.raises(UnexpectedResponse):
            next(pages)


@pytest.mark.parametrize(("status", "body", "content_type", "kind"), [
    (502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html", ServerError),
    (200, b"<html>login page</html>", "text/html", UnexpectedResponse),
    (200, b'{"value": "not a list"}', "application/json", UnexpectedResponse),
    (200, b'[1, 2]', "application/json", UnexpectedResponse),
    (200, b'{"value": [1]}', "application/json", UnexpectedResponse),
    (404, b'{"error": "flat"}', "application/json", NotFound),
    (429, b"", "text/plain", Throttled),
    (503, b"\xff\xfe garbage", "application/octet-stream", ServerError),
])
def test_unexpected_answers_become_typed_errors(emulator, status, body, content_type, kind):
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=body,
                                                                   headers={"Content-Type": content_type}))
    config = DataverseConfig(emulator.base_url)
    with DataverseClient(config, StaticTokenProvider(TOKEN), transport=transport) as c, pytest.raises(kind):
        list(c.rows("contacts"))


def test_html_error_page_from_a_proxy_is_a_typed_error(client, emulator):
    emulator.faults.configure(fail_request_number=emulator.faults.request_count + 1, fail_status=502,
                              html_errors=True)
    with pytest.raises(ServerError, match="HTML"):
        client.who_am_i()


def test_create_without_entity_id_header_is_unexpected(emulator):
    transport = httpx.MockTransport(lambda request: httpx.Response(204))
    config = DataverseConfig(emulator.base_url)
    with DataverseClient(config, StaticTokenProvider(TOKEN), transport=transport) as c, \
            pytest.raises(UnexpectedResponse):
        c.create("contacts", _contact())


# --- service protection and faults --------------------------------------------------------------------------------

def test_service_protection_limit_answers_429_with_retry_after(tmp_path):
    from sync.emulator.faults import ServiceLimits
    from sync.emulator.server import running_emulator

    with running_emulator(tmp_path, token=TOKEN, limits=ServiceLimits(requests_per_window=3, window_seconds=60)) \
            as small, DataverseClient(DataverseConfig(small.base_url), StaticTokenProvider(TOKEN)) as c:
        for _ in range(3):
            c.who_am_i()
        with pytest.raises(Throttled) as raised:
            c.who_am_i()
        assert raised.value.code == "0x80072322"
        assert 1 <= raised.value.retry_after <= 60


def test_fault_throttle_burst(client, emulator):
    emulator.faults.configure(throttle_burst=2, retry_after_seconds=7)
    for _ in range(2):
        with pytest.raises(Throttled) as raised:
            client.who_am_i()
        assert raised.value.retry_after == 7
    assert client.who_am_i()["UserId"]


def test_fault_error_rate_by_status(client, emulator):
    emulator.faults.configure(error_rates={503: 1.0})
    with pytest.raises(ServerError) as raised:
        client.who_am_i()
    assert raised.value.status == 503
    assert raised.value.retryable
    emulator.faults.configure(error_rates={503: 0.5}, seed=3)
    outcomes = []
    for _ in range(40):
        try:
            client.who_am_i()
            outcomes.append(True)
        except ServerError:
            outcomes.append(False)
    assert 8 <= outcomes.count(False) <= 32


def test_fault_latency(client, emulator):
    import time

    emulator.faults.configure(latency_ms=150)
    started = time.perf_counter()
    client.who_am_i()
    assert time.perf_counter() - started >= 0.15


def test_fault_fail_request_number(client, emulator):
    number = emulator.faults.request_count + 2
    emulator.faults.configure(fail_request_number=number, fail_status=500)
    client.who_am_i()
    with pytest.raises(ServerError):
        client.who_am_i()
    client.who_am_i()


def test_fault_drop_before_commit_loses_the_write(client, emulator):
    record = _contact()
    emulator.faults.configure(drop_before_commit=1)
    with pytest.raises(NetworkError):
        client.create("contacts", record)
    with pytest.raises(NotFound):
        client.retrieve("contacts", record["contactid"])
    client.create("contacts", record)  # the retry with the same id creates it once


def test_fault_drop_after_commit_keeps_the_write(client, emulator):
    record = _contact()
    emulator.faults.configure(drop_after_commit=1)
    with pytest.raises(NetworkError):
        client.create("contacts", record)
    with pytest.raises(DuplicateKey):  # the retry learns it was already created
        client.create("contacts", record)
    assert client.retrieve("contacts", record["contactid"])["firstname"] == "Testi"


def test_faults_through_the_admin_endpoint(client, emulator):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert httpx.post(f"{emulator.base_url}/_emulator/faults", json={"nonsense": 1}, headers=auth).status_code == 400
    assert httpx.post(f"{emulator.base_url}/_emulator/faults", json={}).status_code == 401
    settings = httpx.post(f"{emulator.base_url}/_emulator/faults", json={"throttle_burst": 1}, headers=auth).json()
    assert settings["throttle_burst"] == 1
    with pytest.raises(Throttled):
        client.who_am_i()
    httpx.delete(f"{emulator.base_url}/_emulator/faults", headers=auth)
    stats = httpx.get(f"{emulator.base_url}/_emulator/stats", headers=auth).json()
    assert stats["rows"]["contact"] >= 300


def test_concurrent_requests_beyond_the_limit_are_throttled(tmp_path):
    from sync.emulator.faults import FaultSettings, ServiceLimits
    from sync.emulator.server import running_emulator

    with running_emulator(tmp_path, token=TOKEN, limits=ServiceLimits(max_concurrent=2),
                          faults=FaultSettings(latency_ms=300)) as slow:
        statuses: list[int] = []

        def call():
            statuses.append(httpx.get(f"{slow.api_url}/WhoAmI", headers={"Authorization": f"Bearer {TOKEN}"},
                                      timeout=10).status_code)

        threads = [threading.Thread(target=call) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(statuses) == [200, 200, 429, 429]


def test_literals_are_quoted_for_odata():
    assert odata_literal("O'Brien") == "'O''Brien'"
    assert odata_literal(None) == "null"
    assert odata_literal(True) == "true"
    assert odata_literal(uuid.UUID(int=1)) == "00000000-0000-0000-0000-000000000001"
    naive = datetime(2026, 1, 1)
    with pytest.raises(ValueError, match="timezone-aware"):
        odata_literal(naive)
    assert json.loads(json.dumps(odata_literal(1.5))) == "1.5"
