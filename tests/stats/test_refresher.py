"""Issue 14: the statistics build themselves. The web app's refresher fills an empty store, only one
refresher runs at a time, it stops at shutdown, and ``rihai demo`` leaves a filled store."""

from __future__ import annotations

import logging
import stat
import threading
import time

from factories import PASSWORD
from fastapi.testclient import TestClient
from sqlalchemy.orm import sessionmaker

from conftest import Browser
from rihai.access.actors import Actor
from rihai.cli.demo import refresh_demo_statistics
from rihai.settings import Settings
from rihai.stats import extract, refresher, service
from rihai.synthetic import ensure_directory, seed_via_services
from rihai.workers import Runner

from .conftest import OTHER, OWN


def _wait(condition, seconds: float = 120.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def _remove_store(path) -> None:  # type: ignore[no-untyped-def]
    for p in (path, path.with_name(path.name + ".wal")):
        p.unlink(missing_ok=True)


def test_app_refresher_fills_an_empty_store_and_the_dashboard_shows_counts(app, stats_world):
    _remove_store(stats_world.path)  # the cases are in the database; the store is gone
    app.state.stats_refresher_autostart = True
    app.state.stats_first_run_delay = 3600.0  # the test triggers the run itself
    with TestClient(app, base_url="http://testserver") as client:
        worker = app.state.stats_refresher
        job = app.state.runner.job(refresher.JOB)
        assert job.alive
        b = Browser(client)
        b.login(stats_world.world.users["analyst"].username, PASSWORD)
        page = b.get("/stats")
        assert page.status_code == 200
        assert 'data-testid="stats-building"' in page.text and "being built" in page.text
        assert "rihai stats refresh" not in page.text  # no command for the analyst to run
        app.state.runner.wake(refresher.JOB)
        assert _wait(lambda: worker.runs >= 1)
        page = b.get("/stats")
        assert page.status_code == 200
        assert f"People covered: {OWN + OTHER}" in page.text
        assert "stats-building" not in page.text
    assert not job.alive  # shutdown stopped the thread
    assert stat.S_IMODE(refresher.lock_path(stats_world.path).stat().st_mode) == 0o600


def test_the_test_app_starts_no_refresher_unless_asked(app):
    with TestClient(app, base_url="http://testserver"):
        assert getattr(app.state, "stats_refresher", None) is None


def test_a_zero_interval_turns_the_refresher_off(app):
    app.state.stats_refresher_autostart = True
    app.state.settings.stats_refresh_minutes = 0
    with TestClient(app, base_url="http://testserver"):
        assert getattr(app.state, "stats_refresher", None) is None


def test_two_refreshers_at_once_one_runs_the_other_skips(tmp_path, monkeypatch):
    path = extract.store_path(tmp_path)
    inside, release = threading.Event(), threading.Event()
    calls: list[int] = []

    def slow_refresh(session, actor, store, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        inside.set()
        assert release.wait(120)
        return extract.RefreshResult(0, 0.0, {})

    monkeypatch.setattr(extract, "refresh", slow_refresh)
    factory = sessionmaker()  # the fake touches no database
    results: list[object] = []
    first = threading.Thread(target=lambda: results.append(
        refresher.refresh_once(factory, path, synthetic=False)))
    first.start()
    try:
        assert inside.wait(120)
        # A second process would open its own descriptor: so does this call, and is refused.
        assert refresher.refresh_once(factory, path, synthetic=False) is None
        assert refresher.StatsRefresher(factory, path, interval_seconds=3600).run() is None
    finally:
        release.set()
        first.join(120)
    assert len(calls) == 1 and results and results[0] is not None
    # The lock is free again once the first has finished.
    assert refresher.refresh_once(factory, path, synthetic=False) is not None
    assert len(calls) == 2


def test_a_failed_refresh_is_logged_without_its_message_and_retried(tmp_path, monkeypatch, caplog):
    attempts: list[int] = []

    def failing(session, actor, store, **kwargs):  # type: ignore[no-untyped-def]
        attempts.append(1)
        raise ValueError("Zarmeena Qasimzai (TEST) broke it")

    monkeypatch.setattr(extract, "refresh", failing)
    worker = refresher.StatsRefresher(sessionmaker(), extract.store_path(tmp_path), interval_seconds=3600,
                                      first_run_delay=3600)
    runner = Runner()
    with caplog.at_level(logging.INFO, logger="rihai.stats"):
        job = worker.add_to(runner)
        try:
            runner.wake(refresher.JOB)
            assert _wait(lambda: len(attempts) >= 1)
            assert job.alive  # the thread survives and tries again next interval
            runner.wake(refresher.JOB)
            assert _wait(lambda: len(attempts) >= 2)
        finally:
            runner.stop()
    assert not job.alive and worker.runs == 0
    text = caplog.text
    assert "ValueError" in text and "Zarmeena" not in text


def test_stop_ends_an_idle_refresher(tmp_path):
    runner = Runner()
    job = refresher.StatsRefresher(sessionmaker(), extract.store_path(tmp_path), interval_seconds=3600,
                                   first_run_delay=3600).add_to(runner)
    assert job.alive
    runner.stop()
    assert not job.alive


def test_demo_seeding_leaves_a_filled_store_counting_synthetic_records(db, tmp_path):
    settings = Settings(data_dir=tmp_path, environment="test", demo=True)
    directory = ensure_directory(db)
    seed_via_services(db, directory, 15, seed=3)
    db.flush()
    refresh_demo_statistics(db, settings)
    con = service.open_store(extract.store_path(tmp_path))
    assert con is not None
    try:
        assert service.counts_synthetic(con)
        assert service.refreshed_at(con)
        assert service.population(con, Actor.system("test"), service.Filters()) >= 15
    finally:
        con.close()


def test_a_failed_first_refresh_is_retried_soon_and_backs_off_to_the_interval(tmp_path, monkeypatch):
    """A store left empty by a failed first run is retried within seconds, not after an hour;
    repeated failures double the wait up to the interval; a run that works resets it."""
    outcomes = [RuntimeError, RuntimeError, None]

    def flaky(session, actor, store, **kwargs):  # type: ignore[no-untyped-def]
        outcome = outcomes.pop(0) if outcomes else None
        if outcome is not None:
            raise outcome("database restarting")
        return extract.RefreshResult(0, 0.0, {})

    monkeypatch.setattr(extract, "refresh", flaky)
    monkeypatch.setattr(refresher, "RETRY_AFTER_FAILURE", 0.05)
    worker = refresher.StatsRefresher(sessionmaker(), extract.store_path(tmp_path), interval_seconds=3600,
                                      first_run_delay=0)
    assert worker.next_wait() == 3600
    runner = Runner()
    job = worker.add_to(runner)
    try:
        # No wake: the retries come by themselves, long before the hour is up.
        assert _wait(lambda: worker.runs >= 1, seconds=30)
    finally:
        runner.stop()
    assert not job.alive and not outcomes and worker.failures == 0
    assert worker.next_wait() == 3600
    worker.failures = 1
    assert worker.next_wait() == 0.05
    worker.failures = 3
    assert worker.next_wait() == 0.2
    worker.failures = 40
    assert worker.next_wait() == 3600
