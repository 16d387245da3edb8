"""Opening a workstation: profile → secrets → encrypted store (migrated) → the adviser at the keyboard.

This is the core of the composition root; the command line and the window build on the `Workstation` it returns.
"""

from __future__ import annotations

import getpass
import logging
import socket
from dataclasses import dataclass
from pathlib import Path

from app.domain.adviser import Adviser, Role
from app.profile import PROFILE_FILE, Profile, ProfileKind, ensure_writable, open_profile
from app.secrets import SecretStore, no_keyring_error, secret_store_for, usable_keyring_backend
from app.store.store import Store, open_store
from app.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

DEMO_ADVISER_USERNAME = "demo.adviser"


@dataclass
class Workstation:
    profile: Profile
    secret_store: SecretStore
    store: Store
    adviser: Adviser
    workstation_name: str

    def unit_of_work(self) -> UnitOfWork:
        return self.store.unit_of_work(self.adviser.id, self.workstation_name)

    @property
    def warnings(self) -> list[str]:
        return [w for w in (self.secret_store.warning,) if w]

    def close(self) -> None:
        self.store.close()


def open_workstation(directory: Path, *, demo: bool = False, create: bool = True) -> Workstation:
    kind = ProfileKind.DEMO if demo else ProfileKind.WORKSTATION
    is_new = not (directory / PROFILE_FILE).is_file()
    if is_new and kind is ProfileKind.WORKSTATION and usable_keyring_backend() is None:
        raise no_keyring_error()  # before anything is written, so a refused start leaves no debris
    profile = open_profile(directory, create_as=kind if create else None)
    ensure_writable(profile.directory)
    secret_store = secret_store_for(profile)
    store = open_store(profile.store_path, secret_store)
    if store.migration.migrated:
        log.info("store schema migrated from %s to %s", store.migration.before, store.migration.after)
    adviser = _adviser_at_keyboard(store, profile)
    return Workstation(profile, secret_store, store, adviser, socket.gethostname())


def _adviser_at_keyboard(store: Store, profile: Profile) -> Adviser:
    """The signed-in adviser: the OS user (the CRM sign-in replaces this once sync is configured)."""
    username = DEMO_ADVISER_USERNAME if profile.is_demo else getpass.getuser()
    with store.unit_of_work() as uow:
        adviser = uow.advisers.by_username(username)
        if adviser is None:
            roles = frozenset(Role) if profile.is_demo else frozenset({Role.COUNTER, Role.PHONE})
            display = "Demo Adviser" if profile.is_demo else username
            adviser = Adviser(username, display, roles)
            uow.advisers.add(adviser)
            uow.commit()
    return adviser
