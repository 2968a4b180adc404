"""Errors that help, and decisions shown as they were taken (issue 19), on a 375 px phone.

After a refused form the focus is on the error summary and each item takes you to its field (the
trace form's fields run far below the first screen); a photo sent with a refused form is said to
be gone; the /screen result is scrolled to; the possible-matches count follows a run without a
reload; a case does not close over an open referral until the closer confirms; an interview's
presumption shows on the case in its own words, and a suggestion from few answers says so.

The world is the phone-width test's (``fit_world``: seeded cases, referrals, an imported list);
the few records a test needs beyond it are written through the services while the server runs.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from live_server import using_keyring
from rihai.access.permissions import Role
from rihai.crypto import Keyring
from rihai.db import make_engine, make_sessionmaker, transaction

from . import fit_world
from .conftest import sign_in

WIDTH, HEIGHT = 375, 740


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Iterator[fit_world.FitWorld]:  # type: ignore[no-untyped-def]
    data = tmp_path_factory.mktemp("errors")
    for w in fit_world.build(data):
        w.data = data  # type: ignore[attr-defined]
        yield w


def in_db(world: Any, work: Callable[[Any, dict[Role, Any]], Any]) -> Any:
    """Run ``work(db, demo users)`` on the running server's database, committed."""
    with using_keyring(Keyring.load(world.data / "keyring.json")):
        sm = make_sessionmaker(make_engine(f"sqlite:///{world.data / 'rihai.db'}"))
        with transaction(sm) as db:
            return work(db, fit_world.directory_demo(db))


@pytest.fixture
def phone(chromium):  # type: ignore[no-untyped-def]
    contexts = []

    def _open():  # type: ignore[no-untyped-def]
        ctx = chromium.new_context(viewport={"width": WIDTH, "height": HEIGHT}, locale="en-GB")
        contexts.append(ctx)
        page = ctx.new_page()
        page.set_default_timeout(15_000)
        return page

    yield _open
    for ctx in contexts:
        ctx.close()


def on_screen(page, selector: str) -> bool:  # type: ignore[no-untyped-def]
    box = page.locator(selector).first.bounding_box()
    return bool(box) and box["y"] >= -1 and box["y"] < HEIGHT


def focused(page) -> str:  # type: ignore[no-untyped-def]
    return page.evaluate("""() => { const e = document.activeElement;
      return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.hasAttribute('data-error-summary') ? '[summary]' : '')
             + (e.hasAttribute('data-reveal') ? '[reveal]' : ''); }""")


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 40), (200, 30, 30)).save(buf, "PNG")
    return buf.getvalue()


def test_a_refused_trace_form_focuses_its_summary_and_links_to_the_field(phone, world, tmp_path):  # type: ignore[no-untyped-def]
    page = phone()
    page.goto(world.url + "/trace?lang=ur")
    page.fill("#field-given_name", "Test Missing")
    page.fill("#field-cnic", "123")  # not a CNIC
    photo = tmp_path / "photo.png"
    photo.write_bytes(_png())
    page.set_input_files("[data-testid=photo-input]", str(photo))
    with page.expect_navigation():
        page.click("main button[type=submit]")
    assert page.get_attribute("html", "lang") == "ur"
    assert focused(page).endswith("[summary]"), focused(page)
    assert on_screen(page, "[data-error-summary]")
    summary = page.inner_text("[data-error-summary]")
    assert "تصویر" in summary  # the photo was not kept: choose it again
    # The field is far below the first screen; its link in the summary takes the focus to it.
    field_y = page.evaluate("document.getElementById('field-cnic').getBoundingClientRect().top + window.scrollY")
    assert field_y > HEIGHT, field_y
    page.click("[data-error-summary] a[data-field=cnic]")
    assert focused(page) == "input#field-cnic"
    assert on_screen(page, "#field-cnic")


def test_the_screening_result_is_scrolled_to_on_a_phone(phone, world):  # type: ignore[no-untyped-def]
    page = phone()
    page.goto(world.url + "/screen?lang=ur")
    page.fill("textarea[name=text]", "Call centre job in Bangkok (TEST), salary 1500 USD, no experience, "
                                     "send passport to agent on WhatsApp, fee 200000 first")
    page.click("main button[type=submit]")
    page.wait_for_selector("#result [data-reveal]")
    page.wait_for_function("() => document.activeElement && document.activeElement.hasAttribute('data-reveal')")
    assert on_screen(page, "#result [data-reveal]")


def test_the_matches_count_follows_a_run_without_a_reload(phone, world):  # type: ignore[no-untyped-def]
    def new_request(db, demo):  # type: ignore[no-untyped-def]
        from factories.tracing import embassy_rows, file_request

        row = embassy_rows(6, seed=fit_world.SEED)[1]  # a second man on the imported list
        day, month, year = (int(x) for x in row[3].split("/"))
        given, family = row[1].rsplit(" ", 2)[0], " ".join(row[1].rsplit(" ", 2)[1:])
        file_request(db, fit_world._actor(demo[Role.CASEWORKER]), given_name=given, family_name=family,
                     father_name=row[2], birth_date=dt.date(year, month, day), cnic=row[5], home_district="Lahore")

    page = phone()
    sign_in(page, world, "fit-caseworker")  # type: ignore[arg-type]
    page.goto(world.url + "/tracing/candidates")
    before = page.inner_text("[data-testid=candidate-count]")
    in_db(world, new_request)
    page.click("[data-testid=run-match]")
    page.wait_for_selector("[data-testid=match-run][data-status=queued], [data-testid=match-run][data-status=running]")
    page.wait_for_selector("[data-testid=match-run][data-status=done]", timeout=240_000)
    page.wait_for_function(f"() => document.querySelector('[data-testid=candidate-count]').textContent.trim() !== {before!r}",
                           timeout=15_000)
    after = page.inner_text("[data-testid=candidate-count]")
    assert int(after.strip("()")) > int(before.strip("()")), (before, after)
    assert page.locator("[data-testid=candidate-link]").count() >= int(after.strip("()")) or int(after.strip("()")) > 25


def test_a_case_does_not_close_over_an_open_referral_without_a_confirmation(phone, world):  # type: ignore[no-untyped-def]
    def case_with_open_referral(db, demo):  # type: ignore[no-untyped-def]
        from rihai.referrals import service as referrals
        from rihai.referrals.inbox import Box

        supervisor = fit_world._actor(demo[Role.SUPERVISOR])
        for r in referrals.list_referrals(db, supervisor, box=Box.OUTGOING, open_only=True)[0]:
            return str(r.case_id)
        return None

    case_id = in_db(world, case_with_open_referral)
    assert case_id, "the fit world has no open referral the supervisor sees"
    page = phone()
    sign_in(page, world, "fit-supervisor")  # type: ignore[arg-type]
    page.goto(f"{world.url}/cases/{case_id}?lang=ur")
    page.select_option("#sec-status select[name=status]", "Closed")
    page.fill("#sec-status input[name=reason]", "Returned home (TEST)")
    page.click("#sec-status button[type=submit]")
    page.wait_for_selector("#sec-status input[name=confirm_open_work]")
    assert "ریفرل" in page.inner_text("#sec-status")  # the warning names the open referrals
    page.fill("#sec-status input[name=reason]", "Returned home (TEST)")
    page.check("#sec-status input[name=confirm_open_work]")
    if page.locator("#sec-status input[name=open_items_reason]").count():  # support-plan items may be open too
        page.fill("#sec-status input[name=open_items_reason]", "Handed over to the district office (TEST)")
    page.select_option("#sec-status select[name=status]", "Closed")
    page.click("#sec-status button[type=submit]")
    page.wait_for_selector("#sec-status:not(:has(input[name=confirm_open_work]))")
    page.goto(f"{world.url}/cases/{case_id}?lang=en")
    assert "Closed" in page.inner_text("#sec-status strong")


def test_a_thin_interview_says_so_and_a_presumption_is_not_a_confirmation(phone, world):  # type: ignore[no-untyped-def]
    def thin_interview(db, demo):  # type: ignore[no-untyped-def]
        from factories.justice import make_interview, presumed_answers

        cw = fit_world._actor(demo[Role.CASEWORKER])
        case_id = fit_world._case(db, cw)
        only_yes = {k: v for k, v in presumed_answers().items() if v}  # everything else unanswered
        return str(make_interview(db, cw, case_id, answers=only_yes).id), str(case_id)

    interview_id, case_id = in_db(world, thin_interview)
    page = phone()
    sign_in(page, world, "fit-caseworker")  # type: ignore[arg-type]
    page.goto(f"{world.url}/interviews/{interview_id}?lang=en")
    assert "Presumed victim" in page.inner_text("[data-testid=suggested-status]")
    caution = page.inner_text("[data-testid=thin-suggestion]")
    assert "only 6 of" in caution and "weak" in caution, caution
    page.goto(f"{world.url}/interviews/{interview_id}?lang=ur")
    assert page.locator("[data-testid=thin-suggestion]").is_visible()
    page.check("#sec-decision input[name=status][value=presumed]")
    page.fill("#sec-decision textarea[name=reason]", "Consistent account (TEST)")
    page.click("#sec-decision button[type=submit]")
    page.wait_for_selector("[data-testid=decided-status]")
    page.goto(f"{world.url}/cases/{case_id}?lang=en")
    page.wait_for_selector("#sec-person [data-testid=interview-decision]")
    person = page.inner_text("#sec-person")
    assert "Presumed victim of trafficking" in person and "Confirmed victim" not in person, person
