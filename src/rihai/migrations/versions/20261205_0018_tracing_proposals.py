"""tracing: a match proposed by a reviewer blind to one side waits for the desk that holds it (issue 13)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 22:20:00

A reviewer who cannot see one record of a candidate no longer confirms it: they propose it, and a
reviewer of the agency holding the hidden record accepts or refuses. Four nullable columns on
``tracing_candidates``; existing rows keep their status.
"""
from alembic import op
import sqlalchemy as sa


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('tracing_candidates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('proposed_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('proposed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('awaiting_agency_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('awaiting_side', sa.String(length=8), nullable=True))
        batch_op.create_index(batch_op.f('ix_tracing_candidates_awaiting_agency_id'), ['awaiting_agency_id'],
                              unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_tracing_candidates_proposed_by_id_users'), 'users',
                                    ['proposed_by_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_tracing_candidates_awaiting_agency_id_agencies'), 'agencies',
                                    ['awaiting_agency_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('tracing_candidates', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_tracing_candidates_awaiting_agency_id_agencies'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_tracing_candidates_proposed_by_id_users'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_tracing_candidates_awaiting_agency_id'))
        batch_op.drop_column('awaiting_side')
        batch_op.drop_column('awaiting_agency_id')
        batch_op.drop_column('proposed_at')
        batch_op.drop_column('proposed_by_id')
    # A proposal waiting for an answer has no place in the older schema: it is pending again.
    op.execute("UPDATE tracing_candidates SET status = 'pending' WHERE status = 'proposed'")
