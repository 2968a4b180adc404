"""tracing: the missing person's photo (encrypted, one per request) and queued match runs

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 02:52:21

``tracing_match_runs.running_slot`` is 1 only while a run executes: its unique constraint is
what keeps two runs (two web workers, a web worker and the CLI) from ever overlapping.
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('tracing_match_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('running_slot', sa.SmallInteger(), nullable=True),
    sa.Column('requested_by_id', sa.Integer(), nullable=True),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('via', sa.String(length=8), nullable=False),
    sa.Column('stage', sa.String(length=40), nullable=True),
    sa.Column('progress', sa.Float(), nullable=False),
    sa.Column('requests', sa.Integer(), nullable=True),
    sa.Column('records', sa.Integer(), nullable=True),
    sa.Column('cases', sa.Integer(), nullable=True),
    sa.Column('proposed', sa.Integer(), nullable=True),
    sa.Column('updated', sa.Integer(), nullable=True),
    sa.Column('skipped_rejected', sa.Integer(), nullable=True),
    sa.Column('error', sa.String(length=80), nullable=True),
    sa.Column('worker', sa.String(length=80), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_tracing_match_runs_agency_id_agencies')),
    sa.ForeignKeyConstraint(['requested_by_id'], ['users.id'], name=op.f('fk_tracing_match_runs_requested_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tracing_match_runs')),
    sa.UniqueConstraint('running_slot', name=op.f('uq_tracing_match_runs_running_slot'))
    )
    with op.batch_alter_table('tracing_match_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tracing_match_runs_status'), ['status'], unique=False)

    op.create_table('tracing_photos',
    sa.Column('request_id', sa.Uuid(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('media_type', sa.String(length=32), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_tracing_photos_created_by_id_users')),
    sa.ForeignKeyConstraint(['request_id'], ['tracing_requests.id'], name=op.f('fk_tracing_photos_request_id_tracing_requests'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('request_id', name=op.f('pk_tracing_photos'))
    )


def downgrade() -> None:
    op.drop_table('tracing_photos')
    with op.batch_alter_table('tracing_match_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tracing_match_runs_status'))

    op.drop_table('tracing_match_runs')
