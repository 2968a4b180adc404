"""One scan for every indicator's literals (triggers.py) finds exactly what a substring test finds."""
from hypothesis import given, settings
from hypothesis import strategies as st

from rihai.screening.offers.engine import analyse
from rihai.screening.offers.red_flags import ruleset
from rihai.screening.offers.triggers import LiteralScan

LITERALS = ["fee", "fees", "fe", "visa", "vis", "ویزا", "فیس", "advance", "adv", "call", "caller", "ll"]


def test_the_scan_finds_literals_inside_longer_ones_and_overlapping():
    scan = LiteralScan(LITERALS)
    assert scan.present("the caller paid fees") == {"call", "caller", "ll", "fe", "fee", "fees"}
    assert scan.present("ویزا کی فیس") == {"ویزا", "فیس"}
    assert scan.present("nothing here") == frozenset()
    assert LiteralScan([]).present("anything") == frozenset()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LITERALS + [" ", "x", "e", "a", "ی"]), max_size=30).map("".join))
def test_the_scan_agrees_with_a_substring_test(text):
    assert LiteralScan(LITERALS).present(text) == {lit for lit in LITERALS if lit in text}


ALL_LITERALS = sorted({lit for ind in ruleset().indicators.values() for lit in ind.triggers or ()})


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(ALL_LITERALS + [" ", ", ", "0300-0000123", "\n"]), max_size=25).map("".join))
def test_no_indicator_that_matches_is_skipped(text):
    """An indicator is skipped only when none of its literals is present, so never when it matches."""
    low = analyse(text).norm.lower
    if low is None:
        return
    rules = ruleset()
    present = rules.scan.present(low)
    for code, ind in rules.indicators.items():
        if ind.regex_lc is not None and ind.regex_lc.search(low):
            assert ind.triggers is None or not ind.triggers.isdisjoint(present), code
