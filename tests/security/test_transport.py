"""The CRM connection protects the bearer token: https with certificate verification to anything but loopback,
links only onto the configured environment, and an emulator that serves loopback only."""

from __future__ import annotations

import ssl
import uuid

import httpx
import pytest

from app.crm_settings import CrmSettings, record_crm_settings
from sync.dataverse import DataverseClient, DataverseConfig, StaticTokenProvider
from sync.dataverse.config import InsecureUrlError
from sync.dataverse.errors import NetworkError, UnexpectedResponse
from sync.emulator.server import EmulatorServer, running_emulator
from sync.engine.connect import crm_client

TOKEN = "security-test-token-0123456789"


@pytest.mark.parametrize("url", ["http://city.crm4.dynamics.com", "http://10.0.0.5", "http://192.168.1.20:8080",
                                 "http://[2001:db8::1]", "ftp://city.crm4.dynamics.com", "city.crm4.dynamics.com",
                                 "https://user:secret@city.crm4.dynamics.com", "http://127.0.0.1.example.com"])
def test_the_client_refuses_urls_that_would_expose_the_token(url):
    with pytest.raises(InsecureUrlError):
        DataverseConfig(url)


@pytest.mark.parametrize("url", ["https://city.crm4.dynamics.com", "http://127.0.0.1:8443", "http://localhost:1",
                                 "http://[::1]:8443"])
def test_https_anywhere_and_plain_http_only_to_loopback(url):
    assert DataverseConfig(url).environment_url == url


def test_a_profile_with_a_plain_http_crm_is_refused(workstation):
    record_crm_settings(workstation.profile, CrmSettings(url="http://crm.city.example", auth="static"))
    with pytest.raises(InsecureUrlError):
        crm_client(workstation)


def test_certificates_are_always_verified(tmp_path):
    plain = DataverseConfig("https://city.crm4.dynamics.com").ssl_context()
    with running_emulator(tmp_path / "crm", token=TOKEN, tls=True) as emulator:
        trusting = DataverseConfig(emulator.base_url, ca_file=emulator.cert_file).ssl_context()
        for context in (plain, trusting):  # one more trusted certificate never turns verification off
            assert (context.verify_mode, context.check_hostname) == (ssl.CERT_REQUIRED, True)
        # The emulator's self-signed certificate is not trusted unless named: the handshake fails, no request goes.
        with DataverseClient(DataverseConfig(emulator.base_url), StaticTokenProvider(TOKEN)) as untrusting, \
                pytest.raises(NetworkError):
            untrusting.who_am_i()
        with DataverseClient(DataverseConfig(emulator.base_url, ca_file=emulator.cert_file),
                             StaticTokenProvider(TOKEN)) as client:
            assert client.who_am_i()["UserId"]


def test_links_to_another_host_are_not_followed_so_the_token_stays_home():
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"value": [{"contactid": str(uuid.uuid4())}],
                                         "@odata.nextLink": "https://attacker.example/api/data/v9.2/contacts?p=2"})

    client = DataverseClient(DataverseConfig("https://city.crm4.dynamics.com"), StaticTokenProvider(TOKEN),
                             transport=httpx.MockTransport(answer))
    with client, pytest.raises(UnexpectedResponse):
        list(client.changes("contacts"))
    assert {r.url.host for r in seen} == {"city.crm4.dynamics.com"}


def test_redirects_are_not_followed():
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "https://attacker.example/steal"})

    client = DataverseClient(DataverseConfig("https://city.crm4.dynamics.com"), StaticTokenProvider(TOKEN),
                             transport=httpx.MockTransport(answer))
    with client, pytest.raises(UnexpectedResponse):  # a 302 is not an answer of the Web API
        client.who_am_i()
    assert {r.url.host for r in seen} == {"city.crm4.dynamics.com"}


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "city.example"])  # noqa: S104
def test_the_crm_emulator_serves_loopback_only(tmp_path, host):
    with pytest.raises(ValueError, match="loopback"):
        EmulatorServer(tmp_path / "crm", token=TOKEN, host=host)


LIMIT = 1024 * 1024


def _capped_client(answer) -> DataverseClient:
    return DataverseClient(DataverseConfig("https://city.crm4.dynamics.com", max_response_bytes=LIMIT),
                           StaticTokenProvider(TOKEN), transport=httpx.MockTransport(answer))


def test_an_answer_declared_too_large_is_not_read():
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": str(LIMIT * 1024)}, content=b"{}")

    with _capped_client(answer) as client, pytest.raises(UnexpectedResponse, match="more than 1 MiB"):
        client.who_am_i()


def test_an_endless_answer_is_cut_at_the_limit_not_read_to_its_end():
    sent = []

    def endless():
        while len(sent) < 10_000:  # 640 MB if read to the end
            sent.append(1)
            yield b"[" * 65536

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=_Stream(endless()))

    with _capped_client(answer) as client, pytest.raises(UnexpectedResponse, match="not read further"):
        list(client.changes("contacts"))
    assert len(sent) <= LIMIT // 65536 + 2


def test_a_compressed_bomb_is_stopped_by_its_decoded_size():
    import gzip

    bomb = gzip.compress(b" " * (LIMIT * 8))  # 8 MiB of spaces in about 8 kB

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=bomb)

    assert len(bomb) < LIMIT // 16
    with _capped_client(answer) as client, pytest.raises(UnexpectedResponse, match="not read further"):
        client.who_am_i()


def test_an_answer_under_the_limit_is_read_whole():
    user = str(uuid.uuid4())

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"UserId": user, "padding": "x" * (LIMIT // 2)})

    with _capped_client(answer) as client:
        assert client.who_am_i()["UserId"] == user


class _Stream(httpx.SyncByteStream):
    def __init__(self, chunks) -> None:
        self._chunks = chunks

    def __iter__(self):
        yield from self._chunks
