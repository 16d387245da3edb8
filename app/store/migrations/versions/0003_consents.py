"""consents: the append-only consent_events table with its indexes and the triggers that keep it append-only

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every column but crm_etag: the sync may note the server's version of a row, nothing may rewrite the decision.
BUSINESS_COLUMNS = ("id", "client_id", "purpose", "decision", "valid_from", "valid_until", "channel", "evidence",
                    "text_version", "language", "guardian", "recorded_by", "recorded_at", "sequence")


def upgrade() -> None:
    op.create_table(
        "consent_events",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("decision", sa.String(length=12), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("evidence", sa.String(length=30), nullable=False),
        sa.Column("text_version", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("guardian", sa.String(length=200), nullable=True),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.Column("recorded_at", sa.Text(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("crm_etag", sa.String(length=64), nullable=True),
        sa.CheckConstraint("valid_until IS NULL OR valid_until >= valid_from", name="ck_consent_events_validity"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_consent_events_client", "consent_events", ["client_id", "purpose", "sequence"])
    op.create_index("ix_consent_events_expiry", "consent_events", ["valid_until", "client_id", "purpose"],
                    sqlite_where=sa.text("decision = 'granted'"))

    # Consent is evidence under GDPR art. 7(1): the database itself refuses to rewrite or remove a decision.
    # A withdrawal is a new event, never an edit.
    op.execute(f"""CREATE TRIGGER consent_events_no_update BEFORE UPDATE OF {", ".join(BUSINESS_COLUMNS)}
                   ON consent_events BEGIN SELECT RAISE(ABORT, 'consent events are append-only'); END""")
    op.execute("""CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events
                  BEGIN SELECT RAISE(ABORT, 'consent events are append-only'); END""")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS consent_events_no_delete")
    op.execute("DROP TRIGGER IF EXISTS consent_events_no_update")
    op.drop_index("ix_consent_events_expiry", table_name="consent_events")
    op.drop_index("ix_consent_events_client", table_name="consent_events")
    op.drop_table("consent_events")
