"""stats: microdata releases made by a worker, outside the web request (issue 20)

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-07 00:00:00

At a million people a release made inside its web request held SQLite's one write lock for a
minute (k-anonymous) to an hour (synthetic): every other change in the instance failed meanwhile.
``stats_release_jobs`` queues them for a worker (``stats/releasejobs.py``); ``running_slot`` is 1
only while a job runs, and its unique constraint keeps two from running at once.
``stats_release_files`` holds a finished job's CSV, encrypted, until it is fetched or a week passes.
"""
from alembic import op
import sqlalchemy as sa


revision = '0029'
down_revision = '0028'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stats_release_jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('running_slot', sa.SmallInteger(), nullable=True),
    sa.Column('requested_by_id', sa.Integer(), nullable=True),
    sa.Column('via', sa.String(length=8), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('k', sa.SmallInteger(), nullable=False),
    sa.Column('epsilon', sa.Float(), nullable=True),
    sa.Column('year_from', sa.SmallInteger(), nullable=True),
    sa.Column('year_to', sa.SmallInteger(), nullable=True),
    sa.Column('stage', sa.String(length=40), nullable=True),
    sa.Column('charged_micro', sa.BigInteger(), nullable=False),
    sa.Column('release_id', sa.Integer(), nullable=True),
    sa.Column('filename', sa.String(length=80), nullable=True),
    sa.Column('error', sa.String(length=240), nullable=True),
    sa.Column('error_rule', sa.String(length=40), nullable=True),
    sa.Column('worker', sa.String(length=80), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('purged_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['release_id'], ['stats_releases.id'], name=op.f('fk_stats_release_jobs_release_id_stats_releases')),
    sa.ForeignKeyConstraint(['requested_by_id'], ['users.id'], name=op.f('fk_stats_release_jobs_requested_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stats_release_jobs')),
    sa.UniqueConstraint('running_slot', name=op.f('uq_stats_release_jobs_running_slot'))
    )
    with op.batch_alter_table('stats_release_jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stats_release_jobs_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_stats_release_jobs_requested_by_id'), ['requested_by_id'], unique=False)

    op.create_table('stats_release_files',
    sa.Column('job_id', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['job_id'], ['stats_release_jobs.id'], name=op.f('fk_stats_release_files_job_id_stats_release_jobs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('job_id', name=op.f('pk_stats_release_files')),
    info={'rotation_batch': 1}
    )


def downgrade() -> None:
    op.drop_table('stats_release_files')
    with op.batch_alter_table('stats_release_jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stats_release_jobs_requested_by_id'))
        batch_op.drop_index(batch_op.f('ix_stats_release_jobs_status'))
    op.drop_table('stats_release_jobs')
