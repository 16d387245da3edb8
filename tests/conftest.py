from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite reads the window in the English of the code, whatever the profile or the machine would choose
# (tests/ui/test_languages.py installs Finnish and Swedish itself).
os.environ["NEUVO_UI_LANGUAGE"] = "en"

import keyring
import pytest

from app.workstation import Workstation, open_workstation
from tests.keyring_double import MemoryKeyring


@pytest.fixture
def memory_keyring():
    """Stands in for the OS keyring (Secret Service, Windows Credential Manager, macOS Keychain)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    """A machine with no keyring backend at all, as on a headless Linux box."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def workstation(tmp_path, memory_keyring) -> Workstation:
    ws = open_workstation(tmp_path / "profile")
    yield ws
    ws.close()


@pytest.fixture
def demo_workstation(tmp_path, no_keyring) -> Workstation:
    ws = open_workstation(tmp_path / "demo", demo=True)
    yield ws
    ws.close()
