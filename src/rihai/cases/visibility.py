"""Who may see which case, as SQL. Registered with ``access.policy`` at import.

A case is visible to an actor holding ``cases:case:read`` when the actor is assigned to it, or when
the actor holds an agency-wide role (supervisor) in the owning agency. Referrals (accepted by the
actor's agency) will add a third branch here, in the same query.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, false, func, or_, select, union_all
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.permissions import Permission, Role
from rihai.access.policy import register_scope

from .codes import NoteKind
from .models import Case, CaseAssignment, CaseSearchToken


def assigned_case_ids(actor: Actor) -> Any:
    """The ids of the cases the actor is assigned to, as a subquery: other domains scope their own
    rows by it (a referral's sender side) without reading the assignments table themselves."""
    return select(CaseAssignment.case_id).where(CaseAssignment.user_id == actor.user_id)


def case_scope(actor: Actor) -> object:
    if actor.user_id is None:
        return false()
    assigned = Case.id.in_(assigned_case_ids(actor))
    if actor.sees_whole_agency and actor.agency_id is not None:
        return or_(assigned, and_(Case.owner_agency_id == actor.agency_id))
    return assigned


register_scope(Case, Permission.CASES_CASE_READ, case_scope)


def case_scope_among(actor: Actor, case_ids: Sequence[Any]) -> object:
    """``case_scope`` for a known handful of cases (a page, a search's candidates): the same rule,
    the assignments probed for these cases only. The general scope's "assigned" branch is every
    case the actor is assigned to, which the database gathers in full before testing a single row:
    thousands, for a supervisor who opens cases or a long-serving caseworker."""
    if actor.user_id is None or not actor.can(Permission.CASES_CASE_READ):
        return false()
    assigned = Case.id.in_(select(CaseAssignment.case_id).where(
        CaseAssignment.user_id == actor.user_id, CaseAssignment.case_id.in_(list(case_ids))))
    if actor.sees_whole_agency and actor.agency_id is not None:
        return or_(assigned, Case.owner_agency_id == actor.agency_id)
    return assigned


def scope_parts(actor: Actor) -> list[object]:
    """Disjoint pieces whose union is ``case_scope``, each narrow enough for one index (the
    owner-agency index for a supervisor's own agency; the assignments for the rest). Lists and
    counts query each piece and add the results: an OR of the two made the database scan and sort
    every visible case for each page. The pieces are the scope itself, split, so a query filtered by
    one of them is scoped in SQL exactly as ``access.policy.visible`` would scope it."""
    agency, assigned = scope_pieces(actor)
    return ([agency] if agency is not None else []) + assigned


def scope_pieces(actor: Actor) -> tuple[object | None, list[object]]:
    """``scope_parts`` told apart: (the supervisor's own agency, one range of the owner indexes,
    or None; the pieces reached through the user's assignments)."""
    if actor.user_id is None or not actor.can(Permission.CASES_CASE_READ):
        return None, []
    if actor.sees_whole_agency and actor.agency_id is not None:
        # The other agencies' cases the supervisor is assigned to, found by the owner each
        # assignment carries (one index range, not every case the supervisor opened); the case's
        # own owner is the test, the copy only narrows the walk.
        return (Case.owner_agency_id == actor.agency_id,
                [and_(Case.owner_agency_id != actor.agency_id, Case.id.in_(assigned_elsewhere(actor)))])
    return None, [Case.id.in_(assigned_case_ids(actor))]


def token_scope_parts(actor: Actor) -> list[object]:
    """``scope_parts`` as conditions on search digests, each one range of the (digest, owner, case)
    index: the own agency by the owner each digest carries, the rest through the assignments. The
    owners are copies, so the parts may overlap (a search merges them) and what a search finds is
    loaded through ``case_scope`` again."""
    if actor.user_id is None or not actor.can(Permission.CASES_CASE_READ):
        return []
    if actor.sees_whole_agency and actor.agency_id is not None:
        return [CaseSearchToken.owner_agency_id == actor.agency_id,
                CaseSearchToken.case_id.in_(assigned_elsewhere(actor))]
    return [CaseSearchToken.case_id.in_(assigned_case_ids(actor))]


def assigned_elsewhere(actor: Actor) -> Any:
    """The cases of other agencies a supervisor is assigned to, by the owner each assignment
    carries (a copy, null on none but a row written past the ORM): one range of the
    (user, owner, case) index instead of every case the supervisor opened in their own agency."""
    return select(CaseAssignment.case_id).where(
        CaseAssignment.user_id == actor.user_id,
        or_(CaseAssignment.owner_agency_id.is_(None), CaseAssignment.owner_agency_id != actor.agency_id))


# Need-to-know over notes: which kinds each role reads. Psychosocial notes stay with the care team.
_NOTE_KINDS: dict[Role, frozenset[NoteKind]] = {
    Role.CASEWORKER: frozenset(NoteKind),
    Role.SUPERVISOR: frozenset(NoteKind),
    Role.INVESTIGATOR: frozenset({NoteKind.GENERAL, NoteKind.INVESTIGATION, NoteKind.LEGAL}),
    Role.PROSECUTOR: frozenset({NoteKind.GENERAL, NoteKind.INVESTIGATION, NoteKind.LEGAL}),
    Role.CONSULAR_OFFICER: frozenset({NoteKind.GENERAL, NoteKind.CONSULAR}),
}


def note_kinds(actor: Actor) -> frozenset[NoteKind]:
    kinds: set[NoteKind] = set()
    for role in actor.roles:
        kinds |= _NOTE_KINDS.get(role, frozenset())
    return frozenset(kinds)


def union_of_pages(pages: list[tuple[Any, tuple[Any, ...]]], window: int) -> Any:
    """The first ``window`` rows of each piece's (select, order), as one statement: a UNION ALL of
    each piece's ordered, limited page, so each piece is still walked on its own index. The caller
    merges the rows in its order."""
    if len(pages) == 1:
        stmt, order = pages[0]
        return stmt.order_by(*order).limit(window)
    members = [stmt.order_by(*order).limit(window).subquery() for stmt, order in pages]
    return union_all(*[select(*member.c) for member in members])


def sum_of_counts(session: Session, capped: list[Any]) -> int:
    """The rows of each piece's (already capped) select, counted and added in one statement."""
    if not capped:
        return 0
    counts = [select(func.count().label("n")).select_from(stmt.subquery()) for stmt in capped]
    if len(counts) == 1:
        return session.scalar(counts[0]) or 0
    return sum(n or 0 for n in session.scalars(union_all(*counts)))
