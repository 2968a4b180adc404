"""After a confirmed match (issue 19, "close the loops"): where the person is now, the family
contacted (a contact log on the request), and a case opened for the person.

- ``whereabouts``: what the imported list row says about the person now — the list's kind and
  country, the row's place, date and remarks — for a reviewer who sees that row.
- ``log_contact`` / ``list_contacts``: each attempt to reach the family, by the desk holding the
  request; the outcome is a code, the note is encrypted; audited by id and field names.
- ``prefill_case``: the new-case form filled in (through ``cases.service.stash_prefill``) with what
  the reviewer may see of a confirmed match's two records — never more than the side-by-side shows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.cases import service as case_service
from rihai.errors import Conflict, Forbidden, Invalid

from .models import ImportedPerson, TracingContact, TracingImport
from .requests import _load as load_request
from .review import CandidateView, fields_for, get_candidate
from .schemas import CandidateStatus


class ContactWay(StrEnum):
    PHONE = "phone"
    WHATSAPP = "whatsapp"
    SMS = "sms"
    VISIT = "visit"
    LETTER = "letter"
    OTHER = "other"


class ContactOutcome(StrEnum):
    REACHED = "reached"
    MESSAGE_LEFT = "message_left"
    NO_ANSWER = "no_answer"
    WRONG_NUMBER = "wrong_number"
    DECLINED = "declined"  # the family asked not to be contacted again
    OTHER = "other"


class ContactIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    contacted_on: date
    means: ContactWay
    outcome: ContactOutcome
    note: str | None = Field(default=None, max_length=2000)


@dataclass(frozen=True)
class Whereabouts:
    """What the list says of the person now. Fields the list did not have are None."""

    kind: str | None  # rescued / detained / deported / in_shelter
    country: str | None
    source: str | None
    place: str | None
    listed_on: date | None
    remarks: str | None


def whereabouts(session: Session, view: CandidateView) -> Whereabouts | None:
    """For a candidate whose other side is a list row the reviewer sees (``get_candidate`` has
    checked and audited that read); None otherwise."""
    cand = view.candidate
    if cand.other_kind != "record" or not view.other_visible:
        return None
    row = session.get(ImportedPerson, cand.other_id)
    if row is None:
        return None
    imp = session.get(TracingImport, row.import_id)
    # The row's own country (a list spanning several countries) before the list's.
    return Whereabouts(kind=imp.kind if imp else None, country=row.country or (imp.country if imp else None),
                       source=imp.source_agency if imp else None, place=row.place, listed_on=row.listed_on,
                       remarks=row.remarks)


def log_contact(session: Session, actor: Actor, request_id: uuid.UUID, *, data: ContactIn) -> TracingContact:
    """The desk holding the request records an attempt to reach the family (a pool request is
    taken up first). A date in the future is refused."""
    require(actor, Permission.TRACING_REQUEST_CREATE)
    req = load_request(session, actor, request_id)
    if req.owner_agency_id is None or req.owner_agency_id != actor.agency_id:
        raise Conflict("take this request up for your agency before contacting the family",
                       rule="owner-contacts")
    if data.contacted_on > date.today():
        raise Invalid("the date of a contact cannot be in the future", field="contacted_on")
    row = TracingContact(request_id=req.id, contacted_on=data.contacted_on, means=data.means,
                         outcome=data.outcome, note=data.note or None, created_by_id=actor.user_id)
    session.add(row)
    session.flush()
    audit.record(session, actor, AuditTag.TRACING_CONTACT_ADD, subject_type="tracing_request",
                 subject_id=req.id, fields=["contacted_on", "means", "outcome"] + (["note"] if row.note else []),
                 related_ids=[f"contact:{row.id}"])
    return row


def list_contacts(session: Session, actor: Actor, request_id: uuid.UUID) -> list[TracingContact]:
    """The request's contact log, newest first, for whoever may read the request; audited."""
    require(actor, Permission.TRACING_REQUEST_READ)
    req = load_request(session, actor, request_id)
    rows = list(session.scalars(select(TracingContact).where(TracingContact.request_id == req.id)
                                .order_by(TracingContact.contacted_on.desc(), TracingContact.id.desc())))
    if rows:
        audit.record(session, actor, AuditTag.TRACING_CONTACT_LIST, subject_type="tracing_request",
                     subject_id=req.id, related_ids=[f"contact:{r.id}" for r in rows])
    return rows


def _split(full_name: str | None) -> tuple[str | None, str | None]:
    parts = (full_name or "").split()
    if not parts:
        return None, None
    return (" ".join(parts[:-1]) or parts[0], parts[-1] if len(parts) > 1 else None)


def prefill_case(session: Session, actor: Actor, candidate_id: uuid.UUID) -> uuid.UUID:
    """Callers: a reviewer who may open cases, on a confirmed match whose two records they see and
    whose other record is not already a case. The family's request gives the values first, the
    list row fills what it left blank; only the fields the reviewer's role sees in the side by
    side. Returns the prefill's id (``cases.service.read_prefill``)."""
    require(actor, Permission.CASES_CASE_CREATE)
    view = get_candidate(session, actor, candidate_id)
    cand, req = view.candidate, view.request
    if cand.status != CandidateStatus.CONFIRMED:
        raise Conflict("only a confirmed match opens a case", rule="match-confirmed")
    if cand.other_kind == "case":
        raise Conflict("the person of this match already has a case", rule="match-is-case")
    if not view.sight.both:
        raise Forbidden("you cannot see both records of this match", rule="needs-both-sides")
    allowed = set(fields_for(actor))
    row = session.get(ImportedPerson, cand.other_id) if cand.other_kind == "record" else None
    given, family = (req.given_name, req.family_name) if (req.given_name or req.family_name) else \
        _split(row.full_name if row else None)
    values: dict[str, object] = {}
    if "name" in allowed:
        values.update(given_name=given, family_name=family)
    if "name_urdu" in allowed:
        values["name_urdu"] = req.name_urdu
    if "sex" in allowed:
        values["sex"] = req.sex or (row.sex if row else None)
    if "birth" in allowed:
        values["birth_date"] = req.birth_date or (row.birth_date if row else None)
        values["age_estimate"] = req.age if req.age is not None else (_row_age(row) if row else None)
    if "district" in allowed:
        values.update(home_province=req.home_province, home_district=req.home_district)
        imp = session.get(TracingImport, row.import_id) if row else None
        values["destination_country"] = req.destination_country or (row.country if row else None) or (
            imp.country if imp else None)
    if values.get("home_district") and not values.get("home_province"):
        values.pop("home_district")  # the form needs the province to place a district
    return case_service.stash_prefill(session, actor, source_kind="match", source_id=cand.id,
                                      source_ref=req.reference, values=values)


def _row_age(row: ImportedPerson) -> int | None:
    """The row's age, or today's age from a birth year the list gave alone."""
    if row.age is not None or row.birth_date or row.birth_year is None:
        return row.age
    return date.today().year - row.birth_year


def case_opened_from(session: Session, candidate_id: uuid.UUID) -> uuid.UUID | None:
    """The case opened from this match, if any (its id only)."""
    return case_service.origins_of(session, [candidate_id]).get(candidate_id)
