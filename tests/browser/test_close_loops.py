"""Closing the loops (issue 19), in Chromium at 375 px, in English and in Urdu: the receiving
agency accepts a referral and opens its own case with the form filled in; a desk confirms a tracing
match, sees where the person is now, logs a contact with the family and opens a case; an
interviewer saves a draft of the identification interview, comes back and sees the progress.

Its own server, seeded through the services, so the records exist whatever other browser tests
did first. RIHAI_SCREENSHOTS keeps the pictures."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from live_server import free_port, server_env, start_server, using_keyring
from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.permissions import Role
from rihai.access.schemas import AgencyCreate, UserCreate
from rihai.crypto import Keyring
from rihai.db import make_engine, make_sessionmaker, transaction
from rihai.migrations import upgrade

from .conftest import PASSWORD, submit

WIDTH, HEIGHT = 375, 740
LANGS = ("en", "ur")
# One survivor and one missing man per language, so each run starts from records of its own.
SURVIVOR = {"en": "Parveen", "ur": "Rukhsana"}
MISSING = {"en": ("Bilal Ahmed", "Awan (SYNTHETIC)", "1988-07-04"),
           "ur": ("Kamran Ali", "Malik (SYNTHETIC)", "1979-11-19")}
HEADERS = ["S.No", "Name of National", "Father/Husband Name", "D.O.B", "Home District", "Camp",
           "Date of Deportation", "Remarks"]
MAPPING = {"Name of National": "full_name", "Father/Husband Name": "father_name", "D.O.B": "dob",
           "Home District": "district", "Camp": "place", "Date of Deportation": "listed_on", "Remarks": "remarks"}


@dataclass
class World:
    url: str = ""
    users: dict[str, str] = field(default_factory=dict)
    referrals: dict[str, str] = field(default_factory=dict)   # lang -> referral id
    requests: dict[str, str] = field(default_factory=dict)    # lang -> tracing request id
    cases: dict[str, str] = field(default_factory=dict)       # lang -> case id for the interview


def _actor(user: Any) -> Actor:
    return Actor.for_user(user.id, user.agency_id, frozenset(user.roles), via="test",
                          display_name=user.display_name)


def _seed(db: Any, world: World) -> None:
    from factories import PersonFactory, make_case
    from factories.referrals import give_consent, make_provider
    from factories.tracing import file_request, import_list, list_csv

    from rihai.referrals import service as referrals
    from rihai.referrals.schemas import ReferralCreate
    from rihai.tracing import service as tracing

    system = Actor.system("test")
    home = access_service.create_agency(db, system, data=AgencyCreate(
        name="Test Helpline Lahore (SYNTHETIC)", org_type="NGO", province="PK-PB", district="Lahore"))
    refuge = access_service.create_agency(db, system, data=AgencyCreate(
        name="Test Shelter Rawalpindi (SYNTHETIC)", org_type="NGO", province="PK-PB", district="Rawalpindi"))
    users = {}
    for key, agency in (("caseworker", home), ("refuge", refuge)):
        username = f"loops.{key}"
        users[key] = access_service.create_user(db, system, data=UserCreate(
            agency_id=agency.id, username=username, display_name=f"Loops {key} (SYNTHETIC)",
            password=PASSWORD, roles=[Role.CASEWORKER]))
        world.users[key] = username
    cw = _actor(users["caseworker"])
    provider = make_provider(db, refuge, "Shelter", "LegalAid", name="Shelter Rawalpindi (SYNTHETIC)")
    rows = []
    for n, lang in enumerate(LANGS, start=1):
        case = make_case(db, cw, person=PersonFactory(given_name=SURVIVOR[lang], family_name="Bibi (SYNTHETIC)"))
        give_consent(db, cw, case.id)
        ref = referrals.refer(db, cw, case.id, data=ReferralCreate(provider_id=provider.id, service="LegalAid",
                                                                   urgency="urgent", send=True))
        world.referrals[lang] = str(ref.id)
        world.cases[lang] = str(make_case(db, cw).id)
        given, family, born = MISSING[lang]
        req, _ = file_request(db, cw, given_name=given, family_name=family, father_name="Tariq (SYNTHETIC)",
                              birth_date=dt.date.fromisoformat(born), cnic=None, phones=[], home_district="Lahore")
        world.requests[lang] = str(req.id)
        rows.append([str(n), f"{given} {family}", "Tariq (SYNTHETIC)", born, "Lahore",
                     f"Shumaisi centre block {n} (SYNTHETIC)", "2026-11-20", f"Awaiting exit permit {n} (SYNTHETIC)"])
    for n, (given, family) in enumerate((("Imran", "Baloch (SYNTHETIC)"), ("Usman", "Siddiqui (SYNTHETIC)"),
                                         ("Rizwan", "Khattak (SYNTHETIC)")), start=3):
        rows.append([str(n), f"{given} {family}", "Sajid (SYNTHETIC)", f"19{70 + n}-01-0{n}", "Multan", "", "", ""])
    import_list(db, cw, list_csv(rows, HEADERS), mapping=MAPPING)
    tracing.run_match(db, cw, background=(200, 200))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    data = tmp_path_factory.mktemp("loops")
    url = f"sqlite:///{data / 'rihai.db'}"
    upgrade(url)
    ring = Keyring.generate()
    ring.save(data / "keyring.json")
    w = World()
    with using_keyring(ring):
        with transaction(make_sessionmaker(make_engine(url))) as db:
            _seed(db, w)
    proc = start_server(server_env(data, url), port := free_port())
    w.url = f"http://127.0.0.1:{port}"
    yield w
    proc.terminate()
    proc.wait(10)


@pytest.fixture
def phone(chromium):  # type: ignore[no-untyped-def]
    contexts = []

    def _open(lang: str):  # type: ignore[no-untyped-def]
        ctx = chromium.new_context(viewport={"width": WIDTH, "height": HEIGHT},
                                   locale="ur-PK" if lang == "ur" else "en-GB")
        contexts.append(ctx)
        page = ctx.new_page()
        page.set_default_timeout(15_000)
        return page

    yield _open
    for ctx in contexts:
        ctx.close()


def _sign_in(page, world: World, key: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{world.url}/login?lang={lang}")
    page.fill("input[name=username]", world.users[key])
    page.fill("input[name=password]", PASSWORD)
    submit(page)


def _fits(page, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert page.get_attribute("html", "lang") == lang
    assert page.get_attribute("html", "dir") == ("rtl" if lang == "ur" else "ltr")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= WIDTH, f"{page.url} is {width} px wide at {WIDTH} px"


@pytest.mark.parametrize("lang", LANGS)
def test_accepted_referral_opens_a_prefilled_case(world, phone, lang, screenshots) -> None:  # type: ignore[no-untyped-def]
    page = phone(lang)
    _sign_in(page, world, "refuge", lang)
    page.goto(f"{world.url}/referrals/{world.referrals[lang]}")
    submit(page, "#referral-actions form:has(input[name=action][value=accept]) button[type=submit]")
    _fits(page, lang)
    submit(page, "[data-testid=open-case]")
    assert re.search(r"/cases/new\?origin=[0-9a-f-]{36}$", page.url) and SURVIVOR[lang] not in page.url
    _fits(page, lang)
    assert page.locator("[data-testid=prefilled]").count() == 1
    assert page.input_value("input[name='person.given_name']") == SURVIVOR[lang]
    assert page.input_value("input[name='person.family_name']") == "Bibi (SYNTHETIC)"
    assert page.input_value("select[name='leg_country'] >> nth=-1") == "MM"  # legal aid sees the route
    page.screenshot(path=str(screenshots / f"case-prefilled-from-referral-{lang}.png"), full_page=True)
    page.check("input[name=consent_case_management][value=yes]")
    submit(page, "main button.primary[type=submit]")
    assert re.search(r"/cases/[0-9a-f-]{36}$", page.url), page.url
    assert page.locator("[data-testid=case-origin]").count() == 1
    _fits(page, lang)
    page.goto(f"{world.url}/referrals/{world.referrals[lang]}")
    assert page.locator("[data-testid=case-opened]").count() == 1


@pytest.mark.parametrize("lang", LANGS)
def test_confirmed_match_where_now_contact_and_case(world, phone, lang, screenshots) -> None:  # type: ignore[no-untyped-def]
    page = phone(lang)
    _sign_in(page, world, "caseworker", lang)
    page.goto(f"{world.url}/tracing/requests/{world.requests[lang]}")
    submit(page, "[data-testid=request-candidates] a >> nth=0")
    where = page.inner_text("[data-testid=where-now]")
    n = LANGS.index(lang) + 1
    assert f"Shumaisi centre block {n} (SYNTHETIC)" in where and f"Awaiting exit permit {n} (SYNTHETIC)" in where
    _fits(page, lang)
    submit(page, "[data-testid=confirm]")
    assert page.locator("[data-testid=next-steps]").count() == 1
    _fits(page, lang)
    page.screenshot(path=str(screenshots / f"match-next-steps-{lang}.png"), full_page=True)
    candidate_url = page.url
    submit(page, "[data-testid=next-steps] a >> nth=0")  # contact the family
    page.select_option("#contacts select[name=means]", "phone")
    page.select_option("#contacts select[name=outcome]", "reached")
    page.fill("#contacts textarea[name=note]", "Brother will call the embassy (SYNTHETIC)")
    submit(page, "[data-testid=log-contact]")
    log = page.inner_text("[data-testid=contact-log]")
    assert "Brother will call the embassy (SYNTHETIC)" in log and "reached" not in log
    _fits(page, lang)
    page.screenshot(path=str(screenshots / f"tracing-contact-log-{lang}.png"), full_page=True)
    page.goto(candidate_url)
    submit(page, "[data-testid=open-case]")
    assert page.input_value("input[name='person.given_name']") == MISSING[lang][0]
    assert page.input_value("select[name='leg_country'] >> nth=-1") == "SA"
    _fits(page, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_interview_draft_saved_and_resumed(world, phone, lang, screenshots) -> None:  # type: ignore[no-untyped-def]
    page = phone(lang)
    _sign_in(page, world, "caseworker", lang)
    page.goto(f"{world.url}/cases/{world.cases[lang]}/interviews/new")
    total = page.inner_text("[data-testid=progress-total]")
    assert "67" in total
    yes = page.locator("form.interview input[type=radio][value=yes]")
    for i in range(5):
        yes.nth(i).check()
    # Each answer is saved as it changes: the progress panel comes back from the server.
    page.wait_for_selector("[data-testid=draft-saved]")
    page.locator("form.interview input[type=radio][value=no]").nth(6).check()
    submit(page, "[data-testid=save-draft]")
    _fits(page, lang)
    # Later, from the list of unfinished interviews.
    page.goto(f"{world.url}/interviews/drafts")
    _fits(page, lang)
    submit(page, "[data-testid=drafts] a >> nth=0")
    assert page.locator("[data-testid=draft-resumed]").count() == 1
    assert re.search(r"\b6\b", page.inner_text("[data-testid=progress-total]")) or "۶" in page.inner_text(
        "[data-testid=progress-total]")
    assert page.locator("form.interview input[type=radio][value=yes]:checked").count() == 5
    page.screenshot(path=str(screenshots / f"interview-draft-progress-{lang}.png"), full_page=True)
    _fits(page, lang)
