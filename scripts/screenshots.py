"""Screenshots of Rihai's main pages, in English and Urdu, on a 375 px phone and a 1366 px desk
(issue 19), into docs/screenshots/ as ``<page>-<lang>[-desk].png``.

    PYTHONPATH=src .venv/bin/python scripts/screenshots.py            # every page
    PYTHONPATH=src .venv/bin/python scripts/screenshots.py case stats  # only these

It builds its own world and throws it away: a fresh SQLite database and keyring in a temporary
folder, seeded with the demo's SYNTHETIC agencies, accounts and cases plus the records every page
needs (the phone-width test's world, ``tests/browser/fit_world.py``: an interview, follow-ups,
referrals, a tracing request matched against an imported list, a recruiter network, a link request),
and the server on a free loopback port with the demo banner on. Playwright drives Debian's
Chromium (``RIHAI_CHROMIUM``, default /usr/bin/chromium), signed in as the role each page is for.

PNGs are reduced to 256 colours (Pillow) so the folder stays small; a phone shot is the whole page
when it is short, its first two screens otherwise; a desk shot is the first screen; the print view
is the first two A4 pages' worth, 794 px wide.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from PIL import Image  # noqa: E402

PHONE = {"width": 375, "height": 812}
DESK = {"width": 1366, "height": 768}
# The print view at the width of an A4 sheet (210 mm at 96 px/in): nobody prints at phone width.
A4 = {"width": 794, "height": 1123}
LANGS = ("en", "ur")
CHROMIUM = os.environ.get("RIHAI_CHROMIUM", "/usr/bin/chromium")

ENGLISH_LURE = ("URGENT hiring! Customer support / typing job in Bangkok, Thailand. Salary 1800 USD monthly. "
                "Visa and air ticket free, no experience no interview needed. "
                "Contact on WhatsApp only: 0311-0000123. Only 5 seats left! (SYNTHETIC EXAMPLE)")
URDU_LURE = ("تھائی لینڈ میں کسٹمر سروس کی نوکری\nتنخواہ 1500 ڈالر ماہانہ\n"
             "ویزا اور ٹکٹ مفت، کوئی تجربہ نہیں، کوئی انٹرویو نہیں\n"
             "صرف واٹس ایپ پر رابطہ کریں 03001234567\nسیٹیں محدود ہیں، جلدی کریں (SYNTHETIC EXAMPLE)")
EMBASSY_CSV = """S.No,Name of National,Father/Husband Name,D.O.B,Passport No,Home District
1,Bilal Awan (SYNTHETIC),Tariq Awan (SYNTHETIC),04/07/1988,ZX1234567,Lahore
2,Kamran Malik (SYNTHETIC),Sajid Malik (SYNTHETIC),19/11/1979,ZX2345678,Sialkot
3,Mohd. Husain Qureshi (SYNTHETIC),s/o Gulam Rasool (SYNTHETIC),12/03/1990,,Okara
4,Imran Baloch (SYNTHETIC),Usman Baloch (SYNTHETIC),01/01/1992,ZX3456789,Quetta
"""

# Polled in the page (the CSP forbids Playwright's string-evaluated waits): sections that load
# themselves (hx-trigger="load") are in before the shot.
SETTLED = """() => new Promise(done => {
  const t0 = Date.now();
  const tick = () => (!document.querySelector('.htmx-request') || Date.now() - t0 > 5000) ? done(null) : setTimeout(tick, 50);
  setTimeout(tick, 30);
})"""


@dataclass(frozen=True)
class Shot:
    """One page: its file name, who opens it (None: signed out), where, and what to do there first."""

    name: str
    role: str | None
    path: str
    shows: str
    desk: bool = False
    act: Callable[..., None] | None = None  # (page, lang) -> None, after opening ``path``
    print_media: bool = False


def _screen_an_offer(page, lang: str) -> None:  # type: ignore[no-untyped-def]
    page.fill("textarea[name=text]", URDU_LURE if lang == "ur" else ENGLISH_LURE)
    page.click("main button[type=submit]")
    page.wait_for_selector("[data-testid=risk]")


def _upload_a_list(page, lang: str) -> None:  # type: ignore[no-untyped-def]
    page.fill("input[name=source_agency]", "Embassy of Pakistan, Riyadh (SYNTHETIC)")
    page.select_option("select[name=kind]", "deported")
    page.select_option("select[name=country]", "SA")
    page.set_input_files("input[name=file]", files=[{"name": "riyadh-deportees-SYNTHETIC.csv",
                                                     "mimeType": "text/csv", "buffer": EMBASSY_CSV.encode()}])
    with page.expect_navigation():
        page.click("main button[type=submit]")
    page.wait_for_selector("[data-testid=mapping-form]")


def _follow(selector: str) -> Callable[..., None]:
    """Open the first link ``selector`` finds: the way to the records the world made for a page
    (the caseworker's follow-ups lead to the case with the interview, plan and follow-ups)."""
    def act(page, lang: str) -> None:  # type: ignore[no-untyped-def]
        with page.expect_navigation():
            page.click(f"{selector} >> nth=0")
    return act


def _then(*acts: Callable[..., None]) -> Callable[..., None]:
    def act(page, lang: str) -> None:  # type: ignore[no-untyped-def]
        for one in acts:
            one(page, lang)
    return act


TO_RICH_CASE = _follow("main a[href^='/cases/']")
# A candidate whose both records the desk sees: its link shows the probability.
TO_SEEN_MATCH = _follow("[data-testid=candidate-link]:has-text('%')")


def _graph_drawn(page, lang: str) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector("[data-network-graph][data-graph-state=ready]", timeout=20_000)


SHOTS: tuple[Shot, ...] = (
    Shot("sign-in", None, "/login", "Sign-in, with the demo banner"),
    Shot("dashboard", "caseworker", "/", "A caseworker's dashboard: tiles for cases, follow-ups and referrals", desk=True),
    Shot("work-queue", "caseworker", "/cases", "The work queue (/cases): filters, sort and the case list"),
    Shot("new-case", "caseworker", "/cases/new", "The new-case form (the person, the route, perpetrators, consent)"),
    Shot("case", "caseworker", "/follow-ups", "A case page with its sections", desk=True, act=TO_RICH_CASE),
    Shot("case-print", "caseworker", "/follow-ups", "The case page as it prints (A4 width): no menu, buttons or forms",
         act=TO_RICH_CASE, print_media=True),
    Shot("referrals", "caseworker", "/referrals", "The referral inbox: to my agency, sent by us, tiles"),
    Shot("referral", "caseworker", "/referrals/{referral_id}", "One referral: service, urgency, deadline, timeline"),
    Shot("follow-ups", "caseworker", "/follow-ups", "My follow-ups, overdue first"),
    Shot("screening", None, "/screen", "'Is this job offer safe?' with the result for a synthetic lure",
         act=_screen_an_offer),
    Shot("interview", "caseworker", "/cases/{case_id}/interviews/new", "The identification interview form (ILO indicators)"),
    Shot("interview-result", "caseworker", "/follow-ups",
         "A finished interview: the suggestion and the indicators behind it",
         act=_then(TO_RICH_CASE, _follow("main a[href^='/interviews/']"))),
    Shot("tracing-request", "caseworker", "/tracing/candidates", "A tracing request at the desk",
         act=_then(TO_SEEN_MATCH, _follow("main a[href^='/tracing/requests/']:has(code)"))),
    Shot("tracing-match", "caseworker", "/tracing/candidates",
         "A possible match under review: probability and what agreed", act=TO_SEEN_MATCH),
    Shot("family-form", None, "/trace", "The public form a family files a tracing request with"),
    Shot("import-mapping", "caseworker", "/tracing/imports", "Importing a list: the column-mapping step",
         act=_upload_a_list),
    Shot("networks", "investigator", "/networks/networks/{network_id}", "A recruiter network and its graph",
         desk=True, act=_graph_drawn),
    Shot("stats", "analyst", "/stats", "The statistics dashboard (small cells suppressed)", desk=True),
    Shot("stats-publish", "analyst", "/stats/publish", "Publishing: national report, k-anonymous and DP releases"),
    Shot("admin-users", "administrator", "/admin/users", "Administration: the agency's accounts and roles"),
    Shot("case-links", "supervisor", "/case-links", "Case links: a request to link two agencies' records of one survivor"),
)


# A recruiter network for the graph: five people named in twos across seven cases, opened by the
# shelter and the FIA circle (both shared with law enforcement). Names, phones, licence: SYNTHETIC.
RING = {
    "shahid": ("Shahid Butt (SYNTHETIC)", "RecruiterOrIntermediary", "0301-5550101"),
    "naveed": ("Naveed 'Dubai wala' (SYNTHETIC)", "BrokerTravelAgent", "0302-5550202"),
    "tariq": ("Tariq Mehmood (SYNTHETIC)", "RecruiterOrIntermediary", "0303-5550303"),
    "asif": ("Asif Gondal (SYNTHETIC)", "Transporter", "0304-5550404"),
    "sajjad": ("Sajjad Warraich (SYNTHETIC)", "Smuggler", "0305-5550505"),
}
RING_CASES = (("shahid", "naveed"), ("shahid", "tariq"), ("naveed", "asif"), ("tariq", "sajjad"),
              ("shahid", "asif"), ("naveed", "sajjad"), ("shahid", "naveed"))


def plant_network(data: Path) -> str:
    """Open the ring's cases, build the graph, and answer the network id the investigator sees."""
    import datetime as dt

    from factories import make_case
    from live_server import using_keyring
    from rihai.access.actors import Actor
    from rihai.access.permissions import Role
    from rihai.cases import service as case_service
    from rihai.cases.schemas import ConsentCreate, PerpetratorIn
    from rihai.crypto import Keyring
    from rihai.db import make_engine, make_sessionmaker, transaction
    from rihai.networks import service as networks

    from browser import fit_world

    sm = make_sessionmaker(make_engine(f"sqlite:///{data / 'rihai.db'}"))
    with using_keyring(Keyring.load(data / "keyring.json")):
        with transaction(sm) as db:
            demo = fit_world.directory_demo(db)
            openers = [fit_world._actor(demo[Role.CASEWORKER]), fit_world._actor(demo[Role.INVESTIGATOR])]
            for i, pair in enumerate(RING_CASES):
                actor = openers[i % 2]
                case = make_case(db, actor, perpetrators=[
                    PerpetratorIn(roles=[RING[k][1]], name=RING[k][0], phones=[RING[k][2]],
                                  agency_name="Al-Noor Overseas Promoters (SYNTHETIC)", oep_licence="0999/LHR")
                    for k in pair])
                case_service.record_consent(db, actor, case.id, data=ConsentCreate(
                    purpose="LawEnforcement", given=True, consent_date=dt.date.today()))
            networks.build(db, Actor.system("screenshots"))
        with transaction(sm) as db:
            investigator = fit_world._actor(fit_world.directory_demo(db)[Role.INVESTIGATOR])
            ranked = networks.ranking(db, investigator, limit=500)
            return next(r.network_id for r in ranked if r.name == RING["shahid"][0] and r.network_id)


def file_name(shot: Shot, lang: str, desk: bool) -> str:
    return f"{shot.name}-{lang}{'-desk' if desk else ''}.png"


def optimise(png: bytes) -> bytes:
    """256 colours and zlib at its best: UI screenshots lose nothing a reader sees."""
    image = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def take(page, url: str, shot: Shot, lang: str, desk: bool, out: Path) -> Path:  # type: ignore[no-untyped-def]
    size = A4 if shot.print_media else DESK if desk else PHONE
    page.set_viewport_size(size)
    page.emulate_media(media="print" if shot.print_media else "screen")
    page.goto(url, wait_until="load")
    if shot.act:
        shot.act(page, lang)
    page.evaluate(SETTLED)
    page.evaluate("document.fonts.ready.then(() => null)")
    page.evaluate("window.scrollTo(0, 0)")  # a link to a section (#follow-ups) scrolls the page there
    if desk:
        png = page.screenshot(full_page=False)
    else:
        height = page.evaluate("document.documentElement.scrollHeight")
        png = page.screenshot(full_page=True, clip={"x": 0, "y": 0, "width": size["width"],
                                                    "height": min(height, 2 * size["height"])})
    target = out / file_name(shot, lang, desk)
    target.write_bytes(optimise(png))
    return target


def choose_language(page, base: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Signed in, the account's language wins over ?lang= on the pages a click leads to: set it
    with the header's switch, as a person does."""
    page.goto(f"{base}/account")
    switch = page.locator(f"form[action='/account/language'] button[value={lang}]")
    if switch.count():
        with page.expect_navigation():
            switch.first.click()


def fill(path: str, params: dict[str, str]) -> str:
    import re

    missing = [n for n in re.findall(r"{(\w+)}", path) if n not in params]
    if missing:
        raise SystemExit(f"{path}: the synthetic world holds no {', '.join(missing)} for this role")
    return re.sub(r"{(\w+)}", lambda m: params[m.group(1)], path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("only", nargs="*", help="page names to take (default: all)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--cases", type=int, default=300, help="synthetic cases to seed")
    args = parser.parse_args()
    shots = [s for s in SHOTS if not args.only or s.name in args.only]
    if unknown := set(args.only) - {s.name for s in SHOTS}:
        parser.error(f"no such page: {', '.join(sorted(unknown))}")
    args.out.mkdir(parents=True, exist_ok=True)
    # Splink says which comparison levels a tiny synthetic list never shows; true and beside the point.
    logging.getLogger("splink").setLevel(logging.ERROR)

    from playwright.sync_api import sync_playwright

    from browser import fit_world
    from browser.conftest import sign_in

    with tempfile.TemporaryDirectory(prefix="rihai-shots-") as tmp:
        print(f"seeding {args.cases} synthetic cases and starting a server (takes a few minutes)", flush=True)
        world_gen = fit_world.build(Path(tmp), cases=args.cases)
        world = next(world_gen)
        try:
            world.params["investigator"]["network_id"] = plant_network(Path(tmp))
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
                    "--no-sandbox", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-gpu"])
                # One context per role, signed in once (TOTP codes are single-use per time window).
                for role in dict.fromkeys(s.role for s in shots):
                    ctx = browser.new_context(viewport=PHONE, locale="en-GB", device_scale_factor=1)
                    page = ctx.new_page()
                    page.set_default_timeout(30_000)
                    if role is not None:
                        sign_in(page, world, f"fit-{role}")  # type: ignore[arg-type]
                    params = world.params.get(role or "", {})
                    for lang in LANGS:
                        if role is not None:
                            choose_language(page, world.url, lang)
                        for shot in (s for s in shots if s.role == role):
                            url = f"{world.url}{fill(shot.path, params)}?lang={lang}"
                            for desk in (False, True) if shot.desk else (False,):
                                target = take(page, url, shot, lang, desk, args.out)
                                print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}"
                                      f"  {target.stat().st_size // 1024} KB", flush=True)
                    ctx.close()
                browser.close()
        finally:
            world_gen.close()


if __name__ == "__main__":
    main()
