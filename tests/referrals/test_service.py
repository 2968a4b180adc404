"""Referrals through the service layer: the consent gate, the state machine, both sides, races,
need-to-know, and the end of access."""

from __future__ import annotations

from datetime import timedelta

import pytest
from factories import PersonFactory, make_case, make_user, make_world
from factories.referrals import give_consent, make_provider
from sqlalchemy import select

from rihai import notify
from rihai.access.audit import AuditEvent, AuditTag
from rihai.access.auth import actor_for
from rihai.access.permissions import Role
from rihai.cases import service as case_service
from rihai.cases.schemas import NoteCreate, StatusChange
from rihai.db import utcnow
from rihai.errors import Conflict, Forbidden, Invalid, NotFound
from rihai.referrals import service
from rihai.referrals.codes import ReferralState
from rihai.referrals.inbox import Box
from rihai.referrals.schemas import ReferralCreate, TransitionIn
from rihai.referrals.states import Action


@pytest.fixture
def setup(db):  # type: ignore[no-untyped-def]
    world = make_world(db)
    sender = world.actor("caseworker")
    receiver = world.actor("other_caseworker")
    shelter = make_provider(db, world.other_agency, "Shelter", "Psychosocial", "Investigation",
                            capacity=2, eligible=["women", "girls"])
    case = make_case(db, sender, person=PersonFactory(given_name="Referredname", sex="Female",
                                                      cnic="35202-1234567-2", phones=["+923001234567"]))
    return world, sender, receiver, shelter, case


def refer(db, actor, case, provider, **kw):  # type: ignore[no-untyped-def]
    return service.refer(db, actor, case.id, data=ReferralCreate(provider_id=provider.id,
                                                               service=kw.pop("service", "Shelter"), **kw))


def move(db, actor, referral, action, **kw):  # type: ignore[no-untyped-def]
    return service.transition(db, actor, referral.id, action,
                              data=TransitionIn(version=referral.version, **kw))


def test_no_consent_no_referral(db, setup) -> None:  # type: ignore[no-untyped-def]
    world, sender, receiver, shelter, case = setup
    with pytest.raises(Conflict) as err:
        refer(db, sender, case, shelter)
    assert err.value.rule == "consent-gate"
    assert err.value.field == "consent"


def test_consent_must_cover_the_recipient_and_the_latest_answer_wins(db, setup) -> None:  # type: ignore[no-untyped-def]
    world, sender, receiver, shelter, case = setup
    give_consent(db, sender, case.id, recipient=world.agency)  # a different agency
    with pytest.raises(Conflict):
        refer(db, sender, case, shelter)
    give_consent(db, sender, case.id, recipient=world.other_agency)
    assert refer(db, sender, case, shelter).state == ReferralState.SENT
    give_consent(db, sender, case.id, recipient=world.other_agency, given=False)
    with pytest.raises(Conflict):
        refer(db, sender, case, shelter)


def test_investigation_needs_law_enforcement_consent(db, setup) -> None:  # type: ignore[no-untyped-def]
    world, sender, receiver, shelter, case = setup
    give_consent(db, sender, case.id)  # Referral purpose, any agency
    with pytest.raises(Conflict):
        refer(db, sender, case, shelter, service="Investigation")
    give_consent(db, sender, case.id, purpose="LawEnforcement")
    assert refer(db, sender, case, shelter, service="Investigation").consent_purpose == "LawEnforcement"


def test_only_a_supervisor_overrides_and_it_is_flagged_and_audited(db, setup) -> None:  # type: ignore[no-untyped-def]
    world, sender, receiver, shelter, case = setup
    reason = "Immediate danger: the agent knows where she is staying tonight."
    with pytest.raises(Forbidden) as err:
        refer(db, sender, case, shelter, consent_override_reason=reason)
    assert err.value.rule == "consent-override"
    supervisor = world.actor("supervisor")
    referral = refer(db, supervisor, case, shelter, consent_override_reason=reason)
    assert referral.consent_overridden and referral.override_reason == reason
    assert any(e.flagged for e in referral.events)
    tags = db.scalars(select(AuditEvent.tag).where(AuditEvent.subject_id == str(referral.id))).all()
    assert str(AuditTag.REFERRAL_CONSENT_OVERRIDE) in tags
    # The reason's words are kept encrypted on the referral, never in the audit log.
    fields = db.scalars(select(AuditEvent.fields).where(AuditEvent.subject_id == str(referral.id))).all()
    assert reason not in str(fields)


def test_a_child_referral_records_the_decision(db, setup) -> None:  # type: ignore[no-untyped-def]
    world, sender, receiver, shelter, _ = setup
    child = make_case(db, sender, person=PersonFactory(sex="Female", age_estimate=14, birth_date=None))
    give_consent(db, sender, child.id, given_by="Guardian")
    with pytest.raises(Invalid) as err:
        refer(db, sender, child, shelter)
    assert err.value.rule == "child-referral"
    referral = refer(db, sender, child, shelter, child_decision="GuardianConsent",
                     child_decision_note="Mother agreed at the shelter intake (TEST).")
    assert referral.child_decision == "GuardianConsent"


def test_the_whole_path_with_timeline_and_notifications(db, setup) -> None:  # type: ignore[no-untyped-def]
    world, sender, receiver, shelter, case = setup
    give_consent(db, sender, case.id)
    referral = refer(db, sender, case, shelter, urgency="emergency", note="Arrives tonight (TEST)")
    assert referral.due_at - referral.sent_at == timedelta(hours=12)
    sent = notify.pending(db)
    assert sent and "awaits" in sent[-1].subject and "desk@provider.example.org" in sent[-1].recipients
    assert "Referredname" not in sent[-1].body
    for action in (Action.ACCEPT, Action.START, Action.COMPLETE):
        referral = move(db, receiver, referral, action)
    assert referral.state == ReferralState.COMPLETED
    assert referral.assignee_id == receiver.user_id
    assert [e.action for e in referral.events] == ["create", "send", "accept", "start", "complete"]
    assert referral.ended_at is not None


def test_each_side_acts_only_on_its_own_moves(db, setup) -> None:  # type: ignore[no-untyped-def]
    world, sender, receiver, shelter, case = setup
    give_consent(db, sender, case.id)
    referral = refer(db, sender, case, shelter)
    with pytest.raises(Forbidden):
        move(db, sender, referral, Action.ACCEPT)
    with pytest.raises(Forbidden):
        move(db, receiver, referral, Action.CANCEL, reason="Other")
    stranger = actor_for(make_user(db, world.other_agency, Role.ANALYST), via="api")
    third = actor_for(make_user(db, make_world(db).agency, Role.SUPERVISOR), via="api")
    for outsider in (stranger, third):
        with pytest.raises((NotFound, Forbidden)):
            service.get_referral(db, outsider, referral.id)


def test_out_of_order_moves_name_the_rule(db, setup) -> None:  # type: ignore[no-untyped-def]
    world, sender, receiver, shelter, case = setup
    give_consent(db, sender, case.id)
    referral = refer(db, sender, case, shelter)
    referral = move(db, sender, referral, Action.CANCEL, reason="SentInError")
    with pytest.raises(Conflict) as err:
        move(db, receiver, referral, Action.ACCEPT)
    assert err.value.rule == "referral-transition:cancelled->accept"
    fresh = refer(db, sender, case, shelter)
    with pytest.raises(Invalid) as err2:
        move(db, receiver, fresh, Action.DECLINE)
    assert err2.value.rule == "reason-required"


def test_two_agencies_at_once_cannot_both_win(db, setup) -> None:  # type: ignore[no-untyped-def]
    world, sender, receiver, shelter, case = setup
    give_consent(db, sender, case.id)
    referral = refer(db, sender, case, shelter)
    seen = referral.version
    service.transition(db, receiver, referral.id, Action.ACCEPT, data=TransitionIn(version=seen))
    with pytest.raises(Conflict) as err:
        service.transition(db, sender, referral.id, Action.CANCEL,
                           data=TransitionIn(version=seen, reason="NoLongerNeeded"))
    assert err.value.rule == "optimistic-lock"


def test_need_to_know_shelter_sees_care_fields_only(db, setup) -> None:  # type: ignore[no-untyped-def]
    world, sender, receiver, shelter, case = setup
    give_consent(db, sender, case.id)
    case_service.add_note(db, sender, case.id, data=NoteCreate(kind="general", body="Needs a quiet room (TEST)"))
    case_service.add_note(db, sender, case.id, data=NoteCreate(kind="psychosocial", body="Nightmares (TEST)"))
    case_service.add_note(db, sender, case.id, data=NoteCreate(kind="investigation", body="FIR lodged (TEST)"))
    referral = refer(db, sender, case, shelter)
    before = service.shared_case(db, receiver, referral.id)
    assert before.case is None and before.summary["sex"] == "Female" and "given_name" not in before.summary
    referral = move(db, receiver, referral, Action.ACCEPT)
    view = service.shared_case(db, receiver, referral.id).case
    assert view is not None
    assert view["given_name"] == "Referredname" and view["phones"] == ["+923001234567"]
    assert "cnic" not in view.values and "trafficking_status" not in view.values
    assert view.perpetrators == [] and view.events == []
    assert [n["body"] for n in view.notes] == ["Needs a quiet room (TEST)"]
    # The whole record stays with the owner: the receiver cannot open the case itself.
    with pytest.raises(NotFound):
        case_service.get_case(db, receiver, case.id)


def test_need_to_know_investigator_never_sees_psychosocial_notes(db, setup) -> None:  # type: ignore[no-untyped-def]
    world, sender, receiver, shelter, case = setup
    investigator = actor_for(make_user(db, world.other_agency, Role.INVESTIGATOR), via="api")
    give_consent(db, sender, case.id, purpose="LawEnforcement")
    case_service.add_note(db, sender, case.id, data=NoteCreate(kind="psychosocial", body="Nightmares (TEST)"))
    case_service.add_note(db, sender, case.id, data=NoteCreate(kind="investigation", body="FIR lodged (TEST)"))
    referral = refer(db, sender, case, shelter, service="Investigation")
    move(db, investigator, referral, Action.ACCEPT)
    view = service.shared_case(db, investigator, referral.id).case
    assert view is not None and view["cnic"] == "3520212345672"
    assert [n["body"] for n in view.notes] == ["FIR lodged (TEST)"]


def test_access_ends_with_the_referral_and_with_consent(db, setup) -> None:  # type: ignore[no-untyped-def]
    world, sender, receiver, shelter, case = setup
    give_consent(db, sender, case.id)
    referral = refer(db, sender, case, shelter)
    referral = move(db, receiver, referral, Action.ACCEPT)
    consent = case_service.get_case(db, sender, case.id).consents[-1]
    case_service.withdraw_consent(db, sender, case.id, consent.id)
    assert service.shared_case(db, receiver, referral.id).reason_withheld == "consent-withdrawn"
    give_consent(db, sender, case.id)
    assert service.shared_case(db, receiver, referral.id).case is not None
    referral = move(db, sender, referral, Action.REVOKE, reason="NoLongerNeeded")
    gone = service.shared_case(db, receiver, referral.id)
    assert gone.case is None and gone.reason_withheld == "referral-ended"


def test_a_colleague_of_the_assignee_sees_no_details_but_a_supervisor_does(db, setup) -> None:  # type: ignore[no-untyped-def]
    world, sender, receiver, shelter, case = setup
    colleague = actor_for(make_user(db, world.other_agency, Role.CASEWORKER), via="api")
    boss = actor_for(make_user(db, world.other_agency, Role.SUPERVISOR), via="api")
    give_consent(db, sender, case.id)
    referral = move(db, receiver, refer(db, sender, case, shelter), Action.ACCEPT)
    assert service.shared_case(db, colleague, referral.id).reason_withheld == "referral-assignee"
    assert service.shared_case(db, boss, referral.id).case is not None


def test_inbox_outbox_and_overdue(db, setup) -> None:  # type: ignore[no-untyped-def]
    world, sender, receiver, shelter, case = setup
    give_consent(db, sender, case.id)
    referral = refer(db, sender, case, shelter, urgency="urgent")
    draft = refer(db, sender, case, shelter, send=False)
    incoming, n_in = service.list_referrals(db, receiver, box=Box.INCOMING)
    assert [r.id for r in incoming] == [referral.id] and n_in == 1  # drafts stay with the sender
    outgoing, _ = service.list_referrals(db, sender, box=Box.OUTGOING)
    assert {r.id for r in outgoing} == {referral.id, draft.id}
    later = utcnow() + timedelta(days=4)
    assert [r.id for r in service.overdue(db, receiver, now=later)] == [referral.id]
    assert service.overdue(db, receiver) == []
    from rihai.access.actors import Actor

    assert referral.id in {r.id for r in service.overdue(db, Actor.system("cli"), now=later)}


def test_a_closed_case_is_not_referred(db, setup) -> None:  # type: ignore[no-untyped-def]
    world, sender, receiver, shelter, case = setup
    supervisor = world.actor("supervisor")
    case_service.change_status(db, supervisor, case.id, data=StatusChange(
        status="Closed", reason="Returned home (TEST)", version=case.version, override_reason=None)
        if "override_reason" in StatusChange.model_fields else StatusChange(
        status="Closed", reason="Returned home (TEST)", version=case.version))
    with pytest.raises(Conflict) as err:
        refer(db, sender, case, shelter)
    assert err.value.rule == "case-closed"


def test_directory_finds_by_service_place_and_eligibility(db, setup) -> None:  # type: ignore[no-untyped-def]
    world, sender, receiver, shelter, case = setup
    local = make_provider(db, world.other_agency, "Shelter", nationwide=False,
                          districts=["PK-PB:Lahore"], eligible=["women"], name="Lahore shelter (TEST)")
    make_provider(db, world.other_agency, "Shelter", eligible=["men"], name="Men's hostel (TEST)")
    found = service.find_providers(db, sender, service="Shelter", province="PK-PB", district="Lahore",
                                   group="women")
    names = [m.provider.name for m in found]
    assert names[0] == "Lahore shelter (TEST)" and "Men's hostel (TEST)" not in names
    assert found[0].reach == "district"
    assert service.find_providers(db, sender, service="Shelter", province="PK-SD", district="Karachi",
                                  group="women")[0].provider.name != "Lahore shelter (TEST)"
    assert local.id in {m.provider.id for m in found}


def test_indicators_count_both_sides_once_and_are_cached_for_a_minute(db, setup) -> None:  # type: ignore[no-untyped-def]
    from rihai.referrals import performance as indicators

    world, sender, receiver, shelter, case = setup
    give_consent(db, sender, case.id)
    first = refer(db, sender, case, shelter)
    move(db, receiver, first, Action.ACCEPT)
    refer(db, sender, case, shelter, urgency="urgent")
    boss = world.actor("supervisor")
    ind = indicators.indicators(db, boss)
    assert ind.referrals == 2 and ind.acceptance_rate == 1.0 and ind.cases_referred == 1
    assert ind.by_provider[0].median_response_hours is not None
    refer(db, sender, case, shelter)
    assert indicators.indicators(db, boss).referrals == 2  # cached
    assert indicators.indicators(db, boss, fresh=True).referrals == 3
    receiving_boss = actor_for(make_user(db, world.other_agency, Role.SUPERVISOR), via="api")
    assert indicators.indicators(db, receiving_boss, fresh=True).referrals == 3
    later = utcnow() + timedelta(days=30)
    assert indicators.indicators(db, receiving_boss, now=later).overdue == 2


def test_inbox_filters_and_awaiting_my_answer(db, setup) -> None:  # type: ignore[no-untyped-def]
    """The work queue's side of the inbox: narrowed by state, urgency and service, and "awaiting
    my answer" (sent to my agency, not yet answered), every piece scoped in SQL."""
    world, sender, receiver, shelter, case = setup
    give_consent(db, sender, case.id)
    urgent = refer(db, sender, case, shelter, urgency="urgent")
    routine = refer(db, sender, case, shelter, urgency="routine")
    accepted = move(db, receiver, refer(db, sender, case, shelter, urgency="routine"), Action.ACCEPT)
    waiting, n = service.list_referrals(db, receiver, box=Box.AWAITING)
    assert {r.id for r in waiting} == {urgent.id, routine.id} and n == 2
    only_urgent, n = service.list_referrals(db, receiver, box=Box.AWAITING,
                                            filters=service.ReferralFilter(urgency="urgent"))
    assert [r.id for r in only_urgent] == [urgent.id] and n == 1
    acc, n = service.list_referrals(db, receiver, box=Box.INCOMING,
                                    filters=service.ReferralFilter(state="accepted"))
    assert [r.id for r in acc] == [accepted.id] and n == 1
    assert service.list_referrals(db, receiver, box=Box.INCOMING,
                                  filters=service.ReferralFilter(service="LegalAid"))[0] == []
    # The sender's side waits for nobody's answer at its own agency.
    assert service.list_referrals(db, sender, box=Box.AWAITING)[0] == []
    # A state a box never lists (a closed one among the open): nothing, not an error.
    assert service.list_referrals(db, receiver, box=Box.AWAITING,
                                  filters=service.ReferralFilter(state="accepted")) == ([], 0)
