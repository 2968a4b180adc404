"""cases: the work queue's filter codes in a side table (issues 19 and 20)

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06 11:05:00

One row per (case, facet, code) -- province and district of origin, each type of exploitation --
with the case's owner and last activity, indexed so a filtered page of an agency's queue and its
bounded count are one index range (cases/facets.py says why). Codes only, as the case and person
rows hold them. Filled here from the existing rows, in SQL, then kept in step by the cases
domain. Downgrading drops it; the queue cannot filter without it.
"""
from alembic import op
import sqlalchemy as sa


revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_facets',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('facet', sa.String(length=16), nullable=False),
    sa.Column('code', sa.String(length=96), nullable=False),
    sa.Column('owner_agency_id', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_facets_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', 'facet', 'code', name=op.f('pk_case_facets'))
    )
    pg = op.get_bind().dialect.name == 'postgresql'
    # Backfill before the secondary index exists: one sort at the end beats a million random inserts.
    op.execute("INSERT INTO case_facets (case_id, facet, code, owner_agency_id, updated_at) "
               "SELECT p.case_id, 'province', p.home_province, c.owner_agency_id, c.updated_at "
               "FROM persons p JOIN cases c ON c.id = p.case_id WHERE p.home_province IS NOT NULL")
    op.execute("INSERT INTO case_facets (case_id, facet, code, owner_agency_id, updated_at) "
               "SELECT p.case_id, 'district', p.home_province || '/' || p.home_district, c.owner_agency_id, "
               "c.updated_at FROM persons p JOIN cases c ON c.id = p.case_id "
               "WHERE p.home_province IS NOT NULL AND p.home_district IS NOT NULL")
    elements = ("json_array_elements_text(c.exploitation_types::json) AS e(value)" if pg
                else "json_each(c.exploitation_types) AS e")
    op.execute("INSERT INTO case_facets (case_id, facet, code, owner_agency_id, updated_at) "
               "SELECT DISTINCT c.id, 'exploitation', e.value, c.owner_agency_id, c.updated_at "
               f"FROM cases c, {elements} WHERE c.exploitation_types IS NOT NULL")
    with op.batch_alter_table('case_facets', schema=None) as batch_op:
        batch_op.create_index('ix_case_facets_owner_code',
                              ['owner_agency_id', 'facet', 'code', 'updated_at', 'case_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('case_facets', schema=None) as batch_op:
        batch_op.drop_index('ix_case_facets_owner_code')
    op.drop_table('case_facets')
