"""statistics releases and privacy budget ledger

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 03:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stats_releases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('year_from', sa.SmallInteger(), nullable=True),
    sa.Column('year_to', sa.SmallInteger(), nullable=True),
    sa.Column('k', sa.SmallInteger(), nullable=True),
    sa.Column('epsilon_total', sa.Float(), nullable=True),
    sa.Column('rows_out', sa.Integer(), nullable=False),
    sa.Column('rows_suppressed', sa.Integer(), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_stats_releases_agency_id_agencies')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_stats_releases_created_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stats_releases'))
    )
    with op.batch_alter_table('stats_releases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stats_releases_kind'), ['kind'], unique=False)

    op.create_table('stats_budget_spends',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('release_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=80), nullable=False),
    sa.Column('epsilon', sa.Float(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['release_id'], ['stats_releases.id'], name=op.f('fk_stats_budget_spends_release_id_stats_releases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stats_budget_spends'))
    )
    with op.batch_alter_table('stats_budget_spends', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stats_budget_spends_release_id'), ['release_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('stats_budget_spends', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stats_budget_spends_release_id'))
    op.drop_table('stats_budget_spends')
    with op.batch_alter_table('stats_releases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stats_releases_kind'))
    op.drop_table('stats_releases')
