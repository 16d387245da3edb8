"""One window per profile: a later start hands its request to the running one over the profile's local socket.

The running window's server lives in this test process; each later start is a real `python` process, as in
use (PySide keeps the GIL during the later start's blocking waits, so a thread in this process would stall the
server it talks to).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from neuvo.telephony.single_instance import (
    HandOver,
    InstanceLock,
    InstanceRequest,
    SingleInstanceServer,
    hand_over,
    lock_path,
    server_name,
)


@pytest.fixture
def name(tmp_path: Path) -> str:
    return server_name(tmp_path / "profile", user="tester")


@pytest.fixture
def running(qapp, name: str) -> Iterator[SingleInstanceServer]:
    server = SingleInstanceServer(name)
    assert server.claim()
    assert server.listening
    yield server
    server.close()


HAND_OVER = """
import sys
from neuvo.telephony.single_instance import InstanceRequest, hand_over
ring = sys.argv[2] or None
print(hand_over(sys.argv[1], InstanceRequest(ring=ring)).name)
"""


def later_start(*args: str) -> subprocess.Popen[str]:
    environment = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=environment)


def hand_over_from_another_process(name: str, ring: str = "") -> subprocess.Popen[str]:
    return later_start("-c", HAND_OVER, name, ring)


def finished(qtbot: QtBot, process: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Let the server answer (the event loop runs while waiting) until the later start has exited."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    out, err = process.communicate()
    return process.returncode, out.strip(), err.strip()


def test_the_name_is_per_user_and_per_profile(tmp_path: Path) -> None:
    first = server_name(tmp_path / "a", user="anna")
    assert first == server_name(tmp_path / "a", user="anna")
    assert first == server_name(tmp_path / "x" / ".." / "a", user="anna")
    assert first != server_name(tmp_path / "b", user="anna")
    assert first != server_name(tmp_path / "a", user="bertil")
    assert str(tmp_path) not in first  # the path (a user name, often) is hashed, not spelled out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_RUNTIME_DIR is a Linux convention")
def test_the_socket_lives_in_the_users_runtime_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runtime = Path(tempfile.mkdtemp())  # short: a socket path must fit in about 100 bytes
    try:
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
        name = server_name(tmp_path / "p", user="anna")
        assert Path(name).parent == runtime
        assert lock_path(name) == Path(f"{name}.lock")
    finally:
        runtime.rmdir()


def test_a_ring_is_handed_to_the_running_window(qtbot: QtBot, running: SingleInstanceServer, name: str) -> None:
    with qtbot.waitSignal(running.ring_requested, timeout=60_000) as ring:
        process = hand_over_from_another_process(name, "+358401234567")
    assert ring.args == ["+358401234567"]
    assert finished(qtbot, process) == (0, "DELIVERED", "")


def test_a_plain_start_asks_the_running_window_to_come_forward(qtbot: QtBot, running: SingleInstanceServer,
                                                               name: str) -> None:
    with qtbot.waitSignal(running.raise_requested, timeout=60_000):
        process = hand_over_from_another_process(name)
    assert finished(qtbot, process) == (0, "DELIVERED", "")


def test_with_no_running_window_nothing_is_handed_over(name: str) -> None:
    assert hand_over(name, InstanceRequest()) is HandOver.NO_INSTANCE


def test_a_second_claim_for_the_same_profile_fails(running: SingleInstanceServer, name: str) -> None:
    second = SingleInstanceServer(name)
    assert not second.claim()
    second.close()


def test_a_request_the_window_cannot_read_is_refused(qtbot: QtBot, running: SingleInstanceServer,
                                                     name: str) -> None:
    rings: list[str] = []
    running.ring_requested.connect(rings.append)
    process = hand_over_from_another_process(name, "12")  # not a number: a well-behaved start never sends it
    assert finished(qtbot, process) == (0, "REFUSED", "")
    assert rings == []


@pytest.mark.parametrize("line", [b'{"request": "ring", "number": "12"}\n', b'{"request": "format c:"}\n',
                                  b"[1]\n", b"not json\n", b'{"request": "ring"}\n'])
def test_decoding_refuses_anything_but_a_well_formed_request(line: bytes) -> None:
    with pytest.raises(ValueError):  # noqa: PT011
        InstanceRequest.decode(line)


def test_requests_round_trip() -> None:
    for request in (InstanceRequest(), InstanceRequest(ring="+358401234567")):
        assert InstanceRequest.decode(request.encode()) == request
    assert InstanceRequest.decode(b'{"request": "ring", "number": "040 123 4567"}') == \
        InstanceRequest(ring="+358401234567")


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_stale_socket_from_a_crashed_window_is_replaced(qtbot: QtBot, qapp, tmp_path: Path) -> None:
    stale = tmp_path / "neuvo-stale"
    crashed = socket.socket(socket.AF_UNIX)
    crashed.bind(str(stale))
    crashed.close()  # the file stays, as after a crash; nobody listens on it
    assert stale.exists()
    assert hand_over(str(stale), InstanceRequest()) is HandOver.NO_INSTANCE

    server = SingleInstanceServer(str(stale))
    try:
        assert server.claim()
        assert server.listening
        with qtbot.waitSignal(server.raise_requested, timeout=60_000):
            process = hand_over_from_another_process(str(stale))
        assert finished(qtbot, process) == (0, "DELIVERED", "")
    finally:
        server.close()


def test_the_lock_is_held_by_one_start_at_a_time(tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path / "n.lock"), InstanceLock(tmp_path / "n.lock")
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_neuvo_call_hands_the_ring_to_the_running_window(qtbot: QtBot, qapp, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    server = SingleInstanceServer(server_name(profile))
    assert server.claim()
    try:
        with qtbot.waitSignal(server.ring_requested, timeout=60_000) as ring:
            process = later_start("-m", "neuvo", "call", "tel:040%20123%204567", "--profile", str(profile))
        assert ring.args == ["+358401234567"]
        code, out, err = finished(qtbot, process)
    finally:
        server.close()
    assert (code, err) == (0, "")
    assert out == "neuvo: the call was passed to the Neuvo window already running for this profile."
    assert not profile.exists()  # nothing was opened or created: the running window has the profile


def test_a_tel_uri_start_hands_over_and_exits_0(qtbot: QtBot, qapp, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    server = SingleInstanceServer(server_name(profile))
    assert server.claim()
    try:
        with qtbot.waitSignal(server.ring_requested, timeout=60_000) as ring:
            process = later_start("-m", "neuvo", "--profile", str(profile), "tel:+46701234567")
        assert ring.args == ["+46701234567"]
        code, out, _ = finished(qtbot, process)
    finally:
        server.close()
    assert code == 0
    assert out.count("\n") == 0


def test_a_plain_start_hands_over_and_exits_0(qtbot: QtBot, qapp, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    server = SingleInstanceServer(server_name(profile))
    assert server.claim()
    try:
        with qtbot.waitSignal(server.raise_requested, timeout=60_000):
            process = later_start("-m", "neuvo", "--profile", str(profile))
        code, out, _ = finished(qtbot, process)
    finally:
        server.close()
    assert code == 0
    assert out == "neuvo: Neuvo is already running for this profile; its window was brought to the front."
