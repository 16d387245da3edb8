"""Where secrets live: the OS keyring, behind one small interface.

The only exception is a demo profile on a machine with no keyring backend (a headless Linux box, CI): its key
may then sit in a 0600 file inside the demo profile, and the window says so. A real profile never does that,
because a key next to the database it protects is no protection.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from abc import ABC, abstractmethod

import keyring
import keyring.backend
import keyring.errors

from app.errors import SecretStoreError
from app.profile import Profile
from app.text import Text

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Neuvo"
DEMO_SECRETS_FILE = "demo-secrets.json"


class SecretStore(ABC):
    """Named secrets of one profile."""

    description: str
    warning: str = ""

    @abstractmethod
    def get(self, name: str) -> str | None: ...

    @abstractmethod
    def set(self, name: str, value: str) -> None: ...


class KeyringSecretStore(SecretStore):
    def __init__(self, profile: Profile, backend: keyring.backend.KeyringBackend) -> None:
        self._profile = profile
        self._backend = backend
        self.description = f"OS keyring ({type(backend).__module__}.{type(backend).__name__})"

    def _username(self, name: str) -> str:
        return f"{self._profile.profile_id}/{name}"

    def get(self, name: str) -> str | None:
        try:
            return self._backend.get_password(KEYRING_SERVICE, self._username(name))
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(Text("The OS keyring refused to give the secret “%1” (%2).", name,
                                        type(exc).__name__),
                                   "Unlock your keyring (log in again) and restart Neuvo.") from exc

    def set(self, name: str, value: str) -> None:
        try:
            self._backend.set_password(KEYRING_SERVICE, self._username(name), value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(Text("The OS keyring refused to store the secret “%1” (%2).", name,
                                        type(exc).__name__),
                                   "Unlock your keyring (log in again) and restart Neuvo.") from exc


class DemoFileSecretStore(SecretStore):
    """Demo-only fallback: a JSON file readable by the owner alone."""

    warning = "Demo profile: no OS keyring found, so the database key is kept in a file inside the profile."

    def __init__(self, profile: Profile) -> None:
        if not profile.is_demo:
            raise SecretStoreError("Refusing to keep a key in a file for a non-demo profile.")
        self._path = profile.directory / DEMO_SECRETS_FILE
        self.description = f"file {self._path} (demo only)"

    def _read(self) -> dict[str, str]:
        if not self._path.exists():
            return {}
        try:
            return json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SecretStoreError(Text("The demo key file %1 is unreadable.", self._path),
                                   "Delete the demo profile directory to start a fresh demo.") from exc

    def get(self, name: str) -> str | None:
        return self._read().get(name)

    def set(self, name: str, value: str) -> None:
        data = self._read() | {name: value}
        fd = os.open(self._path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        os.chmod(self._path, stat.S_IRUSR | stat.S_IWUSR)


def usable_keyring_backend() -> keyring.backend.KeyringBackend | None:
    """The OS keyring backend, or None when keyring found only its fail/null fallbacks."""
    backend = keyring.get_keyring()
    if _is_usable(backend):
        return backend
    return None


def _is_usable(backend: keyring.backend.KeyringBackend) -> bool:
    chained = getattr(backend, "backends", None)
    if chained is not None:
        return any(_is_usable(b) for b in chained)
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend whose priority probe fails cannot be trusted with the key
        log.debug("keyring backend %s failed its priority probe", module)
        return False


def secret_store_for(profile: Profile) -> SecretStore:
    backend = usable_keyring_backend()
    if backend is not None:
        return KeyringSecretStore(profile, backend)
    demo_file = profile.directory / DEMO_SECRETS_FILE
    if profile.is_demo:
        return DemoFileSecretStore(profile)
    if demo_file.exists():
        raise SecretStoreError("This profile is not a demo profile but carries a demo key file.",
                               "Move the profile to a machine with an OS keyring.")
    raise no_keyring_error()


def no_keyring_error() -> SecretStoreError:
    return SecretStoreError(
        "No OS keyring is available, and Neuvo keeps the database key only there.",
        "On Linux install and unlock a Secret Service keyring (gnome-keyring or KWallet); "
        "to try Neuvo without one, start the demo with --demo.",
    )
