"""A case opened from a referral the agency accepted or a tracing match it confirmed (issue 19,
"close the loops").

The domain that holds the source (referrals, tracing) decides what the opener may read there and
hands it to ``stash_prefill``; the new-case form is then filled from it. The values wait in the
database (encrypted, for their opener only, for ``PREFILL_TTL``), never in a URL or a cookie: the
form's address carries only the row's random id. Opening the case consumes the row — its values
are cleared and the source's reference stays with the case (``link_origin``). Consent is still
asked on the form: a referral's consent or a family's request is not the survivor's consent to a
new case file.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.db import utcnow
from rihai.errors import Invalid, NotFound

from .models import Case, CaseOrigin

PREFILL_TTL = timedelta(hours=2)
SOURCE_KINDS = ("referral", "match")
# What a source may put on the new-case form: the person's names, sex, age, home and the
# destination country (the form's first route leg). Identifiers, contact details and notes are
# typed (or not) by the opener, with the survivor, under the new case's own consent.
PREFILL_FIELDS = frozenset({"given_name", "family_name", "name_urdu", "sex", "birth_date", "age_estimate",
                            "home_province", "home_district", "languages", "destination_country"})


def stash_prefill(session: Session, actor: Actor, *, source_kind: str, source_id: uuid.UUID,
                  source_ref: str, values: dict[str, Any]) -> uuid.UUID:
    """Callers: the referrals and tracing domains, having checked that ``actor`` may read
    ``values`` at the source. Keeps only ``PREFILL_FIELDS`` that have a value; audited with the
    field names and the source."""
    require(actor, Permission.CASES_CASE_CREATE)
    if actor.agency_id is None or actor.user_id is None:
        raise Invalid("only a member of an agency can open a case", rule="agency-member")
    if source_kind not in SOURCE_KINDS:
        raise Invalid("unknown source of a case", rule="origin-kind")
    kept = {k: v for k, v in values.items() if k in PREFILL_FIELDS and v not in (None, "", [])}
    if isinstance(kept.get("birth_date"), date):
        kept["birth_date"] = kept["birth_date"].isoformat()
    row = CaseOrigin(user_id=actor.user_id, source_kind=source_kind, source_id=source_id,
                     source_ref=source_ref[:40], values=kept, expires_at=utcnow() + PREFILL_TTL)
    session.add(row)
    session.flush()
    audit.record(session, actor, AuditTag.CASE_PREFILL, subject_type=source_kind, subject_id=source_id,
                 fields=sorted(kept), related_ids=[f"origin:{row.id}"])
    return row.id


def read_prefill(session: Session, actor: Actor, origin_id: uuid.UUID) -> CaseOrigin:
    """The opener's own, unused, unexpired prefill; anything else is not found."""
    require(actor, Permission.CASES_CASE_CREATE)
    row = session.scalar(select(CaseOrigin).where(
        CaseOrigin.id == origin_id, CaseOrigin.user_id == actor.user_id, CaseOrigin.case_id.is_(None),
        CaseOrigin.expires_at > utcnow()))
    if row is None:
        raise NotFound("this form's prefill has expired or was already used; open the referral or match again")
    return row


def form_values(row: CaseOrigin) -> dict[str, Any]:
    """The prefill as the new-case form's fields (``cases.forms`` names)."""
    values = dict(row.values or {})
    v: dict[str, Any] = {f"person.{k}": str(values[k]) for k in
                         ("given_name", "family_name", "name_urdu", "sex", "birth_date", "age_estimate",
                          "home_province", "home_district") if values.get(k) not in (None, "")}
    if values.get("birth_date"):
        v.pop("person.age_estimate", None)  # the form takes one or the other; a date is the better
    if values.get("languages"):
        v["person.languages"] = list(values["languages"])
    if values.get("destination_country"):
        v.update(leg_type=["Exploitation"], leg_country=[values["destination_country"]], leg_place=[""],
                 leg_date=[""])
    return v


def link_origin(session: Session, actor: Actor, case: Case, origin_id: uuid.UUID | str) -> CaseOrigin:
    """Right after ``open_case``: the prefill is used up (its values cleared) and the new case
    keeps the source's reference. Audited on the case."""
    try:
        origin_id = uuid.UUID(str(origin_id))
    except ValueError as exc:
        raise Invalid("this form's prefill is not valid; open the referral or match again",
                      field="origin") from exc
    row = read_prefill(session, actor, origin_id)
    row.case_id = case.id
    row.values = None
    session.flush()
    audit.record(session, actor, AuditTag.CASE_ORIGIN, subject_type="case", subject_id=case.id,
                 fields=["origin"], related_ids=[f"{row.source_kind}:{row.source_id}"])
    return row


def origin_of(session: Session, case_id: uuid.UUID) -> CaseOrigin | None:
    """Where a case came from (kind and reference; the values are gone), for its page. The caller
    has already read the case."""
    return session.scalar(select(CaseOrigin).where(CaseOrigin.case_id == case_id))


def origins_of(session: Session, source_ids: list[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """source id -> the case opened from it, for the referral or match page to link instead of
    offering to open a second case. Only ids: the source's page decides who sees the link."""
    if not source_ids:
        return {}
    rows = session.execute(select(CaseOrigin.source_id, CaseOrigin.case_id).where(
        CaseOrigin.source_id.in_(source_ids), CaseOrigin.case_id.is_not(None)))
    return {s: c for s, c in rows if c is not None}
