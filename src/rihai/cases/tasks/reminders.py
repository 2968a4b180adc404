"""Reminders of overdue follow-ups, through the notification outbox.

Once a day at most, each person with open follow-ups past their date is sent one message: how many
there are and where to see them. Never which cases, names or words of the follow-ups — whoever
follows the link signs in and is checked like anyone else. A follow-up is stamped with the day it
was last reminded (``reminded_on``), so a job that runs every hour, or in two processes, or again
after a restart, does not send the same reminder twice in a day (on PostgreSQL the stamping
``UPDATE`` takes the rows' locks, so two runs at once send once).

``add_job`` is what the web app's lifespan calls; ``send_reminders`` is the work, one transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from rihai import notify
from rihai.access.service import notification_addresses
from rihai.db import transaction
from rihai.workers import Job, Runner

from .codes import TaskStatus
from .models import CaseTask

log = logging.getLogger("rihai.cases.tasks")

JOB = "follow-up-reminders"
EVERY_SECONDS = 3600
SUBJECT = "Rihai: you have overdue follow-ups"


def reminder_body(n: int) -> str:
    """The whole message: a count and a link (no case, no name, no words of a follow-up)."""
    what = "1 overdue follow-up" if n == 1 else f"{n} overdue follow-ups"
    return f"You have {what} in Rihai.\nSign in to Rihai and open /follow-ups to see them.\n"


def send_reminders(session: Session, *, today: date | None = None) -> int:
    """Queue one reminder to each assignee with an overdue follow-up not yet reminded today, and
    stamp those follow-ups; the number of people reminded. The caller commits."""
    today = today or date.today()
    overdue = (CaseTask.status == TaskStatus.OPEN, CaseTask.due_on < today)
    unreminded = or_(CaseTask.reminded_on.is_(None), CaseTask.reminded_on < today)
    stamped = session.execute(update(CaseTask).where(*overdue, unreminded).values(reminded_on=today)
                              .returning(CaseTask.assignee_id)).scalars().all()
    people = sorted(set(stamped))
    if not people:
        return 0
    counts = dict(session.execute(select(CaseTask.assignee_id, func.count()).where(
        *overdue, CaseTask.assignee_id.in_(people)).group_by(CaseTask.assignee_id)).all())
    sent = 0
    for user_id in people:
        to = notification_addresses(session, user_ids=[user_id])
        if to:
            notify.queue(session, to, SUBJECT, reminder_body(counts.get(user_id, 0)))
            sent += 1
    return sent


def add_job(runner: Runner, app: Any, *, clock: Callable[[], date] = date.today) -> Job | None:
    """The web process's reminder job, hourly (the first run a minute after start-up). Test apps
    share one connection between the test and the app, so they get none unless a test asks
    (``app.state.task_reminders_autostart``)."""
    state = app.state
    if state.settings.environment == "test" and not getattr(state, "task_reminders_autostart", False):
        return None
    factory = state.sessionmaker

    def work() -> None:
        with transaction(factory) as session:
            n = send_reminders(session, today=clock())
        if n:
            log.info("follow-up reminders queued for %d people", n)

    return runner.add(JOB, work, every=EVERY_SECONDS, first=60)
