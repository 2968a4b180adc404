"""networks: the placement weights kept beside the graph, encrypted (issue 17)

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-07 07:00:00

A saved record is placed into the network graph in well under a second, starting from the
global counts of the last full build (how common each name label, father's name and alias is).
They were held only in the memory of the process that built: after a restart, or in another
worker process, every save ran the full build instead (at a million records, minutes).
``networks_weights`` keeps them: the full build's counts, then each placement's change, one row
per build row, each document encrypted with its build id inside the plaintext.
"""
from alembic import op
import sqlalchemy as sa


revision = '0032'
down_revision = '0031'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('networks_weights',
    sa.Column('build_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['build_id'], ['networks_builds.id'], name=op.f('fk_networks_weights_build_id_networks_builds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('build_id', name=op.f('pk_networks_weights')),
    info={'rotation_batch': 1}
    )


def downgrade() -> None:
    op.drop_table('networks_weights')
