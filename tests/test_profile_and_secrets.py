"""Where the key lives, and what happens when there is nowhere safe to keep it."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.errors import ProfileError, SecretStoreError
from app.profile import PROFILE_FILE, ProfileKind, open_profile
from app.secrets import DEMO_SECRETS_FILE
from app.workstation import open_workstation


def test_demo_profile_without_keyring_keeps_its_key_in_an_owner_only_file_and_warns(tmp_path, no_keyring):
    ws = open_workstation(tmp_path / "demo", demo=True)
    ws.close()
    key_file = tmp_path / "demo" / DEMO_SECRETS_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert any("keyring" in warning for warning in ws.warnings)


def test_workstation_profile_without_keyring_refuses_and_writes_nothing(tmp_path, no_keyring):
    with pytest.raises(SecretStoreError, match="No OS keyring"):
        open_workstation(tmp_path / "ws")
    assert not (tmp_path / "ws").exists()


def test_existing_workstation_profile_without_keyring_refuses_and_keeps_its_data(tmp_path, memory_keyring):
    open_workstation(tmp_path / "ws").close()
    before = sorted(p.name for p in (tmp_path / "ws").iterdir())
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(SecretStoreError, match="No OS keyring"):
        open_workstation(tmp_path / "ws")
    assert sorted(p.name for p in (tmp_path / "ws").iterdir()) == before
    assert not (tmp_path / "ws" / DEMO_SECRETS_FILE).exists()


def test_workstation_profile_with_keyring_uses_it_and_no_warning(workstation):
    assert workstation.warnings == []
    assert "keyring" in workstation.secret_store.description
    assert workstation.profile.kind is ProfileKind.WORKSTATION


def test_profiles_keep_separate_keys(tmp_path, memory_keyring):
    open_workstation(tmp_path / "a").close()
    open_workstation(tmp_path / "b").close()
    assert len(memory_keyring.passwords) == 4  # database key and identity-hash key, per profile


def test_profile_path_that_is_a_file_is_refused(tmp_path):
    target = tmp_path / "not-a-dir"
    target.write_text("x")
    with pytest.raises(ProfileError, match="is a file"):
        open_profile(target, create_as=ProfileKind.DEMO)


def test_unwritable_profile_location_is_refused_with_the_fix(tmp_path, no_keyring):
    # /proc refuses new directories even to root, so this holds on CI machines that run as root.
    with pytest.raises(ProfileError, match="Cannot write to the profile directory"):
        open_workstation(Path("/proc/neuvo-profile"), demo=True)


def test_damaged_profile_file_is_refused(tmp_path):
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / PROFILE_FILE).write_text("id = [broken")
    with pytest.raises(ProfileError, match="unreadable or damaged"):
        open_profile(tmp_path / "p")


def test_a_database_without_profile_file_is_not_adopted(tmp_path):
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "neuvo.db").write_bytes(b"\0" * 100)
    with pytest.raises(ProfileError, match=r"no profile\.toml"):
        open_profile(tmp_path / "p", create_as=ProfileKind.DEMO)
