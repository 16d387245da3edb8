"""Checks of the open store for `neuvo --self-check`: encryption, schema, FTS5, journal mode, integrity."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from app.store.database import is_encrypted_on_disk
from app.store.migrate import current_revision, head_revision
from app.store.store import Store


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def check_store(store: Store) -> list[CheckResult]:
    return [
        _check_cipher(store),
        CheckResult("encrypted on disk", is_encrypted_on_disk(store.path),
                    "file header is not plain SQLite" if is_encrypted_on_disk(store.path)
                    else "file header is plain SQLite: the store is NOT encrypted"),
        _check_schema(store),
        _check_fts5(store),
        _check_pragmas(store),
        _check_integrity(store),
    ]


def _check_cipher(store: Store) -> CheckResult:
    version = store.pragma("cipher_version")
    return CheckResult("SQLCipher", bool(version), f"version {version}" if version else "not a SQLCipher build")


def _check_schema(store: Store) -> CheckResult:
    current, head = current_revision(store.engine), head_revision()
    return CheckResult("schema", current == head, f"at {current} (this Neuvo expects {head})")


def _check_fts5(store: Store) -> CheckResult:
    """FTS5 with the tokenizers search needs; in a TEMP table so the store itself is not written."""
    try:
        with store.engine.connect() as connection:
            for tokenizer in ("unicode61 remove_diacritics 2", "trigram"):
                connection.execute(text(
                    f"CREATE VIRTUAL TABLE temp.neuvo_fts_probe USING fts5(body, tokenize='{tokenizer}')"))
                connection.execute(text("INSERT INTO temp.neuvo_fts_probe(body) VALUES ('Mäkinen Åberg')"))
                hits = connection.execute(text(
                    "SELECT count(*) FROM temp.neuvo_fts_probe WHERE neuvo_fts_probe MATCH 'aberg'")).scalar()
                connection.execute(text("DROP TABLE temp.neuvo_fts_probe"))
                if tokenizer.startswith("unicode61") and hits != 1:
                    return CheckResult("FTS5", False, "diacritic folding does not match 'Åberg' with 'aberg'")
            connection.rollback()
    except Exception as exc:
        return CheckResult("FTS5", False, f"unavailable ({type(exc).__name__})")
    return CheckResult("FTS5", True, "unicode61 (diacritics folded) and trigram tokenizers work")


def _check_pragmas(store: Store) -> CheckResult:
    journal, foreign_keys = store.pragma("journal_mode"), store.pragma("foreign_keys")
    ok = journal == "wal" and foreign_keys == 1
    detail = f"journal_mode={journal}, foreign_keys={'on' if foreign_keys else 'off'}"
    return CheckResult("journal and keys", ok, detail)


def _check_integrity(store: Store) -> CheckResult:
    with store.engine.connect() as connection:
        quick = connection.execute(text("PRAGMA quick_check")).scalar()
        # cipher_integrity_check verifies every page's HMAC and returns one row per damaged page.
        damaged = connection.execute(text("PRAGMA cipher_integrity_check")).fetchall()
    ok = quick == "ok" and not damaged
    return CheckResult("integrity", ok, "quick_check ok, page HMACs ok" if ok
                       else f"quick_check={quick}, damaged pages={len(damaged)}")
