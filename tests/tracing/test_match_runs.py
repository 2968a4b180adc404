"""Match runs outside the web request: queued by a desk, executed by a worker (never two at once),
progress polled by HTMX; the CLI takes the same lock."""

from __future__ import annotations

import re
import socket
import threading
import time

import pytest
import sqlalchemy as sa
from factories import PASSWORD
from factories.tracing import embassy_rows, file_request, import_list, list_csv
from sqlalchemy.exc import IntegrityError

from rihai.access.models import AuditEvent
from rihai.db import make_engine, make_sessionmaker, utcnow
from rihai.migrations import upgrade
from rihai.tracing import matchruns, service
from rihai.tracing.models import MatchCandidate, MatchRun
from rihai.workers import Runner

SMALL = {"background": (800, 80)}


def _stock(db, actor):  # type: ignore[no-untyped-def]
    file_request(db, actor)
    rows = embassy_rows(4, seed=4) + [["5", "Mohd Husain Qureshi (TEST)", "Gulam Rasool (TEST)", "1990-03-12", "", "", "Okara"]]
    import_list(db, actor, list_csv(rows))


def test_enqueue_once_then_a_worker_executes_it(db, world, session_factory):
    cw = world.actor("caseworker")
    _stock(db, cw)
    run = service.enqueue_match(db, cw)
    assert service.enqueue_match(db, cw).id == run.id  # asking twice queues once
    db.commit()
    assert run.status == "queued" and run.requested_by_id == cw.user_id and run.agency_id == cw.agency_id
    assert db.scalar(sa.select(sa.func.count()).select_from(MatchCandidate)) == 0  # nothing ran in the request
    assert matchruns.drain(session_factory, **SMALL) == [run.id]
    db.expire_all()
    run = db.get(MatchRun, run.id)
    assert run.status == "done" and run.running_slot is None and run.proposed >= 1 and run.requests >= 1
    assert run.started_at <= run.finished_at
    assert db.scalar(sa.select(sa.func.count()).select_from(MatchCandidate)) == run.proposed
    tags = set(db.scalars(sa.select(AuditEvent.tag).where(AuditEvent.actor_id == cw.user_id)))
    # The desk's asking is "queue"; the worker, acting as the requester, records the run itself.
    assert {"tracing:match:queue", "tracing:match:run"} <= tags


def test_the_database_allows_one_running_run(db, world, session_factory):
    cw = world.actor("caseworker")
    first, second = (service.enqueue_match(db, cw, reuse=False) for _ in range(2))
    db.commit()
    assert matchruns.claim(session_factory, first.id) == first.id
    assert matchruns.claim(session_factory, second.id) is None  # the slot is taken
    with pytest.raises(IntegrityError):
        with db.begin_nested():
            db.execute(sa.update(MatchRun).where(MatchRun.id == second.id).values(running_slot=1))
    db.expire_all()
    assert db.get(MatchRun, second.id).status == "queued"


def test_a_run_whose_process_died_is_failed_and_frees_the_slot(db, world, session_factory):
    cw = world.actor("caseworker")
    dead, waiting = (service.enqueue_match(db, cw, reuse=False) for _ in range(2))
    dead.status, dead.running_slot, dead.started_at = "running", 1, utcnow()
    dead.worker = f"{socket.gethostname()}:999999999"  # no such pid
    db.commit()
    assert matchruns.claim(session_factory) == waiting.id
    db.expire_all()
    assert db.get(MatchRun, dead.id).status == "failed" and db.get(MatchRun, dead.id).error == "WorkerLost"


def test_page_queues_and_polls_until_done(make_browser, world, db, session_factory):
    _stock(db, world.actor("caseworker"))
    db.commit()
    b = make_browser()
    b.login(world.users["caseworker"].username, PASSWORD)
    r = b.post("/tracing/match", headers={"HX-Request": "true"}, data={"csrf_token": b.csrf})
    assert r.status_code == 202 and 'data-status="queued"' in r.text
    run_id = re.search(r'hx-get="/tracing/match/runs/(\d+)" hx-trigger="every 2s"', r.text).group(1)
    assert db.scalar(sa.select(sa.func.count()).select_from(MatchCandidate)) == 0
    plain = b.form("/tracing/match", {}, follow_redirects=False)  # without HTMX: back to the queue page
    assert plain.status_code == 303 and plain.headers["location"] == "/tracing/candidates"
    assert 'data-status="queued"' in b.get("/tracing/candidates").text
    matchruns.drain(session_factory, **SMALL)
    done = b.get(f"/tracing/match/runs/{run_id}", headers={"HX-Request": "true"})
    assert done.status_code == 200 and 'data-status="done"' in done.text and "hx-trigger" not in done.text
    assert 'data-testid="candidate-link"' in b.get("/tracing/candidates").text
    # One queue for every desk: another agency asking now joins nothing (the run is done) and may
    # follow the run it would have joined; the panel holds counts only.
    other = make_browser()
    other.login(world.users["other_caseworker"].username, PASSWORD)
    followed = other.get(f"/tracing/match/runs/{run_id}")
    assert followed.status_code == 200 and "Qureshi" not in followed.text
    assert other.get("/tracing/match/runs/999999").status_code == 404
    analyst = make_browser()
    analyst.login(world.users["analyst"].username, PASSWORD)
    assert analyst.get(f"/tracing/match/runs/{run_id}").status_code == 403


def test_api_returns_202_and_the_run(make_browser, world, db):
    b = make_browser()
    b.login(world.users["caseworker"].username, PASSWORD)
    r = b.post("/api/v1/tracing/match")
    assert r.status_code == 202 and r.json()["status"] == "queued"
    again = b.get(f"/api/v1/tracing/match/runs/{r.json()['id']}")
    assert again.status_code == 200 and again.json()["id"] == r.json()["id"]
    assert set(again.json()) >= {"status", "proposed", "started_at", "finished_at", "error"}
    assert "requested_by_id" not in again.json() and "agency_id" not in again.json()
    other = make_browser()
    other.login(world.users["other_caseworker"].username, PASSWORD)
    joined = other.post("/api/v1/tracing/match")  # another desk asking while it waits joins it
    assert joined.status_code == 202 and joined.json()["id"] == r.json()["id"]


def _stocked_database(path):  # type: ignore[no-untyped-def]
    """A committed SQLite database of its own (worker threads cannot share the test's
    connection), holding a request and a list from one desk; returns (url, engine, factory, actor)."""
    from factories import make_agency, make_user

    from rihai.access.auth import actor_for

    url = f"sqlite:///{path}"
    upgrade(url)
    engine = make_engine(url)
    factory = make_sessionmaker(engine)
    with factory() as s:
        actor = actor_for(make_user(s, make_agency(s), "caseworker"), via="web")
        _stock(s, actor)
        s.commit()
    return url, engine, factory, actor


def test_worker_thread_on_a_real_database_never_overlaps_runs(tmp_path, keyring, monkeypatch):
    """The thread the web app starts, on its own committed database: two runs asked at once are
    executed one after the other."""
    _, engine, factory, actor = _stocked_database(tmp_path / "runs.db")
    with factory() as s:
        ids = [service.enqueue_match(s, actor, reuse=False).id for _ in range(2)]
        s.commit()
    runner = Runner()
    worker = runner.add(matchruns.JOB, lambda: matchruns.drain(factory, **SMALL))
    competitor = threading.Thread(target=matchruns.drain, args=(factory,), kwargs=SMALL)
    worker.wake()
    competitor.start()
    competitor.join(timeout=300)
    deadline = time.monotonic() + 300
    with factory() as s:
        while time.monotonic() < deadline:
            runs = s.scalars(sa.select(MatchRun).where(MatchRun.id.in_(ids)).order_by(MatchRun.started_at)).all()
            if all(r.status in ("done", "failed") for r in runs):
                break
            s.rollback()  # end the transaction: on SQLite an open one holds the write lock
            time.sleep(0.5)
        assert [r.status for r in runs] == ["done", "done"]
        assert runs[0].finished_at <= runs[1].started_at  # one after the other, never together
        assert runs[1].proposed == 0 and runs[1].updated >= 1  # the second saw the first's candidates
    runner.stop()
    engine.dispose()


def test_a_run_still_queued_when_looked_at_wakes_the_worker(app, make_browser, world, db):
    """A run queued before a restart has no worker yet: the first look at it starts one."""

    class Recorder:
        woken = 0

        def wake(self) -> None:
            Recorder.woken += 1

    run = service.enqueue_match(db, world.actor("caseworker"))
    db.commit()
    app.state.tracing_match_worker = Recorder()
    b = make_browser()
    b.login(world.users["caseworker"].username, PASSWORD)
    at_start = Recorder.woken  # the app's start-up wakes it once too
    assert b.get(f"/tracing/match/runs/{run.id}").status_code == 200 and Recorder.woken == at_start + 1
    assert b.get("/tracing/candidates").status_code == 200 and Recorder.woken == at_start + 2
    assert b.get(f"/api/v1/tracing/match/runs/{run.id}").status_code == 200 and Recorder.woken == at_start + 3


def test_a_run_queued_before_a_restart_starts_when_the_server_does(tmp_path, keyring):
    """The web app wakes its match worker at start-up: a run left queued by a stopped server is
    executed without anyone opening the tracing pages."""
    from fastapi.testclient import TestClient

    from rihai.app import create_app
    from rihai.settings import Settings

    url, engine, factory, actor = _stocked_database(tmp_path / "restart.db")
    with factory() as s:
        run_id = service.enqueue_match(s, actor).id
        s.commit()
    app = create_app(Settings(data_dir=tmp_path, database_url=url, environment="development",
                              cookie_secure=False), keyring=keyring)
    with TestClient(app):
        deadline = time.monotonic() + 240
        status = "queued"
        while time.monotonic() < deadline and status not in ("done", "failed"):
            time.sleep(0.5)
            with factory() as s:
                status = s.scalar(sa.select(MatchRun.status).where(MatchRun.id == run_id))
    engine.dispose()
    assert status == "done"


def test_the_wake_after_commit_listener_exists_only_while_the_app_runs_its_job(monkeypatch):
    """Issue 16: importing matchruns registers nothing; wiring the job listens on the app's
    sessions, and stopping the runner removes the listener again."""
    from types import SimpleNamespace

    from sqlalchemy.orm import sessionmaker

    from rihai.settings import Settings

    class Recorder:
        woken = 0

        def wake(self) -> None:
            Recorder.woken += 1

    def committed_wakes(factory) -> int:  # type: ignore[no-untyped-def]
        before = Recorder.woken
        with factory() as session:  # unbound: a commit with nothing to write needs no database
            matchruns.wake_after_commit(session, Recorder())
            session.commit()
        return Recorder.woken - before

    monkeypatch.setattr(matchruns, "drain", lambda factory, **options: [])
    factory = sessionmaker()
    assert committed_wakes(factory) == 0  # nobody listens: the module registered nothing
    app = SimpleNamespace(state=SimpleNamespace(settings=Settings(environment="development"),
                                                sessionmaker=factory))
    runner = Runner()
    job = matchruns.add_job(runner, app)
    assert job is not None and matchruns.worker_for(app) is job
    assert committed_wakes(factory) == 1
    assert committed_wakes(sessionmaker()) == 0  # another app's sessions are not listened to
    runner.stop()
    assert committed_wakes(factory) == 0
