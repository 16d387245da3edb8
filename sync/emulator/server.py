"""Running the emulator: `EmulatorServer` serves it with uvicorn in a background thread on a loopback port.

    with running_emulator(data_dir, token="t", tls=True) as emulator:
        emulator.base_url   # https://127.0.0.1:54321 (the environment URL a client is given)
        emulator.cert_file  # <data_dir>/tls/cert.pem, for the client's ca_file / REQUESTS_CA_BUNDLE

It binds 127.0.0.1 (or ::1) only — it is a test double of the city's tenant, never a server for the network.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import uvicorn

from sync.crm_schema import DEFAULT_PREFIX, crm_tables
from sync.dataverse.config import is_loopback_host
from sync.emulator.app import DEFAULT_MAX_BODY_BYTES, create_app
from sync.emulator.faults import Faults, FaultSettings, ServiceLimits, ServiceProtection
from sync.emulator.service import DataverseService
from sync.emulator.storage import EmulatorStore
from sync.emulator.tls import ensure_certificate

log = logging.getLogger(__name__)

DATABASE_FILE = "emulator.db"
TLS_DIRECTORY = "tls"


class EmulatorServer:
    def __init__(self, data_dir: Path, *, token: str, port: int = 0, host: str = "127.0.0.1", tls: bool = False,
                 seed_demo: int = 0, seed: int = 1, limits: ServiceLimits | None = None,
                 faults: FaultSettings | None = None, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
                 prefix: str = DEFAULT_PREFIX) -> None:
        if not is_loopback_host(host):
            raise ValueError(f"the CRM emulator serves loopback only, not {host}")
        if not token:
            raise ValueError("the CRM emulator needs a bearer token")
        self.data_dir = Path(data_dir)
        self.host = host
        self.port = port
        self.tls = tls
        self.token = token
        self._seed_demo, self._seed = seed_demo, seed
        self.store = EmulatorStore(self.data_dir / DATABASE_FILE, crm_tables(prefix))
        self.service = DataverseService(self.store)
        self.faults = Faults(faults)
        self.protection = ServiceProtection(limits)
        self.cert_file: Path | None = None
        self._key_file: Path | None = None
        if tls:
            self.cert_file, self._key_file = ensure_certificate(self.data_dir / TLS_DIRECTORY)
        self.app = create_app(self.service, token=token, faults=self.faults, protection=self.protection,
                              max_body_bytes=max_body_bytes)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.ready = threading.Event()
        self._stopping = threading.Event()

    @property
    def base_url(self) -> str:
        scheme = "https" if self.tls else "http"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/data/v9.2"

    def bind(self) -> str:
        """Claim the port now (so the URL is known at once); `start()` serves it."""
        if self._socket is None:
            family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
            # IPPROTO_TCP named explicitly: asyncio sets TCP_NODELAY only on sockets that say so, and without it
            # every answer on a kept-alive connection waited ~40 ms for a delayed ACK (Nagle).
            sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self.port))
            sock.listen(128)
            self._socket = sock
            self.port = sock.getsockname()[1]
        return self.base_url

    def start(self, *, wait: bool = True, timeout: float = 30.0) -> str:
        self.bind()
        config = uvicorn.Config(self.app, log_config=None, access_log=False, lifespan="off", http="h11",
                                loop="asyncio", timeout_keep_alive=30, timeout_graceful_shutdown=1,
                                ssl_certfile=str(self.cert_file) if self.cert_file else None,
                                ssl_keyfile=str(self._key_file) if self._key_file else None)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._serve, name="crm-emulator", daemon=True)
        self._thread.start()
        if wait and not self.wait_ready(timeout):
            raise RuntimeError("the CRM emulator did not start in time")
        return self.base_url

    def _serve(self) -> None:
        assert self._server is not None
        assert self._socket is not None
        try:
            if self._seed_demo:
                from sync.emulator.seed import seed_demo_contacts
                seed_demo_contacts(self.store, self._seed_demo, seed=self._seed, cancelled=self._stopping.is_set)
                if self._stopping.is_set():
                    return
            self._server.run(sockets=[self._socket])
        except Exception:
            log.exception("the CRM emulator stopped with an error")
        finally:
            self.ready.set()

    def wait_ready(self, timeout: float = 30.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._server is not None and self._server.started:
                self.ready.set()
                return True
            if self._thread is not None and not self._thread.is_alive():
                return False
            time.sleep(0.01)
        return False

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        if self._socket is not None:
            with contextlib.suppress(OSError):
                self._socket.close()
        self.store.close()


@contextlib.contextmanager
def running_emulator(data_dir: Path, **options) -> Iterator[EmulatorServer]:
    server = EmulatorServer(data_dir, **options)
    server.start()
    try:
        yield server
    finally:
        server.stop()
