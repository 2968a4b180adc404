"""Every string a template passes to ``_()`` and every code label the pages show has an Urdu
translation, and Urdu pages are laid out right-to-left."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from rihai.access.admin_pages import ORG_TYPE_LABELS, ROLE_LABELS
from rihai.cases.labels import CODE_LISTS, LABELS, label

ROOT = Path(str(resources.files("rihai")))
PO_DIR = ROOT / "web" / "locales" / "ur" / "LC_MESSAGES"
PO = PO_DIR / "messages.po"
# _("..."), _('...'), with %(name)s arguments allowed after the literal.
LITERAL = re.compile(r"""\b_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")


def catalogue() -> dict[str, str]:
    """All domain catalogues merged, as the app loads them."""
    merged: dict[str, str] = {}
    for path in sorted(PO_DIR.glob("*.po")):
        with path.open("rb") as fh:
            cat = read_po(fh, locale="ur")
        merged.update({m.id: m.string for m in cat
                       if m.id and isinstance(m.id, str) and not m.fuzzy and m.string})
    return merged


def template_literals() -> set[str]:
    found: set[str] = set()
    for path in ROOT.glob("**/templates/**/*.html"):
        for m in LITERAL.finditer(path.read_text("utf-8")):
            found.add(m.group(1) if m.group(1) is not None else m.group(2))
    return found


def test_catalogue_header() -> None:
    text = PO.read_text("utf-8")
    assert '"Language: ur\\n"' in text
    assert '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"' in text


def test_every_template_string_is_translated() -> None:
    cat = catalogue()
    literals = template_literals()
    assert len(literals) > 100  # the extraction works
    missing = sorted(s for s in literals if not cat.get(s))
    assert not missing, f"untranslated: {missing}"


def test_placeholders_survive_translation() -> None:
    for msgid, msgstr in catalogue().items():
        wanted = set(re.findall(r"%\((\w+)\)s", msgid))
        assert set(re.findall(r"%\((\w+)\)s", msgstr)) == wanted, msgid


def test_every_code_label_is_translated() -> None:
    cat = catalogue()
    labels = {label(str(c)) for enum in CODE_LISTS for c in enum} | set(LABELS.values())
    labels |= set(ORG_TYPE_LABELS.values()) | set(ROLE_LABELS.values())
    missing = sorted(s for s in labels if not cat.get(s))
    assert not missing, f"untranslated labels: {missing}"


@pytest.mark.parametrize("path", ["/login?lang=ur"])
def test_urdu_page_is_rtl(client, path: str) -> None:  # type: ignore[no-untyped-def]
    html = client.get(path).text
    assert '<html lang="ur" dir="rtl">' in html
    assert "سائن ان" in html


def test_a_message_in_several_catalogues_means_the_same_in_each() -> None:
    """Domains keep catalogues of their own and the app merges them in file-name order: a message
    two domains both translate ("Company", "Network") must read the same in each, else which one
    a page shows would depend on a file name."""
    seen: dict[str, tuple[str, str]] = {}
    clashes = []
    for path in sorted(PO_DIR.glob("*.po")):
        with path.open("rb") as fh:
            for m in read_po(fh, locale="ur"):
                if not (m.id and isinstance(m.id, str) and m.string) or m.fuzzy:
                    continue
                if m.id in seen and seen[m.id][1] != m.string:
                    clashes.append((m.id, seen[m.id][0], path.name))
                seen.setdefault(m.id, (path.name, m.string))
    assert not clashes, clashes
