"""One window per profile: a second `neuvo` for the same profile hands its request to the first, then exits.

The first process claims a local socket (a Unix domain socket, or a named pipe on Windows) whose name is a hash
of the OS user and the profile directory; a later start connects to it, sends one JSON line — "raise the
window" or "a call is ringing from this number" — waits for the one-line answer and exits 0. Two windows on one
profile would open the same encrypted store twice and pop the same call twice.

A crashed instance leaves its socket file behind (POSIX). `claim` recognises it — the name is taken but nobody
answers — removes it and claims the name afresh. Two starts at the same moment (a double-click on the icon)
would both find nobody answering, so the name is claimed only under an OS file lock (`InstanceLock`): the
loser waits for the winner to listen and hands its request over. The OS drops the lock when a process dies,
so a crash never leaves a lock behind.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.domain.phone_number import parse_phone
from app.errors import ValidationError

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 1000
# How long a start that lost the race for the lock waits for the winner to listen (it does so before opening
# the store, so this is the time to load Qt).
STARTING_INSTANCE_WAIT_MS = 10_000
# Long enough for a window that is busy starting (opening the store, migrating) to get to its event loop.
ANSWER_TIMEOUT_MS = 5000
SERVER_READ_TIMEOUT_MS = 2000
MAX_MESSAGE_BYTES = 1024
MAX_OPEN_CONNECTIONS = 8
_MAX_UNIX_SOCKET_PATH = 100  # sun_path holds 104 (macOS) to 108 (Linux) bytes


@dataclass(frozen=True)
class InstanceRequest:
    """What a later start asks of the running window: come to the front, and maybe pop a call."""

    ring: str | None = None  # E.164

    def encode(self) -> bytes:
        message = {"request": "raise"} if self.ring is None else {"request": "ring", "number": self.ring}
        return json.dumps(message).encode() + b"\n"

    @classmethod
    def decode(cls, line: bytes) -> InstanceRequest:
        """Raises ValueError for anything but a well-formed request (the number is checked again here)."""
        data = json.loads(line.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        if data.get("request") == "raise":
            return cls()
        if data.get("request") == "ring" and isinstance(data.get("number"), str):
            try:
                return cls(ring=parse_phone(data["number"]))
            except ValidationError as error:
                raise ValueError(error.problem) from None
        raise ValueError("unknown request")


class HandOver(Enum):
    DELIVERED = "delivered"  # the running window answered and took the request
    REFUSED = "refused"  # the running window answered but could not read the request (another Neuvo version?)
    NO_INSTANCE = "no_instance"  # nobody holds the name (or only a stale socket)
    UNANSWERED = "unanswered"  # connected and sent, but no answer in time: the window is still starting


def server_name(profile_directory: Path, user: str | None = None) -> str:
    """The local socket name for this OS user and profile directory.

    On Linux it lives in $XDG_RUNTIME_DIR (a directory only the user can enter), so another user can neither
    take the name first nor connect; elsewhere Qt puts it in the per-user temporary directory (macOS) or names
    a pipe (Windows), and the server is created user-access-only in any case.
    """
    user = user if user is not None else _os_user()
    directory = str(profile_directory.expanduser().resolve())
    if sys.platform == "win32":
        directory = directory.lower()  # one profile, however the path's letters were cased
    digest = hashlib.sha256(f"{user}\0{directory}".encode()).hexdigest()[:32]
    name = f"neuvo-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if sys.platform.startswith("linux") and runtime and Path(runtime).is_dir():
        in_runtime = str(Path(runtime) / name)
        if len(in_runtime.encode()) <= _MAX_UNIX_SOCKET_PATH:
            return in_runtime
    return name


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def lock_path(name: str) -> Path:
    """The lock file beside the socket (in the user's runtime or temporary directory)."""
    if Path(name).is_absolute():
        return Path(f"{name}.lock")
    return Path(tempfile.gettempdir()) / f"{name}.lock"


class InstanceLock:
    """An OS advisory lock on a small file: held by the one process that may own the profile's socket."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: int | None = None

    def acquire(self) -> bool:
        """True when this process now holds the lock; False when another live process does."""
        try:
            handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            # Cannot even make the file (a foreign file of that name in a shared /tmp): run without the lock.
            log.warning("single-instance lock file unavailable: %s", type(error).__name__)
            return True
        try:
            _lock_file(handle)
        except OSError:
            os.close(handle)
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            os.close(handle)  # closing drops the lock; the file stays, harmlessly, for the next start


if sys.platform == "win32":
    import msvcrt

    def _lock_file(handle: int) -> None:
        msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
else:
    import fcntl

    def _lock_file(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)


def hand_over(name: str, request: InstanceRequest, *, connect_timeout_ms: int = CONNECT_TIMEOUT_MS,
              answer_timeout_ms: int = ANSWER_TIMEOUT_MS, wait_for_server_ms: int = 0) -> HandOver:
    """Give `request` to the instance holding `name`. Needs no QApplication (blocking socket calls).

    Meant for a start that has no window of its own: PySide keeps the GIL during `waitFor…`, so a server in the
    same process could not answer until the wait is over.

    `wait_for_server_ms`: keep trying to connect this long (for an instance known to be starting).
    """
    socket = QLocalSocket()
    deadline = time.monotonic() + wait_for_server_ms / 1000
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(connect_timeout_ms):
            break
        socket.abort()
        if time.monotonic() >= deadline:
            return HandOver.NO_INSTANCE
        time.sleep(0.1)
    try:
        socket.write(request.encode())
        if not socket.waitForBytesWritten(connect_timeout_ms):
            return HandOver.UNANSWERED
        answer = b""
        while b"\n" not in answer and len(answer) <= MAX_MESSAGE_BYTES:
            if not socket.waitForReadyRead(answer_timeout_ms):
                return HandOver.UNANSWERED
            answer += bytes(socket.readAll().data())
        try:
            accepted = json.loads(answer.split(b"\n", 1)[0].decode("utf-8")).get("ok") is True
        except (UnicodeDecodeError, ValueError, AttributeError):
            accepted = False
        return HandOver.DELIVERED if accepted else HandOver.REFUSED
    finally:
        socket.abort()


class SingleInstanceServer(QObject):
    """The running window's end: answers later starts and turns their requests into signals (UI thread)."""

    raise_requested = Signal()
    ring_requested = Signal(str)  # E.164

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        # On POSIX: the socket file is made accessible to this user only.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._open: set[QLocalSocket] = set()

    def claim(self) -> bool:
        """Take the name; False when a live instance holds it. Needs a QCoreApplication for the event loop.

        When the socket cannot be made at all (a full or read-only runtime directory) the window still starts,
        without the hand-over: `listening` is then False and the reason is logged.

        The probe comes first because listen() alone cannot tell: on POSIX Qt replaces an existing socket
        file when access options are set, and on Windows two servers may share a pipe name.
        """
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_TIMEOUT_MS):
            probe.abort()
            return False
        # Nobody answers on the name: whatever is left under it is a crashed instance's socket file.
        QLocalServer.removeServer(self.name)
        if not self._server.listen(self.name):
            log.warning("single-instance socket could not listen: %s", self._server.serverError().name)
        return True

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()
        for socket in list(self._open):
            socket.abort()
        self._open.clear()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if len(self._open) >= MAX_OPEN_CONNECTIONS:
                socket.abort()
                socket.deleteLater()
                continue
            self._open.add(socket)
            timer = QTimer(socket)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda s=socket: s.abort())
            timer.start(SERVER_READ_TIMEOUT_MS)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _forget(self, socket: QLocalSocket) -> None:
        self._open.discard(socket)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._open:
            return
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE_BYTES:
                socket.abort()
            return
        line = bytes(socket.readLine(MAX_MESSAGE_BYTES + 1).data())
        try:
            request = InstanceRequest.decode(line)
        except (UnicodeDecodeError, ValueError) as error:
            log.info("single-instance request refused: %s", type(error).__name__)
            socket.write(json.dumps({"ok": False}).encode() + b"\n")
        else:
            socket.write(json.dumps({"ok": True}).encode() + b"\n")
            if request.ring is None:
                self.raise_requested.emit()
            else:
                self.ring_requested.emit(request.ring)
        socket.flush()
        socket.disconnectFromServer()
