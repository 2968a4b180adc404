"""Pages of the identification interview: the questionnaire (one question per row, yes / no /
don't know, works on a phone), the suggestion with its reasons, the decision form, and the
interviews panel of the case page (loaded with ``hx-get``)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from sqlalchemy.orm import Session
from starlette.responses import RedirectResponse, Response

from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.cases import service as case_service
from rihai.screening.identification import service as interviews
from rihai.screening.identification.ilo_indicators import load_indicators
from rihai.screening.identification.rules import STATUS_TEXT
from rihai.screening.identification.schemas import Status
from rihai.screening.identification.service import DecisionIn, InterviewCreate
from rihai.web.deps import SessionDep
from rihai.web.render import Refusal, render, request_locale, rerender_on_error
from rihai.web.routing import TransactionalRoute

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)
SetCode = Annotated[str | None, Query(pattern=r"^(adult|child)_(labour|sexual)$")]
_ANSWER = {"yes": True, "no": False}


def _view(request: Request, **extra: Any) -> dict[str, Any]:
    ur = request_locale(request) == "ur"
    return {"t": (lambda text: text.ur if ur else text.en), "status_text": STATUS_TEXT, "Status": Status,
            "statuses": list(Status), "errors": {}, **extra}


def _form(request: Request, session: Session, actor: Actor, case_id: uuid.UUID, set_code: str | None,
          answers: dict[str, bool | None] | None = None, errors: dict[str, str] | None = None,
          status_code: int = 200) -> Response:
    case = case_service.get_case(session, actor, case_id)
    # The interviewer's saved draft: its answers come back (unless the form is shown again with
    # what was just typed), and its set unless another set was chosen.
    draft = interviews.get_draft(session, actor, case_id)
    if draft is not None and answers is None:
        answers = dict(draft.answers or {})
        set_code = set_code or draft.set_code
    code = set_code or interviews.suggested_set(case.person.age_estimate, case.exploitation_types)
    indicators = load_indicators()
    return render(request, "identification/interview_form.html", _view(
        request, case=case, set_code=code, indicators=indicators, current=indicators.sets[code],
        answers=answers or {}, errors=errors or {}, set_codes=list(indicators.sets), draft=draft,
        progress=interviews.progress(indicators, code, answers or {})), status_code=status_code)


def _answers(form: Any) -> dict[str, bool | None]:
    return {key[2:]: _ANSWER.get(value) for key, value in form.multi_items()
            if key.startswith("a.") and isinstance(value, str)}


@router.get("/interviews/drafts")
def drafts_page(request: Request, actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_CREATE)],
                session: SessionDep) -> Response:
    """The interviewer's unfinished interviews, the stalest first."""
    indicators = load_indicators()
    rows = interviews.my_drafts(session, actor)
    refs = case_service.case_references(session, actor, [d.case_id for d in rows])
    items = [{"draft": d, "reference": refs.get(d.case_id, ""), "stale": interviews.is_stale(d),
              "set_label": indicators.sets[d.set_code].label if d.set_code in indicators.sets else None,
              "progress": interviews.progress(indicators, d.set_code, d.answers or {})
              if d.set_code in indicators.sets else None} for d in rows]
    return render(request, "identification/drafts.html", _view(request, items=items))


@router.post("/cases/{case_id}/interviews/draft")
async def save_draft(request: Request, case_id: uuid.UUID,
                     actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_CREATE)],
                     session: SessionDep) -> Response:
    """"Save draft", or each change of an answer (HTMX): the answers so far, kept for this
    interviewer; with HTMX the progress panel comes back, otherwise the form again."""
    form = await request.form()
    set_code = str(form.get("set_code") or "")
    answers = _answers(form)
    hx = request.headers.get("hx-request") == "true"

    def work() -> Response:
        draft = interviews.save_draft(session, actor, case_id, set_code=set_code, answers=answers)
        if not hx:
            return RedirectResponse(f"/cases/{case_id}/interviews/new?set_code={draft.set_code}", status_code=303)
        return render(request, "identification/_progress.html", _view(
            request, draft=draft, progress=interviews.progress(load_indicators(), draft.set_code, answers)))

    def refused(no: Refusal) -> Response:
        valid = set_code if set_code in ("adult_labour", "adult_sexual", "child_labour", "child_sexual") else None
        return _form(request, session, actor, case_id, valid, answers, no.errors, no.status)

    return await rerender_on_error(session, work, refused)


@router.get("/cases/{case_id}/interviews")
def interviews_panel(request: Request, case_id: uuid.UUID,
                     actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_READ)], session: SessionDep) -> Response:
    rows = interviews.list_for_case(session, actor, case_id)
    draft = interviews.get_draft(session, actor, case_id) if actor.can(P.SCREENING_INTERVIEW_CREATE) else None
    people = access_service.display_names(session, [i.interviewed_by_id for i in rows]
                                          + [i.decided_by_id for i in rows])
    return render(request, "identification/interviews_page.html",
                  _view(request, case_id=case_id, interviews=rows, people=people, draft=draft),
                  partial="identification/_interviews.html")


@router.get("/cases/{case_id}/interviews/new")
def new_interview(request: Request, case_id: uuid.UUID,
                  actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_CREATE)], session: SessionDep,
                  set_code: SetCode = None) -> Response:
    return _form(request, session, actor, case_id, set_code)


@router.post("/cases/{case_id}/interviews")
async def create_interview(request: Request, case_id: uuid.UUID,
                           actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_CREATE)],
                           session: SessionDep) -> Response:
    form = await request.form()
    set_code = str(form.get("set_code") or "")
    answers = _answers(form)

    def work() -> Response:
        data = InterviewCreate(set_code=set_code, answers=answers)
        interview, _ = interviews.start_interview(session, actor, case_id, data=data)
        return RedirectResponse(f"/interviews/{interview.id}", status_code=303)

    def refused(no: Refusal) -> Response:
        valid = set_code if set_code in ("adult_labour", "adult_sexual", "child_labour", "child_sexual") else None
        return _form(request, session, actor, case_id, valid, answers, no.errors, no.status)

    return await rerender_on_error(session, work, refused)


def _interview_ctx(request: Request, session: Session, actor: Actor, interview_id: uuid.UUID,
                   **extra: Any) -> dict[str, Any]:
    interview = interviews.get_interview(session, actor, interview_id)
    assessment = interviews.assess(interview)
    indicators = load_indicators()
    try:
        indicators = load_indicators(interview.indicators_version)
    except Exception:  # noqa: BLE001 - an old file that is gone: show the codes with today's labels
        pass
    s = indicators.sets[interview.set_code]
    by_code = {i.code: i for items in s.dimensions.values() for i in items}
    by_code.update({f.code: f for f in indicators.forced_labour})
    people = access_service.display_names(session, [interview.interviewed_by_id, interview.decided_by_id])
    asked = sum(len(items) for items in s.dimensions.values())
    # Below the indicator file's minimum share of answered questions (half), a suggestion rests on a
    # handful of answers, read without the cross-check the ILO indicators are meant to get from one
    # another; the rules already warn when unanswered questions could raise it, this warns either way.
    thin = assessment.answered_share < indicators.rules.min_answered_share
    return _view(request, interview=interview, assessment=assessment, by_code=by_code, people=people,
                 set_label=s.label, thin=thin, asked=asked, answered=asked - len(assessment.unanswered),
                 min_share=round(indicators.rules.min_answered_share * 100), **extra)


@router.get("/interviews/{interview_id}")
def interview_page(request: Request, interview_id: uuid.UUID,
                   actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_READ)], session: SessionDep) -> Response:
    return render(request, "identification/interview.html", _interview_ctx(request, session, actor, interview_id))


@router.post("/interviews/{interview_id}/decision")
async def decide(request: Request, interview_id: uuid.UUID,
                 actor: Annotated[Actor, Requires(P.SCREENING_INTERVIEW_DECIDE)], session: SessionDep) -> Response:
    form = await request.form()
    v = {k: str(form.get(k) or "").strip() for k in ("version", "status", "reason")}

    def decision(status_code: int = 200, **extra: Any) -> Response:
        ctx = _interview_ctx(request, session, actor, interview_id, **extra)
        return render(request, "identification/interview.html", ctx,
                      partial="identification/_interview_decision.html", status_code=status_code)

    def work() -> Response:
        interviews.decide(session, actor, interview_id, data=DecisionIn.model_validate({k: x for k, x in v.items() if x}))
        if request.headers.get("hx-request") != "true":
            return RedirectResponse(f"/interviews/{interview_id}", status_code=303)
        return decision(saved=True)

    return await rerender_on_error(session, work, lambda no: decision(no.status, v=v, errors=no.errors))
