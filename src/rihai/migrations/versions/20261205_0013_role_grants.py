"""access: four-eyes approval of case-role grants (issue 13)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 22:00:00
"""
from alembic import op  # noqa: F401


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
