"""How many open cases have no consent decision recorded at all: a reading of the referral
mechanism's performance, kept apart from the case verbs (``service`` re-exports it)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.service import require

from .codes import CaseStatus
from .models import Case, Consent
from .visibility import scope_parts


def count_without_consent(session: Session, actor: Actor) -> int:
    """Visible open cases with no consent decision recorded at all (a mechanism indicator)."""
    require(actor, Permission.CASES_CASE_READ)
    total = 0
    for part in scope_parts(actor):
        stmt = select(func.count()).select_from(Case).where(
            part, Case.status.in_([CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP]),
            ~select(Consent.id).where(Consent.case_id == Case.id).exists())
        total += session.scalar(stmt) or 0
    return total
