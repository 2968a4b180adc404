"""The work queue's coded side rows (``cases/facets.py``): after every verb that writes a case or
its person, ``case_facets`` holds exactly the codes, owner and activity time of the case rows, and
the queue's filters find the case through them. The owner copied beside each search digest
(``case_search_tokens.owner_agency_id``), each assignment (``case_assignments.owner_agency_id``)
and each follow-up (``case_tasks.owner_agency_id``) is kept in step the same way
(``cases/copies.py``)."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from factories import PersonFactory, make_case, make_user

from rihai.access.permissions import Role
from rihai.cases import service
from rihai.cases.facets import case_codes, person_codes
from rihai.cases.models import Case, CaseAssignment, CaseFacet, CaseSearchToken, Person
from rihai.cases.schemas import CaseUpdate, ConsentCreate, EventIn, PerpetratorIn, PersonPatch, StatusChange
from rihai.cases.tasks.models import CaseTask
from rihai.cases.tasks.schemas import TaskCreate
from rihai.cases.transfers import service as transfers


def expected(db) -> set[tuple]:  # type: ignore[no-untyped-def]
    """The facet rows recomputed from the case and person rows."""
    out: set[tuple] = set()
    for case, person in db.execute(sa.select(Case, Person).join(Person, Person.case_id == Case.id)):
        for facet, code in person_codes(person.home_province, person.home_district) + case_codes(
                case.exploitation_types):
            out.add((case.id, facet, code, case.owner_agency_id, case.updated_at))
    return out


def stale_token_owners(db) -> int:  # type: ignore[no-untyped-def]
    """Search digests whose copied owner is not their case's owner (or is missing)."""
    db.flush()
    return db.scalar(sa.select(sa.func.count()).select_from(CaseSearchToken).join(
        Case, Case.id == CaseSearchToken.case_id).where(
        sa.or_(CaseSearchToken.owner_agency_id.is_(None), CaseSearchToken.owner_agency_id != Case.owner_agency_id)))


def stale_assignment_owners(db) -> int:  # type: ignore[no-untyped-def]
    """Assignments whose copied owner is not their case's owner (or is missing)."""
    db.flush()
    return db.scalar(sa.select(sa.func.count()).select_from(CaseAssignment).join(
        Case, Case.id == CaseAssignment.case_id).where(
        sa.or_(CaseAssignment.owner_agency_id.is_(None), CaseAssignment.owner_agency_id != Case.owner_agency_id)))


def stale_task_owners(db) -> int:  # type: ignore[no-untyped-def]
    """Follow-ups whose copied owner is not their case's owner (or is missing)."""
    db.flush()
    return db.scalar(sa.select(sa.func.count()).select_from(CaseTask).join(
        Case, Case.id == CaseTask.case_id).where(
        sa.or_(CaseTask.owner_agency_id.is_(None), CaseTask.owner_agency_id != Case.owner_agency_id)))


def stored(db) -> set[tuple]:  # type: ignore[no-untyped-def]
    db.flush()
    db.expire_all()
    return {(f.case_id, f.facet, f.code, f.owner_agency_id, f.updated_at) for f in db.scalars(sa.select(CaseFacet))}


def test_facets_follow_every_write(db, world) -> None:
    cw, sup = world.actor("caseworker"), world.actor("supervisor")
    a = make_case(db, cw, person=PersonFactory(home_province="PK-PB", home_district="Kasur"),
                  exploitation_types=["SexualExploitation", "ForcedLabour"])
    b = make_case(db, cw, person=PersonFactory(home_province=None, home_district=None))
    assert stored(db) == expected(db)
    assert {(f, c) for i, f, c, *_ in stored(db) if i == a.id} == {
        ("province", "PK-PB"), ("district", "PK-PB/Kasur"), ("exploitation", "SexualExploitation"),
        ("exploitation", "ForcedLabour")}
    assert not [r for r in stored(db) if r[0] == b.id and r[1] != "exploitation"]  # no place of origin

    # The district moves, the exploitation changes: the old codes go, the activity time follows.
    service.update_case(db, cw, a.id, data=CaseUpdate(
        version=a.version, exploitation_types=["ForcedMarriage"],
        person=PersonPatch(home_province="PK-SD", home_district="Karachi South")))
    assert stored(db) == expected(db)
    service.assign(db, sup, a.id, user_id=world.users["investigator"].id)
    assert stale_assignment_owners(db) == 0
    # Follow-ups on the case, one for a member of its team: each carries the case's owner.
    for who in (None, world.users["investigator"].id):
        service.add_task(db, cw, a.id, data=TaskCreate(text="Call back (TEST)", due_on=date.today(),
                                                       assignee_id=who))
    assert stale_task_owners(db) == 0
    assert db.scalar(sa.select(sa.func.count()).select_from(CaseTask).where(
        CaseTask.case_id == a.id, CaseTask.owner_agency_id == world.agency.id)) == 2
    assert ("exploitation", "SexualExploitation") not in {(f, c) for i, f, c, *_ in stored(db) if i == a.id}

    service.change_status(db, sup, b.id, data=StatusChange(status="Closed", reason="Returned home (TEST)",
                                                           version=b.version))
    assert stored(db) == expected(db)

    # A transfer moves the owner of every facet row of the case.
    world.users["other_supervisor"] = make_user(db, world.other_agency, Role.SUPERVISOR)
    service.record_consent(db, cw, a.id, data=ConsentCreate(purpose="InformationSharing", given=True,
                                                             consent_date=date.today()))
    t = transfers.propose_transfer(db, sup, a.id, to_agency_id=world.other_agency.id, reason="Moved (TEST)")
    transfers.accept_transfer(db, world.actor("other_supervisor"), t.id)
    assert stored(db) == expected(db)
    assert {o for i, _, _, o, _ in stored(db) if i == a.id} == {world.other_agency.id}
    # ... and of every search digest: the new owner's supervisor finds it by its route, the old one
    # no longer does.
    assert stale_token_owners(db) == 0
    # ... and of every assignment, the new owner's supervisor's included.
    assert stale_assignment_owners(db) == 0
    assert db.scalar(sa.select(sa.func.count()).select_from(CaseAssignment).where(
        CaseAssignment.case_id == a.id, CaseAssignment.owner_agency_id == world.other_agency.id)) == 1
    # ... and of every follow-up: the new owner's queue finds the case by them.
    assert stale_task_owners(db) == 0
    assert db.scalar(sa.select(sa.func.count()).select_from(CaseTask).where(
        CaseTask.case_id == a.id, CaseTask.owner_agency_id == world.other_agency.id)) == 2
    place = service.QueueSearch(service.SearchKind("place"), "Myawaddy")
    assert a.id in {c.id for c in service.work_queue(db, world.actor("other_supervisor"), find=place)[0]}
    assert a.id not in {c.id for c in service.work_queue(db, sup, find=place)[0]}


def test_search_digests_carry_their_case_owner(db, world) -> None:
    cw = world.actor("caseworker")
    a = make_case(db, cw)
    service.add_event(db, cw, a.id, data=EventIn(event_type="Exploitation", country="PK",
                                                      place="A brick kiln near Test Sheikhupura (TEST)"))
    service.add_perpetrator(db, cw, a.id, data=PerpetratorIn(roles=["RecruiterOrIntermediary"],
                                                              name="Test Zafar Iqbal (TEST)"))
    service.update_case(db, cw, a.id, data=CaseUpdate(version=a.version, person=PersonPatch(given_name="Test Nadia")))
    assert stale_token_owners(db) == 0
    assert db.scalar(sa.select(sa.func.count()).select_from(CaseSearchToken).where(CaseSearchToken.case_id == a.id)) > 10


def test_the_queue_finds_cases_through_their_facets_only_in_scope(db, world) -> None:
    cw, sup = world.actor("caseworker"), world.actor("supervisor")
    a = make_case(db, cw, person=PersonFactory(home_province="PK-PB", home_district="Kasur"),
                  exploitation_types=["ForcedLabour"])
    make_case(db, world.actor("other_caseworker"), person=PersonFactory(home_province="PK-PB", home_district="Kasur"),
              exploitation_types=["ForcedLabour"])
    Q = service.QueueFilter
    for f in (Q(district="Kasur"), Q(province="PK-PB", district="Kasur"), Q(province="PK-PB"),
              Q(exploitation="ForcedLabour"), Q(district="Kasur", exploitation="ForcedLabour"),
              Q(district="Kasur", status="Active"), Q(district="Kasur", sort="stale"),
              Q(district="Kasur", sort="opened")):
        for actor in (sup, cw):
            rows, total = service.work_queue(db, actor, filters=f)
            assert [c.id for c in rows] == [a.id] and total == 1, (f, actor.roles)
    assert service.work_queue(db, sup, filters=Q(district="Kasur", exploitation="ForcedMarriage"))[0] == []
    # Newest activity first, through the facet index as through the case table.
    b = make_case(db, cw, person=PersonFactory(home_province="PK-PB", home_district="Kasur"))
    assert [c.id for c in service.work_queue(db, sup, filters=Q(district="Kasur"))[0]] == [b.id, a.id]
    assert [c.id for c in service.work_queue(db, sup, filters=Q(district="Kasur", sort="stale"))[0]] == [a.id, b.id]


@pytest.mark.parametrize("kind", [pytest.param("sqlite", marks=pytest.mark.leg("sqlite")),
                                  pytest.param("postgresql", marks=pytest.mark.leg("postgresql"))])
def test_the_migration_fills_the_facets_of_existing_cases(kind, tmp_path) -> None:
    """Revisions 0025, 0027 and 0033 on a database that already holds cases and follow-ups: the
    rows they write in SQL are the rows the mapper events and the seeder would have written."""
    from alembic import command
    from cli.clitools import rihai_for

    from rihai.migrations import alembic_config

    with rihai_for(kind, tmp_path) as rihai:
        assert rihai("keys", "init").exit_code == 0 and rihai("db", "upgrade").exit_code == 0
        seeded = rihai("seed", "--cases", "120", "--bulk", "--seed", "7")
        assert seeded.exit_code == 0, seeded.output
        with rihai.session() as db:
            before = stored(db)
            assert before == expected(db) and len(before) > 240
            assert stale_token_owners(db) == 0
            # Follow-ups on cases of several agencies (the bulk seeder writes none).
            some = db.scalars(sa.select(Case).where(Case.caseworker_id.is_not(None)).limit(40))
            db.add_all([CaseTask(case_id=c.id, text="Call back (TEST)", due_on=date.today(),
                                 assignee_id=c.caseworker_id, status="open", source_kind="manual") for c in some])
            db.commit()
            owners = db.scalar(sa.select(sa.func.count(sa.distinct(CaseTask.owner_agency_id))))
            assert stale_task_owners(db) == 0 and owners > 1
        cfg = alembic_config(rihai.settings.resolved_database_url)
        command.downgrade(cfg, "0024")  # below 0025 (facets), 0027 (digests' owner) and 0033 (follow-ups')
        command.upgrade(cfg, "head")
        with rihai.session() as db:
            assert stored(db) == before
            assert stale_token_owners(db) == 0
            assert stale_task_owners(db) == 0
            assert db.scalar(sa.select(sa.func.count(sa.distinct(CaseTask.owner_agency_id)))) == owners
            if kind == "postgresql":  # 0028: common digests sampled finely enough to be seen
                assert db.scalar(sa.text(
                    "SELECT attstattarget FROM pg_attribute WHERE attrelid = 'case_search_tokens'::regclass "
                    "AND attname = 'digest'")) == 2000
