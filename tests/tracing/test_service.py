"""Tracing service: requests and the status check, scoping, list imports, consent filtering of
cases, and the match -> review -> status loop."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from factories import PersonFactory, make_agency, make_case, make_user
from factories.tracing import embassy_rows, file_request, import_list, list_csv

from rihai import notify
from rihai.access.actors import Actor
from rihai.access.permissions import Role
from rihai.cases import service as case_service
from rihai.cases.schemas import ConsentCreate
from rihai.errors import Conflict, Invalid, NotFound
from rihai.tracing import service
from rihai.tracing.models import ImportedPerson, TracingRequest
from rihai.tracing.schemas import CandidateStatus, RequestStatus


def test_public_request_gets_reference_and_secret_shown_once(db):
    req, secret = file_request(db)
    assert re.fullmatch(r"TR-[0-9A-HJKMNP-TV-Z]{8}", req.reference)
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}", secret)
    assert secret not in req.secret_hash and req.secret_hash.startswith("$argon2")
    assert req.owner_agency_id is None and req.status == RequestStatus.RECEIVED
    anon = Actor.anonymous()
    answer = service.check_status(db, anon, reference=req.reference.lower(), secret=secret.lower().replace("-", " "))
    assert answer.status == RequestStatus.RECEIVED and answer.since == date.today()


def test_status_check_does_not_tell_unknown_reference_from_wrong_secret(db):
    req, secret = file_request(db)
    anon = Actor.anonymous()
    with pytest.raises(NotFound) as wrong:
        service.check_status(db, anon, reference=req.reference, secret="AAAA-BBBB-CCCC-DDDD")
    with pytest.raises(NotFound) as unknown:
        service.check_status(db, anon, reference="TR-ZZZZZZZZ", secret=secret)
    assert wrong.value.problem() == unknown.value.problem()


def test_encrypted_at_rest_and_blind_tokens(db):
    req, _ = file_request(db, given_name="Zarghuna", family_name="Achakzai (TEST)")
    raw = db.execute(__import__("sqlalchemy").text(
        "SELECT given_name FROM tracing_requests WHERE reference = :r"), {"r": req.reference}).scalar()
    assert b"Zarghuna" not in bytes(raw)
    kinds = {t for (t,) in db.execute(__import__("sqlalchemy").text(
        "SELECT kind FROM tracing_tokens WHERE request_id = :i"), {"i": req.id.hex if db.bind.dialect.name == "sqlite" else req.id})}
    assert {"cnic", "phone", "name", "name_sk"} <= kinds


def test_desks_see_their_agency_and_the_pool_only(db, world):
    mine, _ = file_request(db, world.actor("caseworker"))
    pool, _ = file_request(db)
    theirs, _ = file_request(db, world.actor("other_caseworker"))
    rows, _total = service.list_requests(db, world.actor("caseworker"))
    ids = {r.id for r in rows}
    assert mine.id in ids and pool.id in ids and theirs.id not in ids
    with pytest.raises(NotFound):
        service.get_request(db, world.actor("caseworker"), theirs.id)
    # Analysts hold no tracing permission at all.
    from rihai.errors import Forbidden
    with pytest.raises(Forbidden):
        service.list_requests(db, world.actor("analyst"))


def test_claim_takes_a_pool_request_once(db, world):
    pool, _ = file_request(db)
    claimed = service.claim_request(db, world.actor("caseworker"), pool.id, version=pool.version)
    assert claimed.owner_agency_id == world.agency.id and claimed.status == RequestStatus.UNDER_REVIEW
    with pytest.raises(Conflict):
        service.claim_request(db, world.actor("caseworker"), pool.id, version=claimed.version)


def test_import_is_idempotent_and_reports_rejected_rows_without_values(db, world):
    actor = world.actor("consular_officer")
    rows = embassy_rows(6, seed=5)
    rows[2][5] = "12345"            # not a CNIC
    rows[4][3] = "31/02/1990"       # not a date
    data = list_csv(rows)
    first = import_list(db, actor, data)
    assert (first.rows_total, first.rows_stored, first.rows_rejected) == (6, 4, 2)
    assert {(r["row"], r["field"], r["rule"]) for r in first.rejections} == {
        (4, "cnic", "valid-cnic"), (6, "dob", "valid-date")}
    assert "12345" not in json.dumps(first.rejections) and "31/02" not in json.dumps(first.rejections)
    assert first.mapping["Name of National"] == "full_name" and first.mapping["CNIC #"] == "cnic"
    assert first.mapping["Passport No"] == "passport" and first.mapping["Father/Husband Name"] == "father_name"
    again = import_list(db, actor, data)
    assert (again.rows_stored, again.rows_duplicate) == (0, 4)
    assert service.already_imported(db, again)
    # The same rows in another file (re-ordered, one new person) add only the new person.
    more = list_csv(list(reversed(rows)) + embassy_rows(1, seed=99))
    third = import_list(db, actor, more)
    assert (third.rows_stored, third.rows_duplicate) == (1, 4)
    assert db.query(ImportedPerson).filter_by(agency_id=world.agency.id).count() == 5
    # Another agency cannot read this import.
    with pytest.raises(NotFound):
        service.get_import(db, world.actor("other_caseworker"), first.id)


def test_bad_mapping_and_bad_files_are_named_4xx(db, world):
    actor = world.actor("caseworker")
    imp = service.stage_import(db, actor, data=list_csv(embassy_rows(2)), filename="x.csv",
                               source_agency="Test Shelter (TEST)", kind="in_shelter")
    with pytest.raises(Invalid) as exc:
        service.store_import(db, actor, imp.id, mapping={"D.O.B": "dob"})
    assert exc.value.rule == "name-column"
    with pytest.raises(Invalid) as exc:
        service.store_import(db, actor, imp.id, mapping={"Name of National": "full_name", "S.No": "full_name"})
    assert exc.value.rule == "one-column-per-field"
    with pytest.raises(Invalid):
        service.stage_import(db, actor, data=b"\xff\xfe\x00garbage", filename="x.csv",
                             source_agency="Test (TEST)", kind="rescued")


def test_xlsx_lists_are_read(db, world):
    from io import BytesIO

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Full Name", "Date of Birth", "Passport"])
    ws.append(["Test Person (TEST)", date(1991, 5, 4), "AB1234567"])
    buf = BytesIO()
    wb.save(buf)
    imp = import_list(db, world.actor("caseworker"), buf.getvalue(), filename="list.xlsx")
    assert imp.rows_stored == 1 and imp.mapping["Date of Birth"] == "dob"


def _consent(db, actor, case_id, given=True):
    return case_service.record_consent(db, actor, case_id, data=ConsentCreate(
        purpose="FamilyTracing", given=given, consent_date=date.today()))


def test_only_cases_consenting_to_tracing_are_matched(db, world):
    cw = world.actor("caseworker")
    yes = make_case(db, cw)
    _consent(db, cw, yes.id)
    no = make_case(db, cw)
    _consent(db, cw, no.id, given=False)
    silent = make_case(db, cw)
    withdrawn = make_case(db, cw)
    c = _consent(db, cw, withdrawn.id)
    case_service.withdraw_consent(db, cw, withdrawn.id, c.id)
    changed = make_case(db, cw)
    _consent(db, cw, changed.id)
    _consent(db, cw, changed.id, given=False)
    ids = {p.case_id for p in case_service.persons_for_tracing(db, cw)}
    assert yes.id in ids
    assert not ids & {no.id, silent.id, withdrawn.id, changed.id}


def test_match_review_status_loop(db, world):
    cw = world.actor("caseworker")
    req, secret = file_request(db)  # the family, on the public form
    rows = embassy_rows(8, seed=7)
    # The same man as the embassy wrote him: abbreviated, other spelling, s/o, day-first date.
    rows.append(["9", "Mohd. Husain Qureshi (TEST)", "s/o Gulam Rasool (TEST)", "12/03/1990", "", "", "Okara"])
    import_list(db, cw, list_csv(rows))
    # A second relative reports the same man.
    dup, _ = file_request(db, cw, given_name="Muhammad Hussain", contact_name="Test Brother (TEST)")
    result = service.run_match(db, cw, background=(800, 80))
    assert result.requests == 2 and result.records == 9 and result.proposed >= 2
    cands, _ = service.list_candidates(db, cw)
    to_record = [c for c in cands if c.request_id == req.id and c.other_kind == "record"]
    assert to_record and to_record[0].probability > 0.5
    assert any(c.other_kind == "request" for c in cands)
    db.refresh(req)
    assert req.status == RequestStatus.POSSIBLE_MATCH
    view = service.get_candidate(db, cw, to_record[0].id)
    assert view.candidate.waterfall[0]["field"] == "prior"
    assert {s["field"] for s in view.candidate.waterfall} >= {"name", "father_name", "dob"}
    assert "Qureshi" in (view.other_fields["name"] or "") and view.other_visible
    # Waterfalls hold names of fields and weights only.
    assert "Qureshi" not in json.dumps(view.candidate.waterfall)
    # Another agency's reviewer does not see a candidate between the pool and our list... it sees
    # the pool request side only if it may; it never sees our list row's values.
    other_view = service.get_candidate(db, world.actor("other_caseworker"), to_record[0].id)
    assert other_view.other_fields == {} and not other_view.other_visible
    world.users["caseworker"].email = "cw@example.test"
    db.flush()
    cand = service.decide(db, cw, to_record[0].id, confirm=True, version=to_record[0].version)
    assert cand.status == CandidateStatus.CONFIRMED
    db.refresh(req)
    # Confirming never moves a request between agencies: a pool request is taken up on its own.
    assert req.status == RequestStatus.CONFIRMED and req.owner_agency_id is None
    msgs = notify.pending(db)
    assert msgs and msgs[-1].recipients == ("cw@example.test",)
    assert "Qureshi" not in msgs[-1].body and "Hussain" not in msgs[-1].body
    assert service.check_status(db, Actor.anonymous(), reference=req.reference, secret=secret).status == "confirmed"
    # A stale second decision is a conflict, not a second winner.
    with pytest.raises(Conflict):
        service.decide(db, world.actor("supervisor"), cand.id, confirm=False, version=1)  # the version both reviewers loaded
    # Rejections are remembered: a new run does not propose the pair again.
    pending = [c for c in service.list_candidates(db, cw)[0] if c.other_kind == "request"]
    rejected = service.decide(db, cw, pending[0].id, confirm=False, version=pending[0].version)
    assert rejected.status == CandidateStatus.REJECTED
    again = service.run_match(db, cw, background=(800, 80))
    assert again.proposed == 0
    assert rejected.id not in {c.id for c in service.list_candidates(db, cw)[0]}


def test_blind_indexes_follow_key_rotation(db, world, keyring):
    from rihai.crypto import install_keyring
    from rihai.tracing.models import TracingToken

    actor = world.actor("caseworker")
    req, _ = file_request(db, actor)
    data = list_csv(embassy_rows(3, seed=21))
    import_list(db, actor, data)
    rotated = keyring.with_new_key()
    install_keyring(rotated)
    try:
        assert service.reindex_blind_indexes(db) >= 4
        digests = {t.digest for t in db.query(TracingToken).filter_by(request_id=req.id)}
        assert rotated.blind("cnic", req.cnic) in digests
        # Re-importing the same list after rotation still adds nothing.
        assert import_list(db, actor, data).rows_stored == 0
    finally:
        install_keyring(keyring)


def test_owner_closes_a_request_and_the_family_sees_it(db, world):
    req, secret = file_request(db)
    cw = world.actor("caseworker")
    with pytest.raises(Conflict):
        service.close_request(db, cw, req.id, version=req.version)  # pool: take it up first
    req = service.claim_request(db, cw, req.id, version=req.version)
    with pytest.raises(Conflict):
        service.close_request(db, cw, req.id, version=req.version - 1 or 99)
    service.close_request(db, cw, req.id, version=req.version)
    assert service.check_status(db, Actor.anonymous(), reference=req.reference, secret=secret).status == "closed"
