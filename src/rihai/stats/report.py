"""The national report, for any period, as PDF (fpdf2) or XLSX (openpyxl), laid out like annual
trafficking reports: victims by sex, age, origin and form of exploitation; routes; means of
control and recruitment; referral and prosecution indicators where recorded; and the official
UNODC context for Pakistan. Every count is suppressed ("<5", "x") before it is written."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.errors import NotFound
from rihai.stats import charts, service
from rihai.stats.labels import name
from rihai.stats.models import StatsRelease

# UNODC, Global Report on Trafficking in Persons (data export of 2023-05-30), Pakistan. Only the
# few figures shown are copied, with UNODC's own "<5" convention.
GLOTIP_SOURCE = ("Source: UNODC, Global Report on Trafficking in Persons (dataUNODC export, "
                 "2023-05-30), Pakistan. Figures below 5 are published by UNODC as \"<5\".")
GLOTIP = [
    ("Detected trafficking victims", "2019", "<5"), ("Detected trafficking victims", "2020", "22"),
    ("Persons brought into formal contact", "2019", "80"),
    ("Persons brought into formal contact", "2020", "32"),
    ("Persons prosecuted", "2008", "1,642"), ("Persons prosecuted", "2011", "3,920"),
    ("Persons convicted", "2011", "98"), ("Persons convicted", "2013", "8"),
    ("Offences of trafficking in persons", "2019", "7"), ("Offences of trafficking in persons", "2020", "15"),
]
SECTIONS = [
    ("1. Victims identified", ["year", "status"]),
    ("2. Victims by sex and age", ["sex", "gender", "age"]),
    ("3. Origin", ["province", "district", "citizenship"]),
    ("4. Routes and destinations", ["destination", "transit", "route"]),
    ("5. Forms of exploitation and means of control", ["exploitation", "control"]),
    ("6. Recruitment", ["recruitment", "relationship"]),
    ("7. Referrals and services", ["referral_service", "referral_state", "support_type"]),
    ("8. Prosecutions and convictions", ["prosecution_stage", "prosecution_outcome"]),
]
SYNTHETIC = "SYNTHETIC DATA (demo instance): these are not real people"
UNITS_NOTE = ("Referral counts are referrals, not people (one person may be referred to several "
           "services); prosecution counts are cases with a criminal-justice track.")


@dataclass
class ReportData:
    title: str
    period: str
    population: int
    sections: list[tuple[str, list[service.Panel]]]
    sex_by_age: tuple[list[str], list[str], list[list[str]]]
    scope_label: str
    synthetic: bool = False  # a demo instance's report says so on its first line and sheet


def build(path: Path, actor: Actor, filters: service.Filters) -> ReportData:
    con = service.open_store(path)
    if con is None:
        raise NotFound("no statistics extract yet: run 'rihai stats refresh'", rule="no-extract")
    try:
        n = service.check_filters(con, actor, filters)
        sections = [(title, [service.panel(con, actor, k, filters) for k in keys]) for title, keys in SECTIONS]
        cross = service.crosstab(con, actor, "sex", "age", filters)
        synthetic = service.counts_synthetic(con)
    finally:
        con.close()
    lo, hi = filters.year_from, filters.year_to
    period = f"{lo or '…'}–{hi or '…'}" if lo or hi else "all years"
    scope = "national" if service.scope(actor)[0] == "TRUE" else "own agency"
    title = "Trafficking in persons: victims identified and assisted"
    if synthetic:
        title = f"{SYNTHETIC}. {title}"
    return ReportData(title, period, n, sections, cross, scope, synthetic)


def export(session: Session, actor: Actor, path: Path, filters: service.Filters, fmt: str) -> bytes:
    """Analysts export the report (``stats:report:export``); recorded as a release and audited."""
    require(actor, Permission.STATS_REPORT_EXPORT)
    data = build(path, actor, filters)
    body = to_pdf(data) if fmt == "pdf" else to_xlsx(data)
    rel = StatsRelease(kind="report", created_by_id=actor.user_id,
                       agency_id=None if data.scope_label == "national" else actor.agency_id,
                       year_from=filters.year_from, year_to=filters.year_to, rows_out=data.population,
                       details={"format": fmt, "synthetic": data.synthetic})
    session.add(rel)
    session.flush()
    audit.record(session, actor, AuditTag.STATS_REPORT_EXPORT, subject_type="stats_release",
                 subject_id=rel.id, fields=[fmt])
    return body


def _latin(text: str) -> str:
    return text.replace("–", "-").replace("…", "...").replace("“", '"').replace("”", '"').encode(
        "latin-1", "replace").decode("latin-1")


def to_pdf(data: ReportData) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title(_latin(data.title))  # the document's own metadata says "SYNTHETIC" in a demo
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, _latin(data.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, _latin(f"Period: {data.period}. Scope: {data.scope_label}. People covered: "
                                f"{data.population}. Produced by Rihai on {date.today().isoformat()}. "
                                '"<5": one to four people; "x": hidden so that totals cannot reveal a "<5".'),
                   new_x="LMARGIN", new_y="NEXT")
    for title, panels in data.sections:
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 8, _latin(title), new_x="LMARGIN", new_y="NEXT")
        for p in panels:
            if p.key in ("year", "age", "destination", "exploitation", "route"):
                png = charts.render(p, "png")
                pdf.image(io.BytesIO(png), w=150)
            rows = [(name(p.key, code), value) for code, value in p.rows[:25]]
            _pdf_table(pdf, p.title, [("Category", "Count"), *rows, ("Total", p.total)])
        if title.startswith("2."):
            rows, cols, cells = data.sex_by_age
            if rows:
                pdf.set_font("Helvetica", "B", 10)
                pdf.cell(0, 6, "Sex by age band", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Helvetica", "", 7)
                width = 180 / (len(cols) + 1)
                for cell in ["", *(name("age", c) for c in cols)]:
                    pdf.cell(width, 5, _latin(cell), border=1)
                pdf.ln()
                for r, line in zip(rows, cells, strict=True):
                    for cell in [name("sex", r), *line]:
                        pdf.cell(width, 5, _latin(cell), border=1)
                    pdf.ln()
    pdf.set_font("Helvetica", "I", 8)
    pdf.multi_cell(0, 4, UNITS_NOTE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "9. Official context: UNODC figures for Pakistan", new_x="LMARGIN", new_y="NEXT")
    _pdf_table(pdf, "", [("Indicator", "Year", "Count"), *GLOTIP])
    pdf.set_font("Helvetica", "I", 8)
    pdf.multi_cell(0, 4, GLOTIP_SOURCE, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _pdf_table(pdf, title: str, rows: list[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    if title:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 6, _latin(title), new_x="LMARGIN", new_y="NEXT")
    widths = [110, 40] if len(rows[0]) == 2 else [90, 30, 30]
    for n, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if n == 0 or row[0] == "Total" else "", 8)
        for w, cell in zip(widths, row, strict=True):
            pdf.cell(w, 5, _latin(str(cell))[:70], border=1, align="R" if w != widths[0] else "L")
        pdf.ln()


def to_xlsx(data: ReportData) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws.append([data.title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Period", data.period])
    ws.append(["Scope", data.scope_label])
    ws.append(["People covered", data.population])
    if data.synthetic:
        ws.append(["Data", SYNTHETIC])
    ws.append(["Note", '"<5": one to four people; "x": hidden so that totals cannot reveal a "<5"'])
    ws.append(["Units", UNITS_NOTE])
    for title, panels in data.sections:
        sheet = wb.create_sheet(title.split(". ", 1)[1][:31])
        for p in panels:
            sheet.append([p.title])
            sheet.cell(sheet.max_row, 1).font = Font(bold=True)
            sheet.append(["Category", "Count", "Code"])  # the code for tooling, as in the CSVs
            for code, value in p.rows:
                sheet.append([name(p.key, code), int(value) if value.isdigit() else value, code])
            sheet.append(["Total", int(p.total) if p.total.isdigit() else p.total])
            sheet.append([])
    rows, cols, cells = data.sex_by_age
    sheet = wb.create_sheet("Sex by age")
    sheet.append(["", *(name("age", c) for c in cols)])
    for r, line in zip(rows, cells, strict=True):
        sheet.append([name("sex", r), *[int(v) if v.isdigit() else v for v in line]])
    ctx = wb.create_sheet("UNODC context")
    ctx.append(["Indicator", "Year", "Count"])
    for row in GLOTIP:
        ctx.append(list(row))
    ctx.append([])
    ctx.append([GLOTIP_SOURCE])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
