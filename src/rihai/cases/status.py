"""The survivor's trafficking status (HTCDS ``vic_TraffickingStatus``) as decided by a person,
and the case scope as a subquery for other domains' case-linked rows. Re-exported by
``cases.service`` (the domain's public surface)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.policy import visible, visible_clause
from rihai.access.service import Agency, require
from rihai.db import utcnow
from rihai.errors import Conflict, NotFound

from .codes import DecisionOrg, TraffickingStatus
from .models import Case
from .visibility import case_scope_among

# Work other domains keep open on a case (a referral another agency is answering) that closing the
# case would leave hanging. Those domains sit above cases and register a counter on import (as they
# register their row scopes with access.policy); closing with any open needs an explicit "close
# anyway" (issue 19: a case closed with an open referral and no warning).
OpenWork = Callable[[Session, uuid.UUID], int]
_OPEN_WORK: dict[str, tuple[OpenWork, str]] = {}


def register_open_work(name: str, count: OpenWork, message: str) -> None:
    """``count(session, case_id)`` says how many items of ``name`` are open on a case; ``message``
    (an English msgid) is the refusal shown when closing without confirming. Idempotent."""
    _OPEN_WORK[name] = (count, message)


def check_open_work(session: Session, case_id: uuid.UUID, *, confirmed: bool) -> None:
    """Refuse to close a case that still has open work elsewhere unless the closer confirmed it."""
    if confirmed:
        return
    for count, message in _OPEN_WORK.values():
        if count(session, case_id):
            raise Conflict(message, field="confirm_open_work", rule="open-work-elsewhere")


_DECISION_ORG = {"LawEnforcement": DecisionOrg.POLICE, "NGO": DecisionOrg.NGO}


def decide_trafficking_status(session: Session, actor: Actor, case_id: uuid.UUID, *,
                              status: TraffickingStatus) -> Case:
    """Record the survivor's trafficking status with who decided it, for which kind of
    organisation, and when (the identification interview's decision lands here). Needs
    ``cases:case:update`` on a visible case; the case version moves on, so an editor holding an
    older copy of the case gets a conflict instead of overwriting the decision."""
    require(actor, Permission.CASES_CASE_UPDATE)
    stmt = select(Case).where(Case.id == case_id, case_scope_among(actor, [case_id]))
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(of=Case)
    case = session.scalars(stmt).unique().one_or_none()
    if case is None:
        raise NotFound("no such case, or you do not have access to it")
    agency = session.get(Agency, actor.agency_id) if actor.agency_id else None
    org_type = agency.org_type if agency else ""
    case.trafficking_status = status
    case.status_decided_by_user_id = actor.user_id
    case.status_decided_on = date.today()
    case.status_decided_by_org = _DECISION_ORG.get(
        org_type, DecisionOrg.NON_POLICE_GOVERNMENT if "Government" in org_type else DecisionOrg.OTHER)
    case.updated_at = utcnow()
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict("this case was changed by someone else; reload and try again",
                       rule="optimistic-lock") from exc
    audit.record(session, actor, AuditTag.CASE_TRAFFICKING_STATUS, subject_type="case", subject_id=case.id,
                 fields=["trafficking_status", "status_decided_by_org", "status_decided_by_user_id",
                         "status_decided_on"])
    return case


def visible_case_ids(actor: Actor) -> Select[tuple[uuid.UUID]]:
    """The ids of the cases ``actor`` may read, as a SQL subquery: other domains scope their
    case-linked rows with ``Model.case_id.in_(visible_case_ids(actor))``."""
    return select(Case.id).where(visible_clause(Case, actor))


def ensure_visible(session: Session, actor: Actor, case_id: uuid.UUID) -> None:
    """NotFound unless ``actor`` may read the case (not audited: for listing case-linked rows,
    which audit themselves)."""
    if session.scalar(visible_case_ids(actor).where(Case.id == case_id)) is None:
        raise NotFound("no such case, or you do not have access to it")


def case_references(session: Session, actor: Actor, case_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """id -> reference of those cases ``actor`` may read (a coded reference, not a read of the
    case): for lists of case-linked rows that name their case."""
    if not case_ids:
        return {}
    rows = session.execute(select(Case.id, Case.reference).where(Case.id.in_(case_ids), case_scope_among(actor, case_ids)))
    return {i: ref for i, ref in rows}
