"""Referral verbs: refer a case, and move a referral through its states.

Public surface of the domain (other code reaches referrals only through here; an import-linter
``protected`` contract holds it to that): ``refer``, ``transition`` (and the named wrappers
``send``/``accept``/…), the queries re-exported from ``inbox`` and ``directory``, the coded facts
published for statistics (``iter_referral_facts``) and the code lists others speak. Each verb checks the permission, the side of the referral the actor is
on, the state machine and the version the user saw; records the timeline and the audit event; and
queues notifications, which leave only if the transaction commits.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rihai import notify
from rihai.access import audit
from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission, Role
from rihai.access.service import require
from rihai.cases import service as cases_service
from rihai.db import utcnow
from rihai.errors import Conflict, Forbidden, Invalid, NotFound

from . import visibility  # noqa: F401  (importing registers the scope)
from .coded_facts import iter_referral_facts  # noqa: F401  (re-exported for stats)
from .codes import CONSENT_PURPOSE, LABELS, OPEN_STATES, RESPONSE_TIME, ReferralState, ServiceType, Urgency  # noqa: F401
from .directory import (  # noqa: F401  (re-exported)
    create_provider,
    eligible_group,
    find_providers,
    get_provider,
    list_providers,
    update_provider,
)
from .inbox import (  # noqa: F401  (re-exported)
    ReferralFilter,
    get_referral,
    list_for_case,
    list_referrals,
    overdue,
    shared_case,
    shared_file,
)
from .handover import case_opened_from, destination_country, prefill_case  # noqa: F401  (re-exported)
from .models import Referral, ReferralEvent, ServiceProvider
from .schemas import ProviderIn, ReferralCreate, TransitionIn  # noqa: F401
from .states import TRANSITIONS, Action, Side, target_state  # noqa: F401

_REF_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
MAX_DEADLINE = timedelta(days=90)
_RECEIVING_ROLES = (Role.SUPERVISOR, Role.CASEWORKER, Role.INVESTIGATOR, Role.CONSULAR_OFFICER)


def open_referral_count(session: Session, case_id: uuid.UUID) -> int:
    """How many referrals of a case are still open (a draft, or sent, accepted, in service)."""
    return session.scalar(select(func.count()).select_from(Referral).where(
        Referral.case_id == case_id, Referral.state.in_([str(s) for s in OPEN_STATES]))) or 0


# Closing a case with a referral still open is refused until the closer confirms (issue 19).
cases_service.register_open_work(
    "referrals", open_referral_count,
    "this case has referrals that are still open: they stay open when it closes. Tick 'Close it anyway' "
    "to close it, or cancel or finish them first")


def _new_reference(session: Session) -> str:
    while True:
        ref = "RF-" + "".join(secrets.choice(_REF_ALPHABET) for _ in range(8))
        if session.scalar(select(Referral.id).where(Referral.reference == ref)) is None:
            return ref


def _consent_gate(session: Session, actor: Actor, referral: Referral, case_consents: list,
                  override_reason: str | None) -> None:
    """Refuse unless recorded consent covers this recipient and purpose; a supervisor may go ahead
    with a written reason, which is kept, audited and flagged on the referral's timeline."""
    if cases_service.consent_covers(case_consents, referral.consent_purpose, referral.to_agency_id):
        return
    if not override_reason:
        raise Conflict(
            f"the survivor's recorded consent does not cover a referral to this agency for "
            f"{referral.consent_purpose}; record consent first (a supervisor may override with a "
            f"written reason)", field="consent", rule="consent-gate")
    if not actor.can(Permission.REFERRALS_CONSENT_OVERRIDE):
        raise Forbidden("only a supervisor may refer without consent", field="consent_override_reason",
                        rule="consent-override")
    referral.consent_overridden = True
    referral.override_reason = override_reason
    referral.override_by_id = actor.user_id
    audit.record(session, actor, AuditTag.REFERRAL_CONSENT_OVERRIDE, subject_type="referral",
                 subject_id=referral.id, fields=["override_reason"], related_ids=[f"case:{referral.case_id}"])


def refer(session: Session, actor: Actor, case_id: uuid.UUID, *, data: ReferralCreate,
          is_synthetic: bool = False, now: datetime | None = None) -> Referral:
    """Anyone who works on the case (and holds ``referrals:referral:create``) refers it to one
    provider for one service. A child's referral records the guardian or best-interest decision.
    With ``send`` (the default) the consent gate is applied at once; a draft is checked when sent."""
    require(actor, Permission.REFERRALS_REFERRAL_CREATE)
    case = cases_service.require_visible(session, actor, case_id)
    if case.status not in (cases_service.CaseStatus.ACTIVE, cases_service.CaseStatus.FOLLOW_UP):
        raise Conflict("a closed case cannot be referred; reopen it first", rule="case-closed")
    provider = session.get(ServiceProvider, data.provider_id)
    if provider is None or not provider.is_active:
        raise Invalid("no such provider in the directory", field="provider_id", rule="provider-active")
    if data.service not in provider.services:
        raise Invalid("this provider does not offer that service", field="service", rule="provider-service")
    now = now or utcnow()
    due = data.due_at or now + RESPONSE_TIME[Urgency(data.urgency)]
    if due.tzinfo is None:
        raise Invalid("give the deadline with its time zone", field="due_at", rule="deadline-tz")
    if not now < due <= now + MAX_DEADLINE:
        raise Invalid("the deadline must be in the future and within 90 days", field="due_at",
                      rule="deadline-range")
    if case.person.is_minor and not (data.child_decision and data.child_decision_note):
        raise Invalid("a child's referral records the guardian's consent or a best-interest "
                      "determination, with its details", field="child_decision", rule="child-referral")
    referral = Referral(id=uuid.uuid4(), reference=_new_reference(session), case_id=case.id,
                        from_agency_id=actor.agency_id, from_user_id=actor.user_id,
                        provider_id=provider.id, to_agency_id=provider.agency_id,
                        service=data.service, urgency=data.urgency, due_at=due, note=data.note,
                        consent_purpose=CONSENT_PURPOSE[ServiceType(data.service)],
                        child_decision=data.child_decision if case.person.is_minor else None,
                        child_decision_note=data.child_decision_note if case.person.is_minor else None,
                        state=ReferralState.DRAFT, is_synthetic=is_synthetic, created_at=now)
    session.add(referral)
    referral.events = [ReferralEvent(action="create", from_state=None, to_state=ReferralState.DRAFT,
                                     actor_id=actor.user_id, agency_id=actor.agency_id, at=now)]
    session.flush()
    audit.record(session, actor, AuditTag.REFERRAL_CREATE, subject_type="referral", subject_id=referral.id,
                 fields=sorted(data.model_fields_set - {"send"}), related_ids=[f"case:{case.id}"])
    if data.send:
        _consent_gate(session, actor, referral, case.consents, data.consent_override_reason)
        _apply(session, actor, referral, Action.SEND, None, None, now)
    return referral


def _side_of(actor: Actor, referral: Referral, side: Side) -> None:
    if side is Side.SENDER:
        require(actor, Permission.REFERRALS_REFERRAL_CREATE)
        if actor.agency_id != referral.from_agency_id:
            raise Forbidden("only the referring agency may do this", rule="referral-sender")
    else:
        require(actor, Permission.REFERRALS_REFERRAL_RESPOND)
        if actor.agency_id != referral.to_agency_id:
            raise Forbidden("only the receiving agency may answer this referral", rule="referral-receiver")


def transition(session: Session, actor: Actor, referral_id: uuid.UUID, action: Action, *,
               data: TransitionIn, consent_override_reason: str | None = None,
               now: datetime | None = None) -> Referral:
    """Move a referral on. The sender sends, cancels (before acceptance) and revokes (after); the
    receiver accepts, declines (with a reason), starts and completes. ``data.version`` is the version
    the user saw: when two agencies act at once, one wins and the other gets a 409."""
    referral = get_referral(session, actor, referral_id, audit_read=False, for_update=True)
    spec = TRANSITIONS[action]
    _side_of(actor, referral, spec.side)
    if referral.version != data.version:
        raise Conflict("this referral was changed by someone else since you opened it; reload to "
                       "see what happened", rule="optimistic-lock")
    target_state(action, ReferralState(referral.state))  # refuses out-of-order moves, naming the rule
    if spec.needs_reason and data.reason is None:
        raise Invalid("say why", field="reason", rule="reason-required")
    if action is Action.SEND:
        case = cases_service.require_visible(session, actor, referral.case_id)
        _consent_gate(session, actor, referral, case.consents, consent_override_reason)
    _apply(session, actor, referral, action, data.reason, data.message, now or utcnow())
    return referral


def _apply(session: Session, actor: Actor, referral: Referral, action: Action, reason: object,
           message: str | None, now: datetime) -> None:
    before = ReferralState(referral.state)
    after = target_state(action, before)
    referral.state = after
    if action is Action.SEND:
        referral.sent_at = now
        earlier = session.scalar(select(Referral.id).where(
            Referral.case_id == referral.case_id, Referral.id != referral.id,
            Referral.sent_at.is_not(None)).limit(1))
        referral.first_for_case = earlier is None
        identified = cases_service.identified_on(session, referral.case_id)
        if identified is not None:
            referral.days_from_identification = max(0, (now.date() - identified).days)
    elif action in (Action.ACCEPT, Action.DECLINE):
        referral.responded_at = now
        if action is Action.ACCEPT:
            referral.assignee_id = actor.user_id
    elif action is Action.START:
        referral.started_at = now
    if after in (ReferralState.DECLINED, ReferralState.COMPLETED, ReferralState.CANCELLED,
                 ReferralState.REVOKED):
        referral.ended_at = now
    if reason is not None:
        referral.end_reason = str(reason)
        referral.end_note = message
    referral.updated_at = now
    flagged = action is Action.SEND and referral.consent_overridden
    referral.events.append(ReferralEvent(action=str(action), from_state=before, to_state=after,
                                         actor_id=actor.user_id, agency_id=actor.agency_id,
                                         reason=None if reason is None else str(reason),
                                         message=message, flagged=flagged, at=now))
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict("this referral was changed by someone else at the same moment; reload and "
                       "try again", rule="optimistic-lock") from exc
    audit.record(session, actor, AuditTag.REFERRAL_TRANSITION, subject_type="referral",
                 subject_id=referral.id, fields=["state"] + (["end_reason"] if reason else []),
                 related_ids=[f"case:{referral.case_id}", f"action:{action}"])
    _notify(session, referral, action)


_SUBJECTS = {
    Action.SEND: "Rihai: a referral awaits your agency's answer",
    Action.ACCEPT: "Rihai: your referral was accepted",
    Action.DECLINE: "Rihai: your referral was declined",
    Action.COMPLETE: "Rihai: a referral was completed",
    Action.CANCEL: "Rihai: a referral to your agency was cancelled",
    Action.REVOKE: "Rihai: a referral to your agency was revoked",
}


def _notify(session: Session, referral: Referral, action: Action) -> None:
    subject = _SUBJECTS.get(action)
    if subject is None:
        return
    if TRANSITIONS[action].side is Side.SENDER:
        to = access_service.notification_addresses(
            session, user_ids=[referral.assignee_id], agency_id=None if referral.assignee_id else referral.to_agency_id,
            roles=() if referral.assignee_id else _RECEIVING_ROLES)
        if referral.provider.contact_email:
            to.append(referral.provider.contact_email)
    else:
        to = access_service.notification_addresses(session, user_ids=[referral.from_user_id])
    # The reference and the service only: no name, no case details.
    body = (f"Referral {referral.reference} ({referral.service}, {referral.urgency}) is now "
            f"{referral.state}.\nSign in to Rihai and open /referrals/{referral.id} to see it.\n")
    notify.queue(session, to, subject, body)
