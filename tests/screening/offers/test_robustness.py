"""Fuzzing: whatever the text, screen() returns an Assessment or raises ScreeningInputError."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rihai.screening.offers.service import ScreeningInputError, screen

_pieces = st.sampled_from(["whats app", "۰۳۰۰", "03OO-l234", "<b>", "&amp;", "\u200f", "\u202e", "تھائی لینڈ", "$", "lakh",
                           "0696/RWP", "wa.me/92", "@", "zero three", "İ", "ﷺ", "\ufeff", "\x00", "\ud800"])
_text = st.one_of(st.text(max_size=400), st.lists(st.one_of(_pieces, st.text(max_size=20)), max_size=30).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_text)
def test_any_text_never_crashes(text):
    try:
        a = screen(text)
    except ScreeningInputError:
        return
    assert 0.0 <= a.risk <= 1.0
    n = len(text)
    for f in a.red_flags + a.reassuring:
        for s in f.spans:
            assert 0 <= s.start <= s.end <= n
            assert text[s.start:s.end] == s.text
