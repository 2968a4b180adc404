"""cases: each assignment carries its case's owner (issue 20)

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-07 02:00:00

A supervisor sees the own agency's cases by the owner index and, besides them, the other agencies'
cases they are assigned to. Finding those walked every assignment the supervisor held, each case
they had opened in their own agency included, and looked each case up: the dashboard's cost grew
with the supervisor's own caseload (13 -> 25 ms of server CPU after a few hundred cases opened).
With the owner beside the user in the assignments' index, the other agencies' assignments are one
range. The column stays nullable so adding it does not rebuild the table on SQLite; it is filled
here, in SQL, and kept in step by the cases domain (``cases/copies.py``: set on insert, moved by a
transfer).
"""
from alembic import op
import sqlalchemy as sa


revision = '0030'
down_revision = '0029'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case_assignments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_agency_id', sa.Integer(), nullable=True))
    op.execute("UPDATE case_assignments SET owner_agency_id = "
               "(SELECT c.owner_agency_id FROM cases c WHERE c.id = case_assignments.case_id)")
    with op.batch_alter_table('case_assignments', schema=None) as batch_op:
        batch_op.create_index('ix_case_assignments_user_owner_case',
                              ['user_id', 'owner_agency_id', 'case_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('case_assignments', schema=None) as batch_op:
        batch_op.drop_index('ix_case_assignments_user_owner_case')
        batch_op.drop_column('owner_agency_id')
