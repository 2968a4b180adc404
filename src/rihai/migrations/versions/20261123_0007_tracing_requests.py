"""tracing requests, list imports, match candidates

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 03:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('tracing_imports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('source_agency', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('filename', sa.LargeBinary(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('payload', sa.LargeBinary(), nullable=True),
    sa.Column('mapping', sa.JSON(), nullable=False),
    sa.Column('rows_total', sa.Integer(), nullable=False),
    sa.Column('rows_stored', sa.Integer(), nullable=False),
    sa.Column('rows_duplicate', sa.Integer(), nullable=False),
    sa.Column('rows_rejected', sa.Integer(), nullable=False),
    sa.Column('rejections', sa.JSON(), nullable=False),
    sa.Column('imported_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('stored_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_tracing_imports_agency_id_agencies')),
    sa.ForeignKeyConstraint(['imported_by_id'], ['users.id'], name=op.f('fk_tracing_imports_imported_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tracing_imports'))
    )
    with op.batch_alter_table('tracing_imports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tracing_imports_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tracing_imports_sha256'), ['sha256'], unique=False)

    op.create_table('tracing_requests',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('reference', sa.String(length=16), nullable=False),
    sa.Column('secret_hash', sa.String(length=200), nullable=False),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('owner_agency_id', sa.Integer(), nullable=True),
    sa.Column('caseworker_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('status_changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('given_name', sa.LargeBinary(), nullable=True),
    sa.Column('family_name', sa.LargeBinary(), nullable=True),
    sa.Column('name_urdu', sa.LargeBinary(), nullable=True),
    sa.Column('father_name', sa.LargeBinary(), nullable=True),
    sa.Column('sex', sa.String(length=16), nullable=True),
    sa.Column('birth_date', sa.LargeBinary(), nullable=True),
    sa.Column('age', sa.SmallInteger(), nullable=True),
    sa.Column('birth_year', sa.SmallInteger(), nullable=True),
    sa.Column('cnic', sa.LargeBinary(), nullable=True),
    sa.Column('passport', sa.LargeBinary(), nullable=True),
    sa.Column('phones', sa.LargeBinary(), nullable=True),
    sa.Column('home_province', sa.String(length=8), nullable=True),
    sa.Column('home_district', sa.String(length=80), nullable=True),
    sa.Column('departure_date', sa.Date(), nullable=True),
    sa.Column('destination_country', sa.String(length=2), nullable=True),
    sa.Column('transit_countries', sa.JSON(), nullable=False),
    sa.Column('last_contact_date', sa.Date(), nullable=True),
    sa.Column('last_contact_place', sa.LargeBinary(), nullable=True),
    sa.Column('last_contact_means', sa.String(length=16), nullable=True),
    sa.Column('recruiter_name', sa.LargeBinary(), nullable=True),
    sa.Column('recruiter_phone', sa.LargeBinary(), nullable=True),
    sa.Column('recruiter_agency', sa.LargeBinary(), nullable=True),
    sa.Column('recruiter_licence', sa.String(length=40), nullable=True),
    sa.Column('contact_name', sa.LargeBinary(), nullable=True),
    sa.Column('contact_relation', sa.String(length=16), nullable=True),
    sa.Column('contact_phone', sa.LargeBinary(), nullable=True),
    sa.Column('consent_contact', sa.Boolean(), nullable=False),
    sa.Column('consent_share', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['caseworker_id'], ['users.id'], name=op.f('fk_tracing_requests_caseworker_id_users')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_tracing_requests_created_by_id_users')),
    sa.ForeignKeyConstraint(['owner_agency_id'], ['agencies.id'], name=op.f('fk_tracing_requests_owner_agency_id_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tracing_requests')),
    sa.UniqueConstraint('reference', name=op.f('uq_tracing_requests_reference'))
    )
    with op.batch_alter_table('tracing_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tracing_requests_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_tracing_requests_owner_agency_id'), ['owner_agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tracing_requests_status'), ['status'], unique=False)

    op.create_table('tracing_candidates',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('pair_key', sa.String(length=100), nullable=False),
    sa.Column('request_id', sa.Uuid(), nullable=False),
    sa.Column('other_kind', sa.String(length=8), nullable=False),
    sa.Column('other_id', sa.Uuid(), nullable=False),
    sa.Column('request_agency_id', sa.Integer(), nullable=True),
    sa.Column('other_agency_id', sa.Integer(), nullable=True),
    sa.Column('probability', sa.Float(), nullable=False),
    sa.Column('match_weight', sa.Float(), nullable=False),
    sa.Column('waterfall', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_tracing_candidates_decided_by_id_users')),
    sa.ForeignKeyConstraint(['other_agency_id'], ['agencies.id'], name=op.f('fk_tracing_candidates_other_agency_id_agencies')),
    sa.ForeignKeyConstraint(['request_agency_id'], ['agencies.id'], name=op.f('fk_tracing_candidates_request_agency_id_agencies')),
    sa.ForeignKeyConstraint(['request_id'], ['tracing_requests.id'], name=op.f('fk_tracing_candidates_request_id_tracing_requests'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tracing_candidates')),
    sa.UniqueConstraint('pair_key', name=op.f('uq_tracing_candidates_pair_key'))
    )
    with op.batch_alter_table('tracing_candidates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tracing_candidates_other_agency_id'), ['other_agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tracing_candidates_request_agency_id'), ['request_agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tracing_candidates_request_id'), ['request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tracing_candidates_status'), ['status'], unique=False)

    op.create_table('tracing_imported_persons',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('import_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('row_number', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.LargeBinary(length=16), nullable=False),
    sa.Column('full_name', sa.LargeBinary(), nullable=True),
    sa.Column('father_name', sa.LargeBinary(), nullable=True),
    sa.Column('sex', sa.String(length=16), nullable=True),
    sa.Column('birth_date', sa.LargeBinary(), nullable=True),
    sa.Column('age', sa.SmallInteger(), nullable=True),
    sa.Column('birth_year', sa.SmallInteger(), nullable=True),
    sa.Column('cnic', sa.LargeBinary(), nullable=True),
    sa.Column('passport', sa.LargeBinary(), nullable=True),
    sa.Column('phone', sa.LargeBinary(), nullable=True),
    sa.Column('district', sa.String(length=80), nullable=True),
    sa.Column('place', sa.LargeBinary(), nullable=True),
    sa.Column('listed_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_tracing_imported_persons_agency_id_agencies')),
    sa.ForeignKeyConstraint(['import_id'], ['tracing_imports.id'], name=op.f('fk_tracing_imported_persons_import_id_tracing_imports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tracing_imported_persons')),
    sa.UniqueConstraint('agency_id', 'fingerprint', name=op.f('uq_tracing_imported_persons_agency_id_fingerprint'))
    )
    with op.batch_alter_table('tracing_imported_persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tracing_imported_persons_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tracing_imported_persons_import_id'), ['import_id'], unique=False)

    op.create_table('tracing_tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('digest', sa.LargeBinary(length=16), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['tracing_requests.id'], name=op.f('fk_tracing_tokens_request_id_tracing_requests'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tracing_tokens'))
    )
    with op.batch_alter_table('tracing_tokens', schema=None) as batch_op:
        batch_op.create_index('ix_tracing_tokens_digest', ['digest', 'kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_tracing_tokens_request_id'), ['request_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('tracing_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tracing_tokens_request_id'))
        batch_op.drop_index('ix_tracing_tokens_digest')

    op.drop_table('tracing_tokens')
    with op.batch_alter_table('tracing_imported_persons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tracing_imported_persons_import_id'))
        batch_op.drop_index(batch_op.f('ix_tracing_imported_persons_agency_id'))

    op.drop_table('tracing_imported_persons')
    with op.batch_alter_table('tracing_candidates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tracing_candidates_status'))
        batch_op.drop_index(batch_op.f('ix_tracing_candidates_request_id'))
        batch_op.drop_index(batch_op.f('ix_tracing_candidates_request_agency_id'))
        batch_op.drop_index(batch_op.f('ix_tracing_candidates_other_agency_id'))

    op.drop_table('tracing_candidates')
    with op.batch_alter_table('tracing_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tracing_requests_status'))
        batch_op.drop_index(batch_op.f('ix_tracing_requests_owner_agency_id'))
        batch_op.drop_index(batch_op.f('ix_tracing_requests_created_at'))

    op.drop_table('tracing_requests')
    with op.batch_alter_table('tracing_imports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tracing_imports_sha256'))
        batch_op.drop_index(batch_op.f('ix_tracing_imports_agency_id'))

    op.drop_table('tracing_imports')
