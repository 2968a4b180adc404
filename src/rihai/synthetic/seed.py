"""Writing synthetic data: agencies and accounts through the access services, and cases through
``cases.service.open_case`` (every check, audit row and blind index, as a user would). The bulk
path for benchmarks is in ``bulk.py``.

Callers own the transaction (the CLI command commits).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.permissions import Role
from rihai.access.service import Agency, AgencyCreate, User, UserCreate
from rihai.cases import service as case_service
from rihai.cases.service import CaseCreate

from .generator import Generator, marked
from .vocab import AGENCIES, OPENER_ROLE

Progress = Callable[[int], None]

# One demo account per role, and the agency it belongs to.
DEMO_USERS: dict[Role, str] = {
    Role.CASEWORKER: "shelter_lhr",
    Role.SUPERVISOR: "shelter_lhr",
    Role.INVESTIGATOR: "fia_lhr",
    Role.PROSECUTOR: "fia_lhr",
    Role.CONSULAR_OFFICER: "emb_bkk",
    Role.ANALYST: "shelter_lhr",
    Role.ADMINISTRATOR: "shelter_lhr",
}
CASE_OPENING_ROLES = {Role.CASEWORKER, Role.INVESTIGATOR, Role.CONSULAR_OFFICER}
# Extra demo accounts so the README's walk-through runs end to end in the browser: the FIA circle's
# supervisor (assigns its prosecutor, closes its cases) and the legal aid clinic's caseworker
# (answers legal-aid referrals; the Lahore shelter's is demo.caseworker).
EXTRA_DEMO_USERS: dict[str, tuple[Role, str]] = {
    "demo.fia-supervisor": (Role.SUPERVISOR, "fia_lhr"),
    "demo.legal-aid": (Role.CASEWORKER, "legal_lhr"),
}


def demo_username(role: Role | str) -> str:
    return f"demo.{role}"


def staff_username(agency_key: str, role: str) -> str:
    return f"staff.{agency_key.replace('_', '-')}.{role.replace('_', '-')}"


@dataclass
class Directory:
    """The synthetic organisations and the accounts that open and supervise their cases."""

    agencies: dict[str, Agency] = field(default_factory=dict)
    openers: dict[str, list[User]] = field(default_factory=dict)
    supervisors: dict[str, User] = field(default_factory=dict)
    demo: dict[Role, User] = field(default_factory=dict)


def database_is_empty(session: Session) -> bool:
    return not session.scalar(select(func.count()).select_from(Agency))


def _actor(user: User) -> Actor:
    return Actor.for_user(user.id, user.agency_id, user.roles, via="cli",
                          display_name=user.display_name)


def ensure_directory(session: Session, *, demo_password: str | None = None) -> Directory:
    """Create (once) every synthetic agency and its staff accounts; with ``demo_password``, also the
    ``demo.<role>`` accounts, whose password is (re)set to it. Idempotent."""
    system = Actor.system("cli")
    directory = Directory()
    for key, (name, org_type, country, province, district) in AGENCIES.items():
        full = marked(name)
        agency = session.scalar(select(Agency).where(Agency.name == full))
        if agency is None:
            agency = access_service.create_agency(session, system, is_synthetic=True, data=AgencyCreate(
                name=full, org_type=org_type, country=country, province=province, district=district))
        directory.agencies[key] = agency
        opener_role = OPENER_ROLE[org_type]
        directory.openers[key] = [_ensure_user(session, agency, staff_username(key, opener_role),
                                               Role(opener_role), None)]
        directory.supervisors[key] = _ensure_user(session, agency, staff_username(key, "supervisor"),
                                                  Role.SUPERVISOR, None)
    if demo_password is not None:
        for role, key in DEMO_USERS.items():
            user = _ensure_user(session, directory.agencies[key], demo_username(role), role,
                                demo_password)
            directory.demo[role] = user
            if role in CASE_OPENING_ROLES:
                directory.openers[key].append(user)
        for username, (role, key) in EXTRA_DEMO_USERS.items():
            _ensure_user(session, directory.agencies[key], username, role, demo_password)
    return directory


def _ensure_user(session: Session, agency: Agency, username: str, role: Role,
                 password: str | None) -> User:
    system = Actor.system("cli")
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        return access_service.create_user(session, system, data=UserCreate(
            agency_id=agency.id, username=username, roles=[role],
            display_name=marked(username.replace(".", " ").title()),
            # Staff accounts exist to own cases; nobody signs in as them.
            password=password or secrets.token_urlsafe(24)))
    if password is not None:
        access_service.set_password(session, system, user.id, password)
    return user


# -- through the services ----------------------------------------------------------------------

def seed_via_services(session: Session, directory: Directory, n: int, *, seed: int | None = None,
                      progress: Progress | None = None) -> int:
    """Open ``n`` cases as the agencies' own staff would, through ``open_case``. A third of the
    FIA Lahore cases are also assigned to the demo prosecutor, by the circle's supervisor."""
    gen = Generator(seed)
    prosecutor = directory.demo.get(Role.PROSECUTOR)
    for i in range(n):
        sc = gen.draw()
        openers = directory.openers[sc.owner]
        opener = openers[i % len(openers)]
        case = case_service.open_case(session, _actor(opener), data=CaseCreate.model_validate(sc.data),
                                      is_synthetic=True)
        if prosecutor is not None and sc.owner == DEMO_USERS[Role.PROSECUTOR] and i % 3 == 0:
            case_service.assign(session, _actor(directory.supervisors[sc.owner]), case.id,
                                user_id=prosecutor.id)
        if progress and (i + 1) % 50 == 0:
            session.expunge_all()
            progress(50)
    if progress:
        progress(n % 50)
    return n


def new_demo_password() -> str:
    """Readable, long enough for the password rules, different every run."""
    words = ["mango", "river", "kite", "lantern", "saffron", "monsoon", "cedar", "falcon", "indus",
             "jasmine", "lotus", "orchard", "pebble", "quartz", "tundra", "violet"]
    return "-".join(secrets.choice(words) for _ in range(3)) + f"-{secrets.randbelow(100):02d}"


__all__ = ["DEMO_USERS", "Directory", "database_is_empty", "demo_username", "ensure_directory",
           "new_demo_password", "seed_via_services", "staff_username"]
