"""Every mutation of a synced record writes its outbox row in the same transaction, or neither is written."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from app.domain.client import Client, Phone, PhoneKind


def _client(**overrides) -> Client:
    values = dict(first_names="Aino Maria", last_name="Mäkinen", birth_date=date(1990, 1, 1),
                  identity_code="010190-123D", phones=[Phone("+358401234567")], email="aino@example.fi")
    return Client(**(values | overrides))


def _outbox(ws):
    with ws.unit_of_work() as uow:
        return uow.outbox.pending()


def _table_count(ws, table: str) -> int:
    with ws.store.engine.connect() as connection:
        return connection.execute(sa.select(sa.func.count()).select_from(sa.table(table))).scalar()


def test_create_writes_the_client_and_a_create_row_with_every_field(workstation):
    client = _client()
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()

    [row] = _outbox(workstation)
    assert (row.entity, row.record_id, row.operation) == ("client", client.id, "create")
    assert row.changes["last_name"] == {"old": None, "new": "Mäkinen"}
    assert row.changes["birth_date"]["new"] == "1990-01-01"
    assert row.changes["phones"]["new"] == [{"number": "+358401234567", "kind": "mobile"}]
    with workstation.unit_of_work() as uow:
        assert uow.clients.get(client.id).row_version == 1


def test_update_records_only_changed_fields_with_old_and_new_values(workstation):
    client = _client()
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    with workstation.unit_of_work() as uow:
        edited = uow.clients.get(client.id)
        edited.email = "aino.makinen@example.fi"
        edited.phones = [Phone("+358401234567"), Phone("+35891234567", PhoneKind.HOME)]
        assert uow.clients.update(edited)
        uow.commit()

    update = _outbox(workstation)[-1]
    assert update.operation == "update"
    assert set(update.changes) == {"email", "phones"}
    assert update.changes["email"] == {"old": "aino@example.fi", "new": "aino.makinen@example.fi"}
    with workstation.unit_of_work() as uow:
        stored = uow.clients.get(client.id)
    assert stored.row_version == 2
    assert [p.kind for p in stored.phones] == [PhoneKind.MOBILE, PhoneKind.HOME]


def test_an_update_that_changes_nothing_queues_nothing(workstation):
    client = _client()
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    with workstation.unit_of_work() as uow:
        assert not uow.clients.update(uow.clients.get(client.id))
        uow.commit()
    assert len(_outbox(workstation)) == 1


def test_an_exception_after_the_mutation_leaves_neither_change_nor_outbox_row(workstation):
    def add_then_fail():
        with workstation.unit_of_work() as uow:
            uow.clients.add(_client())
            uow.flush()  # the INSERTs have run inside the transaction; now something fails
            raise RuntimeError("power cut between the change and the commit")

    with pytest.raises(RuntimeError, match="power cut"):
        add_then_fail()
    assert _table_count(workstation, "clients") == 0
    assert _table_count(workstation, "outbox") == 0
    assert _table_count(workstation, "client_phones") == 0


def test_a_flushed_but_uncommitted_edit_is_rolled_back_with_its_outbox_row(workstation):
    client = _client()
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    def edit_then_fail():
        with workstation.unit_of_work() as uow:
            edited = uow.clients.get(client.id)
            edited.last_name = "Virtanen"
            uow.clients.update(edited)
            uow.flush()
            raise RuntimeError("crash after the SQL ran")

    with pytest.raises(RuntimeError, match="crash after"):
        edit_then_fail()
    with workstation.unit_of_work() as uow:
        assert uow.clients.get(client.id).last_name == "Mäkinen"
    assert len(_outbox(workstation)) == 1


def test_leaving_without_commit_rolls_back(workstation):
    with workstation.unit_of_work() as uow:
        uow.clients.add(_client())
    assert _table_count(workstation, "clients") == 0
    assert _table_count(workstation, "outbox") == 0


def test_identity_code_is_findable_by_keyed_hash_only(workstation):
    client = _client()
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    with workstation.store.engine.connect() as connection:
        stored_hash = connection.execute(sa.text("SELECT identity_code_hash FROM clients")).scalar()
    assert stored_hash == workstation.store.hash_identity_code("010190-123D")
    assert "010190" not in stored_hash


def test_soft_delete_hides_the_client_and_queues_a_delete(workstation):
    client = _client()
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    with workstation.unit_of_work() as uow:
        uow.clients.soft_delete(client.id)
        uow.commit()
    with workstation.unit_of_work() as uow:
        assert uow.clients.count() == 0
        assert uow.clients.browse() == []
    assert _outbox(workstation)[-1].operation == "delete"


def test_browse_pages_by_keyset_in_name_order(workstation):
    names = [f"Nimi{i:03d}" for i in range(25)]
    with workstation.unit_of_work() as uow:
        for name in reversed(names):
            uow.clients.add(_client(last_name=name, identity_code=None))
        uow.commit()
    with workstation.unit_of_work() as uow:
        first = uow.clients.browse(limit=10)
        second = uow.clients.browse(after=first[-1].sort_key, limit=10)
        third = uow.clients.browse(after=second[-1].sort_key, limit=10)
    assert [c.last_name for c in first + second + third] == names
