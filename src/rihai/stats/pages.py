"""Statistics pages: the dashboard (filters by HTMX, charts as server-drawn images with CSV/SVG/PNG
downloads) and the publishing page (k-anonymous CSV, noisy tables, national report).

Reading aggregates is a GET. Anything that creates a release (and so is recorded in the ledger and
the audit log) is a POST with the CSRF token."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi import Path as Path_
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.errors import Invalid, RihaiError
from rihai.stats import budget, charts, extract, labels, release, releasejobs, releaseworker, report, service
from rihai.web.deps import SessionDep
from rihai.web.render import render, request_locale, rerender_on_error
from rihai.web.routing import TransactionalRoute

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)

# Years arrive as text: a blank box in the filter form is "any year", not a 422.
Year = Annotated[str | None, Query(max_length=8)]
Code = Annotated[str | None, Query(max_length=40)]
FormYear = Annotated[str | None, Form(max_length=8)]
FORMATS = {"svg": "image/svg+xml", "png": "image/png", "csv": "text/csv; charset=utf-8"}


def store(request: Request) -> Path:
    return extract.store_path(request.app.state.settings.data_dir)


def _year(value: str | None, name: str) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise Invalid("the year must be a number such as 2025", field=name, rule="year")
    return int(value)


def _epsilon(value: str | None) -> float:
    try:
        return float((value or "").strip())
    except ValueError:
        raise Invalid("ε must be a number such as 1 or 0.5", field="epsilon", rule="number") from None


def _filters(year_from: str | None, year_to: str | None, province: str | None = None,
             exploitation: str | None = None, gender: str | None = None) -> service.Filters:
    return service.make_filters(_year(year_from, "year_from"), _year(year_to, "year_to"), province,
                                exploitation, gender)


def _query(f: service.Filters) -> str:
    return "&".join(f"{k}={v}" for k, v in f.active().items())


@router.get("/stats")
async def dashboard(request: Request, actor: Annotated[Actor, Requires(P.STATS_AGGREGATE_READ)],
                    year_from: Year = None, year_to: Year = None, province: Code = None,
                    exploitation: Code = None, gender: Code = None) -> Response:
    locale = request_locale(request)
    ctx: dict[str, object] = {"choices": _choices(), "f": service.Filters(), "query": "",
                              "refresh_minutes": request.app.state.settings.stats_refresh_minutes,
                              "name": lambda key, code: labels.name(key, code, locale)}

    def board(status_code: int = 200, **extra: object) -> Response:
        return render(request, "stats/dashboard.html", {**ctx, **extra}, partial="stats/_board.html",
                      status_code=status_code)

    def work() -> Response:
        f = _filters(year_from, year_to, province, exploitation, gender)
        return board(f=f, query=_query(f), board=service.dashboard(store(request), actor, f))

    # Reads the statistics store only: no transaction to roll back.
    return await rerender_on_error(None, work, lambda no: board(no.status, error=no.detail), catch=(RihaiError,))


@router.get("/stats/charts/{key}.{fmt}")
def chart(request: Request, key: str, fmt: str, actor: Annotated[Actor, Requires(P.STATS_AGGREGATE_READ)],
          year_from: Year = None, year_to: Year = None, province: Code = None,
          exploitation: Code = None, gender: Code = None) -> Response:
    if fmt not in FORMATS:
        raise Invalid("the format must be svg, png or csv", field="fmt", rule="format")
    if key not in service.DIMENSIONS:
        raise Invalid("no such chart", field="key", rule="known-chart")
    panel = service.chart_panel(store(request), actor, key,
                                _filters(year_from, year_to, province, exploitation, gender))
    locale = request_locale(request)
    body = charts.panel_csv(panel, locale).encode() if fmt == "csv" else charts.render(panel, fmt, locale)
    headers = {"Content-Disposition": f'attachment; filename="rihai-{key}.{fmt}"'} if fmt != "svg" \
        or request.query_params.get("download") else {}
    return Response(body, media_type=FORMATS[fmt], headers=headers)


def _publish(request: Request, session: SessionDep, actor: Actor, **ctx: object) -> dict[str, object]:
    ledger = release.ledger(session, actor)
    # the utility report of the latest synthetic release, beside the form that makes one
    latest = next((r for r in ledger if r.kind == "synthetic"), None)
    jobs = releasejobs.my_jobs(session, actor) if actor.can(P.STATS_RELEASE_CREATE) else []
    return {"k": 11, "epsilon": 1.0, "mode": release.K_ANONYMOUS, "modes": release.MODES,
            "cap": budget.EPSILON_CAP, "left": budget.remaining(session), "ledger": ledger,
            "latest_synthetic": latest, "jobs": jobs, "keep_days": releasejobs.KEEP.days, **ctx}


@router.get("/stats/publish")
def publish_page(request: Request, actor: Annotated[Actor, Requires(P.STATS_REPORT_EXPORT)],
                 session: SessionDep) -> Response:
    return render(request, "stats/publish.html", _publish(request, session, actor))


@router.post("/stats/release")
async def microdata(request: Request, actor: Annotated[Actor, Requires(P.STATS_RELEASE_CREATE)],
                    session: SessionDep, k: Annotated[int, Form(ge=2, le=1000)] = 11,
                    mode: Annotated[str, Form(max_length=16)] = release.K_ANONYMOUS,
                    epsilon: Annotated[str | None, Form(max_length=16)] = None,
                    year_from: FormYear = None, year_to: FormYear = None) -> Response:
    """Asks for a release: a worker makes it outside this request (at a million people it takes
    minutes to an hour, and a request holding it held the instance's write lock as long:
    ``releasejobs.py``). Answers with the job's page, which follows it and offers the file."""

    def work() -> Response:
        # a k-anonymous release ignores the ε box (it spends no ε)
        eps = _epsilon(epsilon) if mode == release.DP_SYNTHETIC else None
        job = releasejobs.enqueue(session, actor, store(request), mode=mode, k=k, epsilon=eps,
                                  filters=_filters(year_from, year_to))
        if (worker := releaseworker.worker_for(request.app)) is not None:
            releaseworker.wake_after_commit(session, worker)
        return RedirectResponse(f"/stats/releases/{job.id}", status_code=303)

    return await rerender_on_error(session, work, lambda no: render(
        request, "stats/publish.html",
        _publish(request, session, actor, mode=mode, k=k, epsilon=epsilon or 1.0, error=no.detail),
        status_code=no.status), catch=(RihaiError,))


@router.get("/stats/releases/{job_id}")
def release_job(request: Request, job_id: Annotated[int, Path_(ge=1, le=2**31 - 1)], session: SessionDep,
                actor: Annotated[Actor, Requires(P.STATS_RELEASE_CREATE)]) -> Response:
    """The job's page (HTMX polls its panel while it waits or runs): the analyst's own only."""
    job = releasejobs.get_job(session, actor, job_id)
    if job.status == releasejobs.QUEUED and (worker := releaseworker.worker_for(request.app)) is not None:
        worker.wake()  # queued before a restart, say: it gets a worker now
    return render(request, "stats/release_job.html", {"job": job, "keep_days": releasejobs.KEEP.days,
                                                      "ahead": releasejobs.ahead_of(session, job)},
                  partial="stats/_release_job.html")


@router.get("/stats/releases/{job_id}/file")
def release_file(request: Request, job_id: Annotated[int, Path_(ge=1, le=2**31 - 1)], session: SessionDep,
                 actor: Annotated[Actor, Requires(P.STATS_RELEASE_CREATE)]) -> Response:
    """The finished CSV, to the analyst who asked; each fetch is audited."""
    body, filename = releasejobs.fetch(session, actor, job_id)
    return Response(body, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"',
                             "Cache-Control": "no-store"})


@router.post("/stats/tables")
async def noisy_tables(request: Request, actor: Annotated[Actor, Requires(P.STATS_RELEASE_CREATE)],
                       session: SessionDep, epsilon: Annotated[float, Form(gt=0, le=10)] = 1.0,
                       year_from: FormYear = None, year_to: FormYear = None,
                       format: Annotated[str, Form(max_length=8)] = "html") -> Response:
    def work():  # type: ignore[no-untyped-def]
        return release.create_tables(session, actor, store(request), epsilon=epsilon,
                                     filters=_filters(year_from, year_to))

    locale = request_locale(request)

    def answer() -> Response:
        tables, rel = work()
        if format == "csv":
            return Response(release.tables_csv(tables, synthetic=rel.details.get("synthetic", False)),
                            media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": f'attachment; filename="rihai-dp-{rel.id}.csv"'})
        return render(request, "stats/tables.html", {"tables": tables, "release": rel,
                                                     "titles": {k: service.DIMENSIONS[k].title for k in tables},
                                                     "name": lambda key, code: labels.name(key, code, locale)})

    return await rerender_on_error(session, answer, lambda no: render(
        request, "stats/publish.html", _publish(request, session, actor, epsilon=epsilon, error=no.detail),
        status_code=no.status), catch=(RihaiError,))


@router.post("/stats/report")
async def national_report(request: Request, actor: Annotated[Actor, Requires(P.STATS_REPORT_EXPORT)],
                          session: SessionDep, format: Annotated[str, Form(max_length=8)] = "pdf",
                          year_from: FormYear = None, year_to: FormYear = None) -> Response:
    if format not in ("pdf", "xlsx"):
        raise Invalid("the format must be pdf or xlsx", field="format", rule="format")

    locale = request_locale(request)  # the report in the page's language (issue 14)

    def work() -> bytes:
        return report.export(session, actor, store(request), _filters(year_from, year_to), format, locale)

    body = await run_in_threadpool(work)
    media = "application/pdf" if format == "pdf" else \
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="rihai-national-report.{format}"'})


def _choices() -> dict[str, list[str]]:
    from rihai.stats.release import DP_DOMAINS

    return {"province": DP_DOMAINS["province"][:-1],
            "exploitation": ["ForcedLabour", "SexualExploitation", "ChildLabour", "ForcedMarriage", "Servitude",
                             "ForcedBegging", "ForcedCriminality", "OrganRemoval", "Other"],
            "gender": ["Feminine", "Masculine", "TransgenderFeminine", "TransgenderMasculine", "NonConforming"]}
