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


class ForcedLabourIndustry(StrEnum):  # vic_ForcedLabourIndustry (ISIC Rev. 4 sections)
    AGRICULTURE = "A_AgricultureForestryAndFishing"
    MINING = "B_MiningAndQuarrying"
    MANUFACTURING = "C_Manufacturing"  # brick kilns, carpets, textiles
    ENERGY = "D_ElectricityGasSteamAndAirConditioningSupply"
    WATER_WASTE = "E_WaterSupplySewerageWasteManagement"
    CONSTRUCTION = "F_Construction"
    TRADE = "G_WholesaleAndRetailTradeRepairOfMotorVehicles"
    TRANSPORT = "H_TransportationAndStorage"
    ACCOMMODATION_FOOD = "I_AccommodationAndFoodServiceActivities"
    INFORMATION = "J_InformationAndCommunication"
    FINANCE = "K_FinancialAndInsuranceActivities"
    REAL_ESTATE = "L_RealEstateActivities"
    PROFESSIONAL = "M_ProfessionalScientificAndTechnicalActivities"
    ADMINISTRATIVE = "N_AdministrativeAndSupportServiceActivities"
    PUBLIC_ADMINISTRATION = "O_PublicAdministrationAndDefence"
    EDUCATION = "P_Education"
    HEALTH = "Q_HumanHealthAndSocialWorkActivities"
    ARTS = "R_ArtsEntertainmentAndRecreation"
    OTHER_SERVICES = "S_OtherServiceActivities"
    HOUSEHOLDS = "T_ActivitiesOfHouseholdsAsEmployers"  # domestic work
    EXTRATERRITORIAL = "U_ActivitiesOfExtraterritorialOrganizations"
    # Not in HTCDS v2, whose list has no catch-all: an industry nobody can place (a scam compound's
    # forced fraud). The column stays a code either way; what was typed before coding is kept
    # encrypted in ``cases.forced_labour_industry_other``.
    OTHER = "Other"


# The HTCDS labels of the ISIC sections (msgids of ``web/locales/ur/LC_MESSAGES/industries.po``).
INDUSTRY_LABELS: dict[str, str] = {
    "A_AgricultureForestryAndFishing": "Agriculture, forestry and fishing",
    "B_MiningAndQuarrying": "Mining and quarrying",
    "C_Manufacturing": "Manufacturing (including brick kilns)",
    "D_ElectricityGasSteamAndAirConditioningSupply": "Electricity, gas, steam and air conditioning supply",
    "E_WaterSupplySewerageWasteManagement": "Water supply, sewerage and waste management",
    "F_Construction": "Construction",
    "G_WholesaleAndRetailTradeRepairOfMotorVehicles": "Wholesale and retail trade; repair of vehicles",
    "H_TransportationAndStorage": "Transportation and storage",
    "I_AccommodationAndFoodServiceActivities": "Hotels, restaurants and food service",
    "J_InformationAndCommunication": "Information and communication",
    "K_FinancialAndInsuranceActivities": "Financial and insurance activities",
    "L_RealEstateActivities": "Real estate activities",
    "M_ProfessionalScientificAndTechnicalActivities": "Professional, scientific and technical activities",
    "N_AdministrativeAndSupportServiceActivities": "Administrative and support services",
    "O_PublicAdministrationAndDefence": "Public administration and defence",
    "P_Education": "Education",
    "Q_HumanHealthAndSocialWorkActivities": "Health and social work",
    "R_ArtsEntertainmentAndRecreation": "Arts, entertainment and recreation",
    "S_OtherServiceActivities": "Other service activities",
    "T_ActivitiesOfHouseholdsAsEmployers": "Domestic work (households as employers)",
    "U_ActivitiesOfExtraterritorialOrganizations": "Extraterritorial organisations",
}
