"""Follow-ups on a case: who may add them and to whom, done/reopen with who and when, "my
follow-ups" overdue first and scoped in SQL, the audit trail (ids and field names only), and the
reminder job (one message a day per person, a count and a link, through the outbox)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from factories import make_case
from factories.justice import make_plan_item
from sqlalchemy import func, select, text

from rihai import notify
from rihai.access.models import AuditEvent
from rihai.cases import service
from rihai.cases.tasks import reminders
from rihai.cases.tasks import service as tasks
from rihai.cases.tasks.schemas import TaskCreate
from rihai.errors import Forbidden, Invalid, NotFound

TODAY = date.today()


def _task(db, actor, case_id, text="Call the shelter about a bed (TEST)", due=TODAY + timedelta(days=3), **kw):  # type: ignore[no-untyped-def]
    return tasks.add_task(db, actor, case_id, data=TaskCreate(text=text, due_on=due, **kw))


def _overdue(db, task, days=2):  # type: ignore[no-untyped-def]
    # A follow-up written a while ago and not done: its date has passed.
    task.due_on = TODAY - timedelta(days=days)
    db.flush()


def test_add_done_reopen_and_audit(db, world) -> None:
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    t = _task(db, cw, case.id)
    assert t.assignee_id == world.users["caseworker"].id and t.status == "open"
    # The words are encrypted at rest: the column holds no plaintext.
    raw = db.execute(text("SELECT text FROM case_tasks WHERE id = :i"), {"i": t.id}).scalar_one()
    assert b"shelter" not in bytes(raw)
    t = tasks.complete_task(db, cw, case.id, t.id, version=t.version)
    assert t.status == "done" and t.done_by_id == world.users["caseworker"].id and t.done_at is not None
    assert tasks.complete_task(db, cw, case.id, t.id).status == "done"  # twice is once
    t = tasks.reopen_task(db, cw, case.id, t.id)
    assert t.status == "open" and t.done_at is None
    events = list(db.scalars(select(AuditEvent).where(AuditEvent.subject_id == str(case.id),
                                                      AuditEvent.tag.like("cases:task:%"))
                             .order_by(AuditEvent.seq)))
    assert [e.tag for e in events] == ["cases:task:add", "cases:task:done", "cases:task:reopen"]
    for e in events:
        assert "shelter" not in repr(e.fields) + repr(e.related_ids)
    assert "text" in events[0].fields and f"task:{t.id}" in events[0].related_ids


def test_assignee_is_on_the_case_team_and_dates_are_sane(db, world) -> None:
    cw, sup = world.actor("caseworker"), world.actor("supervisor")
    case = make_case(db, cw)
    with pytest.raises(Invalid) as no:  # the supervisor sees the case but is not on its team
        _task(db, sup, case.id)
    assert no.value.rule == "task-assignee-team"
    t = _task(db, sup, case.id, assignee_id=world.users["caseworker"].id)
    assert t.assignee_id == world.users["caseworker"].id and t.created_by_id == world.users["supervisor"].id
    with pytest.raises(Invalid) as other:
        _task(db, sup, case.id, assignee_id=world.users["other_caseworker"].id)
    assert other.value.field == "assignee_id"
    with pytest.raises(Invalid) as far:
        _task(db, cw, case.id, due=TODAY + timedelta(days=3 * 366))
    assert far.value.rule == "task-due-date"
    with pytest.raises(Invalid) as ref:  # a referral's follow-up comes from the referral's page
        _task(db, cw, case.id, source_kind="referral", source_id="x")
    assert ref.value.rule == "task-source"


def test_scoping_and_permissions(db, world) -> None:
    case = make_case(db, world.actor("caseworker"))
    t = _task(db, world.actor("caseworker"), case.id)
    for role in ("other_caseworker",):
        with pytest.raises(NotFound):
            tasks.tasks_for_case(db, world.actor(role), case.id)
        with pytest.raises(NotFound):
            tasks.complete_task(db, world.actor(role), case.id, t.id)
    for role in ("analyst", "administrator"):
        with pytest.raises(Forbidden):
            tasks.tasks_for_case(db, world.actor(role), case.id)
    other_case = make_case(db, world.actor("other_caseworker"))
    with pytest.raises(NotFound):  # a task id of another case
        tasks.complete_task(db, world.actor("other_caseworker"), other_case.id, t.id)


def test_from_a_support_plan_item(db, world) -> None:
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    item = make_plan_item(db, cw, case.id, due_on=TODAY + timedelta(days=10))
    sources = tasks.sources_for(db, cw, case.id)
    assert [(s.kind, s.id) for s in sources] == [("plan_item", str(item.id))]
    t = _task(db, cw, case.id, source_kind="plan_item", source_id=str(item.id), due=item.due_on)
    assert (t.source_kind, t.source_id) == ("plan_item", str(item.id))
    with pytest.raises(Invalid) as bad:
        _task(db, cw, case.id, source_kind="plan_item", source_id="999999")
    assert bad.value.field == "source_id"


def test_my_follow_ups_overdue_first_and_scoped(db, world) -> None:
    cw = world.actor("caseworker")
    a, b = make_case(db, cw), make_case(db, cw)
    later = _task(db, cw, a.id, text="Later (TEST)", due=TODAY + timedelta(days=9))
    soon = _task(db, cw, b.id, text="Soon (TEST)", due=TODAY + timedelta(days=1))
    late = _task(db, cw, b.id, text="Late (TEST)")
    _overdue(db, late)
    done = _task(db, cw, a.id, text="Done (TEST)")
    tasks.complete_task(db, cw, a.id, done.id)
    rows, total = tasks.my_tasks(db, cw)
    assert [t.id for t, _ in rows] == [late.id, soon.id, later.id] and total == 3
    assert rows[0][1] == b.reference
    assert tasks.overdue_count(db, cw) == 1
    done_rows, _ = tasks.my_tasks(db, cw, done=True)
    assert [t.id for t, _ in done_rows] == [done.id]
    # The page's three tiles, counted in one statement, agree with the lists.
    assert tasks.my_task_counts(db, cw) == tasks.TaskCounts(open=3, overdue=1, done=1)
    # Taken off the case (here: the assignment removed), the follow-ups on it leave the list.
    from rihai.cases.models import CaseAssignment
    db.delete(db.get(CaseAssignment, (b.id, world.users["caseworker"].id)))
    db.flush()
    rows, total = tasks.my_tasks(db, cw)
    assert [t.id for t, _ in rows] == [later.id] and total == 1
    assert tasks.my_task_counts(db, cw) == tasks.TaskCounts(open=1, overdue=0, done=1)
    assert tasks.my_tasks(db, world.actor("other_caseworker"))[0] == []
    assert tasks.my_task_counts(db, world.actor("other_caseworker")) == tasks.TaskCounts(0, 0, 0)


def test_reminders_once_a_day_count_and_link_only(db, world) -> None:
    cw = world.actor("caseworker")
    world.users["caseworker"].email = "caseworker-test@example.org"
    case = make_case(db, cw)
    for i in range(2):
        _overdue(db, _task(db, cw, case.id, text=f"Visit the family of the survivor {i} (TEST)"))
    _task(db, cw, case.id, text="Not yet due (TEST)")
    assert reminders.send_reminders(db, today=TODAY) == 1
    sent = notify.pending(db)
    assert len(sent) == 1
    msg = sent[0]
    assert msg.recipients == (world.users["caseworker"].email,)
    assert "2 overdue follow-ups" in msg.body and "/follow-ups" in msg.body
    for secret in ("survivor", "family", case.reference, str(case.id)):
        assert secret not in msg.body and secret not in msg.subject
    # Again the same day: nothing new; the next day: one more.
    assert reminders.send_reminders(db, today=TODAY) == 0
    assert reminders.send_reminders(db, today=TODAY + timedelta(days=1)) == 1
    assert len(notify.pending(db)) == 2
    assert reminders.reminder_body(1).startswith("You have 1 overdue follow-up in")


def test_republished_through_cases_service(db, world) -> None:
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    service.add_task(db, cw, case.id, data=TaskCreate(text="Through the front door (TEST)", due_on=TODAY))
    assert [t.text for t in service.tasks_for_case(db, cw, case.id)] == ["Through the front door (TEST)"]


class _Runner:
    """Records the job instead of starting a thread: the test's sessions share one connection."""

    def __init__(self) -> None:
        self.added: dict[str, dict] = {}  # type: ignore[type-arg]

    def add(self, name, work, **options):  # type: ignore[no-untyped-def]
        self.added[name] = {"work": work, **options}
        return name


def test_the_reminder_job_runs_in_its_own_transaction(session_factory, db, committed_world) -> None:
    from types import SimpleNamespace

    from rihai.notify.outbox import OutboxMessage

    def app(environment: str, **state: object):  # type: ignore[no-untyped-def]
        return SimpleNamespace(state=SimpleNamespace(settings=SimpleNamespace(environment=environment),
                                                     sessionmaker=session_factory, **state))

    assert reminders.add_job(_Runner(), app("test")) is None  # test apps start no job unless asked
    runner = _Runner()
    assert reminders.add_job(runner, app("production"), clock=lambda: TODAY) == reminders.JOB
    job = runner.added[reminders.JOB]
    assert job["every"] == 3600
    cw = committed_world.actor("caseworker")
    committed_world.users["caseworker"].email = "caseworker-job-test@example.org"
    case = make_case(db, cw)
    _overdue(db, _task(db, cw, case.id, text="Check on the survivor (TEST)"))
    db.commit()
    before = db.scalar(select(func.count()).select_from(OutboxMessage))
    job["work"]()  # the job's own session, committed
    db.expire_all()
    assert db.scalar(select(func.count()).select_from(OutboxMessage)) == before + 1
    job["work"]()  # the same day again: nothing more
    assert db.scalar(select(func.count()).select_from(OutboxMessage)) == before + 1
