"""search tokens: a covering (digest, case_id) index

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 04:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case_search_tokens', schema=None) as batch_op:
        batch_op.create_index('ix_case_search_tokens_digest_case', ['digest', 'case_id'], unique=False)
        batch_op.drop_index('ix_case_search_tokens_digest')


def downgrade() -> None:
    with op.batch_alter_table('case_search_tokens', schema=None) as batch_op:
        batch_op.create_index('ix_case_search_tokens_digest', ['digest', 'kind'], unique=False)
        batch_op.drop_index('ix_case_search_tokens_digest_case')
