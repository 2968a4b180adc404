"""networks: recruiter networks across agencies (issue 17)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 04:22:24

New tables only (``networks_*``): the graph ``rihai networks build`` copies from the sources'
published reads (records, mentions, identifiers as keyed digests, links with a source grading),
reviewers' same/different decisions, time-limited access requests, watches, watchlists and the
build runs. Nothing existing changes; downgrading drops the tables (a rebuild restores the graph,
but reviews, access decisions, watches and imported watchlists are lost with them).
"""
from alembic import op
import sqlalchemy as sa


revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('networks_access_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('owner_agency_id', sa.Integer(), nullable=False),
    sa.Column('requester_id', sa.Integer(), nullable=False),
    sa.Column('requester_agency_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.LargeBinary(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_networks_access_requests_decided_by_id_users')),
    sa.ForeignKeyConstraint(['owner_agency_id'], ['agencies.id'], name=op.f('fk_networks_access_requests_owner_agency_id_agencies')),
    sa.ForeignKeyConstraint(['requester_agency_id'], ['agencies.id'], name=op.f('fk_networks_access_requests_requester_agency_id_agencies')),
    sa.ForeignKeyConstraint(['requester_id'], ['users.id'], name=op.f('fk_networks_access_requests_requester_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_networks_access_requests'))
    )
    with op.batch_alter_table('networks_access_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_networks_access_requests_owner_agency_id'), ['owner_agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_networks_access_requests_requester_id'), ['requester_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_networks_access_requests_status'), ['status'], unique=False)

    op.create_table('networks_builds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('started_by_id', sa.Integer(), nullable=True),
    sa.Column('via', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('mentions', sa.Integer(), nullable=False),
    sa.Column('networks', sa.Integer(), nullable=False),
    sa.Column('added', sa.Integer(), nullable=False),
    sa.Column('changed', sa.Integer(), nullable=False),
    sa.Column('removed', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['started_by_id'], ['users.id'], name=op.f('fk_networks_builds_started_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_networks_builds'))
    )
    with op.batch_alter_table('networks_builds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_networks_builds_started_at'), ['started_at'], unique=False)

    op.create_table('networks_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('a_record', sa.String(length=80), nullable=False),
    sa.Column('a_ref', sa.String(length=40), nullable=False),
    sa.Column('b_record', sa.String(length=80), nullable=False),
    sa.Column('b_ref', sa.String(length=40), nullable=False),
    sa.Column('probability', sa.Float(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.Column('reliability', sa.String(length=1), nullable=False),
    sa.Column('information', sa.SmallInteger(), nullable=False),
    sa.Column('graded_by_id', sa.Integer(), nullable=True),
    sa.Column('graded_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['graded_by_id'], ['users.id'], name=op.f('fk_networks_links_graded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_networks_links')),
    sa.UniqueConstraint('a_record', 'a_ref', 'b_record', 'b_ref', name=op.f('uq_networks_links_a_record_a_ref_b_record_b_ref'))
    )
    with op.batch_alter_table('networks_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_networks_links_a_record'), ['a_record'], unique=False)
        batch_op.create_index(batch_op.f('ix_networks_links_b_record'), ['b_record'], unique=False)

    op.create_table('networks_records',
    sa.Column('id', sa.String(length=80), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('source_id', sa.String(length=64), nullable=False),
    sa.Column('owner_agency_id', sa.Integer(), nullable=True),
    sa.Column('recorded_on', sa.Date(), nullable=True),
    sa.Column('entered_by_id', sa.Integer(), nullable=True),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('network_id', sa.String(length=64), nullable=True),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['entered_by_id'], ['users.id'], name=op.f('fk_networks_records_entered_by_id_users')),
    sa.ForeignKeyConstraint(['owner_agency_id'], ['agencies.id'], name=op.f('fk_networks_records_owner_agency_id_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_networks_records'))
    )
    with op.batch_alter_table('networks_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_networks_records_changed_at'), ['changed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_networks_records_first_seen_at'), ['first_seen_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_networks_records_network_id'), ['network_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_networks_records_owner_agency_id'), ['owner_agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_networks_records_source'), ['source'], unique=False)

    op.create_table('networks_reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('a_record', sa.String(length=80), nullable=False),
    sa.Column('a_ref', sa.String(length=40), nullable=False),
    sa.Column('b_record', sa.String(length=80), nullable=False),
    sa.Column('b_ref', sa.String(length=40), nullable=False),
    sa.Column('decision', sa.String(length=12), nullable=False),
    sa.Column('reviewed_by_id', sa.Integer(), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['reviewed_by_id'], ['users.id'], name=op.f('fk_networks_reviews_reviewed_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_networks_reviews')),
    sa.UniqueConstraint('a_record', 'a_ref', 'b_record', 'b_ref', name=op.f('uq_networks_reviews_a_record_a_ref_b_record_b_ref'))
    )
    op.create_table('networks_watches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('anchor_record', sa.String(length=80), nullable=False),
    sa.Column('anchor_ref', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('known_records', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_networks_watches_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_networks_watches')),
    sa.UniqueConstraint('user_id', 'anchor_record', 'anchor_ref', name=op.f('uq_networks_watches_user_id_anchor_record_anchor_ref'))
    )
    with op.batch_alter_table('networks_watches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_networks_watches_user_id'), ['user_id'], unique=False)

    op.create_table('networks_watchlists',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('imported_by_id', sa.Integer(), nullable=True),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('entries', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_networks_watchlists_agency_id_agencies')),
    sa.ForeignKeyConstraint(['imported_by_id'], ['users.id'], name=op.f('fk_networks_watchlists_imported_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_networks_watchlists'))
    )
    op.create_table('networks_access_records',
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['networks_access_requests.id'], name=op.f('fk_networks_access_records_request_id_networks_access_requests'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('request_id', 'record_id', name=op.f('pk_networks_access_records'))
    )
    op.create_table('networks_identifiers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.String(length=80), nullable=False),
    sa.Column('ref', sa.String(length=40), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('display', sa.LargeBinary(), nullable=True),
    sa.Column('generic', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['record_id'], ['networks_records.id'], name=op.f('fk_networks_identifiers_record_id_networks_records'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_networks_identifiers'))
    )
    with op.batch_alter_table('networks_identifiers', schema=None) as batch_op:
        batch_op.create_index('ix_networks_identifiers_digest_kind', ['digest', 'kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_networks_identifiers_record_id'), ['record_id'], unique=False)

    op.create_table('networks_mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.String(length=80), nullable=False),
    sa.Column('ref', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('network_id', sa.String(length=64), nullable=True),
    sa.Column('probability', sa.Float(), nullable=False),
    sa.Column('roles', sa.JSON(), nullable=False),
    sa.Column('name', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['record_id'], ['networks_records.id'], name=op.f('fk_networks_mentions_record_id_networks_records'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_networks_mentions')),
    sa.UniqueConstraint('record_id', 'ref', name=op.f('uq_networks_mentions_record_id_ref'))
    )
    with op.batch_alter_table('networks_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_networks_mentions_entity_id'), ['entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_networks_mentions_network_id'), ['network_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_networks_mentions_record_id'), ['record_id'], unique=False)

    op.create_table('networks_watchlist_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('watchlist_id', sa.Integer(), nullable=False),
    sa.Column('row', sa.Integer(), nullable=False),
    sa.Column('person', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['watchlist_id'], ['networks_watchlists.id'], name=op.f('fk_networks_watchlist_entries_watchlist_id_networks_watchlists'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_networks_watchlist_entries'))
    )
    with op.batch_alter_table('networks_watchlist_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_networks_watchlist_entries_watchlist_id'), ['watchlist_id'], unique=False)


def downgrade() -> None:
    # Children before parents; a table's indexes go with it.
    for table in ('networks_watchlist_entries', 'networks_mentions', 'networks_identifiers',
                  'networks_access_records', 'networks_watchlists', 'networks_watches', 'networks_reviews',
                  'networks_records', 'networks_links', 'networks_builds', 'networks_access_requests'):
        op.drop_table(table)
