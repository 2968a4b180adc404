"""How an import reads values (issue 19), without a database: the reading of a date column, a
birth year given alone, countries read or left for the importer, the samples beside a column."""

from __future__ import annotations

import datetime as dt

import pytest

from rihai.tracing.import_values import (
    birth_year_only,
    build_preview,
    country_of,
    read_date,
    samples,
    survey_countries,
    survey_dates,
    validate_row,
)


def test_a_day_over_12_shows_a_column_is_day_first() -> None:
    col = survey_dates(["03/04/1990", "25/12/1988", "1990-01-01", ""])
    assert (col.reading, col.suggested, col.shown_by_values) == ("dmy", "dmy", True)
    assert (col.either_way, col.day_first_only, col.month_first_only, col.refused) == (1, 1, 0, 0)


def test_a_second_part_over_12_shows_a_column_is_month_first() -> None:
    col = survey_dates(["03/04/1990", "12/25/1988", "07/07/1979"])
    assert (col.reading, col.shown_by_values, col.either_way) == ("mdy", True, 1)  # 07/07 reads the same


def test_a_column_no_value_decides_is_read_day_first_and_counted() -> None:
    col = survey_dates(["03/04/1990", "05.06.1985", "11-02-1979"])
    assert (col.reading, col.shown_by_values, col.either_way) == ("dmy", False, 3)


def test_the_importer_may_choose_the_other_reading_and_sees_what_it_refuses() -> None:
    col = survey_dates(["03/04/1990", "25/12/1988"], chosen="mdy")
    assert (col.reading, col.suggested, col.refused) == ("mdy", "dmy", 1)
    assert survey_dates(["1990-01-01", "12 Mar 1990"]) is None  # never ambiguous: nothing to choose
    assert survey_dates(["03/04/1990"], chosen="ydm").reading == "dmy"  # an unknown choice is ignored


def test_a_date_impossible_under_the_reading_is_rejected_not_swapped() -> None:
    assert read_date("03/04/1990", "dmy") == (dt.date(1990, 4, 3), None)
    assert read_date("03/04/1990", "mdy") == (dt.date(1990, 3, 4), None)
    assert read_date("25/12/1988", "mdy") == (None, "date-reading")
    assert read_date("12/25/1988", "dmy") == (None, "date-reading")
    assert read_date("31/02/1990", "dmy") == (None, "valid-date")  # no reading makes it a date
    assert read_date("۰۳/۰۴/۱۹۹۰", "dmy") == (dt.date(1990, 4, 3), None)  # Urdu digits
    assert read_date("1990-03-12", "mdy") == (dt.date(1990, 3, 12), None)
    assert read_date(f"01/01/{dt.date.today().year + 1}")[1] == "valid-date"


@pytest.mark.parametrize(("text", "year"), [
    ("1998", 1998), ("born 1998", 1998), ("b. 1998", 1998), ("YOB: 1998", 1998), ("۱۹۹۸", 1998),
    ("پیدائش ۱۹۹۸", 1998), ("00/00/1998", 1998), ("1998-00-00", 1998),
    ("12/03/1998", None), ("1998-03-12", None), ("98", None), ("twenty", None)])
def test_birth_year_given_alone(text: str, year: int | None) -> None:
    assert birth_year_only(text) == year


def test_a_row_with_a_birth_year_only_keeps_the_year_and_invents_no_date() -> None:
    clean, bad = validate_row({"full_name": "Test Person (SYNTHETIC)", "dob": "born 1998"}, {}, {})
    assert bad == [] and clean["birth_year"] == 1998 and "dob" not in clean
    clean, bad = validate_row({"full_name": "Test Person (SYNTHETIC)", "birth_year": "1998"}, {}, {})
    assert bad == [] and clean["birth_year"] == 1998
    clean, bad = validate_row({"full_name": "Test Person (SYNTHETIC)", "dob": "03/04/1990", "birth_year": "1990"},
                              {}, {})
    assert bad == [] and clean["dob"] == dt.date(1990, 4, 3) and "birth_year" not in clean
    _clean, bad = validate_row({"full_name": "Test Person (SYNTHETIC)", "dob": "03/04/1990", "birth_year": "1991"},
                               {}, {})
    assert bad == [("birth_year", "birth-year-differs")]
    _clean, bad = validate_row({"full_name": "Test Person (SYNTHETIC)", "dob": "1850"}, {}, {})
    assert bad == [("dob", "valid-date")]
    _clean, bad = validate_row({"full_name": "Test Person (SYNTHETIC)", "birth_year": "soon"}, {}, {})
    assert bad == [("birth_year", "valid-year")]


def test_countries_read_by_name_code_or_city_and_unknowns_listed_with_counts() -> None:
    survey = survey_countries(["UAE", "سعودی عرب", "Dubai", "Dubai", "Narnia", "Narnia", "Narnia", "Atlantis",
                               "", "N/A", "SAU"])
    assert survey.read == 3
    assert survey.by_city == [("Dubai", "AE", 2)]
    assert survey.unknown == [("Narnia", 3), ("Atlantis", 1)]  # most frequent first


def test_an_unknown_country_is_what_the_importer_chose_or_unknown() -> None:
    assert country_of("U.A.E", {}) == ("AE", "read")
    assert country_of("Dubai", {}) == ("AE", "city")
    assert country_of("Narnia", {}) == (None, "unknown")
    assert country_of("Narnia", {"Narnia": "MY"}) == ("MY", "chosen")
    assert country_of(" Narnia ", {"Narnia": ""}) == (None, "blank")
    assert country_of("Narnia", {"*": ""}) == (None, "blank")
    assert country_of("n/a", {}) == (None, "blank")
    _clean, bad = validate_row({"full_name": "Test (SYNTHETIC)", "country": "Narnia"}, {}, {})
    assert bad == [("country", "country-unknown")]


def test_samples_are_the_first_three_distinct_values_cut_short() -> None:
    rows = [["", "x"], ["A"], ["A"], ["B"], ["C" * 60], ["D"]]
    rows = [r + [""] * (2 - len(r)) for r in rows]
    assert samples(rows, 0) == ["A", "B", "C" * 39 + "…"]
    assert samples(rows, 1) == ["x"]


def test_the_preview_counts_birth_year_only_rows_under_the_mapping() -> None:
    headers = ["Name", "DOB", "Age", "Country"]
    rows = [["Test A (SYNTHETIC)", "1998", "", "Dubai"], ["Test B (SYNTHETIC)", "03/04/1990", "", "Narnia"],
            ["Test C (SYNTHETIC)", "1985", "40", "UAE"], ["Test D (SYNTHETIC)", "", "", ""]]
    mapping = {"Name": "full_name", "DOB": "dob", "Age": "age", "Country": "country"}
    preview = build_preview(headers, rows, mapping, {})
    assert preview.birth_year_only == 1  # C has an age too
    assert preview.country_column == "Country" and preview.countries.unknown == [("Narnia", 1)]
    assert preview.samples["DOB"] == ["1998", "03/04/1990", "1985"]
