"""cases: an index of (id, owner, updated_at) for lists built from a set of ids (issue 20)

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-07 06:15:00

A work-queue search by a recruiter's name or a place finds up to 5,000 of an agency's cases by
their search digests, then orders them by last activity to show the newest page. Each match was
looked up by its id and then read from the case table for its owner and date: at a million cases
a town's 4,600 matches took 65-80 ms. With owner and date in an index beside the id, each match is
one index probe (40-50 ms), and the row is read only for the 25 listed.
"""
from alembic import op


revision = '0031'
down_revision = '0030'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_id_owner_updated', ['id', 'owner_agency_id', 'updated_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_id_owner_updated')
