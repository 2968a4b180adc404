"""What a list of cases loads: the columns a row of a list shows (and the API's ``CaseSummary``)
and the person's names, as plain rows, not case objects. The dashboard, the work queue and search
each list 25 to 50 cases per request; loading 25 as mapped ``Case`` objects with their ``Person``
(identity map, instance state, eager-join bookkeeping) took 1.1-1.4 ms of CPU at a million cases,
as rows 0.6-1.0 ms (``bench``-style loop, 2026-12-07), and whole case rows decoded JSON lists of
codes a list never shows. A listed case is read-only: a page that changes a case loads it through
the verbs."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Case, Person


@dataclass(frozen=True, slots=True)
class ListedPerson:
    given_name: str | None
    family_name: str | None
    name_urdu: str | None
    aliases: list[str] | None
    is_minor: bool
    home_province: str | None
    home_district: str | None


@dataclass(frozen=True, slots=True)
class ListedCase:
    """A row of a list of cases, with the attribute names of ``Case`` (templates, the API's
    summary and ``service.display_name`` read either)."""

    id: uuid.UUID
    reference: str
    status: str
    trafficking_status: str
    owner_agency_id: int
    caseworker_id: int | None
    created_at: datetime
    updated_at: datetime
    is_synthetic: bool
    person: ListedPerson


_CASE_COLUMNS = (Case.id, Case.reference, Case.status, Case.trafficking_status, Case.owner_agency_id,
                 Case.caseworker_id, Case.created_at, Case.updated_at, Case.is_synthetic)
_PERSON_COLUMNS = (Person.given_name, Person.family_name, Person.name_urdu, Person.aliases, Person.is_minor,
                   Person.home_province, Person.home_district)
_N = len(_CASE_COLUMNS)
_LISTED = select(*_CASE_COLUMNS, *_PERSON_COLUMNS).join(Person, Person.case_id == Case.id)


def listed_cases(session: Session, ids: Sequence[uuid.UUID], *where: Any) -> list[ListedCase]:
    """The cases of ``ids`` that pass ``where`` (the caller's scope), in the order of ``ids``."""
    if not ids:
        return []
    rows = session.execute(_LISTED.where(Case.id.in_(list(ids)), *where))
    by_id = {r[0]: ListedCase(*r[:_N], person=ListedPerson(*r[_N:])) for r in rows}
    return [by_id[i] for i in ids if i in by_id]
