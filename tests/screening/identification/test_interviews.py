"""Identification interviews stored against a case: suggestion with versions, the decision and
the case's trafficking status, encryption of answers, audit, and scoping to the case."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from factories import make_case
from factories.justice import make_interview, presumed_answers
from sqlalchemy import select

from rihai.access.models import AuditEvent
from rihai.cases import service as case_service
from rihai.errors import Conflict, Forbidden, Invalid, NotFound
from rihai.screening.identification import service as interviews
from rihai.screening.identification import load_indicators
from rihai.screening.identification.service import DecisionIn, InterviewCreate


def test_interview_suggests_keeps_versions_and_decision_updates_case(db, world) -> None:
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    interview = make_interview(db, cw, case.id)
    ind = load_indicators()
    assert interview.suggested_status == "presumed"
    assert interview.indicators_version == ind.version and interview.rule_version == ind.rules.version
    a = interviews.assess(interview)
    assert a.status == "presumed" and any("Deceptive recruitment" in r.en for r in a.reasons)
    decided = interviews.decide(db, cw, interview.id, data=DecisionIn(
        version=interview.version, status="presumed", reason="Consistent account, documents held (TEST)"))
    assert decided.decided_by_id == cw.user_id and decided.decided_at is not None
    db.refresh(case)
    # Presumed by an interview is not HTCDS "actual" (determined by an authority): a possible victim.
    assert case.trafficking_status == "PossibleVictimOfTrafficking"
    assert case.status_decided_by_user_id == cw.user_id and case.status_decided_by_org == "NGO"
    with pytest.raises(Conflict) as again:
        interviews.decide(db, cw, interview.id, data=DecisionIn(version=decided.version, status="possible",
                                                                reason="Second thoughts (TEST)"))
    assert again.value.rule == "interview-decided"
    tags = list(db.scalars(select(AuditEvent.tag).where(AuditEvent.subject_id == str(case.id))))
    for tag in ("screening:interview:create", "screening:interview:decide", "cases:case:trafficking-status"):
        assert tag in tags


def test_answers_and_reason_are_encrypted_at_rest(db, world) -> None:
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    interview = make_interview(db, cw, case.id)
    interviews.decide(db, cw, interview.id, data=DecisionIn(version=interview.version, status="possible",
                                                            reason="Plaintext-marker (TEST)"))
    db.flush()
    raw = db.execute(sa.text("SELECT answers, decision_reason FROM identification_interviews WHERE id = :i"),
                     {"i": interview.id.hex if db.get_bind().dialect.name == "sqlite" else interview.id}).one()
    assert b"AL-DR" not in bytes(raw[0]) and b"Plaintext-marker" not in bytes(raw[1])


def test_stale_version_and_bad_answers(db, world) -> None:
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    interview = make_interview(db, cw, case.id)
    with pytest.raises(Conflict) as exc:
        interviews.decide(db, cw, interview.id, data=DecisionIn(version=interview.version + 1, status="possible",
                                                                reason="x (TEST)"))
    assert exc.value.status == 409 and exc.value.rule == "optimistic-lock"
    with pytest.raises(Invalid) as bad:
        interviews.start_interview(db, cw, case.id, data=InterviewCreate(set_code="adult_labour",
                                                                          answers={"AS-DR-01": True}))
    assert "belongs to set adult_sexual" in bad.value.detail
    with pytest.raises(Invalid):
        interviews.start_interview(db, cw, case.id, data=InterviewCreate(set_code="adult_labour",
                                                                          answers={"XX-YY-99": True}))


def test_not_indicated_decision_and_child_set(db, world) -> None:
    cw = world.actor("consular_officer")
    case = make_case(db, cw)
    interview = make_interview(db, cw, case.id, set_code="child_labour", answers={"FL-09": True})
    assert interview.suggested_status == "not_indicated"
    interviews.decide(db, cw, interview.id, data=DecisionIn(version=interview.version, status="possible",
                                                            reason="Debt bondage disclosed (TEST)"))
    db.refresh(case)
    assert case.trafficking_status == "PossibleVictimOfTrafficking"


def test_scoped_to_whoever_sees_the_case(db, world) -> None:
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    interview = make_interview(db, cw, case.id)
    assert [i.id for i in interviews.list_for_case(db, world.actor("supervisor"), case.id)] == [interview.id]
    other = world.actor("other_caseworker")
    with pytest.raises(NotFound):
        interviews.list_for_case(db, other, case.id)
    with pytest.raises(NotFound):
        interviews.get_interview(db, other, interview.id)
    with pytest.raises(NotFound):
        interviews.start_interview(db, other, case.id, data=InterviewCreate(set_code="adult_labour", answers={}))
    for role in ("analyst", "administrator", "prosecutor"):
        with pytest.raises(Forbidden):
            interviews.list_for_case(db, world.actor(role), case.id)
    # An investigator assigned to the case sees it.
    case_service.assign(db, world.actor("supervisor"), case.id, user_id=world.users["investigator"].id)
    assert interviews.get_interview(db, world.actor("investigator"), interview.id).id == interview.id


def test_presumed_answers_fixture_is_all_strong() -> None:
    assert sum(1 for v in presumed_answers().values() if v) == 6
