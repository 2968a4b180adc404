"""Staff email addresses for notifications: who to tell, never what about.

Below ``service`` (the front door, which publishes it to other domains) and ``grants`` (which tells
an agency's supervisors about role grants), so that neither imports the other for it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from rihai.access.models import User, UserRole


def notification_addresses(session: Session, *, user_ids: Iterable[int | None] = (),
                           agency_id: int | None = None, roles: Iterable[str] = ()) -> list[str]:
    """Email addresses of active accounts: the given users, plus (with ``agency_id``) the members of
    that agency holding any of ``roles``. For notifications, which never carry personal data."""
    wanted = {i for i in user_ids if i is not None}
    stmt = select(User.email).where(User.is_active.is_(True), User.email.is_not(None))
    clauses = []
    if wanted:
        clauses.append(User.id.in_(wanted))
    role_list = [str(r) for r in roles]
    if agency_id is not None and role_list:
        clauses.append((User.agency_id == agency_id)
                       & User.id.in_(select(UserRole.user_id).where(UserRole.role.in_(role_list))))
    if not clauses:
        return []
    return sorted({e for e in session.scalars(stmt.where(or_(*clauses))) if e})
