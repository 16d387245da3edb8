"""The `neuvo` command: each bad input gets one line naming the problem and the fix, a non-zero exit, no damage."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys

import pytest

from app import __version__
from app.secrets import DEMO_SECRETS_FILE
from app.store.database import DATABASE_KEY
from neuvo.cli import main


def _neuvo(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "neuvo", *args], capture_output=True, text=True, timeout=120,
                          env=env or os.environ.copy(), check=False)


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _demo_profile(tmp_path) -> object:
    assert main(["--self-check", "--demo", "--profile", str(tmp_path / "demo")]) == 0
    return tmp_path / "demo"


def test_version_from_the_installed_entry_point():
    result = _neuvo("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Neuvo {__version__}"


def test_self_check_passes_on_a_new_demo_profile(tmp_path, no_keyring, capsys):
    assert main(["--self-check", "--demo", "--profile", str(tmp_path / "demo")]) == 0
    out = capsys.readouterr().out
    for check in ("SQLCipher", "encrypted on disk", "schema", "FTS5", "journal and keys", "integrity"):
        assert f"ok       {check}" in out
    assert "all checks passed" in out


@pytest.mark.parametrize(("value", "message"), [("abc", "not a whole number"), ("0", "out of range"),
                                                ("-5", "out of range"), ("9999999999", "out of range")])
def test_demo_data_with_a_bad_client_count(value, message, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["demo-data", "--clients", value, "--profile", str(tmp_path / "d")])
    assert exit_info.value.code != 0
    assert message in capsys.readouterr().err
    assert not (tmp_path / "d").exists()


def test_wrong_key_gets_one_line_and_leaves_the_store_untouched(tmp_path, no_keyring, capsys):
    profile = _demo_profile(tmp_path)
    secrets = json.loads((profile / DEMO_SECRETS_FILE).read_text())
    secrets[DATABASE_KEY] = "cd" * 32
    (profile / DEMO_SECRETS_FILE).write_text(json.dumps(secrets))
    before = _digest(profile / "neuvo.db")
    capsys.readouterr()

    assert main(["--profile", str(profile), "--screenshot", str(tmp_path / "s.png")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "cannot be decrypted" in err
    assert "Restore" in err
    assert _digest(profile / "neuvo.db") == before
    assert not (tmp_path / "s.png").exists()


def test_self_check_fails_with_exit_1_on_a_foreign_database(tmp_path, no_keyring, capsys):
    profile = _demo_profile(tmp_path)
    for name in ("neuvo.db", "neuvo.db-wal", "neuvo.db-shm"):
        (profile / name).unlink(missing_ok=True)
    connection = sqlite3.connect(profile / "neuvo.db")
    connection.execute("CREATE TABLE other_app(x)")
    connection.commit()
    connection.close()
    before = _digest(profile / "neuvo.db")

    assert main(["--self-check", "--profile", str(profile)]) == 1
    assert "unencrypted SQLite file" in capsys.readouterr().out
    assert _digest(profile / "neuvo.db") == before


def test_missing_keyring_for_a_workstation_profile(tmp_path, no_keyring, capsys):
    assert main(["--profile", str(tmp_path / "ws"), "--screenshot", str(tmp_path / "s.png")]) == 2
    err = capsys.readouterr().err
    assert "No OS keyring" in err
    assert "--demo" in err
    assert not (tmp_path / "ws").exists()


def test_profile_directory_without_write_access(capsys, no_keyring):
    assert main(["--demo", "--profile", "/proc/neuvo-demo", "--screenshot", "/proc/x.png"]) == 2
    assert "Cannot write to the profile directory" in capsys.readouterr().err


def test_replace_refuses_to_wipe_a_workstation_profile(tmp_path, memory_keyring, capsys):
    from app.workstation import open_workstation

    open_workstation(tmp_path / "ws").close()
    before = _digest(tmp_path / "ws" / "neuvo.db")
    assert main(["demo-data", "--replace", "--clients", "5", "--profile", str(tmp_path / "ws")]) == 2
    assert "not a demo profile" in capsys.readouterr().err
    assert _digest(tmp_path / "ws" / "neuvo.db") == before


def test_no_display_is_explained(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = _neuvo("--demo", "--profile", str(tmp_path / "demo"), env=env)
    assert result.returncode == 2
    assert "no display found" in result.stderr
    assert "--screenshot" in result.stderr
