"""situation cross tallies: need tags and encounters of one dimension value by the values of another, built
from the encounters already saved; an index to find the encounters carrying a need

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 08:00:00
"""

from collections.abc import Sequence
from itertools import permutations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here (not imported from app/store/situation_cross_tallies.py) so that this migration keeps building
# the same rows whatever the module later becomes.
_COLUMNS = {"channel": "e.channel", "place": "e.place", "area": "COALESCE(e.municipality_code, '')",
            "age_band": "e.age_band"}


def upgrade() -> None:
    op.create_table(
        "situation_cross_tallies",
        sa.Column("fact", sa.String(12), nullable=False),
        sa.Column("dimension", sa.String(12), nullable=False),
        sa.Column("value", sa.String(140), nullable=False),
        sa.Column("by_dimension", sa.String(12), nullable=False),
        sa.Column("by_value", sa.String(140), nullable=False),
        sa.Column("week", sa.String(8), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("unmet", sa.Integer(), nullable=False),
        sa.Column("partly_met", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("fact", "dimension", "value", "by_dimension", "by_value", "week"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_encounter_needs_code", "encounter_needs", ["need_code", "encounter_id"])
    for dimension, by_dimension in permutations(_COLUMNS, 2):
        value, by_value = _COLUMNS[dimension], _COLUMNS[by_dimension]
        op.execute(f"""
            INSERT INTO situation_cross_tallies
            SELECT 'encounter', '{dimension}', {value}, '{by_dimension}', {by_value}, e.week, count(*), 0, 0
            FROM encounters e GROUP BY {value}, {by_value}, e.week""")  # noqa: S608 (fixed names above)
        op.execute(f"""
            INSERT INTO situation_cross_tallies
            SELECT 'need', '{dimension}', {value}, '{by_dimension}', {by_value}, e.week, count(*),
                   sum(x.status = 'unmet'), sum(x.status = 'partly_met')
            FROM encounters e JOIN encounter_needs x ON x.encounter_id = e.id
            GROUP BY {value}, {by_value}, e.week""")  # noqa: S608


def downgrade() -> None:
    op.drop_index("ix_encounter_needs_code", table_name="encounter_needs")
    op.drop_table("situation_cross_tallies")
