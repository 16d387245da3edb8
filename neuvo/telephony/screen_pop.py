"""Wiring the three doors of a ringing phone to the window (composition root; see docs/telephony.md).

Start-up order matters: a start first offers its request to a window already running for the profile
(`claim_or_hand_over`), and only when there is none claims the profile's socket — before the store is opened,
so two starts racing each other cannot both open it. `attach` then connects the socket, the HTTP endpoint and
any call given on the command line to the window.
"""

from __future__ import annotations

import errno
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.errors import NeuvoError
from app.profile import PROFILE_FILE
from app.usecases.lookup_clients import LookupResult, lookup_clients
from app.workstation import Workstation
from neuvo.telephony.ring_endpoint import Ring, RingEndpoint
from neuvo.telephony.settings import telephony_settings
from neuvo.telephony.single_instance import (
    STARTING_INSTANCE_WAIT_MS,
    HandOver,
    InstanceLock,
    InstanceRequest,
    SingleInstanceServer,
    hand_over,
    lock_path,
    server_name,
)
from neuvo.telephony.token import telephony_token
from ui.app_text import app_text
from ui.call_banner import CALLER_MATCH_LIMIT
from ui.main_window import MainWindow

log = logging.getLogger(__name__)


class CallRelay(QObject):
    """Lives in the UI thread; emitted from an endpoint worker thread, so its slots run queued on the UI thread."""

    ringing = Signal(str, object)  # E.164 number, LookupResult or None


class ScreenPop:
    """The telephony adapters around one window of one profile."""

    def __init__(self, profile_directory: Path, ring: str | None = None) -> None:
        self._name = server_name(profile_directory)
        self._ring = ring
        self._server: SingleInstanceServer | None = None
        self._endpoint: RingEndpoint | None = None
        self._lock: InstanceLock | None = None

    @property
    def endpoint(self) -> RingEndpoint | None:
        return self._endpoint

    def claim_or_hand_over(self) -> int | None:
        """None when this process now owns the profile's window; otherwise the request went to the window
        already running (a one-line message is printed) and the exit code is returned."""
        request = InstanceRequest(self._ring)
        outcome = hand_over(self._name, request)
        if outcome is HandOver.NO_INSTANCE:
            lock = InstanceLock(lock_path(self._name))
            if lock.acquire():
                from ui.app import get_application  # the server's socket needs the application's event loop
                get_application()
                server = SingleInstanceServer(self._name)
                if server.claim():
                    self._server, self._lock = server, lock
                    return None
                lock.release()
            # Another start holds the lock (a double-click): it is about to listen, so give the request to it.
            outcome = hand_over(self._name, request, wait_for_server_ms=STARTING_INSTANCE_WAIT_MS)
        return _report(outcome, request)

    def attach(self, window: MainWindow, workstation: Workstation) -> Callable[[], None]:
        """Connect everything that can ring to `window`; returns the function that disconnects it all."""
        if self._server is not None:
            self._server.setParent(window)
            self._server.raise_requested.connect(window.bring_to_front)
            self._server.ring_requested.connect(window.show_incoming_call)
        relay = CallRelay(window)
        relay.ringing.connect(window.show_incoming_call, Qt.ConnectionType.QueuedConnection)
        self._endpoint = self._start_endpoint(window, workstation, relay)
        if self._ring is not None:
            ring = self._ring
            # On the first turn of the event loop, once the window is on screen.
            QTimer.singleShot(0, window, lambda: window.show_incoming_call(ring))
        return self.detach

    def detach(self) -> None:
        # The endpoint first: its workers use the store, which the caller closes after the window.
        endpoint, self._endpoint = self._endpoint, None
        if endpoint is not None:
            endpoint.stop()
        server, self._server = self._server, None
        if server is not None:
            server.close()
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()

    def _start_endpoint(self, window: MainWindow, workstation: Workstation,
                        relay: CallRelay) -> RingEndpoint | None:
        settings = telephony_settings(workstation.profile)
        if settings.problem:
            window.set_telephony_warning(window.tr("Telephony: %1").replace("%1", app_text(settings.problem)))
        if not settings.endpoint:
            return None
        try:
            token = telephony_token(workstation.secret_store)
        except NeuvoError as error:
            log.warning("telephony endpoint not started: the token is unavailable")
            window.set_telephony_warning(window.tr("Telephony: phone-system rings are off (%1)")
                                         .replace("%1", app_text(error.problem)))
            return None

        def on_ring(ring: Ring) -> int | None:
            # On an endpoint worker thread: the lookup runs here, never on the UI thread.
            result = _lookup_caller(workstation, ring.number)
            relay.ringing.emit(ring.number, result)
            return None if result is None else len(result.matches)

        endpoint = RingEndpoint(token, on_ring, port=settings.port)
        try:
            endpoint.start()
        except OSError as error:
            log.warning("telephony endpoint not started: %s", errno.errorcode.get(error.errno or 0, "OSError"))
            if error.errno == errno.EADDRINUSE:
                text = window.tr("Telephony: port %1 is in use by another program, so phone-system rings will not "
                                 "arrive. Set another [telephony] port in %2.")
            else:
                text = window.tr("Telephony: Neuvo could not listen on port %1, so phone-system rings will not "
                                 "arrive. Set another [telephony] port in %2.")
            window.set_telephony_warning(text.replace("%1", str(settings.port)).replace("%2", PROFILE_FILE))
            return None
        return endpoint


def _lookup_caller(workstation: Workstation, number: str) -> LookupResult | None:
    try:
        return lookup_clients(workstation, number, limit=CALLER_MATCH_LIMIT)
    except Exception as exc:  # the banner still shows the number and says the lookup failed
        log.warning("caller lookup failed: %s", type(exc).__name__)
        return None


def _report(outcome: HandOver, request: InstanceRequest) -> int:
    if outcome is HandOver.DELIVERED:
        code, message = 0, ("neuvo: the call was passed to the Neuvo window already running for this profile."
                            if request.ring else
                            "neuvo: Neuvo is already running for this profile; its window was brought to the front.")
    elif outcome is HandOver.UNANSWERED:
        code, message = 0, ("neuvo: Neuvo is already running for this profile but busy (still starting?); "
                            "the request was left for it.")
    elif outcome is HandOver.NO_INSTANCE:
        code, message = 2, ("neuvo: another Neuvo is starting for this profile but does not answer. Wait for its "
                            "window, or end that process and start again.")
    else:
        code, message = 2, ("neuvo: the Neuvo already running for this profile could not read the request "
                            "(a different version?). Close it and start Neuvo again.")
    print(message, file=sys.stdout if code == 0 else sys.stderr)
    return code
