"""Case verbs against a real database: encryption at rest, search, scoping, locking, audit."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from factories import CaseFactory, PersonFactory, make_case, make_user
from security.tampering import lift_append_only

from rihai.access.audit import verify
from rihai.access.models import AuditEvent
from rihai.cases import service
from rihai.cases.models import CaseSearchToken, Person
from rihai.cases.schemas import CaseUpdate, ConsentCreate, NoteCreate, PersonPatch, StatusChange
from rihai.errors import Conflict, Forbidden, Invalid, NotFound


def test_personal_fields_are_ciphertext_in_the_database(db, world):
    case = make_case(db, world.actor("caseworker"), person=PersonFactory(given_name="Zainab", cnic="35202-1234567-2"))
    db.flush()
    raw = db.execute(sa.text("SELECT given_name, cnic, phones FROM persons WHERE case_id = :id"),
                     {"id": case.id.hex if db.bind.dialect.name == "sqlite" else case.id}).one()
    for value in raw:
        blob = bytes(value)
        assert blob.startswith(b"R1")
        assert b"Zainab" not in blob and b"3520212345672" not in blob
    db.expire_all()
    assert db.get(Person, case.id).cnic == "3520212345672"


def test_search_by_cnic_phone_and_name_variants(db, world):
    cw = world.actor("caseworker")
    case = make_case(db, cw, person=PersonFactory(given_name="Mohammad Yousaf", family_name="Khan (TEST)",
                                                  cnic="35202-7654321-1", phones=["03001234567"], female=False))
    for query in ["3520276543211", "35202-7654321-1", "۳۵۲۰۲۷۶۵۴۳۲۱۱", "+92 300 1234567",
                  "0300-1234567", "Muhammad Yusuf", "Mohd Yousuf Khan", "محمد یوسف", "Khan Muhammad"]:
        hits = service.search_cases(db, cw, query)
        assert case.id in [c.id for c, _ in hits], query


def test_name_search_finds_the_case_carrying_every_word_among_many_carrying_one(db, world, monkeypatch):
    """Both words are common (each carried by more cases than the search keeps as candidates), so
    only the pair index can put the one case carrying both among the candidates."""
    from rihai.cases import search

    monkeypatch.setattr(search, "COMMON_WORD_CASES", 3)
    cw = world.actor("caseworker")
    for i in range(6):
        make_case(db, cw, person=PersonFactory(given_name="Bibi", family_name=f"Noor{'x' * i} (TEST)"))
        make_case(db, cw, person=PersonFactory(given_name=f"Rukhsana{'z' * i}", family_name="Khatoon (TEST)"))
    both = make_case(db, cw, person=PersonFactory(given_name="Bibi", family_name="Khatoon (TEST)"))
    hits = service.search_cases(db, cw, "Bibi Khatoon")
    assert [c.id for c, _ in hits][:1] == [both.id]
    # Another spelling and order reach it through the skeleton pairs too.
    assert both.id in [c.id for c, _ in service.search_cases(db, cw, "Khatun Bibi")]
    # A word nobody carries falls back to ranking by the words that match.
    assert both.id in [c.id for c, _ in service.search_cases(db, cw, "Bibi Khatoon Qzqzqz")]


def test_search_never_returns_cases_outside_scope(db, world):
    mine = make_case(db, world.actor("caseworker"), person=PersonFactory(given_name="Shazia", cnic="35202-1111111-2"))
    theirs = make_case(db, world.actor("other_caseworker"), person=PersonFactory(given_name="Shazia", cnic="35202-2222222-2"))
    hits = [c.id for c, _ in service.search_cases(db, world.actor("caseworker"), "Shazia")]
    assert mine.id in hits and theirs.id not in hits
    assert service.search_cases(db, world.actor("caseworker"), "35202-2222222-2") == []
    # A supervisor sees the whole agency, not the other agency.
    sup_hits = [c.id for c, _ in service.search_cases(db, world.actor("supervisor"), "Shazia")]
    assert mine.id in sup_hits and theirs.id not in sup_hits


def test_visibility_assignment_and_404_for_others(db, world):
    case = make_case(db, world.actor("caseworker"))
    with pytest.raises(NotFound):
        service.get_case(db, world.actor("other_caseworker"), case.id)
    with pytest.raises(NotFound):
        service.get_case(db, world.actor("investigator"), case.id)  # same agency, not assigned
    service.assign(db, world.actor("supervisor"), case.id, user_id=world.users["investigator"].id)
    assert service.get_case(db, world.actor("investigator"), case.id).id == case.id


def test_analyst_and_administrator_cannot_read_cases(db, world):
    case = make_case(db, world.actor("caseworker"))
    for role in ("analyst", "administrator"):
        with pytest.raises(Forbidden):
            service.get_case(db, world.actor(role), case.id)
        with pytest.raises(Forbidden):
            service.list_cases(db, world.actor(role))


def test_optimistic_locking_rejects_stale_edit(db, world):
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    assert case.version == 1
    service.update_case(db, cw, case.id, data=CaseUpdate(version=1, person=PersonPatch(given_name="Nasreen")))
    assert case.version == 2
    with pytest.raises(Conflict):
        service.update_case(db, cw, case.id, data=CaseUpdate(version=1, person=PersonPatch(given_name="X")))
    assert case.person.given_name == "Nasreen"


def test_person_only_change_moves_version_and_reindexes(db, world):
    cw = world.actor("caseworker")
    case = make_case(db, cw, person=PersonFactory(given_name="Rukhsana"))
    service.update_case(db, cw, case.id, data=CaseUpdate(version=1, person=PersonPatch(given_name="Parveen")))
    assert case.version == 2
    assert [c.id for c, _ in service.search_cases(db, cw, "Parveen")] == [case.id]
    assert service.search_cases(db, cw, "Rukhsana") == []


def test_every_read_and_change_is_audited_with_field_names_only(db, world):
    cw = world.actor("caseworker")
    case = make_case(db, cw, person=PersonFactory(given_name="Khadija", cnic="35202-3333333-4"))
    service.get_case(db, cw, case.id)
    service.update_case(db, cw, case.id, data=CaseUpdate(version=1, person=PersonPatch(given_name="Maryam")))
    rows = db.scalars(sa.select(AuditEvent).where(AuditEvent.subject_id == str(case.id))).all()
    tags = [r.tag for r in rows]
    assert tags[:3] == ["cases:case:create", "cases:case:read", "cases:case:update"]
    dumped = repr([(r.fields, r.related_ids, r.subject_id) for r in rows])
    assert "Maryam" not in dumped and "Khadija" not in dumped and "3333333" not in dumped
    assert "person.given_name" in rows[2].fields
    assert verify(db).ok


def test_audit_verify_detects_edit_and_deletion(db, world):
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    service.get_case(db, cw, case.id)
    service.get_case(db, cw, case.id)
    db.flush()
    assert verify(db).ok
    last = db.scalars(sa.select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    lift_append_only(db)  # the database refuses both (migration 0014) unless its owner lifts that
    db.execute(sa.update(AuditEvent).where(AuditEvent.seq == last.seq - 1).values(tag="cases:case:list"))
    db.expire_all()
    result = verify(db)
    assert not result.ok and any("altered" in p for p in result.problems)
    db.execute(sa.delete(AuditEvent).where(AuditEvent.seq == last.seq - 1))
    db.expire_all()
    assert any("missing" in p for p in verify(db).problems)


def test_closing_needs_permission_and_reason(db, world):
    case = make_case(db, world.actor("caseworker"))
    with pytest.raises(Forbidden):
        service.change_status(db, world.actor("caseworker"), case.id,
                              data=StatusChange(version=1, status="Closed", reason="done"))
    with pytest.raises(Invalid):
        service.change_status(db, world.actor("supervisor"), case.id, data=StatusChange(version=1, status="Closed"))
    closed = service.change_status(db, world.actor("supervisor"), case.id,
                                   data=StatusChange(version=1, status="Closed", reason="Reintegrated (TEST)"))
    assert closed.status == "Closed" and closed.closure_reason == "Reintegrated (TEST)"


def test_notes_are_need_to_know(db, world):
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    service.add_note(db, cw, case.id, data=NoteCreate(kind="psychosocial", body="Counselling notes (TEST)"))
    service.add_note(db, cw, case.id, data=NoteCreate(kind="investigation", body="Statement taken (TEST)"))
    service.assign(db, world.actor("supervisor"), case.id, user_id=world.users["investigator"].id)
    kinds = {n.kind for n in service.list_notes(db, world.actor("investigator"), case.id)}
    assert kinds == {"investigation"}
    with pytest.raises(Invalid):
        service.add_note(db, world.actor("investigator"), case.id,
                         data=NoteCreate(kind="psychosocial", body="x"))


def test_child_consent_needs_guardian(db, world):
    cw = world.actor("caseworker")
    case = make_case(db, cw, person=PersonFactory(minor=True))
    assert case.person.is_minor
    with pytest.raises(Invalid):
        service.record_consent(db, cw, case.id, data=ConsentCreate(
            purpose="Referral", given=True, consent_date="2026-01-01"))
    c = service.record_consent(db, cw, case.id, data=ConsentCreate(
        purpose="Referral", given=True, given_by="Guardian", consent_date="2026-01-01"))
    assert service.consent_in_force(case, "Referral")
    service.withdraw_consent(db, cw, case.id, c.id)
    assert not service.consent_in_force(case, "Referral")


def test_urdu_and_markup_round_trip_exactly(db, world):
    cw = world.actor("caseworker")
    name = "زینب <script>alert(1)</script> ' OR 1=1 --"
    case = make_case(db, cw, person=PersonFactory(name_urdu=name))
    db.flush()
    db.expire_all()
    assert db.get(Person, case.id).name_urdu == name


def test_search_tokens_hold_no_plaintext(db, world):
    case = make_case(db, world.actor("caseworker"), person=PersonFactory(given_name="Bilal", cnic="35202-4444444-1", female=False))
    digests = db.scalars(sa.select(CaseSearchToken.digest).where(CaseSearchToken.case_id == case.id)).all()
    assert digests and all(len(d) == 16 and b"bilal" not in d.lower() for d in digests)


def test_unknown_case_is_not_found(db, world):
    with pytest.raises(NotFound):
        service.get_case(db, world.actor("caseworker"), uuid.uuid4())


def test_the_scope_among_a_few_cases_is_the_scope(db, world):
    """``case_scope_among`` (single-case loads, a page, a search's candidates) allows exactly what
    the general scope allows, for every role, among cases of both agencies, assigned or not."""
    from rihai.cases.models import Case, CaseAssignment
    from rihai.cases.visibility import case_scope, case_scope_among

    cw, sup = world.actor("caseworker"), world.actor("supervisor")
    own = [make_case(db, cw) for _ in range(3)] + [make_case(db, sup)]
    other = [make_case(db, world.actor("other_caseworker")) for _ in range(3)]
    db.add(CaseAssignment(case_id=other[0].id, user_id=world.users["supervisor"].id))
    db.add(CaseAssignment(case_id=other[1].id, user_id=world.users["caseworker"].id))
    db.flush()
    ids = [c.id for c in own + other] + [uuid.uuid4()]
    for name in ("caseworker", "supervisor", "investigator", "other_caseworker", "other_supervisor"):
        if name not in world.users:
            continue
        actor = world.actor(name)
        general = set(db.scalars(sa.select(Case.id).where(Case.id.in_(ids), case_scope(actor))))
        for some in (ids, ids[:1], ids[3:6], [ids[-1]]):
            among = set(db.scalars(sa.select(Case.id).where(Case.id.in_(some), case_scope_among(actor, some))))
            assert among == general & set(some), (name, some)
