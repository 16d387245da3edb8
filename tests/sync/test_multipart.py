"""The $batch multipart writer and reader: round trips (property-based) and malformed bodies."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.dataverse.multipart import (
    ChangeSet,
    Headers,
    HttpRequestMessage,
    HttpResponseMessage,
    MultipartError,
    boundary_from_content_type,
    read_batch_request,
    read_batch_response,
    write_batch,
)

BOUNDARY = "batch_6d1c0d62-3f1a-4a55-9b0c-2f0f3a7c9e11"
_names = st.from_regex(r"[A-Za-z][A-Za-z0-9-]{0,15}", fullmatch=True).filter(
    lambda n: n.lower() not in ("content-type", "content-id", "content-transfer-encoding"))
_values = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=30).map(str.strip)
_headers = st.lists(st.tuples(_names, _values), max_size=4).map(lambda items: Headers(list(items)))
_bodies = st.binary(max_size=300).filter(lambda b: b"--batch_" not in b and b"--changeset" not in b)
_content_ids = st.one_of(st.none(), st.integers(1, 999).map(str))
_targets = st.from_regex(r"(https://org\.example/api/data/v9\.2/)?[a-z]{1,12}(\([0-9a-f-]{36}\))?(\?\$top=[0-9])?",
                         fullmatch=True)
_requests = st.builds(HttpRequestMessage, st.sampled_from(["GET", "POST", "PATCH", "DELETE"]), _targets,
                      _headers, _bodies, _content_ids)
_responses = st.builds(HttpResponseMessage, st.sampled_from([200, 201, 204, 400, 404, 412, 429, 500]),
                       st.sampled_from(["OK", "Created", "No Content", "Bad Request", ""]), _headers, _bodies,
                       _content_ids)


def _normalised(entries):
    return [ChangeSet(list(e.messages)) if isinstance(e, ChangeSet) else e for e in entries]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_requests, st.lists(_requests, min_size=1, max_size=4).map(ChangeSet)), max_size=6))
def test_requests_round_trip(entries):
    body = write_batch(entries, BOUNDARY)
    assert read_batch_request(body, f"multipart/mixed; boundary={BOUNDARY}") == _normalised(entries)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_responses, st.lists(_responses, min_size=1, max_size=4).map(ChangeSet)), max_size=6))
def test_responses_round_trip(entries):
    body = write_batch(entries, BOUNDARY)
    assert read_batch_response(body, f'multipart/mixed; boundary="{BOUNDARY}"') == _normalised(entries)


def test_reads_microsofts_sdk_layout_with_delete_without_blank_line():
    body = (f"--{BOUNDARY}\r\nContent-Type: multipart/mixed; boundary=\"changeset_x\"\r\n\r\n"
            "--changeset_x\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n"
            "Content-ID: 1\r\n\r\nDELETE https://org.example/api/data/v9.2/contacts(00000000-0000-0000-0000-"
            "000000000001) HTTP/1.1\r\nIf-Match: *\r\n\r\n--changeset_x--\r\n\r\n"
            f"--{BOUNDARY}--\r\n").encode()
    [change_set] = read_batch_request(body, f"multipart/mixed; boundary={BOUNDARY}")
    [delete] = change_set.messages
    assert (delete.method, delete.headers.get("if-match"), delete.content_id, delete.body) == ("DELETE", "*", "1", b"")


@pytest.mark.parametrize(("body", "content_type"), [
    (b"no boundary here", f"multipart/mixed; boundary={BOUNDARY}"),
    (f"--{BOUNDARY}\r\nContent-Type: application/http\r\n\r\nGET x HTTP/1.1\r\n".encode(),
     f"multipart/mixed; boundary={BOUNDARY}"),  # never closed
    (f"--{BOUNDARY}\r\nContent-Type: text/plain\r\n\r\nhello\r\n--{BOUNDARY}--".encode(),
     f"multipart/mixed; boundary={BOUNDARY}"),
    (f"--{BOUNDARY}\r\nContent-Type: application/http\r\n\r\nNOT A REQUEST LINE\r\n--{BOUNDARY}--".encode(),
     f"multipart/mixed; boundary={BOUNDARY}"),
    (b"--x\r\n\r\n--x--", "application/json"),
    (b"--x\r\n\r\n--x--", "multipart/mixed"),
])
def test_malformed_bodies_are_refused(body, content_type):
    with pytest.raises(MultipartError):
        read_batch_request(body, content_type)


def test_boundary_parameter_forms():
    assert boundary_from_content_type('multipart/mixed; boundary="a b"') == "a b"
    assert boundary_from_content_type("multipart/mixed;boundary=batch_1; charset=x") == "batch_1"


def test_writer_refuses_a_body_that_contains_the_boundary():
    with pytest.raises(MultipartError):
        write_batch([HttpRequestMessage("POST", "contacts", Headers(), f"--{BOUNDARY}".encode())], BOUNDARY)
