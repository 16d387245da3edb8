from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command

from app.store.migrate import alembic_config, current_revision, head_revision
from app.store.tables import Base


def test_a_new_store_is_migrated_to_head(workstation):
    assert current_revision(workstation.store.engine) == head_revision()
    assert workstation.store.migration.before is None


def test_schema_matches_the_mappings(workstation):
    inspector = sa.inspect(workstation.store.engine)
    for table in Base.metadata.sorted_tables:
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name


def test_synced_tables_carry_the_sync_bookkeeping_columns(workstation):
    inspector = sa.inspect(workstation.store.engine)
    for table in ("clients", "advisers", "service_points"):
        columns = {c["name"] for c in inspector.get_columns(table)}
        assert {"id", "row_version", "crm_etag", "deleted_at", "created_at", "updated_at"} <= columns


def test_downgrade_and_upgrade_round_trip(workstation):
    config = alembic_config()
    with workstation.store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert current_revision(workstation.store.engine) is None
    with workstation.store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert current_revision(workstation.store.engine) == head_revision()


def test_reopening_does_not_migrate_again(tmp_path, memory_keyring):
    from app.workstation import open_workstation

    open_workstation(tmp_path / "p").close()
    again = open_workstation(tmp_path / "p")
    assert not again.store.migration.migrated
    again.close()


def test_audit_events_cannot_be_rewritten(workstation):
    from app.domain.audit import AuditAction

    with workstation.unit_of_work() as uow:
        uow.audit.record(AuditAction.VIEW_CLIENT, "client", "x")
        uow.commit()
    with workstation.store.engine.begin() as connection, pytest.raises(sa.exc.DatabaseError, match="append-only"):
        connection.execute(sa.text("UPDATE audit_events SET action = 'forged'"))
    with workstation.store.engine.begin() as connection, pytest.raises(sa.exc.DatabaseError, match="append-only"):
        connection.execute(sa.text("DELETE FROM audit_events"))
