"""JSON API for statistics: suppressed counts (analysts, supervisors for their agency) and
differentially private tables (analysts; each call spends privacy budget and is audited)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, status

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.stats import extract, release, service
from rihai.stats.schemas import CountRow, CountsRead, NoisyRow, TablesCreate, TablesRead
from rihai.web.deps import SessionDep
from rihai.web.routing import TransactionalRoute

router = APIRouter(prefix="/api/v1", route_class=TransactionalRoute, tags=["stats"])

Year = Annotated[int | None, Query(ge=1990, le=2100)]
Code = Annotated[str | None, Query(max_length=40)]


@router.get("/stats/counts/{key}", response_model=CountsRead)
def counts(request: Request, key: str, actor: Annotated[Actor, Requires(P.STATS_AGGREGATE_READ)],
           year_from: Year = None, year_to: Year = None, province: Code = None,
           exploitation: Code = None, gender: Code = None) -> CountsRead:
    """One breakdown, suppressed; refused (422) when the filters could isolate anyone."""
    f = service.make_filters(year_from, year_to, province, exploitation, gender)
    if key not in service.DIMENSIONS:
        from rihai.errors import NotFound

        raise NotFound("no such breakdown", field="key", rule="known-chart")
    p = service.chart_panel(extract.store_path(request.app.state.settings.data_dir), actor, key, f)
    return CountsRead(key=p.key, title=p.title, rows=[CountRow(category=c, count=v) for c, v in p.rows],
                      total=p.total, synthetic=p.synthetic)


@router.post("/stats/tables", response_model=TablesRead, status_code=status.HTTP_201_CREATED)
def tables(request: Request, body: TablesCreate, actor: Annotated[Actor, Requires(P.STATS_RELEASE_CREATE)],
           session: SessionDep) -> TablesRead:
    """Differentially private counts with 95% margins; refused when the budget is spent."""
    out, rel = release.create_tables(session, actor, extract.store_path(request.app.state.settings.data_dir),
                                     epsilon=body.epsilon,
                                     filters=service.make_filters(body.year_from, body.year_to))
    return TablesRead(release_id=rel.id, epsilon=body.epsilon, epsilon_left=rel.details["epsilon_left"],
                      synthetic=rel.details.get("synthetic", False), tables={
        k: [NoisyRow(category=c, count=max(n.value, 0), margin95=n.margin) for c, n in rows]
        for k, rows in out.items()})
