"""People read names, not codes: the dashboard, each chart and its CSV, in English and Urdu, and
the national report. CSVs and the report keep the code beside each name for tooling."""

from __future__ import annotations

import csv
import io

import pytest
from factories import PASSWORD

from rihai.stats import charts, labels
from rihai.stats.service import Panel


def _browser(make_browser, stats_world):  # type: ignore[no-untyped-def]
    b = make_browser()
    b.login(stats_world.world.users["analyst"].username, PASSWORD)
    return b


@pytest.mark.parametrize(("key", "code", "en", "ur"), [
    ("exploitation", "ForcedLabour", "Forced labour", "جبری مشقت"),
    ("province", "PK-PB", "Punjab", "پنجاب"),
    ("destination", "AE", "United Arab Emirates", "متحدہ عرب امارات"),
    ("route", "PK>AE", "Pakistan → United Arab Emirates", "پاکستان ← متحدہ عرب امارات"),
    ("age", "18--20", "18–20", "18–20"),
    ("referral_service", "Shelter", "Shelter", "پناہ گاہ"),
    ("prosecution_stage", "fir", "FIR registered", "ایف آئی آر درج"),
    ("status", "NotRecorded", "Not recorded", "درج نہیں"),
    ("district", "Rawalpindi", "Rawalpindi", "Rawalpindi"),
    ("exploitation", "SomethingNew", "Something New", "Something New"),
])
def test_each_breakdown_names_its_codes(key: str, code: str, en: str, ur: str) -> None:
    assert labels.name(key, code) == en
    assert labels.name(key, code, "ur") == ur


def test_the_dashboard_shows_names_in_english_and_urdu(make_browser, stats_world):
    b = _browser(make_browser, stats_world)
    page = b.get("/stats").text
    assert "<td>Forced labour</td>" in page and "<td>Punjab</td>" in page
    assert "<td>ForcedLabour</td>" not in page and "<td>PK-PB</td>" not in page
    assert '<option value="PK-PB" >Punjab</option>' in page  # the filter sends the code
    urdu = b.get("/stats?lang=ur").text
    assert "<td>جبری مشقت</td>" in urdu and "<td>پنجاب</td>" in urdu and "<td>PK-PB</td>" not in urdu


def test_csv_names_each_category_and_keeps_its_code(make_browser, stats_world):
    b = _browser(make_browser, stats_world)
    rows = list(csv.reader(io.StringIO(b.get("/stats/charts/destination.csv").text)))
    assert rows[0] == ["category", "count", "code"]
    body = {r[2]: r[0] for r in rows[1:] if len(r) == 3}
    assert body["AE"] == "United Arab Emirates" and body["MM"].startswith("Myanmar")
    assert body["Total"] == "Total"
    urdu = list(csv.reader(io.StringIO(b.get("/stats/charts/destination.csv?lang=ur").text)))
    assert urdu[0] == ["category", "count", "code"]  # headers stay the same for tooling
    assert {r[2]: r[0] for r in urdu[1:] if len(r) == 3}["AE"] == "متحدہ عرب امارات"


def test_charts_draw_names_and_urdu_is_shaped_with_its_font(make_browser, stats_world):
    b = _browser(make_browser, stats_world)
    svg = b.get("/stats/charts/destination.svg").text
    assert "United Arab Emirates" in svg and ">AE<" not in svg
    ur_svg = b.get("/stats/charts/destination.svg?lang=ur").text
    assert "متحدہ عرب امارات" in ur_svg and "Noto Naskh Arabic" in ur_svg
    en_png = b.get("/stats/charts/destination.png").content
    ur_png = b.get("/stats/charts/destination.png?lang=ur").content
    assert en_png.startswith(b"\x89PNG") and ur_png.startswith(b"\x89PNG") and en_png != ur_png
    route = b.get("/stats/charts/route.svg").text
    assert "Pakistan" in route


def test_urdu_glyphs_come_from_the_vendored_font_and_join() -> None:
    """The vendored TrueType font is read and matplotlib's libraqm layout shapes Urdu: letters
    take their joined (initial, medial, final) forms and run right to left. Unshaped text would
    lay out the isolated letters in logical order."""
    from matplotlib import ft2font

    assert charts.URDU_FONT.exists() and charts.chart_locale("ur") == "ur"
    font = ft2font.FT2Font(str(charts.URDU_FONT))
    word = "پنجاب"
    items = font._layout(word, ft2font.LoadFlags.DEFAULT)
    names = [font.get_glyph_name(i.glyph_index) for i in items]
    assert any(n.endswith(".init") or ".init." in n for n in names)
    assert any(n.endswith(".fina") for n in names) and any(n.endswith(".medi") for n in names)
    assert items[0].char == word[-1]  # drawn from the right: the last letter is leftmost
    png = charts.render(Panel("destination", "Country of exploitation", [("AE", "20"), ("MM", "<5")], "24"),
                        "png", "ur")
    assert png.startswith(b"\x89PNG")


def test_the_national_report_names_categories_and_keeps_codes(make_browser, stats_world):
    from openpyxl import load_workbook

    b = _browser(make_browser, stats_world)
    xlsx = b.form("/stats/report", {"format": "xlsx"})
    wb = load_workbook(io.BytesIO(xlsx.content))
    rows = [r for r in wb["Routes and destinations"].iter_rows(values_only=True) if r and r[0]]
    assert ("Category", "Count", "Code") in rows
    assert any(r[0] == "United Arab Emirates" and r[2] == "AE" for r in rows)
    origin = [r for r in wb["Origin"].iter_rows(values_only=True) if r and r[0]]
    assert any(r[0] == "Punjab" and r[2] == "PK-PB" for r in origin)
