"""The front door of the criminal-justice sub-domain of a case: the prosecution track (FIR or
complaint, investigating agency, laws, stage, hearings, outcome and the victim-witness's protection
needs) and the support plan (items of support and their follow-up visits).

Only holders of ``cases:prosecution:read`` see the track (prosecutors, investigators; supervisors
read it), and only on cases they can see: the case scope of ``access.policy`` applies first. The
care team reads and changes the support plan (``cases:plan:update``; reads audited); others who
read the case, such as prosecutors, do not see it (need-to-know). A case with open items cannot be
closed unless a supervisor records why (``cases.service.change_status`` asks ``open_item_count``
and ``record_closure_override``). Every read and change is audited with field names only.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.policy import visible
from rihai.access.service import Agency, require
from rihai.cases.models import Case
from rihai.errors import Conflict, Forbidden, Invalid, NotFound

from .coded_facts import iter_prosecution_facts, iter_support_facts  # noqa: F401  (re-exported for stats)
from .codes import JUSTICE_LABELS, OPEN_STATUSES, STAGE_ORDER, ItemStatus, Outcome, Stage  # noqa: F401
from .models import ClosureOverride, FollowUpVisit, Hearing, ProsecutionTrack, StageChange, SupportPlanItem
from .schemas import HearingIn, OutcomeIn, PlanItemCreate, PlanItemUpdate, StageMove, TrackUpdate, VisitIn

# Forward moves allowed besides "the next stage": a complaint may be registered as an FIR straight
# away (no inquiry); nothing else skips a step, and nothing moves back (a retrial is a new track).
_SKIPS = {(Stage.COMPLAINT, Stage.FIR)}
_VERDICTS = {Outcome.CONVICTION, Outcome.PARTIAL_CONVICTION, Outcome.ACQUITTAL}
_STALE_TRACK = "the criminal-justice track was changed by someone else; reload and try again"
_STALE_ITEM = "this support-plan item was changed by someone else; reload and try again"


def _visible_case(session: Session, actor: Actor, case_id: uuid.UUID) -> uuid.UUID:
    found = session.scalars(visible(select(Case.id).where(Case.id == case_id), actor, Case)).first()
    if found is None:
        raise NotFound("no such case, or you do not have access to it")
    return found


def _track(session: Session, case_id: uuid.UUID) -> ProsecutionTrack | None:
    return session.get(ProsecutionTrack, case_id)


def _existing(session: Session, case_id: uuid.UUID) -> ProsecutionTrack:
    track = _track(session, case_id)
    if track is None:
        raise Invalid("open the criminal-justice track first (record the complaint)", rule="track-not-open")
    return track


def _check_version(track: ProsecutionTrack, version: int | None) -> None:
    if version is None:
        raise Invalid("send the version of the track you edited", field="version", rule="optimistic-lock")
    if track.version != version:
        raise Conflict(_STALE_TRACK, rule="optimistic-lock")


def _flush(session: Session) -> None:
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict(_STALE_TRACK, rule="optimistic-lock") from exc


def get_track(session: Session, actor: Actor, case_id: uuid.UUID) -> ProsecutionTrack | None:
    """Prosecutors, investigators and supervisors read the track of a case they can see (None when
    no track is open yet). Each read is audited."""
    require(actor, Permission.CASES_PROSECUTION_READ)
    _visible_case(session, actor, case_id)
    track = _track(session, case_id)
    audit.record(session, actor, AuditTag.PROSECUTION_READ, subject_type="case", subject_id=case_id)
    return track


def save_track(session: Session, actor: Actor, case_id: uuid.UUID, *, data: TrackUpdate) -> ProsecutionTrack:
    """Open the track (at the complaint stage) or edit its details. Editing needs the current
    ``version``: a stale one is a 409, never a lost update."""
    require(actor, Permission.CASES_PROSECUTION_UPDATE)
    _visible_case(session, actor, case_id)
    track = _track(session, case_id)
    fields = sorted(data.model_fields_set - {"version"})
    if track is None:
        track = ProsecutionTrack(case_id=case_id, stage=Stage.COMPLAINT, stage_changed_on=date.today(),
                                 created_by_id=actor.user_id, laws=[], protection_needs=[])
        track.stage_changes.append(StageChange(from_stage=None, to_stage=Stage.COMPLAINT,
                                               changed_on=date.today(), changed_by_id=actor.user_id))
        session.add(track)
        tag = AuditTag.PROSECUTION_OPEN
    else:
        _check_version(track, data.version)
        tag = AuditTag.PROSECUTION_UPDATE
    for name in fields:
        value = getattr(data, name)
        if name in ("laws", "protection_needs"):
            value = sorted(set(value or []))
        setattr(track, name, value)
    _flush(session)
    audit.record(session, actor, tag, subject_type="case", subject_id=case_id,
                 fields=[f"prosecution.{f}" for f in fields])
    return track


def allowed_next(stage: str) -> list[Stage]:
    """The stages a track at ``stage`` may move to."""
    i = STAGE_ORDER.index(Stage(stage))
    nxt = [STAGE_ORDER[i + 1]] if i + 1 < len(STAGE_ORDER) else []
    return nxt + [b for a, b in _SKIPS if a == stage]


def move_stage(session: Session, actor: Actor, case_id: uuid.UUID, *, data: StageMove) -> ProsecutionTrack:
    """Move the track one stage on (complaint → inquiry → FIR → investigation → challan → trial →
    judgment → appeal; complaint → FIR is allowed). Out-of-order moves are refused naming the rule;
    the FIR stage needs the FIR number; each move is kept and audited."""
    require(actor, Permission.CASES_PROSECUTION_UPDATE)
    _visible_case(session, actor, case_id)
    track = _existing(session, case_id)
    _check_version(track, data.version)
    if data.stage not in allowed_next(track.stage):
        allowed = ", ".join(allowed_next(track.stage)) or "none (appeal is the last stage)"
        raise Conflict(f"a track at stage '{track.stage}' cannot move to '{data.stage}'; allowed next: {allowed}",
                       field="stage", rule="stage-order")
    if data.stage == Stage.FIR and not track.fir_number:
        raise Invalid("record the FIR number before moving to the FIR stage", field="fir_number",
                      rule="fir-number-required")
    on = data.on or date.today()
    if on > date.today():
        raise Invalid("a stage is recorded once it has begun, not ahead", field="on", rule="date-in-future")
    if track.stage_changed_on and on < track.stage_changed_on:
        raise Invalid("a stage cannot start before the previous one", field="on", rule="stage-date-order")
    track.stage_changes.append(StageChange(from_stage=track.stage, to_stage=data.stage, changed_on=on,
                                           changed_by_id=actor.user_id))
    previous, track.stage, track.stage_changed_on = track.stage, data.stage, on
    _flush(session)
    audit.record(session, actor, AuditTag.PROSECUTION_STAGE, subject_type="case", subject_id=case_id,
                 fields=["prosecution.stage"], related_ids=[f"stage:{previous}", f"stage:{data.stage}"])
    return track


def record_outcome(session: Session, actor: Actor, case_id: uuid.UUID, *, data: OutcomeIn) -> ProsecutionTrack:
    """A verdict (conviction, acquittal) needs the judgment or appeal stage; a withdrawal,
    compromise or discharge may end the track earlier."""
    require(actor, Permission.CASES_PROSECUTION_UPDATE)
    _visible_case(session, actor, case_id)
    track = _existing(session, case_id)
    _check_version(track, data.version)
    if data.outcome in _VERDICTS and track.stage not in (Stage.JUDGMENT, Stage.APPEAL):
        raise Conflict("a verdict is recorded at the judgment or appeal stage", field="outcome",
                       rule="verdict-needs-judgment")
    if data.on > date.today():
        raise Invalid("an outcome is recorded once it is known, not ahead", field="on", rule="date-in-future")
    if data.sentence and data.outcome not in (Outcome.CONVICTION, Outcome.PARTIAL_CONVICTION):
        raise Invalid("a sentence goes with a conviction", field="sentence", rule="sentence-needs-conviction")
    track.outcome, track.outcome_on, track.sentence = data.outcome, data.on, data.sentence
    _flush(session)
    audit.record(session, actor, AuditTag.PROSECUTION_OUTCOME, subject_type="case", subject_id=case_id,
                 fields=["prosecution.outcome", "prosecution.outcome_on"]
                 + (["prosecution.sentence"] if data.sentence else []))
    return track


def add_hearing(session: Session, actor: Actor, case_id: uuid.UUID, *, data: HearingIn) -> Hearing:
    """Add a hearing date to an open track."""
    require(actor, Permission.CASES_PROSECUTION_UPDATE)
    _visible_case(session, actor, case_id)
    track = _existing(session, case_id)
    if len(track.hearings) >= 200:
        raise Invalid("a track keeps at most 200 hearings", field="hearing_on")
    hearing = Hearing(hearing_on=data.hearing_on, purpose=data.purpose, note=data.note,
                      added_by_id=actor.user_id)
    track.hearings.append(hearing)
    _flush(session)
    audit.record(session, actor, AuditTag.HEARING_ADD, subject_type="case", subject_id=case_id,
                 fields=[f"hearings.{f}" for f in sorted(data.model_fields_set)])
    return hearing


def upcoming_hearings(session: Session, actor: Actor, *, days: int = 30, limit: int = 200
                      ) -> list[tuple[Hearing, str, str]]:
    """Hearings in the next ``days`` on the cases the actor can see (a prosecutor's diary):
    (hearing, case reference, stage), soonest first, scoped in SQL; the listed cases are audited."""
    require(actor, Permission.CASES_PROSECUTION_READ)
    if not 1 <= days <= 366:
        raise Invalid("look ahead between 1 and 366 days", field="days")
    today = date.today()
    stmt = visible(select(Hearing, Case.reference, ProsecutionTrack.stage)
                   .join(ProsecutionTrack, ProsecutionTrack.case_id == Hearing.case_id)
                   .join(Case, Case.id == Hearing.case_id)
                   .where(Hearing.hearing_on >= today, Hearing.hearing_on <= today + timedelta(days=days)),
                   actor, Case)
    rows = [(h, ref, stage) for h, ref, stage in
            session.execute(stmt.order_by(Hearing.hearing_on, Hearing.id).limit(limit))]
    audit.record(session, actor, AuditTag.PROSECUTION_READ, subject_type="case",
                 fields=["hearings"], related_ids=sorted({str(h.case_id) for h, _, _ in rows}))
    return rows


# -- support plan (HTCDS ``spl_``) ------------------------------------------------------------

def _item(session: Session, actor: Actor, case_id: uuid.UUID, item_id: int) -> SupportPlanItem:
    _visible_case(session, actor, case_id)
    item = session.scalars(select(SupportPlanItem).where(SupportPlanItem.id == item_id,
                                                         SupportPlanItem.case_id == case_id)).first()
    if item is None:
        raise NotFound("no such support-plan item on this case")
    return item


def _check_agency(session: Session, agency_id: int | None) -> None:
    if agency_id is not None and session.get(Agency, agency_id) is None:
        raise Invalid("no such agency", field="responsible_agency_id")


def list_plan(session: Session, actor: Actor, case_id: uuid.UUID) -> list[SupportPlanItem]:
    """The plan of a case the actor can see, open items first; the read is audited. Need-to-know:
    the care team (who keep plans) read it; a prosecutor, who reads the case for the trial, does
    not see the survivor's health or rehabilitation support."""
    require(actor, Permission.CASES_CASE_READ)
    if not actor.can(Permission.CASES_PLAN_UPDATE):
        raise Forbidden("your role does not see support plans", rule="need-to-know")
    _visible_case(session, actor, case_id)
    items = list(session.scalars(select(SupportPlanItem).where(SupportPlanItem.case_id == case_id)
                                 .order_by(SupportPlanItem.status.in_(list(OPEN_STATUSES)).desc(),
                                           SupportPlanItem.due_on, SupportPlanItem.id)))
    audit.record(session, actor, AuditTag.PLAN_READ, subject_type="case", subject_id=case_id,
                 related_ids=[f"plan-item:{i.id}" for i in items])
    return items


def add_item(session: Session, actor: Actor, case_id: uuid.UUID, *, data: PlanItemCreate) -> SupportPlanItem:
    require(actor, Permission.CASES_PLAN_UPDATE)
    _visible_case(session, actor, case_id)
    _check_agency(session, data.responsible_agency_id)
    if data.due_on and data.due_on < date(2000, 1, 1):
        raise Invalid("the due date is not plausible", field="due_on")
    item = SupportPlanItem(case_id=case_id, created_by_id=actor.user_id, status=ItemStatus.OPEN,
                           **data.model_dump())
    session.add(item)
    session.flush()
    audit.record(session, actor, AuditTag.PLAN_ITEM_ADD, subject_type="case", subject_id=case_id,
                 fields=[f"plan.{f}" for f in sorted(data.model_fields_set)], related_ids=[f"plan-item:{item.id}"])
    return item


def update_item(session: Session, actor: Actor, case_id: uuid.UUID, item_id: int, *,
                data: PlanItemUpdate) -> SupportPlanItem:
    """Change an item's status, goal, agency or due date with optimistic locking. Done and
    cancelled items are final: new support is a new item."""
    require(actor, Permission.CASES_PLAN_UPDATE)
    item = _item(session, actor, case_id, item_id)
    if item.version != data.version:
        raise Conflict(_STALE_ITEM, rule="optimistic-lock")
    if item.status not in OPEN_STATUSES:
        raise Conflict(f"this item is {item.status} and can no longer change; add a new item instead",
                       field="status", rule="plan-item-final")
    fields = sorted(data.model_fields_set - {"version"})
    if "responsible_agency_id" in fields:
        _check_agency(session, data.responsible_agency_id)
    for name in fields:
        value = getattr(data, name)
        if name in ("status", "goal") and value is None:
            raise Invalid(f"{name} cannot be empty", field=name)
        setattr(item, name, value)
    if data.status == ItemStatus.DONE:
        item.completed_on = date.today()
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict(_STALE_ITEM, rule="optimistic-lock") from exc
    audit.record(session, actor, AuditTag.PLAN_ITEM_UPDATE, subject_type="case", subject_id=case_id,
                 fields=[f"plan.{f}" for f in fields], related_ids=[f"plan-item:{item.id}"])
    return item


def add_visit(session: Session, actor: Actor, case_id: uuid.UUID, item_id: int, *, data: VisitIn) -> FollowUpVisit:
    """Record a follow-up visit made by the actor."""
    require(actor, Permission.CASES_PLAN_UPDATE)
    item = _item(session, actor, case_id, item_id)
    if data.visited_on > date.today():
        raise Invalid("a visit is recorded after it happened", field="visited_on", rule="visit-in-future")
    if len(item.visits) >= 500:
        raise Invalid("an item keeps at most 500 visits", field="visited_on")
    visit = FollowUpVisit(visited_on=data.visited_on, note=data.note, visited_by_id=actor.user_id)
    item.visits.append(visit)
    session.flush()
    audit.record(session, actor, AuditTag.PLAN_VISIT_ADD, subject_type="case", subject_id=case_id,
                 fields=[f"plan.visits.{f}" for f in sorted(data.model_fields_set)],
                 related_ids=[f"plan-item:{item.id}"])
    return visit


def open_item_count(session: Session, case_id: uuid.UUID) -> int:
    """Items still open or in progress (the close rule). Callers have already scoped the case."""
    return session.scalar(select(func.count()).select_from(SupportPlanItem).where(
        SupportPlanItem.case_id == case_id, SupportPlanItem.status.in_(list(OPEN_STATUSES)))) or 0


def record_closure_override(session: Session, actor: Actor, case_id: uuid.UUID, *, reason: str,
                            open_items: int) -> ClosureOverride:
    """Kept and audited when a supervisor closes a case with open items; ``change_status`` calls
    this after checking the rule."""
    row = ClosureOverride(case_id=case_id, reason=reason, open_items=open_items, decided_by_id=actor.user_id)
    session.add(row)
    session.flush()
    audit.record(session, actor, AuditTag.CASE_CLOSE_OVERRIDE, subject_type="case", subject_id=case_id,
                 fields=["closure_override.reason"], related_ids=[f"open-items:{open_items}"])
    return row


def closure_overrides(session: Session, case_id: uuid.UUID) -> list[ClosureOverride]:
    return list(session.scalars(select(ClosureOverride).where(ClosureOverride.case_id == case_id)
                                .order_by(ClosureOverride.id)))


def completion_counts(session: Session, actor: Actor) -> dict[str, int]:
    """Support-plan items by status over the cases the actor can see (a mechanism indicator:
    support-plan completion), counted in SQL; no goal is read."""
    require(actor, Permission.CASES_CASE_READ)
    scoped = visible(select(Case.id), actor, Case)
    rows = session.execute(select(SupportPlanItem.status, func.count()).where(
        SupportPlanItem.case_id.in_(scoped)).group_by(SupportPlanItem.status))
    counts = {str(s): 0 for s in ItemStatus}
    counts.update({status: n for status, n in rows})
    return counts
