"""client lookup: name index (FTS5), typo-tolerant name terms, birth date and e-mail indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 09:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.store import name_index
from app.store.name_terms import name_term_rows

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(name_index.CREATE_INDEX)
    for trigger in name_index.TRIGGERS.values():
        op.execute(trigger)
    name_index.index_rows_after(op.get_bind(), 0)
    terms = op.create_table(
        "client_name_terms",
        sa.Column("variant", sa.String(200), primary_key=True),
        sa.Column("term", sa.String(200), primary_key=True),
        sqlite_with_rowid=False,
    )
    connection = op.get_bind()
    names = connection.execute(sa.text("SELECT DISTINCT last_name FROM clients UNION "
                                       "SELECT DISTINCT first_names || ' ' || coalesce(preferred_name, '') "
                                       "FROM clients")).scalars()
    rows = name_term_rows(names)
    if rows:
        op.bulk_insert(terms, rows)
    op.create_index("ix_clients_birth_date", "clients", ["birth_date"])
    # "Served recently" reads an adviser's card openings among all their audit events, searches included.
    op.create_index("ix_audit_events_adviser_action", "audit_events", ["adviser_id", "action", "at"])
    op.drop_index("ix_clients_email", table_name="clients")
    op.create_index("ix_clients_email_folded", "clients", [sa.text("lower(email)")])


def downgrade() -> None:
    op.drop_index("ix_clients_email_folded", table_name="clients")
    op.create_index("ix_clients_email", "clients", ["email"])
    op.drop_index("ix_audit_events_adviser_action", table_name="audit_events")
    op.drop_index("ix_clients_birth_date", table_name="clients")
    op.drop_table("client_name_terms")
    for trigger in name_index.TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS client_name_index")
