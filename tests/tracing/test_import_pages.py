"""The import mapping page forgives and says so (issue 19): a few of the importer's values beside
each column, the reading of each date column with a choice, the unknown countries to answer; the
report says what was done. The values appear on that page only, never in its address."""

from __future__ import annotations

import json
import re

from factories import PASSWORD
from factories.tracing import list_csv

HEADERS = ["Name", "Date of birth", "Country"]
ROWS = [["Test Person One (SYNTHETIC)", "1998", "متحدہ عرب امارات"],
        ["Test Person Two (SYNTHETIC)", "03/04/1990", "Dubai"],
        ["Test Person Three (SYNTHETIC)", "05/06/1985", "Narnialand"]]


def _staged(make_browser, world):  # type: ignore[no-untyped-def]
    b = make_browser()
    b.login(world.users["consular_officer"].username, PASSWORD)
    r = b.post("/tracing/imports", data={"csrf_token": b.csrf, "source_agency": "Embassy of Pakistan, Abu Dhabi (TEST)",
                                         "kind": "deported", "country": "AE"},
               files={"file": ("list.csv", list_csv(ROWS, HEADERS), "text/csv")}, follow_redirects=False)
    assert r.status_code == 303, r.text[:300]
    return b, r.headers["location"]


def _mapping(html: str) -> dict[str, str]:
    return {f"map:{h}": t for h, t in re.findall(r'name="map:([^"]+)">.*?<option value="([a-z_]+)" selected', html, re.S)}


def test_mapping_page_shows_samples_reading_and_unknown_countries(make_browser, world):
    b, url = _staged(make_browser, world)
    assert "Narnialand" not in url
    page = b.get(url).text
    assert 'data-testid="samples"' in page and "Test Person Two (SYNTHETIC)" in page
    assert re.search(r'name="reading:Date of birth".*?<option value="dmy" selected', page, re.S)
    assert "Values that could be read either way: 2." in page
    assert "No value shows the order" in page
    assert 'data-testid="year-only-note"' in page
    assert "Dubai</bdi>: United Arab Emirates" in page  # a city, said to be one
    unknown = page.split('data-testid="unknown-countries"')[1]
    assert "Narnialand" in unknown and "متحدہ" not in unknown

    # Not answered: refused, on the page, with the list still there; nothing stored.
    refused = b.form(url + "/store", {**_mapping(page), "country_text": ["Narnialand"], "country_code": [""]})
    assert refused.status_code == 422
    assert 'data-testid="import-error"' in refused.text and 'data-testid="unknown-countries"' in refused.text

    done = b.form(url + "/store", {**_mapping(page), "reading:Date of birth": "mdy",
                                   "country_text": ["Narnialand"], "country_code": ["-"]}, follow_redirects=True)
    assert done.status_code == 200
    assert re.search(r'data-testid="rows-stored">3<', done.text)
    assert "Rows with a birth year only, kept as age: 1." in done.text
    assert re.search(r'data-testid="date-reading">.*?month/day/year. Values that could be read either way: 2', done.text, re.S)
    assert "Countries: 1 read, 1 from a city, 0 as you chose, 1 left blank." in done.text
    assert "Test Person" not in done.text  # the report holds counts, not people


def test_mapping_page_in_urdu(make_browser, world):
    b, url = _staged(make_browser, world)
    page = b.get(url + "?lang=ur").text
    assert 'dir="rtl"' in page
    assert "دونوں طرح پڑھے جا سکنے والے اندراجات" in page and "وہ ملک جنہیں ہم نہیں پہچانتے" in page


def test_api_takes_readings_and_country_answers(make_browser, world):
    b = make_browser()
    b.login(world.users["consular_officer"].username, PASSWORD)
    form = {"source_agency": "Embassy of Pakistan, Abu Dhabi (TEST)", "kind": "deported", "country": "AE"}
    files = {"file": ("list.csv", list_csv(ROWS, HEADERS), "text/csv")}
    refused = b.post("/api/v1/tracing/imports", data=form, files=files)
    assert refused.status_code == 422 and refused.json()["rule"] == "country-unknown"
    assert "Narnialand" not in refused.text  # the error names no value
    done = b.post("/api/v1/tracing/imports", files=files, data={
        **form, "readings": json.dumps({"Date of birth": "mdy"}), "countries": json.dumps({"Narnialand": "MY"})})
    assert done.status_code == 201, done.text
    report = done.json()["report"]
    assert report["birth_year_only"] == 1 and report["dates"][0]["reading"] == "mdy"
    assert report["countries"] == {"read": 1, "by_city": 1, "chosen": 1, "left_blank": 0}
