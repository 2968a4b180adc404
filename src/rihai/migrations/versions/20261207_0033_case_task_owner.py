"""cases/tasks: each follow-up carries its case's owner (issue 20)

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-07 08:00:00

The work queue's "overdue" filter read every open follow-up past its date in the whole instance,
every agency's, for each page it showed: on a national instance its cost grew with the country,
not with the page. With the case's owner beside each follow-up, a supervisor's own agency is one
range of the (owner, status, due date, case) index. The column stays nullable so adding it does
not rebuild the table on SQLite; it is filled here, in SQL, and kept in step by the cases domain
(``cases/copies.py``: set on insert, moved by a transfer). The fill is an UPDATE ... FROM (SQLite
3.33+, below the 3.35 that ``RETURNING`` already needs): PostgreSQL hashes the cases once instead
of probing their primary key per follow-up (a million follow-ups on a bare two-table schema:
15.6 s against 23.0 s; SQLite 4.8 s either way). The index is built after the fill, from the
filled rows. ``ix_case_tasks_status_due`` stays: the reminder job reads the overdue follow-ups of
every agency.
"""
from alembic import op
import sqlalchemy as sa


revision = '0033'
down_revision = '0032'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case_tasks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_agency_id', sa.Integer(), nullable=True))
    op.execute("UPDATE case_tasks SET owner_agency_id = c.owner_agency_id "
               "FROM cases c WHERE c.id = case_tasks.case_id")
    with op.batch_alter_table('case_tasks', schema=None) as batch_op:
        batch_op.create_index('ix_case_tasks_owner_status_due',
                              ['owner_agency_id', 'status', 'due_on', 'case_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('case_tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_case_tasks_owner_status_due')
        batch_op.drop_column('owner_agency_id')
