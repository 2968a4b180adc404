"""cases: each search digest carries its case's owner (issue 20)

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-06 16:00:00

A supervisor's search by a recruiter or a place read every digest of that word in the country
and joined each to its case to keep the agency's own: at a million cases a common place name took
over a second. With the owner beside the digest in the index, the agency's own digests are one
index range. The column stays nullable so adding it does not rebuild the table on SQLite; it is
filled here, in SQL, and kept in step by the cases domain (a transfer moves it).
"""
from alembic import op
import sqlalchemy as sa


revision = '0027'
down_revision = '0026'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case_search_tokens', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_agency_id', sa.Integer(), nullable=True))
    op.execute("UPDATE case_search_tokens SET owner_agency_id = "
               "(SELECT c.owner_agency_id FROM cases c WHERE c.id = case_search_tokens.case_id)")
    with op.batch_alter_table('case_search_tokens', schema=None) as batch_op:
        batch_op.create_index('ix_case_search_tokens_digest_owner_case',
                              ['digest', 'owner_agency_id', 'case_id'], unique=False)
        batch_op.drop_index('ix_case_search_tokens_digest_case')


def downgrade() -> None:
    with op.batch_alter_table('case_search_tokens', schema=None) as batch_op:
        batch_op.create_index('ix_case_search_tokens_digest_case', ['digest', 'case_id'], unique=False)
        batch_op.drop_index('ix_case_search_tokens_digest_owner_case')
        batch_op.drop_column('owner_agency_id')
