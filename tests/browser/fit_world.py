"""The synthetic world the phone-width test (test_fit.py) drives: the demo's agencies and one demo
account per role, some cases opened through the services (long SYNTHETIC names, routes, CNICs and
phones, as the demo has them), referrals, an interview, a prosecution track, a tracing request
matched against an imported list, a reported offer, a hearing, an API token; and the statistics
store with one k-anonymous release. Its own server, so the records every page needs exist without
depending on what other browser tests did first.

``PARAMS`` says how a page's path parameter is filled for a role: the first record of that kind the
role's own account can see (through the same service verbs the pages use), or None when it sees
none. A new page with a new parameter is one line there."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from live_server import free_port, server_env, start_server, using_keyring
from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.permissions import Role
from rihai.access.service import User
from rihai.cases import service as case_service
from rihai.crypto import Keyring
from rihai.db import make_engine, make_sessionmaker, transaction
from rihai.migrations import upgrade
from rihai.networks import service as networks
from rihai.referrals import service as referral_service
from rihai.screening.identification import service as interview_service
from rihai.screening.offers import service as offer_service
from rihai.screening.tips import service as tip_service
from rihai.stats import releasejobs as stats_releasejobs
from rihai.synthetic import ensure_directory, seed_via_services
from rihai.synthetic.referrals import ensure_providers, seed_referrals
from rihai.tracing import service as tracing_service

from .conftest import PASSWORD

SEED = 19  # issue 19


def _actor(user: User) -> Actor:
    return Actor.for_user(user.id, user.agency_id, frozenset(user.roles), via="test",
                          display_name=user.display_name)


def _first(listed: Any) -> Any:
    rows = listed[0] if isinstance(listed, tuple) else listed
    return rows[0].id if rows else None


def _case(db: Session, actor: Actor) -> Any:
    return _first(case_service.list_cases(db, actor))


def _interview(db: Session, actor: Actor) -> Any:
    case_id = _case(db, actor)
    return _first(interview_service.list_for_case(db, actor, case_id)) if case_id else None


def _referral(db: Session, actor: Actor) -> Any:
    from rihai.referrals.inbox import Box

    for box in (Box.INCOMING, Box.OUTGOING):
        if found := _first(referral_service.list_referrals(db, actor, box=box, open_only=False)):
            return found
    return None


def _run(db: Session, actor: Actor) -> Any:
    run = tracing_service.latest_run(db, actor)
    return run.id if run else None


def _entity(db: Session, actor: Actor) -> Any:
    ranked = networks.ranking(db, actor, limit=50)
    # One whose page has the most to show: a name the role sees, else the top of the ranking.
    return next((r.entity_id for r in ranked if r.name), ranked[0].entity_id if ranked else None)


def _network(db: Session, actor: Actor) -> Any:
    return next((r.network_id for r in networks.ranking(db, actor, limit=50) if r.network_id), None)


# path parameter -> the first such record the role's account may see (None: it sees none).
PARAMS: dict[str, Callable[[Session, Actor], Any]] = {
    "case_id": _case,
    "interview_id": _interview,
    "referral_id": _referral,
    "request_id": lambda db, a: _first(tracing_service.list_requests(db, a)),
    "candidate_id": lambda db, a: _first(tracing_service.list_candidates(db, a, status=None)),
    # A possible match whose two records the role sees: its page shows the evidence (test_cards.py).
    "seen_candidate_id": lambda db, a: next(
        (c.id for c in tracing_service.list_candidates(db, a, status=None)[0]
         if tracing_service.get_candidate(db, a, c.id).sight.both), None),
    "import_id": lambda db, a: _first(tracing_service.list_imports(db, a)),
    "list_id": lambda db, a: _first(tracing_service.list_encoded(db, a)),
    "run_id": _run,
    "tip_id": lambda db, a: _first(tip_service.list_tips(db, a)),
    "provider_id": lambda db, a: _first(referral_service.list_providers(db, a)),
    "user_id": lambda db, a: _first(access_service.list_users(db, a)),
    "agency_id": lambda db, a: _first(access_service.list_agencies(db)),
    "entity_id": _entity,
    "network_id": _network,
    "job_id": lambda db, a: next((j.id for j in stats_releasejobs.my_jobs(db, a)), None),
}


@dataclass
class FitWorld:
    url: str
    users: dict[str, str] = field(default_factory=dict)  # "fit-<role>" -> username
    # role -> parameter name -> value (absent: that role sees no such record)
    params: dict[str, dict[str, str]] = field(default_factory=dict)


def _seed_records(db: Session, demo: dict[Role, User], data: Path) -> None:
    caseworker = _actor(demo[Role.CASEWORKER])
    investigator = _actor(demo[Role.INVESTIGATOR])
    consular = _actor(demo[Role.CONSULAR_OFFICER])
    from factories.justice import make_interview, make_plan_item, make_track
    from factories.tracing import embassy_rows, file_request, import_list, list_csv

    import datetime as dt

    from rihai.cases import service as case_service
    from rihai.cases.tasks.schemas import TaskCreate

    for actor in (caseworker, investigator, consular):
        case_id = _case(db, actor)
        make_interview(db, actor, case_id)
        make_plan_item(db, actor, case_id)
        # A follow-up written after the fact (overdue) and one to come: My follow-ups and the
        # case page's section show both kinds.
        for days in (-3, 5):
            case_service.add_task(db, actor, case_id, data=TaskCreate(
                text="Phone the shelter about a bed for the survivor and her sister (TEST)",
                due_on=dt.date.today() + dt.timedelta(days=days)))
    make_track(db, investigator, _case(db, investigator))
    # A hearing within the diary's 30 days, and an API token on the caseworker's account page:
    # both pages list them as cards on a phone (test_cards.py).
    from rihai.access.auth import create_token
    from rihai.access.permissions import Permission
    from rihai.cases.justice import service as justice_service
    from rihai.cases.justice.schemas import HearingIn

    justice_service.add_hearing(db, investigator, _case(db, investigator), data=HearingIn(
        hearing_on=dt.date.today() + dt.timedelta(days=7), purpose="Evidence of the survivor (TEST)"))
    create_token(db, caseworker, name="Case export script (TEST)", scopes=[Permission.CASES_CASE_READ],
                 expires_in_days=90)
    # A request and a list row for the same (fake) man, so the match run finds a candidate.
    rows = embassy_rows(6, seed=SEED)
    row = rows[0]
    day, month, year = (int(x) for x in row[3].split("/"))
    given, family = row[1].rsplit(" ", 2)[0], " ".join(row[1].rsplit(" ", 2)[1:])

    for actor in (caseworker, consular):
        file_request(db, actor, given_name=given, family_name=family, father_name=row[2],
                     birth_date=dt.date(year, month, day), cnic=row[5], home_district="Lahore")
        import_list(db, actor, list_csv(rows))
    file_request(db, None)  # the public pool
    # An embassy's encoded list (name, passport, date of birth) with the same man on row 2.
    import pandas as pd

    from rihai.tracing.linkage import encode_list, read_secret_file, write_secret_file

    (data / "pprl-keys").mkdir(exist_ok=True)
    write_secret_file(data / "pprl-keys" / "embassy-bangkok.key")
    secret = read_secret_file(data / "pprl-keys" / "embassy-bangkok.key")
    theirs = pd.DataFrame([{"Name": r[1], "Passport No": r[4], "D.O.B": r[3]} for r in rows])
    tracing_service.import_encoded(db, caseworker, data=encode_list(theirs, secret).to_json().encode(),
                                   filename="bangkok.clk.json", partner="embassy-bangkok",
                                   source_agency="Embassy of Pakistan, Bangkok (TEST)", data_dir=data)
    tracing_service.run_match(db, caseworker, background=(200, 200))
    tracing_service.enqueue_match(db, caseworker)
    text = ("URGENT visa Dubai salary 3500 AED no fee first month, send passport + CNIC to agent "
            "WhatsApp +971500000000, OEP licence 3456/LHR (TEST)")
    tip_service.create_tip(db, Actor.anonymous(), text=text, assessment=offer_service.assess_text(text))
    _seed_network(db, caseworker, investigator)
    _seed_same_survivor(db, caseworker, investigator)


def _seed_same_survivor(db: Session, caseworker: Actor, investigator: Actor) -> None:
    """The shelter opens a case for a woman the FIA circle holds (same CNIC); the FIA asks to link,
    so the shelter supervisor's inbox holds a request and both case pages show the hint."""
    from factories import PersonFactory, make_case

    # A list's rows carry names, not identifiers: read each case for its CNIC.
    held = next(case for c in case_service.list_cases(db, investigator, page_size=50)[0]
                if (case := case_service.get_case(db, investigator, c.id)).person.cnic)
    cnic = held.person.cnic
    make_case(db, caseworker, person=PersonFactory(cnic=cnic, family_name="Again (SYNTHETIC)"))
    hint = next(h for h in case_service.link_hints(db, investigator, held.id) if h.state is None)
    case_service.request_link(db, investigator, held.id, candidate_id=hint.candidate_id, reason="count-once",
                              note="Identified at the airport (SYNTHETIC)")


def _seed_network(db: Session, caseworker: Actor, investigator: Actor) -> None:
    """A built recruiter graph: the demo's recruiter named again in the caseworker's agency and
    another, both shared with law enforcement, and an access request waiting in the holder's inbox."""
    import datetime as dt

    from factories import make_case

    from rihai.cases.schemas import ConsentCreate, PerpetratorIn

    recruiter = PerpetratorIn(roles=["RecruiterOrIntermediary"], name="Test Recruiter Rawalpindi (SYNTHETIC)",
                              phones=["0300-1234567"], agency_name="Test Overseas Promoters (SYNTHETIC)")
    for actor in (caseworker, investigator):
        case = make_case(db, actor, perpetrators=[recruiter])
        case_service.record_consent(db, actor, case.id, data=ConsentCreate(
            purpose="LawEnforcement", given=True, consent_date=dt.date.today()))
    networks.build(db, Actor.system("test"))
    for ranked in networks.ranking(db, investigator, limit=50):
        page = networks.entity_page(db, investigator, ranked.entity_id)
        held = next((e for e in page.elsewhere if e.agency_id and e.agency_id != investigator.agency_id), None)
        if held is not None:
            networks.request_access(db, investigator, entity_id=ranked.entity_id, owner_agency_id=held.agency_id,
                                    reason="Prosecution file (SYNTHETIC)")
            break


def build(data: Path, *, cases: int = 40) -> Iterator[FitWorld]:
    """Seed ``data`` (SQLite, a fresh keyring), start the server on it, yield, stop it. ``cases``:
    how many synthetic cases the demo's agencies open (scripts/screenshots.py asks for more, so
    its statistics show more than small cells)."""
    url = f"sqlite:///{data / 'rihai.db'}"
    upgrade(url)
    ring = Keyring.generate()
    ring.save(data / "keyring.json")
    world = FitWorld(url="")
    with using_keyring(ring):
        sm = make_sessionmaker(make_engine(url))
        with transaction(sm) as db:
            directory = ensure_directory(db, demo_password=PASSWORD)
            seed_via_services(db, directory, cases, seed=SEED)
            ensure_providers(db, directory)
            seed_referrals(db, directory, share=0.5, seed=SEED)
        with transaction(sm) as db:
            _seed_records(db, directory_demo(db), data)
        with transaction(sm) as db:
            from rihai.stats import service as stats

            stats.refresh(db, Actor.system("test"), stats.store_path(data), synthetic=True)
        with transaction(sm) as db:
            # A k-anonymous release, asked for as on the publishing page and made by the worker,
            # so the ledger lists one and its job has a page.
            from rihai.stats import releaseworker

            stats_releasejobs.enqueue(db, _actor(directory_demo(db)[Role.ANALYST]), stats.store_path(data),
                                      mode="k-anonymous", k=11)
        releaseworker.drain(sm, stats.store_path(data))
        with transaction(sm) as db:
            for role, user in directory_demo(db).items():
                world.users[f"fit-{role}"] = user.username
                actor = _actor(user)
                found = {}
                for name, resolve in PARAMS.items():
                    try:
                        value = resolve(db, actor)
                    except Exception:  # noqa: BLE001 - the role may not read that kind at all
                        db.rollback()
                        value = None
                    if value is not None:
                        found[name] = str(value) if not isinstance(value, uuid.UUID) else str(value)
                world.params[str(role)] = found
            db.rollback()  # resolving wrote audit rows of reads nobody made
    port = free_port()
    proc = start_server(server_env(data, url, RIHAI_DEMO="true"), port)
    world.url = f"http://127.0.0.1:{port}"
    try:
        yield world
    finally:
        proc.terminate()
        proc.wait(10)


def directory_demo(db: Session) -> dict[Role, User]:
    from sqlalchemy import select

    from rihai.synthetic import demo_username

    return {role: db.scalar(select(User).where(User.username == demo_username(role))) for role in Role}
