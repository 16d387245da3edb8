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


def test_consent_events_are_append_only_but_keep_their_crm_version(workstation):
    from datetime import UTC, date, datetime
    from uuid import uuid4

    from app.domain.consent import ConsentChannel, ConsentDecision, ConsentEvent, ConsentEvidence

    event = ConsentEvent(uuid4(), uuid4(), "record_contact", ConsentDecision.GRANTED, date(2026, 1, 1), None,
                         ConsentChannel.COUNTER, ConsentEvidence.VERBAL, "2026-01", "fi", None, None,
                         datetime(2026, 1, 1, tzinfo=UTC))
    with workstation.unit_of_work() as uow:
        uow.consents.add(event)
        uow.commit()
    for statement in ("UPDATE consent_events SET decision = 'withdrawn'",
                      "UPDATE consent_events SET valid_until = '2030-01-01'",
                      "UPDATE consent_events SET recorded_at = '2020-01-01T00:00:00.000000Z', sequence = 9",
                      "DELETE FROM consent_events"):
        with workstation.store.engine.begin() as connection, \
                pytest.raises(sa.exc.DatabaseError, match="append-only"):
            connection.execute(sa.text(statement))
    with workstation.store.engine.begin() as connection:
        connection.execute(sa.text("UPDATE consent_events SET crm_etag = 'W/\"42\"'"))
        assert connection.execute(sa.text("SELECT crm_etag, decision FROM consent_events")).one() == (
            'W/"42"', "granted")


def test_consent_validity_cannot_end_before_it_starts_even_in_raw_sql(workstation):
    with workstation.store.engine.begin() as connection, pytest.raises(sa.exc.IntegrityError):
        connection.execute(sa.text(
            "INSERT INTO consent_events (id, client_id, purpose, decision, valid_from, valid_until, channel, "
            "evidence, text_version, language, recorded_at, sequence) VALUES ('a', 'b', 'newsletter', 'granted', "
            "'2026-02-01', '2026-01-31', 'counter', 'verbal', '1', 'fi', '2026-02-01T00:00:00.000000Z', 1)"))


def test_upgrading_a_0002_store_adds_the_consent_table(workstation):
    config = alembic_config()
    with workstation.store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    assert "consent_events" not in sa.inspect(workstation.store.engine).get_table_names()
    with workstation.store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    inspector = sa.inspect(workstation.store.engine)
    assert {index["name"] for index in inspector.get_indexes("consent_events")} == {
        "ix_consent_events_client", "ix_consent_events_expiry"}
    with workstation.store.engine.connect() as connection:
        triggers = set(connection.execute(sa.text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'consent_events'")).scalars())
    assert triggers == {"consent_events_no_update", "consent_events_no_delete"}


def test_upgrading_a_0004_store_adds_the_encounter_tables_with_their_triggers(workstation):
    config = alembic_config()
    with workstation.store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    assert "encounters" not in sa.inspect(workstation.store.engine).get_table_names()
    with workstation.store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    tables = set(sa.inspect(workstation.store.engine).get_table_names())
    assert {"encounters", "encounter_needs", "encounter_signals", "encounter_drafts", "situation_tallies"} <= tables
    with workstation.store.engine.connect() as connection:
        triggers = set(connection.execute(sa.text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'encounter%'")).scalars())
    assert triggers == {f"{table}_no_{what}" for table in ("encounters", "encounter_needs", "encounter_signals")
                        for what in ("update", "delete")}
