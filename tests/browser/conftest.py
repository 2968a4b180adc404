"""Browser tests: the real server in a subprocess, driven by Playwright in Debian's headless
Chromium. The browser leg (tests/legs.py): skipped, and said so, where /usr/bin/chromium is not
installed; under CI=true that fails the run."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from live_server import free_port, server_env, start_server, using_keyring
from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.permissions import Role
from rihai.access.schemas import AgencyCreate, UserCreate
from rihai.crypto import Keyring
from rihai.db import make_engine, make_sessionmaker, transaction
from rihai.migrations import upgrade

CHROMIUM = os.environ.get("RIHAI_CHROMIUM", "/usr/bin/chromium")
PASSWORD = "browser-test-password"  # noqa: S105 - synthetic test account


@dataclass
class LiveServer:
    url: str
    users: dict[str, str] = field(default_factory=dict)  # role -> username
    agencies: dict[str, int] = field(default_factory=dict)


def pytest_collection_modifyitems(config, items):  # type: ignore[no-untyped-def]
    missing = None if Path(CHROMIUM).exists() else f"{CHROMIUM} not installed (apt-get install chromium)"
    for item in items:
        if "browser" in str(item.fspath):
            item.add_marker(pytest.mark.leg("browser", missing=missing))


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("live")
    url = f"sqlite:///{data / 'rihai.db'}"
    upgrade(url)
    ring = Keyring.generate()
    ring.save(data / "keyring.json")
    server = LiveServer(url="")
    with using_keyring(ring):
        sm = make_sessionmaker(make_engine(url))
        with transaction(sm) as db:
            system = Actor.system("test")
            shelter = access_service.create_agency(db, system, data=AgencyCreate(
                name="Test Women's Shelter Lahore (SYNTHETIC)", org_type="NGO", province="PK-PB", district="Lahore"))
            legal = access_service.create_agency(db, system, data=AgencyCreate(
                name="Test Legal Aid Karachi (SYNTHETIC)", org_type="LegalService", province="PK-SD",
                district="Karachi South"))
            server.agencies = {"shelter": shelter.id, "legal": legal.id}
            for role in Role:
                username = f"b.{role.value.replace('_', '-')}"
                access_service.create_user(db, system, data=UserCreate(
                    agency_id=shelter.id, username=username, display_name=f"Test {role.value} (SYNTHETIC)",
                    password=PASSWORD, roles=[role]))
                server.users[str(role)] = username
            access_service.create_user(db, system, data=UserCreate(
                agency_id=legal.id, username="b.other-caseworker", display_name="Other agency (SYNTHETIC)",
                password=PASSWORD, roles=[Role.CASEWORKER]))
            server.users["other_caseworker"] = "b.other-caseworker"
            # A second NGO that runs a shelter, and the directory entries the referral walk-through
            # uses (issue 3): the shelter there, legal aid at the legal clinic.
            from rihai.referrals import service as referral_service
            from rihai.referrals.schemas import ProviderIn

            refuge = access_service.create_agency(db, system, data=AgencyCreate(
                name="Test Dar-ul-Aman Rawalpindi (SYNTHETIC)", org_type="NGO", province="PK-PB",
                district="Rawalpindi"))
            server.agencies["refuge"] = refuge.id
            for role, username in ((Role.CASEWORKER, "b.refuge-caseworker"), (Role.SUPERVISOR, "b.refuge-supervisor")):
                access_service.create_user(db, system, data=UserCreate(
                    agency_id=refuge.id, username=username, display_name=f"Refuge {role.value} (SYNTHETIC)",
                    password=PASSWORD, roles=[role]))
                server.users[f"refuge_{role.value}"] = username
            referral_service.create_provider(db, system, data=ProviderIn(
                agency_id=refuge.id, name="Dar-ul-Aman Rawalpindi shelter (SYNTHETIC)",
                services=["Shelter", "Psychosocial"], districts=["PK-PB:Rawalpindi"], eligible=["women", "girls"],
                languages=["ur", "pa"], capacity=12))
            referral_service.create_provider(db, system, data=ProviderIn(
                agency_id=legal.id, name="Legal aid clinic (SYNTHETIC)", services=["LegalAid"], nationwide=True))
    port = free_port()
    proc = start_server(server_env(data, url), port)
    server.url = f"http://127.0.0.1:{port}"
    yield server
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="session")
def chromium():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-gpu"])
        yield browser
        browser.close()


@pytest.fixture
def new_page(chromium, tmp_path):  # type: ignore[no-untyped-def]
    contexts = []

    def _make(width: int = 1280, height: int = 900, locale: str = "en-GB"):  # type: ignore[no-untyped-def]
        ctx = chromium.new_context(viewport={"width": width, "height": height}, locale=locale)
        contexts.append(ctx)
        page = ctx.new_page()
        page.set_default_timeout(10_000)
        return page

    yield _make
    for ctx in contexts:
        ctx.close()


@pytest.fixture
def screenshots(tmp_path) -> Path:  # type: ignore[no-untyped-def]
    out = Path(os.environ.get("RIHAI_SCREENSHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    return out


_totp_secrets: dict[str, str] = {}
_last_step: dict[str, int] = {}


def submit(page, selector: str = "main button[type=submit]") -> None:  # type: ignore[no-untyped-def]
    with page.expect_navigation():
        page.click(selector)


def _fresh_code(role: str) -> str:
    """A TOTP code from a time window this account has not used yet (codes are single-use)."""
    import time

    import pyotp

    while int(time.time()) // 30 <= _last_step.get(role, -1):
        time.sleep(0.5)
    _last_step[role] = int(time.time()) // 30
    return pyotp.TOTP(_totp_secrets[role]).now()


def sign_in(page, live: LiveServer, role: str) -> None:  # type: ignore[no-untyped-def]
    """Sign in as ``role`` the way a person does, enrolling or passing TOTP when the role needs it."""
    page.goto(live.url + "/login")
    page.fill("input[name=username]", live.users[role])
    page.fill("input[name=password]", PASSWORD)
    submit(page)
    if page.url.endswith("/mfa/setup"):
        _totp_secrets[role] = page.inner_text("[data-testid=totp-secret]").strip()
        page.fill("input[name=code]", _fresh_code(role))
        submit(page)
    elif page.url.endswith("/mfa"):
        page.fill("input[name=code]", _fresh_code(role))
        submit(page)
