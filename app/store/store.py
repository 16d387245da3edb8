"""An open store: the engine, a session factory and the keyed identity-code hash, ready for units of work."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from app.domain.identity_code import identity_code_hash
from app.errors import StoreError
from app.secrets import SecretStore
from app.store.database import create_store_engine, database_key, verify_store_opens
from app.store.migrate import MigrationReport, migrate_to_head
from app.store.unit_of_work import UnitOfWork
from app.text import Text

IDENTITY_HASH_KEY = "identity-code-hash-key"


@dataclass
class Store:
    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    identity_hash_key: bytes
    migration: MigrationReport

    def unit_of_work(self, adviser_id: uuid.UUID | None = None, workstation: str = "") -> UnitOfWork:
        return UnitOfWork(self.session_factory, self.hash_identity_code, adviser_id, workstation)

    def hash_identity_code(self, code: str) -> str:
        return identity_code_hash(code, self.identity_hash_key)

    def pragma(self, name: str) -> object:
        with self.engine.connect() as connection:
            return connection.execute(text(f"PRAGMA {name}")).scalar()

    def close(self) -> None:
        self.engine.dispose()


def open_store(store_path: Path, secret_store: SecretStore) -> Store:
    """Open (or create) the encrypted store and bring its schema to head. Never alters a store it cannot read."""
    is_new = not store_path.exists()
    key = database_key(secret_store, store_path)
    engine = create_store_engine(store_path, key)
    verify_store_opens(engine, store_path)
    try:
        report = migrate_to_head(engine)
    except StoreError:
        engine.dispose()
        raise
    return Store(store_path, engine, sessionmaker(engine, expire_on_commit=False),
                 _hash_key(secret_store, is_new), report)


def _hash_key(secret_store: SecretStore, store_is_new: bool) -> bytes:
    value = secret_store.get(IDENTITY_HASH_KEY)
    if value is None:
        if not store_is_new:
            # A new key would silently break every identity-code lookup in the existing store.
            raise StoreError(Text("The identity-code hash key is missing from %1.", secret_store.description),
                             "Restore the keyring entry from backup.")
        value = secrets.token_hex(32)
        secret_store.set(IDENTITY_HASH_KEY, value)
    return bytes.fromhex(value)
