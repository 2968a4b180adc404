"""What a list of cases loads: the columns a row of a list shows (and the API's ``CaseSummary``),
and the person's names. The dashboard, the work queue and search each list 25 cases per page;
loading whole case rows decoded every JSON list of codes (exploitation, means of control,
recruitment) and every timestamp of 25 rows that a list never shows, a third of the query's cost.
A column left out is still loaded on first use, one row at a time: add it here instead."""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy.orm import joinedload, load_only

from .models import Case, Person

_CASE_COLUMNS = (Case.reference, Case.version, Case.status, Case.trafficking_status, Case.owner_agency_id,
                 Case.caseworker_id, Case.created_at, Case.updated_at, Case.is_synthetic)
_PERSON_COLUMNS = (Person.given_name, Person.family_name, Person.name_urdu, Person.aliases, Person.is_minor)


@functools.cache
def summary_options(*person_columns: Any) -> tuple[Any, ...]:
    """Loader options for a list's cases; ``person_columns``: what else the list shows of the person
    (the work queue: the home province and district). Built once per set of columns: options
    are immutable, and building them anew cost a twentieth of a page."""
    return (load_only(*_CASE_COLUMNS),
            joinedload(Case.person).load_only(*_PERSON_COLUMNS, *person_columns))
