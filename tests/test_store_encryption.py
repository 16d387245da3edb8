"""The store is a SQLCipher file: unreadable without its key, and never altered when it cannot be opened."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest
import sqlcipher3

from app.errors import StoreError
from app.secrets import DEMO_SECRETS_FILE
from app.store.database import DATABASE_KEY
from app.workstation import open_workstation


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_plain_sqlite_cannot_read_the_store_but_the_key_can(workstation, memory_keyring):
    path = workstation.store.path
    workstation.close()

    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()

    key = next(v for (_, user), v in memory_keyring.passwords.items() if user.endswith(DATABASE_KEY))
    connection = sqlcipher3.connect(str(path))
    connection.execute(f"PRAGMA key = \"x'{key}'\"")
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    connection.close()
    assert {"clients", "client_phones", "advisers", "service_points", "audit_events", "outbox"} <= tables


def test_store_runs_in_wal_mode_with_foreign_keys(workstation):
    assert workstation.store.pragma("journal_mode") == "wal"
    assert workstation.store.pragma("foreign_keys") == 1


def test_key_lives_in_the_keyring_not_in_the_profile(workstation, memory_keyring):
    key = next(v for (_, user), v in memory_keyring.passwords.items() if user.endswith(DATABASE_KEY))
    workstation.close()
    for file in workstation.profile.directory.iterdir():
        assert key.encode() not in file.read_bytes(), file.name
    assert not (workstation.profile.directory / DEMO_SECRETS_FILE).exists()


def test_wrong_key_is_refused_and_the_file_is_left_untouched(tmp_path, no_keyring):
    ws = open_workstation(tmp_path / "demo", demo=True)
    ws.close()
    secrets_file = tmp_path / "demo" / DEMO_SECRETS_FILE
    secrets = json.loads(secrets_file.read_text())
    secrets[DATABASE_KEY] = "ab" * 32
    secrets_file.write_text(json.dumps(secrets))
    before = _digest(ws.store.path)

    with pytest.raises(StoreError, match="cannot be decrypted"):
        open_workstation(tmp_path / "demo", demo=True)
    assert _digest(ws.store.path) == before


def test_foreign_sqlite_file_is_named_as_such_and_left_untouched(tmp_path, no_keyring):
    ws = open_workstation(tmp_path / "demo", demo=True)
    ws.close()
    ws.store.path.unlink()
    for suffix in ("-wal", "-shm"):
        ws.store.path.with_name(ws.store.path.name + suffix).unlink(missing_ok=True)
    foreign = sqlite3.connect(ws.store.path)
    foreign.execute("CREATE TABLE t(x)")
    foreign.commit()
    foreign.close()
    before = _digest(ws.store.path)

    with pytest.raises(StoreError, match="unencrypted SQLite file"):
        open_workstation(tmp_path / "demo", demo=True)
    assert _digest(ws.store.path) == before


def test_corrupted_file_is_refused_and_left_untouched(tmp_path, no_keyring):
    ws = open_workstation(tmp_path / "demo", demo=True)
    ws.close()
    data = bytearray(ws.store.path.read_bytes())
    data[:4096] = bytes(4096)
    ws.store.path.write_bytes(bytes(data))
    before = _digest(ws.store.path)

    with pytest.raises(StoreError):
        open_workstation(tmp_path / "demo", demo=True)
    assert _digest(ws.store.path) == before


def test_missing_key_for_an_existing_store_is_not_replaced(tmp_path, memory_keyring):
    ws = open_workstation(tmp_path / "p")
    ws.close()
    memory_keyring.passwords.clear()

    with pytest.raises(StoreError, match="missing"):
        open_workstation(tmp_path / "p")
    assert memory_keyring.passwords == {}
