"""Wide tables become cards on a phone (issue 19).

At 375 px, in English and Urdu, the referral inbox, the accounts and agencies pages, the case lists,
the case page (consents, audit trail), search results, the hearings diary, the referral indicators,
the tracing desk's imports, possible matches and a match's evidence, an account's API tokens and the
statistics ledger show each row as a card: nothing of the table is wider than the screen or scrolls
sideways, and every cell shows its column's heading (the same words as the heading, on the side the
text starts from). At 1366 px the same tables are tables, their heading row on screen. The table
keeps its roles, so a screen reader still reads a table with column headings.

The statistics' sex-by-age cross-tab is not cards (its counts are read along rows and columns): on
a phone it scrolls inside its own box, its first column stays on screen and a line says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from . import fit_world
from .conftest import sign_in
from .test_fit import SETTLED

# (role, the page's addresses: the first that lists something is measured). Which of the referral
# boxes holds rows depends on the synthetic world's draw.
# A path parameter is filled with the first such record the role sees (fit_world.PARAMS).
PAGES = [("caseworker", ("/referrals?box=incoming", "/referrals?box=outgoing")),
         ("administrator", ("/admin/users",)), ("administrator", ("/admin/agencies",)), ("caseworker", ("/cases",)),
         ("caseworker", ("/",)), ("caseworker", ("/account",)), ("supervisor", ("/referrals/indicators",)),
         ("supervisor", ("/cases/{case_id}",)), ("investigator", ("/hearings",)),
         ("caseworker", ("/tracing/imports",)), ("caseworker", ("/tracing/candidates",)),
         ("caseworker", ("/tracing/candidates/{seen_candidate_id}",)), ("analyst", ("/stats/publish",))]

# Per table: its cards, measured. Headings are read from the table's own <th>s (an action
# column's heading is hidden text and its cells carry no label).
MEASURE = """() => {
  const vw = window.innerWidth, rtl = document.documentElement.dir === 'rtl';
  return [...document.querySelectorAll('table.phone-cards')].map(t => {
    const heads = [...t.querySelectorAll('thead th')].map(th =>
      th.querySelector('.visually-hidden') ? null : th.textContent.trim());
    const headBox = t.querySelector('thead').getBoundingClientRect();
    const outside = [];
    for (const el of t.querySelectorAll('*')) {
      if (el.closest('thead')) continue;
      const r = el.getBoundingClientRect();
      if (r.width && (r.left < -1 || r.right > vw + 1)) outside.push(el.tagName + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
    }
    const scrollers = [t, t.parentElement].filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.tagName);
    const cells = [];
    for (const tr of t.querySelectorAll('tbody tr')) {
      [...tr.children].forEach((td, i) => {
        const label = td.querySelector(':scope > .cell-label'), value = td.querySelector(':scope > .cell-value');
        const lr = label ? label.getBoundingClientRect() : null, vr = value.getBoundingClientRect();
        cells.push({heading: heads[i], label: label && lr.width ? label.textContent.trim() : null,
                    labelHidden: label ? label.getAttribute('aria-hidden') : null,
                    startSide: !lr || !lr.width || !vr.width || (rtl ? lr.right > vr.right : lr.left < vr.left),
                    role: td.getAttribute('role')});
      });
    }
    return {role: t.getAttribute('role'), rows: t.querySelectorAll('tbody tr').length, cells, outside, scrollers,
            headVisible: headBox.width > 2 && headBox.height > 2,
            tdDisplay: getComputedStyle(t.querySelector('tbody td')).display};
  });
}"""


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Iterator[fit_world.FitWorld]:  # type: ignore[no-untyped-def]
    yield from fit_world.build(tmp_path_factory.mktemp("cards"))


def _open(page, url: str):  # type: ignore[no-untyped-def]
    page.goto(url, wait_until="load")
    page.evaluate(SETTLED)
    page.evaluate("document.fonts.ready.then(() => null)")
    return page.evaluate(MEASURE)


def _url(world, path: str, lang: str) -> str:  # type: ignore[no-untyped-def]
    return f"{world.url}{path}{'&' if '?' in path else '?'}lang={lang}"


def _assert_cards(tables, where: str) -> None:  # type: ignore[no-untyped-def]
    for t in tables:
        assert t["role"] == "table" and {c["role"] for c in t["cells"]} == {"cell"}, where
        assert not t["outside"], f"{where}: sticks out of the screen: {t['outside'][:3]}"
        assert not t["scrollers"], f"{where}: scrolls sideways: {t['scrollers']}"
        assert not t["headVisible"] and t["tdDisplay"] != "table-cell", f"{where}: still a table"
        for c in t["cells"]:
            if c["heading"] is None:  # a column of actions: the link names itself
                assert c["label"] is None, where
                continue
            assert c["label"] == c["heading"], f"{where}: a cell labelled {c['label']!r}, not {c['heading']!r}"
            assert c["labelHidden"] == "true", where  # the heading is read already
            assert c["startSide"], f"{where}: the label {c['label']!r} is not where the text starts"


def _assert_tables(tables, where: str) -> None:  # type: ignore[no-untyped-def]
    for t in tables:
        assert t["headVisible"] and t["tdDisplay"] == "table-cell", f"{where} on a desk"
        assert all(c["label"] is None for c in t["cells"]), f"{where}: labels shown on a desk"


@pytest.mark.parametrize(("role", "paths"), PAGES, ids=[p[0] for _, p in PAGES])
def test_wide_tables_are_cards_on_a_phone_and_tables_on_a_desk(chromium, world, role, paths):  # type: ignore[no-untyped-def]
    params = world.params.get(role, {})
    paths = tuple(re.sub(r"{(\w+)}", lambda m: params[m.group(1)], p) for p in paths)
    ctx = chromium.new_context(viewport={"width": 375, "height": 740}, locale="en-GB")
    try:
        page = ctx.new_page()
        page.set_default_timeout(15_000)
        sign_in(page, world, f"fit-{role}")  # type: ignore[arg-type]
        for lang in ("en", "ur"):
            page.set_viewport_size({"width": 375, "height": 740})
            for path in paths:
                tables = _open(page, _url(world, path, lang))
                if tables and all(t["rows"] for t in tables):
                    break
            else:
                raise AssertionError(f"{paths} {lang}: no table rows to measure")
            _assert_cards(tables, f"{path} {lang}")
            page.set_viewport_size({"width": 1366, "height": 800})
            _assert_tables(_open(page, _url(world, path, lang)), f"{path} {lang}")
    finally:
        ctx.close()


def test_search_results_are_cards_on_a_phone(chromium, world):  # type: ignore[no-untyped-def]
    """Search answers with a fragment (a POST, not an address to open): searched for the name of
    the first case on the caseworker's list."""
    ctx = chromium.new_context(viewport={"width": 375, "height": 740}, locale="en-GB")
    try:
        page = ctx.new_page()
        page.set_default_timeout(15_000)
        sign_in(page, world, "fit-caseworker")  # type: ignore[arg-type]
        page.goto(f"{world.url}/cases", wait_until="load")
        name = page.inner_text("table.phone-cards tbody tr td:nth-child(2) .cell-value a").strip()
        for lang, width in (("en", 375), ("ur", 375), ("en", 1366), ("ur", 1366)):
            page.set_viewport_size({"width": width, "height": 800})
            page.goto(_url(world, "/cases/search", lang), wait_until="load")
            page.fill("input[name=q]", name)
            page.click("form.search-form button[type=submit]")
            page.wait_for_selector("#search-results table.hits tbody tr")
            page.evaluate(SETTLED)
            tables = page.evaluate(MEASURE)
            assert tables and all(t["rows"] for t in tables), f"search {name!r} {lang}: no hits"
            (_assert_cards if width < 560 else _assert_tables)(tables, f"search {lang} {width}")
    finally:
        ctx.close()


# The cross-tab, measured: its box, the box's scroll, its first column and the line above it.
CROSS_TAB = """() => {
  const box = document.querySelector('#panel-sex-age .cross-tab');
  const cue = document.querySelector('#panel-sex-age .scroll-cue');
  const first = box.querySelector('tbody th');
  const vw = window.innerWidth, b = box.getBoundingClientRect();
  box.scrollLeft = document.documentElement.dir === 'rtl' ? -box.scrollWidth : box.scrollWidth;
  const f = first.getBoundingClientRect();
  return {scrolls: box.scrollWidth > box.clientWidth + 1, inScreen: b.left >= -1 && b.right <= vw + 1,
          pageWidth: document.documentElement.scrollWidth, vw, cue: cue.getBoundingClientRect().height > 0,
          firstShown: f.left >= b.left - 1 && f.right <= b.right + 1, focusable: box.tabIndex === 0,
          named: box.getAttribute('role') === 'region' && !!box.getAttribute('aria-label')};
}"""


def test_the_sex_by_age_cross_tab_scrolls_in_its_box_on_a_phone(chromium, world):  # type: ignore[no-untyped-def]
    ctx = chromium.new_context(viewport={"width": 375, "height": 740}, locale="en-GB")
    try:
        page = ctx.new_page()
        page.set_default_timeout(15_000)
        sign_in(page, world, "fit-analyst")  # type: ignore[arg-type]
        for lang in ("en", "ur"):
            page.set_viewport_size({"width": 375, "height": 740})
            page.goto(_url(world, "/stats", lang), wait_until="load")
            page.evaluate(SETTLED)
            m = page.evaluate(CROSS_TAB)
            assert m["inScreen"] and m["pageWidth"] <= m["vw"], f"{lang}: the page scrolls sideways: {m}"
            assert m["scrolls"] and m["cue"], f"{lang}: the table does not scroll in its box, or says nothing: {m}"
            assert m["firstShown"], f"{lang}: the sex column scrolled away with the counts"
            assert m["focusable"] and m["named"], lang
            page.set_viewport_size({"width": 1366, "height": 800})
            page.goto(_url(world, "/stats", lang), wait_until="load")
            m = page.evaluate(CROSS_TAB)
            assert not m["scrolls"] and not m["cue"], f"{lang} on a desk: {m}"
    finally:
        ctx.close()
