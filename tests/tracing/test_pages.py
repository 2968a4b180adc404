"""Tracing pages: the family's form and status page (English and Urdu, errors, non-disclosure),
desk intake and list, import upload -> mapping -> report, and the review page."""

from __future__ import annotations

import re

from factories import PASSWORD
from factories.tracing import embassy_rows, file_request, import_list, list_csv

from rihai.tracing import service


FORM = {"given_name": "Muhammad Hussain", "family_name": "Qureshi (TEST)", "father_name": "Ghulam Rasool (TEST)",
        "sex": "Male", "birth_date": "1990-03-12", "cnic": "", "phones": "0300 1234567",
        "home_province": "PK-PB", "home_district": "Okara", "destination_country": "SA",
        "transit_country": "AE", "last_contact_means": "whatsapp", "contact_name": "Test Mother (TEST)",
        "contact_relation": "parent", "contact_phone": "0301 7654321", "consent_contact": "yes"}


def _anon(make_browser, path="/trace"):
    b = make_browser()
    b.refresh_csrf(path)
    return b


def test_family_files_a_request_in_urdu_and_checks_status(make_browser):
    b = _anon(make_browser)
    page = b.get("/trace?lang=ur").text
    assert '<html lang="ur" dir="rtl">' in page and "بیرون ملک لاپتہ رشتہ دار کی تلاش" in page
    r = b.form("/trace", FORM)
    assert r.status_code == 201
    ref = re.search(r'data-testid="reference">([^<]+)<', r.text).group(1)
    secret = re.search(r'data-testid="secret">([^<]+)<', r.text).group(1)
    ok = b.form("/trace/status", {"reference": ref, "secret": secret})
    assert ok.status_code == 200 and 'data-testid="status"' in ok.text
    assert "Qureshi" not in ok.text and "Okara" not in ok.text  # only the status and its date


def test_status_page_answers_unknown_and_wrong_alike(make_browser, db):
    req, secret = file_request(db)
    db.commit()
    b = _anon(make_browser, "/trace/status")
    wrong = b.form("/trace/status", {"reference": req.reference, "secret": "AAAA-AAAA-AAAA-AAAA"})
    unknown = b.form("/trace/status", {"reference": "TR-00000000", "secret": secret})
    assert wrong.status_code == unknown.status_code == 404
    strip = lambda html: re.sub(r'content="[^"]*"|value="[^"]*"', "", html)  # noqa: E731 (csrf tokens)
    assert strip(wrong.text) == strip(unknown.text)
    assert req.reference not in wrong.text


def test_form_errors_name_the_field_and_keep_input(make_browser):
    b = _anon(make_browser)
    r = b.form("/trace", {**FORM, "cnic": "12345"})
    assert r.status_code == 422 and 'id="err-cnic"' in r.text
    assert 'value="Muhammad Hussain"' in r.text
    r = b.form("/trace", {**FORM, "home_district": "Quetta"})  # a district of Balochistan, not Punjab
    assert r.status_code == 422 and 'id="err-home_district"' in r.text


def test_status_check_is_post_only_and_csrf_protected(make_browser, client):
    assert client.get("/trace/status?reference=TR-1&secret=x").status_code == 200  # the empty form
    r = client.post("/trace/status", data={"reference": "TR-00000000", "secret": "x"})
    assert r.status_code == 403


def test_desk_intake_list_and_detail(make_browser, world):
    b = make_browser()
    b.login(world.users["consular_officer"].username, PASSWORD)
    r = b.form("/tracing/requests", FORM)
    assert r.status_code == 201 and 'data-testid="secret"' in r.text
    rid = re.search(r'/tracing/requests/([0-9a-f-]{36})', r.text).group(1)
    assert "Qureshi" in b.get(f"/tracing/requests/{rid}").text
    assert rid in b.get("/tracing").text
    other = make_browser()
    other.login(world.users["other_caseworker"].username, PASSWORD)
    assert other.get(f"/tracing/requests/{rid}").status_code == 404
    assert rid not in other.get("/tracing").text


def test_import_upload_mapping_and_report(make_browser, world):
    b = make_browser()
    b.login(world.users["caseworker"].username, PASSWORD)
    rows = embassy_rows(3, seed=2)
    rows[0][5] = "123"
    r = b.post("/tracing/imports", data={"csrf_token": b.csrf, "source_agency": "Test Shelter, Muscat (TEST)",
                                         "kind": "in_shelter", "country": "OM"},
               files={"file": ("shelter.csv", list_csv(rows), "text/csv")}, follow_redirects=False)
    assert r.status_code == 303, r.text[:300]
    page = b.get(r.headers["location"])
    assert 'data-testid="mapping-form"' in page.text
    assert 'name="map:CNIC #"' in page.text and "Test Shelter" in page.text
    # The importer sees a few of their own values beside each column (issue 19), in a page never cached.
    assert rows[1][1] in page.text and 'data-testid="samples"' in page.text
    assert "no-store" in page.headers.get("cache-control", "")
    mapping = {f"map:{h}": t for h, t in re.findall(r'name="map:([^"]+)">.*?<option value="([a-z_]+)" selected', page.text, re.S)}
    r = b.form(r.headers["location"] + "/store", mapping, follow_redirects=True)
    assert r.status_code == 200
    assert re.search(r'data-testid="rows-stored">2<', r.text) and re.search(r'data-testid="rows-rejected">1<', r.text)
    assert "<td>2</td>" in r.text and "123" not in re.sub(r"<[^>]+>", " ", r.text.split('data-testid="rejections"')[1])[:400]


def _matched_queue(make_browser, world, db, extra_rows: list[list[str]]):
    """A caseworker's request, an embassy list with ``extra_rows``, a match run, and the
    caseworker's browser with the candidate ids of the review queue."""
    cw = world.actor("caseworker")
    req, _ = file_request(db, cw)
    import_list(db, cw, list_csv(embassy_rows(5, seed=4) + extra_rows))
    service.run_match(db, cw, background=(800, 80))
    db.commit()
    b = make_browser()
    b.login(world.users["caseworker"].username, PASSWORD)
    queue = b.get("/tracing/candidates").text
    return req, b, re.findall(r'href="/tracing/candidates/([0-9a-f-]{36})" data-testid="candidate-link"', queue)


def test_review_page_shows_waterfall_and_confirms(make_browser, world, db):
    req, b, ids = _matched_queue(make_browser, world, db, [
        ["6", "Mohd Husain Qureshi (TEST)", "Gulam Rasool (TEST)", "1990-03-12", "", "", "Okara"]])
    cid = ids[0]
    page = b.get(f"/tracing/candidates/{cid}")
    assert 'data-testid="waterfall"' in page.text and "Father&#39;s name" in page.text
    assert 'class="bar w-' in page.text and "style=" not in page.text
    r = b.form(f"/tracing/candidates/{cid}/decision", {"decision": "confirm", "version": "1"}, follow_redirects=True)
    assert r.status_code == 200 and 'data-testid="decided"' in r.text
    stale = b.form(f"/tracing/candidates/{cid}/decision", {"decision": "reject", "version": "1"})
    assert stale.status_code == 409 and 'data-testid="decision-error"' in stale.text
    assert "Confirmed" in b.get(f"/tracing/requests/{req.id}").text


def test_review_page_says_when_evidence_came_from_another_list_row(make_browser, world, db):
    """An embassy list holds the person twice: once fully, once as a name and a passport only.
    The thin row still becomes a candidate, and its explanation says where the date came from."""
    _req, b, ids = _matched_queue(make_browser, world, db, [
        ["6", "Mohd Husain Qureshi (TEST)", "Gulam Rasool (TEST)", "12/03/1990", "ZX7777777", "", "Okara"],
        ["7", "Husain Qureshi (TEST)", "", "", "ZX7777777", "", ""]])
    assert len(ids) == 2
    pages = [b.get(f"/tracing/candidates/{cid}").text for cid in ids]
    borrowed = [p for p in pages if 'data-testid="borrowed-row"' in p]
    assert len(borrowed) == 1 and "check that row too" in borrowed[0]
    assert "ZX7777777" not in borrowed[0].split('data-testid="waterfall"')[1].split("</table>")[0]
