"""The work queue's and follow-ups' part of ``cases_http.py``: the follow-ups one caseworker holds,
and the requests that filter, sort and search the queue (issue 19)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from rihai.access.models import User
from rihai.cases.models import Case, CaseAssignment
from rihai.cases.tasks.models import CaseTask
from rihai.synthetic.vocab import MARK


def seed_tasks(session: Any, user_id: int, n: int, *, others_every: int = 4) -> int:
    """``n`` follow-ups for one caseworker on their own cases, half of them overdue; and the rest of
    the country's: one on every ``others_every``-th case of the other agencies, for its caseworker,
    half of them overdue. A national instance holds every agency's follow-ups, so a query that
    reads overdue follow-ups without an owner reads them all (issue 20)."""
    case_ids = list(session.scalars(sa.select(CaseAssignment.case_id).where(CaseAssignment.user_id == user_id)
                                    .order_by(CaseAssignment.case_id).limit(n)))
    today = date.today()
    session.add_all([CaseTask(case_id=cid, text=f"Synthetic follow-up {i} {MARK}", assignee_id=user_id,
                              due_on=today + timedelta(days=(-1 - i % 30) if i % 2 else (1 + i % 30)),
                              status="open", source_kind="manual", created_by_id=user_id)
                     for i, cid in enumerate(case_ids[i % len(case_ids)] for i in range(n))] if case_ids else [])
    session.flush()
    agency = session.scalar(sa.select(User.agency_id).where(User.id == user_id))
    others = session.execute(sa.select(Case.id, Case.caseworker_id).where(
        Case.owner_agency_id != agency, Case.caseworker_id.is_not(None)).order_by(Case.id)).all()
    # Through the ORM, so that the mapper events write the owner copy as a verb would.
    session.add_all([CaseTask(case_id=cid, text=f"Synthetic follow-up {i} {MARK}", assignee_id=worker,
                              due_on=today + timedelta(days=(-1 - i % 30) if i % 2 else (1 + i % 30)),
                              status="open", source_kind="manual", created_by_id=worker)
                     for i, (cid, worker) in enumerate(others[::others_every])])
    session.flush()
    return len(case_ids)


def queue_scenarios(scenarios: dict[str, Any], s: dict[str, Any], *, only: bool) -> dict[str, Any]:
    """The benchmark's scenarios plus the queue's (the supervisor's token) and My follow-ups (the
    caseworker's); ``only``: the queue's and the ceiling alone."""
    dists, recs, places = s["districts"] or [("PK-PB", "Lahore")], s["recruiters"] or ["x x"], s["places"] or ["xx"]
    cw = {"Authorization": f"Bearer {s['caseworker_token']}"}
    scenarios = {**scenarios,
                 "queue_district": lambda i: ("GET", "/cases?province={}&district={}".format(*dists[i % len(dists)]), None, 200),
                 "queue_exploitation": lambda i: ("GET", "/cases?exploitation=ForcedLabour", None, 200),
                 "queue_overdue": lambda i: ("GET", "/cases?overdue=1", None, 200),
                 "queue_recruiter": lambda i: ("POST", "/cases", ("form", {"kind": "recruiter", "q": recs[i % len(recs)]}), 200),
                 "queue_place": lambda i: ("POST", "/cases", ("form", {"kind": "place", "q": places[i % len(places)]}), 200),
                 "follow_ups": lambda i: ("GET", "/follow-ups", None, 200, cw)}
    if only:
        scenarios = {k: v for k, v in scenarios.items() if k == "healthz" or k.startswith(("queue", "follow"))}
    return scenarios
