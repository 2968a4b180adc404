"""What an intruder who holds the database owner's rights does first: lift the append-only guard
on audit_events (migration 0014) so rows can be deleted or edited. The regression tests then show
that the chain and the checkpoints outside the database still tell."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session


def lift_append_only(session: Session) -> None:
    """In ``session``'s transaction (so a rolled-back test gets the guard back)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only"))
    else:
        session.execute(sa.text("DROP TRIGGER IF EXISTS audit_events_no_update"))
        session.execute(sa.text("DROP TRIGGER IF EXISTS audit_events_no_delete"))
