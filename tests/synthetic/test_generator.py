"""Synthetic data: visibly fake, valid where validity is checkable, shaped like the real problem,
and the bulk path writes cases the real services can decrypt and find."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import selectinload
from stdnum.pk import cnic as stdnum_cnic

from rihai.access.audit import verify
from rihai.access.auth import actor_for
from rihai.access.models import AuditEvent, User
from rihai.cases import search, service
from rihai.cases.models import Case, CaseSearchToken, Person
from rihai.cases.schemas import CaseCreate
from rihai.synthetic import Generator, bulk_seed, ensure_directory, staff_username
from rihai.synthetic.bulk import person_tokens
from rihai.synthetic.vocab import AGENCIES, CNIC_PROVINCE_DIGIT, MARK
from rihai.validators import normalise_phone

TODAY = date(2026, 11, 1)


@pytest.fixture(scope="module")
def drawn():  # type: ignore[no-untyped-def]
    return Generator(seed=42, today=TODAY).cases(2000)


def test_every_name_is_visibly_synthetic(drawn):
    for sc in drawn:
        p = sc.data["person"]
        for field in ("given_name", "family_name", "guardian_name", "address"):
            assert MARK in p[field], field
        if "name_urdu" in p:
            assert MARK in p["name_urdu"]
        for alias in p.get("aliases", []):
            assert MARK in alias
        for perp in sc.data["perpetrators"]:
            assert MARK in perp["name"]
            if perp.get("agency_name"):
                assert MARK in perp["agency_name"]
            if perp.get("oep_licence"):
                assert perp["oep_licence"].endswith("/TST")
        assert MARK in sc.data["events"][0]["description"]


def test_identifiers_are_valid_and_consistent(drawn):
    seen = set()
    for sc in drawn:
        p = sc.data["person"]
        if "cnic" in p:
            assert stdnum_cnic.is_valid(p["cnic"])
            assert stdnum_cnic.get_gender(p["cnic"]) == ("F" if p["sex"] == "Female" else "M")
            assert p["cnic"][0] == CNIC_PROVINCE_DIGIT[p["home_province"]]
            assert p["cnic"] not in seen
            seen.add(p["cnic"])
        for phone in p.get("phones", []):
            assert phone.startswith("+923") and normalise_phone(phone) == phone
        for perp in sc.data["perpetrators"]:
            for phone in perp.get("phones", []):
                assert normalise_phone(phone) == phone
    assert len(seen) > 1000


def test_cases_validate_against_the_real_schema(drawn):
    for sc in drawn[:300]:
        CaseCreate.model_validate(sc.data)


def test_mostly_women_and_girls_and_every_pattern_present(drawn):
    sexes = Counter(sc.data["person"]["sex"] for sc in drawn)
    share = sexes["Female"] / len(drawn)
    assert 0.65 <= share <= 0.75
    scenarios = Counter(sc.scenario for sc in drawn)
    for key in ("gulf_domestic_work", "gulf_construction", "iran_turkey_greece",
                "scam_compound_myanmar", "scam_compound_cambodia", "brick_kiln_bonded_labour",
                "forced_marriage", "child_domestic_labour"):
        assert scenarios[key] > 20, key
    scam = [sc for sc in drawn if sc.scenario == "scam_compound_myanmar"]
    assert all([e["country"] for e in sc.data["events"]][:3] == ["PK", "TH", "TH"] for sc in scam)
    assert all(sc.data["events"][-1]["country"] == "MM" for sc in scam)
    kids = [sc for sc in drawn if sc.scenario == "child_domestic_labour"]
    assert all(sc.data["person"].get("age_estimate", 99) < 18 or sc.data["person"].get("birth_date")
               for sc in kids)
    assert any("name_urdu" in sc.data["person"] for sc in drawn)


def test_deterministic_with_a_seed():
    a = Generator(seed=9, today=TODAY).cases(30)
    b = Generator(seed=9, today=TODAY).cases(30)
    assert [(x.id, x.reference, x.data) for x in a] == [(y.id, y.reference, y.data) for y in b]
    c = Generator(seed=10, today=TODAY).cases(30)
    assert [x.id for x in a] != [x.id for x in c]


def test_bulk_path_writes_decryptable_searchable_cases(db, keyring):
    directory = ensure_directory(db)
    assert len(directory.agencies) == len(AGENCIES)
    assert all(MARK in a.name and a.is_synthetic for a in directory.agencies.values())
    assert all(MARK in u.display_name for users in directory.openers.values() for u in users)
    agency_keys = {a.id: k for k, a in directory.agencies.items()}
    supervisors = {k: u.id for k, u in directory.supervisors.items()}
    before = db.scalar(sa.select(sa.func.count()).select_from(AuditEvent))
    bulk_seed(db, directory, 60, seed=3, batch=25)
    db.expire_all()
    # Collections load lazily by default; load them now, before verify() expunges the session.
    cases = db.scalars(sa.select(Case).where(Case.is_synthetic.is_(True))
                       .options(selectinload(Case.assignments), selectinload(Case.events),
                                selectinload(Case.perpetrators))).unique().all()
    assert len(cases) == 60
    # Exactly one audit event for the whole seed (plus none per case), and the chain holds.
    after = db.scalar(sa.select(sa.func.count()).select_from(AuditEvent))
    assert after == before + 1
    assert verify(db).ok  # (verify expunges the session as it walks)
    for case in cases:
        p = case.person
        assert MARK in p.given_name and MARK in p.family_name
        assert case.assignments and case.caseworker_id == case.assignments[0].user_id
        assert case.events[0].event_type == "Recruitment"
        # The digests are exactly those the service would compute (the person's, and the
        # recruiters' and places' the work queue searches).
        stored = set(db.scalars(sa.select(CaseSearchToken.digest).where(CaseSearchToken.case_id == case.id)))
        assert stored == {keyring.blind(k, t) for k, t in search.case_tokens(case)}
    # Raw values are ciphertext.
    raw = db.execute(sa.select(sa.type_coerce(Person.given_name, sa.LargeBinary))).scalars().first()
    assert bytes(raw).startswith(b"R1") and b"SYNTHETIC" not in bytes(raw)

    with_cnic = next(c for c in cases if c.person.cnic)
    owner_key = agency_keys[with_cnic.owner_agency_id]
    supervisor = db.get(User, supervisors[owner_key])
    assert supervisor.username == staff_username(owner_key, "supervisor")
    actor = actor_for(supervisor, via="api")
    hits = service.search_cases(db, actor, with_cnic.person.cnic)
    assert [c.id for c, _ in hits] == [with_cnic.id]
    name = with_cnic.person.given_name.replace(MARK, "").strip()
    assert with_cnic.id in [c.id for c, _ in service.search_cases(db, actor, name, limit=100)] or \
        len(service.search_cases(db, actor, name, limit=100)) == 100
    read = service.get_case(db, actor, with_cnic.id)
    assert read.person.cnic == with_cnic.person.cnic


def test_bulk_token_shortcut_matches_the_service():
    for sc in Generator(seed=1, today=TODAY).cases(200):
        p = sc.data["person"]
        row = {k: p.get(k) or None for k in ("given_name", "family_name", "name_urdu", "aliases",
                                              "guardian_name", "cnic", "passport", "phones")}
        person = Person(**row)
        assert person_tokens(row) == search.person_tokens(person)


def test_parallel_batches_never_share_a_reference():
    refs = [set(sc.reference for sc in Generator(seed=4, today=TODAY, reference_block=b).cases(300))
            for b in range(5)]
    assert sum(len(r) for r in refs) == len(set().union(*refs)) == 1500
    again = [sc.reference for sc in Generator(seed=4, today=TODAY, reference_block=2).cases(300)]
    assert set(again) == refs[2]
