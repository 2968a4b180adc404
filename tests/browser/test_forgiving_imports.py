"""Imports that forgive (issue 19), in Chromium on a 375 px phone in Urdu: a consular desk uploads
a small synthetic embassy list with a row giving a birth year only, a date column no value of which
shows the order, a country written in Urdu, a city and a country nobody knows; it sees a few of its
values beside each column and how the dates will be read, maps the unknown country, stores the
list and reads the counts in the report. RIHAI_SCREENSHOTS keeps the pictures."""

from __future__ import annotations

from .conftest import sign_in, submit

WIDTH = 375
LIST_CSV = """Name of National,D.O.B,Country,Passport No
Test Person One (SYNTHETIC),1998,متحدہ عرب امارات,ZX7000001
Test Person Two (SYNTHETIC),03/04/1990,Dubai,ZX7000002
Test Person Three (SYNTHETIC),05/06/1985,Narnialand,ZX7000003
"""


def _fits(page) -> None:  # type: ignore[no-untyped-def]
    assert page.get_attribute("html", "dir") == "rtl"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= WIDTH, f"{page.url} is {width} px wide at {WIDTH} px"


def _language(page, code: str) -> None:  # type: ignore[no-untyped-def]
    """The header's language switch: the account's language, for the pages that follow."""
    submit(page, f"form[action='/account/language'] button[value={code}]")


def test_forgiving_import_on_a_phone_in_urdu(new_page, live, screenshots):
    page = new_page(width=WIDTH, height=800)
    sign_in(page, live, "consular_officer")
    page.goto(live.url + "/tracing/imports")
    _language(page, "ur")
    try:
        _import(page, live, screenshots)
    finally:  # the shared server's other tests expect this account in English
        _language(page, "en")


def _import(page, live, screenshots) -> None:  # type: ignore[no-untyped-def]
    assert page.get_attribute("html", "dir") == "rtl"
    page.fill("input[name=source_agency]", "Embassy of Pakistan, Abu Dhabi (SYNTHETIC)")
    page.select_option("select[name=kind]", "in_shelter")
    page.select_option("select[name=country]", "AE")
    page.set_input_files("input[name=file]", files=[{"name": "abu-dhabi-shelter.csv", "mimeType": "text/csv",
                                                     "buffer": LIST_CSV.encode()}])
    submit(page)

    # The mapping step: each column with a few of its values; the dates' reading, said and choosable.
    assert page.locator("[data-testid=mapping-form]").count() == 1
    assert page.input_value("select[name='map:D.O.B']") == "dob"
    assert page.input_value("select[name='map:Country']") == "country"
    samples = page.locator("[data-testid=samples]").all_inner_texts()
    assert any("Test Person One (SYNTHETIC)" in s for s in samples)
    assert any("1998" in s and "03/04/1990" in s for s in samples)
    assert page.input_value("select[name='reading:D.O.B']") == "dmy"
    note = page.inner_text("[data-testid=reading-note]")
    assert "2" in note and "پاکستانی" in note  # two values either way; read day first, as Pakistani papers are
    assert page.locator("[data-testid=year-only-note]").count() == 1
    unknown = page.inner_text("[data-testid=unknown-countries]")
    assert "Narnialand" in unknown and "Dubai" not in unknown
    _fits(page)
    page.screenshot(path=str(screenshots / "import-mapping-ur.png"), full_page=True)

    # Storing without answering is refused on the page, the list of unknown countries still there.
    submit(page, "[data-testid=store-list]")
    assert page.locator("[data-testid=import-error]").count() == 1
    assert page.locator("[data-testid=unknown-countries]").count() == 1
    page.select_option("[data-testid=country-choice]", "MY")
    submit(page, "[data-testid=store-list]")

    assert page.inner_text("[data-testid=rows-stored]").strip() == "3"
    assert page.inner_text("[data-testid=rows-rejected]").strip() == "0"
    assert "1" in page.inner_text("[data-testid=year-only]")
    assert "دن/مہینہ/سال" in page.inner_text("[data-testid=date-reading]")
    countries = page.inner_text("[data-testid=country-report]")
    assert "1" in countries and "شہر" in countries
    assert "Test Person" not in page.inner_text("main")  # the report holds counts, not people
    _fits(page)
    page.screenshot(path=str(screenshots / "import-report-ur.png"), full_page=True)
