"""Every page fits a 375 px phone, in English and in Urdu (issue 19).

Every HTML GET route of the route inventory is opened by every role that holds its permission
(public pages signed out), its path parameters filled with a record that role can see
(``fit_world.PARAMS``), at 375 px, in English and Urdu. A page fails when it is wider than the
screen (the failure names the elements that stick out), or when it opens scrolled sideways or with
the menu off screen (Urdu opens at its right edge). A GET route of the inventory that is neither
driven here nor listed in ``NOT_PAGES`` fails the coverage test, so a new page is measured too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from rihai.access.permissions import PUBLIC_PERMISSIONS, Role, permissions_for

from . import fit_world
from .conftest import sign_in

WIDTH, HEIGHT = 375, 740
INVENTORY = Path(__file__).resolve().parents[1] / "route_inventory.txt"

# GET routes that are not pages a person opens: what they answer instead.
NOT_PAGES: dict[str, str] = {
    "/healthz": "JSON for the load balancer",
    "/stats/charts/{key}.{fmt}": "a chart as SVG, PNG or CSV",
    "/tracing/requests/{request_id}/photo": "an image",
    "/tracing/candidates/{candidate_id}/photos/{side}": "an image",
    "/attachments/{attachment_id}": "a download: a file attached to a case",
    "/referrals/{referral_id}/files/{attachment_id}": "a download: a file shared by a referral",
    "/cases/{case_id}/summary.pdf": "a download: the case summary (PDF)",
    "/exports/cases.csv": "a download: the case list (CSV)",
    "/stats/releases/{job_id}/file": "a download: a microdata release (CSV)",
    "/cases/districts": "an HTMX fragment (a district <select>) inside the case form",
    "/cases/new/leg": "an HTMX fragment (one leg of the route) inside the case form",
    "/cases/new/perpetrator": "an HTMX fragment (one perpetrator) inside the case form",
    "/cases/{case_id}/referrals": "an HTMX fragment: the case page's referrals section",
    "/referrals/summary": "an HTMX fragment: the referral tiles on the inbox",
    "/referrals/{referral_id}/timeline": "an HTMX fragment: the timeline on the referral's page",
    "/tracing/match/runs/{run_id}": "an HTMX fragment: a match run's progress, polled on /tracing",
    "/admin/districts": "an HTMX fragment: the district <select> of the agency form",
    "/networks/networks/{network_id}/evidence.pdf": "a download: the evidence pack (PDF)",
    "/networks/networks/{network_id}/evidence.json": "a download: the evidence pack's manifest (JSON)",
    "/networks/networks/{network_id}/export.{fmt}": "a download: FtM, GEXF, GraphML or i2 CSV",
}
# Pages some role opens only with a query string, or that need one to show anything.
QUERY: dict[str, str] = {}


def html_get_routes() -> dict[str, str]:
    """path -> permission, for every GET route of the inventory that is not under /api/."""
    routes = {}
    for line in INVENTORY.read_text().splitlines():
        method, path, permission = line.split()
        if method == "GET" and not path.startswith("/api/"):
            routes[path] = permission
    return routes


def pages() -> dict[str, str]:
    return {p: perm for p, perm in html_get_routes().items() if p not in NOT_PAGES}


def fill(path: str, params: dict[str, str]) -> str | None:
    """The path with its parameters filled, or None when the role sees no such record."""
    missing = [n for n in re.findall(r"{(\w+)}", path) if n not in params]
    return None if missing else re.sub(r"{(\w+)}", lambda m: params[m.group(1)], path)


# The widths, in the page's own terms: what sticks out past the viewport on the side text starts
# from the far side (right in English, left in Urdu), outside any element that scrolls or clips
# its own overflow (a table in a scrolling box does not widen the page).
MEASURE = """() => {
  const vw = window.innerWidth, rtl = document.documentElement.dir === 'rtl';
  const clipped = (el) => {
    for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX;
      if (ox !== 'visible') return true;
    }
    return false;
  };
  const name = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    if (el.classList.length) s += '.' + [...el.classList].join('.');
    if (el.getAttribute('name')) s += '[name=' + el.getAttribute('name') + ']';
    return s;
  };
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const over = rtl ? Math.max(-r.left, r.right - vw) : Math.max(r.right - vw, -r.left);
    if (over > 1 && !clipped(el)) out.push({el, over, width: Math.round(r.width)});
  }
  // The culprits are the innermost elements that stick out: their containers only follow them.
  const innermost = out.filter(o => !out.some(x => x !== o && o.el.contains(x.el)));
  innermost.sort((a, b) => b.width - a.width);
  const top = document.querySelector('.topbar');
  const tr = top ? top.getBoundingClientRect() : null;
  const brand = document.querySelector('.brand, .menu-button');
  const br = brand ? brand.getBoundingClientRect() : null;
  return {scrollWidth: document.documentElement.scrollWidth, innerWidth: vw,
          scrollX: window.scrollX, widest: innermost.slice(0, 3).map(o => name(o.el) + ' (' + o.width + ' px)'),
          menuVisible: !br || (br.left >= -1 && br.right <= vw + 1),
          topbar: tr ? [Math.round(tr.left), Math.round(tr.right)] : null};
}"""


# (Polled in the page: Playwright's wait_for_function evaluates a string, which the CSP forbids.)
SETTLED = """() => new Promise(done => {
  const t0 = Date.now();
  const tick = () => (!document.querySelector('.htmx-request') || Date.now() - t0 > 5000) ? done(null) : setTimeout(tick, 50);
  setTimeout(tick, 30);
})"""


def check(page, url: str) -> str | None:  # type: ignore[no-untyped-def]
    """Open ``url``; a line saying what is wrong with it on a phone, or None when it fits."""
    response = page.goto(url, wait_until="load")
    status = response.status if response else 0
    # Sections a page loads on its own (hx-trigger="load") are measured with it, once they are in.
    page.evaluate(SETTLED)
    page.evaluate("document.fonts.ready.then(() => null)")
    where = url.split("//", 1)[1].split("/", 1)[1]
    if not page.locator("header.topbar").count():
        return f"{where} [{status}]: answers a fragment, not a page: measure it on its page (NOT_PAGES)"
    m = page.evaluate(MEASURE)
    problems = []
    if m["scrollWidth"] > m["innerWidth"]:
        problems.append(f"{m['scrollWidth']} px wide; sticking out: {', '.join(m['widest'])}")
    if abs(m["scrollX"]) > 1:
        problems.append(f"opens scrolled sideways by {m['scrollX']} px")
    if not m["menuVisible"]:
        problems.append(f"the menu is off screen (header at {m['topbar']})")
    if problems:
        return f"{where} [{status}]: " + "; ".join(problems)
    return None


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Iterator[fit_world.FitWorld]:  # type: ignore[no-untyped-def]
    yield from fit_world.build(tmp_path_factory.mktemp("fit"))


def _plan(world: fit_world.FitWorld) -> list[tuple[str | None, str, str]]:
    """(role or None for signed out, page, filled path) for every page and every role that may open it."""
    plan: list[tuple[str | None, str, str]] = []
    for path, permission in pages().items():
        if permission in PUBLIC_PERMISSIONS:
            plan.append((None, path, path + QUERY.get(path, "")))
            continue
        for role in Role:
            if permission in permissions_for({role}):
                filled = fill(path, world.params.get(str(role), {}))
                if filled is not None:
                    plan.append((str(role), path, filled + QUERY.get(path, "")))
    return plan


def test_every_page_of_the_inventory_is_driven_or_said_not_to_be_a_page():
    routes = html_get_routes()
    unknown = sorted(set(NOT_PAGES) - set(routes))
    assert not unknown, f"NOT_PAGES names routes the inventory no longer has: {unknown}"
    params = {n for p in pages() for n in re.findall(r"{(\w+)}", p)}
    assert params <= set(fit_world.PARAMS), (
        f"pages with a path parameter fit_world.PARAMS cannot fill: {sorted(params - set(fit_world.PARAMS))}")


def test_every_page_fits_a_phone_in_english_and_urdu(chromium, world):  # type: ignore[no-untyped-def]
    plan = _plan(world)
    not_driven = sorted(set(pages()) - {p for _, p, _ in plan})
    assert not not_driven, f"pages no role can open (no record to fill their parameters?): {not_driven}"
    failures: list[str] = []
    for role in [None, *[str(r) for r in Role]]:
        mine = [url for r, _, url in plan if r == role]
        if not mine:
            continue
        # One browser context per role, signed in once; the language is chosen per page (?lang=).
        ctx = chromium.new_context(viewport={"width": WIDTH, "height": HEIGHT}, locale="en-GB")
        try:
            page = ctx.new_page()
            page.set_default_timeout(15_000)
            if role is not None:
                sign_in(page, world, f"fit-{role}")  # type: ignore[arg-type]
            for path in mine:
                for lang in ("en", "ur"):
                    sep = "&" if "?" in path else "?"
                    problem = check(page, f"{world.url}{path}{sep}lang={lang}")
                    if problem:
                        failures.append(f"{role or 'signed out'} {lang}: {problem}")
        finally:
            ctx.close()
    assert not failures, f"{len(failures)} page(s) do not fit a {WIDTH} px phone:\n" + "\n".join(failures)


# -- the menu, the language and the direction of numbers on a phone ---------------------------

def _phone(chromium):  # type: ignore[no-untyped-def]
    ctx = chromium.new_context(viewport={"width": WIDTH, "height": HEIGHT}, locale="en-GB")
    page = ctx.new_page()
    page.set_default_timeout(15_000)
    return ctx, page


def test_the_menu_folds_behind_a_button_on_a_phone(chromium, world):  # type: ignore[no-untyped-def]
    ctx, page = _phone(chromium)
    try:
        sign_in(page, world, "fit-caseworker")  # type: ignore[arg-type]
        page.goto(world.url + "/?lang=ur")
        header = page.locator("header.topbar").bounding_box()
        assert header and header["height"] < 0.15 * HEIGHT, header  # it took 40% before issue 19
        button = page.locator(".menu-button")
        assert button.get_attribute("aria-expanded") == "false"
        assert not page.locator(".mainnav a[href='/cases/new']").is_visible()
        button.focus()
        page.keyboard.press("Enter")  # a <button>: the keyboard opens it as a click does
        assert button.get_attribute("aria-expanded") == "true"
        assert page.locator(".mainnav a[href='/cases/new']").is_visible()
        page.keyboard.press("Escape")
        assert button.get_attribute("aria-expanded") == "false"
        assert page.evaluate("document.activeElement.classList.contains('menu-button')")
        page.set_viewport_size({"width": 1280, "height": 800})  # a wide screen shows the menu as a bar
        assert page.locator(".mainnav a[href='/cases/new']").is_visible()
        assert not button.is_visible()
    finally:
        ctx.close()


def test_the_header_language_switch_sticks_once_signed_in(chromium, world):  # type: ignore[no-untyped-def]
    ctx, page = _phone(chromium)
    try:
        sign_in(page, world, "fit-supervisor")  # type: ignore[arg-type]
        page.goto(world.url + "/cases/search?lang=en")
        with page.expect_navigation():
            page.click(".lang-switch button[value=ur]")
        assert page.url.endswith("/cases/search"), page.url  # back where the switch was used
        assert page.get_attribute("html", "lang") == "ur"
        page.goto(world.url + "/referrals")  # the next page, with no ?lang=
        assert page.get_attribute("html", "lang") == "ur"
        with page.expect_navigation():
            page.click(".lang-switch button[value=en]")
        page.goto(world.url + "/referrals")
        assert page.get_attribute("html", "lang") == "en"
    finally:
        ctx.close()


def test_an_urdu_link_keeps_urdu_through_sign_in(chromium, world):  # type: ignore[no-untyped-def]
    from .conftest import PASSWORD, submit

    ctx, page = _phone(chromium)
    try:
        page.goto(world.url + "/cases/search?lang=ur")  # signed out: to sign-in, and back
        assert "/login" in page.url and page.get_attribute("html", "lang") == "ur"
        page.fill("input[name=username]", world.users["fit-caseworker"])
        page.fill("input[name=password]", PASSWORD)
        submit(page)
        assert page.url.endswith("/cases/search"), page.url
        assert page.get_attribute("html", "lang") == "ur"
        page.goto(world.url + "/")
        assert page.get_attribute("html", "lang") == "ur"
        with page.expect_navigation():
            page.click(".lang-switch button[value=en]")
        assert page.get_attribute("html", "lang") == "en"
    finally:
        ctx.close()
    # Never an open redirect: a foreign next is dropped, the language still kept.
    ctx, page = _phone(chromium)
    try:
        page.goto(world.url + "/login?next=//evil.example/x&lang=ur")
        page.fill("input[name=username]", world.users["fit-caseworker"])
        page.fill("input[name=password]", PASSWORD)
        submit(page)
        assert page.url == world.url + "/", page.url
        assert page.get_attribute("html", "lang") == "ur"
        with page.expect_navigation():
            page.click(".lang-switch button[value=en]")
    finally:
        ctx.close()


# Each character's left edge on screen, in the text's logical order.
CHAR_LEFTS = """(el) => {
  const out = [], walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (let i = 0; i < n.length; i++) {
      if (!n.data[i].trim()) continue;
      const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
      out.push([n.data[i], r.getBoundingClientRect().left]);
    }
  }
  return out;
}"""


def shown_left_to_right(page, locator) -> str:  # type: ignore[no-untyped-def]
    """The element's characters as they are seen on the screen, from left to right."""
    return "".join(c for c, _ in sorted(locator.evaluate(CHAR_LEFTS), key=lambda x: x[1]))


def test_numbers_do_not_flip_in_urdu(chromium, world):  # type: ignore[no-untyped-def]
    ctx, page = _phone(chromium)
    try:
        sign_in(page, world, "fit-caseworker")  # type: ignore[arg-type]
        page.goto(world.url + "/screen?lang=ur")
        page.fill("textarea[name=text]", "Job in Dubai (TEST), call +924235761234, OEP licence 3456/LHR, no fee")
        page.click("main button[type=submit]")
        for value in ("+924235761234", "3456/LHR"):
            shown = page.locator("#result code", has_text=value).first
            shown.wait_for()
            assert shown_left_to_right(page, shown) == value
        # A signed match weight, e.g. "-11.3", keeps its sign in front.
        page.goto(world.url + "/tracing/candidates?lang=ur")
        links = page.eval_on_selector_all("a[href^='/tracing/candidates/']", "els => els.map(e => e.getAttribute('href'))")
        # On a phone each row is a card: the weight is the cell's value, after its label.
        weights = page.locator("[data-testid=waterfall] tbody tr td:nth-child(4) .cell-value")
        for href in links:  # the first candidate whose both records this desk sees shows its weights
            page.goto(f"{world.url}{href}?lang=ur")
            if weights.count():
                break
        assert weights.count(), links
        for i in range(weights.count()):
            text = weights.nth(i).inner_text().strip()
            assert re.fullmatch(r"[+-]\d+\.\d", text), text
            assert shown_left_to_right(page, weights.nth(i)) == text
    finally:
        ctx.close()
