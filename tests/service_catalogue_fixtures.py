"""A demo profile with the real PTV demo catalogue imported once per test module (importing takes ~3 s)."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest

from app.usecases.demo_services import seed_demo_services
from app.workstation import open_workstation


@pytest.fixture(scope="module")
def catalogue_workstation(tmp_path_factory):
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    workstation = open_workstation(tmp_path_factory.mktemp("catalogue") / "demo", demo=True)
    seed_demo_services(workstation)
    yield workstation
    workstation.close()
    keyring.set_keyring(previous)
