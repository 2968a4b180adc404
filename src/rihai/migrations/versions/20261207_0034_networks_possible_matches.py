"""networks: possible matches for a reviewer (issue 17)

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-07 23:30:00

Press reports, watchlists and tips often name a recruiter and print nothing else that identifies
him; a name alone never merges two mentions, so such records stayed apart. The engine now offers
pairs whose name is corroborated (a place, a person named with them, a father's name) to a
reviewer instead: ``networks_possible_matches`` holds them between builds, as mention keys, a
probability and the kinds of agreement, never a value. A watch remembers the records of the
possible matches its watcher was told of (``networks_watches.known_possible``), so a build tells
them of a new one once.
"""
from alembic import op
import sqlalchemy as sa


revision = '0034'
down_revision = '0033'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('networks_possible_matches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('a_record', sa.String(length=80), nullable=False),
    sa.Column('a_ref', sa.String(length=40), nullable=False),
    sa.Column('b_record', sa.String(length=80), nullable=False),
    sa.Column('b_ref', sa.String(length=40), nullable=False),
    sa.Column('probability', sa.Float(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['a_record'], ['networks_records.id'], name=op.f('fk_networks_possible_matches_a_record_networks_records'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['b_record'], ['networks_records.id'], name=op.f('fk_networks_possible_matches_b_record_networks_records'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_networks_possible_matches')),
    sa.UniqueConstraint('a_record', 'a_ref', 'b_record', 'b_ref', name=op.f('uq_networks_possible_matches_a_record_a_ref_b_record_b_ref'))
    )
    with op.batch_alter_table('networks_possible_matches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_networks_possible_matches_a_record'), ['a_record'], unique=False)
        batch_op.create_index(batch_op.f('ix_networks_possible_matches_b_record'), ['b_record'], unique=False)
    with op.batch_alter_table('networks_watches', schema=None) as batch_op:
        batch_op.add_column(sa.Column('known_possible', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('networks_watches', schema=None) as batch_op:
        batch_op.drop_column('known_possible')
    with op.batch_alter_table('networks_possible_matches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_networks_possible_matches_b_record'))
        batch_op.drop_index(batch_op.f('ix_networks_possible_matches_a_record'))
    op.drop_table('networks_possible_matches')
