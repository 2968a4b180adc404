"""Moving a case to another agency: consent checked, the receiving supervisor accepts or refuses,
the old team loses access unless kept, history kept in the transfers and the audit trail; and
taking someone off a case team."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from factories import PASSWORD, make_case, make_user

from rihai.access.models import AuditEvent
from rihai.access.permissions import Role
from rihai.cases import service as cases
from rihai.cases.schemas import ConsentCreate
from rihai.cases.transfers import service
from rihai.errors import Conflict, Forbidden, Invalid, NotFound


def consent(db, actor, case_id, agency_id=None, given=True):  # type: ignore[no-untyped-def]
    cases.record_consent(db, actor, case_id, data=ConsentCreate(
        purpose="InformationSharing", given=given, consent_date=date.today(), recipient_agency_id=agency_id))


@pytest.fixture
def scene(db, world):  # type: ignore[no-untyped-def]
    world.users["other_supervisor"] = make_user(db, world.other_agency, Role.SUPERVISOR)
    cw, sup = world.actor("caseworker"), world.actor("supervisor")
    case = make_case(db, cw)
    cases.assign(db, sup, case.id, user_id=world.users["investigator"].id)
    return world, case


def tags(db, case_id) -> list[str]:  # type: ignore[no-untyped-def]
    return list(db.scalars(sa.select(AuditEvent.tag).where(AuditEvent.subject_id == str(case_id))))


def test_no_consent_no_transfer(db, scene) -> None:
    world, case = scene
    sup = world.actor("supervisor")
    with pytest.raises(Conflict) as info:
        service.propose_transfer(db, sup, case.id, to_agency_id=world.other_agency.id, reason="Moved (TEST)")
    assert info.value.rule == "transfer-consent"
    # A consent naming a third agency does not cover this one.
    consent(db, world.actor("caseworker"), case.id, agency_id=world.agency.id)
    with pytest.raises(Conflict):
        service.propose_transfer(db, sup, case.id, to_agency_id=world.other_agency.id, reason="Moved (TEST)")


def test_only_the_owning_supervisor_proposes(db, scene) -> None:
    world, case = scene
    consent(db, world.actor("caseworker"), case.id)
    with pytest.raises(Forbidden):
        service.propose_transfer(db, world.actor("caseworker"), case.id, to_agency_id=world.other_agency.id,
                                 reason="x")
    with pytest.raises(NotFound):
        service.propose_transfer(db, world.actor("other_supervisor"), case.id,
                                 to_agency_id=world.agency.id, reason="x")


def test_accepted_transfer_moves_the_case_and_the_old_team_loses_access(db, scene) -> None:
    world, case = scene
    cw, sup, inv = world.actor("caseworker"), world.actor("supervisor"), world.actor("investigator")
    consent(db, cw, case.id)
    t = service.propose_transfer(db, sup, case.id, to_agency_id=world.other_agency.id,
                                 reason="Survivor moved to Karachi (TEST)", keep_user_ids=[world.users["investigator"].id])
    with pytest.raises(Conflict):
        service.propose_transfer(db, sup, case.id, to_agency_id=world.other_agency.id, reason="again")
    theirs = world.actor("other_supervisor")
    # Before accepting: the coded summary only, and the case itself is not theirs to read.
    [waiting] = service.incoming_transfers(db, theirs)
    assert waiting.transfer.id == t.id and "given_name" not in waiting.summary and "cnic" not in waiting.summary
    with pytest.raises(NotFound):
        cases.get_case(db, theirs, case.id)
    # Nobody else's agency can answer it.
    with pytest.raises(NotFound):
        service.accept_transfer(db, sup, t.id)
    service.accept_transfer(db, theirs, t.id)
    db.expire_all()
    moved = cases.get_case(db, theirs, case.id)
    assert moved.owner_agency_id == world.other_agency.id and moved.caseworker_id == world.users["other_supervisor"].id
    assert {a.user_id for a in moved.assignments} == {world.users["investigator"].id, world.users["other_supervisor"].id}
    for gone in (cw, sup):
        with pytest.raises(NotFound):
            cases.get_case(db, gone, case.id)
    assert cases.get_case(db, inv, case.id).id == case.id  # kept on the case
    with pytest.raises(Conflict):
        service.refuse_transfer(db, theirs, t.id, note="too late")
    assert {"cases:transfer:propose", "cases:transfer:accept"} <= set(tags(db, case.id))


def test_refused_transfer_leaves_the_case_where_it_was(db, scene) -> None:
    world, case = scene
    consent(db, world.actor("caseworker"), case.id, agency_id=world.other_agency.id)
    t = service.propose_transfer(db, world.actor("supervisor"), case.id, to_agency_id=world.other_agency.id,
                                 reason="Closer to home (TEST)")
    theirs = world.actor("other_supervisor")
    with pytest.raises(Invalid):
        service.refuse_transfer(db, theirs, t.id, note=" ")
    service.refuse_transfer(db, theirs, t.id, note="No shelter places (TEST)")
    assert cases.get_case(db, world.actor("caseworker"), case.id).owner_agency_id == world.agency.id
    history = service.transfers_of_case(db, world.actor("supervisor"), case.id)
    assert [x.state for x in history] == ["refused"] and history[0].answer_note == "No shelter places (TEST)"
    assert "cases:transfer:refuse" in tags(db, case.id)


def test_consent_withdrawn_before_acceptance_stops_the_move(db, scene) -> None:
    world, case = scene
    cw = world.actor("caseworker")
    consent(db, cw, case.id)
    t = service.propose_transfer(db, world.actor("supervisor"), case.id, to_agency_id=world.other_agency.id,
                                 reason="x (TEST)")
    consent(db, cw, case.id, given=False)
    with pytest.raises(Conflict) as info:
        service.accept_transfer(db, world.actor("other_supervisor"), t.id)
    assert info.value.rule == "transfer-consent"


def test_a_supervisor_removes_someone_from_the_team(db, scene) -> None:
    world, case = scene
    sup, inv = world.actor("supervisor"), world.actor("investigator")
    assert cases.get_case(db, inv, case.id)
    service.remove_from_team(db, sup, case.id, user_id=world.users["investigator"].id)
    db.expire_all()
    with pytest.raises(NotFound):
        cases.get_case(db, inv, case.id)
    with pytest.raises(Conflict):
        service.remove_from_team(db, sup, case.id, user_id=world.users["caseworker"].id)  # the caseworker
    with pytest.raises(Forbidden):
        service.remove_from_team(db, world.actor("caseworker"), case.id, user_id=world.users["caseworker"].id)
    assert "cases:case:unassign" in tags(db, case.id)


def test_transfer_over_http(make_browser, db, committed_world) -> None:
    world = committed_world
    world.users["other_supervisor"] = make_user(db, world.other_agency, Role.SUPERVISOR)
    case = make_case(db, world.actor("caseworker"))
    consent(db, world.actor("caseworker"), case.id)
    db.commit()
    sup = make_browser()
    sup.login(world.users["supervisor"].username, PASSWORD)
    r = sup.form(f"/cases/{case.id}/transfer", {"to_agency_id": str(world.other_agency.id), "reason": ""})
    assert r.status_code == 422 and 'data-field="reason"' in r.text
    r = sup.post(f"/api/v1/cases/{case.id}/transfers", json={"to_agency_id": world.other_agency.id,
                                                             "reason": "Moved (TEST)",
                                                             "keep_user_ids": [world.users["caseworker"].id]})
    assert r.status_code == 201, r.text
    theirs = make_browser()
    theirs.login(world.users["other_supervisor"].username, PASSWORD)
    page = theirs.get("/transfers?lang=ur")
    assert page.status_code == 200 and case.reference in page.text and 'data-testid="incoming-transfer"' in page.text
    r = theirs.form(f"/transfers/{r.json()['id']}/accept", {}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/cases/{case.id}"
    assert theirs.get(f"/cases/{case.id}").status_code == 200
    assert sup.get(f"/cases/{case.id}").status_code == 404
    # The kept caseworker, taken off the team by the new owner's supervisor, through the API.
    assert theirs.delete(f"/api/v1/cases/{case.id}/assignments/{world.users['caseworker'].id}").status_code == 204
