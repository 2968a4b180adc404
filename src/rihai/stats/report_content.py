"""What the national report says, shared by the builder (``report.py``) and the PDF writer
(``report_pdf.py``): its fixed strings (English msgids, translated through ``stats.po``), the
official UNODC context, the section list, and ``ReportData``, the report as built. Kept apart so
the writer needs nothing from the builder and the builder imports the writer at module level."""

from __future__ import annotations

from dataclasses import dataclass

from rihai.stats import queries
from rihai.stats.labels import name, text

# UNODC, Global Report on Trafficking in Persons (data export of 2023-05-30), Pakistan. Only the
# few figures shown are copied, with UNODC's own "<5" convention.
GLOTIP_SOURCE = ("Source: UNODC, Global Report on Trafficking in Persons (dataUNODC export, "
                 "2023-05-30), Pakistan. Figures below 5 are published by UNODC as \"<5\".")
GLOTIP_TITLE = "Official context: UNODC figures for Pakistan"
GLOTIP = [
    ("Detected trafficking victims", "2019", "<5"), ("Detected trafficking victims", "2020", "22"),
    ("Persons brought into formal contact", "2019", "80"),
    ("Persons brought into formal contact", "2020", "32"),
    ("Persons prosecuted", "2008", "1,642"), ("Persons prosecuted", "2011", "3,920"),
    ("Persons convicted", "2011", "98"), ("Persons convicted", "2013", "8"),
    ("Offences of trafficking in persons", "2019", "7"), ("Offences of trafficking in persons", "2020", "15"),
]
# Section titles are msgids; the number is added when written, so translators never see it.
SECTIONS = [
    ("Victims identified", ["year", "status"]),
    ("Victims by sex and age", ["sex", "gender", "age"]),
    ("Origin", ["province", "district", "citizenship"]),
    ("Routes and destinations", ["destination", "transit", "route"]),
    ("Forms of exploitation and means of control", ["exploitation", "control"]),
    ("Recruitment", ["recruitment", "relationship"]),
    ("Referrals and services", ["referral_service", "referral_state", "support_type"]),
    ("Prosecutions and convictions", ["prosecution_stage", "prosecution_outcome"]),
]
TITLE = "Trafficking in persons: victims identified and assisted"
SUMMARY = "Period: %(period)s. Scope: %(scope)s. People covered: %(n)s. Produced by Rihai on %(day)s."
SUPPRESSION_NOTE = '"<5": 1 to 4 people; "x": hidden so that totals cannot reveal a "<5"'  # the dashboard's
SYNTHETIC = "SYNTHETIC DATA (demo instance): these are not real people"
RELEASE_HEADING = "Microdata releases"
RELEASE_K = ("Latest microdata release (%(day)s): k-anonymous, k = %(k)s over every column; %(rows)s rows "
             "left out and %(cells)s cells suppressed; no ε spent.")
RELEASE_DP = ("Latest microdata release (%(day)s): differentially private synthetic records; ε = %(epsilon)s "
              "spent of the lifetime ε = %(cap)s; marginal error (total variation distance) %(one)s one-way "
              "and %(two)s two-way on average.")
RELEASE_NONE = "No microdata has been released yet."
UNITS_NOTE = ("Referral counts are referrals, not people (one person may be referred to several "
           "services); prosecution counts are cases with a criminal-justice track.")


@dataclass
class ReportData:
    title: str
    period: str
    population: int
    sections: list[tuple[str, list[queries.Panel]]]
    sex_by_age: tuple[list[str], list[str], list[list[str]]]
    scope_label: str
    synthetic: bool = False  # a demo instance's report says so on its first line and sheet
    locale: str = "en"
    release_note: str = ""  # which mode the latest microdata release used and what it cost

    def t(self, message: str, **values: object) -> str:
        """``message`` in the report's language (English is the msgid)."""
        out = text(message, self.locale)
        return out % values if values else out

    def name(self, key: str, code: str) -> str:
        return name(key, code, self.locale)
