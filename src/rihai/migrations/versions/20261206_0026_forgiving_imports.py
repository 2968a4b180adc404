"""tracing: imports that forgive (issue 19)

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06 11:20:00

Two nullable columns. ``tracing_imported_persons.country``: the ISO 3166-1 code of the country a
list row places the person in, when the list has a country column (read from English or Urdu
names, variants, codes or a reviewed table of cities); a code, like the request's destination
country. ``tracing_imports.report``: what the import did beside its counts (rows kept with a birth
year only, how each date column was read, how the country column was read) — counts, column
headings and codes, never a value. Rows and imports stored before this revision keep NULL in both.
"""
from alembic import op
import sqlalchemy as sa


revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('tracing_imported_persons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('country', sa.String(length=2), nullable=True))
    with op.batch_alter_table('tracing_imports', schema=None) as batch_op:
        batch_op.add_column(sa.Column('report', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('tracing_imports', schema=None) as batch_op:
        batch_op.drop_column('report')
    with op.batch_alter_table('tracing_imported_persons', schema=None) as batch_op:
        batch_op.drop_column('country')
