"""The case-work pages, driven the way a browser does: forms with CSRF, HTMX partials, refusals."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from rihai.cases import service
from conftest import enrol_totp, signed_in
from factories import PASSWORD, make_case

HX = {"HX-Request": "true"}


def case_form(**over: object) -> dict:
    data: dict = {
        "person.given_name": "Shazia", "person.family_name": "Testwala (TEST)",
        "person.name_urdu": "شازیہ ٹیسٹ", "person.aliases": "Shazi, Shaziya",
        "person.guardian_name": "Akram (TEST)", "person.guardian_relation": "father",
        "person.sex": "Female", "person.gender": "Feminine", "person.age_estimate": "22",
        "person.cnic": "37405-1234567-2", "person.passport": "AB1234567",
        "person.phones": "0300 1234567", "person.home_province": "PK-PB",
        "person.home_district": "Rawalpindi", "person.languages": ["ur", "pa"],
        "trafficking_status": "PossibleVictimOfTrafficking", "status_decided_by_org": "NGO",
        "exploitation_types": ["ForcedCriminality"], "means_of_control": ["WithholdsDocuments"],
        "recruitment_methods": ["ThroughOnlineSocialNetworks"], "recruitment_apps": ["Facebook"],
        "relationship_to_trafficker": "Unaquainted",
        "leg_type": ["Recruitment", "Transit", "Exploitation", "Transit"],
        "leg_country": ["PK", "TH", "MM", ""], "leg_place": ["Rawalpindi", "Bangkok", "Myawaddy", ""],
        "leg_date": ["2026-01-05", "", "", ""],
        "perp_role": ["RecruiterOrIntermediary"], "perp_name": ["Agent Test (TEST)"],
        "perp_phones": ["+923001110000"], "perp_agency": ["Test Travels (TEST)"],
        "perp_oep": ["0000/TST"], "consent_case_management": "yes",
    }
    data.update(over)
    return data


def create(b, **over):  # type: ignore[no-untyped-def]
    r = b.form("/cases/new", case_form(**over), follow_redirects=False)
    assert r.status_code == 303, r.text[:2000]
    return r.headers["location"]


def test_create_through_the_form_then_dashboard_and_search(make_browser, committed_world, db) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    assert b.get("/cases/new").status_code == 200
    location = create(b)
    assert re.fullmatch(r"/cases/[0-9a-f-]{36}", location)
    page = b.get(location)
    assert page.status_code == 200
    html = page.text
    assert "Shazia" in html and "شازیہ ٹیسٹ" in html
    assert "Rawalpindi, Pakistan" in html and "Bangkok, Thailand" in html and "Myawaddy" in html
    assert "Agent Test (TEST)" in html and "Forced criminality" in html
    assert "37405-1234567-2" in html
    assert "Case management" in html  # the consent row
    dash = b.get("/").text
    assert location in dash
    hits = b.form("/cases/search", {"q": "3740512345672"}).text
    assert location in hits
    by_name = b.form("/cases/search", {"q": "shazia testwala"}, headers=HX)
    assert location in by_name.text and "<html" not in by_name.text
    # The query travels in the body only.
    assert b.get("/cases/search?q=x").status_code == 200


def test_invalid_cnic_keeps_input_and_shows_the_error(make_browser, committed_world) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    r = b.form("/cases/new", case_form(**{"person.cnic": "12345"}))
    assert r.status_code == 422
    assert 'value="12345"' in r.text and 'value="Shazia"' in r.text
    assert 'value="Bangkok"' in r.text and 'value="Agent Test (TEST)"' in r.text
    assert 'aria-invalid="true" aria-describedby="err-person-cnic"' in r.text
    assert "CNIC must be 13 digits" in r.text
    assert re.search(r'value="ForcedCriminality" checked', r.text)


def test_bad_route_and_agent_details_are_shown_by_their_rows(make_browser, committed_world) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    r = b.form("/cases/new", case_form(perp_phones=["12"], leg_date=["2026-01-05", "not-a-date", "", ""]))
    assert r.status_code == 422
    assert r.text.count('class="has-error"') >= 2
    assert "phone number" in r.text and 'value="12"' in r.text


def test_missing_name_is_refused_with_the_input_kept(make_browser, committed_world) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    r = b.form("/cases/new", case_form(**{"person.given_name": "", "person.family_name": "",
                                          "person.name_urdu": "", "person.aliases": ""}))
    assert r.status_code == 422
    assert "at least one name" in r.text and 'value="AB1234567"' in r.text


def test_stale_edit_is_a_conflict_that_keeps_the_input(make_browser, committed_world, db) -> None:
    case = make_case(db, committed_world.actor("caseworker"))
    db.commit()
    b = signed_in(make_browser, committed_world, "caseworker")
    form = b.get(f"/cases/{case.id}/edit").text
    version = re.search(r'name="version" value="(\d+)"', form).group(1)
    fields = {"person.given_name": "Edited (TEST)", "person.family_name": case.person.family_name,
              "person.home_province": "PK-PB", "person.home_district": "Rawalpindi",
              "trafficking_status": "ActualVictimOfTrafficking", "version": version}
    ok = b.form(f"/cases/{case.id}/edit", fields, follow_redirects=False)
    assert ok.status_code == 303, ok.text[:2000]
    stale = b.form(f"/cases/{case.id}/edit", {**fields, "person.given_name": "Second (TEST)"})
    assert stale.status_code == 409
    assert 'data-testid="conflict"' in stale.text and 'value="Second (TEST)"' in stale.text
    assert f'href="/cases/{case.id}/edit"' in stale.text
    db.expire_all()
    saved = service.get_case(db, committed_world.actor("caseworker"), case.id)
    assert saved.person.given_name == "Edited (TEST)"
    assert saved.trafficking_status == "ActualVictimOfTrafficking"
    assert saved.person.cnic and saved.person.phones  # fields not on the post are left alone


def test_htmx_partials(make_browser, committed_world, db) -> None:
    case = make_case(db, committed_world.actor("caseworker"))
    db.commit()
    b = signed_in(make_browser, committed_world, "caseworker")
    d = b.get("/cases/districts?person.home_province=PK-SD", headers=HX)
    assert d.status_code == 200 and "Karachi" in d.text and "<html" not in d.text
    assert "<select" in b.get("/cases/new/leg", headers=HX).text
    assert 'name="perp_name"' in b.get("/cases/new/perpetrator", headers=HX).text
    table = b.get("/", headers=HX)
    assert table.text.startswith('<div id="case-table">')
    note = b.post(f"/cases/{case.id}/notes", data={"kind": "general", "body": "Called the family (TEST)"},
                  headers=HX)
    assert note.status_code == 200 and note.text.lstrip().startswith('<section class="card" id="sec-notes">')
    assert "Called the family (TEST)" in note.text and 'hx-swap-oob="true"' in note.text
    leg = b.post(f"/cases/{case.id}/legs", data={"event_type": "Transit", "country": "AE",
                                                  "place": "Dubai"}, headers=HX)
    assert leg.status_code == 200 and "Dubai, United Arab Emirates" in leg.text
    bad = b.post(f"/cases/{case.id}/legs", data={"event_type": "Transit", "country": "XX"}, headers=HX)
    assert bad.status_code == 422 and "alert-error" in bad.text and 'id="sec-route"' in bad.text
    consent = b.post(f"/cases/{case.id}/consents", data={"purpose": "Referral", "given": "no",
                                                         "given_by": "Survivor",
                                                         "consent_date": "2026-01-01"}, headers=HX)
    assert consent.status_code == 200 and "Refused" in consent.text
    consent_id = re.search(r"/consents/(\d+)/withdraw", consent.text).group(1)
    w = b.post(f"/cases/{case.id}/consents/{consent_id}/withdraw", headers=HX)
    assert w.status_code == 200 and "Withdrawn" in w.text
    again = b.post(f"/cases/{case.id}/consents/{consent_id}/withdraw", headers=HX)
    assert again.status_code == 409 and "already withdrawn" in again.text
    perp = b.post(f"/cases/{case.id}/perpetrators", data={"role": "Smuggler", "name": "Smuggler (TEST)",
                                                          "phones": "", "agency_name": "", "oep_licence": ""},
                  headers=HX)
    assert perp.status_code == 200 and "Smuggler (TEST)" in perp.text
    # A caseworker may not close a case: the refusal shows in the section.
    version = re.search(r'id="case-version" name="version" value="(\d+)"', perp.text).group(1)
    close = b.post(f"/cases/{case.id}/status", data={"status": "Closed", "reason": "done",
                                                     "version": version}, headers=HX)
    assert close.status_code == 403 and 'id="sec-status"' in close.text
    follow = b.post(f"/cases/{case.id}/status", data={"status": "FollowUp", "version": version},
                    headers=HX)
    assert follow.status_code == 200 and "Follow-up" in follow.text


def test_supervisor_sees_audit_trail_and_assigns(make_browser, committed_world, db) -> None:
    case = make_case(db, committed_world.actor("caseworker"))
    db.commit()
    b = signed_in(make_browser, committed_world, "supervisor")
    page = b.get(f"/cases/{case.id}").text
    assert 'id="sec-audit"' in page and "Case opened" in page
    prosecutor = committed_world.users["prosecutor"]
    r = b.post(f"/cases/{case.id}/assign", data={"user_id": str(prosecutor.id)}, headers=HX)
    assert r.status_code == 200 and prosecutor.display_name in r.text
    bad = b.post(f"/cases/{case.id}/assign", data={"user_id": str(committed_world.users["other_caseworker"].id)},
                 headers=HX)
    assert bad.status_code == 422 and "alert-error" in bad.text
    cw = signed_in(make_browser, committed_world, "caseworker")
    assert 'id="sec-audit"' not in cw.get(f"/cases/{case.id}").text


def test_urdu_page_is_right_to_left(make_browser, committed_world) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    r = b.get("/cases/new?lang=ur")
    assert 'dir="rtl"' in r.text and 'lang="ur"' in r.text
    assert "نیا کیس" in r.text  # "New case"
    assert "تھائی لینڈ" in r.text  # country names in Urdu


def test_other_agency_caseworker_gets_404(make_browser, committed_world, db) -> None:
    case = make_case(db, committed_world.actor("caseworker"))
    db.commit()
    b = signed_in(make_browser, committed_world, "other_caseworker")
    assert b.get(f"/cases/{case.id}").status_code == 404
    assert b.get(f"/cases/{case.id}/edit").status_code == 404
    r = b.post(f"/cases/{case.id}/notes", data={"kind": "general", "body": "x"}, headers=HX)
    assert r.status_code == 404


@pytest.mark.parametrize("role", ["analyst", "administrator"])
def test_analyst_and_administrator_cannot_open_cases(make_browser, committed_world, db, role) -> None:
    case = make_case(db, committed_world.actor("caseworker"))
    db.commit()
    b = make_browser()
    b.login(committed_world.users[role].username, PASSWORD)
    if role == "administrator":
        enrol_totp(b)
    assert b.get("/cases/new").status_code == 403
    assert b.get(f"/cases/{case.id}").status_code == 403
    assert b.form("/cases/new", case_form()).status_code == 403


def test_markup_in_a_name_is_escaped(make_browser, committed_world) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    location = create(b, **{"person.given_name": "<script>alert(1)</script>",
                            "perp_name": ['<img src=x onerror="alert(2)">']})
    html = b.get(location).text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<img src=x onerror="alert(2)">' not in html
    assert "<script>alert(1)" not in b.get("/").text


def test_plain_form_posts_work_without_javascript(make_browser, committed_world, db) -> None:
    case = make_case(db, committed_world.actor("caseworker"))
    db.commit()
    b = signed_in(make_browser, committed_world, "caseworker")
    ok = b.form(f"/cases/{case.id}/notes", {"kind": "general", "body": "Plain post (TEST)"},
                follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == f"/cases/{case.id}"
    assert "Plain post (TEST)" in b.get(f"/cases/{case.id}").text
    bad = b.form(f"/cases/{case.id}/legs", {"event_type": "Transit", "country": "", "place": "Kept (TEST)"})
    assert bad.status_code == 422 and "<html" in bad.text
    assert bad.text.count("alert alert-error") == 1 and 'value="Kept (TEST)"' in bad.text


def test_partials_follow_the_page_language(make_browser, committed_world, db) -> None:
    case = make_case(db, committed_world.actor("caseworker"))
    db.commit()
    b = signed_in(make_browser, committed_world, "caseworker")
    row = b.get("/cases/new/leg?lang=ur", headers=HX).text
    assert "ملک" in row and "تھائی لینڈ" in row
    r = b.post(f"/cases/{case.id}/notes?lang=ur", data={"kind": "general", "body": "x (TEST)"}, headers=HX)
    assert "نوٹس" in r.text and "عمومی" in r.text
    page = b.get(f"/cases/{case.id}?lang=ur").text
    assert "اسمگلنگ کا ممکنہ متاثرہ" in page  # "Possible victim of trafficking"
    assert 'class="route"' in page  # the chain's arrows come from CSS, flipped for right-to-left


class _FormFields(HTMLParser):
    """What a browser would submit for the page's case form, untouched."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: list[tuple[str, str]] = []
        self._select: str | None = None
        self._in_form = False

    def handle_starttag(self, tag: str, attrs: list) -> None:  # type: ignore[type-arg]
        a = dict(attrs)
        if tag == "form" and "case-form" in (a.get("class") or ""):
            self._in_form = True
        if not self._in_form or not a.get("name"):
            if tag == "option" and self._select and "selected" in a:
                self.fields.append((self._select, a.get("value") or ""))
            return
        if tag == "input":
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append((a["name"], a.get("value") or ""))
        elif tag == "select":
            self._select = a["name"]
        elif tag == "textarea":
            self.fields.append((a["name"], ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None
        if tag == "form":
            self._in_form = False


def test_saving_the_edit_form_unchanged_changes_nothing(make_browser, committed_world, db) -> None:
    case = make_case(db, committed_world.actor("caseworker"))
    db.commit()
    version = case.version
    b = signed_in(make_browser, committed_world, "caseworker")
    parser = _FormFields()
    parser.feed(b.get(f"/cases/{case.id}/edit").text)
    data: dict[str, list[str]] = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    assert data["person.cnic"] and data["person.home_district"] == ["Rawalpindi"]
    r = b.client.post(f"/cases/{case.id}/edit", data=data, follow_redirects=False)
    assert r.status_code == 303, r.text[:3000]
    db.expire_all()
    assert service.get_case(db, committed_world.actor("caseworker"), case.id).version == version
