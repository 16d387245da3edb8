"""service catalogue: PTV services, channels, code lists, general descriptions, vocabulary, FTS5 indexes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.store import service_index

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ptv_services",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ptv_id", sa.String(36), nullable=False, unique=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("organization_id", sa.String(36)),
        sa.Column("nationwide", sa.Boolean(), nullable=False),
        sa.Column("municipalities", sa.Text(), nullable=False),
        sa.Column("languages", sa.String(60), nullable=False),
        sa.Column("modified", sa.String(40)),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.Text(), nullable=False),
        sa.Column("withdrawn_at", sa.Text()),
    )
    op.create_index("ix_ptv_services_organization", "ptv_services", ["organization_id", "status"])
    op.create_table(
        "ptv_channels",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ptv_id", sa.String(36), nullable=False, unique=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("organization_id", sa.String(36)),
        sa.Column("modified", sa.String(40)),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.Text(), nullable=False),
        sa.Column("withdrawn_at", sa.Text()),
    )
    op.create_index("ix_ptv_channels_organization", "ptv_channels", ["organization_id", "status"])
    op.create_table(
        "ptv_service_channels",
        sa.Column("service_id", sa.Integer(), sa.ForeignKey("ptv_services.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("channel_ptv_id", sa.String(36), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_ptv_service_channels_channel", "ptv_service_channels", ["channel_ptv_id"])
    op.create_table(
        "ptv_service_codes",
        sa.Column("scheme", sa.String(16), primary_key=True),
        sa.Column("code", sa.String(200), primary_key=True),
        sa.Column("service_id", sa.Integer(), sa.ForeignKey("ptv_services.id", ondelete="CASCADE"),
                  primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_ptv_service_codes_service", "ptv_service_codes", ["service_id"])
    op.create_table(
        "ptv_codes",
        sa.Column("scheme", sa.String(16), primary_key=True),
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("uri", sa.String(200)),
        sa.Column("old_uri", sa.String(200)),
        sa.Column("parent", sa.String(40)),
        sa.Column("labels", sa.Text(), nullable=False),
    )
    op.create_table(
        "ptv_general_descriptions",
        sa.Column("ptv_id", sa.String(36), primary_key=True),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.Text(), nullable=False),
    )
    op.create_table(
        "ptv_vocabulary",
        sa.Column("language", sa.String(8), primary_key=True),
        sa.Column("kind", sa.String(8), primary_key=True),
        sa.Column("term", sa.String(80), primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "ptv_imports",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("finished_at", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("services", sa.Integer(), nullable=False),
        sa.Column("channels", sa.Integer(), nullable=False),
        sa.Column("withdrawn", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
    )
    for statement in service_index.CREATE_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for statement in service_index.DROP_STATEMENTS:
        op.execute(statement)
    for table in ("ptv_imports", "ptv_vocabulary", "ptv_general_descriptions", "ptv_codes", "ptv_service_codes",
                  "ptv_service_channels", "ptv_channels", "ptv_services"):
        op.drop_table(table)
