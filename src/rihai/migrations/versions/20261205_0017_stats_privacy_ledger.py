"""stats: one privacy-budget ledger for every release (issue 14)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 22:00:00
"""
import math
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    budgets = op.create_table(
        'stats_privacy_budgets',
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('spent_micro', sa.BigInteger(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_stats_privacy_budgets')),
    )
    # The national ledger starts with everything already spent under the old per-period ledgers:
    # those releases touched the same people.
    spent = op.get_bind().execute(
        sa.text("SELECT coalesce(sum(epsilon), 0) FROM stats_budget_spends")).scalar() or 0.0
    op.bulk_insert(budgets, [{'name': 'national', 'spent_micro': math.ceil(float(spent) * 1_000_000),
                              'updated_at': datetime.now(UTC)}])


def downgrade() -> None:
    op.drop_table('stats_privacy_budgets')
