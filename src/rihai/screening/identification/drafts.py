"""Interviews in progress (issue 19): the 67-odd questions answered over more than one sitting.

A draft holds the answers so far (encrypted, like a finished interview's) for the interviewer who
gave them, one per case and interviewer; it is saved as the interviewer answers (the form posts
each change) or with "Save draft", and resumed from the same form. A draft is not an assessment:
nothing is evaluated from it and it suggests no status. ``start_interview`` removes the
interviewer's draft of that case. ``progress`` counts what is answered, per section.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.cases import service as case_service
from rihai.db import utcnow
from rihai.errors import Invalid

from .ilo_indicators import load_indicators
from .models import InterviewDraft
from .rules import _check_answers
from .schemas import IndicatorSet, Text

STALE_AFTER = timedelta(days=7)  # a draft untouched this long is listed as waiting to be finished


@dataclass(frozen=True)
class Section:
    label: Text
    answered: int
    total: int


@dataclass(frozen=True)
class Progress:
    """Answered = yes or no; "don't know" and unasked count as not answered. ``answered`` and
    ``total`` are the set's questions; the forced-labour indicators are their own section."""

    answered: int
    total: int
    sections: list[Section]


def progress(indicators: IndicatorSet, set_code: str, answers: dict[str, bool | None]) -> Progress:
    s = indicators.sets[set_code]
    sections = [Section(d.label, sum(answers.get(i.code) is not None for i in s.dimensions[d.code]),
                        len(s.dimensions[d.code])) for d in indicators.dimensions]
    forced = indicators.forced_labour
    fl = Section(Text(en="ILO indicators of forced labour", ur="جبری مشقت کے آئی ایل او اشارے"),
                 sum(answers.get(f.code) is not None for f in forced), len(forced))
    return Progress(sum(x.answered for x in sections), sum(x.total for x in sections), [*sections, fl])


def save_draft(session: Session, actor: Actor, case_id: uuid.UUID, *, set_code: str,
               answers: dict[str, bool | None]) -> InterviewDraft:
    """The interviewer's draft for a case they may see, created or replaced. Answers are checked
    as a finished interview's are (a foreign code is refused), never evaluated. Audited by names."""
    require(actor, Permission.SCREENING_INTERVIEW_CREATE)
    if actor.user_id is None:
        raise Invalid("a draft belongs to a person", rule="draft-owner")
    case_service.ensure_visible(session, actor, case_id)
    _check_answers(answers, set_code, load_indicators())
    draft = session.scalar(select(InterviewDraft).where(InterviewDraft.case_id == case_id,
                                                        InterviewDraft.interviewer_id == actor.user_id))
    if draft is None:
        draft = InterviewDraft(case_id=case_id, interviewer_id=actor.user_id)
        session.add(draft)
    draft.set_code, draft.answers, draft.updated_at = set_code, dict(answers), utcnow()
    session.flush()
    audit.record(session, actor, AuditTag.INTERVIEW_DRAFT_SAVE, subject_type="case", subject_id=case_id,
                 fields=["draft.answers", "draft.set_code"], related_ids=[f"interview-draft:{draft.id}"])
    return draft


def get_draft(session: Session, actor: Actor, case_id: uuid.UUID) -> InterviewDraft | None:
    """The actor's own draft for a case they may still see (audited when there is one)."""
    require(actor, Permission.SCREENING_INTERVIEW_CREATE)
    draft = session.scalar(select(InterviewDraft).where(
        InterviewDraft.case_id == case_id, InterviewDraft.interviewer_id == actor.user_id,
        InterviewDraft.case_id.in_(case_service.visible_case_ids(actor))))
    if draft is not None:
        audit.record(session, actor, AuditTag.INTERVIEW_DRAFT_READ, subject_type="case", subject_id=case_id,
                     fields=["draft.answers"], related_ids=[f"interview-draft:{draft.id}"])
    return draft


def my_drafts(session: Session, actor: Actor) -> list[InterviewDraft]:
    """The actor's drafts on cases they may still see, oldest first (the stalest at the top)."""
    require(actor, Permission.SCREENING_INTERVIEW_CREATE)
    rows = list(session.scalars(select(InterviewDraft).where(
        InterviewDraft.interviewer_id == actor.user_id,
        InterviewDraft.case_id.in_(case_service.visible_case_ids(actor))).order_by(InterviewDraft.updated_at)))
    audit.record(session, actor, AuditTag.INTERVIEW_DRAFT_LIST, subject_type="case",
                 related_ids=[f"case:{d.case_id}" for d in rows])
    return rows


def is_stale(draft: InterviewDraft) -> bool:
    return utcnow() - draft.updated_at > STALE_AFTER


def discard_draft(session: Session, actor: Actor, case_id: uuid.UUID) -> bool:
    """The interviewer throws their own draft of a case away (begun on the wrong case, or the
    person declined to go on). Callers: holders of ``screening:interview:create`` on a case they
    may still see; nobody reaches another interviewer's draft. Audited by ids; False when there
    was none."""
    require(actor, Permission.SCREENING_INTERVIEW_CREATE)
    case_service.ensure_visible(session, actor, case_id)
    draft_id = session.scalar(select(InterviewDraft.id).where(InterviewDraft.case_id == case_id,
                                                              InterviewDraft.interviewer_id == actor.user_id))
    if draft_id is None:
        return False
    drop_draft(session, actor, case_id)
    audit.record(session, actor, AuditTag.INTERVIEW_DRAFT_DROP, subject_type="case", subject_id=case_id,
                 fields=["draft.answers", "draft.set_code"], related_ids=[f"interview-draft:{draft_id}"])
    return True


def drop_draft(session: Session, actor: Actor, case_id: uuid.UUID) -> None:
    """Once the interview is stored, the interviewer's draft of it has served."""
    session.execute(delete(InterviewDraft).where(InterviewDraft.case_id == case_id,
                                                 InterviewDraft.interviewer_id == actor.user_id))
