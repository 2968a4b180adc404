"""The national report drawn as PDF (fpdf2), in English or in Urdu.

Urdu is shaped by HarfBuzz (``uharfbuzz``, through fpdf2's text shaping) in Noto Naskh Arabic
(vendored, OFL, ``fonts/``) and laid out right to left: headings and text aligned right, the
tables' columns mirrored. Noto Naskh has no Latin letters, digits or arrows, so DejaVu Sans
(shipped with matplotlib, which draws the charts) is the fallback for those: numbers, codes and
the route arrows keep their own shape and direction and never turn into "?". The document carries
its language, title and subject, and every heading is an outline entry for screen readers and
navigation.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rihai.stats import charts

from rihai.stats.report_content import (GLOTIP, GLOTIP_SOURCE, GLOTIP_TITLE, RELEASE_HEADING, SUMMARY,
                                        SUPPRESSION_NOTE, UNITS_NOTE, ReportData)

if TYPE_CHECKING:
    from fpdf import FPDF

ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
NASKH = Path(__file__).parent / "fonts" / "NotoNaskhArabic-Regular.ttf"
CHARTS = ("year", "age", "destination", "exploitation", "route")
BODY = 180  # printable width of A4 with fpdf2's default 10 mm margins


def _dejavu(style: str = "") -> Path:
    import matplotlib

    name = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}[style]
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name


class _Writer:
    """Keeps the direction in one place: ``rtl`` flips alignment and column order."""

    def __init__(self, data: ReportData) -> None:
        from fpdf import FPDF

        self.data = data
        self.rtl = data.locale == "ur"
        pdf = FPDF(format="A4")
        self.pdf: FPDF = pdf
        for style in ("", "B", "I"):
            pdf.add_font("dejavu", style, str(_dejavu(style)))
        if self.rtl:
            # Naskh has one weight, registered once (the same file under three style names drew
            # garbled letters in table cells): headings are set larger instead of bold
            pdf.add_font("naskh", "", str(NASKH))
            pdf.set_fallback_fonts(["dejavu"], exact_match=False)
            self._direction("rtl")
        self.family = "naskh" if self.rtl else "dejavu"
        pdf.set_lang("ur" if self.rtl else "en")
        pdf.set_title(data.title)  # the document's own metadata says "SYNTHETIC" in a demo
        pdf.set_subject(data.t("Victims by sex, age, origin and exploitation, routes, and the UNODC "
                               "context for Pakistan; small counts suppressed."))
        pdf.set_creator("Rihai")
        if data.synthetic:  # in English too, for tools that sort files by their metadata
            pdf.set_keywords("SYNTHETIC")
        pdf.set_auto_page_break(True, margin=15)

    def _direction(self, direction: str) -> None:
        if direction == "rtl":
            self.pdf.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="urd")
        else:
            self.pdf.set_text_shaping(False)  # digits and codes need no shaping and no bidi

    @property
    def align(self) -> str:
        return "R" if self.rtl else "L"

    def font(self, style: str, size: float) -> None:
        if self.rtl:
            self.pdf.set_font(self.family, "", size + (2 if style == "B" else 1))
        else:
            self.pdf.set_font(self.family, style, size)

    def para(self, text: str, style: str = "", size: float = 10, height: float = 5) -> None:
        self.font(style, size)
        self.pdf.multi_cell(0, height + (1 if self.rtl else 0), text, align=self.align,
                            new_x="LMARGIN", new_y="NEXT")

    def heading(self, text: str, level: int, size: float = 13) -> None:
        self.pdf.start_section(text, level=level)  # outline (bookmarks) entry
        self.font("B", size)
        self.pdf.cell(0, 9, text, align=self.align, new_x="LMARGIN", new_y="NEXT")

    def table(self, rows: list[tuple[str, ...]], widths: list[float], bold_first_col: str = "") -> None:
        """Rows of cells; the first column holds text, the others numbers. Mirrored in Urdu."""
        order = list(range(len(widths)))
        if self.rtl:
            order.reverse()
        for n, row in enumerate(rows):
            height = 6 if self.rtl else 5
            self.font("B" if n == 0 or (bold_first_col and row[0] == bold_first_col) else "", 8)
            if self.rtl:  # flush with the right margin, where the reader starts
                self.pdf.set_x(self.pdf.w - self.pdf.r_margin - sum(widths))
            for i in order:
                text = str(row[i])[:70]
                align = self.align if i == 0 else ("L" if self.rtl else "R")
                # numbers, "<5", age bands and codes read left to right even in an Urdu table:
                # shaped right to left, "<5" became "5>" and "0–8" became "8–0"
                ltr = self.rtl and not ARABIC.search(text)
                if ltr:
                    self._direction("ltr")
                self.pdf.cell(widths[i], height, text, border=1, align=align)
                if ltr:
                    self._direction("rtl")
                    # fpdf2 2.8.9: a number opening a new page (drawn in the fallback font) left
                    # the page believing Naskh was set, and the Urdu cell after it came out blank;
                    # fpdf2's own text regions reset this flag for the same reason
                    self.pdf.current_font_is_set_on_page = False
            self.pdf.ln()


def to_pdf(data: ReportData) -> bytes:
    w = _Writer(data)
    t, pdf = data.t, w.pdf
    pdf.add_page()
    pdf.start_section(data.title, level=0)
    w.font("B", 16)
    pdf.multi_cell(0, 9, data.title, align=w.align, new_x="LMARGIN", new_y="NEXT")
    w.para(t(SUMMARY, period=data.period, scope=t(data.scope_label), n=data.population,
             day=date.today().isoformat()) + " " + t(SUPPRESSION_NOTE) + ("." if not w.rtl else "۔"))
    if data.release_note:
        w.para(f"{t(RELEASE_HEADING)}: {data.release_note}", "I", 10)  # 10 pt: not a table cell
    total = t("Total")
    for number, (title, panels) in enumerate(data.sections, start=1):
        pdf.ln(3)
        w.heading(f"{number}. {t(title)}", 1)
        for p in panels:
            if p.key in CHARTS:
                png = charts.render(p, "png", data.locale)
                pdf.image(io.BytesIO(png), w=150, x=(pdf.w - pdf.r_margin - 150) if w.rtl else None)
            w.font("B", 10)
            pdf.cell(0, 7, t(p.title), align=w.align, new_x="LMARGIN", new_y="NEXT")
            rows = [(data.name(p.key, code), value) for code, value in p.rows[:25]]
            w.table([(t("Category"), t("Count")), *rows, (total, p.total)], [130, 50], total)
        if number == 2:
            _sex_by_age(w)
    w.para(t(UNITS_NOTE), "I", 8, 4)
    pdf.ln(3)
    w.heading(f"{len(data.sections) + 1}. {t(GLOTIP_TITLE)}", 1)
    glotip = [(t(indicator), year, count) for indicator, year, count in GLOTIP]
    w.table([(t("Indicator"), t("Year"), t("Count")), *glotip], [110, 35, 35])
    w.para(t(GLOTIP_SOURCE), "I", 8, 4)
    return bytes(pdf.output())


def _sex_by_age(w: _Writer) -> None:
    data = w.data
    rows, cols, cells = data.sex_by_age
    if not rows:
        return
    w.pdf.start_section(data.t("Sex by age band"), level=2)
    w.font("B", 10)
    w.pdf.cell(0, 7, data.t("Sex by age band"), align=w.align, new_x="LMARGIN", new_y="NEXT")
    width = BODY / (len(cols) + 1)
    table = [("", *(data.name("age", c) for c in cols))]
    table += [(data.name("sex", r), *line) for r, line in zip(rows, cells, strict=True)]
    w.table(table, [width] * (len(cols) + 1))
