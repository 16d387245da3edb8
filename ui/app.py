"""Starting the window: the QApplication, the main window, and the two unattended modes.

`screenshot` renders the window off screen and saves it (for docs and visual checks); `startup_probe` reports
how long the process took to reach a usable window (for bench/startup.py).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.usecases.interface_language import interface_language
from app.workstation import Workstation
from ui.focus_style import install_visible_focus
from ui.main_window import MainWindow
from ui.translations import chosen_language, refresh_catalogues
from ui.ui_language import install_ui_language, remove_ui_language, ui_language

log = logging.getLogger(__name__)

APPLICATION_NAME = "Neuvo"
ORGANISATION_NAME = "Neuvo"
UNATTENDED_TIMEOUT_MS = 60_000

# Fallback origin for the start-up clock where /proc is not available (Windows, macOS). Taken when this
# module is imported, it misses interpreter start-up and the imports before it, so it under-reports.
_MODULE_IMPORTED_AT = time.monotonic()


def seconds_since_process_start() -> float:
    """Seconds since the OS started this process, from /proc/self/stat where Linux offers it.

    The kernel records the start in clock ticks (usually 10 ms) since boot, so the figure is good to about
    ±10 ms. Elsewhere it falls back to the time since this module was imported (see `_MODULE_IMPORTED_AT`).
    """
    try:
        stat = Path("/proc/self/stat").read_text(encoding="ascii")
        # The command name (field 2) may hold spaces and parentheses; fields after the last ')' start at 3.
        start_ticks = int(stat.rsplit(")", 1)[1].split()[22 - 3])
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _MODULE_IMPORTED_AT


def run_window(workstation: Workstation, *, screenshot: Path | None = None, startup_probe: bool = False,
               attach: Callable[[MainWindow], Callable[[], None]] | None = None) -> int:
    """Show the workstation's window; returns the process exit code.

    With `screenshot`, saves a PNG of the window once its first page of clients (and the status bar) has
    loaded, then returns. With `startup_probe`, prints `ready <seconds since process start>` once the window
    is shown with its first page of clients, then returns.

    `attach(window)` lets the composition root connect adapters the UI must not import (the telephony screen
    pop); it returns the function that detaches them, called before the window closes.
    """
    application = get_application(chosen_language(interface_language(workstation)))
    window = MainWindow(workstation)
    detach: Callable[[], None] | None = None
    try:
        if attach is not None:
            detach = attach(window)
        if screenshot is not None:
            return _save_screenshot(window, screenshot)
        if startup_probe:
            return _probe_startup(window)
        window.show()
        return application.exec()
    finally:
        if detach is not None:
            detach()
        window.close()
        window.wait_for_workers()
        window.deleteLater()
        remove_ui_language()  # the process may go on (tests, the telephony hand-off): leave it as it was


def get_application(language: str | None = None) -> QApplication:
    """The process's QApplication, made on first call (the telephony socket needs it before the window).

    With `language` (fi, sv or en), the window made after this speaks it: its catalogue is compiled first when
    running from a source checkout whose .qm is missing or older than its .ts.
    """
    application = QApplication.instance()
    if application is None:
        application = QApplication(sys.argv[:1])
    assert isinstance(application, QApplication)
    application.setApplicationName(APPLICATION_NAME)
    application.setOrganizationName(ORGANISATION_NAME)
    install_visible_focus(application)
    if language is not None:
        refresh_catalogues()
        if not install_ui_language(language):
            log.warning("no %s translation catalogue in this installation: the window shows its English texts",
                        language)
    return application


def _save_screenshot(window: MainWindow, path: Path) -> int:
    # Rendered without ever appearing on a real screen, whatever the platform plugin.
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    pending = {"first page", "status"}
    loop = QEventLoop()

    def settled(what: str) -> None:
        pending.discard(what)
        if not pending:
            # Quit on the next turn of the loop, after the status bar has laid out its new texts.
            QTimer.singleShot(0, loop.quit)

    window.first_page_shown.connect(lambda: settled("first page"))
    window.status_settled.connect(lambda _status: settled("status"))
    QTimer.singleShot(UNATTENDED_TIMEOUT_MS, loop.quit)
    window.show()
    loop.exec()
    if pending:
        print(f"neuvo: the window did not finish loading ({', '.join(sorted(pending))}) "
              f"within {UNATTENDED_TIMEOUT_MS // 1000} s; no screenshot saved.", file=sys.stderr)
        return 1
    image = window.grab()
    if not image.save(str(path), "PNG"):
        print(f"neuvo: could not save the screenshot to {path} (is the directory there and writable?).",
              file=sys.stderr)
        return 1
    # The build's smoke test reads the language: a bundle that lost its catalogues would render in English.
    print(f"neuvo: saved {path} ({image.width()}x{image.height()}, window language {ui_language()})")
    return 0


def _probe_startup(window: MainWindow) -> int:
    loop = QEventLoop()
    shown: list[float] = []

    def report() -> None:
        shown.append(seconds_since_process_start())
        loop.quit()

    window.first_page_shown.connect(report)
    QTimer.singleShot(UNATTENDED_TIMEOUT_MS, loop.quit)
    window.show()
    loop.exec()
    if not shown:
        print(f"neuvo: the window was not usable within {UNATTENDED_TIMEOUT_MS // 1000} s.", file=sys.stderr)
        return 1
    print(f"ready {shown[0]:.3f}", flush=True)
    return 0
