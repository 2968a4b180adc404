"""Readable labels for HTCDS codes. The English label is the msgid in the Urdu catalogue;
``tests/web/test_i18n.py`` checks every code has a label with a translation."""

from __future__ import annotations

import re

from rihai.cases import codes

# HTCDS codes are CamelCase identifiers; people read these English labels (msgids in the Urdu
# catalogue). ``tests/web/test_i18n.py`` checks every code has a label with a translation.
LABELS: dict[str, str] = {
    "Active": "Active", "FollowUp": "Follow-up", "Closed": "Closed",
    "ClosedReferred": "Closed (referred on)",
    "Feminine": "Feminine", "Masculine": "Masculine", "TransgenderFeminine": "Transgender (feminine)",
    "TransgenderMasculine": "Transgender (masculine)", "NonConforming": "Gender non-conforming",
    "NonSpecifiedUnknown": "Not specified or unknown",
    "Female": "Female", "Male": "Male", "Intersex": "Intersex (including khawaja sira)",
    "Unknown": "Unknown",
    "PossibleVictimOfTrafficking": "Possible victim of trafficking",
    "ActualVictimOfTrafficking": "Confirmed victim of trafficking",
    "NotAVictimOfTrafficking": "Not a victim of trafficking",
    "Police": "Police", "NGO": "NGO", "CourtOrProsecution": "Court or prosecution",
    "NonPoliceGovernmentalOrganization": "Government body (not police)", "Other": "Other",
    "Familial": "Family member", "Acquainted": "Someone they knew", "Unaquainted": "A stranger",
    "ForcedLabour": "Forced labour", "SexualExploitation": "Sexual exploitation",
    "ChildLabour": "Child labour", "ForcedMarriage": "Forced marriage", "Servitude": "Servitude",
    "ForcedMilitaryByNonStateActors": "Forced military service by armed groups",
    "OrganRemoval": "Organ removal", "ForcedBegging": "Forced begging",
    "ForcedAdoption": "Forced adoption", "Surrogacy": "Surrogacy",
    "ForcedCriminality": "Forced criminality (e.g. scam centres)",
    "PhysicalThreats": "Physical threats", "ThreatsLawEnforcement": "Threats of police or deportation",
    "ThreatensChildrenFamily": "Threats to children or family", "DebtBondage": "Debt bondage",
    "FalsePromises": "False promises", "PhysicalAbuse": "Physical abuse",
    "SexualAbuse": "Sexual abuse", "TakesEarnings": "Takes earnings",
    "RestrictsFinancialAccess": "Restricts access to money",
    "RestrictsMedicalCare": "Restricts medical care", "WithholdsNecessities": "Withholds necessities",
    "PsychologicalAbuse": "Psychological abuse", "PsychoactiveSubstance": "Drugs or alcohol",
    "ExcessiveWorkingHours": "Excessive working hours", "WithholdsDocuments": "Withholds documents",
    "AtAPlaceOfBusiness": "At a place of business",
    "AtAnEducationalInstitution": "At a school or college", "AtWork": "At work",
    "ThroughOnlineSocialNetworks": "Through social media", "ThroughAnOnlineAdvertisement": "Online advert",
    "ThroughATelevisionAdvert": "Television advert", "ThroughANewspaperAdvert": "Newspaper advert",
    "ThroughFamilyOrFamilyEvents": "Through family", "ThroughFriendsOrSocialEvents": "Through friends",
    "Facebook": "Facebook", "Instagram": "Instagram", "WhatsApp": "WhatsApp", "Telegram": "Telegram",
    "FacebookMessenger": "Facebook Messenger", "Viber": "Viber", "SnapChat": "Snapchat", "Line": "Line",
    "WeChat": "WeChat", "TikTok": "TikTok", "Twitter": "Twitter / X",
    "TravellingPartner": "Travelling companion", "Transporter": "Transporter",
    "RecruiterOrIntermediary": "Recruiter or agent", "BrokerTravelAgent": "Broker or travel agent",
    "Smuggler": "Smuggler", "Abuser": "Abuser", "Kidnapper": "Kidnapper", "Exploiter": "Exploiter",
    "Recruitment": "Recruitment", "Transit": "Transit", "Exploitation": "Exploitation",
    "CaseManagement": "Case management", "Referral": "Referral",
    "InformationSharing": "Information sharing", "FamilyTracing": "Family tracing",
    "FamilyContact": "Contact with family", "LawEnforcement": "Law enforcement",
    "Statistics": "Statistics",
    "Survivor": "The survivor", "Guardian": "A guardian",
    "BestInterestDetermination": "Best-interest determination",
    "general": "General", "psychosocial": "Psychosocial", "investigation": "Investigation",
    "legal": "Legal", "consular": "Consular",
    "father": "Father", "husband": "Husband", "mother": "Mother", "other": "Other",
    **codes.INDUSTRY_LABELS,
}
CODE_LISTS = [codes.CaseStatus, codes.Gender, codes.Sex, codes.TraffickingStatus, codes.DecisionOrg,
              codes.Relationship, codes.Exploitation, codes.MeansOfControl, codes.RecruitmentMethod,
              codes.RecruitmentApp, codes.PerpetratorRole, codes.EventType, codes.ConsentPurpose,
              codes.ConsentGivenBy, codes.NoteKind, codes.ForcedLabourIndustry]
GUARDIAN_RELATIONS = ["father", "husband", "mother", "other"]
# Languages offered as tick boxes: Pakistan's major languages and those of common destinations.
COMMON_LANGUAGES = ["ur", "pa", "skr", "ps", "sd", "bal", "brh", "hno", "khw", "ks", "en", "ar", "fa"]


def label(code: str | None) -> str:
    if not code:
        return ""
    return LABELS.get(code) or re.sub(r"(?<=[a-z])(?=[A-Z])", " ", code)
