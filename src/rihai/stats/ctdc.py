"""The CTDC microdata layout: HTCDS codes as held in the store -> the column names and values of
the CTDC global dataset (``yearOfRegistration``, ``gender``, ``ageBroad``, ``citizenship``,
``CountryOfExploitation``, ``isForcedLabour``, ``meansOfControl…``, ``typeOfLabour…``,
``recruiterRelation…``), flags 1/0 as CTDC writes them.

``select_list`` computes the rows in DuckDB (a million rows in seconds, without a Python dict per
row); ``row`` is the same mapping for one record, readable, and the reference a test holds the
SQL to.
"""

from __future__ import annotations

from typing import Any

from rihai.stats.privacy import AGE_BAND_ORDER

_GENDER = {"Feminine": "Female", "Masculine": "Male", "TransgenderFeminine": "Transgender/NonConforming",
           "TransgenderMasculine": "Transgender/NonConforming", "NonConforming": "Transgender/NonConforming"}
_SEX = {"Female": "Female", "Male": "Male"}
_CONTROL = {
    "DebtBondage": "DebtBondage", "TakesEarnings": "TakesEarnings",
    "RestrictsFinancialAccess": "RestrictsFinancialAccess", "PhysicalThreats": "Threats",
    "ThreatensChildrenFamily": "Threats", "PsychologicalAbuse": "PsychologicalAbuse",
    "PhysicalAbuse": "PhysicalAbuse", "SexualAbuse": "SexualAbuse", "FalsePromises": "FalsePromises",
    "PsychoactiveSubstance": "PsychoactiveSubstances", "RestrictsMovement": "RestrictsMovement",
    "RestrictsMedicalCare": "RestrictsMedicalCare", "ExcessiveWorkingHours": "ExcessiveWorkingHours",
    "UsesChildren": "UsesChildren", "ThreatsLawEnforcement": "ThreatOfLawEnforcement",
    "WithholdsNecessities": "WithholdsNecessities", "WithholdsDocuments": "WithholdsDocuments",
    "Other": "Other"}
CONTROL_COLUMNS = list(dict.fromkeys(_CONTROL.values())) + ["NotSpecified"]
_LABOUR = {"Agriculture": "Agriculture", "Fishing": "Aquafarming", "Begging": "Begging",
           "Construction": "Construction", "DomesticWork": "DomesticWork", "Hospitality": "Hospitality",
           "OnlineFraud": "IllicitActivities", "BrickKilns": "Manufacturing", "Manufacturing": "Manufacturing",
           "Mining": "MiningOrDrilling", "Peddling": "Peddling", "Transportation": "Transportation",
           # The HTCDS industry codes (ISIC sections) the case column holds since migration 0015.
           "A_AgricultureForestryAndFishing": "Agriculture", "B_MiningAndQuarrying": "MiningOrDrilling",
           "C_Manufacturing": "Manufacturing", "F_Construction": "Construction",
           "H_TransportationAndStorage": "Transportation", "I_AccommodationAndFoodServiceActivities": "Hospitality",
           "T_ActivitiesOfHouseholdsAsEmployers": "DomesticWork"}
LABOUR_COLUMNS = list(dict.fromkeys(_LABOUR.values())) + ["Other", "NotSpecified"]
_RELATION = {"Familial": "Family", "Acquainted": "Friend", "Unaquainted": "Other"}
RELATION_COLUMNS = ["IntimatePartner", "Friend", "Family", "Other", "Unknown"]
_EXPLOIT_FLAGS = {"isForcedLabour": {"ForcedLabour", "ChildLabour"}, "isSexualExploit": {"SexualExploitation"},
                  "isForcedMarriage": {"ForcedMarriage"}, "isForcedMilitary": {"ForcedMilitaryByNonStateActors"},
                  "isOrganRemoval": {"OrganRemoval"}, "isSlaveryAndPractices": {"Servitude"}}
_OTHER_EXPLOIT = {"ForcedBegging", "ForcedAdoption", "Surrogacy", "ForcedCriminality", "Other"}


COLUMNS = (["yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus", "citizenship",
            "CountryOfExploitation"] + [f"meansOfControl{c}" for c in CONTROL_COLUMNS]
           + ["meansOfControlConcatenated", *_EXPLOIT_FLAGS, "isOtherExploit", "isSexAndLabour",
              "typeOfExploitConcatenated"] + [f"typeOfLabour{c}" for c in LABOUR_COLUMNS]
           + ["typeOfLabourConcatenated"] + [f"recruiterRelation{c}" for c in RELATION_COLUMNS])


def row(v: dict[str, Any]) -> dict[str, Any]:
    exploit = set(v["exploitation"] or [])
    control = {_CONTROL[c] for c in v["control"] or [] if c in _CONTROL}
    band = v["age_band"] or ""
    out: dict[str, Any] = {
        "yearOfRegistration": v["reg_year"], "Datasource": "Case Management",
        "gender": _GENDER.get(v["gender"] or "") or _SEX.get(v["sex"] or "", ""),
        "ageBroad": band,
        "majorityStatus": ("Minor" if band in AGE_BAND_ORDER[:2] else "Adult") if band else "",
        "citizenship": v["citizenship"] or "", "CountryOfExploitation": v["exploitation_country"] or "",
    }
    for col in CONTROL_COLUMNS:
        out[f"meansOfControl{col}"] = int(col in control or (col == "NotSpecified" and not control))
    out["meansOfControlConcatenated"] = ";".join(sorted(control))
    for col, codes in _EXPLOIT_FLAGS.items():
        out[col] = int(bool(exploit & codes))
    out["isOtherExploit"] = int(bool(exploit & _OTHER_EXPLOIT))
    out["isSexAndLabour"] = int(out["isForcedLabour"] and out["isSexualExploit"])
    out["typeOfExploitConcatenated"] = ";".join(sorted(exploit))
    labour = _LABOUR.get(v["industry"] or "", "Other" if v["industry"] else "NotSpecified")
    for col in LABOUR_COLUMNS:
        out[f"typeOfLabour{col}"] = int(out["isForcedLabour"] == 1 and labour == col)
    out["typeOfLabourConcatenated"] = labour if out["isForcedLabour"] else ""
    relation = _RELATION.get(v["relationship"] or "", "Unknown")
    for col in RELATION_COLUMNS:
        out[f"recruiterRelation{col}"] = int(relation == col)
    return out


def _q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _codes(codes: Any) -> str:
    return "[" + ", ".join(_q(c) for c in sorted(codes)) + "]"


def _case(column: str, mapping: dict[str, str], default: str) -> str:
    whens = " ".join(f"WHEN {_q(k)} THEN {_q(v)}" for k, v in mapping.items())
    return f"CASE {column} {whens} ELSE {default} END"


def _has(column: str, codes: Any) -> str:
    return f"(len(list_intersect(coalesce({column}, []), {_codes(codes)})) > 0)::TINYINT"


def select_list() -> str:
    """The SELECT list over ``victims`` producing ``COLUMNS``, in order."""
    minors = _codes(AGE_BAND_ORDER[:2])
    labour = _case("industry", _LABOUR, "CASE WHEN industry IS NULL OR industry = '' THEN 'NotSpecified' ELSE 'Other' END")
    forced = _has("exploitation", _EXPLOIT_FLAGS["isForcedLabour"])
    relation = _case("relationship", _RELATION, "'Unknown'")
    mapped_control = ("list_sort(list_distinct(list_transform(list_filter(coalesce(control, []), "
                      f"lambda x: list_contains({_codes(_CONTROL)}, x)), lambda x: {_case('x', _CONTROL, 'x')})))")
    cols = [
        "reg_year AS yearOfRegistration", "'Case Management' AS Datasource",
        f"coalesce({_case('gender', _GENDER, 'NULL')}, {_case('sex', _SEX, 'NULL')}, '') AS gender",
        "coalesce(age_band, '') AS ageBroad",
        f"CASE WHEN age_band IS NULL THEN '' WHEN list_contains({minors}, age_band) THEN 'Minor' "
        "ELSE 'Adult' END AS majorityStatus",
        "coalesce(citizenship, '') AS citizenship",
        "coalesce(exploitation_country, '') AS CountryOfExploitation",
    ]
    for col in CONTROL_COLUMNS[:-1]:
        codes = [k for k, v in _CONTROL.items() if v == col]
        cols.append(f"{_has('control', codes)} AS meansOfControl{col}")
    cols.append(f"(NOT {_has('control', _CONTROL)}::BOOLEAN)::TINYINT AS meansOfControlNotSpecified")
    cols.append(f"array_to_string({mapped_control}, ';') AS meansOfControlConcatenated")
    for col, codes in _EXPLOIT_FLAGS.items():
        cols.append(f"{_has('exploitation', codes)} AS {col}")
    cols.append(f"{_has('exploitation', _OTHER_EXPLOIT)} AS isOtherExploit")
    cols.append(f"({forced} * {_has('exploitation', _EXPLOIT_FLAGS['isSexualExploit'])})::TINYINT "
                "AS isSexAndLabour")
    cols.append("array_to_string(list_sort(coalesce(exploitation, [])), ';') AS typeOfExploitConcatenated")
    for col in LABOUR_COLUMNS:
        cols.append(f"({forced} = 1 AND {labour} = {_q(col)})::TINYINT AS typeOfLabour{col}")
    cols.append(f"CASE WHEN {forced} = 1 THEN {labour} ELSE '' END AS typeOfLabourConcatenated")
    for col in RELATION_COLUMNS:
        cols.append(f"({relation} = {_q(col)})::TINYINT AS recruiterRelation{col}")
    return ",\n  ".join(cols)
