"""The same survivor at two agencies: detection, the hint, the request, the decision, unlinking."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from factories import PersonFactory, make_case, make_user

from rihai.access.actors import Actor
from rihai.access.models import AuditEvent
from rihai.access.permissions import Role
from rihai.cases import service
from rihai.cases.duplicates import THRESHOLD, Evidence, score_pair
from rihai.cases.models import CaseDuplicateCandidate, CaseLink
from rihai.cases.schemas import CaseUpdate, PersonPatch
from rihai.errors import Conflict, Forbidden, NotFound


def _score(shared: set[str], **kw: object) -> float:
    return score_pair(Evidence(frozenset(shared), **kw))[0]  # type: ignore[arg-type]


def test_the_rule_wants_strong_evidence_and_never_a_name_alone():
    assert _score({"cnic"}) >= THRESHOLD
    assert _score({"passport"}) >= THRESHOLD
    assert _score({"name_dob"}, sex_a="Female", sex_b="Female") >= THRESHOLD
    assert _score({"name_pair"}, sex_a="Female", sex_b="Female", year_a=1999, year_b=1999) == 0
    assert _score({"phone"}) < THRESHOLD  # a family shares a phone
    assert _score({"phone", "name_pair"}) >= THRESHOLD
    # Disagreements cut the score below the threshold.
    assert _score({"name_dob"}, sex_a="Female", sex_b="Male") < THRESHOLD
    assert _score({"passport"}, present_a=frozenset({"cnic"}), present_b=frozenset({"cnic"})) < THRESHOLD
    assert score_pair(Evidence(frozenset({"cnic"}), sex_a="Female", sex_b="Female"))[1] == ["same-cnic", "same-sex"]


@pytest.fixture
def two(db, world):  # type: ignore[no-untyped-def]
    """A survivor identified by the first agency, then opened again at the second."""
    world.users["other_supervisor"] = make_user(db, world.other_agency, Role.SUPERVISOR)
    first = make_case(db, world.actor("caseworker"), person=PersonFactory(
        given_name="Samina", family_name="Akhtar (TEST)", cnic="35202-5550001-2", phones=["03005550001"]))
    second = make_case(db, world.actor("other_caseworker"), person=PersonFactory(
        given_name="Sameena", family_name="Akhter (TEST)", cnic="35202-5550001-2", phones=["03335550009"]))
    db.flush()
    return world, first, second


def test_opening_a_case_finds_the_other_agencys_record(db, two):
    world, first, second = two
    cand = db.scalars(sa.select(CaseDuplicateCandidate)).all()
    assert len(cand) == 1 and {cand[0].case_id, cand[0].other_case_id} == {first.id, second.id}
    assert "same-cnic" in cand[0].reasons
    hints = service.link_hints(db, world.actor("other_caseworker"), second.id)
    assert [(h.agency, h.state) for h in hints] == [(world.agency.name, None)]
    # The hint carries the agency's name and nothing of the other case.
    assert not {str(first.id), first.reference} & {str(v) for v in vars(hints[0]).values()}
    # The first agency sees the second's record the same way.
    assert [h.agency for h in service.link_hints(db, world.actor("caseworker"), first.id)] == [world.other_agency.name]


def test_a_name_alone_or_a_case_of_ones_own_agency_is_no_candidate(db, world):
    make_case(db, world.actor("caseworker"), person=PersonFactory(given_name="Rukhsana", family_name="Bibi (TEST)",
                                                                 birth_date=date(1999, 3, 1), age_estimate=None))
    make_case(db, world.actor("other_caseworker"), person=PersonFactory(
        given_name="Rukhsana", family_name="Bibi (TEST)", birth_date=date(2001, 7, 9), age_estimate=None))
    # Same CNIC, same agency: that agency can already find it by search.
    make_case(db, world.actor("caseworker"), person=PersonFactory(cnic="35202-5550002-2"))
    make_case(db, world.actor("caseworker"), person=PersonFactory(cnic="35202-5550002-2"))
    assert db.scalar(sa.select(sa.func.count()).select_from(CaseDuplicateCandidate)) == 0


def test_same_name_and_date_of_birth_spelt_differently_is_found(db, world):
    a = make_case(db, world.actor("caseworker"), person=PersonFactory(
        given_name="Muhammad Yousaf", family_name="Khan (TEST)", female=False, cnic=None, phones=[],
        birth_date=date(2004, 5, 6), age_estimate=None))
    b = make_case(db, world.actor("other_caseworker"), person=PersonFactory(
        given_name="Mohd Yusuf", family_name="Khan (TEST)", female=False, cnic=None, phones=[],
        birth_date=date(2004, 5, 6), age_estimate=None))
    cand = db.scalars(sa.select(CaseDuplicateCandidate)).one()
    assert {cand.case_id, cand.other_case_id} == {a.id, b.id} and "same-name-dob" in cand.reasons


def test_an_edit_that_removes_the_shared_identifier_forgets_the_candidate(db, two):
    world, first, second = two
    service.update_case(db, world.actor("other_caseworker"), second.id,
                        data=CaseUpdate(version=second.version, person=PersonPatch(cnic="35202-5550003-2")))
    assert db.scalar(sa.select(sa.func.count()).select_from(CaseDuplicateCandidate)) == 0


def test_request_accept_and_unlink(db, two):
    world, first, second = two
    asker, holder = world.actor("other_caseworker"), world.actor("supervisor")
    cand = service.link_hints(db, asker, second.id)[0].candidate_id
    link = service.request_link(db, asker, second.id, candidate_id=cand, reason="count-once",
                                note="identified at the airport (TEST)")
    with pytest.raises(Conflict):  # one open request per pair
        service.request_link(db, asker, second.id, candidate_id=cand, reason="count-once")
    # The note is ciphertext at rest.
    raw = db.execute(sa.text("SELECT note FROM case_links")).scalar()
    assert b"airport" not in bytes(raw)
    inbox = service.link_inbox(db, holder)
    assert [(r.requesting_agency, r.held_reference, r.state) for r in inbox] == [
        (world.other_agency.name, first.reference, "requested")]
    assert "same-cnic" in inbox[0].match_reasons and inbox[0].note == "identified at the airport (TEST)"
    # The requester's agency cannot decide its own request; a caseworker cannot decide at all.
    with pytest.raises(NotFound):
        service.decide_link(db, world.actor("other_supervisor"), link.id, accept=True)
    with pytest.raises(Forbidden):
        service.decide_link(db, world.actor("caseworker"), link.id, accept=True)
    service.decide_link(db, holder, link.id, accept=True)
    assert [h.state for h in service.link_hints(db, asker, second.id)] == ["accepted"]
    assert [h.state for h in service.link_hints(db, world.actor("caseworker"), first.id)] == ["accepted"]
    # Linked, the other agency still reads nothing of the case.
    with pytest.raises(NotFound):
        service.get_case(db, asker, first.id)
    assert len(service.person_links(db, Actor.system("test"))) == 2
    service.unlink(db, world.actor("other_supervisor"), link.id)
    assert db.get(CaseLink, link.id).state == "unlinked"
    assert service.person_links(db, Actor.system("test")) == []


def test_refusal_is_shown_to_the_requester_and_not_asked_again(db, two):
    world, first, second = two
    asker = world.actor("other_caseworker")
    cand = service.link_hints(db, asker, second.id)[0].candidate_id
    link = service.request_link(db, asker, second.id, candidate_id=cand, reason="coordinate-support")
    service.decide_link(db, world.actor("supervisor"), link.id, accept=False)
    assert [h.state for h in service.link_hints(db, asker, second.id)] == ["refused"]
    with pytest.raises(Conflict):
        service.request_link(db, asker, second.id, candidate_id=cand, reason="coordinate-support")


def test_a_candidate_of_another_case_cannot_be_requested_through_mine(db, two):
    world, first, second = two
    mine = make_case(db, world.actor("other_caseworker"))
    cand = service.link_hints(db, world.actor("other_caseworker"), second.id)[0].candidate_id
    with pytest.raises(NotFound):
        service.request_link(db, world.actor("other_caseworker"), mine.id, candidate_id=cand, reason="other")
    with pytest.raises(NotFound):  # a case the asker cannot read
        service.request_link(db, world.actor("other_caseworker"), first.id, candidate_id=cand, reason="other")


def test_every_step_is_audited_with_ids_and_field_names_only(db, two):
    world, first, second = two
    asker = world.actor("other_caseworker")
    cand = service.link_hints(db, asker, second.id)[0].candidate_id
    link = service.request_link(db, asker, second.id, candidate_id=cand, reason="count-once", note="secret words (TEST)")
    service.decide_link(db, world.actor("supervisor"), link.id, accept=True)
    rows = db.scalars(sa.select(AuditEvent).where(AuditEvent.tag.like("cases:link:%"))).all()
    assert {r.tag for r in rows} >= {"cases:link:hint", "cases:link:request", "cases:link:accept"}
    text = repr([(r.fields, r.related_ids, r.subject_id) for r in rows])
    assert "secret" not in text and "5550001" not in text and "note" in text


def test_the_nightly_pass_finds_pairs_the_request_did_not_store(db, two):
    world, first, second = two
    db.execute(sa.delete(CaseDuplicateCandidate))
    found = service.find_duplicates(db, Actor.system("test"))
    assert len(found.pairs) == 1
    assert db.scalar(sa.select(sa.func.count()).select_from(CaseDuplicateCandidate)) == 1
    # Again: nothing new, nothing doubled.
    service.find_duplicates(db, Actor.system("test"))
    assert db.scalar(sa.select(sa.func.count()).select_from(CaseDuplicateCandidate)) == 1


def test_a_common_name_with_a_date_of_birth_needs_more():
    assert _score({"name_dob"}, sex_a="Male", sex_b="Male", common_name=True) < THRESHOLD
    assert _score({"name_dob", "phone"}, sex_a="Male", sex_b="Male", common_name=True) >= THRESHOLD
    assert _score({"name_father"}, sex_a="Male", sex_b="Male", year_a=1990, year_b=1991) >= THRESHOLD
    assert _score({"name_father"}, sex_a="Male", sex_b="Male") < THRESHOLD  # no year to agree on


def test_a_link_outlives_its_candidate(db, two):
    world, first, second = two
    asker = world.actor("other_caseworker")
    cand = service.link_hints(db, asker, second.id)[0].candidate_id
    link = service.request_link(db, asker, second.id, candidate_id=cand, reason="count-once")
    service.decide_link(db, world.actor("supervisor"), link.id, accept=True)
    db.refresh(second)
    service.update_case(db, asker, second.id,
                        data=CaseUpdate(version=second.version, person=PersonPatch(cnic="35202-5550004-2")))
    hints = service.link_hints(db, asker, second.id)
    assert [(h.agency, h.state, h.link_id) for h in hints] == [(world.agency.name, "accepted", link.id)]


def test_a_digest_shared_by_many_cases_proposes_no_pair(db, world, monkeypatch):
    from rihai.cases import duplicates

    monkeypatch.setattr(duplicates, "DIGEST_SHARED_LIMIT", 2)
    for actor in ("caseworker", "other_caseworker", "caseworker"):  # a placeholder CNIC, typed thrice
        make_case(db, world.actor(actor), person=PersonFactory(cnic="11111-1111111-1"))
    db.execute(sa.delete(CaseDuplicateCandidate))
    assert service.find_duplicates(db, Actor.system("test")).pairs == {}
    last = make_case(db, world.actor("other_caseworker"), person=PersonFactory(cnic="11111-1111111-1"))
    assert service.check_duplicates(db, last) == 0


def test_a_shared_phone_supports_a_match_until_many_cases_carry_it(db, world, monkeypatch):
    """Opening a case counts only the phones and name pairs a candidate pair shares: the same
    phone, sex and birth year at another agency is a candidate; once more cases than the limit
    carry that phone (a shelter's, an agent's), it supports nothing."""
    from rihai.cases import duplicates

    def person(given: str, family: str, year: int) -> PersonFactory:
        return PersonFactory(given_name=given, family_name=f"{family} (TEST)", female=True, cnic=None,
                             phones=["0300-5550199"], birth_date=date(year, 2, 3), age_estimate=None)

    first = make_case(db, world.actor("caseworker"), person=person("Shazia", "Akhtar", 2001))
    second = make_case(db, world.actor("other_caseworker"), person=person("Nasreen", "Kausar", 2001))
    cand = db.scalars(sa.select(CaseDuplicateCandidate)).one()
    assert {cand.case_id, cand.other_case_id} == {first.id, second.id} and "same-phone" in cand.reasons

    monkeypatch.setattr(duplicates, "PHONE_SHARED_LIMIT", 2)
    make_case(db, world.actor("caseworker"), person=person("Parveen", "Iqbal", 1980))  # a third with the phone
    assert service.check_duplicates(db, second) == 0
    assert db.scalar(sa.select(sa.func.count()).select_from(CaseDuplicateCandidate)) == 0
