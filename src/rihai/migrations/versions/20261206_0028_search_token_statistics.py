"""cases: PostgreSQL samples the search digests finely enough to see the common ones (issue 20)

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-06 18:05:00

A million cases carry about forty million digests, and a few hundred of them (common places,
common names) are carried by tens of thousands of cases each. With the default statistics target
the planner took such a digest for a rare one (1,764 rows expected, 26,556 found) and chose plans
that fetched every match: a place or recruiter search took 3 to 14 s. With 2,000 the common
digests are in the sampled most-common list and the same searches take 30 to 110 ms. Metadata
only: the next ANALYZE (autovacuum's, or the one a bulk seed runs) reads the larger sample.
SQLite has no such setting.
"""
from alembic import op


revision = '0028'
down_revision = '0027'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("ALTER TABLE case_search_tokens ALTER COLUMN digest SET STATISTICS 2000")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("ALTER TABLE case_search_tokens ALTER COLUMN digest SET STATISTICS -1")
