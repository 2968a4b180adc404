"""The graph builds itself in the web process (issue 17): a commit that touches a source wakes the
build job, other commits do not, a build in its own transaction links the new record, a restart
within the period places from the kept weights without building first, and the test app starts
no job unless asked."""

from __future__ import annotations

import time
from datetime import date, timedelta
from types import SimpleNamespace

from factories import make_case
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from rihai.cases import service as cases
from rihai.cases.schemas import ConsentCreate, NoteCreate
from rihai.db import make_engine, make_sessionmaker, utcnow
from rihai.migrations import upgrade
from rihai.networks import worker
from rihai.networks.builds import WEIGHTS
from rihai.networks.models import NetworkBuild, NetworkRecord


class FakeJob:
    def __init__(self) -> None:
        self.wakes = 0

    def wake(self) -> None:
        self.wakes += 1


class FakeRunner:
    """Records the job instead of starting a thread: the test's sessions share one connection."""

    def __init__(self) -> None:
        self.added: dict[str, dict] = {}
        self.job = FakeJob()

    def add(self, name, work, **options):  # type: ignore[no-untyped-def]
        self.added[name] = {"work": work, **options}
        return self.job


def _app(session_factory, tmp_path, minutes: int = 60):  # type: ignore[no-untyped-def]
    settings = SimpleNamespace(networks_build_minutes=minutes, environment="production", data_dir=tmp_path)
    return SimpleNamespace(state=SimpleNamespace(settings=settings, sessionmaker=session_factory))


def test_a_committed_perpetrator_wakes_the_build_and_the_build_links_it(session_factory, db, committed_world,
                                                                         tmp_path):
    runner = FakeRunner()
    job = worker.add_job(runner, _app(session_factory, tmp_path))  # type: ignore[arg-type]
    try:
        assert job is runner.job
        options = runner.added[worker.JOB]
        assert options["every"] == 3600 and options["first"] == 0  # start-up build, then hourly
        actor = committed_world.actor("caseworker")

        db.commit()  # nothing touched: no build
        assert runner.job.wakes == 0

        case = make_case(db, actor)
        cases.record_consent(db, actor, case.id, data=ConsentCreate(purpose="LawEnforcement", given=True,
                                                                    consent_date=date.today()))
        db.commit()
        assert runner.job.wakes == 1

        cases.add_note(db, actor, case.id, data=NoteCreate(body="Called the survivor (TEST)."))
        db.commit()  # a note is no source
        assert runner.job.wakes == 1

        make_case(db, actor)  # a perpetrator, rolled back: nothing to link
        db.rollback()
        db.commit()
        assert runner.job.wakes == 1

        build_id = options["work"]()
        assert build_id is not None
        assert db.scalar(select(func.count()).select_from(NetworkRecord)
                         .where(NetworkRecord.source_id == str(case.id))) == 1
        assert (tmp_path / worker.LOCK_NAME).exists()
    finally:
        options["at_stop"]()  # the listeners go with the job
    make_case(db, committed_world.actor("caseworker"))
    db.commit()
    assert runner.job.wakes == 1


def test_zero_minutes_turns_the_job_off(session_factory, tmp_path):
    runner = FakeRunner()
    assert worker.add_job(runner, _app(session_factory, tmp_path, minutes=0)) is None  # type: ignore[arg-type]
    assert runner.added == {}


def test_the_test_app_starts_no_build_job_unless_asked(app):
    with TestClient(app, base_url="http://testserver"):
        assert app.state.runner.job(worker.JOB) is None


def test_after_a_build_a_saved_perpetrator_is_placed_not_rebuilt(session_factory, db, committed_world, tmp_path):
    runner = FakeRunner()
    worker.add_job(runner, _app(session_factory, tmp_path))  # type: ignore[arg-type]
    options = runner.added[worker.JOB]
    try:
        actor = committed_world.actor("caseworker")
        first = make_case(db, actor)
        cases.record_consent(db, actor, first.id, data=ConsentCreate(purpose="LawEnforcement", given=True,
                                                                     consent_date=date.today()))
        db.commit()
        options["work"]()  # the start-up build, or a placement falling back to it: weights are cached
        second = make_case(db, committed_world.actor("other_caseworker"))
        cases.record_consent(db, committed_world.actor("other_caseworker"), second.id, data=ConsentCreate(
            purpose="LawEnforcement", given=True, consent_date=date.today()))
        db.commit()
        run_id = options["work"]()
        run = db.get(NetworkBuild, run_id)
        assert (run.via, run.status, run.added) == ("place", "placed", 1)
        nets = dict(db.execute(select(NetworkRecord.source_id, NetworkRecord.network_id)).all())
        assert nets[str(second.id)] == nets[str(first.id)]  # the factories' one recruiter, one network
        assert options["work"]() is not None  # nothing saved since: the periodic full build
        assert db.get(NetworkBuild, options["work"]()).via != "place"
    finally:
        options["at_stop"]()


def _consented_case(db, actor):  # type: ignore[no-untyped-def]
    case = make_case(db, actor)
    cases.record_consent(db, actor, case.id, data=ConsentCreate(purpose="LawEnforcement", given=True,
                                                                consent_date=date.today()))
    db.commit()
    return case


def test_a_restarted_process_places_from_the_kept_weights_without_a_start_up_build(session_factory, db,
                                                                                   committed_world, tmp_path):
    """A restart within the period (a deploy, or a second web process starting) does not run the
    full build first: the graph was built lately and the weights are kept, so the next saved
    record is placed by a process that never built. Past the period, the start-up build runs."""
    first = _consented_case(db, committed_world.actor("caseworker"))
    runner = FakeRunner()
    worker.add_job(runner, _app(session_factory, tmp_path))  # type: ignore[arg-type]
    options = runner.added[worker.JOB]
    try:
        built = options["work"]()  # the very first start: nothing built yet, so the full build
        assert db.get(NetworkBuild, built).via != "place"
    finally:
        options["at_stop"]()

    WEIGHTS.clear()  # the restart: no weights in memory
    runner = FakeRunner()
    worker.add_job(runner, _app(session_factory, tmp_path))  # type: ignore[arg-type]
    options = runner.added[worker.JOB]
    try:
        assert options["work"]() is None  # the start-up run: built within the hour, weights kept
        assert db.scalar(select(func.max(NetworkBuild.id))) == built
        second = _consented_case(db, committed_world.actor("other_caseworker"))
        run = db.get(NetworkBuild, options["work"]())
        assert (run.via, run.status, run.added) == ("place", "placed", 1)
        nets = dict(db.execute(select(NetworkRecord.source_id, NetworkRecord.network_id)).all())
        assert nets[str(second.id)] == nets[str(first.id)]
    finally:
        options["at_stop"]()

    # The latest build finished more than the period ago: the start-up build runs.
    db.execute(update(NetworkBuild).values(finished_at=utcnow() - timedelta(minutes=61)))
    db.commit()
    WEIGHTS.clear()
    runner = FakeRunner()
    worker.add_job(runner, _app(session_factory, tmp_path))  # type: ignore[arg-type]
    options = runner.added[worker.JOB]
    try:
        run = db.get(NetworkBuild, options["work"]())
        assert run.via != "place" and run.status == "done"
    finally:
        options["at_stop"]()


def test_a_web_process_of_a_national_instance_places_from_the_kept_weights_and_never_builds(
        session_factory, db, committed_world, tmp_path):
    """``networks-place``: the builder (another process) built; this process's save is placed at
    the commit's wake from the kept weights; a watchlist or review (only the full build takes
    it) is left to the builder: no build row is added. Beside the build job it is not added."""
    first = _consented_case(db, committed_world.actor("caseworker"))
    built = worker.build_once(session_factory, tmp_path)  # the builder, elsewhere
    WEIGHTS.clear()  # this process never built
    runner = FakeRunner()
    job = worker.add_place_job(runner, _app(session_factory, tmp_path))  # type: ignore[arg-type]
    options = runner.added[worker.PLACE_JOB]
    try:
        assert job is runner.job and "every" not in options  # woken by commits only
        assert options["work"]() is None  # nothing saved
        second = _consented_case(db, committed_world.actor("other_caseworker"))
        assert runner.job.wakes >= 1
        run = db.get(NetworkBuild, options["work"]())
        assert (run.via, run.status, run.added) == ("place", "placed", 1)
        nets = dict(db.execute(select(NetworkRecord.source_id, NetworkRecord.network_id)).all())
        assert nets[str(second.id)] == nets[str(first.id)]

        latest = db.scalar(select(func.max(NetworkBuild.id)))
        assert worker.build_once(session_factory, tmp_path, {worker._FULL}, place_only=True) is None
        assert db.scalar(select(func.max(NetworkBuild.id))) == latest > built
    finally:
        options["at_stop"]()

    both = _app(session_factory, tmp_path)
    runner = FakeRunner()
    worker.add_job(runner, both)  # type: ignore[arg-type]
    try:
        assert worker.add_place_job(FakeRunner(), both) is None  # type: ignore[arg-type]
    finally:
        runner.added[worker.JOB]["at_stop"]()


def test_the_start_up_check_reads_beside_an_open_writer(tmp_path, keyring):
    """``built_lately`` only reads: on SQLite it must not queue for the write lock, so a process
    starting while another transaction writes is not held (up to 30 s) before serving."""
    url = f"sqlite:///{tmp_path / 'start.db'}"
    upgrade(url)
    engine = make_engine(url)
    try:
        factory = make_sessionmaker(engine)
        with factory() as s:
            s.add(NetworkBuild(via="test", status="done", finished_at=utcnow()))
            s.commit()
        with factory() as writer:
            writer.add(NetworkBuild(via="test"))
            writer.flush()  # this thread now holds the write lock until the rollback
            started = time.monotonic()
            assert worker.built_lately(factory, 60) is False  # built lately, but no kept weights
            assert time.monotonic() - started < 5
            writer.rollback()
    finally:
        engine.dispose()
