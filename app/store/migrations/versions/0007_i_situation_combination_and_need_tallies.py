"""situation combination, pair and need tallies: the picture for two values at once and for a need, without
counting the encounters; the combination and pair rows built from the encounters already saved

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 09:00:00

The need tallies depend on the parent structure of the taxonomy in force, which is the profile's file and not
known here: they start empty with no recorded structure, and the first need picture (or `refresh_need_tallies`)
builds them from the need tags (docs/decisions/0010).
"""

from collections.abc import Sequence
from itertools import combinations

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here (not imported from app/store/situation_cross_tallies.py), so that this migration keeps building the
# same rows whatever the module later becomes.
_CROSSED = ("channel", "place", "area", "age_band")
_DIMENSIONS = "week, channel, place, area, age_band"


def upgrade() -> None:
    op.create_table(
        "situation_combo_tallies",
        sa.Column("week", sa.String(8), nullable=False),
        sa.Column("channel", sa.String(12), nullable=False),
        sa.Column("place", sa.String(140), nullable=False),
        sa.Column("area", sa.String(12), nullable=False),
        sa.Column("age_band", sa.String(12), nullable=False),
        sa.Column("encounters", sa.Integer(), nullable=False),
        sa.Column("needs", sa.Integer(), nullable=False),
        sa.Column("unmet", sa.Integer(), nullable=False),
        sa.Column("partly_met", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("week", "channel", "place", "area", "age_band"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "situation_pair_tallies",
        sa.Column("fact", sa.String(12), nullable=False),
        sa.Column("dimension", sa.String(12), nullable=False),
        sa.Column("value", sa.String(140), nullable=False),
        sa.Column("dimension2", sa.String(12), nullable=False),
        sa.Column("value2", sa.String(140), nullable=False),
        sa.Column("week", sa.String(8), nullable=False),
        sa.Column("code", sa.String(60), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("unmet", sa.Integer(), nullable=False),
        sa.Column("partly_met", sa.Integer(), nullable=False),
        sa.Column("severity_sum", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("fact", "dimension", "value", "dimension2", "value2", "week", "code"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "situation_need_tallies",
        sa.Column("need", sa.String(60), nullable=False),
        sa.Column("fact", sa.String(12), nullable=False),
        sa.Column("dimension", sa.String(12), nullable=False),
        sa.Column("value", sa.String(140), nullable=False),
        sa.Column("week", sa.String(8), nullable=False),
        sa.Column("code", sa.String(60), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("severity_sum", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("need", "fact", "dimension", "value", "week", "code"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "situation_need_ancestry",
        sa.Column("code", sa.String(60), nullable=False),
        sa.Column("ancestor", sa.String(60), nullable=False),
        sa.PrimaryKeyConstraint("code", "ancestor"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "situation_tally_state",
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("value", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    # One pass over the encounters per fact, every dimension at once; the rows are sums of these cubes.
    op.execute("DROP TABLE IF EXISTS temp.migration_0007_cube")
    op.execute("""
        CREATE TEMP TABLE migration_0007_cube AS
        SELECT 'encounter' AS fact, week, channel, place, COALESCE(municipality_code, '') AS area, age_band,
               outcome AS code, count(*) AS count, 0 AS unmet, 0 AS partly_met, 0 AS severity_sum
        FROM encounters GROUP BY 2, 3, 4, 5, 6, 7""")
    op.execute("""
        INSERT INTO migration_0007_cube
        SELECT 'need', e.week, e.channel, e.place, COALESCE(e.municipality_code, ''), e.age_band, x.need_code,
               count(*), sum(x.status = 'unmet'), sum(x.status = 'partly_met'), 0
        FROM encounter_needs x JOIN encounters e ON e.id = x.encounter_id
        GROUP BY 2, 3, 4, 5, 6, 7""")
    op.execute("""
        INSERT INTO migration_0007_cube
        SELECT 'signal', e.week, e.channel, e.place, COALESCE(e.municipality_code, ''), e.age_band, x.kind,
               count(*), 0, 0, sum(x.severity)
        FROM encounter_signals x JOIN encounters e ON e.id = x.encounter_id
        GROUP BY 2, 3, 4, 5, 6, 7""")
    op.execute(f"""
        INSERT INTO situation_combo_tallies
        SELECT {_DIMENSIONS}, sum(CASE WHEN fact = 'encounter' THEN count ELSE 0 END),
               sum(CASE WHEN fact = 'need' THEN count ELSE 0 END), sum(unmet), sum(partly_met)
        FROM migration_0007_cube WHERE fact != 'signal' GROUP BY {_DIMENSIONS}""")  # noqa: S608 (fixed names)
    for dimension, dimension2 in combinations(_CROSSED, 2):
        op.execute(f"""
            INSERT INTO situation_pair_tallies
            SELECT fact, '{dimension}', {dimension}, '{dimension2}', {dimension2}, week, code, sum(count),
                   sum(unmet), sum(partly_met), sum(severity_sum)
            FROM migration_0007_cube GROUP BY fact, {dimension}, {dimension2}, week, code""")  # noqa: S608
    op.execute("DROP TABLE temp.migration_0007_cube")


def downgrade() -> None:
    for table in ("situation_tally_state", "situation_need_ancestry", "situation_need_tallies",
                  "situation_pair_tallies", "situation_combo_tallies"):
        op.drop_table(table)
