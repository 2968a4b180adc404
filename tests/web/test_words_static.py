"""Words, not codes (issue 19), where no page needs to be opened to see it: every permission,
warning sign, tip status and case audit tag has a label people read, translated into Urdu, and no
error a person may read names an HTCDS field (``cas_ReasonForCaseClosure``)."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from babel.messages.pofile import read_po

from rihai.access.audit import AUDIT_TAG_LABELS, AuditTag
from rihai.access.permissions import PERMISSION_LABELS, Permission
from rihai.referrals.codes import HAPPENED
from rihai.screening.offers.service import flag_label
from rihai.screening.tips.service import TIP_STATUS_LABELS, TipStatus
from rihai.validators import country_name, language_name

ROOT = Path(str(resources.files("rihai")))


def _catalogue() -> dict[str, str]:
    merged: dict[str, str] = {}
    for path in sorted((ROOT / "web" / "locales" / "ur" / "LC_MESSAGES").glob("*.po")):
        with path.open("rb") as fh:
            merged.update({m.id: m.string for m in read_po(fh, locale="ur")
                           if m.id and isinstance(m.id, str) and not m.fuzzy and m.string})
    return merged


def test_every_label_has_its_urdu() -> None:
    cat = _catalogue()
    assert set(PERMISSION_LABELS) == set(Permission)
    assert set(TIP_STATUS_LABELS) == set(TipStatus)
    case_tags = {t.value for t in AuditTag if t.value.split(":")[0] in ("cases", "referrals", "screening")
                 and t.value.split(":")[1] not in ("synthetic", "register", "tip", "provider")}
    assert case_tags <= set(AUDIT_TAG_LABELS), sorted(case_tags - set(AUDIT_TAG_LABELS))
    english = [*PERMISSION_LABELS.values(), *TIP_STATUS_LABELS.values(), *AUDIT_TAG_LABELS.values(),
               *HAPPENED.values()]
    missing = sorted({e for e in english if not cat.get(e)})
    assert not missing, f"untranslated: {missing}"


def test_every_warning_sign_has_a_label_in_both_languages() -> None:
    import json

    doc = json.loads((ROOT / "screening" / "offers" / "data" / "red_flags.json").read_text("utf-8"))
    for item in [*doc["indicators"], *doc["interactions"]]:
        code = item["code"]
        assert item["label"]["en"] and item["label"]["ur"], code
        assert flag_label(code) == item["label"]["en"]
        assert flag_label(code, "ur") == item["label"]["ur"]
    assert flag_label("scam_role_in_sea") == "IT job in South-East Asia"
    assert flag_label("a_sign_no_longer_known") == "A sign no longer known"


def test_countries_and_languages_are_named() -> None:
    assert country_name("MM") == "Myanmar (Burma)"
    assert country_name("AE", "ur") != "AE" and country_name("XX") == "XX"
    assert [language_name(c) for c in ("ur", "pa", "skr")] == ["Urdu", "Punjabi", "Saraiki"]
    assert language_name("pa", "ur") == "پنجابی" and language_name("skr", "ur") == "سرائیکی"


# An error text: the first string argument of a raised rihai error.
RAISED = re.compile(r"raise (?:Invalid|Conflict|NotFound|Forbidden|Unprocessable|RihaiError)\w*\(\s*f?\"([^\"]*)\"")


def test_no_error_text_names_an_htcds_field() -> None:
    offenders = []
    for path in ROOT.glob("**/*.py"):
        for m in RAISED.finditer(path.read_text("utf-8")):
            if re.search(r"\b[a-z]{3}_[A-Z]\w+", m.group(1)):
                offenders.append(f"{path.relative_to(ROOT)}: {m.group(1)}")
    assert not offenders, offenders


# A value read left to right (issue 19: "3456/LHR" must not show as "LHR/3456" in Urdu): shown in
# the page's text, it goes through the ``ltr`` filter. Inside an attribute or the <title> no markup
# may go, and the browser does not reorder those for the reader anyway.
LEFT_TO_RIGHT = re.compile(r"reference|cnic|passport|phones?\b|licen[cs]e|fir_number|match_weight")
EXPRESSION = re.compile(r"{{(.*?)}}")


def test_every_number_shown_is_kept_left_to_right() -> None:
    offenders = []
    for path in ROOT.glob("**/templates/**/*.html"):
        rel = path.relative_to(ROOT)
        if rel.parts[0] == "networks":  # its templates belong to the networks work (issue 17)
            continue
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if "{% block title %}" in line:
                continue
            for m in EXPRESSION.finditer(line):
                expr = m.group(1)
                before = line[:m.start()]
                in_attribute = before.count('"') % 2 == 1
                isolated = re.search(r'dir="ltr"[^<>]*>$', before)  # its own element, left to right
                if (LEFT_TO_RIGHT.search(expr) and "|ltr" not in expr and not in_attribute and not isolated
                        and "_(" not in expr and "errors" not in expr and "v.get" not in expr):
                    offenders.append(f"{rel}:{n}: {{{{{expr}}}}}")
    assert not offenders, "\n".join(offenders)


def test_no_error_box_shows_a_field_name() -> None:
    """An error box names the problem and links to the field, never ``<code>reason</code>:``."""
    offenders = [str(p.relative_to(ROOT)) for p in ROOT.glob("**/templates/**/*.html")
                 if re.search(r"<code>{{ *key *}}</code>", p.read_text("utf-8"))]
    assert not offenders, offenders
