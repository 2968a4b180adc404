"""Factories for synthetic, visibly fake test data. Names carry "(TEST)" and CNICs/phones are
generated, never real. factory_boy builds the Pydantic inputs; helpers pass them through the real
services so encryption, blind indexes and audit rows are exercised."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import factory
from sqlalchemy.orm import Session

from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.models import Agency, User
from rihai.access.permissions import Role
from rihai.access.schemas import AgencyCreate, UserCreate
from rihai.cases import service as case_service
from rihai.cases.models import Case
from rihai.cases.schemas import CaseCreate, EventIn, PersonIn, PerpetratorIn

PASSWORD = "test-password-123"  # noqa: S105 - test fixture, not a secret

GIVEN_F = ["Ayesha", "Fatima", "Zainab", "Maryam", "Khadija", "Nasreen", "Rukhsana", "Shazia"]
GIVEN_M = ["Muhammad Ali", "Ahmad", "Bilal", "Imran", "Rizwan", "Usman", "Tariq", "Kamran"]
FAMILY = ["Khan", "Bibi", "Qureshi", "Baloch", "Awan", "Siddiqui", "Chaudhry", "Malik"]


def fake_cnic(rng: random.Random, female: bool) -> str:
    last = rng.choice("2468" if female else "13579")
    return f"3{rng.randint(1000, 9999)}-{rng.randint(1000000, 9999999)}-{last}"


def fake_mobile(rng: random.Random) -> str:
    return f"+92300{rng.randint(1000000, 9999999)}"


class AgencyFactory(factory.Factory):
    class Meta:
        model = AgencyCreate

    name = factory.Sequence(lambda n: f"Test Agency {n} (TEST)")
    org_type = "NGO"
    country = "PK"
    province = "PK-PB"
    district = "Lahore"

    class Params:
        fia = factory.Trait(org_type="LawEnforcement", name=factory.Sequence(lambda n: f"FIA Test Circle {n} (TEST)"))
        embassy = factory.Trait(org_type="CentralGovernmentOrganisation", province=None, district=None,
                                name=factory.Sequence(lambda n: f"Test Embassy {n} (TEST)"))


class PersonFactory(factory.Factory):
    class Meta:
        model = PersonIn

    class Params:
        rng = factory.LazyFunction(lambda: random.Random())
        female = True
        minor = factory.Trait(age_estimate=15)

    given_name = factory.LazyAttribute(lambda o: o.rng.choice(GIVEN_F if o.female else GIVEN_M))
    family_name = factory.LazyAttribute(lambda o: o.rng.choice(FAMILY) + " (TEST)")
    sex = factory.LazyAttribute(lambda o: "Female" if o.female else "Male")
    gender = factory.LazyAttribute(lambda o: "Feminine" if o.female else "Masculine")
    age_estimate = 24
    cnic = factory.LazyAttribute(lambda o: fake_cnic(o.rng, o.female))
    phones = factory.LazyAttribute(lambda o: [fake_mobile(o.rng)])
    home_province = "PK-PB"
    home_district = "Rawalpindi"


class CaseFactory(factory.Factory):
    class Meta:
        model = CaseCreate

    person = factory.SubFactory(PersonFactory)
    exploitation_types = ["ForcedLabour"]
    consent_case_management = True
    events = factory.LazyFunction(lambda: [
        EventIn(event_type="Recruitment", country="PK", place="Rawalpindi", province="PK-PB",
                district="Rawalpindi"),
        EventIn(event_type="Transit", country="TH", place="Bangkok"),
        EventIn(event_type="Exploitation", country="MM", place="Myawaddy"),
    ])
    perpetrators = factory.LazyFunction(lambda: [
        PerpetratorIn(roles=["RecruiterOrIntermediary"], name="Test Agent (TEST)",
                      phones=["+923001110000"], oep_licence="0000/TST")])

    class Params:
        gulf = factory.Trait(events=factory.LazyFunction(lambda: [
            EventIn(event_type="Recruitment", country="PK", place="Gujrat"),
            EventIn(event_type="Exploitation", country="AE", place="Dubai")]))


@dataclass
class World:
    """Two agencies with one user per role in the first, and a caseworker in the second."""

    agency: Agency
    other_agency: Agency
    users: dict[str, User] = field(default_factory=dict)

    def actor(self, role: str) -> Actor:
        from rihai.access.auth import actor_for

        return actor_for(self.users[role], via="api")


def make_agency(db: Session, **kw: object) -> Agency:
    return access_service.create_agency(db, Actor.system("test"), data=AgencyFactory(**kw))


def make_user(db: Session, agency: Agency, *roles: Role | str, username: str | None = None) -> User:
    name = username or f"{'-'.join(str(r) for r in roles).replace('_', '-')}-{random.randrange(10**8)}"
    return access_service.create_user(db, Actor.system("test"), data=UserCreate(
        agency_id=agency.id, username=name, display_name=f"{name} (TEST)", password=PASSWORD,
        roles=[Role(r) for r in roles]))


def make_world(db: Session) -> World:
    world = World(agency=make_agency(db), other_agency=make_agency(db))
    for role in Role:
        world.users[str(role)] = make_user(db, world.agency, role)
    world.users["other_caseworker"] = make_user(db, world.other_agency, Role.CASEWORKER)
    db.flush()
    return world


def make_case(db: Session, actor: Actor, **kw: object) -> Case:
    return case_service.open_case(db, actor, data=CaseFactory(**kw))
