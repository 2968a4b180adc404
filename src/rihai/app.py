"""``create_app(settings)``: wiring only. Nothing here reads the environment or decides policy."""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from rihai import __version__, notify
from rihai.crypto import Keyring, install_keyring
from rihai.db import make_engine, make_sessionmaker
from rihai.settings import Settings
from rihai.web.errors import install_error_handlers
from rihai.web.headers import parse_trusted_proxies
from rihai.web.middleware import BodySizeLimit, ClientAddress, RejectNulBytes, SecurityHeaders
from rihai.web.render import make_templates
from rihai.workers import Runner


def load_keyring(settings: Settings) -> Keyring:
    if settings.keyring is not None:
        return Keyring.from_json(settings.keyring.get_secret_value())
    return Keyring.load(settings.resolved_key_file)


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    # Compile the screening rules and load its model in the background, so the first person to
    # check an offer does not wait for it (about 4 s on a small machine).
    # A test process builds hundreds of apps; freezing each one's objects would keep them forever.
    freeze = app.state.settings.environment != "test"
    threading.Thread(target=_warm_screening, args=(freeze,), name="rihai-warmup", daemon=True).start()
    threading.Thread(target=_plan_statistics, args=(app.state.engine,), name="rihai-analyze",
                     daemon=True).start()
    # Background work behind one runner (rihai.workers); each domain decides whether its job runs
    # here (settings, test apps) and what it does. A national instance runs its jobs in 'rihai
    # worker' processes and none in the web ones (RIHAI_JOBS).
    runner = app.state.runner = Runner()
    jobs = background_jobs(runner, app)
    for name in chosen_jobs(app.state.settings.jobs, jobs):
        jobs[name]()
    yield
    # Work in hand finishes, then the last audit checkpoint is written; off the event loop.
    await asyncio.to_thread(runner.stop, 60.0)
    app.state.own_engine.dispose()


def background_jobs(runner: Runner | None, app: FastAPI | None) -> dict[str, Callable[[], object]]:
    """Each background job by name, with the call that adds it to ``runner`` (called only for the
    jobs this process runs)."""
    from rihai.access import audit_anchor
    from rihai.cases import duplicates
    from rihai.cases.tasks import reminders as task_reminders
    from rihai.networks import worker as networks_worker
    from rihai.stats import refresher, releaseworker
    from rihai.tracing import matchruns

    r, a = runner, app
    return {
        # Tracing match runs, woken after the commit that queues one; queued before a restart: now.
        matchruns.JOB: lambda: matchruns.add_job(r, a),
        # Notifications committed but not yet sent (by this process or one that died) go out now.
        notify.JOB: lambda: notify.add_job(r, a),
        # Signed checkpoints of the audit log's head, kept outside the database (issue 13).
        audit_anchor.JOB: lambda: audit_anchor.add_job(r, a.state.settings, a.state.engine, a.state.keyring),
        # The statistics store refreshes itself (issue 14); one process at a time, by a file lock.
        refresher.JOB: lambda: refresher.add_job(r, a),
        # Microdata releases, made outside the request that asks (issue 20); woken by its commit.
        releaseworker.JOB: lambda: releaseworker.add_job(r, a),
        # The recruiter-network graph links a new record seconds after it is saved (issue 17).
        networks_worker.JOB: lambda: networks_worker.add_job(r, a),
        # ... or only placed, from the kept weights, where the full builds run in another process.
        networks_worker.PLACE_JOB: lambda: networks_worker.add_place_job(r, a),
        # Overdue follow-ups: one reminder a day to each assignee, through the outbox (issue 19).
        task_reminders.JOB: lambda: task_reminders.add_job(r, a),
        # Probable duplicates across agencies, nightly (issue 18); open and edit find them at once.
        duplicates.JOB: lambda: duplicates.add_job(r, a),
    }


def job_names() -> list[str]:
    return list(background_jobs(None, None))


def chosen_jobs(setting: str, known: Iterable[str]) -> list[str]:
    """The jobs ``RIHAI_JOBS`` names, in the order they are added. An unknown name stops the start:
    a typo would otherwise leave, say, the outbox undelivered without a word."""
    known = list(known)
    value = setting.strip().lower()
    if value in ("", "all"):
        return known
    if value == "none":
        return []
    named = {part.strip() for part in value.split(",") if part.strip()}
    unknown = sorted(named - set(known))
    if unknown:
        raise ValueError(f"RIHAI_JOBS names unknown jobs {unknown}; known: {', '.join(known)}")
    return [name for name in known if name in named]


def _plan_statistics(engine: object) -> None:
    """SQLite gathers no planner statistics by itself; a database that has none (a fresh install,
    or one filled before this release) gets them once at start-up, in the background."""
    from rihai.db import refresh_statistics, sqlite_statistics_missing

    try:
        with engine.begin() as conn:  # type: ignore[attr-defined]
            if sqlite_statistics_missing(conn):
                refresh_statistics(conn)
    except Exception:  # noqa: BLE001 - best effort; the server works without statistics
        logging.getLogger("rihai").warning("could not gather planner statistics")


def _warm_screening(freeze: bool = True) -> None:
    from rihai.screening.offers.service import screen

    try:
        screen("warm-up")
    except Exception:  # noqa: BLE001 - warming is best effort; a real request reports errors
        logging.getLogger("rihai").warning("screening warm-up failed")
    # What start-up loaded (the app, templates, the screening model's vocabulary) lives as long as
    # the process: moved out of the collector's sight, it stops being rescanned by every full
    # collection, which otherwise paused requests at random.
    if freeze:
        gc.collect()
        gc.freeze()


def create_app(settings: Settings | None = None, *, keyring: Keyring | None = None) -> FastAPI:
    settings = settings or Settings()
    ring = keyring or load_keyring(settings)
    install_keyring(ring)
    logging.getLogger("rihai").setLevel(logging.INFO)

    app = FastAPI(title="Rihai", version=__version__, openapi_url="/api/v1/openapi.json",
                  docs_url=None, redoc_url=None,  # the hosted doc UIs load scripts from CDNs
                  lifespan=_lifespan,
                  description="Case management, referral, tracing and screening for counter-"
                              "trafficking work. Errors are RFC 9457 problem+json.")
    engine = make_engine(settings.resolved_database_url)
    app.state.settings = settings
    app.state.engine = engine
    app.state.own_engine = engine  # disposed at shutdown; tests may swap app.state.engine
    app.state.sessionmaker = make_sessionmaker(engine)
    app.state.request_gate = asyncio.Semaphore(settings.concurrent_requests)
    app.state.templates = make_templates(reload=settings.environment == "development")
    app.state.keyring = ring

    from rihai.access import admin_pages
    from rihai.access import api as access_api
    from rihai.access import auth
    from rihai.access import pages as access_pages
    from rihai.cases import api as cases_api
    from rihai.cases import pages as cases_pages
    from rihai.screening.offers import api as screening_api
    from rihai.screening.offers import pages as screening_pages
    from rihai.screening.offers.ocr import make_ocr
    from rihai.screening.tips import api as tips_api
    from rihai.screening.tips import pages as tips_pages
    from rihai.system import api as system_api

    app.state.login_throttle = auth.LoginThrottle(settings.login_attempts_per_minute_per_ip)
    app.state.screen_limiter = screening_api.make_limiter(settings.screen_requests_per_minute_per_ip)
    app.state.ocr = make_ocr(settings.ocr_backend)
    notify.install_channel(notify.make_channel(
        settings.notify_backend, host=settings.smtp_host, port=settings.smtp_port, sender=settings.smtp_from))
    if settings.screening_model_file is not None:
        from rihai.screening.offers.classifier import use_model_file

        use_model_file(settings.screening_model_file)
    routers = [system_api.router, access_api.router, cases_api.router, screening_api.router,
               tips_api.router, access_pages.router, admin_pages.router, cases_pages.router,
               screening_pages.router, tips_pages.router]
    from rihai.referrals import api as referrals_api
    from rihai.referrals import pages as referrals_pages

    routers += [referrals_api.router, referrals_pages.router]
    from rihai.cases.justice import api as justice_api
    from rihai.cases.justice import pages as justice_pages
    from rihai.cases import queue_pages
    from rihai.cases.tasks import api as task_api
    from rihai.cases.tasks import pages as task_pages
    from rihai.screening.identification import api as interview_api
    from rihai.screening.identification import pages as interview_pages

    routers += [justice_api.router, justice_pages.router, task_api.router, task_pages.router, queue_pages.router,
                interview_api.router, interview_pages.router]
    from rihai.cases.attachments import api as attachments_api
    from rihai.cases.attachments import pages as attachments_pages

    from rihai.cases.exports import pages as exports_pages
    from rihai.cases.transfers import api as transfers_api
    from rihai.cases.transfers import pages as transfers_pages

    routers += [attachments_api.router, attachments_pages.router, exports_pages.router, transfers_api.router,
                transfers_pages.router]
    from rihai.cases import link_api, link_pages

    routers += [link_api.router, link_pages.router]
    for router in routers:
        app.include_router(router)

    from rihai.tracing import api as tracing_api
    from rihai.tracing import encoded_pages as tracing_encoded_pages
    from rihai.tracing import pages as tracing_pages
    from rihai.tracing import public_pages as tracing_public_pages

    for router in (tracing_api.router, tracing_public_pages.router, tracing_pages.router,
                   tracing_encoded_pages.router):
        app.include_router(router)
    from rihai.stats import api as stats_api
    from rihai.stats import pages as stats_pages

    for router in (stats_api.router, stats_pages.router):
        app.include_router(router)
    from rihai.networks import api as networks_api
    from rihai.networks import pages as networks_pages

    for router in (networks_api.router, networks_pages.router):
        app.include_router(router)
    from rihai.networks import service as networks_service

    # The public job-offer page may say a phone is on a *published* watchlist, and nothing else
    # the networks know; screening sits below networks, so the app hands it the question.
    app.state.published_watchlist = networks_service.on_published_watchlist
    static_dir = resources.files("rihai.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static_dir)), name="static")
    install_error_handlers(app)
    app.add_middleware(SecurityHeaders, hsts=settings.cookie_secure)
    app.add_middleware(RejectNulBytes)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes,
                       uploads={path: settings.upload_max_bytes for path in (*screening_api.UPLOAD_PATHS, *tracing_api.UPLOAD_PATHS,
                                                                                   *attachments_api.UPLOAD_PATHS)})
    # Outermost: every limit and log below reads the client address it settles.
    app.add_middleware(ClientAddress, trusted=parse_trusted_proxies(settings.trusted_proxies))
    return app
