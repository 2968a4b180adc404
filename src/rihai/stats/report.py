"""The national report, for any period, as PDF (fpdf2) or XLSX (openpyxl), laid out like annual
trafficking reports: victims by sex, age, origin and form of exploitation; routes; means of
control and recruitment; referral and prosecution indicators where recorded; and the official
UNODC context for Pakistan. Every count is suppressed ("<5", "x") before it is written.

Every fixed string is an English msgid translated through the Urdu catalogue (``stats.po``) with
``labels.text``, and every category through ``labels.name``: one dictionary, shared with the
dashboard. The PDF itself is drawn in ``report_pdf.py``; the report's words and its data
type live in ``report_content.py``, which both read (so neither imports the other's half)."""

from __future__ import annotations

import io
from pathlib import Path

from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import require
from rihai.errors import NotFound
from rihai.stats import queries
from rihai.stats.labels import text
from rihai.stats.models import StatsRelease
from rihai.stats.report_content import (GLOTIP, GLOTIP_SOURCE, RELEASE_DP, RELEASE_HEADING, RELEASE_K, RELEASE_NONE,
                                        SECTIONS, SUPPRESSION_NOTE, SYNTHETIC, TITLE, UNITS_NOTE, ReportData)
from rihai.stats.report_pdf import to_pdf


def build(path: Path, actor: Actor, filters: queries.Filters, locale: str = "en") -> ReportData:
    con = queries.open_store(path)
    if con is None:
        raise NotFound("no statistics extract yet: run 'rihai stats refresh'", rule="no-extract")
    try:
        n = queries.check_filters(con, actor, filters)
        sections = [(title, [queries.panel(con, actor, k, filters) for k in keys]) for title, keys in SECTIONS]
        cross = queries.crosstab(con, actor, "sex", "age", filters)
        synthetic = queries.counts_synthetic(con)
    finally:
        con.close()
    lo, hi = filters.year_from, filters.year_to
    period = f"{lo or '…'}–{hi or '…'}" if lo or hi else text("all years", locale)
    scope = "national" if queries.scope(actor)[0] == "TRUE" else "own agency"  # also the ledger's word
    title = text(TITLE, locale)
    if synthetic:
        title = f"{text(SYNTHETIC, locale)}. {title}"
    return ReportData(title, period, n, sections, cross, scope, synthetic, locale)


def export(session: Session, actor: Actor, path: Path, filters: queries.Filters, fmt: str,
           locale: str = "en") -> bytes:
    """Analysts export the report (``stats:report:export``); recorded as a release and audited.
    ``locale`` is "en" or "ur" (anything else is English, as in ``rihai.web.i18n``)."""
    require(actor, Permission.STATS_REPORT_EXPORT)
    data = build(path, actor, filters, locale)
    data.release_note = release_note(session, locale)
    if fmt == "pdf":
        body = to_pdf(data)
    else:
        body = to_xlsx(data)
    rel = StatsRelease(kind="report", created_by_id=actor.user_id,
                       agency_id=None if data.scope_label == "national" else actor.agency_id,
                       year_from=filters.year_from, year_to=filters.year_to, rows_out=data.population,
                       details={"format": fmt, "synthetic": data.synthetic, "locale": locale})
    session.add(rel)
    session.flush()
    audit.record(session, actor, AuditTag.STATS_REPORT_EXPORT, subject_type="stats_release",
                 subject_id=rel.id, fields=[fmt])
    return body


def release_note(session: Session, locale: str = "en") -> str:
    """Which mode the latest microdata release used and what it cost, in the report's language:
    readers of the figures should know whether the published rows are people or made up."""
    from rihai.stats.budget import EPSILON_CAP
    from rihai.stats.release import latest_microdata

    rel = latest_microdata(session)
    if rel is None:
        return text(RELEASE_NONE, locale)
    day = rel.created_at.date().isoformat()
    if rel.kind == "synthetic":
        u = rel.details.get("utility", {})
        return text(RELEASE_DP, locale) % {"day": day, "epsilon": f"{rel.epsilon_total:g}", "cap": f"{EPSILON_CAP:g}",
                                           "one": f"{u.get('one_way_tvd_mean', 0):.3f}",
                                           "two": f"{u.get('two_way_tvd_mean', 0):.3f}"}
    return text(RELEASE_K, locale) % {"day": day, "k": rel.k, "rows": rel.rows_suppressed,
                                      "cells": rel.details.get("cells_suppressed_total", 0)}


def to_xlsx(data: ReportData) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    t = data.t
    wb = Workbook()
    ws = wb.active
    ws.title = t("Summary")[:31]
    ws.append([data.title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([t("Period"), data.period])
    ws.append([t("Scope"), t(data.scope_label)])
    ws.append([t("People covered"), data.population])
    if data.synthetic:
        ws.append([t("Data"), t(SYNTHETIC)])
    ws.append([t("Note"), t(SUPPRESSION_NOTE)])
    ws.append([t("Units"), t(UNITS_NOTE)])
    if data.release_note:
        ws.append([t(RELEASE_HEADING), data.release_note])
    for title, panels in data.sections:
        sheet = wb.create_sheet(t(title)[:31])
        for p in panels:
            sheet.append([t(p.title)])
            sheet.cell(sheet.max_row, 1).font = Font(bold=True)
            sheet.append([t("Category"), t("Count"), t("Code")])  # the code for tooling, as in the CSVs
            for code, value in p.rows:
                sheet.append([data.name(p.key, code), int(value) if value.isdigit() else value, code])
            sheet.append([t("Total"), int(p.total) if p.total.isdigit() else p.total])
            sheet.append([])
    rows, cols, cells = data.sex_by_age
    sheet = wb.create_sheet(t("Sex by age band")[:31])
    sheet.append(["", *(data.name("age", c) for c in cols)])
    for r, line in zip(rows, cells, strict=True):
        sheet.append([data.name("sex", r), *[int(v) if v.isdigit() else v for v in line]])
    ctx = wb.create_sheet(t("UNODC context")[:31])
    ctx.append([t("Indicator"), t("Year"), t("Count")])
    for indicator, year, count in GLOTIP:
        ctx.append([t(indicator), year, count])
    ctx.append([])
    ctx.append([t(GLOTIP_SOURCE)])
    if data.locale == "ur":  # every sheet reads from the right
        for sheet in wb.worksheets:
            sheet.sheet_view.rightToLeft = True
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
