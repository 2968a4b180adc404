"""The follow-ups' JSON API, and editing a follow-up on the case page: the same rules as the
service (case scope, team, version), audited by field names, problem+json on bad input."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from factories import PASSWORD, make_case
from sqlalchemy import select

from rihai.access.models import AuditEvent
from rihai.cases.tasks import service as tasks
from rihai.cases.tasks.schemas import TaskCreate, TaskUpdate
from rihai.errors import Conflict, Invalid

TODAY = date.today()
WORDS = "Call the shelter about a bed (TEST)"


@pytest.fixture
def scene(db, committed_world):  # type: ignore[no-untyped-def]
    world = committed_world
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    # The investigator joins the team, so a follow-up can be handed over to them.
    tasks_team = world.users["investigator"].id
    from rihai.cases import service as cases

    cases.assign(db, world.actor("supervisor"), case.id, user_id=tasks_team)
    db.commit()
    return world, case


def _signed_in(make_browser, world, who):  # type: ignore[no-untyped-def]
    b = make_browser()
    b.login(world.users[who].username, PASSWORD)
    return b


def _tags(db, case_id) -> list[str]:  # type: ignore[no-untyped-def]
    return list(db.scalars(select(AuditEvent.tag).where(AuditEvent.subject_id == str(case_id),
                                                        AuditEvent.tag.like("cases:task:%"))
                           .order_by(AuditEvent.seq)))


def test_add_list_edit_done_reopen_over_the_api(db, scene, make_browser) -> None:
    world, case = scene
    cw = _signed_in(make_browser, world, "caseworker")
    due = (TODAY + timedelta(days=3)).isoformat()
    r = cw.post(f"/api/v1/cases/{case.id}/tasks", json={"text": WORDS, "due_on": due})
    assert r.status_code == 201, r.text
    t = r.json()
    assert t["assignee_id"] == world.users["caseworker"].id and t["status"] == "open" and not t["overdue"]
    listed = cw.get(f"/api/v1/cases/{case.id}/tasks").json()
    assert [x["id"] for x in listed] == [t["id"]] and listed[0]["text"] == WORDS
    # Edit: new words, date and person; the version read travels with it.
    later = (TODAY + timedelta(days=10)).isoformat()
    r = cw.patch(f"/api/v1/cases/{case.id}/tasks/{t['id']}",
                 json={"version": t["version"], "text": "Call the shelter again (TEST)", "due_on": later,
                       "assignee_id": world.users["investigator"].id})
    assert r.status_code == 200, r.text
    edited = r.json()
    assert (edited["text"], edited["due_on"], edited["assignee_id"]) == (
        "Call the shelter again (TEST)", later, world.users["investigator"].id)
    assert edited["version"] == t["version"] + 1
    # The stale version (the one read before the edit) is refused, as problem+json.
    r = cw.patch(f"/api/v1/cases/{case.id}/tasks/{t['id']}", json={"version": t["version"], "text": "Lost (TEST)"})
    assert r.status_code == 409 and r.headers["content-type"].startswith("application/problem+json")
    r = cw.post(f"/api/v1/cases/{case.id}/tasks/{t['id']}/done", json={"version": edited["version"]})
    assert r.status_code == 200 and r.json()["status"] == "done" and r.json()["done_by_id"] == world.users[
        "caseworker"].id
    # A done follow-up is reopened before it is changed.
    r = cw.patch(f"/api/v1/cases/{case.id}/tasks/{t['id']}", json={"version": r.json()["version"], "text": "x y"})
    assert r.status_code == 409
    r = cw.post(f"/api/v1/cases/{case.id}/tasks/{t['id']}/reopen", json={})
    assert r.status_code == 200 and r.json()["status"] == "open" and r.json()["done_at"] is None
    assert _tags(db, case.id) == ["cases:task:add", "cases:task:read", "cases:task:edit", "cases:task:done",
                                  "cases:task:reopen"]
    edit = db.scalars(select(AuditEvent).where(AuditEvent.tag == "cases:task:edit")).one()
    assert sorted(edit.fields) == ["assignee_id", "due_on", "text"]
    assert "shelter" not in repr(edit.fields) + repr(edit.related_ids)
    assert f"user:{world.users['investigator'].id}" in edit.related_ids


def test_my_follow_ups_are_paged_overdue_first(db, scene, make_browser) -> None:
    world, case = scene
    cw = world.actor("caseworker")
    late = tasks.add_task(db, cw, case.id, data=TaskCreate(text="Late (TEST)", due_on=TODAY - timedelta(days=2)))
    soon = tasks.add_task(db, cw, case.id, data=TaskCreate(text="Soon (TEST)", due_on=TODAY + timedelta(days=1)))
    tasks.add_task(db, cw, case.id, data=TaskCreate(text="Not mine (TEST)", due_on=TODAY,
                                                    assignee_id=world.users["investigator"].id))
    db.commit()
    b = _signed_in(make_browser, world, "caseworker")
    page = b.get("/api/v1/follow-ups?page_size=1").json()
    assert page["total"] == 2 and page["page_size"] == 1 and page["total_capped"] is False
    assert [(x["id"], x["overdue"], x["case_reference"]) for x in page["items"]] == [(late.id, True, case.reference)]
    assert [x["id"] for x in b.get("/api/v1/follow-ups?page=2&page_size=1").json()["items"]] == [soon.id]
    assert b.get("/api/v1/follow-ups?done=true").json()["total"] == 0
    assert b.get("/api/v1/follow-ups?page_size=500").status_code == 422


def test_permissions_scope_and_bad_input(db, scene, make_browser) -> None:
    world, case = scene
    t = tasks.add_task(db, world.actor("caseworker"), case.id, data=TaskCreate(text=WORDS, due_on=TODAY))
    db.commit()
    analyst = _signed_in(make_browser, world, "analyst")
    assert analyst.get(f"/api/v1/cases/{case.id}/tasks").status_code == 403
    assert analyst.get("/api/v1/follow-ups").status_code == 403
    assert analyst.patch(f"/api/v1/cases/{case.id}/tasks/{t.id}", json={"version": 1}).status_code == 403
    outsider = _signed_in(make_browser, world, "other_caseworker")
    for method, path, body in [
        ("get", f"/api/v1/cases/{case.id}/tasks", None),
        ("post", f"/api/v1/cases/{case.id}/tasks", {"text": "Mine now (TEST)", "due_on": TODAY.isoformat()}),
        ("patch", f"/api/v1/cases/{case.id}/tasks/{t.id}", {"version": t.version, "text": "Mine now (TEST)"}),
        ("post", f"/api/v1/cases/{case.id}/tasks/{t.id}/done", {}),
    ]:
        r = getattr(outsider, method)(path, **({"json": body} if body is not None else {}))
        assert r.status_code == 404, (method, path, r.text)
        assert WORDS not in r.text
    cw = _signed_in(make_browser, world, "caseworker")
    for body, field in [({"text": "x", "due_on": TODAY.isoformat()}, "text"),
                        ({"text": WORDS, "due_on": "not-a-date"}, "due_on"),
                        ({"text": WORDS, "due_on": TODAY.isoformat(), "secret": 1}, "secret"),
                        ({"text": WORDS, "due_on": (TODAY + timedelta(days=3000)).isoformat()}, "due_on"),
                        ({"text": WORDS, "due_on": TODAY.isoformat(),
                          "assignee_id": world.users["supervisor"].id}, "assignee_id"),
                        ({"text": WORDS, "due_on": TODAY.isoformat(), "source_kind": "referral",
                          "source_id": "x"}, "source_kind")]:
        r = cw.post(f"/api/v1/cases/{case.id}/tasks", json=body)
        assert r.status_code == 422, (body, r.text)
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["errors"][0]["field"] == field, r.json()
    r = cw.patch(f"/api/v1/cases/{case.id}/tasks/{t.id}", json={"text": "No version (TEST)"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "version"


def test_edit_checks_like_add(db, world) -> None:
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    t = tasks.add_task(db, cw, case.id, data=TaskCreate(text=WORDS, due_on=TODAY))
    with pytest.raises(Invalid):
        tasks.edit_task(db, cw, case.id, t.id, data=TaskUpdate(version=t.version, assignee_id=world.users[
            "supervisor"].id))
    with pytest.raises(Invalid):
        tasks.edit_task(db, cw, case.id, t.id, data=TaskUpdate(version=t.version,
                                                               due_on=TODAY - timedelta(days=900)))
    # The same values again change nothing and write no event.
    same = tasks.edit_task(db, cw, case.id, t.id, data=TaskUpdate(version=t.version, text=WORDS, due_on=TODAY))
    assert same.version == t.version
    assert db.scalar(select(AuditEvent.seq).where(AuditEvent.tag == "cases:task:edit")) is None
    t.reminded_on = TODAY
    db.flush()
    moved = tasks.edit_task(db, cw, case.id, t.id, data=TaskUpdate(version=t.version,
                                                                    due_on=TODAY + timedelta(days=5)))
    assert moved.reminded_on is None  # a new date earns its own reminder
    with pytest.raises(Conflict):
        tasks.edit_task(db, cw, case.id, t.id, data=TaskUpdate(version=moved.version - 1, text="Old (TEST)"))


def test_edit_on_the_case_page(db, scene, make_browser) -> None:
    world, case = scene
    t = tasks.add_task(db, world.actor("caseworker"), case.id, data=TaskCreate(text=WORDS, due_on=TODAY))
    db.commit()
    task_id, read_version = t.id, t.version
    cw = _signed_in(make_browser, world, "caseworker")
    panel = cw.get(f"/cases/{case.id}/tasks?lang=ur", headers={"HX-Request": "true"}).text
    assert f'action="/cases/{case.id}/tasks/{task_id}/edit"' in panel and "ترمیم" in panel
    # Refused: the form comes back with what was typed and the error beside that follow-up's field.
    r = cw.form(f"/cases/{case.id}/tasks/{task_id}/edit",
                {"text": "Typed again (TEST)", "due_on": (TODAY + timedelta(days=3000)).isoformat(),
                 "assignee_id": str(world.users["caseworker"].id), "version": str(read_version)},
                headers={"HX-Request": "true"})
    assert r.status_code == 422
    assert f'href="#field-task-{task_id}-due_on"' in r.text and 'value="Typed again (TEST)"' in r.text
    # Accepted: back to the case page, the follow-up changed.
    r = cw.form(f"/cases/{case.id}/tasks/{task_id}/edit",
                {"text": "Call the shelter on Monday (TEST)", "due_on": TODAY.isoformat(),
                 "assignee_id": str(world.users["investigator"].id), "version": str(read_version)},
                follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/cases/{case.id}#sec-tasks"
    db.expire_all()
    stored = tasks.tasks_for_case(db, world.actor("caseworker"), case.id)[0]
    assert stored.text == "Call the shelter on Monday (TEST)" and stored.assignee_id == world.users["investigator"].id
    # The page's old form (its version is stale now) is refused, not written over the change.
    r = cw.form(f"/cases/{case.id}/tasks/{task_id}/edit",
                {"text": "Stale (TEST)", "due_on": TODAY.isoformat(), "version": str(read_version)},
                headers={"HX-Request": "true"})
    assert r.status_code == 409 and "changed by someone else" in r.text
