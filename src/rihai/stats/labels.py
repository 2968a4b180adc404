"""What people read instead of codes: each breakdown's categories named in English or Urdu.

The store and the suppression work on codes (``ForcedLabour``, ``PK-PB``, ``AE``, ``18--20``);
only what is shown is named, here, from the domains' own label tables (the English label is the
msgid of the Urdu catalogue, as everywhere in Rihai), CLDR country names (Babel, English and
Urdu) and the province names of ``data/pakistan_admin.json``. A code nobody labelled is shown as
it is. CSV downloads keep the code in a column of its own, so tooling keyed on codes still works.
"""

from __future__ import annotations

from functools import lru_cache

from rihai.cases.service import JUSTICE_LABELS
from rihai.cases.service import label as case_label
from rihai.referrals.service import LABELS as REFERRAL_LABELS
from rihai.validators import countries, pakistan_admin
from rihai.web.i18n import translations

NOT_RECORDED = "NotRecorded"  # service.UNKNOWN, kept here so this module needs no store
_COUNTRY_KEYS = {"citizenship", "destination", "transit"}
_CASE_KEYS = {"sex", "gender", "exploitation", "control", "recruitment", "relationship", "status"}
_JUSTICE_KEYS = {"support_type", "prosecution_stage", "prosecution_outcome"}
_REFERRAL_KEYS = {"referral_service", "referral_state"}


def text(message: str, locale: str = "en") -> str:
    """A fixed string of the charts or the CSV, translated."""
    return translations(locale).gettext(message)


def _country(code: str, locale: str) -> str:
    return countries(locale).get(code) or countries("en").get(code) or code


@lru_cache(maxsize=4096)
def name(key: str, code: str, locale: str = "en") -> str:
    """The readable name of category ``code`` of breakdown ``key`` (``service.DIMENSIONS``)."""
    if code == NOT_RECORDED:
        return text("Not recorded", locale)
    if code == "Total":
        return text("Total", locale)
    if code == "Other":  # a category of every breakdown, places outside Pakistan's provinces included
        return text("Other", locale)
    if key in _COUNTRY_KEYS:
        return _country(code, locale)
    if key == "route":  # "PK>AE>MM": the countries in order
        arrow = " ← " if locale == "ur" else " → "
        return arrow.join(_country(c, locale) for c in code.split(">"))
    if key == "province":
        place = pakistan_admin().get(code)
        return (place.get(locale) or place["en"]) if place else code
    if key == "age":  # CTDC writes bands with a double hyphen
        return code.replace("--", "–")
    if key in _CASE_KEYS:
        english = case_label(code)
    elif key in _JUSTICE_KEYS:
        english = JUSTICE_LABELS.get(code, code)
    elif key in _REFERRAL_KEYS:
        english = REFERRAL_LABELS.get(code, code)
    else:  # years, months, districts: already readable
        return code
    return text(english, locale)
