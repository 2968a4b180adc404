"""What a case summary holds for its reader: the sections of the case page they may read, in
their language. Notes are cut to the kinds the reader's roles read and attached files to the
kinds they may open, in SQL, by the same rules as the page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.validators import countries, display_cnic, pakistan_admin

from ..attachments import service as attachments
from ..labels import label
from ..models import Case
from ..records import list_notes
from .document import Section


def sections(session: Session, actor: Actor, case: Case, locale: str,
             gettext: Callable[[str], str]) -> tuple[list[Section], list[str]]:
    """The summary's sections, and the names of the parts included (for the audit row)."""
    _ = gettext

    def lbl(code: str | None) -> str:
        return _(label(code)) if code else ""

    def codes(values: list[str] | None) -> str:
        return ", ".join(lbl(v) for v in values or [])

    names = countries(locale if locale in ("en", "ur") else "en")
    provinces = pakistan_admin()
    p = case.person
    people = access_service.display_names(session, [case.caseworker_id, *(a.user_id for a in case.assignments)])
    person = Section(_("Person"), [
        (_("Name"), " ".join(filter(None, [p.given_name, p.family_name]))),
        (_("Name in Urdu"), p.name_urdu or ""), (_("Other names or spellings"), ", ".join(p.aliases or [])),
        (_("Father's or husband's name"), p.guardian_name or ""), (_("Sex"), lbl(p.sex)), (_("Gender"), lbl(p.gender)),
        (_("Date of birth"), p.birth_date or ""),
        (_("Age (years, estimate)"), "" if p.age_estimate is None else str(p.age_estimate)),
        (_("CNIC"), display_cnic(p.cnic) if p.cnic else ""), (_("Passport number"), p.passport or ""),
        (_("Phone numbers"), ", ".join(p.phones or [])), (_("Address"), p.address or ""),
        (_("Home"), ", ".join(filter(None, [p.home_district, provinces.get(p.home_province or "", {}).get(
            "ur" if locale == "ur" else "en", "")]))),
        (_("Citizenship"), ", ".join(names.get(c, c) for c in p.citizenship or [])),
    ])
    person.rows = [(k, v) for k, v in person.rows if v]
    situation = Section(_("The situation"), [(k, v) for k, v in [
        (_("Trafficking status"), lbl(case.trafficking_status)),
        (_("Types of exploitation"), codes(case.exploitation_types)),
        (_("Means of control"), codes(case.means_of_control)),
        (_("How the person was recruited"), codes(case.recruitment_methods)),
        (_("Relationship to the trafficker"), lbl(case.relationship_to_trafficker)),
        (_("Industry of the forced labour"), lbl(case.forced_labour_industry)),
    ] if v])
    route = Section(_("Route"), [
        (lbl(e.event_type), ", ".join(filter(None, [e.place, e.district, names.get(e.country, e.country),
                                                   e.event_date.isoformat() if e.event_date else None])))
        for e in case.events])
    perps = Section(_("Recruiters and agents"), [
        (codes(x.roles) or _("Recruiters and agents"),
         ", ".join(filter(None, [x.name, x.agency_name, x.oep_licence, ", ".join(x.phones or [])])))
        for x in case.perpetrators])
    consents = Section(_("Consent"), [
        (lbl(c.purpose), f"{_('Yes') if c.given else _('No')} — {lbl(c.given_by)}, {c.consent_date.isoformat()}"
         + (f" ({_('withdrawn')})" if c.withdrawn_at else "")) for c in case.consents])
    notes = Section(_("Notes"), lines=[
        f"[{lbl(n.kind)}] {n.created_at.strftime('%Y-%m-%d')}: {n.body}" for n in list_notes(session, actor, case.id)])
    team = Section(_("Status and team"), [
        (_("Status"), lbl(case.status)), (_("Caseworker"), people.get(case.caseworker_id or 0, "")),
        (_("Case team"), ", ".join(sorted(people.get(a.user_id, "") for a in case.assignments)))])
    parts = ["person", "situation", "route", "perpetrators", "consents", "notes", "team"]
    out = [person, situation, route, perps, consents, notes, team]
    if actor.can(Permission.CASES_ATTACHMENT_READ):
        files = attachments.list_attachments(session, actor, case.id, audit_read=False)
        out.append(Section(_("Attached files"), [
            (_(attachments.LABELS[f.kind]), f"{f.title or _(attachments.LABELS[f.media_type])}, "
             f"{f.created_at.strftime('%Y-%m-%d')}") for f in files]))
        parts.append("attachments")
    return out, parts


def footer(actor_name: str, gettext: Callable[[str], str]) -> str:
    return gettext("Printed by %(name)s on %(date)s. Confidential: personal data of a survivor of "
                   "trafficking. Do not copy or leave unattended; shred when no longer needed.") % {
        "name": actor_name, "date": date.today().isoformat()}
