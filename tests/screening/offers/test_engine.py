"""Behaviour of screen(): bands, spans, languages, obfuscation. All texts are synthetic."""
import json

import pytest

from rihai.screening.offers.service import Assessment, ScreeningInputError, screen

LURE = ("Customer service job in Thailand, salary 1500$, visa+ticket free, no experience no interview, "
        "contact WhatsApp only 03OO-l234567, limited seats")
GENUINE = "call centre in Bangkok, interview at our Lahore office, OEP licence 0696/RWP, protector fees per government schedule"
URDU_LURE = ("تھائی لینڈ میں کسٹمر سروس کی نوکری، تنخواہ ۱۵۰۰ ڈالر ماہانہ، ویزا اور ٹکٹ مفت، تجربے کی ضرورت نہیں، "
             "انٹرویو نہیں۔ صرف واٹس ایپ ۰۳۰۰-۰۰۰۰۱۲۳۔ جلدی کریں")
ROMAN_LURE = ("Cambodia mein call center ki job, tankhwah 1800$, visa aur ticket company ki taraf se, experience ki zaroorat nahi, "
              "interview nahi hoga. Sirf whatsapp 0300-0000456. Jaldi karein!")


def codes(a: Assessment) -> set[str]:
    return {f.code for f in a.red_flags}


def spans_of(a: Assessment, code: str) -> list[str]:
    flag = next(f for f in a.red_flags + a.reassuring if f.code == code)
    return [s.text for s in flag.spans]


def test_brief_lure_is_high_with_exact_spans():
    a = screen(LURE)
    assert a.band == "high" and a.risk > 0.9
    assert {"scam_role", "sea_destination", "scam_role_in_sea", "no_interview", "no_experience",
            "messaging_only_contact", "pay_above_market", "urgency"} <= codes(a)
    assert spans_of(a, "scam_role") == ["Customer service"]
    assert spans_of(a, "sea_destination") == ["Thailand"]
    assert spans_of(a, "pay_above_market") == ["1500$"]
    assert spans_of(a, "no_interview") == ["no interview"]
    assert spans_of(a, "urgency") == ["limited seats"]
    for flag in a.red_flags:
        for s in flag.spans:
            assert LURE[s.start:s.end] == s.text
        assert flag.explanation_en and flag.explanation_ur


def test_genuine_oep_vacancy_is_low_despite_call_centre_in_bangkok():
    a = screen(GENUINE)
    assert a.band == "low", (a.risk, codes(a))
    assert "scam_role_in_sea" in codes(a)  # the risky pattern is seen ...
    assert {"interview_process", "protector_emigrants", "oep_licence_cited"} <= {f.code for f in a.reassuring}  # ... and outweighed
    assert a.entities.licences[0].normalised == "0696/RWP"


def test_urdu_script_lure_is_high_and_digits_are_read():
    a = screen(URDU_LURE)
    assert a.band == "high"
    assert {"scam_role", "sea_destination", "no_experience", "no_interview", "messaging_only_contact"} <= codes(a)
    assert a.entities.phones[0].e164 == "+923000000123"
    money = a.entities.money[0]
    assert (money.amount, money.currency, money.period) == (1500.0, "USD", "month")
    assert spans_of(a, "sea_destination") == ["تھائی لینڈ"]


def test_roman_urdu_lure_is_high():
    a = screen(ROMAN_LURE)
    assert a.band == "high"
    assert {"no_experience", "no_interview", "messaging_only_contact", "scam_role_in_sea"} <= codes(a)


def test_no_single_keyword_decides():
    for text in ["Job in Thailand", "Call centre staff needed", "Urgent hiring", "Contact on WhatsApp 0300-0000111",
                 "Visa and ticket free", "No experience required"]:
        assert screen(text).band != "high", text


def test_arabic_indic_digits_and_arabic_letters():
    a = screen("رابطہ ٠٣٠٠٠٠٠٠٧٧٧ واٹس ایپ")
    assert a.entities.phones[0].e164 == "+923000000777"


@pytest.mark.parametrize("raw", ["03OO-l234567", "0 3 0 0 1 2 3 4 5 6 7", "+92 300 1234567", "wa.me/923001234567",
                                 "zero three hundred one two three four five six seven", "۰۳۰۰۱۲۳۴۵۶۷", "0300.123.4567"])
def test_obfuscated_phones_normalise_to_e164(raw):
    a = screen(f"Jobs abroad, call {raw} now", use_model=False)
    assert [p.e164 for p in a.entities.phones] == ["+923001234567"]
    p = a.entities.phones[0]
    text = f"Jobs abroad, call {raw} now"
    assert text[p.span.start:p.span.end].strip() != ""


def test_adjacent_numbers_are_split_and_deduplicated():
    a = screen("call 0300-1234567 0321-7654321 or 0300 1234567 again", use_model=False)
    assert [p.e164 for p in a.entities.phones] == ["+923001234567", "+923217654321"]


def test_pathological_posts_stay_cheap():
    import time

    for text in ["1 " * 10000, "$1 " * 5000, "0300-0000123 " * 1500, "Thailand " * 2000]:
        t = time.perf_counter()
        a = screen(text)
        assert time.perf_counter() - t < 2.0
        assert len(a.entities.money) <= 50 and len(a.entities.phones) <= 50


def test_whats_app_spacing_and_wa_me_handles():
    a = screen("Message on whats app only, or wa.me/923000000222, telegram @demo_jobs_desk", use_model=False)
    assert "messaging_only_contact" in codes(a)
    plats = {(h.platform, h.handle) for h in a.entities.handles}
    assert ("whatsapp", "923000000222") in plats and ("telegram", "@demo_jobs_desk") in plats


def test_entities_money_destinations_titles_orgs():
    t = ("Demo Manpower Services (OEP licence MPD/2671/LHR) needs electricians for Dubai and Riyadh. "
         "Salary AED 3,000 per month or Rs. 1.5 lakh monthly. Email jobs@example.com, www.example.com/careers")
    e = screen(t, use_model=False).entities
    assert {d.name for d in e.destinations} == {"Dubai", "Riyadh"}
    assert [(m.amount, m.currency, m.period) for m in e.money] == [(3000.0, "AED", "month"), (150000.0, "PKR", "month")]
    assert "electricians" in {j.title for j in e.job_titles}
    assert e.organisations[0].name == "Demo Manpower Services"
    assert e.licences[0].normalised == "MPD/2671/LHR"
    assert e.emails[0].address == "jobs@example.com" and not e.emails[0].free_mail
    assert any(u.domain == "www.example.com" for u in e.urls)


def test_scam_hub_from_gazetteer_keeps_source():
    a = screen("Typing job near Shwe Kokko, free ticket", use_model=False)
    hub = next(d for d in a.entities.destinations if d.name == "Shwe Kokko")
    assert hub.kind == "hub" and hub.source.startswith("https://")
    assert "scam_hub" in codes(a)


def test_html_is_stripped_but_spans_point_into_markup():
    html = "<div><p>Customer&nbsp;service job in <b>Thailand</b></p><p>No interview. WhatsApp only 0300-0000333</p></div>"
    a = screen(html)
    span = next(f for f in a.red_flags if f.code == "sea_destination").spans[0]
    assert html[span.start:span.end] == "Thailand"
    role = next(f for f in a.red_flags if f.code == "scam_role").spans[0]
    assert html[role.start:role.end] == "Customer&nbsp;service"
    assert any("HTML" in n for n in a.notes)


def test_zero_width_and_rtl_marks_do_not_hide_keywords():
    t = "No\u200b inter\u200dview, whats\u200eapp only, job in Thai\u200bland"
    a = screen(t, use_model=False)
    assert {"no_interview", "messaging_only_contact"} <= codes(a)
    # A destination is context only (no weight on its own), so it is read as an entity, not shown as a flag.
    s = a.entities.destinations[0].span
    assert t[s.start:s.end] == "Thai\u200bland"


def test_assessment_is_json_serialisable_and_has_advice():
    a = screen(LURE)
    d = json.loads(a.model_dump_json())
    assert d["band"] == "high"
    advice = {x["code"] for x in d["advice"]}
    assert {"verify_licence", "report_fia", "sea_warning"} <= advice
    assert all(x["en"] and x["ur"] for x in d["advice"])
    assert d["indicators_version"]


@pytest.mark.parametrize("bad", ["", "   \n\t ", None, b"bytes", 42])
def test_unscreenable_input_raises_clear_error(bad):
    with pytest.raises(ScreeningInputError):
        screen(bad)


def test_huge_input_is_truncated_and_says_so():
    big = ("Electricians needed in Dubai. Interview at our Lahore office. " * 20000)[:1_000_000]
    a = screen(big)
    assert a.truncated and a.analysed_chars <= 20_000
    assert any("only the first" in n for n in a.notes)


def test_binary_junk_is_low_confidence_not_a_crash():
    junk = bytes(range(256)).decode("latin-1") * 4
    a = screen(junk)
    assert a.confidence == "low" and a.notes
    assert any(x.code == "low_confidence" for x in a.advice)


def test_invisible_or_symbol_only_text_is_low_confidence():
    for text in ["\u200b\u200f\u200b", "🔥🔥🔥", "<br><br>"]:
        a = screen(text)
        assert a.confidence == "low" and a.band == "low", text


def test_emoji_heavy_post():
    a = screen("🔥🔥 Customer service 🇹🇭 Thailand 💰 1500$ ✈️ visa+ticket free ✅ no interview 📞 WhatsApp only 0300-0000999")
    assert a.band == "high"
