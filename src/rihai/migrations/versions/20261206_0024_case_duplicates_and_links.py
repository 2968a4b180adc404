"""cases: the same survivor at two agencies (issue 18, part 2)

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06 07:42:33

New tables only: probable duplicates across agencies (ids, score, reason codes; no personal
value) and the link requests between agencies (the requester's note encrypted). Cases opened
before this revision get their name-and-birth-date digest when next edited or re-indexed
('rihai keys reindex'); their CNIC, passport and phone digests already match. Downgrading drops
both tables: statistics count linked records as separate persons again.
"""
from alembic import op
import sqlalchemy as sa


revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_duplicate_candidates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('other_case_id', sa.Uuid(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('first_seen', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_duplicate_candidates_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['other_case_id'], ['cases.id'], name=op.f('fk_case_duplicate_candidates_other_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_duplicate_candidates')),
    sa.UniqueConstraint('case_id', 'other_case_id', name=op.f('uq_case_duplicate_candidates_case_id_other_case_id'))
    )
    with op.batch_alter_table('case_duplicate_candidates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_duplicate_candidates_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_duplicate_candidates_other_case_id'), ['other_case_id'], unique=False)

    op.create_table('case_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('requesting_case_id', sa.Uuid(), nullable=False),
    sa.Column('held_case_id', sa.Uuid(), nullable=False),
    sa.Column('requesting_agency_id', sa.Integer(), nullable=False),
    sa.Column('holding_agency_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=False),
    sa.Column('note', sa.LargeBinary(), nullable=True),
    sa.Column('match_reasons', sa.JSON(), nullable=False),
    sa.Column('requested_by_id', sa.Integer(), nullable=True),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_by_id', sa.Integer(), nullable=True),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_case_links_decided_by_id_users')),
    sa.ForeignKeyConstraint(['ended_by_id'], ['users.id'], name=op.f('fk_case_links_ended_by_id_users')),
    sa.ForeignKeyConstraint(['held_case_id'], ['cases.id'], name=op.f('fk_case_links_held_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['holding_agency_id'], ['agencies.id'], name=op.f('fk_case_links_holding_agency_id_agencies')),
    sa.ForeignKeyConstraint(['requested_by_id'], ['users.id'], name=op.f('fk_case_links_requested_by_id_users')),
    sa.ForeignKeyConstraint(['requesting_agency_id'], ['agencies.id'], name=op.f('fk_case_links_requesting_agency_id_agencies')),
    sa.ForeignKeyConstraint(['requesting_case_id'], ['cases.id'], name=op.f('fk_case_links_requesting_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_links'))
    )
    with op.batch_alter_table('case_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_links_held_case_id'), ['held_case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_links_holding_agency_id'), ['holding_agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_links_requesting_case_id'), ['requesting_case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_links_state'), ['state'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('case_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_links_state'))
        batch_op.drop_index(batch_op.f('ix_case_links_requesting_case_id'))
        batch_op.drop_index(batch_op.f('ix_case_links_holding_agency_id'))
        batch_op.drop_index(batch_op.f('ix_case_links_held_case_id'))

    op.drop_table('case_links')
    with op.batch_alter_table('case_duplicate_candidates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_duplicate_candidates_other_case_id'))
        batch_op.drop_index(batch_op.f('ix_case_duplicate_candidates_case_id'))

    op.drop_table('case_duplicate_candidates')
