"""Normalisers: one canonical form per phone, handle, e-mail, account, licence, company, place."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rihai.networks.resolution import KINDS, normalise_identifier

PHONE = "+923001234567"


@pytest.mark.parametrize("raw", [
    "0300-1234567", "0300 1234567", "+92 (300) 123 4567", "0092 300 1234567", "923001234567", "03001234567",
    "03OO-l234567", "O3OO l23 4567", "۰۳۰۰۱۲۳۴۵۶۷", "٠٣٠٠١٢٣٤٥٦٧", "wa.me/923001234567",
    "https://api.whatsapp.com/send?phone=923001234567", "WhatsApp: 0300-1234567", "0300.123.4567",
])
def test_a_phone_however_written_is_one_e164(raw):
    assert normalise_identifier("phone", raw) == PHONE


@pytest.mark.parametrize("raw,expected", [
    ("1122", "1122"), ("15", "15"), ("111-247-786", "111247786"), ("051-111-247-786", "111247786"),
    ("+971 50 123 4567", "+971501234567"), ("Test Recruiter", None), ("12", "12"), ("", None), ("abc 123", None),
])
def test_short_codes_uans_foreign_numbers_and_non_numbers(raw, expected):
    assert normalise_identifier("phone", raw) == expected


_SEPARATORS = st.sampled_from(["", " ", "-", ".", "  ", " - "])


@settings(max_examples=200, deadline=None)
@given(prefix=st.integers(300, 349), rest=st.integers(0, 9_999_999), lead=st.sampled_from(["0", "+92", "0092", "92", "+92 "]),
       sep1=_SEPARATORS, sep2=_SEPARATORS, urdu=st.booleans())
def test_any_writing_of_a_pakistani_mobile_gives_its_e164(prefix, rest, lead, sep1, sep2, urdu):
    digits = f"{rest:07d}"
    text = f"{lead}{prefix}{sep1}{digits[:3]}{sep2}{digits[3:]}"
    if urdu:
        text = text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert normalise_identifier("phone", text) == f"+92{prefix}{digits}"


@pytest.mark.parametrize("raw,expected", [
    ("t.me/Test_Recruiter", "telegram:test_recruiter"),
    ("https://telegram.me/test_recruiter", "telegram:test_recruiter"),
    ("Telegram: @Test_Recruiter", "telegram:test_recruiter"),
    ("https://www.facebook.com/Test.Recruiter/?ref=bookmarks", "facebook:testrecruiter"),
    ("m.facebook.com/testrecruiter", "facebook:testrecruiter"),
    ("fb.com/profile.php?id=100012345", "facebook:100012345"),
    ("facebook.com/pages/Test-Jobs/123456789", "facebook:123456789"),
    ("https://www.tiktok.com/@Test_Jobs?lang=en", "tiktok:test_jobs"),
    ("TikTok @test_jobs", "tiktok:test_jobs"),
    ("@Test_Jobs", "@test_jobs"),
    ("wa.me/923001234567", PHONE),
    ("WhatsApp 0300 1234567", PHONE),
])
def test_handles_per_platform(raw, expected):
    assert normalise_identifier("handle", raw) == expected


@pytest.mark.parametrize("raw,expected", [
    ("Test.Recruiter+jobs@GMail.com", "testrecruiter@gmail.com"),
    ("testrecruiter@googlemail.com", "testrecruiter@gmail.com"),
    ("Test.Recruiter@Example.PK", "test.recruiter@example.pk"),
    ("test [at] example [dot] com", "test@example.com"),
    ("not an address", None),
])
def test_emails(raw, expected):
    assert normalise_identifier("email", raw) == expected


@pytest.mark.parametrize("raw,expected", [
    ("PK36 SCBL 0000 0011 2345 6702", "iban:PK36SCBL0000001123456702"),
    ("JazzCash 0300-1234567", PHONE), ("Easypaisa: 0300 123 4567", PHONE), ("03001234567", PHONE),
    ("0x52908400098527886E0F7030069857D2E4169EE7", "eth:0x52908400098527886e0f7030069857d2e4169ee7"),
    ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "btc:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"),
    ("BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ", "btc:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
    ("TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL", "tron:TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL"),
    ("A/C 0123-4567-8901", "acct:012345678901"),
    ("cash", None),
])
def test_accounts(raw, expected):
    assert normalise_identifier("account", raw) == expected


@pytest.mark.parametrize("raw", ["OEP 0696/RWP", "696-rwp", "Licence No. 0696/Rawalpindi", "0696 / RWP", "Lic # 696/RWP"])
def test_oep_licences(raw):
    assert normalise_identifier("licence", raw) == "0696/RWP"


def test_licence_prefixes_kept_and_text_without_a_number_rejected():
    assert normalise_identifier("licence", "mpd / 2671/lhr") == "MPD/2671/LHR"
    assert normalise_identifier("licence", "licensed") is None


def test_companies_fold_case_punctuation_and_suffixes():
    forms = ["Test Falcon Overseas Employment Promoters (Pvt) Ltd.", "TEST FALCON OEP", "M/s Test Falcon Pvt. Ltd",
             "test-falcon (private) limited"]
    assert {normalise_identifier("company", f) for f in forms} == {"test falcon"}


def test_cnic_and_places():
    assert normalise_identifier("cnic", "35202-1234567-1") == "3520212345671"
    assert normalise_identifier("cnic", "۳۵۲۰۲۱۲۳۴۵۶۷۱") == "3520212345671"
    assert normalise_identifier("cnic", "12345") is None
    assert normalise_identifier("place", " rawalpindi ") == "Rawalpindi"
    assert normalise_identifier("place", "Mae Sot") == "mae sot"


def test_every_kind_is_known_and_an_unknown_one_is_refused_without_echoing_the_value():
    for kind in KINDS:
        normalise_identifier(kind, "x")
    with pytest.raises(ValueError) as err:
        normalise_identifier("passport", "SECRET-VALUE")
    assert "SECRET-VALUE" not in str(err.value)
