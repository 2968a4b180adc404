"""Case verbs: open, read, list, search, edit, assign, change status; plus notes, consent, route
legs and perpetrators (in ``records.py``, re-exported here). This module is the only way other
domains reach case records.

Every verb takes the acting ``Actor``, checks its permission, scopes rows in SQL through
``access.policy.visible`` and records an audit event naming field names only. A case the actor may
not see is reported as not found, so its existence is not revealed.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from rihai import names
from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission, Role
from rihai.access.service import User, require
from rihai.db import utcnow
from rihai.errors import Conflict, Invalid, NotFound
from rihai.validators import normalise_district

from . import search as case_search
from .justice import service as justice
from .codes import CaseStatus, ConsentPurpose
from .models import Case, CaseAssignment, Consent, Person
from .summaries import ListedCase, listed_cases
from .schemas import CaseCreate, CaseUpdate, StatusChange

# The published surface of the domain: other domains import these from here, never the modules
# behind them (an import-linter ``protected`` contract holds them to it).
# Records of a case (notes, consent, route legs, perpetrators) and who sees what:
from .records import (  # noqa: F401
    add_event, add_note, add_perpetrator, build_event, build_perpetrator, consent_covers, consent_in_force,
    list_notes, record_consent, withdraw_consent)
from .sharing import FieldGroup, SharedCase, consents_of, shared_view, summary_view  # noqa: F401
from .consent_counts import count_without_consent  # noqa: F401
from .counts import LIST_COUNT_CAP, count_visible  # noqa: F401  (bounded dashboard and list counts)
from .queue import SEARCH_CAP, QueueFilter, QueueSearch, SearchKind, Sort, work_queue  # noqa: F401  (the work queue)
from .tasks.service import TaskCreate, add_task, overdue_count, tasks_for_case  # noqa: F401  (follow-ups)
from .origins import form_values as prefill_values, link_origin, origin_of, origins_of, read_prefill, stash_prefill  # noqa: F401
from .duplicates import check_case as check_duplicates, find_duplicates  # noqa: F401
from .links import LINK_LABELS, LinkReason, decide_link, link_hints, link_inbox, person_links, request_link, unlink  # noqa: F401,E501
from .status import (case_references, check_open_work, decide_trafficking_status, ensure_visible,  # noqa: F401
                     register_open_work, visible_case_ids)
from .justice.service import completion_counts as plan_completion_counts  # noqa: F401
# Attached files, print and export, transfers: sub-domains with their own front doors.
from .attachments.service import (AttachmentFile, add_attachment, list_attachments, read_attachment,  # noqa: F401
                                  shared_attachment_file, shared_attachments, kinds_for as attachment_kinds)
from .exports.service import case_list_csv, case_summary_pdf  # noqa: F401
from .transfers.service import (accept_transfer, propose_transfer, refuse_transfer,  # noqa: F401
                                remove_from_team)
from .visibility import assigned_case_ids, case_scope, case_scope_among, note_kinds, scope_parts, sum_of_counts, token_scope_parts, union_of_pages  # noqa: F401  (registers the scope)
# Published reads, each with its consent rule beside the tables: coded facts (statistics), the
# people whose family-tracing consent is in force, the perpetrators survivors named.
from .coded_facts import (  # noqa: F401
    FACT_FIELDS, FactBatch, case_key, count_eligible_cases, eligible_case_keys, iter_case_facts,
    newest_case_change, withheld_case_ids)
from .justice.service import iter_prosecution_facts, iter_support_facts  # noqa: F401
from .persons import TracingPerson, case_caseworker, persons_for_tracing  # noqa: F401
from .perpetrators import OffenceCodes, PerpetratorMention, offence_codes, perpetrator_mentions  # noqa: F401
# The vocabulary other domains speak: codes, their labels and validated field types.
from .codes import ConsentGivenBy, NoteKind, TraffickingStatus  # noqa: F401
from .justice.service import JUSTICE_LABELS  # noqa: F401
from .labels import label  # noqa: F401
from .schemas import ConsentCreate, Cnic, Country, OepLicence, Passport, Phone, Province  # noqa: F401

_REF_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read out over the phone
IDENTIFYING = {"given_name", "family_name", "name_urdu", "aliases", "guardian_name", "cnic",
               "passport", "phones"}


def _new_reference(session: Session) -> str:
    while True:
        ref = "RH-" + "".join(secrets.choice(_REF_ALPHABET) for _ in range(8))
        if session.scalar(select(Case.id).where(Case.reference == ref)) is None:
            return ref


def display_name(case: Case | ListedCase) -> str:
    p = case.person
    latin = " ".join(filter(None, [p.given_name, p.family_name]))
    return latin or p.name_urdu or (p.aliases or ["—"])[0]


def _derive_age(person: Person, birth: date | None, age: int | None, minor: bool | None) -> None:
    today = date.today()
    if birth:
        person.birth_date = birth.isoformat()
        person.birth_year = birth.year
        years = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
        person.age_estimate = years
    elif age is not None:
        person.birth_date = None
        person.age_estimate = age
        person.birth_year = today.year - age
    computed_minor = person.age_estimate is not None and person.age_estimate < 18
    person.is_minor = bool(minor) if minor is not None else computed_minor


def open_case(session: Session, actor: Actor, *, data: CaseCreate, is_synthetic: bool = False) -> Case:
    """Caseworkers, investigators and consular officers open a case for their own agency.
    The opener is assigned to it (and is its caseworker), so they can see it at once."""
    require(actor, Permission.CASES_CASE_CREATE)
    if actor.agency_id is None:
        raise Invalid("only a member of an agency can open a case", rule="agency-member")
    p = data.person
    person = Person(given_name=p.given_name, family_name=p.family_name, name_urdu=p.name_urdu,
                    aliases=p.aliases or None, guardian_name=p.guardian_name,
                    guardian_relation=p.guardian_relation, sex=p.sex, gender=p.gender,
                    cnic=p.cnic, passport=p.passport, phones=p.phones or None, address=p.address,
                    home_province=p.home_province, home_district=p.home_district,
                    citizenship=p.citizenship, languages=p.languages)
    _derive_age(person, p.birth_date, p.age_estimate, p.is_minor)
    case = Case(reference=_new_reference(session), owner_agency_id=actor.agency_id,
                caseworker_id=actor.user_id, status=CaseStatus.ACTIVE, created_by_id=actor.user_id,
                identified_on=data.identified_on or date.today(), is_synthetic=is_synthetic,
                person=person, **data.model_dump(include=_CONTEXT_FIELDS))
    if data.status_decided_by_org:
        case.status_decided_by_user_id = actor.user_id
        case.status_decided_on = date.today()
    if actor.user_id is not None:
        # The owner copy (``copies``) given here: the case is new, so there is nothing to read.
        case.assignments = [CaseAssignment(user_id=actor.user_id, assigned_by_id=actor.user_id,
                                           owner_agency_id=actor.agency_id)]
    case.events = [build_event(ev, seq) for seq, ev in enumerate(data.events, start=1)]
    case.perpetrators = [build_perpetrator(p) for p in data.perpetrators]
    if data.consent_case_management is not None:
        case.consents = [Consent(purpose=ConsentPurpose.CASE_MANAGEMENT,
                                 given=data.consent_case_management, consent_date=date.today(),
                                 recorded_by_id=actor.user_id)]
    session.add(case)
    session.flush()
    written = case_search.reindex(session, case, new=True)
    # Other agencies' records of this person: the case page's hint.
    check_duplicates(session, case, new=True, written=written)
    audit.record(session, actor, AuditTag.CASE_CREATE, subject_type="case", subject_id=case.id,
                 fields=_set_fields(data))
    return case


_CONTEXT_FIELDS = {"trafficking_status", "status_decided_by_org", "exploitation_types",
                   "means_of_control", "recruitment_methods", "recruitment_apps",
                   "relationship_to_trafficker", "age_when_trafficked", "forced_labour_industry"}


def _set_fields(model: object) -> list[str]:
    out: list[str] = []
    for name in getattr(model, "model_fields_set", ()):
        value = getattr(model, name)
        if hasattr(value, "model_fields_set"):
            out.extend(f"{name}.{sub}" for sub in value.model_fields_set)
        else:
            out.append(name)
    return out


# A whole case (its page, its edits) loads its parts in one round trip each; lists load only the
# case row and the person.
_WHOLE_CASE = (selectinload(Case.perpetrators), selectinload(Case.events), selectinload(Case.consents),
               selectinload(Case.assignments))


def _load_visible(session: Session, actor: Actor, case_id: uuid.UUID, *, for_update: bool = False) -> Case:
    stmt = select(Case).where(Case.id == case_id, case_scope_among(actor, [case_id])).options(*_WHOLE_CASE)
    if for_update and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(of=Case)
    case = session.scalars(stmt).unique().one_or_none()
    if case is None:
        raise NotFound("no such case, or you do not have access to it")
    return case


def require_visible(session: Session, actor: Actor, case_id: uuid.UUID) -> Case:
    """The case, if ``actor`` may read it; not audited as a read. For other domains' *writes* about
    a case (a referral, a tracing link), which audit themselves."""
    require(actor, Permission.CASES_CASE_READ)
    return _load_visible(session, actor, case_id)


def get_case(session: Session, actor: Actor, case_id: uuid.UUID) -> Case:
    """Anyone holding ``cases:case:read`` reads the cases visible to them; each read is audited."""
    require(actor, Permission.CASES_CASE_READ)
    case = _load_visible(session, actor, case_id)
    audit.record(session, actor, AuditTag.CASE_READ, subject_type="case", subject_id=case.id)
    return case


def list_cases(session: Session, actor: Actor, *, status: CaseStatus | None = None,
               mine: bool = False, page: int = 1, page_size: int = 25,
               known_total: int | None = None) -> tuple[list[ListedCase], int]:
    """A page of visible cases, newest activity first. The listed ids are audited as one event.

    Each disjoint piece of the actor's scope is paged on its own index and the pieces are merged;
    counts stop at ``LIST_COUNT_CAP`` (an exact 20,000 tells a caseworker nothing "10,000+" does
    not, and costs a scan on every page view)."""
    require(actor, Permission.CASES_CASE_READ)
    window = page * page_size
    pieces: list[Any] = []
    for part in scope_parts(actor):
        stmt = select(Case.updated_at, Case.id).where(part)
        if status:
            stmt = stmt.where(Case.status == status)
        if mine:
            stmt = stmt.where(Case.caseworker_id == actor.user_id)
        pieces.append(stmt)
    # Each piece paged on its own index, all in one statement (and their counts in another).
    order = (Case.updated_at.desc(), Case.id)
    keyed = list(session.execute(union_of_pages([(p, order) for p in pieces], window))) if pieces else []
    if known_total is None:
        total = sum_of_counts(session, [p.with_only_columns(Case.id).limit(LIST_COUNT_CAP + 1) for p in pieces])
    keyed.sort(key=lambda row: (-row[0].timestamp(), str(row[1])))
    page_ids = [row[1] for row in keyed[(page - 1) * page_size:window]]
    # A list shows names, flags and dates: the identifiers, contact details and free text stay
    # encrypted in the database instead of being decrypted for every row of every page.
    rows = listed_cases(session, page_ids)
    if known_total is not None:
        total = known_total
    audit.record(session, actor, AuditTag.CASE_LIST, subject_type="case",
                 related_ids=[c.id for c in rows])
    return rows, min(total, LIST_COUNT_CAP + 1)


def search_cases(session: Session, actor: Actor, q: str, *, limit: int = 25) -> list[tuple[ListedCase, float]]:
    """Find visible cases by CNIC, passport, phone or a name written any common way."""
    require(actor, Permission.CASES_CASE_SEARCH)
    q = q.strip()
    if not 2 <= len(q) <= 200:
        raise Invalid("a search needs 2 to 200 characters", field="q")
    parsed = case_search.parse_query(q)
    ids = case_search.candidate_ids(session, parsed, token_scope_parts(actor))
    found: list[tuple[ListedCase, float]] = []
    if ids and parsed.kind == "name":
        # The candidates (at most 50) are loaded once, as the rows a list shows, and scored on
        # their names; the best ``limit`` are kept. Loading the names to score and then the best
        # again as list rows cost a second statement and decrypted the kept names twice.
        # Identifiers and contact details stay encrypted. Scoped again: the digests' owner only
        # narrowed the search.
        target = names.display_match_key(q)
        scored = [(c, case_search.name_score(q, c.person, target=target) - rank * 1e-3)
                  for rank, c in enumerate(listed_cases(session, ids, case_scope_among(actor, ids)))]
        found = sorted((s for s in scored if s[1] >= 50), key=lambda s: -s[1])[:limit]
    elif ids:
        found = _with_cases(session, actor, [(cid, 100.0 - rank * 1e-3) for rank, cid in enumerate(ids)])
    found = found[:limit]
    audit.record(session, actor, AuditTag.CASE_SEARCH, subject_type="case", fields=[parsed.kind],
                 related_ids=[c.id for c, _ in found])
    return found


def _with_cases(session: Session, actor: Actor, scored: list[tuple[uuid.UUID, float]]
                ) -> list[tuple[ListedCase, float]]:
    """(case, score) for the scored ids the actor may see, best first, loaded as a list loads them."""
    ids = [cid for cid, _ in scored]
    cases = {c.id: c for c in listed_cases(session, ids, case_scope_among(actor, ids))}
    return sorted(((cases[cid], score) for cid, score in scored if cid in cases), key=lambda item: -item[1])


def update_case(session: Session, actor: Actor, case_id: uuid.UUID, *, data: CaseUpdate) -> Case:
    """Edit with optimistic locking: a stale ``version`` is a 409, never a lost update."""
    require(actor, Permission.CASES_CASE_UPDATE)
    case = _load_visible(session, actor, case_id, for_update=True)
    if case.version != data.version:
        raise Conflict("this case was changed by someone else since you opened it; reload to see "
                       "their changes, then apply yours again", rule="optimistic-lock")
    changed: list[str] = []
    for name in data.model_fields_set & _CONTEXT_FIELDS | (data.model_fields_set & {"identified_on"}):
        setattr(case, name, getattr(data, name))
        changed.append(name)
    if "status_decided_by_org" in changed or "trafficking_status" in changed:
        case.status_decided_by_user_id = actor.user_id
        case.status_decided_on = date.today()
    if data.person is not None:
        changed += _patch_person(case.person, data.person)
    if not changed:
        return case
    # Touch the case row even when only the person changed, so the version always moves on.
    case.updated_at = utcnow()
    try:
        session.flush()
        if IDENTIFYING & {c.removeprefix("person.") for c in changed}:
            check_duplicates(session, case, written=case_search.reindex(session, case))
    except StaleDataError as exc:
        raise Conflict("this case was changed by someone else at the same moment; reload and try "
                       "again", rule="optimistic-lock") from exc
    audit.record(session, actor, AuditTag.CASE_UPDATE, subject_type="case", subject_id=case.id,
                 fields=changed)
    return case


def _patch_person(person: Person, patch: object) -> list[str]:
    fields = set(patch.model_fields_set)  # type: ignore[attr-defined]
    changed: list[str] = []
    province = patch.home_province if "home_province" in fields else person.home_province  # type: ignore[attr-defined]
    if "home_district" in fields or "home_province" in fields:
        district = patch.home_district if "home_district" in fields else person.home_district  # type: ignore[attr-defined]
        if district:
            try:
                district = normalise_district(province or "", district)
            except ValueError as exc:
                raise Invalid(str(exc), field="person.home_district") from exc
        person.home_province, person.home_district = province, district
        changed += ["person.home_province", "person.home_district"]
    if fields & {"birth_date", "age_estimate", "is_minor"}:
        _derive_age(person, getattr(patch, "birth_date", None), getattr(patch, "age_estimate", None),
                    getattr(patch, "is_minor", None) if "is_minor" in fields else None)
        changed += [f"person.{f}" for f in fields & {"birth_date", "age_estimate", "is_minor"}]
    for name in fields - {"home_province", "home_district", "birth_date", "age_estimate", "is_minor"}:
        value = getattr(patch, name)
        if name in {"aliases", "phones"} and value == []:
            value = None
        setattr(person, name, value)
        changed.append(f"person.{name}")
    return changed


def change_status(session: Session, actor: Actor, case_id: uuid.UUID, *, data: StatusChange) -> Case:
    """Closing a case (Closed / ClosedReferred) needs ``cases:case:close`` and a reason."""
    closing = data.status in (CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED)
    require(actor, Permission.CASES_CASE_CLOSE if closing else Permission.CASES_CASE_UPDATE)
    case = _load_visible(session, actor, case_id, for_update=True)
    if case.version != data.version:
        raise Conflict("this case was changed by someone else; reload and try again",
                       rule="optimistic-lock")
    if closing and not (data.reason and data.reason.strip()):
        raise Invalid("closing a case needs a reason", field="reason",
                      rule="closure-reason")
    if closing:
        check_open_work(session, case.id, confirmed=data.confirm_open_work)
    open_items = justice.open_item_count(session, case.id) if closing else 0
    override = (data.open_items_reason or "").strip()
    if open_items and not (override and Role.SUPERVISOR in actor.roles):
        raise Conflict(f"{open_items} support-plan item(s) are still open: finish or cancel them, or a "
                       "supervisor records why the case closes anyway", field="open_items_reason",
                       rule="support-plan-open")
    case.status = data.status
    case.closure_reason = data.reason if closing else None
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict("this case was changed by someone else; reload and try again") from exc
    audit.record(session, actor, AuditTag.CASE_STATUS, subject_type="case", subject_id=case.id,
                 fields=["status"] + (["closure_reason"] if closing else []))
    if open_items:
        justice.record_closure_override(session, actor, case.id, reason=override, open_items=open_items)
    return case


def assign(session: Session, actor: Actor, case_id: uuid.UUID, *, user_id: int,
           make_caseworker: bool = False) -> Case:
    """Supervisors assign colleagues of their own agency to a case."""
    require(actor, Permission.CASES_CASE_ASSIGN)
    case = _load_visible(session, actor, case_id, for_update=True)
    user = session.get(User, user_id)
    if user is None or not user.is_active or user.agency_id != case.owner_agency_id:
        raise Invalid("assign only active members of the agency that owns the case",
                      field="user_id", rule="assign-same-agency")
    if not any(a.user_id == user_id for a in case.assignments):
        case.assignments.append(CaseAssignment(user_id=user_id, assigned_by_id=actor.user_id))
    fields = ["assignments"]
    if make_caseworker:
        case.caseworker_id = user_id
        fields.append("caseworker_id")
    session.flush()
    audit.record(session, actor, AuditTag.CASE_ASSIGN, subject_type="case", subject_id=case.id,
                 fields=fields, related_ids=[f"user:{user_id}"])
    return case


def audit_trail(session: Session, actor: Actor, case_id: uuid.UUID) -> list[audit.AuditEvent]:
    """Supervisors read who did what to a case; reading the trail is itself audited."""
    require(actor, Permission.CASES_AUDIT_READ)
    case = _load_visible(session, actor, case_id)
    audit.record(session, actor, AuditTag.CASE_AUDIT_READ, subject_type="case", subject_id=case.id)
    return audit.events_for(session, "case", case.id)


def identified_on(session: Session, case_id: uuid.UUID) -> date | None:
    """When the case's person was identified (a coded date; for the referral indicators)."""
    return session.scalar(select(Case.identified_on).where(Case.id == case_id))
