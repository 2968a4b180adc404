"""The work queue and follow-ups on a phone (375 px), in English and in Urdu: filter My cases by
district and by overdue follow-ups, add a follow-up on a case and change it, find it in My
follow-ups (overdue first), mark it done. Each page is measured: nothing wider than the screen."""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta

import pytest
from factories import CaseFactory, PersonFactory

from .conftest import sign_in, submit

WIDTH = 375


def _fits(page) -> None:  # type: ignore[no-untyped-def]
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= WIDTH, f"{page.url} is {width} px wide at {WIDTH} px"


def _open_case(page, live, district: str, given: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """A case opened through the JSON API with the browser's own session (and its CSRF token)."""
    token = page.get_attribute("meta[name=csrf-token]", "content")
    body = CaseFactory(person=PersonFactory(given_name=given, home_province="PK-PB",
                                            home_district=district)).model_dump(mode="json", exclude_none=True)
    r = page.request.post(live.url + "/api/v1/cases", data=json.dumps(body),
                          headers={"X-CSRF-Token": token or "", "Content-Type": "application/json"})
    assert r.status == 201, r.text()
    return r.json()


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_filter_add_a_follow_up_and_mark_it_done_on_a_phone(new_page, live, screenshots, lang) -> None:
    page = new_page(width=WIDTH, height=800, locale="ur-PK" if lang == "ur" else "en-GB")
    sign_in(page, live, "caseworker")
    page.goto(live.url + f"/cases?lang={lang}")
    tag = uuid.uuid4().hex[:6]
    kasur = _open_case(page, live, "Kasur", f"Kasurtest{tag}")
    other = _open_case(page, live, "Attock", f"Attocktest{tag}")

    # Filter by district: the province's districts arrive by HTMX; "Show" also works without it.
    page.goto(live.url + f"/cases?lang={lang}")
    assert page.get_attribute("html", "dir") == ("rtl" if lang == "ur" else "ltr")
    page.select_option("form.queue-filters select[name=province]", "PK-PB")
    page.wait_for_selector("form.queue-filters select[name=district] option[value='Kasur']", state="attached")
    page.select_option("form.queue-filters select[name=district]", "Kasur")
    submit(page, "form.queue-filters button[type=submit]")
    table = page.inner_text("#queue-table")
    assert kasur["reference"] in table and other["reference"] not in table
    _fits(page)
    page.screenshot(path=str(screenshots / f"work-queue-{lang}.png"), full_page=True)

    # A follow-up on the case, due yesterday (written after the fact): it is overdue at once.
    page.goto(live.url + f"/cases/{kasur['id']}?lang={lang}")
    page.wait_for_selector("#sec-tasks summary")
    page.click("#sec-tasks summary")
    text = f"Phone the shelter about a bed (SYNTHETIC {tag})"
    page.fill("#sec-tasks input[name=text]", text)
    page.fill("#sec-tasks input[name=due_on]", (date.today() - timedelta(days=1)).isoformat())
    page.click("#sec-tasks button.primary[type=submit]")
    page.wait_for_selector(f"#sec-tasks li.task-overdue >> text={text}")
    _fits(page)

    # Edit it in place (its own small form, which fits the phone in Urdu too): new words.
    task = page.locator("#sec-tasks li.task", has_text=text)
    task.locator("details.task-edit summary").click()
    _fits(page)
    task.screenshot(path=str(screenshots / f"follow-up-edit-{lang}.png"))
    text = f"Phone the shelter about a bed and the school (SYNTHETIC {tag})"
    task.locator("details.task-edit input[name=text]").fill(text)
    task.locator("details.task-edit button.primary[type=submit]").click()
    page.wait_for_selector(f"#sec-tasks li.task-overdue >> text={text}")
    page.screenshot(path=str(screenshots / f"follow-up-edited-{lang}.png"), full_page=True)

    # My cases filtered by overdue follow-ups: this case, not the other.
    page.goto(live.url + f"/cases?lang={lang}")
    page.check("form.queue-filters input[name=overdue]")
    submit(page, "form.queue-filters button[type=submit]")
    table = page.inner_text("#queue-table")
    assert kasur["reference"] in table and other["reference"] not in table

    # My follow-ups: overdue first, with the case's reference; mark it done.
    page.goto(live.url + f"/follow-ups?lang={lang}")
    item = page.locator("[data-testid=my-task]", has_text=text)
    assert item.locator(".tag.no").count() == 1 and kasur["reference"] in item.inner_text()
    assert page.locator("[data-testid=my-task]").first.locator(".tag.no").count() == 1
    _fits(page)
    page.screenshot(path=str(screenshots / f"follow-ups-{lang}.png"), full_page=True)
    with page.expect_navigation():
        item.locator("button[type=submit]").click()
    assert text not in page.inner_text("main")
    page.goto(live.url + f"/follow-ups?show=done&lang={lang}")
    assert text in page.inner_text("main")
    _fits(page)
