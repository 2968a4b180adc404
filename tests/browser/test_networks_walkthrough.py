"""Issue 17, what users do, in a real browser, in English and in Urdu: agency A's case names a
recruiter; a caseworker at agency B, on a 375 px phone, records the recruiter's phone written
differently on her case's perpetrator form and sees "known in 1 records held by A since DATE"
(no content); the server's own build job links her new record within seconds; an investigator at
a third agency (two-factor, desktop) opens the ranking, the entity and the network (the chart
draws), sees neither name nor phone, and asks A for access; A's supervisor approves in the inbox;
the investigator now reads A's mention. The caseworker never sees the network; no URL of the walk
carries a name or a phone.

Its own server and world, so that counts do not depend on what other browser tests recorded."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from factories import make_case
from sqlalchemy import select

from live_server import free_port, server_env, start_server, using_keyring
from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.permissions import Role
from rihai.access.schemas import AgencyCreate, UserCreate
from rihai.cases import service as cases
from rihai.cases.schemas import ConsentCreate, PerpetratorIn
from rihai.crypto import Keyring
from rihai.db import make_engine, make_sessionmaker, transaction
from rihai.migrations import upgrade
from rihai.networks.models import NetworkBuild, NetworkMention, NetworkRecord

from .conftest import PASSWORD, sign_in, submit

PHONE, TABLET = {"width": 375, "height": 740}, {"width": 1280, "height": 900}
# Per language: the recruiter agency A recorded, and the same phone as B's caseworker writes it.
RECRUITERS = {
    "en": ("Test Recruiter Rawalpindi (SYNTHETIC)", "0300-1234567", "+92 300 123 4567"),
    "ur": ("Test Agent Gujrat (SYNTHETIC)", "0301-7654321", "+92 301 7654321"),
}
LOCALE = {"en": "en-GB", "ur": "ur-PK"}


@dataclass
class NetWorld:
    url: str
    db_url: str
    users: dict[str, str] = field(default_factory=dict)
    agencies: dict[str, str] = field(default_factory=dict)  # "A" / "B" / "C" -> name
    a_case: dict[str, str] = field(default_factory=dict)  # lang -> agency A's case id
    b_case: dict[str, str] = field(default_factory=dict)  # lang -> agency B's case id (no perpetrator yet)


def _user(db, agency_id: int, username: str, role: Role) -> Actor:  # type: ignore[no-untyped-def]
    user = access_service.create_user(db, Actor.system("test"), data=UserCreate(
        agency_id=agency_id, username=username, display_name=f"{username} (SYNTHETIC)", password=PASSWORD,
        roles=[role]))
    return Actor.for_user(user.id, agency_id, frozenset(user.roles), via="test")


def _shared(db, actor: Actor, perpetrators: list[PerpetratorIn]) -> str:  # type: ignore[no-untyped-def]
    case = make_case(db, actor, perpetrators=perpetrators)
    cases.record_consent(db, actor, case.id, data=ConsentCreate(purpose="LawEnforcement", given=True,
                                                                consent_date=date.today()))
    return str(case.id)


@pytest.fixture(scope="module")
def net(tmp_path_factory) -> Iterator[NetWorld]:  # type: ignore[no-untyped-def]
    data: Path = tmp_path_factory.mktemp("netux")
    url = f"sqlite:///{data / 'rihai.db'}"
    upgrade(url)
    ring = Keyring.generate()
    ring.save(data / "keyring.json")
    world = NetWorld(url="", db_url=url)
    with using_keyring(ring):
        with transaction(make_sessionmaker(make_engine(url))) as db:
            system = Actor.system("test")
            made = {}
            for key, name, org, district in (("A", "Test Refuge Rawalpindi (SYNTHETIC)", "NGO", "Rawalpindi"),
                                             ("B", "Test Shelter Lahore (SYNTHETIC)", "NGO", "Lahore"),
                                             ("C", "Test FIA Circle Lahore (SYNTHETIC)", "LawEnforcement", "Lahore")):
                made[key] = access_service.create_agency(db, system, data=AgencyCreate(
                    name=name, org_type=org, province="PK-PB", district=district))
                world.agencies[key] = name
            a_worker = _user(db, made["A"].id, "n.a-caseworker", Role.CASEWORKER)
            _user(db, made["A"].id, "n.a-supervisor", Role.SUPERVISOR)
            b_worker = _user(db, made["B"].id, "n.b-caseworker", Role.CASEWORKER)
            _user(db, made["C"].id, "n.investigator", Role.INVESTIGATOR)
            world.users = {"net-a-supervisor": "n.a-supervisor", "net-b-caseworker": "n.b-caseworker",
                           "net-investigator": "n.investigator"}
            for lang, (name, written, _) in RECRUITERS.items():
                world.a_case[lang] = _shared(db, a_worker, [PerpetratorIn(
                    roles=["RecruiterOrIntermediary"], name=name, phones=[written])])
                world.b_case[lang] = _shared(db, b_worker, [])
    # No build here: the server's own job builds at start-up.
    port = free_port()
    proc = start_server(server_env(data, url), port)
    world.url = f"http://127.0.0.1:{port}"
    try:
        yield world
    finally:
        proc.terminate()
        proc.wait(10)


def _wait_for(what, seconds: float = 30.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if (found := what()) is not None:
            return found
        time.sleep(0.1)
    raise AssertionError(f"gave up after {seconds} s")


def _record(net: NetWorld, case_id: str) -> tuple[str, str] | None:
    """(entity id, network id) of the case's mention once a build placed it, else None."""
    with make_engine(net.db_url).connect() as conn:
        row = conn.execute(select(NetworkMention.entity_id, NetworkRecord.network_id)
                           .join(NetworkRecord, NetworkRecord.id == NetworkMention.record_id)
                           .where(NetworkRecord.source_id == case_id)).first()
    return (row[0], row[1]) if row and row[1] else None


def _builds(net: NetWorld) -> int:
    """Runs of the server's job: full builds, and placements of a few saved records ("placed")."""
    with make_engine(net.db_url).connect() as conn:
        return len(conn.execute(select(NetworkBuild.id).where(NetworkBuild.status.in_(("done", "placed")))).all())


def _speak(page, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Choose the language with the header's switch, as a person does (it sticks to the account)."""
    if page.get_attribute("html", "lang") != lang:
        with page.expect_navigation():
            page.click(f".lang-switch button[value={lang}]")
    assert page.get_attribute("html", "lang") == lang


class Urls:
    """Every URL the browser asked for, to check that none carries a name or a phone."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def watch(self, page) -> None:  # type: ignore[no-untyped-def]
        page.on("request", lambda r: self.seen.append(r.url))

    def assert_clean(self, *values: str) -> None:
        digits = [v for raw in values for v in (raw, "".join(c for c in raw if c.isdigit())[-7:]) if v]
        words = [w for raw in values for w in raw.split() if len(w) > 3 and not w.startswith("(")]
        for url in self.seen:
            for value in digits + words:
                assert value not in url, f"{value!r} in {url}"


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_known_elsewhere_then_the_network_and_access_asked_and_given(new_page, net, screenshots, lang):
    name, written_by_a, written_by_b = RECRUITERS[lang]
    urls = Urls()

    # The server built the graph at start-up: A's case is linked before anyone asks.
    a_entity, _ = _wait_for(lambda: _record(net, net.a_case[lang]))

    # -- B's caseworker, on a phone -------------------------------------------------------------
    page = new_page(locale=LOCALE[lang], **PHONE)
    urls.watch(page)
    sign_in(page, net, "net-b-caseworker")  # type: ignore[arg-type]
    _speak(page, lang)
    page.goto(f"{net.url}/cases/{net.b_case[lang]}")
    page.click("#sec-perps summary")
    page.select_option("#sec-perps select[name=role]", "RecruiterOrIntermediary")
    page.fill("#sec-perps input[name=phones]", written_by_b)
    page.press("#sec-perps input[name=phones]", "Tab")  # the change event asks for the hint
    hint = page.locator("#network-hint .notice")
    hint.wait_for()
    text = hint.inner_text()
    assert net.agencies["A"] in text and date.today().isoformat() in text and "1" in text
    if lang == "en":
        assert "Known elsewhere: in 1 records held by" in text
    else:
        assert "کہیں اور معلوم" in text
    assert name not in page.inner_text("#sec-perps")  # a count, never A's content
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.screenshot(path=str(screenshots / f"networks-hint-375-{lang}.png"), full_page=True)
    builds_before = _builds(net)
    saved = time.monotonic()
    page.click("#sec-perps form button.primary[type=submit]")
    page.locator("#sec-perps dd", has_text="+92").first.wait_for()

    # The server's job links her record within seconds of the save, with no one running a command.
    b_entity, network = _wait_for(lambda: _record(net, net.b_case[lang]), seconds=20)
    linked_after = time.monotonic() - saved
    assert _builds(net) > builds_before
    assert b_entity == _wait_for(lambda: _record(net, net.a_case[lang]))[0], "one person across agencies"
    print(f"[{lang}] new record linked {linked_after:.2f} s after the save")

    # What she must not see: the network, the ranking, the entity, A's name.
    assert "/networks" not in " ".join(page.eval_on_selector_all(".mainnav a", "els => els.map(e => e.href)"))
    for path in ("/networks", f"/networks/entities/{b_entity}", f"/networks/networks/{network}"):
        response = page.goto(net.url + path)
        assert response.status == 403, path
        assert name not in page.inner_text("body")

    # -- The investigator at a third agency, on a desktop --------------------------------------
    inv = new_page(locale=LOCALE[lang], **TABLET)
    urls.watch(inv)
    sign_in(inv, net, "net-investigator")  # type: ignore[arg-type]
    _speak(inv, lang)
    inv.click(".mainnav a[href='/networks']")
    assert inv.url.endswith("/networks")
    entry = inv.locator(f"a[href='/networks/entities/{b_entity}']").first
    assert name not in inv.inner_text("main")  # counts everywhere, no name seen yet
    with inv.expect_navigation():
        entry.click()
    main = inv.inner_text("main")
    assert name not in main and written_by_a not in main and written_by_b not in main
    assert net.agencies["A"] in main and net.agencies["B"] in main  # held elsewhere, as counts

    with inv.expect_navigation():
        inv.click(f"a[href='/networks/networks/{network}']")
    inv.wait_for_selector("[data-network-graph][data-graph-state=ready]", timeout=20_000)
    assert inv.eval_on_selector("[data-network-graph]", "el => el._cy.nodes().length") >= 2
    assert name not in inv.inner_text("main")
    inv.screenshot(path=str(screenshots / f"networks-graph-{lang}.png"), full_page=True)

    inv.goto(f"{net.url}/networks/entities/{b_entity}")
    holder = inv.locator("main li.mini", has_text=net.agencies["A"]).filter(has=inv.locator("input[name=reason]"))
    holder.locator("input[name=reason]").fill("Prosecution file (SYNTHETIC)")
    with inv.expect_navigation():
        holder.locator("button.primary[type=submit]").click()
    assert inv.locator(".notice").count() == 1

    # -- A's supervisor approves in the inbox --------------------------------------------------
    sup = new_page(locale=LOCALE[lang], **TABLET)
    urls.watch(sup)
    sign_in(sup, net, "net-a-supervisor")  # type: ignore[arg-type]
    _speak(sup, lang)
    sup.click(".mainnav a[href='/networks/access-requests']")
    assert "Prosecution file (SYNTHETIC)" in sup.inner_text("main")
    assert name not in sup.inner_text("main")
    submit(sup, "main button[name=decision][value=approve]")
    assert sup.locator("main form[action$='/decide']").count() == 0

    # -- The investigator now reads A's mention -----------------------------------------------
    inv.goto(f"{net.url}/networks/entities/{b_entity}")
    main = inv.inner_text("main")
    assert name in main and net.agencies["A"] in main
    assert inv.locator(f"a[href='/cases/{net.a_case[lang]}']").count() == 1
    inv.screenshot(path=str(screenshots / f"networks-entity-approved-{lang}.png"), full_page=True)

    urls.assert_clean(name, written_by_a, written_by_b)
    assert a_entity  # (A's own mention was placed before the walk began)
