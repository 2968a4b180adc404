"""The trafficking patterns synthetic cases follow, as data.

Each scenario says who tends to be caught in it (sex weights, ages), where they come from, the legs
of the route, the HTCDS codes that describe the exploitation, who the perpetrators are and which
agencies tend to hold such cases. Weights are per sex so the overall share of women and girls is
set once, in the generator, and stays near 70% whatever the mix of scenarios.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Leg = tuple[str, str, str]  # (hte_Type, ISO country, place)


@dataclass(frozen=True)
class Scenario:
    key: str
    weight_f: float
    weight_m: float
    origins: list[tuple[str, str]]  # (province, district)
    ages_f: tuple[int, int]
    ages_m: tuple[int, int]
    # Each inner list is one leg after recruitment: one option is drawn per leg.
    legs: list[list[Leg]]
    exploitation: list[str]
    means: list[str]
    recruitment: list[str]
    apps: list[str]
    industry: str | None  # vic_ForcedLabourIndustry code (cases.codes.ForcedLabourIndustry)
    perpetrators: list[list[str]]  # per_RoleInProcess of each perpetrator
    relationship: list[str]
    owners: list[str]
    overseas: bool = True
    minority_share: float = 0.0
    lure: list[str] = field(default_factory=list)


PUNJAB_GULF = [("PK-PB", d) for d in ("Sialkot", "Gujrat", "Gujranwala", "Faisalabad", "Jhelum",
                                      "Mandi Bahauddin", "Rawalpindi", "Lahore", "Sheikhupura",
                                      "Okara", "Sargodha")]
KP_GULF = [("PK-KP", d) for d in ("Swat", "Mardan", "Peshawar", "Dera Ismail Khan", "Lower Dir")]
BALOCH = [("PK-BA", d) for d in ("Quetta", "Chagai", "Kech", "Panjgur", "Gwadar", "Nushki")]
CITIES = [("PK-PB", "Rawalpindi"), ("PK-PB", "Lahore"), ("PK-IS", "Islamabad"),
          ("PK-PB", "Faisalabad"), ("PK-PB", "Gujranwala"), ("PK-SD", "Karachi East")]
KILNS = [("PK-PB", d) for d in ("Kasur", "Sheikhupura", "Faisalabad", "Okara", "Lahore",
                                "Nankana Sahib")] + \
        [("PK-SD", d) for d in ("Sanghar", "Mirpur Khas", "Umerkot", "Tharparkar", "Badin",
                                "Hyderabad")]
SOUTH_PUNJAB = [("PK-PB", d) for d in ("Muzaffargarh", "Rahim Yar Khan", "Rajanpur", "Bahawalpur",
                                       "Dera Ghazi Khan", "Layyah")]

GULF_CITIES: list[Leg] = [("Exploitation", "AE", "Dubai"), ("Exploitation", "AE", "Sharjah"),
                          ("Exploitation", "AE", "Abu Dhabi"), ("Exploitation", "SA", "Riyadh"),
                          ("Exploitation", "SA", "Jeddah"), ("Exploitation", "SA", "Dammam"),
                          ("Exploitation", "QA", "Doha"), ("Exploitation", "OM", "Muscat")]

SCENARIOS: list[Scenario] = [
    Scenario(
        key="gulf_domestic_work", weight_f=20, weight_m=1,
        origins=PUNJAB_GULF, ages_f=(19, 45), ages_m=(20, 40),
        legs=[GULF_CITIES],
        exploitation=["ForcedLabour", "Servitude"],
        means=["WithholdsDocuments", "TakesEarnings", "ExcessiveWorkingHours", "DebtBondage",
               "FalsePromises", "RestrictsFinancialAccess", "PsychologicalAbuse", "SexualAbuse"],
        recruitment=["ThroughFamilyOrFamilyEvents", "ThroughFriendsOrSocialEvents",
                     "AtAPlaceOfBusiness"],
        apps=["WhatsApp", "Facebook"], industry="T_ActivitiesOfHouseholdsAsEmployers",
        perpetrators=[["RecruiterOrIntermediary"], ["BrokerTravelAgent"], ["Exploiter"]],
        relationship=["Acquainted", "Unaquainted", "Familial"],
        owners=["emb_ruh", "cg_dxb", "fia_lhr", "shelter_lhr"],
        lure=["a housemaid job with a monthly salary of SAR 1,500", "a nanny job in Dubai",
              "work as a cleaner in a hospital"]),
    Scenario(
        key="gulf_construction", weight_f=0, weight_m=14,
        origins=PUNJAB_GULF + KP_GULF, ages_f=(20, 40), ages_m=(19, 50),
        legs=[GULF_CITIES],
        exploitation=["ForcedLabour"],
        means=["WithholdsDocuments", "TakesEarnings", "DebtBondage", "FalsePromises",
               "ExcessiveWorkingHours", "ThreatsLawEnforcement", "WithholdsNecessities"],
        recruitment=["AtAPlaceOfBusiness", "ThroughFriendsOrSocialEvents",
                     "ThroughANewspaperAdvert"],
        apps=["WhatsApp", "Facebook", "TikTok"], industry="F_Construction",
        perpetrators=[["RecruiterOrIntermediary"], ["BrokerTravelAgent"], ["Exploiter"]],
        relationship=["Acquainted", "Unaquainted"],
        owners=["emb_ruh", "cg_dxb", "fia_lhr", "fia_isb"],
        lure=["a mason's job with free housing", "a driving job with a work visa",
              "a steel-fixer job at a large project"]),
    Scenario(
        key="iran_turkey_greece", weight_f=1, weight_m=12,
        origins=BALOCH + [("PK-PB", "Gujrat"), ("PK-PB", "Mandi Bahauddin"), ("PK-PB", "Sialkot")],
        ages_f=(18, 35), ages_m=(16, 35),
        legs=[[("Transit", "PK", "Taftan")], [("Transit", "IR", "Mirjaveh"), ("Transit", "IR", "Zahedan")],
              [("Transit", "IR", "Tehran"), ("Transit", "IR", "Urmia")],
              [("Transit", "TR", "Van"), ("Exploitation", "TR", "Istanbul")],
              [("Exploitation", "GR", "Athens"), ("Exploitation", "GR", "Thessaloniki"),
               ("Exploitation", "TR", "Istanbul")]],
        exploitation=["ForcedLabour"],
        means=["DebtBondage", "PhysicalAbuse", "ThreatensChildrenFamily", "WithholdsNecessities",
               "PhysicalThreats", "FalsePromises"],
        recruitment=["ThroughFriendsOrSocialEvents", "ThroughFamilyOrFamilyEvents",
                     "ThroughOnlineSocialNetworks"],
        apps=["WhatsApp", "Facebook", "TikTok"], industry="A_AgricultureForestryAndFishing",
        perpetrators=[["Smuggler", "RecruiterOrIntermediary"], ["Transporter"], ["Smuggler"],
                      ["Exploiter"]],
        relationship=["Acquainted", "Unaquainted"],
        owners=["shelter_uet", "fia_uet", "emb_thr", "fia_lhr"],
        lure=["passage to Europe for PKR 1.5 million", "farm work in Greece paid after arrival"]),
    Scenario(
        key="scam_compound_myanmar", weight_f=4, weight_m=10,
        origins=CITIES, ages_f=(20, 32), ages_m=(20, 35),
        legs=[[("Transit", "TH", "Bangkok")], [("Transit", "TH", "Mae Sot")],
              [("Exploitation", "MM", "Myawaddy"), ("Exploitation", "MM", "KK Park"),
               ("Exploitation", "MM", "Shwe Kokko")]],
        exploitation=["ForcedCriminality"],
        means=["PhysicalAbuse", "WithholdsDocuments", "DebtBondage", "FalsePromises",
               "PhysicalThreats", "ExcessiveWorkingHours", "RestrictsMedicalCare"],
        recruitment=["ThroughAnOnlineAdvertisement", "ThroughOnlineSocialNetworks",
                     "ThroughFriendsOrSocialEvents"],
        apps=["Facebook", "WhatsApp", "Telegram", "TikTok"], industry="Other",
        perpetrators=[["RecruiterOrIntermediary"], ["BrokerTravelAgent"], ["Transporter"],
                      ["Exploiter"]],
        relationship=["Unaquainted", "Acquainted"],
        owners=["emb_bkk", "fia_isb", "fia_lhr", "shelter_lhr"],
        lure=["a customer-service job in Bangkok paying USD 1,200", "a data-entry job in Thailand",
              "an IT support post with a company in Bangkok"]),
    Scenario(
        key="scam_compound_cambodia", weight_f=3, weight_m=6,
        origins=CITIES, ages_f=(20, 32), ages_m=(20, 35),
        legs=[[("Transit", "TH", "Bangkok"), ("Transit", "KH", "Phnom Penh")],
              [("Exploitation", "KH", "Sihanoukville"), ("Exploitation", "KH", "Poipet")]],
        exploitation=["ForcedCriminality"],
        means=["PhysicalAbuse", "WithholdsDocuments", "DebtBondage", "FalsePromises",
               "TakesEarnings"],
        recruitment=["ThroughAnOnlineAdvertisement", "ThroughOnlineSocialNetworks"],
        apps=["Facebook", "Telegram", "WhatsApp"], industry="Other",
        perpetrators=[["RecruiterOrIntermediary"], ["Exploiter"]],
        relationship=["Unaquainted"],
        owners=["emb_bkk", "fia_isb"],
        lure=["a marketing job in Phnom Penh", "a casino front-desk job"]),
    Scenario(
        key="brick_kiln_bonded_labour", weight_f=10, weight_m=8,
        origins=KILNS, ages_f=(8, 55), ages_m=(8, 60),
        legs=[[("Exploitation", "PK", "brick kiln")]],
        exploitation=["ForcedLabour", "ChildLabour"],
        means=["DebtBondage", "TakesEarnings", "PhysicalThreats", "ThreatensChildrenFamily",
               "RestrictsFinancialAccess", "ExcessiveWorkingHours"],
        recruitment=["ThroughFamilyOrFamilyEvents", "AtWork"],
        apps=[], industry="C_Manufacturing",
        perpetrators=[["Exploiter"], ["RecruiterOrIntermediary"]],
        relationship=["Acquainted"],
        owners=["shelter_lhr", "shelter_khi", "legal_lhr", "fia_khi"],
        overseas=False, minority_share=0.6,
        lure=["an advance (peshgi) of PKR 150,000 against future wages"]),
    Scenario(
        key="forced_marriage", weight_f=14, weight_m=0,
        origins=[("PK-PB", d) for d in ("Lahore", "Faisalabad", "Gujranwala", "Sheikhupura")]
        + [("PK-SD", "Hyderabad"), ("PK-KP", "Mardan")],
        ages_f=(13, 26), ages_m=(18, 30),
        legs=[[("Exploitation", "PK", "in-laws' home"), ("Exploitation", "CN", "Beijing"),
               ("Exploitation", "CN", "Shandong")]],
        exploitation=["ForcedMarriage", "SexualExploitation", "Servitude"],
        means=["SexualAbuse", "PsychologicalAbuse", "ThreatensChildrenFamily", "WithholdsDocuments",
               "FalsePromises"],
        recruitment=["ThroughFamilyOrFamilyEvents"],
        apps=["WhatsApp"], industry=None,
        perpetrators=[["BrokerTravelAgent"], ["Abuser"]],
        relationship=["Familial", "Acquainted"],
        owners=["shelter_lhr", "fia_isb", "shelter_khi", "shelter_pew"],
        overseas=False, minority_share=0.3,
        lure=["a marriage arranged by a broker with a dowry paid to the family"]),
    Scenario(
        key="child_domestic_labour", weight_f=12, weight_m=3,
        origins=SOUTH_PUNJAB + [("PK-KP", "Swat"), ("PK-KP", "Shangla")],
        ages_f=(8, 16), ages_m=(8, 15),
        legs=[[("Exploitation", "PK", "Lahore"), ("Exploitation", "PK", "Islamabad"),
               ("Exploitation", "PK", "Rawalpindi"), ("Exploitation", "PK", "Karachi")]],
        exploitation=["ChildLabour", "Servitude"],
        means=["PhysicalAbuse", "WithholdsNecessities", "TakesEarnings", "ExcessiveWorkingHours",
               "PsychologicalAbuse"],
        recruitment=["ThroughFamilyOrFamilyEvents"],
        apps=[], industry="T_ActivitiesOfHouseholdsAsEmployers",
        perpetrators=[["RecruiterOrIntermediary"], ["Exploiter", "Abuser"]],
        relationship=["Acquainted", "Familial"],
        owners=["shelter_lhr", "shelter_pew", "shelter_khi"],
        overseas=False,
        lure=["PKR 8,000 a month paid to the parents for housework in a city"]),
    Scenario(
        key="sexual_exploitation", weight_f=8, weight_m=0.5,
        origins=CITIES + [("PK-KP", "Peshawar")], ages_f=(15, 30), ages_m=(15, 25),
        legs=[[("Exploitation", "PK", "Lahore"), ("Exploitation", "PK", "Karachi"),
               ("Exploitation", "AE", "Dubai")]],
        exploitation=["SexualExploitation"],
        means=["SexualAbuse", "PhysicalThreats", "TakesEarnings", "PsychoactiveSubstance",
               "FalsePromises", "PsychologicalAbuse"],
        recruitment=["ThroughOnlineSocialNetworks", "ThroughFriendsOrSocialEvents"],
        apps=["Instagram", "SnapChat", "WhatsApp", "TikTok"], industry=None,
        perpetrators=[["RecruiterOrIntermediary"], ["Exploiter"]],
        relationship=["Acquainted", "Unaquainted"],
        owners=["shelter_lhr", "shelter_khi", "fia_lhr", "cg_dxb"],
        overseas=False,
        lure=["a modelling job", "a job in a beauty salon"]),
]

# Place name -> (province, district) for legs inside Pakistan named after a city.
PK_PLACES = {"Lahore": ("PK-PB", "Lahore"), "Islamabad": ("PK-IS", "Islamabad"),
             "Rawalpindi": ("PK-PB", "Rawalpindi"), "Karachi": ("PK-SD", "Karachi South"),
             "Taftan": ("PK-BA", "Chagai")}
