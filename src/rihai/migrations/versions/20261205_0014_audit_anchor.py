"""audit: append-only audit_events (triggers) and head checkpoints (issue 13)

The database refuses UPDATE, DELETE (and, on PostgreSQL, TRUNCATE) of audit rows, for every role,
the owner included: nothing in Rihai rewrites or removes an audit row (key rotation keeps the
secret the chain is signed with, so it never re-signs). The owner can still drop the trigger, so
on PostgreSQL the application should run as a role that does not own the table (docs/operations.md);
the head checkpoints kept outside the database (rihai.access.audit_anchor) catch what is left.

SQLite fires no trigger on DROP TABLE, and a batch_alter_table of audit_events (which recreates
the table) would silently drop these triggers: such a migration must create them again
(tests/security/test_audit_truncation.py fails if they are missing at head).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 22:00:00
"""
from alembic import op


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

_MESSAGE = "audit_events is append-only"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""
            CREATE FUNCTION rihai_audit_events_append_only() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '{_MESSAGE}: % refused', TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$""")
        # Per statement, so even a DELETE or UPDATE that matches no row is refused.
        op.execute("""
            CREATE TRIGGER audit_events_append_only
            BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events
            FOR EACH STATEMENT EXECUTE FUNCTION rihai_audit_events_append_only()""")
        return
    for verb in ("UPDATE", "DELETE"):
        op.execute(f"""
            CREATE TRIGGER audit_events_no_{verb.lower()}
            BEFORE {verb} ON audit_events
            BEGIN SELECT RAISE(ABORT, '{_MESSAGE}: {verb} refused'); END""")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS rihai_audit_events_append_only()")
        return
    op.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
