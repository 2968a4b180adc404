"""Pages of the recruiter networks: the ranking and what changed (investigators, prosecutors), an
entity and a network, the supervisors' access-request inbox, watches, and the "known elsewhere"
hint the case and tracing forms ask for with an HTMX POST (values in the body, never the URL)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Form, Query, Request
from starlette.responses import RedirectResponse, Response

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.cases import service as cases
from rihai.db import utcnow
from rihai.errors import RihaiError
from rihai.networks import service as networks
from rihai.web.deps import SessionDep
from rihai.web.render import render, rerender_on_error
from rihai.web.routing import TransactionalRoute

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)
Short = Annotated[str, Form(max_length=400)]
# Form fields the hint reads, from the case's perpetrator form and the tracing request form.
HINT_FIELDS = {"phones": "phone", "phone": "phone", "recruiter_phone": "phone", "oep_licence": "licence",
               "licence": "licence", "recruiter_licence": "licence", "cnic": "cnic", "account": "account"}


def _see_other(url: str) -> Response:
    return RedirectResponse(url, status_code=303)


@router.post("/networks/hint")
async def hint(request: Request, actor: Annotated[Actor, Requires(P.NETWORKS_HINT_READ)], session: SessionDep) -> Response:
    form = await request.form()
    values = [(kind, part.strip()) for field, kind in HINT_FIELDS.items()
              for raw in form.getlist(field) if isinstance(raw, str)
              for part in raw[:400].split(",") if part.strip()][:20]
    return render(request, "networks/_hint.html", {"hint": networks.known_elsewhere(session, actor, values)})


@router.get("/networks")
def overview(request: Request, actor: Annotated[Actor, Requires(P.NETWORKS_ENTITY_READ)], session: SessionDep) -> Response:
    return render(request, "networks/overview.html", {
        "ranked": networks.ranking(session, actor, limit=50),
        "changes": networks.changes_since(session, actor, utcnow() - timedelta(days=7)),
        "last_build": networks.last_build(session)})


def _entity_context(session, actor: Actor, entity_id: str, **extra: object) -> dict:  # type: ignore[no-untyped-def]
    page = networks.entity_page(session, actor, entity_id[:64])
    # Perpetrator roles are the cases' codes; their labels (translated in the page) are the cases'.
    return {"page": page, "decisions": networks.decisions(session, page.links), "role_label": cases.label, **extra}


@router.get("/networks/entities/{entity_id}")
def entity(request: Request, entity_id: str, actor: Annotated[Actor, Requires(P.NETWORKS_ENTITY_READ)],
           session: SessionDep) -> Response:
    return render(request, "networks/entity.html", _entity_context(session, actor, entity_id))


@router.post("/networks/entities/{entity_id}/access")
async def ask_access(request: Request, entity_id: str, actor: Annotated[Actor, Requires(P.NETWORKS_ACCESS_REQUEST)],
                     session: SessionDep, agency_id: Annotated[int, Form(ge=1, le=2_147_483_647)],
                     reason: Annotated[str, Form(max_length=2000)] = "") -> Response:
    def work() -> Response:
        networks.request_access(session, actor, entity_id=entity_id[:64], owner_agency_id=agency_id, reason=reason)
        return _see_other(f"/networks/entities/{entity_id[:64]}?asked=1")

    return await rerender_on_error(session, work, lambda no: render(
        request, "networks/entity.html", _entity_context(session, actor, entity_id, error=no.detail),
        status_code=no.status), catch=(RihaiError,))


@router.post("/networks/entities/{entity_id}/watch")
async def watch(request: Request, entity_id: str, actor: Annotated[Actor, Requires(P.NETWORKS_WATCH_MANAGE)],
                session: SessionDep) -> Response:
    networks.watch(session, actor, entity_id[:64])
    return _see_other("/networks/watches")


def _back_to_entity(entity_id: str, said: str) -> Response:
    # Entity ids are the engine's ("E-" and hex); anything else goes back to the ranking.
    if not entity_id or len(entity_id) > 64 or not all(c.isalnum() or c in "-_~:" for c in entity_id):
        return _see_other("/networks")
    return _see_other(f"/networks/entities/{entity_id}?{said}=1")


async def _decided(request: Request, session, actor: Actor, entity_id: str, said: str,  # type: ignore[no-untyped-def]
                   decide) -> Response:
    """A decision taken on the entity page (a review, a grading): back to the entity saying so, or
    the page again with the refusal."""
    def work() -> Response:
        decide()
        return _back_to_entity(entity_id, said)

    return await rerender_on_error(session, work, lambda no: render(
        request, "networks/entity.html", _entity_context(session, actor, entity_id, error=no.detail),
        status_code=no.status), catch=(RihaiError,))


@router.post("/networks/links/{link_id}/review")
async def review_link(request: Request, link_id: int, actor: Annotated[Actor, Requires(P.NETWORKS_LINK_REVIEW)],
                      session: SessionDep, decision: Annotated[str, Form(max_length=12)],
                      entity_id: Annotated[str, Form(max_length=64)] = "") -> Response:
    return await _decided(request, session, actor, entity_id, "reviewed",
                          lambda: networks.review_link(session, actor, link_id, decision))


@router.post("/networks/possible/{possible_id}/review")
async def review_possible(request: Request, possible_id: int, actor: Annotated[Actor, Requires(P.NETWORKS_LINK_REVIEW)],
                          session: SessionDep, decision: Annotated[str, Form(max_length=12)],
                          entity_id: Annotated[str, Form(max_length=64)] = "") -> Response:
    return await _decided(request, session, actor, entity_id, "reviewed",
                          lambda: networks.review_possible(session, actor, possible_id, decision))


@router.post("/networks/links/{link_id}/grade")
async def grade_link(request: Request, link_id: int, actor: Annotated[Actor, Requires(P.NETWORKS_LINK_REVIEW)],
                     session: SessionDep, reliability: Annotated[str, Form(max_length=1)],
                     information: Annotated[int, Form(ge=1, le=5)],
                     entity_id: Annotated[str, Form(max_length=64)] = "") -> Response:
    return await _decided(request, session, actor, entity_id, "graded", lambda: networks.grade(
        session, actor, link_id, reliability=reliability, information=information))


@router.get("/networks/networks/{network_id}")
def network(request: Request, network_id: str, actor: Annotated[Actor, Requires(P.NETWORKS_ENTITY_READ)],
            session: SessionDep) -> Response:
    graph = networks.network_graph(session, actor, network_id[:64])
    return render(request, "networks/network.html", {"network_id": network_id[:64], "graph": graph,
                                                     "role_label": cases.label,
                                                     "graph_url": f"/api/v1/networks/networks/{network_id[:64]}/graph",
                                                     # one time for the PDF and manifest downloaded from this page
                                                     "pack_at": networks.pack_time(None).isoformat()})


def _download(d: networks.Download) -> Response:
    # Built in memory, never cached: the body is personal data the reader may see today only.
    return Response(d.body, media_type=d.media_type, headers={
        "Content-Disposition": f'attachment; filename="{d.filename}"', "Cache-Control": "no-store, private",
        "X-Content-Type-Options": "nosniff"})


PackFor = Annotated[str, Query(alias="for", max_length=200)]
Lang = Annotated[Literal["en", "ur"], Query()]
At = Annotated[datetime | None, Query()]


@router.get("/networks/networks/{network_id}/evidence.pdf")
def evidence_pdf(network_id: str, actor: Annotated[Actor, Requires(P.NETWORKS_EVIDENCE_EXPORT)], session: SessionDep,
                 lang: Lang = "en", generated_for: PackFor = "", at: At = None) -> Response:
    return _download(networks.export_network(session, actor, network_id[:64], "evidence", lang=lang,
                                             generated_for=generated_for, at=at))


@router.get("/networks/networks/{network_id}/evidence.json")
def evidence_manifest(network_id: str, actor: Annotated[Actor, Requires(P.NETWORKS_EVIDENCE_EXPORT)],
                      session: SessionDep, lang: Lang = "en", generated_for: PackFor = "", at: At = None) -> Response:
    return _download(networks.export_network(session, actor, network_id[:64], "manifest", lang=lang,
                                             generated_for=generated_for, at=at))


@router.get("/networks/networks/{network_id}/export.{fmt}")
def graph_export(network_id: str, fmt: Literal["ftm", "gexf", "graphml", "csv"],
                 actor: Annotated[Actor, Requires(P.NETWORKS_GRAPH_EXPORT)], session: SessionDep) -> Response:
    return _download(networks.export_network(session, actor, network_id[:64], fmt))


@router.get("/networks/access-requests")
def inbox(request: Request, actor: Annotated[Actor, Requires(P.NETWORKS_ACCESS_DECIDE)], session: SessionDep) -> Response:
    return render(request, "networks/inbox.html", {"requests": networks.inbox(session, actor)})


@router.post("/networks/access-requests/{request_id}/decide")
async def decide(request: Request, request_id: int, actor: Annotated[Actor, Requires(P.NETWORKS_ACCESS_DECIDE)],
                 session: SessionDep, decision: Annotated[str, Form(max_length=8)],
                 days: Annotated[int, Form(ge=1, le=90)] = 30) -> Response:
    def work() -> Response:
        if decision == "approve":
            networks.approve(session, actor, request_id, days=days)
        else:
            networks.refuse(session, actor, request_id)
        return _see_other("/networks/access-requests")

    return await rerender_on_error(session, work, lambda no: render(
        request, "networks/inbox.html", {"requests": networks.inbox(session, actor), "error": no.detail},
        status_code=no.status), catch=(RihaiError,))


@router.get("/networks/watches")
def watches(request: Request, actor: Annotated[Actor, Requires(P.NETWORKS_WATCH_MANAGE)], session: SessionDep) -> Response:
    return render(request, "networks/watches.html", {"watches": networks.my_watches(session, actor)})


@router.post("/networks/watches/{watch_id}/delete")
def unwatch(watch_id: int, actor: Annotated[Actor, Requires(P.NETWORKS_WATCH_MANAGE)], session: SessionDep) -> Response:
    networks.unwatch(session, actor, watch_id)
    return _see_other("/networks/watches")
