"""Issue 17, in a real browser, in English and in Urdu, on a 375 px phone: two of an FIA circle's
cases name a recruiter spelled two ways, with no phone, recruited in the same district; the
server's build does not merge them but offers them. The investigator opens one, reads "Possibly the
same person" with why (the same name, the same place), decides, and the page says the decision is
kept; the pair leaves the page at once and never comes back. No URL carries a name.

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
from rihai.cases.schemas import ConsentCreate, EventIn, PerpetratorIn
from rihai.crypto import Keyring
from rihai.db import make_engine, make_sessionmaker, transaction
from rihai.migrations import upgrade
from rihai.networks.models import NetworkMention, NetworkPossibleMatch, NetworkRecord

from .conftest import PASSWORD, sign_in

PHONE = {"width": 375, "height": 740}
LOCALE = {"en": "en-GB", "ur": "ur-PK"}
# Per language: one recruiter as two cases spell him, and what the investigator decides.
SPELLINGS = {"en": ("Qasim Zulfiqar Testwala (SYNTHETIC)", "Kasim Zulfikar Testwala (SYNTHETIC)", "different"),
             "ur": ("Shafqat Mehmood Testgondal (SYNTHETIC)", "Shafkat Mahmood Testgondal (SYNTHETIC)", "same")}
CONS = "bdfgjklmnprstz"
FILLER_DISTRICTS = [("PB", "Lahore"), ("PB", "Multan"), ("BA", "Quetta"), ("KP", "Peshawar"), ("SD", "Sukkur"),
                    ("PB", "Bahawalpur")]


@dataclass
class PossWorld:
    url: str
    db_url: str
    users: dict[str, str] = field(default_factory=dict)
    cases: dict[str, tuple[str, str]] = field(default_factory=dict)  # lang -> the two case ids


def _case(db, actor: Actor, name: str, province: str, district: str) -> str:  # type: ignore[no-untyped-def]
    case = make_case(db, actor, perpetrators=[PerpetratorIn(roles=["RecruiterOrIntermediary"], name=name)],
                     events=[EventIn(event_type="Recruitment", country="PK", province=province, district=district)])
    cases.record_consent(db, actor, case.id, data=ConsentCreate(purpose="LawEnforcement", given=True,
                                                                consent_date=date.today()))
    return str(case.id)


@pytest.fixture(scope="module")
def poss(tmp_path_factory) -> Iterator[PossWorld]:  # type: ignore[no-untyped-def]
    data: Path = tmp_path_factory.mktemp("possux")
    url = f"sqlite:///{data / 'rihai.db'}"
    upgrade(url)
    ring = Keyring.generate()
    ring.save(data / "keyring.json")
    world = PossWorld(url="", db_url=url)
    with using_keyring(ring):
        with transaction(make_sessionmaker(make_engine(url))) as db:
            system = Actor.system("test")
            circle = access_service.create_agency(db, system, data=AgencyCreate(
                name="Test FIA Circle Gujranwala (SYNTHETIC)", org_type="LawEnforcement", province="PK-PB",
                district="Gujranwala"))
            user = access_service.create_user(db, system, data=UserCreate(
                agency_id=circle.id, username="p.investigator", display_name="p.investigator (SYNTHETIC)",
                password=PASSWORD, roles=[Role.INVESTIGATOR]))
            inv = Actor.for_user(user.id, circle.id, frozenset(user.roles), via="test")
            world.users = {"poss-investigator": "p.investigator"}
            # Other recruiters of the circle, in other districts: the build learns from them how
            # common names and districts are (a file of two records says nothing).
            for i in range(24):
                province, district = FILLER_DISTRICTS[i % len(FILLER_DISTRICTS)]
                _case(db, inv, f"Ta{CONS[i % 14]}a{CONS[i // 14]}ar Fi{CONS[i // 14]}o{CONS[i % 14]}ul (SYNTHETIC)",
                      province, district)
            for lang, (first, second, _) in SPELLINGS.items():
                world.cases[lang] = (_case(db, inv, first, "PB", "Gujrat"), _case(db, inv, second, "PB", "Gujrat"))
    port = free_port()
    proc = start_server(server_env(data, url), port)  # its job builds the graph at start-up
    world.url = f"http://127.0.0.1:{port}"
    try:
        yield world
    finally:
        proc.terminate()
        proc.wait(10)


def _entities(world: PossWorld, lang: str) -> tuple[str, str] | None:
    """The two cases' entity ids once a build stored their possible match, else None."""
    with make_engine(world.db_url).connect() as conn:
        ids = []
        for case_id in world.cases[lang]:
            ids.append(conn.execute(select(NetworkMention.entity_id).join(
                NetworkRecord, NetworkRecord.id == NetworkMention.record_id)
                .where(NetworkRecord.source_id == case_id)).scalar())
        offered = conn.execute(select(NetworkPossibleMatch.id)).first()
    return (ids[0], ids[1]) if all(ids) and offered else None


def _wait_for(what, seconds: float = 60.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if (found := what()) is not None:
            return found
        time.sleep(0.2)
    raise AssertionError(f"gave up after {seconds} s")


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_the_investigator_decides_a_possible_match_on_a_phone(new_page, poss, screenshots, lang):
    first, second, decision = SPELLINGS[lang]
    a_entity, b_entity = _wait_for(lambda: _entities(poss, lang))
    assert a_entity != b_entity  # offered, never merged by the engine
    page = new_page(locale=LOCALE[lang], **PHONE)
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url))
    sign_in(page, poss, "poss-investigator")  # type: ignore[arg-type]
    if page.get_attribute("html", "lang") != lang:
        with page.expect_navigation():
            page.click(f".lang-switch button[value={lang}]")
    page.goto(f"{poss.url}/networks/entities/{a_entity}")
    section = page.locator("#possible")
    section.wait_for()
    text = section.inner_text()
    title, place = ("Possibly the same person", "the same place") if lang == "en" else ("ممکنہ طور پر وہی شخص", "ایک ہی جگہ")
    assert title in text and place in text and second.split(" (")[0] in text
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.screenshot(path=str(screenshots / f"networks-possible-375-{lang}.png"), full_page=True)
    button = {"same": "Same person", "different": "Different people"}[decision] if lang == "en" else \
        {"same": "ایک ہی شخص", "different": "مختلف افراد"}[decision]
    with page.expect_navigation():
        section.get_by_role("button", name=button).click()
    kept = "Your decision is kept" if lang == "en" else "آپ کا فیصلہ محفوظ ہے"
    assert kept in page.inner_text("main")
    assert page.locator("#possible").count() == 0  # off the page at once
    page.goto(f"{poss.url}/networks/entities/{b_entity}")
    assert page.locator("#possible").count() == 0
    for url in seen:
        for word in (*first.split()[:3], *second.split()[:3]):
            assert word not in url, f"{word!r} in {url}"
