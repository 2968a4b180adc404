"""The work queue: filters (status, overdue follow-ups, province/district, exploitation type,
mine), sorting, a search by reference, recruiter name or phone and place (blind-index digests, in
SQL), rows scoped in SQL, the audit naming filters and never the words searched for; and its page
(GET filters, POST search, HTMX partial)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from factories import PASSWORD, CaseFactory, PersonFactory, make_case, make_user
import sqlalchemy as sa
from sqlalchemy import select

from rihai.access.models import AuditEvent
from rihai.access.permissions import Role
from rihai.cases import service
from rihai.cases.schemas import EventIn, PerpetratorIn
from rihai.cases.tasks import service as tasks
from rihai.cases.tasks.schemas import TaskCreate
from rihai.errors import Invalid

Q, S = service.QueueFilter, service.QueueSearch


def _ids(rows) -> set:  # type: ignore[no-untyped-def]
    return {c.id for c in rows}


@pytest.fixture
def cases(db, world):  # type: ignore[no-untyped-def]
    cw = world.actor("caseworker")
    a = make_case(db, cw, person=PersonFactory(home_province="PK-PB", home_district="Kasur"),
                  exploitation_types=["SexualExploitation"],
                  perpetrators=[PerpetratorIn(roles=["RecruiterOrIntermediary"], name="Test Tariq Mehmood (TEST)",
                                              phones=["+923001234567"])])
    b = make_case(db, cw, person=PersonFactory(home_province="PK-SD", home_district="Karachi South"),
                  events=[EventIn(event_type="Exploitation", country="KH", place="Sihanoukville compound")])
    c = make_case(db, world.actor("other_caseworker"), person=PersonFactory(home_district="Kasur"),
                  exploitation_types=["SexualExploitation"])
    return a, b, c


def test_filters_scoped_in_sql(db, world, cases) -> None:
    a, b, c = cases
    cw = world.actor("caseworker")
    rows, total = service.work_queue(db, cw)
    assert _ids(rows) == {a.id, b.id} and total == 2  # never the other agency's case
    assert _ids(service.work_queue(db, cw, filters=Q(district="Kasur"))[0]) == {a.id}
    assert _ids(service.work_queue(db, cw, filters=Q(province="PK-SD"))[0]) == {b.id}
    assert _ids(service.work_queue(db, cw, filters=Q(exploitation="SexualExploitation"))[0]) == {a.id}
    assert _ids(service.work_queue(db, cw, filters=Q(status="Closed"))[0]) == set()
    assert _ids(service.work_queue(db, cw, filters=Q(mine=True))[0]) == {a.id, b.id}
    assert service.work_queue(db, cw, filters=Q(overdue=True))[0] == []
    t = service.add_task(db, cw, b.id, data=TaskCreate(text="Late (TEST)", due_on=date.today()))
    t.due_on = date.today() - timedelta(days=1)
    db.flush()
    assert _ids(service.work_queue(db, cw, filters=Q(overdue=True))[0]) == {b.id}
    # The other agency's caseworker does not see ours through any filter.
    assert _ids(service.work_queue(db, world.actor("other_caseworker"), filters=Q(district="Kasur"))[0]) == {c.id}
    # The supervisor sees the agency's cases.
    assert _ids(service.work_queue(db, world.actor("supervisor"), filters=Q(district="Kasur"))[0]) == {a.id}


def test_sorting_and_bounded_pages(db, world, cases) -> None:
    a, b, _ = cases
    cw = world.actor("caseworker")
    newest = [c.id for c in service.work_queue(db, cw)[0]]
    stale = [c.id for c in service.work_queue(db, cw, filters=Q(sort="stale"))[0]]
    assert newest == list(reversed(stale)) and set(newest) == {a.id, b.id}
    with pytest.raises(Invalid):
        service.work_queue(db, cw, page=10_000)


def test_search_by_reference_recruiter_and_place(db, world, cases) -> None:
    a, b, c = cases
    cw = world.actor("caseworker")

    def found(kind: str, text: str) -> set:  # type: ignore[type-arg]
        return _ids(service.work_queue(db, cw, find=S(service.SearchKind(kind), text))[0])

    assert found("reference", a.reference.lower()) == {a.id}
    assert found("reference", a.reference.removeprefix("RH-")) == {a.id}
    assert found("recruiter", "Tariq Mehmood") == {a.id}
    assert found("recruiter", "tariq mahmood") == {a.id}  # a spelling variant
    assert found("recruiter", "0300 1234567") == {a.id}
    assert found("recruiter", "Tariq Nobody") == set()  # every word must match
    assert found("place", "sihanoukville") == {b.id}
    assert found("place", "Myawaddy") == {a.id}  # the factory's route
    # A survivor's own phone is not a recruiter's.
    assert found("recruiter", a.person.phones[0]) == set()
    # Search within filters, and never beyond the scope.
    myawaddy = S(service.SearchKind("place"), "Myawaddy")
    assert _ids(service.work_queue(db, cw, filters=Q(district="Kasur"), find=myawaddy)[0]) == {a.id}
    assert _ids(service.work_queue(db, cw, filters=Q(district="Karachi South"), find=myawaddy)[0]) == set()
    assert _ids(service.work_queue(db, world.actor("other_caseworker"),
                                   find=S(service.SearchKind("reference"), a.reference))[0]) == set()
    # A recruiter added later is found too.
    service.add_perpetrator(db, cw, b.id, data=PerpetratorIn(roles=["RecruiterOrIntermediary"], name="Test Zafar Iqbal (TEST)"))
    assert found("recruiter", "Zafar Iqbal") == {b.id}
    with pytest.raises(Invalid) as short:
        found("place", "x")
    assert short.value.field == "q"
    audit = db.scalars(select(AuditEvent).where(AuditEvent.tag == "cases:case:queue").order_by(AuditEvent.seq.desc())).first()
    assert audit is not None and "Tariq" not in repr(audit.fields) + repr(audit.related_ids)


def test_the_page_filters_by_get_and_searches_by_post(make_browser, committed_world, db) -> None:
    cw = committed_world.actor("caseworker")
    a = make_case(db, cw, person=PersonFactory(home_province="PK-PB", home_district="Kasur"))
    b = make_case(db, cw)
    db.commit()
    br = make_browser()
    br.login(committed_world.users["caseworker"].username, PASSWORD)
    page = br.get("/cases?province=PK-PB&district=Kasur").text
    assert a.reference in page and b.reference not in page
    part = br.get("/cases?district=Kasur&status=nonsense", headers={"HX-Request": "true"}).text
    assert part.startswith('<div id="queue-table">') and a.reference in part
    r = br.form("/cases", {"kind": "reference", "q": b.reference})
    assert r.status_code == 200 and b.reference in r.text and a.reference not in r.text
    bad = br.form("/cases", {"kind": "place", "q": "x"})
    assert bad.status_code == 422 and 'href="#field-q"' in bad.text
    ur = br.get("/cases?lang=ur").text
    assert 'dir="rtl"' in ur


def _done_tile(html: str) -> str | None:
    m = re.search(r'href="/follow-ups\?show=done"><span class="n">([^<]*)</span>', html)
    return m.group(1) if m else None


def test_follow_up_pages(make_browser, committed_world, db) -> None:
    cw = committed_world.actor("caseworker")
    case = make_case(db, cw)
    db.commit()
    br = make_browser()
    br.login(committed_world.users["caseworker"].username, PASSWORD)
    due = (date.today() + timedelta(days=2)).isoformat()
    r = br.form(f"/cases/{case.id}/tasks", {"text": "Ring the hostel (TEST)", "due_on": due},
                headers={"HX-Request": "true"})
    assert r.status_code == 200 and "Ring the hostel (TEST)" in r.text and 'id="sec-tasks"' in r.text
    bad = br.form(f"/cases/{case.id}/tasks", {"text": "x", "due_on": due}, headers={"HX-Request": "true"})
    assert bad.status_code == 422 and "field-task-text" in bad.text
    mine = br.get("/follow-ups").text
    assert "Ring the hostel (TEST)" in mine and case.reference in mine
    assert _done_tile(mine) == "0"
    task_id = service.tasks_for_case(db, cw, case.id)[0].id
    done = br.form(f"/cases/{case.id}/tasks/{task_id}/done", {"back": "follow-ups"}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/follow-ups"
    mine = br.get("/follow-ups").text
    assert "Ring the hostel (TEST)" not in mine
    assert _done_tile(mine) == "1"  # the "Done" tile counts, whichever list is shown
    shown_done = br.get("/follow-ups?show=done").text
    assert "Ring the hostel (TEST)" in shown_done and _done_tile(shown_done) == "1"
    assert br.get(f"/cases/{case.id}/tasks").status_code == 200
    other = make_browser()
    other.login(committed_world.users["other_caseworker"].username, PASSWORD)
    assert other.get(f"/cases/{case.id}/tasks").status_code == 404


def test_a_broad_search_is_a_filter_with_a_bounded_count(db, world, monkeypatch) -> None:
    """More of the agency's cases carry every word than SEARCH_CAP: the supervisor gets the newest
    page of them, filters still apply, the count says only "more than", and nothing outside the
    scope comes in. Narrow searches and a caseworker's own cases are listed in full, as before."""
    from rihai.cases import queue

    monkeypatch.setattr(queue, "SEARCH_CAP", 2)
    cw, sup = world.actor("caseworker"), world.actor("supervisor")
    kiln = [EventIn(event_type="Exploitation", country="PK", place="Brick kiln near Test Kasur (TEST)")]
    mine = [make_case(db, cw, events=kiln, person=PersonFactory(home_province="PK-PB", home_district=d))
            for d in ("Kasur", "Lahore", "Kasur", "Okara")]
    theirs = make_case(db, world.actor("other_caseworker"), events=kiln)
    kasur = S(service.SearchKind("place"), "kasur")
    rows, total = service.work_queue(db, sup, find=kasur, page_size=2)
    assert [c.id for c in rows] == [mine[3].id, mine[2].id] and total == 3  # newest first; "2+"
    rows, total = service.work_queue(db, sup, find=kasur, page=2, page_size=2)
    assert [c.id for c in rows] == [mine[1].id, mine[0].id]
    assert _ids(service.work_queue(db, sup, filters=Q(district="Kasur"), find=kasur)[0]) == {mine[0].id, mine[2].id}
    world.users["other_supervisor"] = make_user(db, world.other_agency, Role.SUPERVISOR)
    assert _ids(service.work_queue(db, world.actor("other_supervisor"), find=kasur)[0]) == {theirs.id}
    assert theirs.id not in _ids(service.work_queue(db, sup, find=kasur, page_size=10)[0])
    # Every word must still match.
    assert service.work_queue(db, sup, find=S(service.SearchKind("place"), "kasur zanzibar"))[0] == []
    # A caseworker's search runs over the cases assigned to them: past the cap it asks for a word.
    with pytest.raises(Invalid):
        service.work_queue(db, cw, find=kasur)


def test_a_narrow_search_pages_and_counts_every_piece_once(db, world) -> None:
    """A search's matches are paged and counted in the database: the count is exact across pages,
    the supervisor's own agency and another agency's case they are assigned to are both found, and
    an own case the supervisor is also assigned to is counted once."""
    from rihai.cases.models import CaseAssignment

    cw, sup = world.actor("caseworker"), world.actor("supervisor")
    kiln = [EventIn(event_type="Exploitation", country="PK", place="Test Brick Kiln Chunian (TEST)")]
    mine = [make_case(db, cw, events=kiln) for _ in range(5)]
    theirs = make_case(db, world.actor("other_caseworker"), events=kiln)
    hidden = make_case(db, world.actor("other_caseworker"), events=kiln)  # not assigned: never found
    db.add(CaseAssignment(case_id=theirs.id, user_id=world.users["supervisor"].id))
    db.add(CaseAssignment(case_id=mine[0].id, user_id=world.users["supervisor"].id))
    db.flush()
    chunian = S(service.SearchKind("place"), "chunian")
    seen = []
    for page in (1, 2, 3):
        rows, total = service.work_queue(db, sup, find=chunian, page=page, page_size=2)
        assert total == 6
        seen += [c.id for c in rows]
    assert len(seen) == 6 and set(seen) == {*(c.id for c in mine), theirs.id}
    assert hidden.id not in seen
    # The caseworker finds their own five, counted exactly too.
    rows, total = service.work_queue(db, cw, find=chunian, page_size=3)
    assert len(rows) == 3 and total == 5


def test_overdue_reads_each_piece_by_its_own_follow_ups(db, world) -> None:
    """The "overdue" filter of the supervisor's own agency reads the agency's follow-ups by the
    owner they carry; another agency's case is found only through an assignment, by its own
    follow-ups, and never because a follow-up's copied owner says otherwise (the copy narrows, the
    case's owner scopes)."""
    from rihai.cases.models import CaseAssignment
    from rihai.cases.tasks.models import CaseTask

    cw, sup, other = world.actor("caseworker"), world.actor("supervisor"), world.actor("other_caseworker")
    late, soon = date.today() - timedelta(days=2), date.today() + timedelta(days=2)

    def follow_up(actor, case, due_on):  # type: ignore[no-untyped-def]
        return service.add_task(db, actor, case.id, data=TaskCreate(text="Call back (TEST)", due_on=due_on))

    kasur = {"home_province": "PK-PB", "home_district": "Kasur"}
    own_late, own_soon, own_done = (make_case(db, cw, person=PersonFactory(**kasur)) for _ in range(3))
    follow_up(cw, own_late, late)
    follow_up(cw, own_soon, soon)
    tasks.complete_task(db, cw, own_done.id, follow_up(cw, own_done, late).id)
    theirs, assigned, forged = (make_case(db, other, person=PersonFactory(**kasur)) for _ in range(3))
    for case in (theirs, assigned, forged):
        follow_up(other, case, late)
    db.add(CaseAssignment(case_id=assigned.id, user_id=world.users["supervisor"].id))
    db.add(CaseAssignment(case_id=assigned.id, user_id=world.users["caseworker"].id))
    db.flush()
    # A follow-up whose copy names our agency while its case is theirs (a row written past the ORM).
    db.execute(sa.update(CaseTask).where(CaseTask.case_id == forged.id).values(owner_agency_id=world.agency.id))
    overdue = Q(overdue=True)
    rows, total = service.work_queue(db, sup, filters=overdue)
    assert _ids(rows) == {own_late.id, assigned.id} and total == 2
    rows, total = service.work_queue(db, cw, filters=overdue)
    assert _ids(rows) == {own_late.id, assigned.id} and total == 2
    # Through the facet index too (a filter by province walks the own agency's facet rows).
    rows, total = service.work_queue(db, sup, filters=Q(overdue=True, province="PK-PB"))
    assert _ids(rows) == {own_late.id, assigned.id} and total == 2
    # The other agency's caseworker, assigned to all three of its cases, finds each by its own
    # follow-ups, whatever their copied owner says.
    assert _ids(service.work_queue(db, other, filters=overdue)[0]) == {theirs.id, assigned.id, forged.id}
