"""Desk pages: tracing requests (list, new, detail, take up), list imports (upload -> column
mapping -> report), the match run and the review queue (waterfall, side by side, decide)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, File, Form, Path, Request, UploadFile
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.errors import Invalid
from rihai.tracing import images, service
from rihai.tracing.api import nudge_worker, wake_worker
from rihai.tracing.public_pages import form_context, read_form, read_photo, refused_form, to_schema
from rihai.tracing.schemas import ListKind, RequestStatus
from rihai.web.deps import IdPath, SessionDep
from rihai.web.pagination import PageNumber, page_count
from rihai.validators import countries
from rihai.web.render import Refusal, render, request_locale, rerender_on_error
from rihai.web.routing import TransactionalRoute
from rihai.web.uploads import private_image, read_optional_upload, read_upload

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)
PAGE = 25


def _see_other(url: str) -> Response:
    return RedirectResponse(url, status_code=303)


# --------------------------------------------------------------------------- requests
@router.get("/tracing")
def request_list(request: Request, actor: Annotated[Actor, Requires(P.TRACING_REQUEST_READ)], session: SessionDep,
                 page: PageNumber = 1, status: RequestStatus | None = None) -> Response:
    rows, total = service.list_requests(session, actor, status=status, page=page, page_size=PAGE)
    return render(request, "tracing/requests.html", {"rows": rows, "total": total, "page": page, "status": status,
                                                     "statuses": list(RequestStatus),
                                                     "pages": page_count(total, PAGE)})


@router.get("/tracing/requests/new")
def request_new(request: Request, actor: Annotated[Actor, Requires(P.TRACING_REQUEST_CREATE)]) -> Response:
    return render(request, "tracing/new_request.html", form_context(request, {}, {}))


@router.post("/tracing/requests")
async def request_create(request: Request, actor: Annotated[Actor, Requires(P.TRACING_REQUEST_CREATE)],
                         session: SessionDep) -> Response:
    values = await read_form(request)
    photo = await read_photo(request)

    def work() -> Response:
        req, secret = service.create_request(session, actor, data=to_schema(values), photo=photo)
        return render(request, "tracing/filed.html", {"reference": req.reference, "secret": secret,
                                                      "request_id": req.id}, status_code=201)

    return await rerender_on_error(session, work, refused_form(request, "tracing/new_request.html", values, photo))


@router.get("/tracing/requests/{request_id}")
def request_page(request: Request, request_id: uuid.UUID, session: SessionDep,
                 actor: Annotated[Actor, Requires(P.TRACING_REQUEST_READ)]) -> Response:
    return render(request, "tracing/request.html", _request_context(session, actor, request_id))


def _request_context(session, actor: Actor, request_id: uuid.UUID, **extra: object) -> dict:  # type: ignore[no-untyped-def]
    req = service.get_request(session, actor, request_id)
    candidates, seen = [], {}
    if actor.can(P.TRACING_MATCH_REVIEW):
        candidates, _ = service.list_candidates(session, actor, status=None, request_id=req.id, page_size=50)
        seen = service.sights(session, actor, candidates)
    # The photo is identity: linked only for roles that see names (the route checks again).
    photo = "name" in service.fields_for(actor) and service.has_photo(session, req.id)
    contacts = service.list_contacts(session, actor, req.id)
    return {"req": req, "candidates": candidates, "seen": seen, "photo": photo, "contacts": contacts,
            "contact_ways": list(service.ContactWay), "contact_outcomes": list(service.ContactOutcome),
            "today": date.today().isoformat(), **extra}


@router.post("/tracing/requests/{request_id}/contacts")
async def contact_log(request: Request, request_id: uuid.UUID, session: SessionDep,
                      actor: Annotated[Actor, Requires(P.TRACING_REQUEST_CREATE)]) -> Response:
    """The desk records an attempt to reach the family; a refusal is shown beside the form."""
    form = await request.form()
    v = {k: str(form.get(k) or "").strip() for k in ("contacted_on", "means", "outcome", "note")}

    def work() -> Response:
        service.log_contact(session, actor, request_id,
                            data=service.ContactIn.model_validate({k: x for k, x in v.items() if x}))
        return _see_other(f"/tracing/requests/{request_id}#contacts")

    return await rerender_on_error(session, work, lambda no: render(
        request, "tracing/request.html", _request_context(session, actor, request_id, contact_v=v,
                                                          contact_errors=no.errors), status_code=no.status))


async def _on_request_page(request: Request, session, actor: Actor, request_id: uuid.UUID,  # type: ignore[no-untyped-def]
                           verb, *, error_key: str = "error") -> Response:
    """Run ``verb`` (claim, close, add or remove the photo) and go back to the request's page; a
    refusal (a stale version, not yours, a photo too big) is shown on that page under ``error_key``."""
    def work() -> Response:
        verb()
        return _see_other(f"/tracing/requests/{request_id}")

    return await rerender_on_error(session, work, lambda no: render(
        request, "tracing/request.html", _request_context(session, actor, request_id, **{error_key: no.detail}),
        status_code=no.status))


@router.post("/tracing/requests/{request_id}/claim")
async def request_claim(request: Request, request_id: uuid.UUID, session: SessionDep,
                  actor: Annotated[Actor, Requires(P.TRACING_REQUEST_CREATE)],
                  version: Annotated[int, Form(ge=1, le=2_147_483_647)]) -> Response:
    return await _on_request_page(request, session, actor, request_id,
                                  lambda: service.claim_request(session, actor, request_id, version=version))


@router.post("/tracing/requests/{request_id}/close")
async def request_close(request: Request, request_id: uuid.UUID, session: SessionDep,
                  actor: Annotated[Actor, Requires(P.TRACING_REQUEST_CREATE)],
                  version: Annotated[int, Form(ge=1, le=2_147_483_647)]) -> Response:
    return await _on_request_page(request, session, actor, request_id,
                                  lambda: service.close_request(session, actor, request_id, version=version))


@router.get("/tracing/requests/{request_id}/photo")
def request_photo(request_id: uuid.UUID, session: SessionDep,
                  actor: Annotated[Actor, Requires(P.TRACING_REQUEST_READ)]) -> Response:
    photo = service.request_photo(session, actor, request_id)
    return private_image(photo.data, photo.media_type)


@router.post("/tracing/photos")
async def request_photo_add(request: Request, session: SessionDep,
                            actor: Annotated[Actor, Requires(P.TRACING_REQUEST_CREATE)],
                            request_id: Annotated[uuid.UUID, Form()]) -> Response:
    """Add or replace the photo from the request page (the path holds no id: the body-size cap
    allows photo-sized bodies on exact paths only)."""
    form = await request.form()
    data = await read_optional_upload(form.get("photo"), images.MAX_BYTES) or b""
    return await _on_request_page(request, session, actor, request_id,
                                  lambda: service.attach_photo(session, actor, request_id, data=data),
                                  error_key="photo_error")


@router.post("/tracing/photos/remove")
async def request_photo_remove(request: Request, session: SessionDep,
                         actor: Annotated[Actor, Requires(P.TRACING_REQUEST_CREATE)],
                         request_id: Annotated[uuid.UUID, Form()]) -> Response:
    """Remove the photo from the request page (the id in the body, beside the add form's)."""
    return await _on_request_page(request, session, actor, request_id,
                                  lambda: service.remove_photo(session, actor, request_id))


# --------------------------------------------------------------------------- imports
def _imports_page(request: Request, session, actor: Actor, *, error: str | None = None,  # type: ignore[no-untyped-def]
                  code: int = 200) -> Response:
    rows, total = service.list_imports(session, actor)
    names = countries(request_locale(request))
    return render(request, "tracing/imports.html", {"rows": rows, "total": total, "kinds": list(ListKind),
                                                    "countries": sorted(names.items(), key=lambda kv: kv[1]),
                                                    "error": error}, status_code=code)


@router.get("/tracing/imports")
def imports_page(request: Request, actor: Annotated[Actor, Requires(P.TRACING_LIST_IMPORT)],
                 session: SessionDep) -> Response:
    return _imports_page(request, session, actor)


@router.post("/tracing/imports")
async def import_upload(request: Request, actor: Annotated[Actor, Requires(P.TRACING_LIST_IMPORT)],
                        session: SessionDep, file: Annotated[UploadFile, File()],
                        source_agency: Annotated[str, Form(max_length=200)] = "",
                        kind: Annotated[str, Form(max_length=16)] = "",
                        country: Annotated[str, Form(max_length=8)] = "") -> Response:
    async def work() -> Response:
        data = await read_upload(request, file, what="lists")
        try:
            list_kind = ListKind(kind)
        except ValueError as exc:
            raise Invalid("choose what kind of list this is", field="kind") from exc
        imp = await run_in_threadpool(service.stage_import, session, actor, data=data, filename=file.filename or "",
                                      source_agency=source_agency, kind=list_kind, country=country or None)
        return _see_other(f"/tracing/imports/{imp.id}")

    return await rerender_on_error(session, work, lambda no: _imports_page(request, session, actor,
                                                                           error=no.detail, code=no.status))


def _import_context(request: Request, session, imp, *, mapping=None, readings=None,  # type: ignore[no-untyped-def]
                    choices=None, error=None) -> dict:
    ctx = {"imp": imp, "error": error, "targets": service.TARGETS, "readings": service.READINGS,
           "already": service.already_imported(session, imp),
           "country_names": countries(request_locale(request))}
    if imp.status == "staged":
        # The importer's own values, to them, on this page only (issue 19): a few a column, how
        # the dates will be read, which countries are not known. Never logged, audited or stored.
        preview = service.preview(imp, mapping, readings)
        ctx.update(headers=list(preview.samples), mapping=mapping or imp.mapping, choices=choices or {},
                   preview=preview,
                   country_options=sorted(ctx["country_names"].items(), key=lambda kv: kv[1]))
    return ctx


@router.get("/tracing/imports/{import_id}")
def import_page(request: Request, import_id: IdPath, session: SessionDep,
                actor: Annotated[Actor, Requires(P.TRACING_LIST_IMPORT)]) -> Response:
    imp = service.get_import(session, actor, import_id)
    return render(request, "tracing/import.html", _import_context(request, session, imp))


# On the mapping form, an unknown country's select: "" not answered yet, "-" leave it blank.
LEAVE_BLANK = "-"


@router.post("/tracing/imports/{import_id}/store")
async def import_store(request: Request, import_id: IdPath, session: SessionDep,
                       actor: Annotated[Actor, Requires(P.TRACING_LIST_IMPORT)]) -> Response:
    form = await request.form()
    mapping = {str(k)[4:]: str(v) for k, v in form.multi_items() if str(k).startswith("map:")}
    readings = {str(k)[8:]: str(v) for k, v in form.multi_items() if str(k).startswith("reading:")}
    # Each unknown country text travels back in the form body beside its answer (never the URL).
    answers = {str(text): str(code) for text, code in zip(form.getlist("country_text"), form.getlist("country_code"))}
    choices = {text: ("" if code == LEAVE_BLANK else code) for text, code in answers.items() if code}

    def work() -> Response:
        service.store_import(session, actor, import_id, mapping=mapping, readings=readings, countries=choices)
        return _see_other(f"/tracing/imports/{import_id}")

    def refused(no: Refusal) -> Response:
        imp = service.get_import(session, actor, import_id)
        return render(request, "tracing/import.html",
                      _import_context(request, session, imp, mapping=mapping, readings=readings, choices=answers,
                                      error=no.detail), status_code=no.status)

    return await rerender_on_error(session, work, refused)


# --------------------------------------------------------------------------- matching and review
@router.get("/tracing/candidates")
def candidates_page(request: Request, actor: Annotated[Actor, Requires(P.TRACING_MATCH_REVIEW)],
                    session: SessionDep, page: PageNumber = 1) -> Response:
    rows, total = service.list_candidates(session, actor, page=page, page_size=PAGE)
    seen = service.sights(session, actor, rows)
    run = service.latest_run(session, actor) if actor.can(P.TRACING_MATCH_RUN) else None
    if run is not None:
        nudge_worker(request, run)
    # A request's reference only where its side is seen (with the secret, it is the family's key).
    refs = service.references(session, [c.request_id for c in rows if seen[c.id].request])
    return render(request, "tracing/candidates.html", {"rows": rows, "total": total, "page": page, "run": run,
                                                       **(_run_progress(run) if run else {}),
                                                       "seen": seen, "refs": refs,
                                                       "pages": page_count(total, PAGE)})


@router.post("/tracing/match")
def match_run(request: Request, actor: Annotated[Actor, Requires(P.TRACING_MATCH_RUN)],
              session: SessionDep) -> Response:
    """Queue a run (executed outside this request) and show its progress on the matches page."""
    run = service.enqueue_match(session, actor)
    wake_worker(request, session)
    if request.headers.get("hx-request") == "true":
        return render(request, "tracing/_match_run.html", {"run": run, **_run_progress(run)}, status_code=202)
    return _see_other("/tracing/candidates")


def _run_progress(run) -> dict:  # type: ignore[no-untyped-def]
    stage, frac = service.progress_of(run)
    return {"stage": stage, "percent": round(100 * frac)}


@router.get("/tracing/match/runs/{run_id}")
def match_run_status(request: Request, run_id: IdPath, session: SessionDep,
                     actor: Annotated[Actor, Requires(P.TRACING_MATCH_RUN)]) -> Response:
    """The run's status panel; HTMX polls it while the run is queued or running."""
    run = service.get_run(session, actor, run_id)
    nudge_worker(request, run)
    # The poll that sees the run done tells the page to fetch its list of matches again.
    done = run.status == "done" and request.headers.get("hx-request") == "true"
    return render(request, "tracing/_match_run.html", {"run": run, **_run_progress(run)},
                  headers={"HX-Trigger": "matchesChanged"} if done else None)


@router.get("/tracing/candidates/{candidate_id}")
def candidate_page(request: Request, candidate_id: uuid.UUID, session: SessionDep,
                   actor: Annotated[Actor, Requires(P.TRACING_MATCH_REVIEW)]) -> Response:
    return render(request, "tracing/candidate.html", _candidate_context(session, actor, candidate_id))


def _candidate_context(session, actor: Actor, candidate_id: uuid.UUID, **extra: object) -> dict:  # type: ignore[no-untyped-def]
    view = service.get_candidate(session, actor, candidate_id)
    photos = service.candidate_photo_sides(session, actor, view.candidate, bool(view.request_fields),
                                           view.other_visible)
    opened = service.case_opened_from(session, candidate_id) if view.candidate.status == "confirmed" else None
    return {"v": view, "bars": bars(view.waterfall), "photos": photos, "now": service.whereabouts(session, view),
            "opened_case": opened, **extra}


@router.post("/tracing/candidates/{candidate_id}/open-case")
async def candidate_open_case(request: Request, candidate_id: uuid.UUID, session: SessionDep,
                              actor: Annotated[Actor, Requires(P.CASES_CASE_CREATE)]) -> Response:
    """A confirmed match's next step: the new-case form, filled in with what the reviewer sees
    (kept server-side; the address carries only the prefill's id)."""
    def work() -> Response:
        origin = service.prefill_case(session, actor, candidate_id)
        return _see_other(f"/cases/new?origin={origin}")

    return await rerender_on_error(session, work, lambda no: render(
        request, "tracing/candidate.html", _candidate_context(session, actor, candidate_id, error=no.detail),
        status_code=no.status))


@router.get("/tracing/candidates/{candidate_id}/photos/{side}")
def candidate_photo(candidate_id: uuid.UUID, side: Annotated[str, Path(pattern="^(request|other)$")],
                    session: SessionDep, actor: Annotated[Actor, Requires(P.TRACING_MATCH_REVIEW)]) -> Response:
    photo = service.candidate_photo(session, actor, candidate_id, side)
    return private_image(photo.data, photo.media_type)


@router.post("/tracing/candidates/{candidate_id}/decision")
async def candidate_decide(request: Request, candidate_id: uuid.UUID, session: SessionDep,
                     actor: Annotated[Actor, Requires(P.TRACING_MATCH_REVIEW)],
                     decision: Annotated[str, Form(pattern="^(confirm|reject|propose)$")],
                     version: Annotated[int, Form(ge=1, le=2_147_483_647)]) -> Response:
    """Confirm / reject (both records seen), accept / refuse (the desk a proposal waits for, with
    the same two buttons), or propose (one record seen); a refusal is shown on the page."""
    def work() -> Response:
        if decision == "propose":
            service.propose(session, actor, candidate_id, version=version)
        else:
            service.decide(session, actor, candidate_id, confirm=decision == "confirm", version=version)
        return _see_other(f"/tracing/candidates/{candidate_id}")

    # A refusal the audit log keeps is raised before anything changed, and is committed with its row.
    return await rerender_on_error(session, work, lambda no: render(
        request, "tracing/candidate.html", _candidate_context(session, actor, candidate_id, error=no.detail),
        status_code=no.status))


def bars(steps: list[dict]) -> list[dict]:
    """The waterfall as rows a template can draw without inline styles: a width class 0-10 from
    the weight's size, a direction (for or against), and the running total."""
    out, running = [], 0.0
    biggest = max((abs(float(s["match_weight"])) for s in steps), default=1.0) or 1.0
    for s in steps:
        w = float(s["match_weight"])
        running += w
        out.append({**s, "width": min(10, round(abs(w) / biggest * 10)), "dir": "for" if w >= 0 else "against",
                    "running": running, "odds": s["bayes_factor"]})
    return out
