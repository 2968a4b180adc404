"""Coded side rows for the work queue's filters: one row per (case, facet, code), carrying the
case's owner and last activity, so a filtered page and its bounded count are one index range.

Why a side table: the filters the queue offers (province and district of origin, a type of
exploitation) live on the person row or in a JSON list of codes on the case. Filtering there made
the database walk every case of an agency in activity order and test each one (61 ms of server CPU
for a district, 53 ms for a type of exploitation at 100k cases, growing with the caseload). Here
the index ``(owner_agency_id, facet, code, updated_at, case_id)`` holds, for one agency and one code,
its cases newest first: a page reads a page of index entries and the count stops after
``LIST_COUNT_CAP`` of them, whatever the size of the country.

The rows hold codes only (a province code, a district name from the public gazetteer, an
exploitation code), as the case and person rows already do in plain; they are kept in step by the
mapper events in ``models.py`` on every insert and update of a case or person through the ORM (and written
directly by the bulk seeder), so they cannot be forgotten by a new verb. A raw ``UPDATE cases``
would bypass them: none exists, and ``tests/cases/test_facets.py`` checks the invariant after every
verb that changes a case.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum
from typing import Any



class Facet(StrEnum):
    PROVINCE = "province"
    DISTRICT = "district"
    EXPLOITATION = "exploitation"


def district_code(province: str | None, district: str | None) -> str | None:
    """Districts are named within a province: the code carries both."""
    return f"{province}/{district}" if province and district else None


def person_codes(home_province: str | None, home_district: str | None) -> list[tuple[str, str]]:
    codes = [(Facet.PROVINCE.value, home_province)] if home_province else []
    district = district_code(home_province, home_district)
    if district:
        codes.append((Facet.DISTRICT.value, district))
    return codes


def case_codes(exploitation_types: Iterable[str] | None) -> list[tuple[str, str]]:
    return [(Facet.EXPLOITATION.value, str(code)) for code in dict.fromkeys(exploitation_types or ())]


def rows(case_id: uuid.UUID, owner_agency_id: int, updated_at: datetime,
         codes: Iterable[tuple[str, str]]) -> list[dict[str, Any]]:
    """Facet rows as dicts (the bulk seeder writes these itself)."""
    return [{"case_id": case_id, "facet": facet, "code": code, "owner_agency_id": owner_agency_id,
             "updated_at": updated_at} for facet, code in codes]
