"""stats: one privacy-budget ledger for every release (issue 14)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 22:00:00
"""
from alembic import op  # noqa: F401


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
