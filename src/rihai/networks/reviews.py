"""Reviewers' word on the engine's links: two mentions are the same person, or different people
(remembered, and fed to every later build), and a link's source grading (reliability A-E,
information 1-5) as analysts grade intelligence. A reviewer decides only on mentions they see."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.policy import visible_clause
from rihai.access.service import require
from rihai.db import utcnow
from rihai.errors import Forbidden, Invalid, NotFound

from .models import NetworkLink, NetworkRecord, NetworkReview

DECISIONS = ("same", "different")
RELIABILITY = "ABCDE"


def sees(session: Session, actor: Actor, *record_ids: str) -> bool:
    found = set(session.scalars(select(NetworkRecord.id).where(NetworkRecord.id.in_(record_ids),
                                                               visible_clause(NetworkRecord, actor))))
    return found == set(record_ids)


def review(session: Session, actor: Actor, a: tuple[str, str], b: tuple[str, str], decision: str) -> NetworkReview:
    """Record that mentions ``a`` and ``b`` ((record id, ref)) are the same person or different
    people; the next build follows it. Callers: ``networks:link:review``, seeing both records."""
    require(actor, Permission.NETWORKS_LINK_REVIEW)
    if decision not in DECISIONS:
        raise Invalid("decision must be same or different", field="decision")
    if a == b:
        raise Invalid("a mention is always the same as itself", field="b")
    a, b = sorted((a, b))
    if not sees(session, actor, a[0], b[0]):
        raise Forbidden("you may decide only on mentions you can see", rule="review-needs-sight")
    row = session.scalar(select(NetworkReview).where(NetworkReview.a_record == a[0], NetworkReview.a_ref == a[1],
                                                     NetworkReview.b_record == b[0], NetworkReview.b_ref == b[1]))
    if row is None:
        row = NetworkReview(a_record=a[0], a_ref=a[1], b_record=b[0], b_ref=b[1])
        session.add(row)
    row.decision, row.reviewed_by_id, row.reviewed_at = decision, actor.user_id, utcnow()
    session.flush()
    audit.record(session, actor, AuditTag.NETWORK_LINK_REVIEW, subject_type="networks_review", subject_id=row.id,
                 fields=["decision"], related_ids=[a[0], b[0]])
    return row


def grade(session: Session, actor: Actor, link_id: int, *, reliability: str, information: int) -> NetworkLink:
    """Set a link's source grading; a rebuild keeps it. Callers: ``networks:link:review``."""
    require(actor, Permission.NETWORKS_LINK_REVIEW)
    if reliability not in RELIABILITY or len(reliability) != 1:
        raise Invalid("reliability is a letter from A to E", field="reliability")
    if not 1 <= information <= 5:
        raise Invalid("information is a number from 1 to 5", field="information")
    link = session.get(NetworkLink, link_id)
    if link is None or not sees(session, actor, link.a_record, link.b_record):
        raise NotFound("no such link")
    link.reliability, link.information, link.graded_by_id, link.graded_at = reliability, information, actor.user_id, utcnow()
    session.flush()
    audit.record(session, actor, AuditTag.NETWORK_LINK_GRADE, subject_type="networks_link", subject_id=link.id,
                 fields=["reliability", "information"])
    return link


def review_link(session: Session, actor: Actor, link_id: int, decision: str) -> NetworkReview:
    """``review`` of the two mentions one link joins, as the entity page offers it (the pair is
    looked up here, so the form carries a link id, not record ids). Callers: ``networks:link:review``."""
    require(actor, Permission.NETWORKS_LINK_REVIEW)
    link = session.get(NetworkLink, link_id)
    if link is None or not sees(session, actor, link.a_record, link.b_record):
        raise NotFound("no such link")
    return review(session, actor, (link.a_record, link.a_ref), (link.b_record, link.b_ref), decision)


def decisions(session: Session, links: list[NetworkLink]) -> dict[int, str]:
    """The reviewers' word on each of ``links`` (link id -> "same" / "different"), for showing
    what was decided; the caller already saw the links."""
    if not links:
        return {}
    by_pair = {(lk.a_record, lk.a_ref, lk.b_record, lk.b_ref): lk.id for lk in links}
    rows = session.scalars(select(NetworkReview).where(
        NetworkReview.a_record.in_({lk.a_record for lk in links} | {lk.b_record for lk in links})))
    out: dict[int, str] = {}
    for r in rows:
        for key in ((r.a_record, r.a_ref, r.b_record, r.b_ref), (r.b_record, r.b_ref, r.a_record, r.a_ref)):
            if key in by_pair:
                out[by_pair[key]] = r.decision
    return out
