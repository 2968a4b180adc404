"""``rihai users create|list|grants|approve-grant|refuse-grant`` and ``rihai agencies create|list``:
account administration from the server's shell (the first administrator is created this way).
Changes are audited as the CLI.

Deciding role grants here is not a way around four eyes (``access.grants``): whoever has the
server's shell already holds the keyring and the database, so it adds no power; it lets a
deployment with a single administrator decide what that administrator asked for."""

from __future__ import annotations

import sys

import typer
from pydantic import ValidationError
from rich.table import Table

from rihai.access import service
from rihai.access.actors import Actor
from rihai.access.permissions import Role
from rihai.access.service import AgencyCreate, OrgType, User, UserCreate
from rihai.db import transaction
from rihai.errors import RihaiError

from .common import DataDir, console, fail, make_settings, open_database, require_ready

users_app = typer.Typer(no_args_is_help=True, help="User accounts.")
agencies_app = typer.Typer(no_args_is_help=True, help="Agencies (organisations).")

CLI = Actor.system("cli")


def _explain(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
    if isinstance(exc, RihaiError):
        return exc.detail + (f" ({exc.field})" if exc.field else "")
    return str(exc)


@users_app.command("create")
def create_user(
    agency: int = typer.Option(..., "--agency", help="Agency id (see 'rihai agencies list')."),
    username: str = typer.Option(..., help="Lower-case letters, digits, '.', '_' or '-'."),
    role: list[Role] = typer.Option(..., "--role", help="Role; repeat for several."),
    display_name: str | None = typer.Option(None, help="Name shown in the interface."),
    email: str | None = typer.Option(None),
    password_stdin: bool = typer.Option(False, "--password-stdin",
                                        help="Read the password from standard input."),
    data_dir: DataDir = None,
) -> None:
    """Create an account. The password is asked twice (hidden), or read from stdin."""
    settings = make_settings(data_dir)
    require_ready(settings)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    engine, factory = open_database(settings)
    try:
        with transaction(factory) as session:
            user = service.create_user(session, CLI, data=UserCreate(
                agency_id=agency, username=username, display_name=display_name or username,
                email=email, password=password, roles=role))
            user_id, roles = user.id, sorted(user.roles)
    except (ValidationError, RihaiError) as exc:
        fail(f"could not create the account: {_explain(exc)}")
    finally:
        engine.dispose()
    console.print(f"created user [bold]{username}[/] (id {user_id}) with roles {', '.join(roles)}")
    if any(Role(r) in {Role.INVESTIGATOR, Role.ADMINISTRATOR} for r in roles):
        console.print("this account must set up TOTP two-factor at first sign-in")


@users_app.command("list")
def list_users(data_dir: DataDir = None,
               agency: int | None = typer.Option(None, "--agency", help="Only this agency.")) -> None:
    """List accounts."""
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    table = Table("id", "username", "display name", "agency", "roles", "active", "TOTP")
    try:
        with transaction(factory) as session:
            for u in service.list_users(session, CLI, agency_id=agency):
                table.add_row(str(u.id), u.username, u.display_name, str(u.agency_id),
                              ", ".join(sorted(u.roles)), "yes" if u.is_active else "no",
                              "yes" if u.totp_enabled else "no")
    finally:
        engine.dispose()
    console.print(table)


@users_app.command("grants")
def list_grants(data_dir: DataDir = None) -> None:
    """List role grants waiting for a decision (oldest last)."""
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    table = Table("id", "user", "role", "requested by", "requested at (UTC)")
    try:
        with transaction(factory) as session:
            for g in service.list_grants(session, CLI):
                user, by = session.get(User, g.user_id), session.get(User, g.requested_by)
                table.add_row(str(g.id), user.username if user else str(g.user_id), g.role,
                              by.username if by else str(g.requested_by),
                              g.requested_at.strftime("%Y-%m-%d %H:%M"))
    finally:
        engine.dispose()
    console.print(table)
    console.print(f"requests older than {settings.role_grant_days} days (RIHAI_ROLE_GRANT_DAYS) "
                  "can no longer be approved")


def _decide(grant_id: int, verb: str, data_dir: DataDir) -> None:
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    try:
        session = factory()
        try:
            if verb == "approve":
                grant = service.approve_grant(session, CLI, grant_id, max_age_days=settings.role_grant_days)
            else:
                grant = service.refuse_grant(session, CLI, grant_id)
            decision, role = grant.decision, grant.role
            session.commit()
        except RihaiError as exc:
            if exc.persist:
                session.commit()  # e.g. an expired request is closed as such, with its audit row
            else:
                session.rollback()
            fail(f"could not {verb} request {grant_id}: {_explain(exc)}")
        finally:
            session.close()
    finally:
        engine.dispose()
    console.print(f"request {grant_id} ({role}): {decision}")


@users_app.command("approve-grant")
def approve_grant(grant_id: int = typer.Argument(..., help="Request id (see 'rihai users grants')."),
                  data_dir: DataDir = None) -> None:
    """Give the role a pending request asks for, as the system (audited)."""
    _decide(grant_id, "approve", data_dir)


@users_app.command("refuse-grant")
def refuse_grant(grant_id: int = typer.Argument(..., help="Request id (see 'rihai users grants')."),
                 data_dir: DataDir = None) -> None:
    """Refuse a pending role request, as the system (audited)."""
    _decide(grant_id, "refuse", data_dir)


@agencies_app.command("create")
def create_agency(
    name: str = typer.Option(..., help="Unique name."),
    org_type: OrgType = typer.Option(..., "--type", help="HTCDS organisation type."),
    country: str = typer.Option("PK", help="ISO 3166-1 alpha-2."),
    province: str | None = typer.Option(None, help="ISO 3166-2:PK code, e.g. PK-PB."),
    district: str | None = typer.Option(None),
    data_dir: DataDir = None,
) -> None:
    """Register an agency."""
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    try:
        with transaction(factory) as session:
            agency = service.create_agency(session, CLI, data=AgencyCreate(
                name=name, org_type=org_type, country=country, province=province, district=district))
            agency_id = agency.id
    except (ValidationError, RihaiError) as exc:
        fail(f"could not create the agency: {_explain(exc)}")
    finally:
        engine.dispose()
    console.print(f"created agency [bold]{name}[/] (id {agency_id})")


@agencies_app.command("list")
def list_agencies(data_dir: DataDir = None) -> None:
    """List agencies."""
    settings = make_settings(data_dir)
    require_ready(settings)
    engine, factory = open_database(settings)
    table = Table("id", "name", "type", "country", "province", "district", "active", "synthetic")
    try:
        with transaction(factory) as session:
            for a in service.list_agencies(session):
                table.add_row(str(a.id), a.name, a.org_type, a.country, a.province or "",
                              a.district or "", "yes" if a.is_active else "no",
                              "yes" if a.is_synthetic else "no")
    finally:
        engine.dispose()
    console.print(table)
