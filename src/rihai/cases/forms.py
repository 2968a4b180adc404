"""Turning the case forms' fields into schemas and back, keeping whatever the user typed (the
generic form helpers are in ``rihai.web.forms``).

Repeated fields (route legs, perpetrators, tick boxes) arrive as lists; a row the user left blank
is a spare row, not an error.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from rihai.cases.models import Case
from rihai.cases.schemas import CaseUpdate, PersonPatch
from rihai.validators import display_cnic
from rihai.web.forms import opt, split_values

# The case forms' repeated fields (see ``rihai.web.forms.form_values``).
MULTI = frozenset({"person.languages", "exploitation_types", "means_of_control", "recruitment_methods",
                   "recruitment_apps", "leg_type", "leg_country", "leg_place", "leg_date", "perp_role",
                   "perp_name", "perp_phones", "perp_agency", "perp_oep"})
PERSON_TEXT = ["given_name", "family_name", "name_urdu", "guardian_name", "guardian_relation", "sex",
               "gender", "birth_date", "age_estimate", "cnic", "passport", "home_province",
               "home_district"]
SITUATION_ONE = ["trafficking_status", "status_decided_by_org", "relationship_to_trafficker",
                 "forced_labour_industry"]
SITUATION_MANY = ["exploitation_types", "means_of_control", "recruitment_methods", "recruitment_apps"]


def person_payload(v: dict[str, Any]) -> dict[str, Any]:
    person: dict[str, Any] = {k: opt(v.get(f"person.{k}")) for k in PERSON_TEXT}
    person["aliases"] = split_values(v.get("person.aliases"))
    person["phones"] = split_values(v.get("person.phones"))
    person["languages"] = [x for x in v.get("person.languages", []) if x]
    return person


def situation_payload(v: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {k: opt(v.get(k)) for k in SITUATION_ONE}
    data.update({k: [x for x in v.get(k, []) if x] for k in SITUATION_MANY})
    return data


def legs(v: dict[str, Any]) -> list[dict[str, Any]]:
    rows = zip(v.get("leg_type", []), v.get("leg_country", []), v.get("leg_place", []),
               v.get("leg_date", []), strict=False)
    legs = []
    for kind, country, place, when in rows:
        if not (opt(country) or opt(place) or opt(when)):
            continue  # an untouched spare row
        legs.append({"event_type": kind, "country": opt(country), "place": opt(place),
                     "event_date": opt(when)})
    return legs


def perps(v: dict[str, Any]) -> list[dict[str, Any]]:
    rows = zip(v.get("perp_role", []), v.get("perp_name", []), v.get("perp_phones", []),
               v.get("perp_agency", []), v.get("perp_oep", []), strict=False)
    perps = []
    for role, name, phones, agency, oep in rows:
        if not any(opt(x) for x in (name, phones, agency, oep)):
            continue
        perps.append({"roles": [role] if opt(role) else [], "name": opt(name),
                      "phones": split_values(phones), "agency_name": opt(agency), "oep_licence": opt(oep)})
    return perps


def leg_rows(v: dict[str, Any]) -> list[dict[str, str]]:
    """The non-empty legs as typed (their order matches the ``events.N`` error keys)."""
    rows = [{"type": x["event_type"], "country": x["country"] or "", "place": x["place"] or "",
             "date": x["event_date"] or ""} for x in legs(v)]
    return rows or [{}]


def perp_rows(v: dict[str, Any]) -> list[dict[str, str]]:
    rows = zip(v.get("perp_role", []), v.get("perp_name", []), v.get("perp_phones", []),
               v.get("perp_agency", []), v.get("perp_oep", []), strict=False)
    out = [dict(zip(("role", "name", "phones", "agency", "oep"), r, strict=True)) for r in rows
           if any(opt(x) for x in r[1:])]
    return out or [{}]


def case_values(case: Case) -> dict[str, Any]:
    p = case.person
    v: dict[str, Any] = {f"person.{k}": "" if getattr(p, k) is None else str(getattr(p, k))
                         for k in PERSON_TEXT}
    v["person.cnic"] = display_cnic(p.cnic)
    v["person.aliases"] = ", ".join(p.aliases or [])
    v["person.phones"] = ", ".join(p.phones or [])
    v["person.languages"] = list(p.languages or [])
    for k in SITUATION_ONE:
        v[k] = getattr(case, k) or ""
    for k in SITUATION_MANY:
        v[k] = list(getattr(case, k) or [])
    v["version"] = str(case.version)
    return v


def update_from(case: Case, v: dict[str, Any]) -> CaseUpdate:
    """Only fields that are on the submitted form and differ from the stored case go into the
    update, so the audit names real changes, an unchanged save does not move the version on, and a
    field missing from a post is left alone rather than cleared."""
    present = set(v)
    person = PersonPatch.model_validate(person_payload(v))
    try:
        stored: PersonPatch | None = PersonPatch.model_validate(person_payload(case_values(case)))
    except ValidationError:  # stored data an older rule accepted: send every field on the form
        stored = None
    changed_person = {k: getattr(person, k) for k in PersonPatch.model_fields
                      if f"person.{k}" in present
                      and (stored is None or getattr(person, k) != getattr(stored, k))}
    if {"birth_date", "age_estimate"} & changed_person.keys():
        # The service derives age from both together: send the pair.
        changed_person["birth_date"], changed_person["age_estimate"] = person.birth_date, person.age_estimate
    situation = {k: x for k, x in situation_payload(v).items() if k in present}
    if "trafficking_status" in situation and not situation["trafficking_status"]:
        del situation["trafficking_status"]  # the status cannot be blanked, only changed
    changed = {k: x for k, x in situation.items()
               if x != (getattr(case, k) or ([] if k in SITUATION_MANY else None))}
    body: dict[str, Any] = {"version": opt(v.get("version")), **changed}
    if changed_person:
        body["person"] = PersonPatch.model_validate(changed_person)
    return CaseUpdate.model_validate(body)
