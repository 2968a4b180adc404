"""The same survivor at two agencies (issue 18), in a real browser at 375 px, in English and Urdu.

The FIA identified a woman at the airport (seeded through the services: the investigator's
account needs a second factor). A week later the Lahore shelter's caseworker opens her case: the
case page says a possible record of her is held by the FIA circle — its name, nothing else — and
the caseworker asks to link. The FIA circle's supervisor accepts in the inbox, seeing why the
records look alike as words, never a value. The statistics, refreshed, count her once.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from live_server import free_port, server_env, start_server, using_keyring
from rihai.access.actors import Actor
from rihai.cases import service as case_service
from rihai.cases.schemas import CaseCreate, PersonIn
from rihai.crypto import Keyring
from rihai.db import make_engine, make_sessionmaker, transaction
from rihai.migrations import upgrade
from rihai.stats import extract
from rihai.synthetic import bulk_seed, ensure_directory

from .conftest import submit

PASSWORD = "same-survivor-password"  # noqa: S105 - synthetic test accounts
CNIC = "35202-4445556-8"
SEEDED = 40
WIDTH, HEIGHT = 375, 740


@dataclass
class Scene:
    url: str
    data: Path
    ring: Keyring
    db_url: str


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scene]:
    data = tmp_path_factory.mktemp("live-same-survivor")
    url = f"sqlite:///{data / 'rihai.db'}"
    upgrade(url)
    ring = Keyring.generate()
    ring.save(data / "keyring.json")
    with using_keyring(ring):
        engine = make_engine(url)
        with transaction(make_sessionmaker(engine)) as db:
            directory = ensure_directory(db, demo_password=PASSWORD)
            bulk_seed(db, directory, SEEDED, seed=18, workers=0)
            fia = directory.demo[_role("investigator")]
            actor = Actor.for_user(fia.id, fia.agency_id, frozenset(fia.roles), via="test")
            case_service.open_case(db, actor, is_synthetic=True, data=CaseCreate(
                person=PersonIn(given_name="Nasreen", family_name="Akhtar (SYNTHETIC)", sex="Female",
                                age_estimate=22, cnic=CNIC, home_province="PK-PB", home_district="Lahore"),
                exploitation_types=["ForcedLabour"], consent_case_management=True))
        engine.dispose()
    port = free_port()
    # The test refreshes the statistics itself, as a demo instance counting synthetic records.
    proc = start_server(server_env(data, url, RIHAI_STATS_REFRESH_MINUTES="0", RIHAI_DUPLICATES_HOURS="0"), port)
    yield Scene(f"http://127.0.0.1:{port}", data, ring, url)
    proc.terminate()
    proc.wait(10)


def _role(name: str):  # type: ignore[no-untyped-def]
    from rihai.access.permissions import Role

    return Role(name)


def _sign_in(page, scene: Scene, username: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{scene.url}/login?lang={lang}")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    submit(page)


def _fits(page) -> None:  # type: ignore[no-untyped-def]
    width = page.evaluate("() => document.documentElement.scrollWidth")
    wide = page.evaluate("""() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))""")
    assert width <= WIDTH + 1, f"{page.url} is {width}px wide at {WIDTH}px: {wide}"


def _refresh(scene: Scene) -> None:
    """Refresh the store from this process (the server's refresher is off): retried while the
    server still reads it for a chart (DuckDB lets one process write only when no other reads)."""
    import duckdb

    with using_keyring(scene.ring):
        engine = make_engine(scene.db_url)
        for attempt in range(60):
            try:
                with transaction(make_sessionmaker(engine)) as db:
                    extract.refresh(db, Actor.system("test"), extract.store_path(scene.data), synthetic=True)
                break
            except duckdb.IOException:
                if attempt == 59:
                    raise
                time.sleep(1)
        engine.dispose()


def _population(page, scene: Scene, lang: str) -> str:  # type: ignore[no-untyped-def]
    # The charts are drawn by the server one by one: the counts are in the page before they are.
    page.goto(f"{scene.url}/stats?lang={lang}", wait_until="domcontentloaded", timeout=60_000)
    page.wait_for_selector("[data-testid=stats-population]")
    return page.inner_text("[data-testid=stats-population]")


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_a_survivor_held_by_two_agencies_is_linked_and_counted_once(new_page, scene, screenshots, lang):
    _refresh(scene)
    analyst = new_page(WIDTH, HEIGHT)
    _sign_in(analyst, scene, "demo.analyst", lang)
    before = _population(analyst, scene, lang)
    records_before = int(re.search(r"\d+", before).group())
    analyst.wait_for_load_state("networkidle", timeout=120_000)  # every chart drawn: the store is free

    # The shelter's caseworker opens her case a week later.
    page = new_page(WIDTH, HEIGHT)
    _sign_in(page, scene, "demo.caseworker", lang)
    page.goto(f"{scene.url}/cases/new?lang={lang}")
    page.fill("input[name='person.given_name']", "Nasrin")
    page.fill("input[name='person.family_name']", "Akhter (SYNTHETIC)")
    page.select_option("select[name='person.sex']", "Female")
    page.fill("input[name='person.age_estimate']", "22")
    page.fill("input[name='person.cnic']", CNIC)
    submit(page, "main button.primary[type=submit]")
    assert re.search(r"/cases/[0-9a-f-]{36}", page.url), page.url
    page.wait_for_selector("#sec-links form")
    hint = page.inner_text("#sec-links")
    assert "FIA Anti-Human Trafficking Circle" in hint
    assert "Nasreen" not in page.content() and "RH-" not in hint  # nothing of the FIA's record
    _fits(page)
    page.screenshot(path=str(screenshots / f"same-survivor-hint-{lang}.png"), full_page=True)
    page.select_option("#sec-links select[name=reason]", "count-once")
    page.fill("#sec-links textarea[name=note]", "Identified at Lahore airport by the FIA (SYNTHETIC).")
    submit(page, "#sec-links button[type=submit]")
    page.wait_for_selector("#sec-links")
    assert ("Link requested" in page.inner_text("#sec-links")) if lang == "en" else True

    # The FIA circle's supervisor accepts.
    sup = new_page(WIDTH, HEIGHT)
    _sign_in(sup, scene, "demo.fia-supervisor", lang)
    assert sup.locator("nav.mainnav a[href='/case-links']").count() == 1  # behind the phone's menu
    sup.goto(f"{scene.url}/case-links?lang={lang}")
    inbox = sup.inner_text("main")
    assert "Women's Shelter" in inbox
    if lang == "en":
        assert "same CNIC" in inbox
    assert CNIC not in inbox and "4445556" not in inbox
    _fits(sup)
    sup.screenshot(path=str(screenshots / f"same-survivor-inbox-{lang}.png"), full_page=True)
    submit(sup, "main button[name=decision][value=accept]")

    # The caseworker sees the outcome.
    page.reload()
    page.wait_for_selector("#sec-links .notice")
    if lang == "en":
        assert "Linked with a record held by" in page.inner_text("#sec-links")

    # The dashboards count her once: one more record, no more persons.
    analyst.goto(f"{scene.url}/account")  # the dashboard's charts no longer hold the store open
    _refresh(scene)
    after = _population(analyst, scene, lang)
    assert int(re.search(r"\d+", after).group()) == records_before
    assert analyst.locator("[data-testid=stats-records]").count() == 1
    _fits(analyst)
    analyst.screenshot(path=str(screenshots / f"same-survivor-stats-{lang}.png"), full_page=True)
