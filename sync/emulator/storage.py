"""The emulator's own SQLite file: one table per Dataverse table, a tombstone table for change tracking, and a
global version counter.

Every write takes the next number of one counter and stores it as the row's `versionnumber` (Dataverse's
rowversion works the same way). That number is the row's etag, and a delta token is simply the counter's value at
the time of a read: "what changed since" becomes `versionnumber > token`, plus tombstones with `seq > token`.

Plain sqlite3 (this is a test double, not Neuvo's store), one connection behind a lock: requests are served one
at a time, which keeps change sets trivially atomic (SAVEPOINT … RELEASE / ROLLBACK TO).
"""

# SQL here is built from the table schema (sync/crm_schema.py) and validated names; values are parameters.
# ruff: noqa: S608

from __future__ import annotations

import contextlib
import itertools
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from sync.crm_schema import ColumnType, CrmTable

_SQL_TYPES = {ColumnType.STRING: "TEXT COLLATE NOCASE", ColumnType.GUID: "TEXT", ColumnType.LOOKUP: "TEXT",
              ColumnType.INTEGER: "INTEGER", ColumnType.BIGINT: "INTEGER", ColumnType.CHOICE: "INTEGER",
              ColumnType.BOOLEAN: "INTEGER", ColumnType.DATETIME: "TEXT", ColumnType.DATE: "TEXT"}


class EmulatorStore:
    def __init__(self, path: Path, tables: dict[str, CrmTable]) -> None:
        self.path = path
        self.tables = tables
        path.parent.mkdir(parents=True, exist_ok=True)
        self.lock = threading.RLock()
        self.connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA synchronous=NORMAL")
        self._savepoints = itertools.count(1)
        self._create_schema()
        self._version = self._highest_version()

    def close(self) -> None:
        with self.lock:
            self.connection.close()

    def _create_schema(self) -> None:
        with self.lock:
            for table in self.tables.values():
                columns = ", ".join(
                    f'"{c.attribute}" {_SQL_TYPES[c.type]}' + (" PRIMARY KEY" if c.name == table.primary_id else "")
                    for c in table.columns)
                self.connection.execute(f'CREATE TABLE IF NOT EXISTS "{table.logical_name}" ({columns})')
                # A data directory made before a column was added to crm_schema gets it (empty) now.
                present = {row[1] for row in self.connection.execute(f'PRAGMA table_info("{table.logical_name}")')}
                for column in table.columns:
                    if column.attribute not in present:
                        self.connection.execute(f'ALTER TABLE "{table.logical_name}" ADD COLUMN '
                                                f'"{column.attribute}" {_SQL_TYPES[column.type]}')
                self.connection.execute(f'CREATE INDEX IF NOT EXISTS "ix_{table.logical_name}_version" '
                                        f'ON "{table.logical_name}" (versionnumber)')
                for lookup in table.lookups:
                    self.connection.execute(f'CREATE INDEX IF NOT EXISTS "ix_{table.logical_name}_{lookup.name}" '
                                            f'ON "{table.logical_name}" ("{lookup.attribute}")')
            self.connection.execute("CREATE TABLE IF NOT EXISTS _deleted (seq INTEGER PRIMARY KEY, "
                                    "entity TEXT NOT NULL, id TEXT NOT NULL)")
            self.connection.execute("CREATE INDEX IF NOT EXISTS ix_deleted_entity ON _deleted (entity, seq)")
            self.connection.execute("CREATE TABLE IF NOT EXISTS _meta (key TEXT PRIMARY KEY, value TEXT)")

    def _highest_version(self) -> int:
        highest = self.connection.execute("SELECT coalesce(max(seq), 0) FROM _deleted").fetchone()[0]
        for table in self.tables.values():
            value = self.connection.execute(
                f'SELECT coalesce(max(versionnumber), 0) FROM "{table.logical_name}"').fetchone()[0]
            highest = max(highest, value)
        return int(highest)

    @property
    def current_version(self) -> int:
        return self._version

    def next_version(self) -> int:
        with self.lock:
            self._version += 1
            return self._version

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing; nests (a change set holds several writes, each of which is a transaction too)."""
        with self.lock:
            name = f"sp{next(self._savepoints)}"
            self.connection.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                self.connection.execute(f"ROLLBACK TO {name}")
                self.connection.execute(f"RELEASE {name}")
                raise
            self.connection.execute(f"RELEASE {name}")

    def version_of(self, table: CrmTable, record_id: str) -> int | None:
        row = self.connection.execute(
            f'SELECT versionnumber FROM "{table.logical_name}" WHERE "{table.primary_id}" = ?', (record_id,)).fetchone()
        return None if row is None else int(row[0])

    def insert(self, table: CrmTable, values: dict[str, object]) -> None:
        names = list(values)
        columns = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" for _ in names)
        self.connection.execute(f'INSERT INTO "{table.logical_name}" ({columns}) VALUES ({marks})',
                                [values[n] for n in names])

    def update(self, table: CrmTable, record_id: str, values: dict[str, object]) -> None:
        assignments = ", ".join(f'"{n}" = ?' for n in values)
        self.connection.execute(f'UPDATE "{table.logical_name}" SET {assignments} WHERE "{table.primary_id}" = ?',
                                [*values.values(), record_id])

    def delete(self, table: CrmTable, record_id: str, seq: int) -> None:
        self.connection.execute(f'DELETE FROM "{table.logical_name}" WHERE "{table.primary_id}" = ?', (record_id,))
        self.connection.execute("INSERT INTO _deleted (seq, entity, id) VALUES (?, ?, ?)",
                                (seq, table.logical_name, record_id))

    def insert_many(self, table: CrmTable, rows: Iterable[dict[str, object]], names: list[str]) -> int:
        """Seeding's fast path: plain inserts in one transaction, each row taking the next version."""
        columns = ", ".join(f'"{n}"' for n in [*names, "versionnumber"])
        marks = ", ".join("?" for _ in range(len(names) + 1))
        sql = f'INSERT INTO "{table.logical_name}" ({columns}) VALUES ({marks})'
        with self.transaction():
            count = 0
            for row in rows:
                self.connection.execute(sql, [*(row.get(n) for n in names), self.next_version()])
                count += 1
        return count

    def meta(self, key: str) -> str | None:
        row = self.connection.execute("SELECT value FROM _meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def set_meta(self, key: str, value: str) -> None:
        with self.lock:
            self.connection.execute("INSERT OR REPLACE INTO _meta (key, value) VALUES (?, ?)", (key, value))

    def count(self, table: CrmTable) -> int:
        return int(self.connection.execute(f'SELECT count(*) FROM "{table.logical_name}"').fetchone()[0])
