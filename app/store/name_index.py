"""The client name index (FTS5) and the triggers that keep it in step with `clients`.

Contentless: the names already live in `clients`; the index holds only tokens and points back by rowid. Names
arrive folded by `neuvo_fold_names` (app/search/folding.py: Mäkinen → makinen), the function that also folds
the queries, so the tokenizer only splits at the spaces. The prefix indexes keep "as you type" queries of one
to three letters from walking every term that starts with them.

Shared by the migration that creates the index and by the bulk loader, which drops the insert trigger for the
length of its transaction and indexes the new rows in one statement instead (a million trigger calls cost
more than a minute).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

CREATE_INDEX = """CREATE VIRTUAL TABLE client_name_index USING fts5(
    last_name, given_names, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"""

INSERT_TRIGGER = "clients_name_index_insert"
CREATE_INSERT_TRIGGER = """CREATE TRIGGER clients_name_index_insert AFTER INSERT ON clients
    WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO client_name_index(rowid, last_name, given_names)
            VALUES (new.rowid, neuvo_fold_names(new.last_name),
                    neuvo_fold_names(new.first_names || ' ' || coalesce(new.preferred_name, '')));
    END"""
CREATE_UPDATE_TRIGGER = """CREATE TRIGGER clients_name_index_update
    AFTER UPDATE OF first_names, last_name, preferred_name, deleted_at ON clients BEGIN
        DELETE FROM client_name_index WHERE rowid = old.rowid;
        INSERT INTO client_name_index(rowid, last_name, given_names)
            SELECT new.rowid, neuvo_fold_names(new.last_name),
                   neuvo_fold_names(new.first_names || ' ' || coalesce(new.preferred_name, ''))
            WHERE new.deleted_at IS NULL;
    END"""
CREATE_DELETE_TRIGGER = """CREATE TRIGGER clients_name_index_delete AFTER DELETE ON clients BEGIN
        DELETE FROM client_name_index WHERE rowid = old.rowid;
    END"""
TRIGGERS = {INSERT_TRIGGER: CREATE_INSERT_TRIGGER, "clients_name_index_update": CREATE_UPDATE_TRIGGER,
            "clients_name_index_delete": CREATE_DELETE_TRIGGER}

_INDEX_ROWS_AFTER = text("""INSERT INTO client_name_index(rowid, last_name, given_names)
    SELECT rowid, neuvo_fold_names(last_name), neuvo_fold_names(first_names || ' ' || coalesce(preferred_name, ''))
    FROM clients WHERE rowid > :after AND deleted_at IS NULL""")


def last_client_rowid(connection: Connection) -> int:
    return int(connection.execute(text("SELECT coalesce(max(rowid), 0) FROM clients")).scalar_one())


def suspend_insert_trigger(connection: Connection) -> None:
    connection.execute(text(f"DROP TRIGGER IF EXISTS {INSERT_TRIGGER}"))


def index_rows_after(connection: Connection, after_rowid: int) -> None:
    connection.execute(_INDEX_ROWS_AFTER, {"after": after_rowid})


def index_rows_and_resume_trigger(connection: Connection, after_rowid: int) -> None:
    """Index the clients inserted after `after_rowid` and put the insert trigger back (same transaction)."""
    index_rows_after(connection, after_rowid)
    connection.execute(text(CREATE_INSERT_TRIGGER))
