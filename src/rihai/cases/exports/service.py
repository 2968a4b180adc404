"""Print and export verbs. The front door of ``cases.exports``.

``case_summary_pdf``: anyone who may read a case prints its summary, holding what the case page
shows them (notes and files cut to their need-to-know), in English or Urdu. ``case_list_csv``:
supervisors (``cases:case:export``) download the cases they see as CSV, formula-safe. Both are
audited with the case ids; neither file's name holds personal data.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, defer, joinedload, selectinload

from rihai.access import audit
from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.policy import visible
from rihai.access.service import require
from rihai.errors import NotFound
from rihai.web.i18n import translations

from ..codes import CaseStatus
from ..labels import label
from ..models import Case, Person
from ..visibility import case_scope_among
from .csv_safe import write_csv
from .document import write_summary
from .summary import footer, sections

EXPORT_CAP = 10_000


@dataclass(frozen=True)
class ExportFile:
    data: bytes
    media_type: str
    filename: str


def case_summary_pdf(session: Session, actor: Actor, case_id: uuid.UUID, *, locale: str) -> ExportFile:
    """The case's summary as a PDF in ``locale`` (en or ur), for anyone who may read the case."""
    require(actor, Permission.CASES_CASE_READ)
    stmt = select(Case).where(Case.id == case_id, case_scope_among(actor, [case_id])).options(
        selectinload(Case.perpetrators), selectinload(Case.events), selectinload(Case.consents),
        selectinload(Case.assignments))
    case = session.scalars(stmt).unique().one_or_none()
    if case is None:
        raise NotFound("no such case, or you do not have access to it")
    locale = locale if locale in ("en", "ur") else "en"
    gettext = translations(locale).gettext
    parts, included = sections(session, actor, case, locale, gettext)
    me = access_service.display_names(session, [actor.user_id]).get(actor.user_id or 0, "")
    title = f"{gettext('Case summary')} {case.reference}"
    subtitle = f"{gettext(label(case.status))} · {gettext('Opened')} {case.created_at.date().isoformat()}"
    if case.is_synthetic:
        subtitle += f" · {gettext('synthetic')}"
    data = write_summary(locale, title, subtitle, parts, footer(me, gettext))
    audit.record(session, actor, AuditTag.CASE_PRINT, subject_type="case", subject_id=case.id,
                 fields=[f"summary.{p}" for p in included] + [f"locale.{locale}"])
    return ExportFile(data, "application/pdf", f"case-{case.reference}-summary-{locale}.pdf")


CSV_HEADER = ["reference", "status", "trafficking_status", "name", "minor", "sex", "age", "home_province",
              "home_district", "exploitation_types", "identified_on", "opened", "last_change", "caseworker"]


def case_list_csv(session: Session, actor: Actor, *, status: CaseStatus | None = None) -> ExportFile:
    """The cases a supervisor sees (their agency's, and those they are assigned to), newest change
    first, at most ``EXPORT_CAP`` rows, as CSV. Names are in it (a supervisor's list shows them);
    identifiers, contact details and notes are not."""
    require(actor, Permission.CASES_CASE_EXPORT)
    stmt = visible(select(Case), actor, Case).options(
        defer(Case.closure_reason), defer(Case.forced_labour_industry_other),
        joinedload(Case.person).load_only(Person.given_name, Person.family_name, Person.name_urdu,
                                          Person.is_minor, Person.sex, Person.age_estimate,
                                          Person.home_province, Person.home_district))
    if status is not None:
        stmt = stmt.where(Case.status == status)
    cases = list(session.scalars(stmt.order_by(Case.updated_at.desc(), Case.id).limit(EXPORT_CAP)).unique())
    workers = access_service.display_names(session, [c.caseworker_id for c in cases])

    def row(c: Case) -> list[object]:
        p = c.person
        name = " ".join(filter(None, [p.given_name, p.family_name])) or p.name_urdu or ""
        return [c.reference, c.status, c.trafficking_status, name, "yes" if p.is_minor else "no", p.sex or "",
                "" if p.age_estimate is None else p.age_estimate, p.home_province or "", p.home_district or "",
                ";".join(c.exploitation_types or []), c.identified_on.isoformat() if c.identified_on else "",
                c.created_at.date().isoformat(), c.updated_at.isoformat(timespec="seconds"),
                workers.get(c.caseworker_id or 0, "")]

    data = write_csv(CSV_HEADER, (row(c) for c in cases))
    audit.record(session, actor, AuditTag.CASE_EXPORT, subject_type="case", fields=["case_list.csv"],
                 related_ids=[c.id for c in cases])
    return ExportFile(data, "text/csv; charset=utf-8", f"cases-{date.today().isoformat()}.csv")
