"""encounters: append-only encounters, need tags and signals; drafts; the situational picture's tallies

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every column but crm_etag: the sync may note the server's version of a row, nothing may rewrite the fact.
BUSINESS_COLUMNS = {
    "encounters": ("id", "client_id", "channel", "service_point_id", "event_name", "adviser_id", "started_at",
                   "ended_at", "outcome", "summary", "services_offered", "taxonomy_version", "age_band",
                   "municipality_code", "week", "place", "corrects_id", "recorded_at"),
    "encounter_needs": ("id", "encounter_id", "need_code", "status", "position"),
    "encounter_signals": ("id", "encounter_id", "kind", "text", "severity", "position"),
}


def upgrade() -> None:
    op.create_table(
        "encounters",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("channel", sa.String(12), nullable=False),
        sa.Column("service_point_id", sa.Uuid(), nullable=True),
        sa.Column("event_name", sa.String(120), nullable=True),
        sa.Column("adviser_id", sa.Uuid(), nullable=True),
        sa.Column("started_at", sa.Text(), nullable=False),
        sa.Column("ended_at", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(40), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("services_offered", sa.Text(), nullable=False),
        sa.Column("taxonomy_version", sa.String(40), nullable=False),
        sa.Column("age_band", sa.String(8), nullable=False),
        sa.Column("municipality_code", sa.String(3), nullable=True),
        sa.Column("week", sa.String(8), nullable=False),
        sa.Column("place", sa.String(140), nullable=False),
        sa.Column("corrects_id", sa.Uuid(), nullable=True),
        sa.Column("recorded_at", sa.Text(), nullable=False),
        sa.Column("crm_etag", sa.String(64), nullable=True),
        sa.CheckConstraint("ended_at >= started_at", name="ck_encounters_time"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_encounters_client", "encounters", ["client_id", "started_at"],
                    sqlite_where=sa.text("client_id IS NOT NULL"))
    op.create_index("ix_encounters_week", "encounters", ["week"])
    op.create_table(
        "encounter_needs",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("encounter_id", sa.Uuid(), nullable=False),
        sa.Column("need_code", sa.String(60), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("crm_etag", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_encounter_needs_encounter", "encounter_needs", ["encounter_id", "position"])
    op.create_table(
        "encounter_signals",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("encounter_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("text", sa.String(200), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("crm_etag", sa.String(64), nullable=True),
        sa.CheckConstraint("severity BETWEEN 1 AND 3", name="ck_encounter_signals_severity"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_encounter_signals_encounter", "encounter_signals", ["encounter_id", "position"])
    op.create_table(
        "encounter_drafts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("adviser_id", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_encounter_drafts_adviser", "encounter_drafts", ["adviser_id", "updated_at"])
    op.create_table(
        "situation_tallies",
        sa.Column("fact", sa.String(12), nullable=False),
        sa.Column("dimension", sa.String(12), nullable=False),
        sa.Column("value", sa.String(140), nullable=False),
        sa.Column("week", sa.String(8), nullable=False),
        sa.Column("code", sa.String(60), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("unmet", sa.Integer(), nullable=False),
        sa.Column("partly_met", sa.Integer(), nullable=False),
        sa.Column("severity_sum", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("fact", "dimension", "value", "week", "code"),
        sqlite_with_rowid=False,
    )

    # What was said and needed at a contact is a record of the city's service: corrections are new encounters
    # that point to the original (corrects_id), never edits.
    for table, columns in BUSINESS_COLUMNS.items():
        op.execute(f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE OF {", ".join(columns)} ON {table}
                       BEGIN SELECT RAISE(ABORT, '{table} are append-only'); END""")
        op.execute(f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
                       BEGIN SELECT RAISE(ABORT, '{table} are append-only'); END""")


def downgrade() -> None:
    for table in BUSINESS_COLUMNS:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
    op.drop_table("situation_tallies")
    op.drop_index("ix_encounter_drafts_adviser", table_name="encounter_drafts")
    op.drop_table("encounter_drafts")
    op.drop_index("ix_encounter_signals_encounter", table_name="encounter_signals")
    op.drop_table("encounter_signals")
    op.drop_index("ix_encounter_needs_encounter", table_name="encounter_needs")
    op.drop_table("encounter_needs")
    op.drop_index("ix_encounters_week", table_name="encounters")
    op.drop_index("ix_encounters_client", table_name="encounters")
    op.drop_table("encounters")
