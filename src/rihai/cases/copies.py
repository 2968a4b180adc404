"""Copies of a case's owner and last activity kept beside it, and the mapper events that keep
them in step: the work queue's facet rows (``facets``), the search digests' owner, the
assignments' owner and the follow-ups' owner. Each copy lets a page read one index range instead of
walking an agency's cases (docs/operations.md, "A national instance"). They are written here, on
every insert and update of a case, person, assignment or follow-up through the ORM, so no verb can
forget them; the bulk seeder writes the same values itself, and ``tests/cases/test_facets.py``
checks the invariant after each verb.

``models.py`` registers the events when it defines the tables (``register``), and
``tasks/models.py`` those of the follow-ups (``register_tasks``): this module imports neither, so
none of them can form an import cycle (``cases.models`` may not import the ``tasks`` sub-package,
whose service imports it).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, event, insert, inspect, select, update

from . import facets

_PERSON_FACETS = (facets.Facet.PROVINCE.value, facets.Facet.DISTRICT.value)


class _Tables:
    """The mapped classes the events write, set once by ``register``."""

    Case: Any
    Person: Any
    CaseAssignment: Any
    CaseFacet: Any
    CaseSearchToken: Any
    # None until ``tasks/models.py`` is imported; see ``_case_updated``.
    CaseTask: Any = None


T = _Tables()


def register(*, case: Any, person: Any, assignment: Any, facet: Any, token: Any) -> None:
    """Listen to the writes of cases, persons and assignments (called once, by ``models.py``)."""
    T.Case, T.Person, T.CaseAssignment, T.CaseFacet, T.CaseSearchToken = case, person, assignment, facet, token
    event.listen(case, "after_insert", _case_inserted)
    event.listen(case, "after_update", _case_updated)
    event.listen(person, "after_insert", _person_inserted)
    event.listen(person, "after_update", _person_updated)
    event.listen(assignment, "before_insert", _owned_row_inserted)


def register_tasks(*, task: Any) -> None:
    """Listen to the writes of follow-ups (called once, by ``tasks/models.py``)."""
    T.CaseTask = task
    event.listen(task, "before_insert", _owned_row_inserted)


def _replace_facets(conn: Connection, case_id: uuid.UUID, kinds: tuple[str, ...],
                    new: list[dict[str, Any]], *, fresh: bool = False) -> None:
    """``fresh``: the case was just inserted, so it has no rows of these kinds to delete."""
    if not fresh:
        conn.execute(delete(T.CaseFacet).where(T.CaseFacet.case_id == case_id, T.CaseFacet.facet.in_(kinds)))
    if new:
        conn.execute(insert(T.CaseFacet), new)


def _changed(obj: Any, *names: str) -> bool:
    attrs = inspect(obj).attrs
    return any(attrs[name].history.has_changes() for name in names)


def _case_inserted(_mapper: Any, conn: Connection, case: Any) -> None:
    # A new case has no facet rows or search digests yet: only its exploitation codes to write
    # (its person's province and district follow when the person row is written).
    _replace_facets(conn, case.id, (facets.Facet.EXPLOITATION.value,),
                    facets.rows(case.id, case.owner_agency_id, case.updated_at,
                                facets.case_codes(case.exploitation_types)), fresh=True)


def _case_updated(_mapper: Any, conn: Connection, case: Any) -> None:
    # Every update of a case moves its activity time (and a transfer its owner): carry both to
    # all its facet rows, then rewrite the exploitation codes if they changed (they live on the case).
    conn.execute(update(T.CaseFacet).where(T.CaseFacet.case_id == case.id)
                 .values(owner_agency_id=case.owner_agency_id, updated_at=case.updated_at))
    if _changed(case, "owner_agency_id"):
        # A transfer: the case's search digests follow it to its new owner.
        conn.execute(update(T.CaseSearchToken).where(T.CaseSearchToken.case_id == case.id)
                     .values(owner_agency_id=case.owner_agency_id))
        conn.execute(update(T.CaseAssignment).where(T.CaseAssignment.case_id == case.id)
                     .values(owner_agency_id=case.owner_agency_id))
        if T.CaseTask is None:
            # The follow-ups' copy would be left behind silently: fail the transfer instead. Every
            # process that writes cases imports the table (``cases.service`` reaches it through the
            # queue), so this is a wiring mistake, never a user's.
            raise RuntimeError("a case moved before the follow-up table was registered (import rihai.cases.service)")
        conn.execute(update(T.CaseTask).where(T.CaseTask.case_id == case.id)
                     .values(owner_agency_id=case.owner_agency_id))
    if _changed(case, "exploitation_types"):
        _replace_facets(conn, case.id, (facets.Facet.EXPLOITATION.value,),
                        facets.rows(case.id, case.owner_agency_id, case.updated_at,
                                    facets.case_codes(case.exploitation_types)))


def _owner_and_activity(conn: Connection, person: Any) -> tuple[int, datetime] | None:
    # A flush writes the case row before its person's (the foreign key orders them), so the case
    # in memory (a new case's, loaded with its person) carries what was just written; otherwise
    # read it.
    case = person.__dict__.get("case")
    if isinstance(case, T.Case) and case.id == person.case_id and case.owner_agency_id is not None \
            and case.updated_at is not None:
        return case.owner_agency_id, case.updated_at
    row = conn.execute(select(T.Case.owner_agency_id, T.Case.updated_at).where(T.Case.id == person.case_id)).first()
    return None if row is None else (row[0], row[1])


def _write_person_facets(conn: Connection, person: Any, *, fresh: bool) -> None:
    owner = _owner_and_activity(conn, person)
    if owner is not None:
        _replace_facets(conn, person.case_id, _PERSON_FACETS,
                        facets.rows(person.case_id, owner[0], owner[1],
                                    facets.person_codes(person.home_province, person.home_district)),
                        fresh=fresh)


def _person_inserted(_mapper: Any, conn: Connection, person: Any) -> None:
    _write_person_facets(conn, person, fresh=True)


def _person_updated(_mapper: Any, conn: Connection, person: Any) -> None:
    if _changed(person, "home_province", "home_district", "case_id"):
        _write_person_facets(conn, person, fresh=False)


def _owned_row_inserted(_mapper: Any, conn: Connection, row: Any) -> None:
    # An assignment or a follow-up: the case row is written first (the foreign key orders the
    # flush), a transfer's new owner too.
    if row.owner_agency_id is None:
        row.owner_agency_id = conn.scalar(select(T.Case.owner_agency_id).where(T.Case.id == row.case_id))
