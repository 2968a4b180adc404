"""The national report in English and Urdu (issue 14): built from a store filled by the real
extract, read back from the PDF's own text (pypdf), not from the data handed to the writer."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader

from rihai.stats import queries, report, service
from rihai.stats.labels import text

SMALL = {"1", "2", "3", "4"}


def _pdf(db, stats_world, locale: str) -> tuple[PdfReader, str]:  # type: ignore[no-untyped-def]
    actor = stats_world.world.actor("analyst")
    body = report.export(db, actor, stats_world.path, service.make_filters(None, None), "pdf", locale)
    reader = PdfReader(io.BytesIO(body))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def _compact(extracted: str) -> str:
    """Shaped Urdu extracts glyph by glyph, with spaces and stray codes between the letters (pypdf
    reads a few of fpdf2's glyph codes raw): compare the Arabic-script letters only, in order."""
    return "".join(c for c in extracted if "\u0600" <= c <= "\u06ff" and unicodedata.category(c)[0] == "L")


def _latin_words(reader: PdfReader, below: float = 99) -> list[str]:
    """The words drawn in DejaVu Sans: every digit, "<5", "x", code and arrow of the report (Noto
    Naskh has none), so a count in any table cell is among them, in either language. ``below``
    keeps only text smaller than that: the tables' (8-9 pt), not the headings' numbers."""
    words: list[str] = []

    def visit(text: str, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        if font is not None and "DejaVu" in str(font.get("/BaseFont", "")) and size < below:
            words.extend(text.split())

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return words


@pytest.mark.parametrize("locale", ["en", "ur"])
def test_report_pdf_is_complete_suppressed_and_has_no_question_marks(db, stats_world, locale):
    reader, extracted = _pdf(db, stats_world, locale)
    compact = _compact(extracted)
    # every heading is in the report's language, as text (shaped Urdu extracts as its letters)
    for heading in ("Victims identified", "Victims by sex and age", "Origin", "Routes and destinations",
                    "Recruitment", "Prosecutions and convictions", "Category", "Count", "Total",
                    "Official context: UNODC figures for Pakistan", "Sex by age band", "Indicator"):
        if locale == "en":
            assert heading in extracted
        else:
            # fpdf2 places shaped glyphs one cluster at a time, and extractors (pypdf, poppler
            # alike) put right-to-left words in page order and sometimes split a word (مقام came
            # out as "قام ... م"): so the heading is found by its words, at least one of them
            # whole; the exact strings are checked in the outline below
            words = text(heading, "ur").split()
            assert any(_compact(word) in compact for word in words if len(word) > 1), heading
    if locale == "ur":
        assert text("Victims identified", "ur") != "Victims identified"
        assert "Victims identified" not in extracted and "Category" not in extracted
        assert reader.trailer["/Root"]["/Lang"] == "ur"
    words = _latin_words(reader)
    # route arrows are drawn with a glyph the fonts have, never "?"
    assert ("←" if locale == "ur" else "→") in words
    assert not [w for w in words if "?" in w]
    # small-cell suppression holds in the PDF itself: no count from 1 to 4 in any cell, "<5" is there
    assert "<5" in words and "x" in words
    cells = _latin_words(reader, below=10)
    assert "<5" in cells and "31" in cells  # the tables are among them
    assert not SMALL & set(cells), sorted(SMALL & set(cells))
    # screen readers and navigation: title, subject and an outline entry per heading
    assert reader.metadata.title and reader.metadata.subject
    titles = [o.title for o in _flatten(reader.outline)]
    for number, (heading, _) in enumerate(report.SECTIONS, start=1):
        assert f"{number}. {text(heading, locale)}" in titles


def _flatten(outline: list) -> list:  # type: ignore[type-arg]
    return [x for o in outline for x in (_flatten(o) if isinstance(o, list) else [o])]


def test_synthetic_store_says_so_in_urdu_too(db, stats_world, monkeypatch):
    monkeypatch.setattr(queries, "counts_synthetic", lambda con: True)
    reader, extracted = _pdf(db, stats_world, "ur")
    marking = text(report.SYNTHETIC, "ur")
    assert marking != report.SYNTHETIC and marking in reader.metadata.title
    assert reader.metadata["/Keywords"] == "SYNTHETIC"
    found = [word for word in marking.split() if len(word) > 2 and _compact(word) in _compact(extracted)]
    assert len(found) >= 3, found


def test_xlsx_in_urdu_reads_right_to_left(db, stats_world):
    from openpyxl import load_workbook

    actor = stats_world.world.actor("analyst")
    body = report.export(db, actor, stats_world.path, service.make_filters(None, None), "xlsx", "ur")
    wb = load_workbook(io.BytesIO(body))
    assert all(ws.sheet_view.rightToLeft for ws in wb.worksheets)
    assert wb.worksheets[1].title == text("Victims identified", "ur")[:31]


def test_web_download_follows_the_page_language(make_browser, stats_world):
    from factories import PASSWORD

    b = make_browser()
    b.login(stats_world.world.users["analyst"].username, PASSWORD)
    urdu = PdfReader(io.BytesIO(b.form("/stats/report?lang=ur", {"format": "pdf"}).content))
    english = PdfReader(io.BytesIO(b.form("/stats/report", {"format": "pdf"}).content))
    assert urdu.trailer["/Root"]["/Lang"] == "ur" and english.trailer["/Root"]["/Lang"] == "en"
    assert urdu.metadata.title == text(report.TITLE, "ur") and english.metadata.title == report.TITLE


def test_cli_refuses_an_unknown_language(tmp_path):
    from cli.clitools import rihai_for

    with rihai_for("sqlite", tmp_path) as rihai:
        refused = rihai("stats", "report", "--out", str(tmp_path / "r.pdf"), "--lang", "fr")
        assert refused.exit_code == 1 and "--lang" in refused.output
