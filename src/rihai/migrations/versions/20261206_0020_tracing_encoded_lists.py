"""tracing: a partner's encoded list imported at the desk and matched there (issue 18, part 3)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 05:13:37

New tables only: the encoded lists (schema and fields filled, no personal value), the rows that
matched someone (their encoding, encrypted) and the candidates the desk confirms or rejects.
Downgrading drops them (decisions on encoded candidates are lost; the partner's file can be
imported again).
"""
from alembic import op
import sqlalchemy as sa


revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('tracing_encoded_lists',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('partner', sa.String(length=64), nullable=False),
    sa.Column('source_agency', sa.String(length=200), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('schema', sa.JSON(), nullable=False),
    sa.Column('filename', sa.LargeBinary(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('rows_total', sa.Integer(), nullable=False),
    sa.Column('persons_encoded', sa.Integer(), nullable=False),
    sa.Column('candidates', sa.Integer(), nullable=False),
    sa.Column('skipped_decided', sa.Integer(), nullable=False),
    sa.Column('imported_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_tracing_encoded_lists_agency_id_agencies')),
    sa.ForeignKeyConstraint(['imported_by_id'], ['users.id'], name=op.f('fk_tracing_encoded_lists_imported_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tracing_encoded_lists'))
    )
    with op.batch_alter_table('tracing_encoded_lists', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tracing_encoded_lists_agency_id'), ['agency_id'], unique=False)

    op.create_table('tracing_encoded_rows',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('list_id', sa.Integer(), nullable=False),
    sa.Column('row_number', sa.Integer(), nullable=False),
    sa.Column('clk', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['list_id'], ['tracing_encoded_lists.id'], name=op.f('fk_tracing_encoded_rows_list_id_tracing_encoded_lists'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tracing_encoded_rows'))
    )
    with op.batch_alter_table('tracing_encoded_rows', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tracing_encoded_rows_list_id'), ['list_id'], unique=False)

    op.create_table('tracing_encoded_candidates',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('list_id', sa.Integer(), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('our_kind', sa.String(length=8), nullable=False),
    sa.Column('our_id', sa.Uuid(), nullable=False),
    sa.Column('similarity', sa.Float(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_tracing_encoded_candidates_agency_id_agencies')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_tracing_encoded_candidates_decided_by_id_users')),
    sa.ForeignKeyConstraint(['list_id'], ['tracing_encoded_lists.id'], name=op.f('fk_tracing_encoded_candidates_list_id_tracing_encoded_lists'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['row_id'], ['tracing_encoded_rows.id'], name=op.f('fk_tracing_encoded_candidates_row_id_tracing_encoded_rows'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tracing_encoded_candidates')),
    sa.UniqueConstraint('row_id', 'our_kind', 'our_id', name=op.f('uq_tracing_encoded_candidates_row_id_our_kind_our_id'))
    )
    with op.batch_alter_table('tracing_encoded_candidates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tracing_encoded_candidates_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tracing_encoded_candidates_list_id'), ['list_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tracing_encoded_candidates_our_id'), ['our_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tracing_encoded_candidates_status'), ['status'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('tracing_encoded_candidates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tracing_encoded_candidates_status'))
        batch_op.drop_index(batch_op.f('ix_tracing_encoded_candidates_our_id'))
        batch_op.drop_index(batch_op.f('ix_tracing_encoded_candidates_list_id'))
        batch_op.drop_index(batch_op.f('ix_tracing_encoded_candidates_agency_id'))

    op.drop_table('tracing_encoded_candidates')
    with op.batch_alter_table('tracing_encoded_rows', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tracing_encoded_rows_list_id'))

    op.drop_table('tracing_encoded_rows')
    with op.batch_alter_table('tracing_encoded_lists', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tracing_encoded_lists_agency_id'))

    op.drop_table('tracing_encoded_lists')
