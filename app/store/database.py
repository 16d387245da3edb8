"""Opening the profile's SQLCipher database through SQLAlchemy, and telling apart why it will not open."""

from __future__ import annotations

import re
import secrets
from pathlib import Path

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.pool import QueuePool

from app.errors import StoreError
from app.search.folding import fold_for_index
from app.secrets import SecretStore
from app.text import Text

DATABASE_KEY = "database-key"
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")


def database_key(secret_store: SecretStore, store_path: Path) -> str:
    """The profile's 256-bit database key; created only for a store that does not exist yet."""
    key = secret_store.get(DATABASE_KEY)
    if key is None:
        if store_path.exists():
            raise StoreError(
                Text("The key for %1 is missing from %2.", store_path, secret_store.description),
                "Restore the keyring entry from backup. Neuvo will not make a new key: the data would be lost.",
            )
        key = secrets.token_hex(32)
        secret_store.set(DATABASE_KEY, key)
    if not _HEX_KEY.match(key):
        raise StoreError(Text("The database key in %1 is not a 256-bit hex key.", secret_store.description),
                         "Restore the keyring entry from backup.")
    return key


def create_store_engine(store_path: Path, key_hex: str) -> Engine:
    """An engine whose every connection is keyed, in WAL mode, with foreign keys enforced.

    A raw key (x'…') skips SQLCipher's PBKDF2 step: the key is already 256 random bits, and skipping the
    derivation keeps a cold start fast.
    """
    url = URL.create("sqlite+pysqlcipher", password=f"x'{key_hex}'", database=str(store_path))
    # The dialect defaults to one connection per thread; a queue pool lets worker threads share the file.
    engine = create_engine(url, module=sqlcipher3.dbapi2, connect_args={"check_same_thread": False},
                           poolclass=QueuePool, pool_size=4, max_overflow=4)
    event.listen(engine, "connect", _configure_connection)
    return engine


FOLD_NAMES_FUNCTION = "neuvo_fold_names"


def _configure_connection(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA temp_store=MEMORY")
    finally:
        cursor.close()
    # The client name index's triggers fold names with the very code that folds the queries.
    dbapi_connection.create_function(FOLD_NAMES_FUNCTION, 1, fold_for_index, deterministic=True)


def verify_store_opens(engine: Engine, store_path: Path) -> None:
    """Read the schema once, so a wrong key or a foreign file fails here with a clear message."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except Exception as exc:
        engine.dispose()
        raise _explain_open_failure(store_path) from exc


def _explain_open_failure(store_path: Path) -> StoreError:
    try:
        with store_path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        return StoreError(Text("Cannot read the database file %1 (%2).", store_path, exc.strerror),
                          "Check the file's permissions.")
    if header == SQLITE_PLAIN_HEADER:
        return StoreError(Text("%1 is an unencrypted SQLite file, not a Neuvo store.", store_path),
                          "Move it away; Neuvo never opens or converts a foreign database in place.")
    return StoreError(
        Text("%1 cannot be decrypted: the key does not match, or the file is damaged.", store_path),
        "Restore the profile's keyring entry or the database from backup; the file was left untouched.",
    )


def is_encrypted_on_disk(store_path: Path) -> bool:
    with store_path.open("rb") as handle:
        return handle.read(16) != SQLITE_PLAIN_HEADER
