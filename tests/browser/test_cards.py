"""Wide tables become cards on a phone (issue 19).

At 375 px, in English and Urdu, the referral inbox, the accounts page and the case lists show each
row as a card: nothing of the table is wider than the screen or scrolls sideways, and every cell
shows its column's heading (the same words as the heading, on the side the text starts from). At
1366 px the same tables are tables, their heading row on screen. The table keeps its roles, so a
screen reader still reads a table with column headings.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from . import fit_world
from .conftest import sign_in
from .test_fit import SETTLED

# (role, the page's addresses: the first that lists something is measured). Which of the referral
# boxes holds rows depends on the synthetic world's draw.
PAGES = [("caseworker", ("/referrals?box=incoming", "/referrals?box=outgoing")),
         ("administrator", ("/admin/users",)), ("caseworker", ("/cases",)), ("caseworker", ("/",))]

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


@pytest.mark.parametrize(("role", "paths"), PAGES, ids=[p[0] for _, p in PAGES])
def test_wide_tables_are_cards_on_a_phone_and_tables_on_a_desk(chromium, world, role, paths):  # type: ignore[no-untyped-def]
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
            for t in tables:
                where = f"{path} {lang}"
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
            page.set_viewport_size({"width": 1366, "height": 800})
            for t in _open(page, _url(world, path, lang)):
                assert t["headVisible"] and t["tdDisplay"] == "table-cell", f"{path} {lang} on a desk"
                assert all(c["label"] is None for c in t["cells"]), f"{path} {lang}: labels shown on a desk"
    finally:
        ctx.close()
