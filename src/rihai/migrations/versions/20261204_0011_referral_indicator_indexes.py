"""referrals: the inbox indexes also cover the mechanism indicators' coded columns; the cases'
owner/status index carries the case id

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 03:30:00
"""
from alembic import op


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

INDICATOR_COLUMNS = ['provider_id', 'service', 'sent_at', 'responded_at', 'first_for_case',
                     'days_from_identification']


def upgrade() -> None:
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_index('ix_referrals_to_state_due')
        batch_op.drop_index('ix_referrals_from_state_due')
        batch_op.create_index('ix_referrals_to_state_due',
                              ['to_agency_id', 'state', 'due_at', 'from_agency_id', *INDICATOR_COLUMNS],
                              unique=False)
        batch_op.create_index('ix_referrals_from_state_due',
                              ['from_agency_id', 'state', 'due_at', *INDICATOR_COLUMNS], unique=False)
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_owner_status')
        batch_op.create_index('ix_cases_owner_status', ['owner_agency_id', 'status', 'id'], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        # SQLite plans by the statistics ANALYZE leaves, and a rebuilt index has none: without
        # them the planner misjudged the owner/status index and the dashboard took 4x longer.
        op.execute("ANALYZE")


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_owner_status')
        batch_op.create_index('ix_cases_owner_status', ['owner_agency_id', 'status'], unique=False)
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_index('ix_referrals_to_state_due')
        batch_op.drop_index('ix_referrals_from_state_due')
        batch_op.create_index('ix_referrals_to_state_due',
                              ['to_agency_id', 'state', 'due_at', 'from_agency_id'], unique=False)
        batch_op.create_index('ix_referrals_from_state_due', ['from_agency_id', 'state', 'due_at'],
                              unique=False)
