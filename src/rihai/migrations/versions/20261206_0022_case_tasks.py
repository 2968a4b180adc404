"""cases: follow-ups (tasks with a due date) and the work queue's district index (issue 19)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06 07:43:14

A new table, ``case_tasks`` (the words of a follow-up encrypted; dates, status and source plain),
and an index on ``persons (home_district, case_id)`` for the work queue's district filter.
The work queue also finds cases by recruiter and by place through new blind-index kinds in
``case_search_tokens``; cases opened before this release get them from ``rihai keys reindex``
(the digests need the keys, which a migration does not hold). Downgrading drops the table and the
index (follow-ups are lost).
"""
from alembic import op
import sqlalchemy as sa


revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_tasks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('text', sa.LargeBinary(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('source_kind', sa.String(length=12), nullable=False),
    sa.Column('source_id', sa.String(length=40), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('done_by_id', sa.Integer(), nullable=True),
    sa.Column('reminded_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assignee_id'], ['users.id'], name=op.f('fk_case_tasks_assignee_id_users')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_tasks_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_case_tasks_created_by_id_users')),
    sa.ForeignKeyConstraint(['done_by_id'], ['users.id'], name=op.f('fk_case_tasks_done_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_tasks'))
    )
    with op.batch_alter_table('case_tasks', schema=None) as batch_op:
        batch_op.create_index('ix_case_tasks_assignee_status_due', ['assignee_id', 'status', 'due_on', 'id'], unique=False)
        batch_op.create_index('ix_case_tasks_case_status_due', ['case_id', 'status', 'due_on'], unique=False)
        batch_op.create_index('ix_case_tasks_status_due', ['status', 'due_on'], unique=False)
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index('ix_persons_home_district', ['home_district', 'case_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index('ix_persons_home_district')
    with op.batch_alter_table('case_tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_case_tasks_status_due')
        batch_op.drop_index('ix_case_tasks_case_status_due')
        batch_op.drop_index('ix_case_tasks_assignee_status_due')

    op.drop_table('case_tasks')
