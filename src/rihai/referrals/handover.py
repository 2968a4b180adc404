"""From an accepted referral to the receiving agency's own case (issue 19, "close the loops").

The receiving agency never opens the sender's case; once it has accepted a referral it may open a
case of its own for the person, its form filled in with what its need-to-know view of the referred
case shows — nothing more — through ``cases.service.stash_prefill``.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.cases import service as cases_service
from rihai.errors import Forbidden

from .inbox import shared_case

PREFILLED = ("given_name", "family_name", "name_urdu", "sex", "birth_date", "age_estimate", "home_province",
             "home_district", "languages")
NOT_SHARED = ("you can open a case from a referral once your agency has accepted it and you see the "
              "person's details")


def destination_country(events: list[dict[str, Any]]) -> str | None:
    """The country the person was exploited in (the last such leg), else the route's last country."""
    exploited = [e["country"] for e in events if e.get("event_type") == "Exploitation" and e.get("country")]
    anywhere = [e["country"] for e in events if e.get("country")]
    return (exploited or anywhere or [None])[-1]


def prefill_case(session: Session, actor: Actor, referral_id: uuid.UUID) -> uuid.UUID:
    """Callers: a member of the receiving agency who may open cases and who sees the referred
    person (the one who accepted, or a supervisor; consent in force). The shared view read is
    audited as always; the prefill is audited by the cases domain. Returns the prefill's id."""
    require(actor, Permission.CASES_CASE_CREATE)
    view = shared_case(session, actor, referral_id)
    if view.case is None:
        raise Forbidden(NOT_SHARED, rule="referral-open-case")
    values = {k: view.case[k] for k in PREFILLED}
    values["destination_country"] = destination_country(view.case.events)
    return cases_service.stash_prefill(session, actor, source_kind="referral", source_id=view.referral.id,
                                       source_ref=view.referral.reference, values=values)


def case_opened_from(session: Session, referral_id: uuid.UUID) -> uuid.UUID | None:
    """The case the receiving agency opened from this referral, if any (its id only)."""
    return cases_service.origins_of(session, [referral_id]).get(referral_id)
