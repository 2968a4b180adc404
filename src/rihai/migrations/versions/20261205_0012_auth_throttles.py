"""access: sign-in and two-factor failure counters (issue 13)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 22:00:00

Counters live on the account, not the session, so a new sign-in does not reset them:
``device_*`` count failures from browsers holding the account's device cookie (kept apart from
everyone else's failures, so an outsider cannot slow the owner down); ``mfa_*`` count wrong
two-factor codes; ``password_change_failures`` wrong current passwords. ``web_sessions.mfa_failures``
ends a pending session after a few wrong codes. Existing rows start at zero (server default).
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('device_failed_logins', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('device_locked_until', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('mfa_failures', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('mfa_locked_until', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('password_change_failures', sa.Integer(), server_default='0',
                                      nullable=False))

    with op.batch_alter_table('web_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mfa_failures', sa.Integer(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('web_sessions', schema=None) as batch_op:
        batch_op.drop_column('mfa_failures')

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('password_change_failures')
        batch_op.drop_column('mfa_locked_until')
        batch_op.drop_column('mfa_failures')
        batch_op.drop_column('device_locked_until')
        batch_op.drop_column('device_failed_logins')
