"""HTCDS v2 code lists used by case records (field names and codes © IOM, CC BY 4.0; see NOTICE).

Each is a StrEnum so that schemas validate against it and templates can list it. Labels for
display live in the translation catalogue, keyed by the code.
"""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):  # cas_Status
    ACTIVE = "Active"
    FOLLOW_UP = "FollowUp"
    CLOSED = "Closed"
    CLOSED_REFERRED = "ClosedReferred"


class Gender(StrEnum):  # prs_Gender
    FEMININE = "Feminine"
    MASCULINE = "Masculine"
    TRANSGENDER_FEMININE = "TransgenderFeminine"
    TRANSGENDER_MASCULINE = "TransgenderMasculine"
    NON_CONFORMING = "NonConforming"
    UNKNOWN = "NonSpecifiedUnknown"


class Sex(StrEnum):  # sex recorded at identification (not an HTCDS field; Pakistan's CNIC carries it)
    FEMALE = "Female"
    MALE = "Male"
    INTERSEX = "Intersex"  # includes khawaja sira where the person so identifies
    UNKNOWN = "Unknown"


class TraffickingStatus(StrEnum):  # vic_TraffickingStatus
    POSSIBLE = "PossibleVictimOfTrafficking"
    ACTUAL = "ActualVictimOfTrafficking"
    NOT = "NotAVictimOfTrafficking"


class DecisionOrg(StrEnum):  # vic_TraffickingStatusDecisionMakingOrg
    POLICE = "Police"
    NGO = "NGO"
    COURT = "CourtOrProsecution"
    NON_POLICE_GOVERNMENT = "NonPoliceGovernmentalOrganization"
    OTHER = "Other"


class Relationship(StrEnum):  # vic_RelationshipToTrafficker
    FAMILIAL = "Familial"
    ACQUAINTED = "Acquainted"
    UNACQUAINTED = "Unaquainted"  # sic: the HTCDS code is spelled this way


class Exploitation(StrEnum):  # vic_TypeOfExploitation
    FORCED_LABOUR = "ForcedLabour"
    SEXUAL = "SexualExploitation"
    CHILD_LABOUR = "ChildLabour"
    FORCED_MARRIAGE = "ForcedMarriage"
    SERVITUDE = "Servitude"
    FORCED_MILITARY = "ForcedMilitaryByNonStateActors"
    ORGAN_REMOVAL = "OrganRemoval"
    FORCED_BEGGING = "ForcedBegging"
    FORCED_ADOPTION = "ForcedAdoption"
    SURROGACY = "Surrogacy"
    FORCED_CRIMINALITY = "ForcedCriminality"  # not in HTCDS v2; scam-compound fraud is this
    OTHER = "Other"


class MeansOfControl(StrEnum):  # vic_MethodsOfControl
    PHYSICAL_THREATS = "PhysicalThreats"
    THREATS_LAW_ENFORCEMENT = "ThreatsLawEnforcement"
    THREATENS_FAMILY = "ThreatensChildrenFamily"
    DEBT_BONDAGE = "DebtBondage"
    FALSE_PROMISES = "FalsePromises"
    PHYSICAL_ABUSE = "PhysicalAbuse"
    SEXUAL_ABUSE = "SexualAbuse"
    TAKES_EARNINGS = "TakesEarnings"
    RESTRICTS_FINANCIAL_ACCESS = "RestrictsFinancialAccess"
    RESTRICTS_MEDICAL_CARE = "RestrictsMedicalCare"
    WITHHOLDS_NECESSITIES = "WithholdsNecessities"
    PSYCHOLOGICAL_ABUSE = "PsychologicalAbuse"
    PSYCHOACTIVE_SUBSTANCE = "PsychoactiveSubstance"
    EXCESSIVE_HOURS = "ExcessiveWorkingHours"
    WITHHOLDS_DOCUMENTS = "WithholdsDocuments"
    OTHER = "Other"


class RecruitmentMethod(StrEnum):  # vic_MethodOfRecruitment
    PLACE_OF_BUSINESS = "AtAPlaceOfBusiness"
    EDUCATIONAL_INSTITUTION = "AtAnEducationalInstitution"
    AT_WORK = "AtWork"
    ONLINE_SOCIAL = "ThroughOnlineSocialNetworks"
    ONLINE_AD = "ThroughAnOnlineAdvertisement"
    TV_AD = "ThroughATelevisionAdvert"
    NEWSPAPER_AD = "ThroughANewspaperAdvert"
    FAMILY = "ThroughFamilyOrFamilyEvents"
    FRIENDS = "ThroughFriendsOrSocialEvents"
    OTHER = "Other"


class RecruitmentApp(StrEnum):  # vic_RecruitmentWebsitesAndApps
    FACEBOOK = "Facebook"
    INSTAGRAM = "Instagram"
    WHATSAPP = "WhatsApp"
    TELEGRAM = "Telegram"
    MESSENGER = "FacebookMessenger"
    VIBER = "Viber"
    SNAPCHAT = "SnapChat"
    LINE = "Line"
    WECHAT = "WeChat"
    TIKTOK = "TikTok"
    TWITTER = "Twitter"
    OTHER = "Other"


class PerpetratorRole(StrEnum):  # per_RoleInProcess
    TRAVELLING_PARTNER = "TravellingPartner"
    TRANSPORTER = "Transporter"
    RECRUITER = "RecruiterOrIntermediary"
    BROKER_TRAVEL_AGENT = "BrokerTravelAgent"
    SMUGGLER = "Smuggler"
    ABUSER = "Abuser"
    KIDNAPPER = "Kidnapper"
    EXPLOITER = "Exploiter"
    OTHER = "Other"


class EventType(StrEnum):  # hte_Type
    RECRUITMENT = "Recruitment"
    TRANSIT = "Transit"
    EXPLOITATION = "Exploitation"


class ConsentPurpose(StrEnum):
    CASE_MANAGEMENT = "CaseManagement"  # vic_AgreementToManagePersonalData
    REFERRAL = "Referral"
    INFORMATION_SHARING = "InformationSharing"
    FAMILY_TRACING = "FamilyTracing"
    FAMILY_CONTACT = "FamilyContact"
    LAW_ENFORCEMENT = "LawEnforcement"
    STATISTICS = "Statistics"


class ConsentGivenBy(StrEnum):
    SURVIVOR = "Survivor"
    GUARDIAN = "Guardian"
    BEST_INTEREST = "BestInterestDetermination"


class NoteKind(StrEnum):
    """Need-to-know classes: referrals later grant recipients only the kinds their service needs."""

    GENERAL = "general"
    PSYCHOSOCIAL = "psychosocial"
    INVESTIGATION = "investigation"
    LEGAL = "legal"
    CONSULAR = "consular"
