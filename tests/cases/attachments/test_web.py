"""Attachments over HTTP: the upload (API and the case page's form), the download's headers,
refusals shown in the panel, oversize bodies, and another agency's user asking for an id."""

from __future__ import annotations

import pytest
from conftest import Browser, signed_in
from factories import make_case
from factories import attachments as f

from rihai.cases import service as cases

HX = {"HX-Request": "true"}


@pytest.fixture
def case(db, committed_world):  # type: ignore[no-untyped-def]
    c = make_case(db, committed_world.actor("caseworker"))
    db.commit()
    return c


def upload(b: Browser, case_id, data: bytes, kind: str = "photo", name: str = "x.jpg", **kw):  # type: ignore[no-untyped-def]
    return b.post("/api/v1/attachments", data={"case_id": str(case_id), "kind": kind, **kw},
                  files={"file": (name, data, "image/jpeg")})


def test_upload_list_and_download_with_safe_headers(make_browser, committed_world, case) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    r = upload(b, case.id, f.photo_with_gps(), title="Synthetic scan (TEST)")
    assert r.status_code == 201, r.text
    att = r.json()
    assert att["media_type"] == "image/jpeg" and att["kind"] == "photo"
    listed = b.get(f"/api/v1/cases/{case.id}/attachments").json()
    assert [a["id"] for a in listed] == [att["id"]]
    for url in (f"/api/v1/attachments/{att['id']}", f"/attachments/{att['id']}"):
        got = b.get(url)
        assert got.status_code == 200 and got.content.startswith(b"\xff\xd8\xff")
        assert got.headers["content-disposition"].startswith("attachment; filename=")
        assert case.reference in got.headers["content-disposition"]
        assert "Synthetic" not in got.headers["content-disposition"]
        assert got.headers["x-content-type-options"] == "nosniff"
        assert "no-store" in got.headers["cache-control"]


@pytest.mark.parametrize(("data", "rule"), [
    (f.SVG_WITH_SCRIPT, "file-type"), (f.HTML_AS_JPG, "file-type"),
    (f.pdf_with_javascript(), "pdf-active"), (f.pdf_with_embedded_file(), "pdf-active")])
def test_hostile_files_are_refused_naming_the_rule(make_browser, committed_world, case, data, rule) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    r = upload(b, case.id, data, kind="other", name="innocent.jpg")
    assert r.status_code == 422 and r.json()["rule"] == rule, r.text
    assert b.get(f"/api/v1/cases/{case.id}/attachments").json() == []


def test_an_oversize_upload_is_refused(make_browser, committed_world, case, settings) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    big = b"\xff\xd8\xff" + b"\0" * (settings.upload_max_bytes + 10)
    r = upload(b, case.id, big)
    assert r.status_code == 413
    assert b.get(f"/api/v1/cases/{case.id}/attachments").json() == []


def test_another_agencys_user_gets_404_for_an_attachment_id(make_browser, committed_world, case) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    att = upload(b, case.id, f.png()).json()
    other = signed_in(make_browser, committed_world, "other_caseworker")
    for url in (f"/api/v1/attachments/{att['id']}", f"/attachments/{att['id']}",
                f"/api/v1/cases/{case.id}/attachments"):
        r = other.get(url)
        assert r.status_code == 404, url
        assert b"\xff\xd8" not in r.content
    r = upload(other, case.id, f.png())
    assert r.status_code == 404


def test_the_panel_shows_a_refusal_in_urdu_and_keeps_what_was_typed(make_browser, committed_world, case) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    r = b.client.post("/cases/attachments?lang=ur", headers=HX,
                      data={"csrf_token": b.csrf, "case_id": str(case.id), "kind": "legal", "title": "FIR (TEST)"},
                      files={"file": ("fir.pdf", f.pdf_with_javascript(), "application/pdf")})
    assert r.status_code == 422
    assert 'id="sec-attachments"' in r.text and "FIR (TEST)" in r.text
    assert "PDF documents with scripts" not in r.text  # shown in Urdu
    r = b.client.post("/cases/attachments", headers=HX,
                      data={"csrf_token": b.csrf, "case_id": str(case.id), "kind": "legal"},
                      files={"file": ("fir.pdf", f.clean_pdf(), "application/pdf")})
    assert r.status_code == 200 and 'data-testid="attachment"' in r.text
    page = b.get(f"/cases/{case.id}/attachments")
    assert page.status_code == 200 and "Legal document" in page.text


def test_a_form_post_without_its_csrf_token_is_refused(make_browser, committed_world, case) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    r = b.client.post("/cases/attachments", data={"case_id": str(case.id), "kind": "photo"},
                      files={"file": ("p.jpg", f.png(), "image/jpeg")})
    assert r.status_code == 403
    assert cases.get_case is not None
