"""access: four-eyes approval of case-role grants (issue 13)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 22:00:00

``role_grant_requests`` holds a role an administrator asked to give an account until a second
administrator approves or refuses it; decided rows stay as the record of who allowed what.
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('role_grant_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('requested_by', sa.Integer(), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_role_grant_requests_user_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['requested_by'], ['users.id'], name=op.f('fk_role_grant_requests_requested_by_users')),
    sa.ForeignKeyConstraint(['decided_by'], ['users.id'], name=op.f('fk_role_grant_requests_decided_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_role_grant_requests'))
    )
    with op.batch_alter_table('role_grant_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_role_grant_requests_user_id'), ['user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_role_grant_requests_decision'), ['decision'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('role_grant_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_role_grant_requests_decision'))
        batch_op.drop_index(batch_op.f('ix_role_grant_requests_user_id'))
    op.drop_table('role_grant_requests')
