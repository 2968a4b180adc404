"""The evidence pack read back from the PDF itself (pypdf), in English and Urdu: its sections, the
digests of the chain of custody, shaped Urdu, and no content of a redacted record anywhere."""

from __future__ import annotations

import ast
import io
import re
import unicodedata
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from pypdf import PdfReader
from factories.network_snapshots import SECRET_SUMMARY, snapshot

from rihai.networks.exports import evidence_pdf, items
from rihai.networks.exports import evidence as ev
from rihai.networks.exports.snapshot import Record, audit_digest, item_digest, redaction_marker
from rihai.web.i18n import translations

HEADINGS = ["Summary", "Network chart", "Linked cases, offers and tracing requests", "Entities and links",
            "Timeline", "Applicable law", "Source gradings", "Chain of custody"]


def _read(lang: str, **overrides) -> tuple[PdfReader, str]:  # type: ignore[no-untyped-def]
    reader = PdfReader(io.BytesIO(evidence_pdf(snapshot(**overrides), lang)))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def _flatten(outline: list) -> list:  # type: ignore[type-arg]
    return [x for o in outline for x in (_flatten(o) if isinstance(o, list) else [o])]


def _compact(text: str) -> str:
    return "".join(c for c in text if "\u0600" <= c <= "\u06ff" and unicodedata.category(c)[0] == "L")


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_pack_has_every_section_and_the_digests(lang: str) -> None:
    s = snapshot()
    reader, text = _read(lang)
    t = translations(lang).gettext
    titles = [o.title for o in _flatten(reader.outline)]
    for n, heading in enumerate(HEADINGS, start=1):
        assert f"{n}. {t(heading)}" in titles
    assert t("Evidence pack") in titles and reader.trailer["/Root"]["/Lang"] == lang
    flat = re.sub(r"\s+", "", text)
    for item in items(s).values():  # every item's digest is printed whole
        assert item_digest(item) in flat
    assert audit_digest(s.audit) in flat
    for entry in s.audit:
        assert entry.action in text
    assert "NET-1" in text and "Test Recruiter Alpha" in text
    assert "https://pakistanlawyer.com/?p=2593" in text  # the sources of the sections
    if lang == "en":
        assert "CONFIDENTIAL — law enforcement" in text
        assert "Prevention of Trafficking in Persons Act, 2018, section 3(1)" in text
        assert "Emigration Ordinance, 1979, section 22" in text
        assert "section not confirmed" not in text  # PSMA needs a border crossing: not in these facts
        assert "amended in February 2025" in re.sub(r"\s+", " ", text)  # the 2018 punishments are out of date
    assert reader.metadata["/Keywords"] == "SYNTHETIC"


def test_urdu_pack_is_shaped_right_to_left() -> None:
    """Shaped Urdu draws a letter with its initial, medial or final glyph, so one letter maps back
    from several glyph codes in the font's ToUnicode table; unshaped text draws each letter with
    one (isolated) glyph."""
    reader, text = _read("ur")
    assert reader.trailer["/Root"]["/Lang"] == "ur"
    naskh = [f for page in reader.pages for f in page["/Resources"]["/Font"].values()
             if "Naskh" in str(f.get_object()["/BaseFont"])]
    assert naskh
    cmap = naskh[0].get_object()["/ToUnicode"].get_data().decode("latin-1")
    targets = re.findall(r"<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]{4})>", cmap)
    letters = [chr(int(x, 16)) for x in targets if "\u0620" <= chr(int(x, 16)) <= "\u06ff"]
    assert len(letters) > len(set(letters)), "every Urdu letter drawn with one glyph: not shaped"
    # the words are there, in order, once the extractor's spacing is removed
    for word in ("ثبوت", "مجموعہ", "خفیہ"):
        assert _compact(word) in _compact(text)
    assert "Evidence pack" not in text and "Chain of custody" not in text


def test_english_pack_shapes_an_urdu_alias_too() -> None:
    reader, text = _read("en")
    assert _compact("ریکروٹر") in _compact(text)


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_a_redacted_record_shows_no_content(lang: str) -> None:
    s = snapshot()
    _, text = _read(lang)
    assert SECRET_SUMMARY not in text
    assert redaction_marker("Test FIA Circle") in text
    with pytest.raises(ValueError):  # a redacted record cannot even carry its content
        Record("TR-2", "tracing_request", "Test FIA Circle", s.records[0].date, SECRET_SUMMARY, redacted=True)


def test_every_string_of_the_pack_is_in_urdu() -> None:
    tree = ast.parse(Path(ev.__file__).read_text("utf-8"))
    wanted = {node.args[0].value for node in ast.walk(tree)
              if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)
              and (getattr(node.func, "id", "") == "t" or getattr(node.func, "attr", "") == "t")}
    assert len(wanted) > 30  # the extraction works
    wanted |= set(HEADINGS) | set(ev.KIND_LABELS.values()) | set(ev.SOURCE_LABELS.values())
    wanted |= set(ev.ROLE_LABELS.values()) | {ev.GRADING_KEY}
    t = translations("ur").gettext
    missing = sorted(m for m in wanted if t(m) == m)
    assert not missing, missing
