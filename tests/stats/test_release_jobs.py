"""Microdata releases made outside the web request (``stats/releasejobs.py``): asked for on the
publishing page, made by a worker without holding a transaction, fetched by the analyst who
asked, ε given back when nothing was released, one release at a time."""

from __future__ import annotations

import io
import logging
import re
import socket
import threading
import time
from datetime import timedelta

import pandas as pd
import pytest
import sqlalchemy as sa
from conftest import signed_in
from factories import make_user

from rihai.access.models import AuditEvent
from rihai.access.permissions import Role
from rihai.db import utcnow
from rihai.stats import budget, release, releasejobs, releaseworker
from rihai.stats.models import StatsRelease, StatsReleaseFile, StatsReleaseJob

JOB_URL = re.compile(r"/stats/releases/(\d+)$")


def _ask(b, data):  # type: ignore[no-untyped-def]
    r = b.form("/stats/release", data, follow_redirects=False)
    assert r.status_code == 303, r.text[:400]
    return int(JOB_URL.search(r.headers["location"]).group(1))


@pytest.fixture
def demo_analyst(db, make_browser):  # type: ignore[no-untyped-def]
    """An analyst's browser, signed in, beside the demo population."""
    from factories import make_world

    world = make_world(db)
    db.commit()
    return signed_in(make_browser, world.users["analyst"])


def _tags(db) -> list[str]:  # type: ignore[no-untyped-def]
    return list(db.scalars(sa.select(AuditEvent.tag).where(AuditEvent.tag.like("stats:release:%"))
                           .order_by(AuditEvent.seq)))


def test_asked_on_the_page_made_by_the_worker_fetched_by_its_analyst(db, make_browser, stats_world,
                                                                    session_factory):
    b = signed_in(make_browser, stats_world.world.users["analyst"])
    job_id = _ask(b, {"k": "5"})
    assert _ask(b, {"k": "5"}) == job_id  # a second click while it waits queues nothing
    # nothing was made inside the request
    assert db.scalar(sa.select(sa.func.count()).select_from(StatsRelease)) == 0
    page = b.get(f"/stats/releases/{job_id}")
    assert page.status_code == 200 and 'data-status="queued"' in page.text and 'hx-trigger="every 3s"' in page.text
    assert b.get(f"/stats/releases/{job_id}/file").status_code == 404  # not ready
    publish = b.get("/stats/publish")
    assert 'data-testid="release-jobs"' in publish.text and f'/stats/releases/{job_id}"' in publish.text

    assert releaseworker.drain(session_factory, stats_world.path) == [job_id]
    panel = b.get(f"/stats/releases/{job_id}", headers={"HX-Request": "true"})
    assert 'data-status="done"' in panel.text and "hx-trigger" not in panel.text  # stops polling
    assert 'data-testid="release-download"' in panel.text and "<html" not in panel.text
    got = b.get(f"/stats/releases/{job_id}/file")
    assert got.status_code == 200 and got.headers["cache-control"] == "no-store"
    assert re.search(r'filename="rihai-release-\d+-k5\.csv"', got.headers["content-disposition"])
    df = pd.read_csv(io.StringIO(got.text), keep_default_na=False, dtype=str)
    rel = db.scalars(sa.select(StatsRelease)).one()
    assert len(df) == rel.rows_out and rel.k == 5 and rel.created_by_id == stats_world.world.users["analyst"].id
    assert "Zarmeena" not in got.text and "Secret" not in got.text
    assert _tags(db) == ["stats:release:queue", "stats:release:create", "stats:release:fetch"]

    # another analyst learns nothing of it, not even that it exists
    other = make_user(db, stats_world.world.agency, Role.ANALYST)
    db.commit()
    b2 = signed_in(make_browser, other)
    assert b2.get(f"/stats/releases/{job_id}").status_code == 404
    assert b2.get(f"/stats/releases/{job_id}/file").status_code == 404
    assert f"/stats/releases/{job_id}" not in b2.get("/stats/publish").text
    # a supervisor holds no release permission at all
    sup = signed_in(make_browser, stats_world.world.users["supervisor"])
    assert sup.get(f"/stats/releases/{job_id}").status_code == 403


def test_the_file_is_encrypted_at_rest_and_bound_to_its_job(db, stats_world, session_factory):
    analyst = stats_world.world.actor("analyst")
    first = releasejobs.enqueue(db, analyst, stats_world.path, mode=release.K_ANONYMOUS, k=5)
    second = releasejobs.enqueue(db, analyst, stats_world.path, mode=release.K_ANONYMOUS, k=6)
    db.commit()
    assert releaseworker.drain(session_factory, stats_world.path) == [first.id, second.id]
    raw = db.execute(sa.text("SELECT job_id, data FROM stats_release_files ORDER BY job_id")).all()
    assert len(raw) == 2
    db.expire_all()
    for _, blob in raw:
        assert b"yearOfRegistration" not in bytes(blob) and b"isForcedLabour" not in bytes(blob)
    body, _ = releasejobs.fetch(db, analyst, first.id)
    assert body.startswith(b"yearOfRegistration") or b"yearOfRegistration" in body.splitlines()[0]
    # the first job's ciphertext copied onto the second's row: refused, not served as the second's
    db.execute(sa.text("UPDATE stats_release_files SET data = :d WHERE job_id = :j"),
               {"d": raw[0][1], "j": second.id})
    db.expire_all()
    with pytest.raises(Exception) as no:
        releasejobs.fetch(db, analyst, second.id)
    assert "deleted" in str(no.value) or type(no.value).__name__ in ("InvalidTag", "KeyringError")


def test_synthetic_budget_is_checked_at_once_and_spent_when_made(db, demo_analyst, demo_population,
                                                                 session_factory, monkeypatch):
    """Made as in production: in a child process, so that the synthesiser's long holds of the
    interpreter lock never stall the web process's requests."""
    monkeypatch.setattr(releaseworker, "ISOLATE", True)
    b = demo_analyst
    first = _ask(b, {"mode": "dp-synthetic", "epsilon": "3"})
    # queued, not yet charged: the next ask is refused now, counting what is queued before it
    refused = b.form("/stats/release", {"mode": "dp-synthetic", "epsilon": "2"})
    assert refused.status_code == 422 and "ε=1 left" in refused.text and "queued" in refused.text
    assert budget.remaining(db) == 4.0
    assert releaseworker.drain(session_factory, demo_population) == [first]
    db.expire_all()
    assert budget.remaining(db) == pytest.approx(1.0)
    job = db.get(StatsReleaseJob, first)
    assert job.status == "done" and job.charged_micro == 0 and job.release.epsilon_total == 3
    got = b.get(f"/stats/releases/{first}/file")
    assert got.status_code == 200 and "SYNTHETIC-dp" in got.headers["content-disposition"]
    assert re.search(r"\(\W*ε = 3\W*\)", re.sub(r"<[^>]+>", "", b.get(f"/stats/releases/{first}").text))


def test_a_failed_release_gives_its_epsilon_back(db, demo_analyst, demo_population, session_factory,
                                                 monkeypatch, caplog):
    b = demo_analyst
    job_id = _ask(b, {"mode": "dp-synthetic", "epsilon": "2"})
    seen: list[float] = []

    def breaks(frame, **kw):  # type: ignore[no-untyped-def]
        with session_factory() as s:
            seen.append(budget.remaining(s))  # charged (and committed) before the rows were read
        raise MemoryError("Zarmeena Qasimzai (TEST) in row 7")

    monkeypatch.setattr(release, "synthetic_csv", breaks)
    with caplog.at_level(logging.INFO, logger="rihai.stats"):
        releaseworker.drain(session_factory, demo_population)
    assert "MemoryError" in caplog.text and "Zarmeena" not in caplog.text  # logged by its type only
    assert seen == [pytest.approx(2.0)]
    db.expire_all()
    job = db.get(StatsReleaseJob, job_id)
    assert job.status == "failed" and job.error == "MemoryError" and job.running_slot is None
    assert budget.remaining(db) == 4.0 and job.charged_micro == 0
    assert db.scalar(sa.select(sa.func.count()).select_from(StatsRelease)) == 0
    page = b.get(f"/stats/releases/{job_id}")
    assert 'data-testid="release-error"' in page.text and "MemoryError" not in page.text
    assert b.get(f"/stats/releases/{job_id}/file").status_code == 404


def test_a_release_refused_when_its_turn_comes_says_why_in_urdu(db, demo_analyst, demo_population,
                                                                 session_factory):
    b = demo_analyst
    job_id = _ask(b, {"mode": "dp-synthetic", "epsilon": "3"})
    budget.charge(db, 2.0)  # another release spent the budget meanwhile (the CLI's, say)
    db.commit()
    releaseworker.drain(session_factory, demo_population)
    db.expire_all()
    job = db.get(StatsReleaseJob, job_id)
    assert job.status == "failed" and job.error_rule == "privacy-budget" and "ε=2 left" in job.error
    assert budget.remaining(db) == pytest.approx(2.0)  # nothing charged for it
    page = b.get(f"/stats/releases/{job_id}?lang=ur")
    assert 'dir="rtl"' in page.text and "The lifetime privacy budget left could not pay for it." not in page.text
    assert job.error in page.text.replace("&#39;", "'")  # the exact sentence, marked as English


def test_one_release_at_a_time_and_a_dead_worker_is_reaped_with_a_refund(db, stats_world, session_factory):
    analyst = stats_world.world.actor("analyst")
    jobs = [releasejobs.enqueue(db, analyst, stats_world.path, mode=release.K_ANONYMOUS, k=k) for k in (5, 6)]
    db.commit()
    assert releaseworker.claim(session_factory, jobs[0].id) == jobs[0].id
    assert releaseworker.claim(session_factory, jobs[1].id) is None  # the slot is taken
    # the first one's process died after charging ε
    budget.charge(db, 1.0)
    db.execute(sa.update(StatsReleaseJob).where(StatsReleaseJob.id == jobs[0].id)
               .values(worker="%s:999999999" % socket.gethostname(), charged_micro=1_000_000))
    db.commit()
    assert releaseworker.claim(session_factory) == jobs[1].id  # reaped, so the slot was free again
    db.expire_all()
    dead = db.get(StatsReleaseJob, jobs[0].id)
    assert dead.status == "failed" and dead.error == "WorkerLost" and dead.charged_micro == 0
    assert budget.remaining(db) == 4.0


def test_a_job_reaped_while_it_worked_publishes_nothing(db, stats_world, session_factory, monkeypatch):
    analyst = stats_world.world.actor("analyst")
    job = releasejobs.enqueue(db, analyst, stats_world.path, mode=release.K_ANONYMOUS, k=5)
    db.commit()
    real = release.k_anonymous_csv

    def reaped_meanwhile(frame, k):  # type: ignore[no-untyped-def]
        with session_factory() as s:  # what another host's reaper does after MAX_RUN
            releaseworker._fail(s, job.id, "WorkerLost", None, worker=None)
            s.commit()
        return real(frame, k)

    monkeypatch.setattr(release, "k_anonymous_csv", reaped_meanwhile)
    assert releaseworker.drain(session_factory, stats_world.path) == [job.id]
    db.expire_all()
    assert db.get(StatsReleaseJob, job.id).status == "failed"
    assert db.scalar(sa.select(sa.func.count()).select_from(StatsRelease)) == 0
    assert db.scalar(sa.select(sa.func.count()).select_from(StatsReleaseFile)) == 0


def test_files_are_deleted_after_a_week_and_the_page_says_so(db, make_browser, stats_world, session_factory):
    b = signed_in(make_browser, stats_world.world.users["analyst"])
    job_id = _ask(b, {"k": "5"})
    releaseworker.drain(session_factory, stats_world.path)
    db.execute(sa.update(StatsReleaseJob).where(StatsReleaseJob.id == job_id)
               .values(finished_at=utcnow() - releasejobs.KEEP - timedelta(minutes=1)))
    assert releaseworker.purge(db) == 1
    db.commit()
    assert db.get(StatsReleaseFile, job_id) is None
    assert b.get(f"/stats/releases/{job_id}/file").status_code == 404
    assert "was deleted 7 days after" in b.get(f"/stats/releases/{job_id}").text
    assert db.scalar(sa.select(sa.func.count()).select_from(StatsRelease)) == 1  # the ledger keeps it


def test_bad_asks_are_refused_on_the_form(make_browser, stats_world):
    b = signed_in(make_browser, stats_world.world.users["analyst"])
    for data in ({"mode": "nonsense"}, {"mode": "dp-synthetic", "epsilon": "x"},
                 {"mode": "dp-synthetic", "epsilon": "nan"}, {"mode": "dp-synthetic", "epsilon": "0"},
                 {"year_from": "2030", "year_to": "2020"}):
        r = b.form("/stats/release", data, follow_redirects=False)
        assert r.status_code == 422 and 'data-testid="publish-error"' in r.text, data
    assert b.form("/stats/release", {"k": "1"}, follow_redirects=False).status_code == 422
    assert b.get("/stats/releases/0").status_code == 422
    assert b.get("/stats/releases/99999").status_code == 404


def test_the_instance_stays_writable_while_a_release_is_made(tmp_path, keyring, monkeypatch):
    """The failure this replaces: at a million people a release made inside its request held
    SQLite's write lock for minutes, and every other write failed. On a database of its own
    (worker threads cannot share the test's connection), a write commits while a release is
    being made, and a synthetic release's charge is already committed (and visible) by then."""
    from factories import make_agency

    from rihai.access.actors import Actor
    from rihai.access.auth import actor_for
    from rihai.db import make_engine, make_sessionmaker
    from rihai.migrations import upgrade
    from rihai.stats import extract
    from rihai.synthetic import bulk_seed, ensure_directory

    url = f"sqlite:///{tmp_path / 'rihai.db'}"
    upgrade(url)
    engine = make_engine(url)
    factory = make_sessionmaker(engine)
    store = extract.store_path(tmp_path)
    with factory() as s:
        analyst = actor_for(make_user(s, make_agency(s), Role.ANALYST), via="web")
        bulk_seed(s, ensure_directory(s), 300, seed=7, workers=0)
        s.flush()
        extract.refresh(s, Actor.system("test"), store, synthetic=True)
        job = releasejobs.enqueue(s, analyst, store, mode=release.DP_SYNTHETIC, k=11, epsilon=1.0)
        s.commit()
    working, go_on = threading.Event(), threading.Event()
    real = release.synthetic_csv

    def slow(frame, **kw):  # type: ignore[no-untyped-def]
        working.set()
        assert go_on.wait(60)
        return real(frame, **kw)

    monkeypatch.setattr(release, "synthetic_csv", slow)
    worker = threading.Thread(target=releaseworker.drain, args=(factory, store))
    worker.start()
    try:
        assert working.wait(60)
        began = time.monotonic()
        with factory() as s:  # another desk's change, while the release is being made
            s.execute(sa.text("UPDATE stats_privacy_budgets SET updated_at = updated_at"))
            s.commit()
            assert budget.remaining(s) == pytest.approx(3.0)  # the charge is committed already
        assert time.monotonic() - began < 5  # not the 30 s busy timeout
    finally:
        go_on.set()
        worker.join(120)
    with factory() as s:
        done = s.get(StatsReleaseJob, job.id)
        assert done.status == "done" and done.release.epsilon_total == 1.0
        assert budget.remaining(s) == pytest.approx(3.0)
    engine.dispose()
