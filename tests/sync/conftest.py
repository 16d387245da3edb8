"""Fixtures for the CRM client and emulator tests: one emulator per module (started in a thread on a free
loopback port), faults reset before each test."""

from __future__ import annotations

import pytest

from sync.dataverse import DataverseClient, DataverseConfig, StaticTokenProvider
from sync.emulator.faults import ServiceLimits
from sync.emulator.server import EmulatorServer

TOKEN = "test-token-0123456789"


@pytest.fixture(scope="module")
def emulator(tmp_path_factory):
    server = EmulatorServer(tmp_path_factory.mktemp("crm"), token=TOKEN, seed_demo=300,
                            limits=ServiceLimits(requests_per_window=100_000), max_body_bytes=256 * 1024)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def tls_emulator(tmp_path_factory):
    server = EmulatorServer(tmp_path_factory.mktemp("crm-tls"), token=TOKEN, tls=True, seed_demo=120)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def client(emulator):
    emulator.faults.reset()
    with DataverseClient(DataverseConfig(emulator.base_url, timeout_seconds=10), StaticTokenProvider(TOKEN)) as c:
        yield c
    emulator.faults.reset()
