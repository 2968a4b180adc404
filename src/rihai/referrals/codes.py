"""Code lists of the referral mechanism, and what each service needs to know about a survivor.

The need-to-know table is the heart of the privacy design (after Primero's referral field sets): a
receiving agency reads only the field groups its service needs, and only while the referral is
active. ``cases.sharing`` turns the groups into the columns it selects.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from enum import StrEnum

from rihai.cases.service import ConsentPurpose, FieldGroup, NoteKind
from rihai.cases.service import label as case_label


class ServiceType(StrEnum):
    SHELTER = "Shelter"
    MEDICAL = "Medical"
    PSYCHOSOCIAL = "Psychosocial"
    LEGAL_AID = "LegalAid"
    VOCATIONAL = "VocationalTraining"
    LIVELIHOOD = "Livelihood"
    EDUCATION = "Education"
    FINANCIAL = "FinancialSupport"
    REPATRIATION = "RepatriationConsular"
    FAMILY_TRACING = "FamilyTracing"
    REINTEGRATION = "Reintegration"
    INVESTIGATION = "Investigation"


class Urgency(StrEnum):
    EMERGENCY = "emergency"
    URGENT = "urgent"
    ROUTINE = "routine"


# How long the receiving agency has to answer, unless the sender sets a deadline.
RESPONSE_TIME: dict[Urgency, timedelta] = {
    Urgency.EMERGENCY: timedelta(hours=12),
    Urgency.URGENT: timedelta(days=3),
    Urgency.ROUTINE: timedelta(days=10),
}


class ReferralState(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    IN_SERVICE = "in_service"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    REVOKED = "revoked"


# While a referral is in one of these states the receiving agency may read its need-to-know view.
ACTIVE_STATES = frozenset({ReferralState.ACCEPTED, ReferralState.IN_SERVICE})
OPEN_STATES = frozenset({ReferralState.DRAFT, ReferralState.SENT, ReferralState.ACCEPTED,
                         ReferralState.IN_SERVICE})


class EligibleGroup(StrEnum):
    WOMEN = "women"
    MEN = "men"
    GIRLS = "girls"
    BOYS = "boys"
    TRANSGENDER = "transgender"


class DeclineReason(StrEnum):
    NO_CAPACITY = "NoCapacity"
    NOT_ELIGIBLE = "NotEligible"
    OUT_OF_AREA = "OutOfArea"
    SERVICE_NOT_OFFERED = "ServiceNotOffered"
    SAFETY_RISK = "SafetyRisk"
    OTHER = "Other"


class EndReason(StrEnum):
    """Why a sender cancelled or revoked a referral."""

    CONSENT_WITHDRAWN = "ConsentWithdrawn"
    NO_LONGER_NEEDED = "NoLongerNeeded"
    SENT_IN_ERROR = "SentInError"
    SAFETY_CONCERN = "SafetyConcern"
    OTHER = "Other"


class ChildDecision(StrEnum):
    """For a child, who decided the referral is right: the guardian, or a best-interest
    determination (when the guardian is absent or is part of the harm)."""

    GUARDIAN = "GuardianConsent"
    BEST_INTEREST = "BestInterestDetermination"


# The consent purpose a referral for each service needs (the recipient must be covered too).
CONSENT_PURPOSE: dict[ServiceType, ConsentPurpose] = {
    **{s: ConsentPurpose.REFERRAL for s in ServiceType},
    ServiceType.INVESTIGATION: ConsentPurpose.LAW_ENFORCEMENT,
    ServiceType.FAMILY_TRACING: ConsentPurpose.FAMILY_TRACING,
}

G = FieldGroup
_CARE = frozenset({G.IDENTITY, G.CONTACT, G.ORIGIN})
NEED_TO_KNOW: dict[ServiceType, frozenset[FieldGroup]] = {
    # A shelter needs to know who is arriving and how to reach them, not the investigation.
    ServiceType.SHELTER: _CARE,
    ServiceType.MEDICAL: frozenset({G.IDENTITY}),
    ServiceType.PSYCHOSOCIAL: frozenset({G.IDENTITY, G.SITUATION}),
    ServiceType.LEGAL_AID: frozenset({G.IDENTITY, G.IDENTIFIERS, G.ORIGIN, G.SITUATION, G.ROUTE,
                                      G.PERPETRATORS}),
    ServiceType.VOCATIONAL: _CARE,
    ServiceType.LIVELIHOOD: _CARE,
    ServiceType.EDUCATION: _CARE,
    ServiceType.FINANCIAL: _CARE | {G.IDENTIFIERS},
    ServiceType.REPATRIATION: frozenset({G.IDENTITY, G.IDENTIFIERS, G.CONTACT, G.ORIGIN, G.ROUTE}),
    ServiceType.FAMILY_TRACING: frozenset({G.IDENTITY, G.IDENTIFIERS, G.ORIGIN, G.ROUTE}),
    ServiceType.REINTEGRATION: _CARE | {G.SITUATION},
    # An investigator sees the facts of the crime, never psychosocial notes.
    ServiceType.INVESTIGATION: frozenset({G.IDENTITY, G.IDENTIFIERS, G.CONTACT, G.ORIGIN,
                                          G.SITUATION, G.ROUTE, G.PERPETRATORS}),
}
NOTE_KINDS: dict[ServiceType, frozenset[NoteKind]] = {
    **{s: frozenset({NoteKind.GENERAL}) for s in ServiceType},
    ServiceType.PSYCHOSOCIAL: frozenset({NoteKind.GENERAL, NoteKind.PSYCHOSOCIAL}),
    ServiceType.LEGAL_AID: frozenset({NoteKind.GENERAL, NoteKind.LEGAL}),
    ServiceType.REPATRIATION: frozenset({NoteKind.GENERAL, NoteKind.CONSULAR}),
    ServiceType.INVESTIGATION: frozenset({NoteKind.GENERAL, NoteKind.INVESTIGATION, NoteKind.LEGAL}),
}

# Kinds of attached file each service may open (cases.attachments.codes.AttachmentKind), while the
# referral is active and consented, and only those the receiving person's role reads too. Medical
# files go only to medical and psychosocial care.
ATTACHMENT_KINDS: dict[ServiceType, frozenset[str]] = {
    **{s: frozenset() for s in ServiceType},
    ServiceType.MEDICAL: frozenset({"medical"}),
    ServiceType.PSYCHOSOCIAL: frozenset({"medical"}),
    ServiceType.LEGAL_AID: frozenset({"identity_document", "legal"}),
    ServiceType.FINANCIAL: frozenset({"identity_document"}),
    ServiceType.REPATRIATION: frozenset({"identity_document", "photo"}),
    ServiceType.FAMILY_TRACING: frozenset({"photo"}),
    ServiceType.INVESTIGATION: frozenset({"identity_document", "legal", "photo"}),
}

# English labels people read (msgids of the Urdu catalogue ``referrals.po``).
LABELS: dict[str, str] = {
    "Shelter": "Shelter", "Medical": "Medical care", "Psychosocial": "Psychosocial support",
    "LegalAid": "Legal aid", "VocationalTraining": "Vocational training", "Livelihood": "Livelihood",
    "Education": "Education", "FinancialSupport": "Financial support",
    "RepatriationConsular": "Repatriation and consular assistance", "FamilyTracing": "Family tracing",
    "Reintegration": "Reintegration", "Investigation": "Investigation",
    "emergency": "Emergency", "urgent": "Urgent", "routine": "Routine",
    "draft": "Draft", "sent": "Awaiting answer", "accepted": "Accepted", "declined": "Declined",
    "in_service": "In service", "completed": "Completed", "cancelled": "Cancelled", "revoked": "Revoked",
    "women": "Women", "men": "Men", "girls": "Girls", "boys": "Boys", "transgender": "Transgender people",
    "NoCapacity": "No places free", "NotEligible": "Not eligible for this service",
    "OutOfArea": "Outside the area served", "ServiceNotOffered": "Service not offered",
    "SafetyRisk": "Safety risk", "Other": "Other reason",
    "ConsentWithdrawn": "Consent withdrawn", "NoLongerNeeded": "No longer needed",
    "SentInError": "Sent in error", "SafetyConcern": "Safety concern",
    "GuardianConsent": "Guardian's consent", "BestInterestDetermination": "Best-interest determination",
    "send": "Send", "cancel": "Cancel referral", "revoke": "Revoke referral", "accept": "Accept",
    "decline": "Decline", "start": "Start the service", "complete": "Mark the service completed", "create": "Created",
    "identity": "Identity", "identifiers": "Identity documents", "contact": "Contact details",
    "origin": "Home and citizenship", "situation": "Trafficking situation", "route": "Route",
    "perpetrators": "Recruiters and agents",
    "district": "In the district", "province": "In the province", "nationwide": "Nationwide",
    "abroad": "Abroad",
}
# What happened, as the timeline says it (issue 19: "Sent to the receiving agency", not the button's
# "Send"); msgids of the Urdu catalogue.
HAPPENED: dict[str, str] = {
    "create": "Draft created", "send": "Sent to the receiving agency", "cancel": "Cancelled by the sender",
    "revoke": "Withdrawn by the sender", "accept": "Accepted by the receiving agency",
    "decline": "Declined by the receiving agency", "start": "Service started", "complete": "Service completed",
}
CODE_LISTS = [ServiceType, Urgency, ReferralState, EligibleGroup, DeclineReason, EndReason, ChildDecision]


def label(code: object) -> str:
    text = str(code or "")
    return LABELS.get(text, text)


def translated_label(gettext: Callable[[str], str]) -> Callable[[object], str]:
    """The pages' ``lbl``: a referral code's label, or a case code's, in the reader's language."""
    def lbl(code: object) -> str:
        if not code:
            return ""
        text = str(code)
        return gettext(LABELS[text] if text in LABELS else case_label(text))

    return lbl
