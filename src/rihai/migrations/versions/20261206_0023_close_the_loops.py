"""close the loops (issue 19): a case opened from a referral or a confirmed match, the family's
contact log, what a list row says now, and interview drafts

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06 08:11:51

New tables (case_origins: a new-case form's prefill, encrypted, then the source's reference on the
case; tracing_contacts: the contact log, its note encrypted; identification_drafts: answers so
far, encrypted) and one new encrypted column (tracing_imported_persons.remarks). Downgrading
drops them: the contact log, drafts and origins are lost.
"""
from alembic import op
import sqlalchemy as sa


revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_origins',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('source_kind', sa.String(length=8), nullable=False),
    sa.Column('source_id', sa.Uuid(), nullable=False),
    sa.Column('source_ref', sa.String(length=40), nullable=False),
    sa.Column('values', sa.LargeBinary(), nullable=True),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_origins_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_case_origins_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_origins'))
    )
    with op.batch_alter_table('case_origins', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_origins_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_origins_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_origins_user_id'), ['user_id'], unique=False)

    op.create_table('identification_drafts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('interviewer_id', sa.Integer(), nullable=False),
    sa.Column('set_code', sa.String(length=16), nullable=False),
    sa.Column('answers', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_identification_drafts_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['interviewer_id'], ['users.id'], name=op.f('fk_identification_drafts_interviewer_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_identification_drafts')),
    sa.UniqueConstraint('case_id', 'interviewer_id', name=op.f('uq_identification_drafts_case_id_interviewer_id'))
    )
    with op.batch_alter_table('identification_drafts', schema=None) as batch_op:
        batch_op.create_index('ix_identification_drafts_interviewer', ['interviewer_id', 'updated_at'], unique=False)

    op.create_table('tracing_contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Uuid(), nullable=False),
    sa.Column('contacted_on', sa.Date(), nullable=False),
    sa.Column('means', sa.String(length=16), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('note', sa.LargeBinary(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_tracing_contacts_created_by_id_users')),
    sa.ForeignKeyConstraint(['request_id'], ['tracing_requests.id'], name=op.f('fk_tracing_contacts_request_id_tracing_requests'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tracing_contacts'))
    )
    with op.batch_alter_table('tracing_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tracing_contacts_request_id'), ['request_id'], unique=False)

    with op.batch_alter_table('tracing_imported_persons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('remarks', sa.LargeBinary(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('tracing_imported_persons', schema=None) as batch_op:
        batch_op.drop_column('remarks')

    with op.batch_alter_table('tracing_contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tracing_contacts_request_id'))

    op.drop_table('tracing_contacts')
    with op.batch_alter_table('identification_drafts', schema=None) as batch_op:
        batch_op.drop_index('ix_identification_drafts_interviewer')

    op.drop_table('identification_drafts')
    with op.batch_alter_table('case_origins', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_origins_user_id'))
        batch_op.drop_index(batch_op.f('ix_case_origins_source_id'))
        batch_op.drop_index(batch_op.f('ix_case_origins_case_id'))

    op.drop_table('case_origins')
