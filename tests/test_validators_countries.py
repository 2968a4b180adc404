"""Countries written any common way (issue 19): English and Urdu names, variants and misspellings
lists really use, ISO alpha-2 and alpha-3 codes, and only the cities of a reviewed table. Nothing
fuzzy: an unknown text stays unknown."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from rihai.validators import countries, read_country


@pytest.mark.parametrize(("text", "code"), [
    ("United Arab Emirates", "AE"), ("U.A.E", "AE"), ("uae", "AE"), ("Emirates", "AE"),
    ("Saudi Arabia", "SA"), ("saudi-arabia", "SA"), ("KSA", "SA"), ("Saudia", "SA"),
    ("Malaysia", "MY"), ("Thailand", "TH"), ("Myanmar", "MM"), ("Burma", "MM"), ("Myanmar (Burma)", "MM"),
    ("Iran", "IR"), ("Turkey", "TR"), ("Türkiye", "TR"), ("Iraq", "IQ"), ("Irak", "IQ"), ("Libya", "LY"),
    ("Italy", "IT"), ("Greece", "GR"), ("  the   Netherlands ", "NL"),
])
def test_english_names_and_variants(text: str, code: str) -> None:
    assert read_country(text) == (code, "name")


@pytest.mark.parametrize(("text", "code"), [
    ("متحدہ عرب امارات", "AE"), ("سعودی عرب", "SA"), ("سعودیہ", "SA"), ("ملائیشیا", "MY"), ("ملائشیا", "MY"),
    ("تھائی لینڈ", "TH"), ("میانمار", "MM"), ("برما", "MM"), ("ایران", "IR"), ("ترکی", "TR"), ("ترکیہ", "TR"),
    ("عراق", "IQ"), ("لیبیا", "LY"), ("اٹلی", "IT"), ("یونان", "GR"),
    ("سعودى عرب", "SA"),  # typed with the Arabic yeh
])
def test_urdu_names(text: str, code: str) -> None:
    assert read_country(text) == (code, "name")


@pytest.mark.parametrize(("text", "code"), [("AE", "AE"), ("ae", "AE"), ("ARE", "AE"), ("SAU", "SA"),
                                            ("MMR", "MM"), ("tha", "TH"), ("GRC", "GR"), ("PAK", "PK")])
def test_iso_codes(text: str, code: str) -> None:
    assert read_country(text) == (code, "code")


def test_well_known_cities_are_read_and_said_to_be_cities() -> None:
    assert read_country("Dubai") == ("AE", "city")
    assert read_country("دبئی") == ("AE", "city")
    assert read_country("Riyadh") == ("SA", "city")
    assert read_country("Myawaddy") == ("MM", "city")
    # Two countries have a Tripoli: not in the table, so not guessed.
    assert read_country("Tripoli") is None


@pytest.mark.parametrize("text", ["Narnia", "Iraan", "Dubaii", "", "  ", "...", "Saudi Arabia Riyadh"])
def test_unknown_texts_are_unknown(text: str) -> None:
    assert read_country(text) is None


def test_the_reviewed_table_names_real_countries_only() -> None:
    data = json.loads(resources.files("rihai").joinpath("data/country_names.json").read_text("utf-8"))
    for section in ("variants", "cities"):
        for code, texts in data[section].items():
            assert code in countries(), code
            for text in texts:
                assert read_country(text) is not None and read_country(text)[0] == code, (section, text)
