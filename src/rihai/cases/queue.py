"""The work queue: My cases filtered, sorted and searched.

Filters are codes (status, overdue follow-ups, province and district of origin, a type of
exploitation, "only mine") and may travel in a GET query; a search names a person or a place, so it
travels in a POST body only: by case reference (plain), by a recruiter's name or phone, or by a
place of the route (both through blind-index digests, ``search.py``: nothing is decrypted to find
a case). Rows are scoped in SQL the way ``list_cases`` scopes them: each disjoint piece of the
actor's scope (``visibility.scope_parts``) is queried on its own, with the filters, and the pieces
are merged; a page is bounded (at most ``MAX_PAGE`` pages deep) and counts stop past
``LIST_COUNT_CAP``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, case, false, func, literal, select
from sqlalchemy.orm import Session, aliased

from rihai import names
from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.crypto import current_keyring
from rihai.errors import Invalid
from rihai.validators import districts_of, normalise_phone, pakistan_admin

from . import search
from .codes import CaseStatus, Exploitation
from .facets import Facet, district_code
from .models import Case, CaseFacet, CaseSearchToken
from .summaries import ListedCase, listed_cases
from .tasks import service as tasks
from .visibility import (assigned_case_ids, assigned_elsewhere, case_scope_among, scope_parts, sum_of_counts,
                         union_of_pages)

LIST_COUNT_CAP = 10_000
MAX_PAGE = 400  # 10,000 rows at 25 a page: past that, narrow the filters


class Sort(StrEnum):
    UPDATED = "updated"  # newest activity first
    STALE = "stale"  # oldest activity first: the cases nobody has touched
    OPENED = "opened"  # newest opened first


class SearchKind(StrEnum):
    REFERENCE = "reference"
    RECRUITER = "recruiter"
    PLACE = "place"


@dataclass(frozen=True)
class QueueFilter:
    status: CaseStatus | None = None
    overdue: bool = False  # an open follow-up past its date
    province: str | None = None
    district: str | None = None
    exploitation: Exploitation | None = None
    mine: bool = False  # I am the caseworker
    sort: Sort = Sort.UPDATED

    @property
    def active(self) -> bool:
        return bool(self.status or self.overdue or self.province or self.district or self.exploitation
                    or self.mine)


@dataclass(frozen=True)
class QueueSearch:
    kind: SearchKind
    text: str


# A search that matches more visible cases than this names nobody in particular: narrow it.
SEARCH_CAP = 5_000


def _search_clause(session: Session, actor: Actor, s: QueueSearch) -> tuple[Any, Any, bool]:
    """(a condition on ``Case`` for the search in the actor's own agency, one for the cases of
    other agencies the actor is assigned to, whether it is broad); refused as ``Invalid`` on
    the ``q`` field. A search that names few cases is counted once within the actor's scope, and
    each piece of the list takes its own (bounded) matches as a subquery. A broad one -- "Lahore"
    in a Lahore shelter's queue -- is a filter instead: each listed case must carry every word, the
    newest page is found by walking the cases in order, and the count says only "more than
    SEARCH_CAP"."""
    text = " ".join(s.text.split())
    if not 2 <= len(text) <= 200:
        raise Invalid("a search needs 2 to 200 characters", field="q")
    if s.kind is SearchKind.REFERENCE:
        ref = re.sub(r"[\s_]+", "", text.upper())
        ref = ref if ref.startswith("RH-") else "RH-" + ref.removeprefix("RH")
        return Case.reference == ref, Case.reference == ref, False
    words = _search_words(s, text)
    # A case matches when it carries a digest of every word the searcher typed.
    word = case(*[(CaseSearchToken.digest.in_(ds), i) for i, ds in enumerate(words)])
    matches = (select(CaseSearchToken.case_id)
               .where(CaseSearchToken.digest.in_([d for ds in words for d in ds]))
               .group_by(CaseSearchToken.case_id)
               .having(func.count(func.distinct(word)) == len(words))
               .limit(SEARCH_CAP + 1))
    # Within the actor's scope, piece by piece: the cases the actor is assigned to are few; a
    # supervisor's own agency is one range of the (digest, owner, case) index per word. Joining
    # every digest of a word in the country to its case to keep the agency's own took over a
    # second at a million cases. The owner beside a digest only narrows: the list built from these
    # ids is scoped by the cases' own rows (``work_queue``).
    # Each piece of the list gets only its own ids: PostgreSQL tested each of a caseworker's 526
    # assigned cases against all 3,812 ids of "Lahore" in the agency (1.4 s at 100k cases).
    # The matches stay in the database as subqueries: a common recruiter's name or a town matches
    # thousands of an agency's cases, and carrying their ids out to Python and back as parameters
    # (each converted twice, then every matching case's row fetched to count them) cost 20 ms of
    # CPU a search at a million cases, where the database walks the same ids in a fraction of it.
    own_match: Any = None
    if actor.sees_whole_agency and actor.agency_id is not None:
        own = CaseSearchToken.owner_agency_id == actor.agency_id
        sizes = [_cases_with(session, own, ds) for ds in words]
        if min(sizes) > SEARCH_CAP:
            # (digest, owner, case) all equal: one point of the index per case walked. The owner
            # is the case's own, which its digests carry (models.py keeps them in step).
            # OFFSET 0 keeps PostgreSQL from turning the test into a join: misjudging how many
            # digests a place has, it hashed all of them and fetched each case (13,000 random
            # reads, seconds on a cold cache) instead of walking the newest few hundred.
            carries = [select(CaseSearchToken.case_id).where(
                CaseSearchToken.digest.in_(ds), CaseSearchToken.owner_agency_id == Case.owner_agency_id,
                CaseSearchToken.case_id == Case.id).offset(0).exists() for ds in words]
            return and_(*carries), and_(*carries), True
        rarest = words[sizes.index(min(sizes))]
        candidates = select(CaseSearchToken.case_id).where(own, CaseSearchToken.digest.in_(rarest))
        own_match = matches.where(own, CaseSearchToken.case_id.in_(candidates))
    # (A broad search's per-case test above covers the assigned cases too: not read before it.)
    assigned_match: Any = None
    if actor.user_id is not None and own_match is None:
        assigned_match = matches.where(CaseSearchToken.case_id.in_(assigned_case_ids(actor)))
    elif actor.user_id is not None and session.scalar(assigned_elsewhere(actor).limit(1)) is not None:
        # A supervisor's other piece: the other agencies' cases they are assigned to, usually
        # none. Matching a common name's digests against all their assignments walked every
        # such digest in the country (16 ms at a million cases) to find nothing.
        assigned_match = matches.where(CaseSearchToken.case_id.in_(assigned_elsewhere(actor)))
    found = sum(session.scalar(select(func.count()).select_from(m.subquery())) or 0
                for m in (own_match, assigned_match) if m is not None)
    if found > SEARCH_CAP:
        raise Invalid("too many cases match: add a word, or narrow the filters", field="q")
    return (false() if own_match is None else Case.id.in_(own_match),
            false() if assigned_match is None else Case.id.in_(assigned_match), False)


def _cases_with(session: Session, own: Any, digests: list[bytes]) -> int:
    """How many of the agency's cases carry one of a word's digests, counted no further than
    SEARCH_CAP + 1: one bounded range of the index."""
    capped = (select(CaseSearchToken.case_id).where(own, CaseSearchToken.digest.in_(digests))
              .distinct().limit(SEARCH_CAP + 1).subquery())
    return session.scalar(select(func.count()).select_from(capped)) or 0


def _search_words(s: QueueSearch, text: str) -> list[list[bytes]]:
    """The digests of each word of a recruiter or place search (a phone number is one word)."""
    ring = current_keyring()
    words: list[list[bytes]] = []
    if s.kind is SearchKind.RECRUITER and sum(ch.isdigit() for ch in text) >= 7:
        try:
            words = [[ring.blind(search.RECRUITER_PREFIX + "phone", normalise_phone(text))]]
        except ValueError as exc:
            raise Invalid("that is not a phone number we can read", field="q") from exc
    else:
        prefix = search.RECRUITER_PREFIX if s.kind is SearchKind.RECRUITER else search.PLACE_PREFIX
        every: set[tuple[str, str]] = set()
        for token in dict.fromkeys(names.canonical_tokens(text)):
            keys = names.search_keys(token)
            if keys:
                words.append([ring.blind(prefix + kind, tok) for kind, tok in sorted(keys)])
                every |= keys
        pairs = sorted(names.pair_keys(every))
        if 0 < len(pairs) <= 28:
            # Two words or more: the cases carrying every pair of their skeletons carry every word,
            # and each pair is about as rare as the whole name (one index range, not thousands).
            words = [[ring.blind(prefix + kind, tok)] for kind, tok in pairs]
    if not words:
        raise Invalid("write a name, a phone number or a place", field="q")
    return words


def _facet_codes(f: QueueFilter) -> list[tuple[str, list[str]]]:
    """The filters that are facets (``facets.py``): (facet, its acceptable codes), the narrowest
    first, so the index range the query walks is the shortest one."""
    codes: list[tuple[str, list[str]]] = []
    if f.district:
        # A district is named within its province; without one, every province that has it.
        provinces = [f.province] if f.province else [p for p in pakistan_admin() if f.district in districts_of(p)]
        codes.append((Facet.DISTRICT, [c for p in provinces if (c := district_code(p, f.district))]))
    elif f.province:
        codes.append((Facet.PROVINCE, [f.province]))
    if f.exploitation:
        codes.append((Facet.EXPLOITATION, [Exploitation(f.exploitation).value]))
    return codes


# One alias for every query (an alias is a reusable name; making one per query cost a tenth of a
# filtered page).
_OTHER_FACET = aliased(CaseFacet)


def _has(facet: str, codes: list[str], case_id: Any) -> Any:
    other = _OTHER_FACET
    return select(other.case_id).where(other.case_id == case_id, other.facet == facet,
                                       other.code.in_(codes)).exists()


def _case_conditions(f: QueueFilter, actor: Actor) -> list[Any]:
    where: list[Any] = []
    if f.status:
        where.append(Case.status == f.status)
    if f.mine:
        where.append(Case.caseworker_id == actor.user_id)
    return where


def _overdue(own_agency: bool, actor: Actor, today: date) -> Any:
    """The "overdue" filter for one piece of the scope. Every overdue follow-up in the country,
    read for each page, made the page cost what the country holds: in the own agency the
    agency's overdue follow-ups are one range (the owner each follow-up carries); elsewhere the
    piece is the cases the user is assigned to, few enough to test one by one."""
    if own_agency and actor.agency_id is not None:
        return Case.id.in_(tasks.overdue_case_ids(actor.agency_id, today))
    return tasks.has_overdue(Case.id, today)


_ORDER = {Sort.UPDATED: (Case.updated_at, True), Sort.STALE: (Case.updated_at, False),
          Sort.OPENED: (Case.created_at, True)}


def _part_query(part: Any, own_agency: bool, actor: Actor, f: QueueFilter, where: list[Any],
                facets: list[tuple[str, list[str]]]) -> tuple[Any, Any, bool]:
    """(select of (sort key, case id), the sort column, whether the case table is needed) for one
    piece of the scope. The actor's own agency, filtered by a facet and sorted by activity, is
    walked on the facet index (owner, facet, code, activity): a page reads a page of entries and
    the count stops at the cap, however many cases the agency holds. Everything else goes through
    the case table, with the facets as conditions."""
    column, _ = _ORDER[Sort(f.sort)]
    if own_agency and facets and f.sort in (Sort.UPDATED, Sort.STALE):
        (facet, codes), rest = facets[0], facets[1:]
        stmt = select(CaseFacet.updated_at, CaseFacet.case_id).where(
            CaseFacet.owner_agency_id == actor.agency_id, CaseFacet.facet == facet, CaseFacet.code.in_(codes),
            *[_has(fc, cs, CaseFacet.case_id) for fc, cs in rest])
        if where:
            stmt = stmt.join(Case, Case.id == CaseFacet.case_id).where(part, *where)
        return stmt, CaseFacet.updated_at, bool(where)
    stmt = select(column, Case.id).where(part, *where, *[_has(fc, cs, Case.id) for fc, cs in facets])
    return stmt, column, True


def work_queue(session: Session, actor: Actor, *, filters: QueueFilter = QueueFilter(),
               find: QueueSearch | None = None, page: int = 1, page_size: int = 25,
               today: date | None = None) -> tuple[list[ListedCase], int]:
    """A page of the cases the actor sees that pass the filters (and the search), in the chosen
    order, with a count that stops past ``LIST_COUNT_CAP`` (past ``SEARCH_CAP`` for a search: a
    count above it means "more than SEARCH_CAP"). Holders of ``cases:case:read``; a
    search needs ``cases:case:search`` too. The listed ids are audited as one event, with the
    filters' and the search's field names (never what was searched for)."""
    require(actor, Permission.CASES_CASE_READ)
    if find is not None:
        require(actor, Permission.CASES_CASE_SEARCH)
    if not 1 <= page <= MAX_PAGE:
        raise Invalid(f"pages go from 1 to {MAX_PAGE}; narrow the filters", field="page")
    where = _case_conditions(filters, actor)
    today = today or date.today()
    broad = False
    if find is not None:
        found_own, found_other, broad = _search_clause(session, actor, find)
    facets = _facet_codes(filters)
    _, newest_first = _ORDER[Sort(filters.sort)]
    window = page * page_size
    pages: list[tuple[Any, tuple[Any, ...]]] = []
    counts: list[Any] = []
    parts = scope_parts(actor)
    for i, part in enumerate(parts):
        # scope_parts puts a supervisor's own agency first (visibility.py).
        own = i == 0 and actor.sees_whole_agency and actor.agency_id is not None
        part_where = where if find is None else [*where, found_own if own else found_other]
        if filters.overdue:
            part_where = [*part_where, _overdue(own, actor, today)]
        stmt, column, _ = _part_query(part, own, actor, filters, part_where, facets)
        id_column = stmt.selected_columns[1]
        order = (column.desc() if newest_first else column.asc(), id_column)
        if find is not None and not broad:
            # A search's matches are at most SEARCH_CAP + 1: one pass over them gives the page and,
            # beside each row, how many there are (a second, counting pass looked each match's
            # case up again).
            pages.append((stmt.add_columns(func.count().over(), literal(i)), order))
        elif broad:
            # More than SEARCH_CAP cases carry every word: a page of them, and no count (walking
            # the cases to count thousands of matches would cost what the search saved).
            pages.append((stmt, order))
        else:
            pages.append((stmt, order))
            counts.append(stmt.with_only_columns(id_column).limit(LIST_COUNT_CAP + 1))
    # Every piece's page in one statement and every piece's count in another: a statement's round
    # trip and its building cost the server about as much CPU as a piece's page itself (issue 20).
    keyed: list[Any] = list(session.execute(union_of_pages(pages, window))) if pages else []
    if find is not None and not broad:
        # Each row carries its piece's number and how many matches that piece holds.
        total = sum({row[3]: row[2] for row in keyed}.values())
    elif broad:
        total = SEARCH_CAP + 1
    else:
        total = sum_of_counts(session, counts)
    sign = -1 if newest_first else 1
    keyed.sort(key=lambda row: (sign * row[0].timestamp(), str(row[1])))
    page_ids = [row[1] for row in keyed[(page - 1) * page_size:window]]
    # The facet rows only chose the ids: each listed case is checked against the scope again.
    rows = listed_cases(session, page_ids, case_scope_among(actor, page_ids))
    used = [name for name in ("status", "overdue", "province", "district", "exploitation", "mine")
            if getattr(filters, name)]
    if find is not None:
        used.append(f"search.{find.kind}")
    audit.record(session, actor, AuditTag.CASE_QUEUE, subject_type="case", fields=used,
                 related_ids=[c.id for c in rows])
    return rows, min(total, LIST_COUNT_CAP + 1)  # a search's count: at most SEARCH_CAP + 1
