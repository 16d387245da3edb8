"""`POST /cti/ring` over a real loopback socket: the contract in docs/telephony.md, status code by status code."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from neuvo.telephony.ring_endpoint import MAX_BODY_BYTES, RING_PATH, RateLimit, Ring, RingEndpoint, is_loopback_peer

TOKEN = "test-token-0123456789abcdef"
GOOD = {"number": "040 123 4567", "call_id": "c-1", "line": "helpdesk"}


class Recorder:
    def __init__(self, matches: int | None = 2) -> None:
        self.rings: list[Ring] = []
        self.matches = matches
        self._lock = threading.Lock()

    def __call__(self, ring: Ring) -> int | None:
        with self._lock:
            self.rings.append(ring)
        return self.matches


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def endpoint(recorder: Recorder) -> Iterator[RingEndpoint]:
    ring_endpoint = RingEndpoint(TOKEN, recorder, port=0)
    ring_endpoint.start()
    yield ring_endpoint
    ring_endpoint.stop()


def post(endpoint: RingEndpoint, body: bytes | dict | None = None, *, token: str | None = TOKEN,
         path: str = RING_PATH, method: str = "POST", headers: dict[str, str] | None = None,
         ) -> tuple[int, dict, http.client.HTTPResponse]:
    connection = http.client.HTTPConnection("127.0.0.1", endpoint.port, timeout=10)
    all_headers = {"Content-Type": "application/json"}
    if token is not None:
        all_headers["Authorization"] = f"Bearer {token}"
    all_headers |= headers or {}
    payload = json.dumps(body).encode() if isinstance(body, dict) else body
    try:
        connection.request(method, path, body=payload, headers=all_headers)
        response = connection.getresponse()
        raw = response.read()
    finally:
        connection.close()
    return response.status, (json.loads(raw) if raw else {}), response


def test_a_good_ring_is_accepted_with_the_match_count(endpoint: RingEndpoint, recorder: Recorder) -> None:
    status, body, response = post(endpoint, GOOD)
    assert status == 202
    assert body == {"accepted": True, "matches": 2}
    assert response.getheader("Content-Type") == "application/json"
    assert recorder.rings == [Ring("+358401234567", "c-1", "helpdesk")]


def test_a_ring_whose_lookup_failed_is_still_accepted(recorder: Recorder) -> None:
    recorder.matches = None
    ring_endpoint = RingEndpoint(TOKEN, recorder, port=0)
    ring_endpoint.start()
    try:
        status, body, _ = post(ring_endpoint, {"number": "+358401234567"})
    finally:
        ring_endpoint.stop()
    assert (status, body) == (202, {"accepted": True, "matches": None})


@pytest.mark.parametrize("token", [None, "wrong", "", TOKEN + "x"])
def test_a_missing_or_wrong_token_is_401(endpoint: RingEndpoint, recorder: Recorder, token: str | None) -> None:
    status, body, response = post(endpoint, GOOD, token=token)
    assert status == 401
    assert body["error"] == "unauthorized"
    assert "neuvo telephony-token" in body["reason"]
    assert response.getheader("WWW-Authenticate", "").startswith("Bearer")
    assert recorder.rings == []


def test_a_basic_auth_header_is_not_a_bearer_token(endpoint: RingEndpoint) -> None:
    status, _, _ = post(endpoint, GOOD, token=None, headers={"Authorization": f"Basic {TOKEN}"})
    assert status == 401


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe", b"[1, 2]", b'"+358401234567"', b""])
def test_malformed_json_is_400_with_a_reason(endpoint: RingEndpoint, recorder: Recorder, body: bytes) -> None:
    status, answer, _ = post(endpoint, body)
    assert status == 400
    assert answer["accepted"] is False
    assert answer["error"] == "bad_json"
    assert "number" in answer["reason"]
    assert recorder.rings == []


@pytest.mark.parametrize("body", [{}, {"number": None}, {"number": 358401234567}, {"number": "  "}])
def test_a_missing_number_is_400(endpoint: RingEndpoint, body: dict) -> None:
    status, answer, _ = post(endpoint, body)
    assert (status, answer["error"]) == (400, "missing_number")


def test_an_invalid_number_is_400_with_the_parsers_reason(endpoint: RingEndpoint, recorder: Recorder) -> None:
    status, answer, _ = post(endpoint, {"number": "12"})
    assert status == 400
    assert answer["error"] == "bad_number"
    assert answer["reason"].startswith("The phone number is too short (2 digits).")
    status, answer, _ = post(endpoint, {"number": "call me maybe"})
    assert (status, answer["error"]) == (400, "bad_number")
    assert "Not a phone number" in answer["reason"]
    assert recorder.rings == []


@pytest.mark.parametrize("field", ["call_id", "line"])
def test_bad_optional_labels_are_400(endpoint: RingEndpoint, field: str) -> None:
    for value in ({"nested": 1}, True, "x" * 500):
        status, answer, _ = post(endpoint, {"number": "+358401234567", field: value})
        assert (status, answer["error"]) == (400, f"bad_{field}")


def test_a_body_over_the_limit_is_413_and_not_read(endpoint: RingEndpoint, recorder: Recorder) -> None:
    big = json.dumps({"number": "+358401234567", "pad": "x" * (2 * MAX_BODY_BYTES)}).encode()
    status, answer, _ = post(endpoint, big)
    assert (status, answer["error"]) == (413, "too_large")
    assert recorder.rings == []


def test_a_body_without_length_is_411(endpoint: RingEndpoint) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", endpoint.port, timeout=10)
    try:
        connection.request("POST", RING_PATH, body=iter([b'{"number": "+358401234567"}']),
                           headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
                           encode_chunked=True)
        response = connection.getresponse()
        assert response.status == 411
        response.read()
    finally:
        connection.close()


def test_a_body_that_is_not_json_typed_is_415(endpoint: RingEndpoint) -> None:
    # A browser form or a text/plain "simple request" would come this way.
    status, answer, _ = post(endpoint, b"number=0401234567",
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert (status, answer["error"]) == (415, "not_json")


@pytest.mark.parametrize("header", [("Origin", "https://example.org"), ("Origin", "null"),
                                    ("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Mode", "cors")])
def test_a_request_from_a_browser_is_403(endpoint: RingEndpoint, recorder: Recorder, header: tuple[str, str]) -> None:
    status, answer, _ = post(endpoint, GOOD, headers=dict([header]))
    assert (status, answer["error"]) == (403, "browser_request")
    assert recorder.rings == []


def test_a_host_that_is_not_loopback_is_403(endpoint: RingEndpoint, recorder: Recorder) -> None:
    # A DNS-rebound name: it resolved to 127.0.0.1, but the Host header still carries it.
    status, answer, _ = post(endpoint, GOOD, headers={"Host": f"attacker.example:{endpoint.port}"})
    assert (status, answer["error"]) == (403, "bad_host")
    for host in (f"localhost:{endpoint.port}", f"127.0.0.1:{endpoint.port}", "localhost"):
        status, _, _ = post(endpoint, GOOD, headers={"Host": host})
        assert status == 202
    assert len(recorder.rings) == 3


def test_a_request_from_a_peer_that_is_not_loopback_is_403(endpoint: RingEndpoint, recorder: Recorder) -> None:
    # The socket is bound to 127.0.0.1, so no other peer can reach it; the handler checks anyway.
    endpoint._server.peer_allowed = lambda host: False
    status, answer, _ = post(endpoint, GOOD)
    assert (status, answer["error"]) == (403, "not_loopback")
    assert recorder.rings == []


@pytest.mark.parametrize(("host", "allowed"), [("127.0.0.1", True), ("127.8.9.10", True), ("::1", True),
                                               ("::ffff:127.0.0.1", True), ("192.168.1.20", False),
                                               ("10.0.0.1", False), ("::ffff:192.168.1.20", False),
                                               ("fe80::1%eth0", False), ("0.0.0.0", False),  # noqa: S104
                                               ("localhost", False),
                                               ("", False)])
def test_the_peer_check(host: str, allowed: bool) -> None:
    assert is_loopback_peer(host) is allowed


def test_the_endpoint_listens_on_loopback_only(endpoint: RingEndpoint) -> None:
    assert endpoint._server.server_address[0] == "127.0.0.1"
    assert endpoint.url == f"http://127.0.0.1:{endpoint.port}/cti/ring"


@pytest.mark.parametrize("path", ["/", "/cti", "/cti/ring/x", "/cti/hangup", "/CTI/RING"])
def test_other_paths_are_404(endpoint: RingEndpoint, path: str) -> None:
    status, answer, _ = post(endpoint, GOOD, path=path)
    assert (status, answer["error"]) == (404, "not_found")


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH", "OPTIONS", "BREW"])
def test_other_methods_are_405(endpoint: RingEndpoint, recorder: Recorder, method: str) -> None:
    status, answer, response = post(endpoint, GOOD, method=method)
    assert status == 405
    assert answer["error"] == "method_not_allowed"
    assert response.getheader("Allow") == "POST"
    assert recorder.rings == []


def test_a_flood_is_rate_limited_with_retry_after(recorder: Recorder) -> None:
    clock = [1000.0]
    ring_endpoint = RingEndpoint(TOKEN, recorder, port=0, rate_limit=RateLimit(5, 0.5, clock=lambda: clock[0]))
    ring_endpoint.start()
    try:
        answers = [post(ring_endpoint, GOOD) for _ in range(30)]
        statuses = [status for status, _, _ in answers]
        assert statuses == [202] * 5 + [429] * 25
        assert len(recorder.rings) == 5  # the window saw only what was let through
        _, body, response = answers[-1]
        assert body["error"] == "rate_limited"
        assert response.getheader("Retry-After") == "2"  # one token at 0.5 per second
        clock[0] += 2
        assert post(ring_endpoint, GOOD)[0] == 202
    finally:
        ring_endpoint.stop()


def test_the_rate_limit_refills() -> None:
    clock = [0.0]
    limit = RateLimit(2, 1.0, clock=lambda: clock[0])
    assert [limit.take(), limit.take(), limit.take()] == [0, 0, 1]
    clock[0] += 1.0
    assert limit.take() == 0


def test_a_slow_client_is_dropped_at_the_deadline(recorder: Recorder) -> None:
    ring_endpoint = RingEndpoint(TOKEN, recorder, port=0, request_timeout=0.3)
    ring_endpoint.start()
    try:
        with socket.create_connection(("127.0.0.1", ring_endpoint.port), timeout=10) as slow:
            slow.sendall(b"POST /cti/ring HTTP/1.0\r\nContent-Type: appl")  # and then nothing more
            assert slow.recv(1024) == b""  # the server hung up, rather than waiting for ever
        assert post(ring_endpoint, GOOD)[0] == 202  # and it serves others
    finally:
        ring_endpoint.stop()


def test_connections_beyond_the_workers_and_queue_get_503(recorder: Recorder) -> None:
    ring_endpoint = RingEndpoint(TOKEN, recorder, port=0, workers=1, waiting=1, request_timeout=30)
    ring_endpoint.start()
    idle: list[socket.socket] = []
    try:
        # Idle connections occupy the one worker and the one waiting place; more are refused, not queued.
        waiting = ring_endpoint._server._queue
        idle.append(socket.create_connection(("127.0.0.1", ring_endpoint.port), timeout=10))
        wait_until(lambda: ring_endpoint._server.busy_workers == 1)
        idle.append(socket.create_connection(("127.0.0.1", ring_endpoint.port), timeout=10))
        wait_until(waiting.full)
        status, body, response = post(ring_endpoint, GOOD)
        assert (status, body["error"]) == (503, "busy")
        assert response.getheader("Retry-After") == "1"
        assert recorder.rings == []
    finally:
        for connection in idle:
            connection.close()
        ring_endpoint.stop()


def wait_until(condition, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)


def test_a_port_in_use_raises_oserror(endpoint: RingEndpoint, recorder: Recorder) -> None:
    second = RingEndpoint(TOKEN, recorder, port=endpoint.port)
    with pytest.raises(OSError):  # noqa: PT011 (errno differs by platform; the window reports it)
        second.start()


def test_stop_ends_every_thread(recorder: Recorder) -> None:
    before = set(threading.enumerate())
    ring_endpoint = RingEndpoint(TOKEN, recorder, port=0)
    ring_endpoint.start()
    assert post(ring_endpoint, GOOD)[0] == 202
    ring_endpoint.stop()
    assert {t for t in threading.enumerate() if t.name.startswith("ring-endpoint")} - before == set()
