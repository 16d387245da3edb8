"""`POST /cti/ring`: the loopback HTTP endpoint a phone system (CTI) calls when an adviser's phone rings.

Plain Python (stdlib `http.server`), no Qt: accepted rings go to an `on_ring` callback, which the composition
root (`screen_pop`) turns into a queued Qt signal for the window. The contract is in docs/telephony.md.

Why it is built the way it is:
- Bound to 127.0.0.1 only, and every request's peer is checked again: the endpoint is for software on this
  machine, never for the network.
- A bearer token (kept in the profile's secret store) so that another local program cannot pop calls, and any
  request with a browser's `Origin` or `Sec-Fetch-*` header is refused, so a web page open in the adviser's
  browser cannot ring either (browsers send these headers; phone-system connectors do not).
- Bounded everywhere: a fixed pool of worker threads with a bounded queue of waiting connections (503 when it
  is full), one request per connection, a deadline for reading the whole request (a slow client is dropped,
  not waited for), a cap on header and body sizes (413), and a token-bucket rate limit (429 + Retry-After).
- Logs say method, status and counts, never the number, the caller or the token.
"""

from __future__ import annotations

import contextlib
import hmac
import io
import ipaddress
import json
import logging
import math
import queue
import socket
import socketserver
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer

from app.domain.phone_number import parse_phone
from app.errors import ValidationError

log = logging.getLogger(__name__)

RING_PATH = "/cti/ring"
LOOPBACK_HOST = "127.0.0.1"
DEFAULT_PORT = 31358  # below the ephemeral port ranges of Linux (32768+), Windows and macOS (49152+)
MAX_BODY_BYTES = 4096
MAX_HEAD_BYTES = 8192
REQUEST_TIMEOUT_SECONDS = 5.0
WORKER_THREADS = 4
LINGER_SECONDS = 1.0
REFUSALS_WAITING = 32
REFUSAL_SECONDS = 0.2
LINGER_BYTES = 65536
WAITING_CONNECTIONS = 16
MAX_CALL_ID_CHARACTERS = 128
MAX_LINE_CHARACTERS = 64
# Browsers add these to every cross-site request (and Origin to every POST); phone-system connectors do not.
_BROWSER_HEADERS = ("Origin", "Sec-Fetch-Site", "Sec-Fetch-Mode", "Sec-Fetch-Dest")


@dataclass(frozen=True)
class Ring:
    """One accepted ring: the caller's number (E.164) and the phone system's own labels, if it sent any."""

    number: str
    call_id: str | None = None
    line: str | None = None


# Returns how many clients matched the number, or None when the lookup could not be made.
RingHandler = Callable[[Ring], "int | None"]


class RateLimit:
    """A token bucket shared by all requests: `capacity` at once, refilled at `per_second`."""

    def __init__(self, capacity: int = 20, per_second: float = 5.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._capacity = float(capacity)
        self._per_second = per_second
        self._clock = clock
        self._tokens = float(capacity)
        self._updated = clock()
        self._lock = threading.Lock()

    def take(self) -> int:
        """0 when the request may proceed; otherwise the whole seconds to wait before trying again."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self._capacity, self._tokens + (now - self._updated) * self._per_second)
            self._updated = now
            if self._tokens >= 1:
                self._tokens -= 1
                return 0
            return max(1, math.ceil((1 - self._tokens) / self._per_second))


def is_loopback_peer(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and IPv4-mapped loopback (::ffff:127.0.0.1); False for anything else."""
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


class RingEndpoint:
    """The endpoint's lifetime: `start()` binds and serves in daemon threads, `stop()` ends them."""

    def __init__(self, token: str, on_ring: RingHandler, *, port: int = DEFAULT_PORT,
                 rate_limit: RateLimit | None = None, workers: int = WORKER_THREADS,
                 waiting: int = WAITING_CONNECTIONS, request_timeout: float = REQUEST_TIMEOUT_SECONDS) -> None:
        if not token:
            raise ValueError("the ring endpoint needs a token")
        self._token = token
        self._on_ring = on_ring
        self._requested_port = port
        self._rate_limit = rate_limit or RateLimit()
        self._workers = workers
        self._waiting = waiting
        self._request_timeout = request_timeout
        self._server: _RingServer | None = None
        self._accept_thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The bound port (useful when started with port 0)."""
        assert self._server is not None, "not started"
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK_HOST}:{self.port}{RING_PATH}"

    def start(self) -> None:
        """Bind to 127.0.0.1 and serve. Raises OSError when the port is taken (errno EADDRINUSE)."""
        server = _RingServer((LOOPBACK_HOST, self._requested_port), token=self._token, on_ring=self._on_ring,
                             rate_limit=self._rate_limit, workers=self._workers, waiting=self._waiting,
                             request_timeout=self._request_timeout)
        self._server = server
        self._accept_thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2},
                                               name="ring-endpoint-accept", daemon=True)
        self._accept_thread.start()
        log.info("ring endpoint listening on %s:%d", LOOPBACK_HOST, self.port)

    def stop(self, timeout: float = REQUEST_TIMEOUT_SECONDS + 1) -> None:
        """Stop accepting, let requests in progress finish (each is bounded by the request timeout), close."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        server.stop_workers(timeout)
        if self._accept_thread is not None:
            self._accept_thread.join(timeout)
        log.info("ring endpoint stopped")


class _RingServer(HTTPServer):
    # SO_REUSEADDR lets a restarted Neuvo bind over connections in TIME_WAIT on POSIX; on Windows it would let
    # another program bind the same port alongside us, so there the port is claimed exclusively instead.
    allow_reuse_address = sys.platform != "win32"

    def __init__(self, address: tuple[str, int], *, token: str, on_ring: RingHandler, rate_limit: RateLimit,
                 workers: int, waiting: int, request_timeout: float) -> None:
        self.token = token
        self.on_ring = on_ring
        self.rate_limit = rate_limit
        self.request_timeout = request_timeout
        self.peer_allowed: Callable[[str], bool] = is_loopback_peer
        self._busy = 0
        self._busy_lock = threading.Lock()
        self._queue: queue.Queue[tuple[socket.socket, tuple[str, int]] | None] = queue.Queue(maxsize=waiting)
        # Refusals get a thread of their own, so that the 503 is sent and the request drained without holding
        # up the accept loop; when even its queue is full the connection is simply closed.
        self._refusals: queue.Queue[socket.socket | None] = queue.Queue(maxsize=REFUSALS_WAITING)
        self._threads = [threading.Thread(target=self._work, name=f"ring-endpoint-{n}", daemon=True)
                         for n in range(workers)]
        self._refuser = threading.Thread(target=self._refuse, name="ring-endpoint-refuser", daemon=True)
        super().__init__(address, _RingRequestHandler)
        for thread in (*self._threads, self._refuser):
            thread.start()

    def server_bind(self) -> None:
        if sys.platform == "win32":
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        # HTTPServer.server_bind would look up the host's FQDN; a loopback endpoint has no use for it.
        socketserver.TCPServer.server_bind(self)
        self.server_name = LOOPBACK_HOST
        self.server_port = self.server_address[1]

    def process_request(self, request: socket.socket, client_address: tuple[str, int]) -> None:
        try:
            self._queue.put_nowait((request, client_address))
        except queue.Full:
            log.warning("ring endpoint busy: a connection was refused with 503")
            try:
                self._refusals.put_nowait(request)
            except queue.Full:
                self.shutdown_request(request)

    def _refuse(self) -> None:
        while (request := self._refusals.get()) is not None:
            try:
                _refuse_busy(request)
            finally:
                self.shutdown_request(request)

    @property
    def busy_workers(self) -> int:
        """Workers handling a connection right now (at most `workers`)."""
        with self._busy_lock:
            return self._busy

    def _work(self) -> None:
        while (item := self._queue.get()) is not None:
            request, client_address = item
            with self._busy_lock:
                self._busy += 1
            try:
                self.finish_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
            finally:
                self.shutdown_request(request)
                with self._busy_lock:
                    self._busy -= 1

    def stop_workers(self, timeout: float) -> None:
        # Connections still waiting are closed unanswered: the connector retries, as it would after a restart.
        with contextlib.suppress(queue.Empty):
            while (item := self._queue.get_nowait()) is not None:
                self.shutdown_request(item[0])
        with contextlib.suppress(queue.Empty):
            while (request := self._refusals.get_nowait()) is not None:
                self.shutdown_request(request)
        for _ in self._threads:
            with contextlib.suppress(queue.Full):
                self._queue.put(None, timeout=timeout)
        with contextlib.suppress(queue.Full):
            self._refusals.put(None, timeout=timeout)
        deadline = time.monotonic() + timeout
        for thread in (*self._threads, self._refuser):
            thread.join(max(0.0, deadline - time.monotonic()))

    def handle_error(self, request: object, client_address: object) -> None:
        # The default prints a traceback to stderr; ours names the exception type only (no request content).
        log.warning("ring endpoint request failed: %s", type(sys.exc_info()[1]).__name__)


def _refuse_busy(request: socket.socket) -> None:
    body = json.dumps({"accepted": False, "error": "busy",
                       "reason": "Too many connections at once; try again in a second."}).encode()
    head = (f"HTTP/1.0 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
    with contextlib.suppress(OSError):
        request.settimeout(REFUSAL_SECONDS)
        request.sendall(head + body)
        # Read what the client sends meanwhile, briefly, so that closing does not reset the connection and
        # destroy the 503 before the client has read it.
        request.shutdown(socket.SHUT_WR)
        deadline = time.monotonic() + REFUSAL_SECONDS
        drained = 0
        while drained < MAX_HEAD_BYTES + MAX_BODY_BYTES and (left := deadline - time.monotonic()) > 0:
            request.settimeout(left)
            if not (chunk := request.recv(4096)):
                break
            drained += len(chunk)


class _DeadlineReader(io.RawIOBase):
    """Reads the socket until a deadline for the whole request and up to a byte cap (then reports end of file).

    A per-read socket timeout alone would let a client that trickles one byte at a time hold a worker for ever.
    """

    def __init__(self, connection: socket.socket, deadline: float, max_bytes: int) -> None:
        super().__init__()
        self._connection = connection
        self._deadline = deadline
        self._left = max_bytes

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:
        if self._left <= 0:
            return 0
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("request deadline passed")
        self._connection.settimeout(remaining)
        view = memoryview(buffer)[: self._left]
        count = self._connection.recv_into(view)
        self._left -= count
        return count


class _RingRequestHandler(BaseHTTPRequestHandler):
    server: _RingServer
    server_version = "Neuvo-CTI"
    protocol_version = "HTTP/1.0"  # one request per connection: a worker is never held by an idle keep-alive

    def setup(self) -> None:
        self.timeout = self.server.request_timeout
        super().setup()
        self._deadline = time.monotonic() + self.server.request_timeout
        self.rfile = io.BufferedReader(_DeadlineReader(self.connection, self._deadline,
                                                       MAX_HEAD_BYTES + MAX_BODY_BYTES))

    def finish(self) -> None:
        super().finish()
        # A refused request's body may still be arriving; closing on unread data would reset the connection
        # and could destroy the answer before the client reads it. So: say we are done, then drain a little.
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(max(0.01, min(LINGER_SECONDS, self._deadline - time.monotonic())))
            drained = 0
            while drained < LINGER_BYTES and (chunk := self.connection.recv(4096)):
                drained += len(chunk)

    def version_string(self) -> str:
        return self.server_version

    # --- routing ---------------------------------------------------------------------------------------------------

    def do_POST(self) -> None:
        self._handle("POST")

    def do_GET(self) -> None:
        self._handle("GET")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def do_PATCH(self) -> None:
        self._handle("PATCH")

    def do_HEAD(self) -> None:
        self._handle("HEAD")

    def do_OPTIONS(self) -> None:
        # Also the browser's CORS preflight: answered without any Access-Control-Allow-* header, so it fails.
        self._handle("OPTIONS")

    def _handle(self, method: str) -> None:
        try:
            status, body, headers = self._answer(method)
        except TimeoutError:
            status, body, headers = _error(HTTPStatus.REQUEST_TIMEOUT, "timeout",
                                           "The request was not received in time.")
        except Exception as exc:
            log.warning("ring endpoint: unexpected %s", type(exc).__name__)
            status, body, headers = _error(HTTPStatus.INTERNAL_SERVER_ERROR, "internal",
                                           "Neuvo could not handle the ring; see its log.")
        self._respond(status, body, headers, send_body=method != "HEAD")

    def _answer(self, method: str) -> tuple[HTTPStatus, dict[str, object], dict[str, str]]:
        if not self.server.peer_allowed(self.client_address[0]):
            return _error(HTTPStatus.FORBIDDEN, "not_loopback", "Only programs on this computer may ring.")
        wait = self.server.rate_limit.take()
        if wait:
            error = _error(HTTPStatus.TOO_MANY_REQUESTS, "rate_limited", f"Too many requests; retry in {wait} s.")
            error[2]["Retry-After"] = str(wait)
            return error
        if self.path.split("?", 1)[0] != RING_PATH:
            return _error(HTTPStatus.NOT_FOUND, "not_found", f"The only resource here is POST {RING_PATH}.")
        if method != "POST":
            error = _error(HTTPStatus.METHOD_NOT_ALLOWED, "method_not_allowed", f"Use POST {RING_PATH}.")
            error[2]["Allow"] = "POST"
            return error
        if any(self.headers.get(name) is not None for name in _BROWSER_HEADERS):
            return _error(HTTPStatus.FORBIDDEN, "browser_request",
                          "Requests from web browsers are refused; ring from the phone-system connector.")
        if not self._host_is_loopback():
            return _error(HTTPStatus.FORBIDDEN, "bad_host", "The Host header must be 127.0.0.1 or localhost.")
        if not self._token_matches():
            error = _error(HTTPStatus.UNAUTHORIZED, "unauthorized",
                           "Missing or wrong bearer token; print the right one with `neuvo telephony-token`.")
            error[2]["WWW-Authenticate"] = 'Bearer realm="neuvo-cti"'
            return error
        if self.headers.get("Transfer-Encoding") is not None or self.headers.get("Content-Length") is None:
            return _error(HTTPStatus.LENGTH_REQUIRED, "length_required",
                          "Send the JSON body with a Content-Length header (no chunked encoding).")
        try:
            length = int(self.headers["Content-Length"])
        except ValueError:
            return _error(HTTPStatus.BAD_REQUEST, "bad_length", "Content-Length is not a number.")
        if length > MAX_BODY_BYTES:
            return _error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too_large",
                          f"The body may be at most {MAX_BODY_BYTES} bytes.")
        if length < 0:
            return _error(HTTPStatus.BAD_REQUEST, "bad_length", "Content-Length is negative.")
        if self.headers.get_content_type() != "application/json":
            return _error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "not_json", "Send Content-Type: application/json.")
        body = self.rfile.read(length)
        if len(body) != length:
            return _error(HTTPStatus.BAD_REQUEST, "short_body", "The body is shorter than its Content-Length.")
        ring_or_error = _read_ring(body)
        if not isinstance(ring_or_error, Ring):
            return ring_or_error
        matches = self.server.on_ring(ring_or_error)
        return HTTPStatus.ACCEPTED, {"accepted": True, "matches": matches}, {}

    def _host_is_loopback(self) -> bool:
        # Defence against DNS rebinding: a name that resolves to 127.0.0.1 must still say so in Host.
        host = self.headers.get("Host")
        if host is None:
            return True  # HTTP/1.0 clients may leave it out
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        name = name.strip("[]").lower()
        return name == "localhost" or is_loopback_peer(name)

    def _token_matches(self) -> bool:
        scheme, _, presented = (self.headers.get("Authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not presented.strip():
            return False
        return hmac.compare_digest(presented.strip().encode(), self.server.token.encode())

    # --- answering -------------------------------------------------------------------------------------------------

    def _respond(self, status: HTTPStatus, body: dict[str, object], headers: dict[str, str], *,
                 send_body: bool = True) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            with contextlib.suppress(OSError):
                self.wfile.write(payload)
        self.close_connection = True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Raised by the stdlib parser (bad request line, too many headers, unknown method): JSON, like the rest.
        status = HTTPStatus(code)
        if status == HTTPStatus.NOT_IMPLEMENTED:  # a method http.server has no do_… for
            _, body, headers = _error(HTTPStatus.METHOD_NOT_ALLOWED, "method_not_allowed", f"Use POST {RING_PATH}.")
            headers["Allow"] = "POST"
            self._respond(HTTPStatus.METHOD_NOT_ALLOWED, body, headers)
            return
        _, body, headers = _error(status, "bad_request", "The request is not HTTP that this endpoint can read.")
        self._respond(status, body, headers)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        # The request line is left out on purpose: only the outcome is logged.
        log.info("ring endpoint answered %s", code)

    def log_message(self, fmt: str, *args: object) -> None:
        # The stdlib passes the request line and client input as arguments; only the fixed text is kept.
        log.debug("ring endpoint: %s", fmt.split("%", 1)[0].strip())


def _error(status: HTTPStatus, code: str, reason: str) -> tuple[HTTPStatus, dict[str, object], dict[str, str]]:
    return status, {"accepted": False, "error": code, "reason": reason}, {}


def _read_ring(body: bytes) -> Ring | tuple[HTTPStatus, dict[str, object], dict[str, str]]:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # deep nesting fits in 4 KiB and is not a ring
        return _error(HTTPStatus.BAD_REQUEST, "bad_json", 'The body is not JSON; send {"number": "+358401234567"}.')
    if not isinstance(data, dict):
        return _error(HTTPStatus.BAD_REQUEST, "bad_json", 'The body must be a JSON object: {"number": "…"}.')
    number = data.get("number")
    if not isinstance(number, str) or not number.strip():
        return _error(HTTPStatus.BAD_REQUEST, "missing_number",
                      'The body needs "number" as a string, e.g. {"number": "+358401234567"}.')
    try:
        e164 = parse_phone(number)
    except ValidationError as error:
        return _error(HTTPStatus.BAD_REQUEST, "bad_number", error.one_line())
    labels: dict[str, str | None] = {}
    for field, limit in (("call_id", MAX_CALL_ID_CHARACTERS), ("line", MAX_LINE_CHARACTERS)):
        value = data.get(field)
        if value is not None and (not isinstance(value, str | int) or isinstance(value, bool)
                                  or len(str(value)) > limit):
            return _error(HTTPStatus.BAD_REQUEST, f"bad_{field}",
                          f'"{field}" is optional; when sent it must be a string of at most {limit} characters.')
        labels[field] = None if value is None else str(value)
    return Ring(e164, labels["call_id"], labels["line"])
