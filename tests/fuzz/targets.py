"""Every parser of outside input, as a fuzz target: what it is fed (a hypothesis strategy) and what it may do
with garbage (return, or raise one of its documented error types — anything else is a crash).

The suite (tests/fuzz/test_parsers.py) runs each target with a few derandomised examples; `bench/fuzz_long.py`
runs them with many random ones and counts. A target's `setup` (when it has one) makes what the parser needs
(a workstation, a loopback endpoint) once per run, not once per example.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from hypothesis import strategies as st

from app.consent_purposes import ConsentPurposesError, packaged_purposes_path, parse_consent_purposes
from app.need_taxonomy import NeedTaxonomyError, packaged_taxonomy_path, parse_need_taxonomy
from app.ptv.code_lists import read_code_list_entry
from app.ptv.documents import NotPtvData, parse_json, read_document
from app.ptv.records import BrokenRecord, read_channel, read_general_description, read_service
from app.search.query import classify
from app.search.service_query import parse_service_query
from sync.dataverse import DataverseClient, DataverseConfig, StaticTokenProvider
from sync.dataverse.client import BatchOperation, ChangePage
from sync.dataverse.errors import DataverseError
from sync.dataverse.multipart import (
    ChangeSet,
    Headers,
    HttpResponseMessage,
    MultipartError,
    read_batch_request,
    read_batch_response,
    write_batch,
)
from sync.engine.client_sync import ClientSync
from sync.engine.consent_sync import ConsentSync


@dataclass(frozen=True)
class FuzzTarget:
    name: str
    strategy: st.SearchStrategy
    check: Callable[..., None]  # check(value) or check(resource, value)
    setup: Callable[[], contextlib.AbstractContextManager] | None = None
    weight: float | None = None  # share of a long run's cases; default 1, or 0.2 with a setup (slower per case)

    @property
    def share(self) -> float:
        return self.weight if self.weight is not None else (0.2 if self.setup is not None else 1.0)


# --- inputs ----------------------------------------------------------------------------------------------------------

_scalars = st.none() | st.booleans() | st.integers(-2**63, 2**63) | st.floats(allow_nan=True) | st.text(max_size=40)
json_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=6)
                           | st.dictionaries(st.text(max_size=12), inner, max_size=6), max_leaves=30)


def _near(keys: list[str], values: st.SearchStrategy = json_values) -> st.SearchStrategy:
    """Objects with some of the keys a parser looks for (so it gets past its first check), odd values, and
    unknown keys besides."""
    return st.builds(lambda known, extra: {**extra, **known},
                     st.dictionaries(st.sampled_from(keys), values, max_size=len(keys)),
                     st.dictionaries(st.text(max_size=10), json_values, max_size=3))


_ids = st.uuids().map(str) | st.text(max_size=40)
_service_keys = ["id", "type", "serviceNames", "serviceDescriptions", "serviceClasses", "lifeEvents",
                 "ontologyTerms", "targetGroups", "areas", "areaType", "serviceChannels", "organizations",
                 "publishingStatus", "languages", "requirements", "fundingType", "serviceChargeType",
                 "generalDescriptionId", "modified"]
_channel_keys = ["id", "serviceChannelType", "serviceChannelNames", "serviceChannelDescriptions", "addresses",
                 "phoneNumbers", "emails", "webPages", "serviceHours", "areas", "languages", "publishingStatus",
                 "organizationId", "modified"]
_ptv_record = _near(_service_keys) | _near(_channel_keys) | _near(["id", "names", "generalDescriptionType",
                                                                   "descriptions", "serviceClasses"]) \
    | _near(["Notation", "ConceptType", "Label", "Notes", "BroaderUris", "municipalityCode", "names"])
_ptv_document = st.lists(_ptv_record, max_size=4) | _ptv_record \
    | st.builds(lambda items, n, c: {"itemList": items, "pageNumber": n, "pageCount": c},
                st.lists(_ptv_record, max_size=3) | json_values, json_values, json_values) | json_values
_ptv_bytes = st.binary(max_size=300) | _ptv_document.map(lambda d: json.dumps(d).encode()) \
    | st.integers(1, 20_000).map(lambda depth: b"[" * depth + b"]" * depth) \
    | st.text(max_size=200).map(lambda t: ("// " + t + "\n[]").encode())

_contact_keys = ["contactid", "firstname", "lastname", "nickname", "birthdate", "mobilephone", "telephone1",
                 "emailaddress1", "address1_line1", "address1_postalcode", "address1_city", "nv_identitycodehash",
                 "nv_preferredlanguage", "nv_interpreterneeded", "nv_safetymarking", "modifiedon", "@odata.etag"]
_consent_keys = ["nv_consentid", "_nv_contact_value", "nv_purpose", "nv_decision", "nv_validfrom", "nv_validuntil",
                 "nv_channel", "nv_evidence", "nv_textversion", "nv_recordedby", "nv_recordedon", "nv_sequence",
                 "nv_language", "nv_guardian", "modifiedon", "@odata.etag"]
_crm_value = json_values | _ids | st.dates().map(str) | st.datetimes().map(lambda d: d.isoformat() + "Z") \
    | st.integers(100_000_000, 100_000_010)
_contact_rows = _near(_contact_keys, _crm_value)
_consent_rows = _near(_consent_keys, _crm_value)


def _batch_response_bytes() -> st.SearchStrategy:
    """A well-formed $batch answer, then cut and spliced: a truncated, reordered or altered multipart body."""
    message = st.builds(lambda status, cid, body: HttpResponseMessage(
        status, "", Headers([("Content-Type", "application/json")] + ([("Content-ID", cid)] if cid else [])),
        body, cid), st.integers(100, 599), st.none() | st.text("0123456789", min_size=1, max_size=3),
        st.binary(max_size=60) | json_values.map(lambda v: json.dumps(v).encode()))
    entry = message | st.lists(message, min_size=1, max_size=3).map(ChangeSet)
    whole = st.lists(entry, max_size=4).map(lambda entries: write_batch(entries, "batchresponse_x"))

    def damage(body: bytes, cut: int, splice: bytes, position: int) -> bytes:
        cut = cut % (len(body) + 1)
        position = position % (len(body) + 1)
        return (body[:cut] + body[cut + 7:])[:position] + splice + body[position:]

    return whole | st.builds(damage, whole, st.integers(0, 10_000), st.binary(max_size=20)
                             | st.sampled_from([b"\r\n", b"--", b"--batchresponse_x", b"\r\n\r\n", b"HTTP/1.1 ",
                                                b"Content-Type: multipart/mixed; boundary=changeset_y\r\n"]),
                             st.integers(0, 10_000)) | st.binary(max_size=400)


_content_types = st.sampled_from(["multipart/mixed; boundary=batchresponse_x", "multipart/mixed",
                                  "multipart/mixed; boundary=\"batchresponse_x\"", "application/json", ""]) \
    | st.text(max_size=60)


# --- checks ----------------------------------------------------------------------------------------------------------

def check_ptv_file(data: bytes) -> None:
    try:
        payload = parse_json("fuzz.json", data)
        document = read_document("fuzz.json", payload)
    except NotPtvData:
        return
    for record in document.records:
        _read_ptv_record(record)


def _read_ptv_record(record: Any) -> None:
    # The import's per-record contract (app/usecases/import_services.py): a broken record is skipped with these.
    for reader in (read_service, read_channel, read_general_description, read_code_list_entry):
        with contextlib.suppress(BrokenRecord, ValueError, TypeError, KeyError, AttributeError):
            reader(record)


def check_ptv_record(record: Any) -> None:
    check_ptv_file(json.dumps([record]).encode())
    _read_ptv_record(record)


def check_batch_response(body: bytes, content_type: str) -> None:
    with contextlib.suppress(MultipartError):
        read_batch_response(body, content_type)
    with contextlib.suppress(MultipartError):
        read_batch_request(body, content_type)


def check_contact_row(row: dict[str, Any]) -> None:
    sync = ClientSync()
    # The pull's contract: a row it cannot read is skipped with one of these, never half-applied.
    with contextlib.suppress(KeyError, TypeError, ValueError):
        sync.mapper.client_from_row(row)
    with contextlib.suppress(KeyError, TypeError, ValueError):
        sync.mapper.values(row)
        sync.mapper.server_fields(row)


@contextlib.contextmanager
def workstation_with_clients() -> Iterator[Any]:
    """A plain (keyring-free) demo workstation with a few clients, for the parsers that run against a store."""
    import keyring
    from keyring.backends import fail

    from app.domain.client import Client, Phone
    from app.workstation import open_workstation
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    with tempfile.TemporaryDirectory(prefix="neuvo-fuzz-") as scratch:
        workstation = open_workstation(Path(scratch) / "demo", demo=True)
        try:
            with workstation.unit_of_work() as uow:
                for i in range(5):
                    uow.clients.add(Client(first_names="Aino", last_name=f"Virtanen{i}",
                                           phones=[Phone(f"+35840123456{i}")], email=f"a{i}@example.fi"))
                uow.commit()
            yield workstation
        finally:
            workstation.close()
            keyring.set_keyring(previous)


def check_pulled_page(workstation: Any, pages: tuple[list, list]) -> None:
    """A page of change-tracking rows applied in a real store: skipped or applied, never an exception."""
    contact_rows, consent_rows = pages
    with workstation.unit_of_work() as uow:
        ClientSync().apply_page(uow, ChangePage(contact_rows, [], None))
        ConsentSync().apply_page(uow, ChangePage(consent_rows, [], None))
        # Not committed: each example starts from the same store.


def check_client_lookup(workstation: Any, text: str) -> None:
    from app.usecases.lookup_clients import lookup_clients
    classify(text)
    lookup_clients(workstation, text)


def check_service_query(text: str, language: str) -> None:
    parse_service_query(text, language)


_SERVICE_SEARCH_LANGUAGES = st.sampled_from(["fi", "sv", "en"])


def check_service_search(workstation: Any, query: tuple[str, str]) -> None:
    from app.usecases.search_services import search_services
    search_services(workstation, query[0], language=query[1])  # "never raises for any query text"


class _AnswerFromFuzz(httpx.BaseTransport):
    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.answer = (status, headers, body)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        status, headers, body = self.answer
        return httpx.Response(status, headers=headers, content=body, request=request)


@contextlib.contextmanager
def crm_client_answering_fuzz() -> Iterator[tuple[DataverseClient, _AnswerFromFuzz]]:
    transport = _AnswerFromFuzz(200, {}, b"")
    with DataverseClient(DataverseConfig("https://city.crm4.dynamics.com"), StaticTokenProvider("t"),
                         transport=transport) as client:
        yield client, transport


def check_crm_answer(resource: tuple[DataverseClient, _AnswerFromFuzz], answer: tuple[int, dict[str, str], bytes]) \
        -> None:
    """A compromised or broken CRM (or a proxy before it) answers anything: the client raises its typed errors."""
    client, transport = resource
    transport.answer = answer
    for call in (lambda: list(client.changes("contacts", select=("contactid",))),
                 lambda: client.retrieve("contacts", uuid.UUID(int=1)),
                 lambda: client.batch([[BatchOperation("POST", "contacts", {"contactid": "x"})]],
                                      continue_on_error=True),
                 lambda: client.create("contacts", {"lastname": "x"}),
                 lambda: list(client.rows("contacts"))):
        with contextlib.suppress(DataverseError):
            call()


_json_bodies = json_values.map(lambda v: json.dumps(v).encode())
_crm_answers = st.tuples(
    st.sampled_from([200, 201, 204, 304, 400, 401, 403, 404, 412, 413, 429, 500, 502, 503]) | st.integers(100, 599),
    st.fixed_dictionaries({}, optional={
        "Content-Type": st.sampled_from(["application/json", "multipart/mixed; boundary=batchresponse_x",
                                         "text/html", "multipart/mixed"]) | st.text(max_size=30),
        "Retry-After": st.text(max_size=12), "OData-EntityId": st.text(max_size=80),
        "ETag": st.text(max_size=20)}).map(lambda h: {k: v.encode("ascii", "ignore").decode() for k, v in h.items()}),
    _json_bodies | _batch_response_bytes() | st.binary(max_size=200)
    | _near(["value", "@odata.nextLink", "@odata.deltaLink", "error", "@odata.etag", "UserId"]).map(
        lambda v: json.dumps(v).encode())
    | st.integers(1, 5000).map(lambda depth: b"[" * depth + b"]" * depth))


@contextlib.contextmanager
def ring_endpoint() -> Iterator[Any]:
    from neuvo.telephony.ring_endpoint import RateLimit, RingEndpoint
    endpoint = RingEndpoint("fuzz-token-0123456789", lambda ring: 0, port=0,
                            rate_limit=RateLimit(capacity=10**9, per_second=10**9), request_timeout=1.0)
    endpoint.start()
    try:
        yield endpoint
    finally:
        endpoint.stop()


def check_ring_body(body: bytes) -> None:
    from neuvo.telephony.ring_endpoint import Ring, _read_ring
    answer = _read_ring(body)
    assert isinstance(answer, Ring) or int(answer[0]) == 400, answer


_http_request = st.builds(
    lambda method, path, headers, body: (method + b" " + path + b" HTTP/1.1\r\n" + b"".join(
        name + b": " + value + b"\r\n" for name, value in headers) + b"\r\n" + body),
    st.sampled_from([b"POST", b"GET", b"PUT", b"BREW", b""]) | st.binary(max_size=8),
    st.sampled_from([b"/cti/ring", b"/", b"/cti/ring?x=1", b"*"]) | st.binary(max_size=20),
    st.lists(st.tuples(st.sampled_from([b"Content-Type", b"Content-Length", b"Authorization", b"Host", b"Origin",
                                        b"Transfer-Encoding"]) | st.binary(max_size=10),
                       st.sampled_from([b"application/json", b"Bearer fuzz-token-0123456789", b"127.0.0.1", b"12",
                                        b"-1", b"chunked"]) | st.binary(max_size=20)), max_size=6),
    st.binary(max_size=64) | json_values.map(lambda v: json.dumps(v).encode())) | st.binary(max_size=200)


def check_ring_request(endpoint: Any, raw: bytes) -> None:
    """Raw bytes to the loopback endpoint: it answers one HTTP status line (or closes), and keeps serving."""
    with socket.create_connection(("127.0.0.1", endpoint.port), timeout=10) as connection:
        with contextlib.suppress(OSError):
            connection.sendall(raw)
            connection.shutdown(socket.SHUT_WR)
        answer = b""
        with contextlib.suppress(OSError):
            while chunk := connection.recv(4096):
                answer += chunk
    # A request line without a version is HTTP/0.9 to the stdlib parser, which answers it with the bare body.
    assert answer == b"" or answer.startswith(b"HTTP/1.") or answer.startswith(b'{"accepted": false'), answer[:80]
    probe = http.client.HTTPConnection("127.0.0.1", endpoint.port, timeout=10)
    probe.request("GET", "/cti/ring")
    assert probe.getresponse().status == 405  # still answering
    probe.close()


def _resource_text(path: Path) -> st.SearchStrategy:
    """The packaged file with a line dropped, duplicated or altered, or random TOML-ish text."""
    lines = path.read_text(encoding="utf-8").splitlines()

    def mutate(index: int, how: int, text: str) -> str:
        copy = list(lines)
        i = index % len(copy)
        if how == 0:
            del copy[i]
        elif how == 1:
            copy.insert(i, copy[i])
        elif how == 2:
            copy[i] = text
        else:
            copy[i] = copy[i][: len(copy[i]) // 2] + text
        return "\n".join(copy)

    return st.builds(mutate, st.integers(0, 10_000), st.integers(0, 3), st.text(max_size=30)) \
        | st.text(max_size=300) | st.integers(1, 5000).map(lambda n: "a = " + "[" * n + "]" * n)


def check_taxonomy(source: str) -> None:
    with contextlib.suppress(NeedTaxonomyError):
        parse_need_taxonomy(source)


def check_consent_purposes(source: str) -> None:
    with contextlib.suppress(ConsentPurposesError):
        parse_consent_purposes(source)


TARGETS: list[FuzzTarget] = [
    FuzzTarget("PTV import file (bytes → JSON → document → records)", _ptv_bytes, check_ptv_file),
    FuzzTarget("PTV record (service, channel, description, code list)", _ptv_record, check_ptv_record),
    FuzzTarget("$batch multipart reader", st.tuples(_batch_response_bytes(), _content_types),
               lambda value: check_batch_response(*value)),
    FuzzTarget("CRM contact row → client", _contact_rows, check_contact_row),
    FuzzTarget("CRM change page applied to a store", st.tuples(st.lists(_contact_rows, max_size=4),
                                                               st.lists(_consent_rows, max_size=4)),
               check_pulled_page, workstation_with_clients),
    FuzzTarget("CRM HTTP answer (status, headers, body) → client", _crm_answers, check_crm_answer,
               crm_client_answering_fuzz, weight=0.3),
    FuzzTarget("CTI ring body", st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode())
               | _near(["number", "call_id", "line"]).map(lambda v: json.dumps(v).encode()), check_ring_body),
    FuzzTarget("CTI endpoint raw HTTP request", _http_request, check_ring_request, ring_endpoint),
    FuzzTarget("client lookup query", st.text(max_size=120) | st.from_regex(r"[0-9 +()\-.@a-zA-ZäöåÄÖÅ]{0,30}"),
               check_client_lookup, workstation_with_clients),
    FuzzTarget("service search query (parse)", st.tuples(st.text(max_size=120), _SERVICE_SEARCH_LANGUAGES),
               lambda value: check_service_query(*value)),
    FuzzTarget("service search query (against a store)", st.tuples(st.text(max_size=80), _SERVICE_SEARCH_LANGUAGES),
               check_service_search, workstation_with_clients),
    FuzzTarget("need taxonomy TOML", _resource_text(packaged_taxonomy_path()), check_taxonomy),
    FuzzTarget("consent purposes TOML", _resource_text(packaged_purposes_path()), check_consent_purposes),
]
