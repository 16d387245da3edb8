"""A window start whose profile cannot be opened says so in a box (the Windows shortcut has no console), in the
profile's language, with the fix, the profile folder and a way to copy it all for IT support."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from app.errors import ProfileError, StoreError
from app.profile import STORE_FILE
from app.text import Text
from app.workstation import open_workstation
from neuvo.commands import workstation as workstation_command
from neuvo.telephony.screen_pop import ScreenPop
from ui.accessibility import unfocusable_controls, unnamed_controls
from ui.app_text import APP_CONTEXT
from ui.startup_problem import StartupProblemDialog, show_startup_problem
from ui.ui_language import ui_language

PROBLEM = "The database is damaged."
FIX = "Restore it from backup."


@pytest.fixture
def dialog(qtbot, tmp_path: Path) -> StartupProblemDialog:
    box = StartupProblemDialog(StoreError(PROBLEM, FIX), tmp_path / "profile")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box


@pytest.fixture
def shown(monkeypatch) -> list[dict[str, object]]:
    """Each box the code asks to show, recorded at exec (with the language it speaks) instead of blocking."""
    seen: list[dict[str, object]] = []

    def record(box: StartupProblemDialog) -> int:
        seen.append({"title": box.windowTitle(), "problem": box.problem_label.text(), "fix": box.fix_label.text(),
                     "details": box.details(), "language": ui_language()})
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(StartupProblemDialog, "exec", record)
    return seen


@pytest.fixture
def window_start(monkeypatch):
    """start_window as from the shortcut: a display, and no --screenshot or --startup-probe (needs_window)."""
    monkeypatch.setattr(workstation_command, "_display_available", lambda: True)


def _damaged_demo(tmp_path: Path) -> Path:
    directory = tmp_path / "demo"
    open_workstation(directory, demo=True).close()
    for name in (f"{STORE_FILE}-wal", f"{STORE_FILE}-shm"):
        (directory / name).unlink(missing_ok=True)
    (directory / STORE_FILE).write_bytes(b"not a Neuvo store, just bytes " * 100)
    return directory


def test_the_box_says_problem_fix_and_profile_folder(dialog: StartupProblemDialog, tmp_path: Path):
    assert dialog.windowTitle() == "Neuvo cannot start"
    assert dialog.problem_label.text() == PROBLEM
    assert dialog.fix_label.text() == FIX
    assert dialog.fix_label.isVisible()
    support = dialog.support_label.text()
    assert str(tmp_path / "profile") in support
    assert "IT support" in support
    assert dialog.details().splitlines()[:4] == ["Neuvo cannot start", PROBLEM, FIX, support]
    assert "StoreError" in dialog.details()


def test_the_box_is_named_and_reachable_for_screen_readers_and_keyboards(dialog: StartupProblemDialog):
    assert unnamed_controls(dialog) == []
    assert unfocusable_controls(dialog) == []
    assert dialog.close_button.accessibleName() == "Close"
    assert dialog.copy_button.accessibleName() == "Copy details"
    assert dialog.problem_label.accessibleName() == PROBLEM
    assert dialog.focusWidget() is dialog.close_button


def test_copy_details_puts_the_text_on_the_clipboard(qtbot, dialog: StartupProblemDialog):
    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.details()
    assert dialog.copied_note.text()
    assert dialog.isVisible()  # copying does not close the box


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_escape_and_enter_close_the_box(qtbot, dialog: StartupProblemDialog, key):
    qtbot.keyClick(dialog, key)
    assert not dialog.isVisible()


def test_a_box_without_a_fix_shows_no_empty_line(qtbot, tmp_path: Path):
    box = StartupProblemDialog(StoreError(PROBLEM), tmp_path)
    qtbot.addWidget(box)
    box.show()
    assert not box.fix_label.isVisible()
    assert "\n\n" not in box.details()


def test_problem_and_fix_go_through_the_app_message_catalogue(qtbot, tmp_path: Path):
    class Shouting(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return source.upper() if context == APP_CONTEXT else None

    translator = Shouting()
    QApplication.instance().installTranslator(translator)
    try:
        error = StoreError(Text("The database %1 is damaged.", "/srv/profile/neuvo.db"), FIX)
        box = StartupProblemDialog(error, tmp_path)
        qtbot.addWidget(box)
    finally:
        QApplication.instance().removeTranslator(translator)
    # The template is translated, its value (a path) is filled in as it is.
    assert box.problem_label.text() == "THE DATABASE /srv/profile/neuvo.db IS DAMAGED."
    assert box.fix_label.text() == FIX.upper()
    assert box.windowTitle() == "Neuvo cannot start"  # the box's own texts are in its own context


def test_the_box_speaks_the_profiles_language(tmp_path: Path, no_keyring, shown, monkeypatch):
    monkeypatch.delenv("NEUVO_UI_LANGUAGE")
    directory = _damaged_demo(tmp_path)
    with (directory / "profile.toml").open("a", encoding="utf-8") as profile_file:
        profile_file.write('\n[ui]\nlanguage = "sv"\n')
    show_startup_problem(StoreError(PROBLEM, FIX), directory)
    assert [box["language"] for box in shown] == ["sv"]
    assert ui_language() == "en"  # taken away again: the process may go on


def test_an_unreadable_profile_gets_the_box_in_finnish(tmp_path: Path, shown, monkeypatch):
    monkeypatch.delenv("NEUVO_UI_LANGUAGE")
    not_a_directory = tmp_path / "profile"
    not_a_directory.write_text("a file")
    show_startup_problem(ProfileError(PROBLEM, FIX), not_a_directory)
    assert [box["language"] for box in shown] == ["fi"]
    assert not (tmp_path / "profile.toml").exists()  # reading the language created nothing


def test_a_window_start_on_a_damaged_store_shows_the_box_and_exits_2(tmp_path: Path, no_keyring, shown,
                                                                     window_start, capsys):
    directory = _damaged_demo(tmp_path)
    before = (directory / STORE_FILE).read_bytes()

    assert workstation_command.start_window(directory, demo=True) == 2

    assert len(shown) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("neuvo: ")
    assert shown[0]["title"] == "Neuvo cannot start"
    assert shown[0]["problem"]
    assert shown[0]["problem"] in err  # the same problem as the console line
    assert shown[0]["fix"]
    assert shown[0]["fix"] in err
    assert str(directory) in shown[0]["details"]
    assert (directory / STORE_FILE).read_bytes() == before
    # The start let go of the profile: the next start may own its window.
    screen_pop = ScreenPop(directory)
    assert screen_pop.claim_or_hand_over() is None
    screen_pop.detach()


def test_a_profile_path_that_is_a_file_shows_the_box(tmp_path: Path, no_keyring, shown, window_start, capsys):
    a_file = tmp_path / "profile"
    a_file.write_text("not a profile")
    assert workstation_command.start_window(a_file, demo=True) == 2
    assert len(shown) == 1
    assert "is a file" in shown[0]["problem"]
    assert "is a file" in capsys.readouterr().err


def test_unattended_starts_show_no_box(tmp_path: Path, no_keyring, shown, window_start):
    directory = _damaged_demo(tmp_path)
    with pytest.raises(StoreError):
        workstation_command.start_window(directory, demo=True, screenshot=tmp_path / "s.png")
    with pytest.raises(StoreError):
        workstation_command.start_window(directory, demo=True, startup_probe=True)
    assert shown == []
