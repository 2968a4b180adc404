"""Persons, not records: the ``persons`` view of the analytical store.

Two agencies' cases of one survivor, once their link is accepted (``cases.service.person_links``),
are one person: national counts, tables and releases read ``persons``, one row per person, instead
of ``victims``, one row per case. A case in no accepted link is its own person, its row unchanged.
The rows of linked cases are merged by this rule (documented in docs/cases.md):

- the person is registered when first identified: the earliest registration month and year, and
  the agency and ``case_key`` of that first record (the "lead");
- every other single-valued coded fact (status, sex, gender, age band, origin, citizenship,
  relationship, industry, the route's countries) is the lead's, or when the lead did not record
  it, the next record's by registration that did: a fact one agency recorded is not lost, and
  two records never count one person in two categories;
- list-valued facts (types of exploitation, means of control, recruitment methods and apps,
  perpetrators' roles, transit countries, citizenships) are the union of the records';
- a minor in any record is a minor; the person is synthetic only when every record is.

``records`` (how many cases the person has) and ``case_keys`` (theirs) let the other tables
(referrals, support, prosecutions), which stay per case, be joined to the persons they concern.
An agency's own view (a supervisor) stays on ``victims``: links join records of different
agencies, so within one agency a record is a person.
"""

from __future__ import annotations

_FIRST = ["agency_id", "status", "trafficking_status", "decided_by", "sex", "gender", "age_band",
          "origin_province", "origin_district", "citizenship", "relationship", "industry",
          "recruitment_country", "exploitation_country", "route"]
_UNION = ["citizenships", "exploitation", "control", "recruitment", "apps", "perpetrator_roles",
          "transit_countries"]

_MERGED = ",\n  ".join(
    ["arg_min(case_key, ord) AS case_key", "person_key", "min(reg_year) AS reg_year",
     "min(reg_month) AS reg_month"]
    + [f"arg_min({c}, ord) FILTER (WHERE {c} IS NOT NULL) AS {c}" for c in _FIRST]
    + [f"list_sort(list_distinct(flatten(list({c})))) AS {c}" for c in _UNION]
    + ["bool_or(is_minor) AS is_minor", "bool_and(is_synthetic) AS is_synthetic",
       "count(*) AS records", "list_sort(list(case_key)) AS case_keys"])

VIEW = f"""
CREATE OR REPLACE VIEW persons AS
SELECT v.*, v.case_key AS person_key, 1::BIGINT AS records, [v.case_key] AS case_keys
FROM victims v WHERE v.case_key NOT IN (SELECT case_key FROM person_links)
UNION ALL BY NAME
SELECT
  {_MERGED}
FROM (SELECT v.*, l.person_key, coalesce(v.reg_month, '9999-99') || v.case_key AS ord
      FROM victims v JOIN person_links l USING (case_key))
GROUP BY person_key
"""
