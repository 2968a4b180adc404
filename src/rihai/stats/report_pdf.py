"""The national report drawn as PDF (fpdf2), in English or in Urdu.

Fonts, shaping and direction are ``rihai.pdf``'s (shared with the networks evidence pack): Urdu
shaped by HarfBuzz in Noto Naskh Arabic and laid out right to left, the tables' columns mirrored,
DejaVu Sans for digits, codes and the route arrows, so none turns into "?". The document carries
its language, title and subject, and every heading is an outline entry for screen readers and
navigation.
"""

from __future__ import annotations

import io
from datetime import date

from rihai.pdf import BODY, BilingualPdf
from rihai.stats import charts

from rihai.stats.report_content import (GLOTIP, GLOTIP_SOURCE, GLOTIP_TITLE, RELEASE_HEADING, SUMMARY,
                                        SUPPRESSION_NOTE, UNITS_NOTE, ReportData)

CHARTS = ("year", "age", "destination", "exploitation", "route")


class _Writer(BilingualPdf):
    """The report's document: ``rihai.pdf.BilingualPdf`` with the report's data and metadata."""

    def __init__(self, data: ReportData) -> None:
        # the document's own metadata says "SYNTHETIC" in a demo
        super().__init__(data.locale, data.title,
                         data.t("Victims by sex, age, origin and exploitation, routes, and the UNODC "
                                "context for Pakistan; small counts suppressed."))
        self.data = data
        if data.synthetic:  # in English too, for tools that sort files by their metadata
            self.pdf.set_keywords("SYNTHETIC")


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
    return w.output()


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
