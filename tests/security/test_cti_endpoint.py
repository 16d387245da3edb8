"""The CTI endpoint (`POST /cti/ring`) listens on 127.0.0.1 only and rings only with the profile's token."""

from __future__ import annotations

import http.client
import json
import socket

import pytest

from neuvo.telephony.ring_endpoint import RING_PATH, RingEndpoint, is_loopback_peer
from neuvo.telephony.token import telephony_token

GOOD = {"number": "040 123 4567"}


@pytest.fixture
def endpoint(workstation):
    rings = []
    endpoint = RingEndpoint(telephony_token(workstation.secret_store), lambda ring: rings.append(ring) or 0, port=0)
    endpoint.start()
    endpoint.rings = rings
    endpoint.token = telephony_token(workstation.secret_store)
    yield endpoint
    endpoint.stop()


def _post(endpoint, headers: dict[str, str]) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", endpoint.port, timeout=10)
    connection.request("POST", RING_PATH, body=json.dumps(GOOD), headers={"Content-Type": "application/json",
                                                                           **headers})
    status = connection.getresponse().status
    connection.close()
    return status


def _own_network_address() -> str | None:
    """This machine's address on its network (no packet is sent), or None when it has none."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: routing only
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if is_loopback_peer(address) or address == "0.0.0.0" else address  # noqa: S104


def test_it_binds_loopback_only(endpoint):
    assert endpoint._server.server_address[0] == "127.0.0.1"
    address = _own_network_address()
    if address is not None:  # from the network side the port is closed
        with pytest.raises(OSError):  # noqa: PT011 (refused, unreachable or timed out: all mean closed)
            socket.create_connection((address, endpoint.port), timeout=2).close()


def test_it_rings_only_with_the_profile_s_token(endpoint):
    assert _post(endpoint, {}) == 401
    assert _post(endpoint, {"Authorization": "Bearer not-the-token"}) == 401
    assert _post(endpoint, {"Authorization": f"Basic {endpoint.token}"}) == 401
    assert endpoint.rings == []
    assert _post(endpoint, {"Authorization": f"Bearer {endpoint.token}"}) == 202
    assert len(endpoint.rings) == 1


def test_web_pages_and_rebinding_hosts_cannot_ring_even_with_the_token(endpoint):
    token = {"Authorization": f"Bearer {endpoint.token}"}
    assert _post(endpoint, {**token, "Origin": "https://evil.example"}) == 403
    assert _post(endpoint, {**token, "Sec-Fetch-Site": "cross-site"}) == 403
    assert _post(endpoint, {**token, "Host": "evil.example"}) == 403
    assert endpoint.rings == []


def test_the_token_is_long_random_and_kept_in_the_secret_store(workstation, memory_keyring):
    token = telephony_token(workstation.secret_store)
    assert len(token) >= 40
    assert token in memory_keyring.passwords.values()
    assert telephony_token(workstation.secret_store) == token
