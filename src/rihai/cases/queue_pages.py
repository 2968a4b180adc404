"""The work queue page (``/cases``): My cases with filters, sorting and a search.

Filters are codes and travel in the GET query, so a filtered list can be bookmarked and paged;
the search names a person or a place and travels in a POST body only (with the filters beside it
as hidden fields), never in a URL. With HTMX the filter form swaps the table in place; without
JavaScript it is an ordinary form.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.errors import Invalid
from rihai.validators import districts_of, pakistan_admin
from rihai.web.deps import SessionDep
from rihai.web.forms import read_form
from rihai.web.i18n import translations
from rihai.web.pagination import page_count
from rihai.web.render import render, request_locale, rerender_on_error
from rihai.web.routing import TransactionalRoute

from . import service
from .codes import CaseStatus, Exploitation
from .labels import label
from .queue import MAX_PAGE, QueueFilter, QueueSearch, SearchKind, Sort

router = APIRouter(route_class=TransactionalRoute, include_in_schema=False)
PAGE_SIZE = 25
_FILTER_KEYS = ("status", "overdue", "province", "district", "exploitation", "mine", "sort")


def _filters(values: dict[str, Any]) -> QueueFilter:
    """The filters from a query or a form; an unknown code is dropped (a stale bookmark shows
    every case rather than an error)."""
    def code(kind: Any, raw: Any) -> Any:
        try:
            return kind(raw) if raw else None
        except ValueError:
            return None

    province = str(values.get("province") or "") or None
    if province not in pakistan_admin():
        province = None
    district = str(values.get("district") or "") or None
    if district and district not in (districts_of(province) if province else
                                     {d for p in pakistan_admin() for d in districts_of(p)}):
        district = None
    return QueueFilter(status=code(CaseStatus, values.get("status")), overdue=values.get("overdue") == "1",
                       province=province, district=district,
                       exploitation=code(Exploitation, values.get("exploitation")),
                       mine=values.get("mine") == "1", sort=code(Sort, values.get("sort")) or Sort.UPDATED)


def _query(f: QueueFilter, **extra: Any) -> str:
    pairs = {"status": f.status or "", "overdue": "1" if f.overdue else "", "province": f.province or "",
             "district": f.district or "", "exploitation": f.exploitation or "", "mine": "1" if f.mine else "",
             "sort": f.sort if f.sort is not Sort.UPDATED else "", **extra}
    return urlencode({k: v for k, v in pairs.items() if v})


def _page(request: Request, session: Any, actor: Actor, f: QueueFilter, page: int, *,
          find: QueueSearch | None = None, q: str = "", kind: str = "reference",
          errors: dict[str, str] | None = None, status_code: int = 200) -> Response:
    gettext = translations(request_locale(request)).gettext
    locale = request_locale(request)
    provinces = pakistan_admin()
    cases, total = ([], 0) if errors else service.work_queue(session, actor, filters=f, find=find, page=page,
                                                            page_size=PAGE_SIZE)
    # A search counts no further than SEARCH_CAP, a list no further than LIST_COUNT_CAP.
    cap = service.SEARCH_CAP if find is not None else service.LIST_COUNT_CAP
    ctx = {"cases": cases, "total": f"{cap:,}+" if total > cap else total, "f": f, "page": page,
           "pages": min(page_count(min(total, cap), PAGE_SIZE), MAX_PAGE), "q": q, "kind": kind,
           "searching": find is not None, "errors": errors or {},
           "lbl": lambda code: gettext(label(code)) if code else "",
           "statuses": list(CaseStatus), "exploitations": list(Exploitation), "sorts": list(Sort),
           "kinds": list(SearchKind),
           "province_options": [(k, v["ur"] if locale == "ur" else v["en"]) for k, v in provinces.items()],
           "district_options": districts_of(f.province) if f.province else [],
           "query": lambda **extra: _query(f, **extra), "display_name": service.display_name}
    return render(request, "cases/queue.html", ctx, partial="cases/_queue_table.html", status_code=status_code)


@router.get("/cases")
def work_queue(request: Request, actor: Annotated[Actor, Requires(P.CASES_CASE_READ)], session: SessionDep,
               page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1) -> Response:
    """My cases, filtered by codes in the query and sorted; rows scoped in SQL."""
    f = _filters(dict(request.query_params))
    return _page(request, session, actor, f, page)


@router.post("/cases")
async def search_queue(request: Request, actor: Annotated[Actor, Requires(P.CASES_CASE_SEARCH)],
                       session: SessionDep) -> Response:
    """The work queue searched by case reference, recruiter (name or phone) or place, within the
    filters sent beside the search."""
    v = await read_form(request, set(), strip=True)
    f = _filters(v)
    q = str(v.get("q") or "")[:200]
    kind = str(v.get("kind") or "reference")

    def work() -> Response:
        if kind not in set(SearchKind):
            raise Invalid("choose what to search by", field="kind")
        find = QueueSearch(SearchKind(kind), q)
        page = str(v.get("page") or "1")
        return _page(request, session, actor, f, int(page) if page.isdigit() and 0 < int(page) <= MAX_PAGE else 1,
                     find=find, q=q, kind=kind)

    return await rerender_on_error(session, work,
                                   lambda no: _page(request, session, actor, f, 1, q=q, kind=kind,
                                                    errors=no.errors, status_code=no.status))
