"""Encoded-list pages: upload beside the list import, the report with "held by …, row N", the
desk's decision, and the refusal of a file made with another secret, in English and Urdu."""

from __future__ import annotations

import os
import re
from datetime import date

from factories import PASSWORD
from factories.tracing import PASSPORT, file_request, partner_file, partner_key

from rihai.tracing.models import EncodedCandidate

SOURCE = "Embassy of Pakistan, Bangkok (TEST)"


def _desk(make_browser, world, db, settings):  # type: ignore[no-untyped-def]
    req, _ = file_request(db, world.actor("caseworker"), given_name="Test Nasreen", family_name="Bibi",
                          sex="Female", passport=PASSPORT, birth_date=date(1990, 3, 12))
    db.commit()
    secret = partner_key(settings.data_dir)
    b = make_browser()
    b.login(world.users["caseworker"].username, PASSWORD)
    return b, req, secret


def _upload(b, data: bytes):  # type: ignore[no-untyped-def]
    return b.post("/tracing/encoded", data={"csrf_token": b.csrf, "partner": "embassy-bangkok",
                                            "source_agency": SOURCE},
                  files={"file": ("bangkok.clk.json", data, "application/json")}, follow_redirects=False)


def test_upload_shows_the_partner_and_row_and_the_desk_decides(make_browser, world, db, settings):
    b, req, secret = _desk(make_browser, world, db, settings)
    assert 'value="embassy-bangkok"' in b.get("/tracing/encoded").text
    r = _upload(b, partner_file(secret))
    assert r.status_code == 303, r.text[:400]
    page = b.get(r.headers["location"]).text
    assert f"Candidate held by {SOURCE}, row 2" in page and req.reference in page
    assert "Nasreen" not in page and PASSPORT not in page   # no value of either side
    cand = db.query(EncodedCandidate).filter_by(our_id=req.id).one()
    list_id = r.headers["location"].rsplit("/", 1)[1]
    done = b.form(f"/tracing/encoded/candidates/{cand.id}/decision",
                  {"decision": "confirm", "version": cand.version, "list_id": list_id}, follow_redirects=True)
    assert done.status_code == 200 and 'data-testid="encoded-status">Confirmed<' in done.text
    stale = b.form(f"/tracing/encoded/candidates/{cand.id}/decision",
                   {"decision": "reject", "version": cand.version, "list_id": list_id})
    assert stale.status_code == 409 and 'data-testid="encoded-error"' in stale.text
    urdu = b.get(r.headers["location"] + "?lang=ur").text
    assert 'dir="rtl"' in urdu and "قطار 2" in urdu


def test_a_file_from_another_secret_is_refused_on_the_page(make_browser, world, db, settings):
    b, _req, _secret = _desk(make_browser, world, db, settings)
    r = _upload(b, partner_file(os.urandom(32)))
    assert r.status_code == 422
    error = re.search(r'data-testid="encoded-error">([^<]+)<', r.text).group(1)
    assert "another secret or schema" in error
    assert db.query(EncodedCandidate).count() == 0


def test_without_a_partner_key_the_page_says_who_makes_one(make_browser, world):
    b = make_browser()
    b.login(world.users["caseworker"].username, PASSWORD)
    page = b.get("/tracing/encoded?lang=ur").text
    assert 'data-testid="no-partner-keys"' in page and "rihai link secret" in page
