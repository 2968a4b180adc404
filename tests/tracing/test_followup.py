"""After a confirmed match (issue 19): where the person is now (what the list row says), the
family's contact log on the request, and a case opened from the match with what the reviewer
sees filled in."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from factories import PASSWORD
from factories.tracing import EMBASSY_HEADERS, embassy_rows, file_request, import_list, list_csv
from sqlalchemy import text

from rihai.errors import Conflict, Invalid, NotFound
from rihai.tracing import service

HEADERS = [*EMBASSY_HEADERS, "Camp / Shelter", "Date of Deportation", "Remarks"]
MAPPING = {"Name of National": "full_name", "Father/Husband Name": "father_name", "D.O.B": "dob",
           "Passport No": "passport", "CNIC #": "cnic", "Home District": "district",
           "Camp / Shelter": "place", "Date of Deportation": "listed_on", "Remarks": "remarks"}
FOUND = ["6", "Mohd Husain Qureshi (TEST)", "Gulam Rasool (TEST)", "1990-03-12", "", "", "Okara",
         "Shumaisi deportation centre (TEST)", "2026-11-20", "Awaiting exit permit (TEST)"]


@pytest.fixture
def matched(make_browser, world, db):  # type: ignore[no-untyped-def]
    cw = world.actor("caseworker")
    req, _ = file_request(db, cw)
    rows = [r + ["", "", ""] for r in embassy_rows(5, seed=4)] + [FOUND]
    import_list(db, cw, list_csv(rows, HEADERS), mapping=MAPPING)
    service.run_match(db, cw, background=(800, 80))
    db.commit()
    b = make_browser()
    b.login(world.users["caseworker"].username, PASSWORD)
    queue = b.get("/tracing/candidates").text
    ids = re.findall(r'href="/tracing/candidates/([0-9a-f-]{36})" data-testid="candidate-link"', queue)
    return req, b, ids[0]


def test_review_shows_where_the_person_is_now(matched) -> None:  # type: ignore[no-untyped-def]
    req, b, cid = matched
    page = b.get(f"/tracing/candidates/{cid}").text
    where = page.split('data-testid="where-now"')[1].split("</section>")[0]
    assert "Shumaisi deportation centre (TEST)" in where and "2026-11-20" in where
    assert "Awaiting exit permit (TEST)" in where and "Deported" in where and "Saudi Arabia" in where
    assert 'data-testid="next-steps"' not in page  # not before it is confirmed


def test_confirmed_match_lists_next_steps_and_opens_a_prefilled_case(matched, db) -> None:  # type: ignore[no-untyped-def]
    req, b, cid = matched
    b.form(f"/tracing/candidates/{cid}/decision", {"decision": "confirm", "version": "1"})
    page = b.get(f"/tracing/candidates/{cid}").text
    steps = page.split('data-testid="next-steps"')[1].split("</section>")[0]
    assert f"/tracing/requests/{req.id}#contacts" in steps and 'data-testid="open-case"' in steps
    r = b.form(f"/tracing/candidates/{cid}/open-case", {}, follow_redirects=False)
    assert r.status_code == 303 and re.fullmatch(r"/cases/new\?origin=[0-9a-f-]{36}", r.headers["location"])
    form = b.get(r.headers["location"]).text
    assert 'value="Muhammad Hussain"' in form and 'value="Qureshi (TEST)"' in form
    assert 'value="1990-03-12"' in form and re.search(r'<option value="SA"\s+selected', form)
    assert "Okara" in form and 'data-testid="prefilled"' in form
    assert req.cnic not in form  # identifiers are typed with the person, not carried over
    origin = re.search(r'name="origin" value="([0-9a-f-]{36})"', form).group(1)
    opened = b.form("/cases/new", {"origin": origin, "person.given_name": "Muhammad Hussain",
                                   "person.family_name": "Qureshi (TEST)", "person.sex": "Male",
                                   "consent_case_management": "yes"}, follow_redirects=False)
    assert opened.status_code == 303, opened.text[:1000]
    case_url = opened.headers["location"]
    assert req.reference in b.get(case_url).text
    steps = b.get(f"/tracing/candidates/{cid}").text.split('data-testid="next-steps"')[1]
    assert f'href="{case_url}"' in steps and f"{case_url}/referrals/new" in steps
    assert 'data-testid="open-case"' not in steps.split("</section>")[0]


def test_a_pending_match_opens_no_case(matched) -> None:  # type: ignore[no-untyped-def]
    req, b, cid = matched
    r = b.form(f"/tracing/candidates/{cid}/open-case", {})
    assert r.status_code == 409 and 'data-testid="decision-error"' in r.text


def test_contact_log_on_the_request(matched, db, world) -> None:  # type: ignore[no-untyped-def]
    req, b, cid = matched
    page = b.get(f"/tracing/requests/{req.id}").text
    assert 'data-testid="contact-form"' in page
    r = b.form(f"/tracing/requests/{req.id}/contacts", {"contacted_on": date.today().isoformat(), "means": "phone",
                                                        "outcome": "reached", "note": "Mother relieved (TEST)"},
               follow_redirects=False)
    assert r.status_code == 303
    log = b.get(f"/tracing/requests/{req.id}").text.split('data-testid="contact-log"')[1].split("</ul>")[0]
    assert "Reached the family" in log and "Phone call" in log and "Mother relieved (TEST)" in log
    assert "reached" not in re.sub(r"<[^>]+>", " ", log).split()  # the word, never the code
    future = b.form(f"/tracing/requests/{req.id}/contacts",
                    {"contacted_on": (date.today() + timedelta(days=2)).isoformat(), "means": "sms",
                     "outcome": "no_answer"})
    assert future.status_code == 422 and 'role="alert"' in future.text
    raw = db.execute(text("SELECT note FROM tracing_contacts")).scalars().all()
    assert raw and all(b"Mother relieved" not in bytes(x) for x in raw)
    audit = db.execute(text("SELECT fields FROM audit_events WHERE tag = 'tracing:contact:add'")).scalars().all()
    assert audit and "relieved" not in str(audit)


def test_only_the_desk_holding_the_request_logs_contacts(db, world) -> None:  # type: ignore[no-untyped-def]
    req, _ = file_request(db)  # a family's public request, in the shared pool
    db.flush()
    data = service.ContactIn(contacted_on=date.today(), means="phone", outcome="no_answer")
    with pytest.raises(Conflict) as no:
        service.log_contact(db, world.actor("caseworker"), req.id, data=data)
    assert no.value.rule == "owner-contacts"
    mine, _ = file_request(db, world.actor("caseworker"))
    db.flush()
    with pytest.raises(NotFound):  # another agency does not even see it
        service.log_contact(db, world.actor("other_caseworker"), mine.id, data=data)
    row = service.log_contact(db, world.actor("caseworker"), mine.id, data=data)
    assert [c.id for c in service.list_contacts(db, world.actor("caseworker"), mine.id)] == [row.id]
    with pytest.raises(Invalid):
        service.log_contact(db, world.actor("caseworker"), mine.id,
                            data=data.model_copy(update={"contacted_on": date.today() + timedelta(days=1)}))


def test_a_remarks_column_is_recognised_by_its_heading() -> None:
    headers = ["Name of National", "D.O.B", "Remarks"]
    rows = [["Bilal Awan (TEST)", "1988-07-04", "awaiting exit permit"],
            ["Kamran Malik (TEST)", "1979-11-19", "released to IOM"]]
    assert service.guess_mapping(headers, rows)["Remarks"] == "remarks"
