"""Code lists of the criminal-justice track and the support plan, with their English labels (the
msgids of ``web/locales/ur/LC_MESSAGES/justice.po``; ``tests/cases/justice/test_justice.py`` checks each
label has an Urdu translation).

Support-plan types are HTCDS v2 ``spl_Type`` (IOM, CC BY 4.0). Stages follow a Pakistani case
from complaint to appeal; the laws are the ones the FIA's Anti-Human Trafficking Circles charge
under.
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """Ordered: a case moves forward one stage at a time (``STAGE_ORDER``)."""

    COMPLAINT = "complaint"
    INQUIRY = "inquiry"
    FIR = "fir"
    INVESTIGATION = "investigation"
    CHALLAN = "challan"
    TRIAL = "trial"
    JUDGMENT = "judgment"
    APPEAL = "appeal"


STAGE_ORDER: list[Stage] = list(Stage)


class Outcome(StrEnum):
    CONVICTION = "conviction"
    PARTIAL_CONVICTION = "partial_conviction"
    ACQUITTAL = "acquittal"
    COMPROMISE = "compromise"  # compounded or settled between parties
    WITHDRAWN = "withdrawn"
    DISCHARGED = "discharged"  # accused discharged before trial / case cancelled
    OTHER = "other"


class Agency(StrEnum):
    FIA = "FIA"
    POLICE = "Police"
    CTD = "CTD"
    OTHER = "Other"


class ProtectionNeed(StrEnum):
    IDENTITY_PROTECTION = "identity_protection"  # name and face withheld from the record
    IN_CAMERA = "in_camera"  # hearing in chambers
    VIDEO_LINK = "video_link"  # testimony by video link or from behind a screen
    SAFE_HOUSING = "safe_housing"
    POLICE_PROTECTION = "police_protection"
    INTERPRETER = "interpreter"
    PSYCHOSOCIAL_SUPPORT = "psychosocial_support"
    TRAVEL_SUPPORT = "travel_support"
    RELOCATION = "relocation"


# Laws and sections as codes: "<law>:<section>". Prevention of Trafficking in Persons Act 2018
# (PTPA), Prevention of Smuggling of Migrants Act 2018 (PSMA), Emigration Ordinance 1979 (EO),
# Pakistan Penal Code 1860 (PPC). A label names what a section is about only where a public copy
# of the text or of an official summary confirms it (the same rule as the evidence pack's
# ``networks/exports/data/legal_sections.json``, which lists the sources): a prosecutor picks
# charges from this list, and a wrong title next to a section number misleads. The others say
# their title is unconfirmed. All three laws were amended in February 2025 (higher punishments).
_UNCONFIRMED = "title not confirmed: read the Gazette text"
LAW_SECTIONS: dict[str, str] = {
    "PTPA2018:3": "PTPA 2018 s. 3 — trafficking in persons",
    "PTPA2018:4": f"PTPA 2018 s. 4 — {_UNCONFIRMED}",
    "PTPA2018:5": f"PTPA 2018 s. 5 — {_UNCONFIRMED}",
    "PTPA2018:6": f"PTPA 2018 s. 6 — {_UNCONFIRMED}",
    "PTPA2018:7": f"PTPA 2018 s. 7 — {_UNCONFIRMED}",
    "PSMA2018:3": f"PSMA 2018 s. 3 — {_UNCONFIRMED}",
    "PSMA2018:4": f"PSMA 2018 s. 4 — {_UNCONFIRMED}",
    "PSMA2018:5": f"PSMA 2018 s. 5 — {_UNCONFIRMED}",
    "PSMA2018:6": f"PSMA 2018 s. 6 — {_UNCONFIRMED}",
    "EO1979:17": "Emigration Ordinance 1979 s. 17 — unlawful emigration",
    "EO1979:18": "Emigration Ordinance 1979 s. 18 — fraudulently inducing to emigrate",
    "EO1979:19": "Emigration Ordinance 1979 s. 19 — false representation of Government authority",
    "EO1979:22": "Emigration Ordinance 1979 s. 22 — receiving money for providing foreign employment",
    "PPC:365B": "PPC s. 365-B — kidnapping or abducting a woman to compel marriage",
    "PPC:369A": "PPC s. 369-A — trafficking in human beings",
    "PPC:370": "PPC s. 370 — buying or disposing of any person as a slave",
    "PPC:371": "PPC s. 371 — habitual dealing in slaves",
    "PPC:371A": "PPC s. 371-A — selling a person for prostitution",
    "PPC:371B": "PPC s. 371-B — buying a person for prostitution",
    "PPC:374": "PPC s. 374 — unlawful compulsory labour",
    "PPC:420": "PPC s. 420 — cheating",
    "BLSA1992:4": "Bonded Labour System (Abolition) Act 1992 s. 4",
}


class SupportType(StrEnum):  # spl_Type
    EDUCATION = "Education"
    FINANCIAL = "Financial"
    HEALTH = "Health"
    LABOUR_REHAB = "LabourExploitationRehabilitation"
    LEGAL = "Legal"
    LIVELIHOOD = "Livelihood"
    RIGHTS_TRAINING = "RightsBasedTraining"
    SEXUAL_REHAB = "SexualExploitationRehabilitation"
    SOCIAL_CARE = "SocialCare"


class ItemStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


OPEN_STATUSES: frozenset[str] = frozenset({ItemStatus.OPEN, ItemStatus.IN_PROGRESS})

JUSTICE_LABELS: dict[str, str] = {
    "complaint": "Complaint", "inquiry": "Inquiry", "fir": "FIR registered",
    "investigation": "Investigation", "challan": "Challan (charge sheet) filed", "trial": "Trial",
    "judgment": "Judgment", "appeal": "Appeal",
    "conviction": "Conviction", "partial_conviction": "Conviction on some charges",
    "acquittal": "Acquittal", "compromise": "Compromise", "withdrawn": "Withdrawn",
    "discharged": "Discharged", "other": "Other",
    "FIA": "FIA", "Police": "Police", "CTD": "Counter Terrorism Department", "Other": "Other",
    "identity_protection": "Identity withheld from the record", "in_camera": "Hearing in camera",
    "video_link": "Testimony by video link or behind a screen", "safe_housing": "Safe housing",
    "police_protection": "Police protection", "interpreter": "Interpreter",
    "psychosocial_support": "Psychosocial support in court", "travel_support": "Travel to court",
    "relocation": "Relocation",
    "Education": "Education", "Financial": "Financial", "Health": "Health",
    "LabourExploitationRehabilitation": "Labour exploitation rehabilitation", "Legal": "Legal",
    "Livelihood": "Livelihood", "RightsBasedTraining": "Rights-based training",
    "SexualExploitationRehabilitation": "Sexual exploitation rehabilitation",
    "SocialCare": "Social care",
    "open": "Open", "in_progress": "In progress", "done": "Done", "cancelled": "Cancelled",
    **LAW_SECTIONS,
}
JUSTICE_CODE_LISTS = [Stage, Outcome, Agency, ProtectionNeed, SupportType, ItemStatus]


def jlabel(code: str | None) -> str:
    return JUSTICE_LABELS.get(code or "", code or "")
