"""Bring the store's schema to the version this Neuvo expects, at every start, through Alembic."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app.errors import StoreError
from app.text import Text

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class MigrationReport:
    before: str | None
    after: str

    @property
    def migrated(self) -> bool:
        return self.before != self.after


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate_to_head(engine: Engine) -> MigrationReport:
    config = alembic_config()
    scripts = ScriptDirectory.from_config(config)
    head = scripts.get_current_head()
    assert head is not None
    before = current_revision(engine)
    if before == head:
        return MigrationReport(before, head)
    if before is not None and scripts.get_revision(before) is None:
        raise StoreError(Text("The store is at schema %1, which this Neuvo does not know (a newer version wrote it).",
                              before),
                         "Install the newer Neuvo again; this one leaves the data untouched.")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationReport(before, head)
