"""A new analyst signs in, sees the statistics dashboard, downloads the national report and a
k-anonymous CSV, and checks the CSV with an independent tool (pycanon)."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
import pytest
from pycanon import anonymity

from live_server import free_port, server_env, start_server, using_keyring
from rihai.access.actors import Actor
from rihai.crypto import Keyring
from rihai.db import make_engine, make_sessionmaker, transaction
from rihai.migrations import upgrade
from rihai.stats import extract
from rihai.stats.privacy import DEFAULT_QIS
from rihai.synthetic import bulk_seed, ensure_directory

from .conftest import submit

PASSWORD = "stats-browser-password"  # noqa: S105 - synthetic test account


@pytest.fixture(scope="module")
def stats_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data = tmp_path_factory.mktemp("live-stats")
    url = f"sqlite:///{data / 'rihai.db'}"
    upgrade(url)
    ring = Keyring.generate()
    ring.save(data / "keyring.json")
    with using_keyring(ring):
        engine = make_engine(url)
        with transaction(make_sessionmaker(engine)) as db:
            directory = ensure_directory(db, demo_password=PASSWORD)
            bulk_seed(db, directory, 600, seed=11, workers=0)
        with transaction(make_sessionmaker(engine)) as db:
            # every seeded case is synthetic: the store counts them as a demo instance's would
            extract.refresh(db, Actor.system("test"), extract.store_path(data), synthetic=True)
        engine.dispose()
    port = free_port()
    proc = start_server(server_env(data, url), port)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(10)


def test_analyst_dashboard_report_and_k_anonymous_csv(new_page, stats_server, screenshots, tmp_path):
    page = new_page()
    page.goto(stats_server + "/login")
    page.fill("input[name=username]", "demo.analyst")
    page.fill("input[name=password]", PASSWORD)
    submit(page)
    assert "aggregate statistics only" in page.content()
    page.click("nav.mainnav a[href='/stats']")
    page.wait_for_selector("[data-testid=stats-population]")
    assert "People covered: 600" in page.inner_text("[data-testid=stats-population]")
    # charts are images drawn by the server; every one loads
    page.wait_for_load_state("networkidle")
    widths = page.eval_on_selector_all("img.stats-chart", "els => els.map(e => e.naturalWidth)")
    assert widths and all(w > 0 for w in widths)
    for src in page.eval_on_selector_all("img.stats-chart", "els => els.map(e => e.src)"):
        assert page.request.get(src).status == 200, src
    # an HTMX filter redraws the board without a page load
    with page.expect_response(lambda r: "exploitation=ForcedLabour" in r.url and "/stats?" in r.url) as resp:
        page.select_option("select[name=exploitation]", "ForcedLabour")
    assert resp.value.status in (200, 422)
    first = "img.stats-chart[src*='exploitation=ForcedLabour']"
    page.wait_for_selector(first)  # the new board is in
    for _ in range(100):
        if page.eval_on_selector(first, "e => e.naturalWidth") > 0:
            break
        page.wait_for_timeout(100)
    assert page.eval_on_selector(first, "e => e.naturalWidth") > 0
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(screenshots / "stats-dashboard.png"), full_page=True)

    page.click("[data-testid=publish-link]")
    with page.expect_download() as report:
        page.click("[data-testid=report-pdf]")
    pdf = tmp_path / "report.pdf"
    report.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")

    # The CSV is made by the server's worker, outside the request: the job's page follows it
    # (HTMX) and offers the file when it is ready.
    page.goto(stats_server + "/stats/publish")
    submit(page, "[data-testid=release-csv]")
    assert "/stats/releases/" in page.url
    page.wait_for_selector("[data-testid=release-job][data-status=done]", timeout=120_000)
    with page.expect_download() as release:
        page.click("[data-testid=release-download]")
    csv = tmp_path / "release.csv"
    release.value.save_as(csv)
    df = pd.read_csv(csv, keep_default_na=False)
    assert len(df) > 400
    assert anonymity.k_anonymity(df.astype(str), list(DEFAULT_QIS)) >= 11
    assert "(SYNTHETIC)" not in csv.read_text()

    # The same job at phone size in Urdu: right to left, nothing wider than the screen.
    phone = new_page(375, 740, "ur-PK")
    phone.goto(stats_server + "/login?lang=ur")
    phone.fill("input[name=username]", "demo.analyst")
    phone.fill("input[name=password]", PASSWORD)
    submit(phone)
    phone.goto(page.url + "?lang=ur")
    phone.wait_for_selector("[data-testid=release-job][data-status=done]")
    assert phone.get_attribute("html", "dir") == "rtl"
    assert "تیار" in phone.inner_text("[data-testid=release-job]")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    phone.screenshot(path=str(screenshots / "stats-release-job-ur-375.png"), full_page=True)
    publish = phone.goto(stats_server + "/stats/publish?lang=ur")
    assert publish.status == 200 and phone.is_visible("[data-testid=release-jobs]")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
