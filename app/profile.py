"""A workstation profile: one directory holding one encrypted store and its settings.

The profile file (`profile.toml`) says whether this is a demo profile, which relaxes exactly one rule: the
database key may live in a file when the machine has no OS keyring.
"""

from __future__ import annotations

import os
import tomllib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

import platformdirs

from app.errors import ProfileError
from app.text import Text

PROFILE_FILE = "profile.toml"
STORE_FILE = "neuvo.db"
APP_NAME = "Neuvo"


class ProfileKind(StrEnum):
    WORKSTATION = "workstation"
    DEMO = "demo"


@dataclass(frozen=True)
class Profile:
    directory: Path
    profile_id: str
    kind: ProfileKind
    created_at: str

    @property
    def store_path(self) -> Path:
        return self.directory / STORE_FILE

    @property
    def is_demo(self) -> bool:
        return self.kind is ProfileKind.DEMO

    @property
    def name(self) -> str:
        return self.directory.name


def default_demo_directory() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo"


def default_workstation_directory() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "default"


def open_profile(directory: Path, *, create_as: ProfileKind | None = None) -> Profile:
    """Read the profile in `directory`; create it (as `create_as`) when the directory holds none yet.

    A directory that already holds a store but no profile file is refused rather than adopted: its key would
    be unknown, and guessing would risk the data.
    """
    directory = directory.expanduser().absolute()
    profile_file = directory / PROFILE_FILE
    if directory.exists() and not directory.is_dir():
        raise ProfileError(Text("The profile path %1 is a file, not a directory.", directory),
                           "Choose a directory with --profile DIR.")
    if profile_file.is_file():
        return _read_profile(directory, profile_file)
    if (directory / STORE_FILE).exists():
        raise ProfileError(Text("%1 holds a database but no %2.", directory, PROFILE_FILE),
                           "Restore the profile file from backup, or point --profile at another directory.")
    if create_as is None:
        raise ProfileError(Text("No Neuvo profile in %1.", directory),
                           "Start with --demo, or create one with --profile DIR.")
    ensure_writable(directory)
    profile = Profile(directory, str(uuid.uuid4()), create_as, datetime.now(UTC).isoformat(timespec="seconds"))
    profile_file.write_text(
        "# Neuvo workstation profile. The database key is not here: it lives in the OS keyring.\n"
        f'id = "{profile.profile_id}"\nkind = "{profile.kind.value}"\ncreated_at = "{profile.created_at}"\n',
        encoding="utf-8",
    )
    return profile


def ensure_writable(directory: Path) -> None:
    """Fail early and clearly when the profile cannot be written, before anything is touched."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe = directory / f".write-probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise ProfileError(
            Text("Cannot write to the profile directory %1 (%2).", directory, exc.strerror or exc),
            "Give your user write access to it, or choose another directory with --profile DIR.",
        ) from exc


def _read_profile(directory: Path, profile_file: Path) -> Profile:
    try:
        data = tomllib.loads(profile_file.read_text(encoding="utf-8"))
        return Profile(directory, str(uuid.UUID(data["id"])), ProfileKind(data["kind"]), str(data["created_at"]))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, ValueError) as exc:
        raise ProfileError(Text("The profile file %1 is unreadable or damaged (%2).", profile_file, type(exc).__name__),
                           "Restore it from backup, or start a new profile in another directory.") from exc
