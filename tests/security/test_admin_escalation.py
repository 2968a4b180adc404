"""Issue 13, item 2: an administrator cannot reach case records by granting roles.

Each test is the attack as an administrator would try it over HTTP (the API with their bearer
token, or the admin pages with a cookie and CSRF token), then shows it fails: the role is refused
or only requested, and case routes stay closed until a *second* administrator approves.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from conftest import enrol_totp
from factories import PASSWORD, make_user
from fastapi.testclient import TestClient

from rihai import notify
from rihai.access import auth
from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.models import AuditEvent, RoleGrantRequest, User, UserRole
from rihai.access.permissions import CASE_PERMISSIONS, Role, permissions_for
from rihai.access.schemas import UserCreate

NEW_PASSWORD = "a-long-password-42"


@pytest.fixture
def grant_world(db, world):  # type: ignore[no-untyped-def]
    """The shared world plus a second administrator, to decide what the first asks for; committed."""
    world.users["admin2"] = make_user(db, world.agency, Role.ADMINISTRATOR)
    # A supervisor with an address, to be told of grants in their agency.
    world.users["boss"] = access_service.create_user(db, Actor.system("test"), data=UserCreate(
        agency_id=world.agency.id, username="boss.supervisor", display_name="Boss (TEST)",
        email="boss@example.invalid", password=PASSWORD, roles=[Role.SUPERVISOR]))
    db.commit()
    return world


@pytest.fixture
def told(monkeypatch) -> list[tuple[Any, ...]]:  # type: ignore[no-untyped-def]
    """What was handed to ``notify.queue`` (recipients, subject, body)."""
    sent: list[tuple[Any, ...]] = []
    monkeypatch.setattr(notify, "queue", lambda session, to, subject, body: sent.append((tuple(to), subject, body)))
    return sent


def bearer(db, user: User) -> dict[str, str]:  # type: ignore[no-untyped-def]
    raw, _ = auth.create_token(db, auth.actor_for(user, via="api"), name="attack (TEST)",
                               scopes=sorted(permissions_for(frozenset(Role(r) for r in user.roles))),
                               expires_in_days=1)
    db.commit()
    return {"Authorization": f"Bearer {raw}"}


@pytest.fixture
def api(app) -> TestClient:  # type: ignore[no-untyped-def]
    return TestClient(app, base_url="http://testserver")


def roles_of(db, user_id: int) -> set[str]:  # type: ignore[no-untyped-def]
    db.expire_all()
    return set(db.scalars(sa.select(UserRole.role).where(UserRole.user_id == user_id)))


def test_self_grant_of_supervisor_is_refused(api, db, grant_world, make_browser) -> None:
    admin = grant_world.users["administrator"]
    h = bearer(db, admin)
    for roles in (["administrator", "supervisor"], ["administrator", "caseworker"]):
        r = api.patch(f"/api/v1/users/{admin.id}", headers=h, json={"version": admin.version, "roles": roles})
        assert r.status_code == 422, r.text
        assert "admin-no-case-role" in r.text
    # Dropping administrator for supervisor on oneself is refused too (no self-demotion).
    r = api.patch(f"/api/v1/users/{admin.id}", headers=h, json={"version": admin.version, "roles": ["supervisor"]})
    assert r.status_code == 422
    assert roles_of(db, admin.id) == {"administrator"}
    assert db.scalar(sa.select(sa.func.count()).select_from(RoleGrantRequest)) == 0
    assert api.get("/api/v1/cases", headers=h).status_code == 403
    # The same through the admin pages.
    b = make_browser()
    b.login(admin.username, PASSWORD)
    enrol_totp(b)
    page = b.get(f"/admin/users/{admin.id}/edit").text
    version = re.search(r'name="version" value="(\d+)"', page).group(1)
    r = b.form(f"/admin/users/{admin.id}/edit", {"version": version, "display_name": "Admin (TEST)",
                                                  "roles": ["administrator", "supervisor"], "is_active": "yes"})
    assert r.status_code == 422 and "cannot also hold" in r.text
    assert roles_of(db, admin.id) == {"administrator"}
    assert b.get("/api/v1/cases").status_code == 403


def test_supervisor_account_made_by_an_admin_cannot_read_cases_until_a_second_admin_approves(
        api, db, grant_world, make_browser, told) -> None:
    admin = grant_world.users["administrator"]
    r = api.post("/api/v1/users", headers=bearer(db, admin), json={
        "agency_id": grant_world.agency.id, "username": "puppet.sup", "display_name": "Puppet (TEST)",
        "password": NEW_PASSWORD, "roles": ["supervisor"]})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["roles"] == [] and body["pending_roles"] == ["supervisor"]
    puppet_id = body["id"]
    # The administrator signs in as the account they made: it opens no case.
    b = make_browser()
    b.login("puppet.sup", NEW_PASSWORD)
    assert b.get("/api/v1/cases").status_code == 403
    assert b.get("/cases/search").status_code == 403
    me = b.get("/api/v1/me").json()
    assert not set(me["permissions"]) & {str(p) for p in CASE_PERMISSIONS}
    # Nor can it mint a token with a case scope.
    assert b.post("/api/v1/tokens", json={"name": "x (TEST)", "scopes": ["cases:case:read"]}).status_code == 403
    # The agency's supervisor was told, without personal data.
    assert any("boss@example.invalid" in to for to, _, _ in told)
    assert all("puppet" not in subject + text.lower() for _, subject, text in told)
    # A second administrator approves: now, and only now, the account is a supervisor.
    grant_id = db.scalar(sa.select(RoleGrantRequest.id).where(RoleGrantRequest.user_id == puppet_id))
    r = api.post(f"/api/v1/role-grants/{grant_id}/approve", headers=bearer(db, grant_world.users["admin2"]))
    assert r.status_code == 200, r.text
    assert r.json()["decision"] == "approved"
    assert b.get("/api/v1/cases").status_code == 200
    tags = set(db.scalars(sa.select(AuditEvent.tag)))
    assert {"access:grant:request", "access:grant:approve"} <= tags


def test_an_admin_cannot_approve_their_own_request(api, db, grant_world, make_browser) -> None:
    admin, admin2 = grant_world.users["administrator"], grant_world.users["admin2"]
    target = grant_world.users["analyst"]
    h = bearer(db, admin)
    r = api.patch(f"/api/v1/users/{target.id}", headers=h,
                  json={"version": target.version, "roles": ["analyst", "caseworker"]})
    assert r.status_code == 200 and r.json()["pending_roles"] == ["caseworker"]
    listed = api.get("/api/v1/role-grants", headers=h).json()
    grant_id = next(g["id"] for g in listed if g["user_id"] == target.id)
    r = api.post(f"/api/v1/role-grants/{grant_id}/approve", headers=h)
    assert r.status_code == 403 and "four-eyes" in r.text
    assert roles_of(db, target.id) == {"analyst"}
    # Nor through the admin page (cookie + CSRF): no button, and a forged post is refused.
    b = make_browser()
    b.login(admin.username, PASSWORD)
    enrol_totp(b)
    page = b.get("/admin/users").text
    assert f"/admin/role-grants/{grant_id}/approve" not in page and "Another administrator must decide" in page
    assert b.form(f"/admin/role-grants/{grant_id}/approve", {}).status_code == 403
    assert roles_of(db, target.id) == {"analyst"}
    denied = db.scalars(sa.select(AuditEvent).where(AuditEvent.tag == "access:authz:denied",
                                                    AuditEvent.subject_type == "role_grant")).all()
    assert len(denied) == 2
    # An administrator account the first one makes cannot be the second pair of eyes either:
    # the administrator role itself waits for approval.
    r = api.post("/api/v1/users", headers=h, json={
        "agency_id": grant_world.agency.id, "username": "puppet.admin", "display_name": "Puppet (TEST)",
        "password": NEW_PASSWORD, "roles": ["administrator"]})
    assert r.status_code == 201 and r.json()["roles"] == [] and r.json()["pending_roles"] == ["administrator"]
    puppet = make_browser()
    puppet.login("puppet.admin", NEW_PASSWORD)
    assert puppet.post(f"/api/v1/role-grants/{grant_id}/approve").status_code == 403
    assert roles_of(db, target.id) == {"analyst"}
    # The real second administrator can, once; a second decision conflicts.
    h2 = bearer(db, admin2)
    assert api.post(f"/api/v1/role-grants/{grant_id}/approve", headers=h2).status_code == 200
    assert api.post(f"/api/v1/role-grants/{grant_id}/refuse", headers=h2).status_code == 409
    assert roles_of(db, target.id) == {"analyst", "caseworker"}


def test_admin_and_case_role_never_on_one_account(api, db, grant_world, make_browser) -> None:
    h = bearer(db, grant_world.users["administrator"])
    # Create: refused through the API and the admin page.
    r = api.post("/api/v1/users", headers=h, json={
        "agency_id": grant_world.agency.id, "username": "both.roles", "display_name": "Both (TEST)",
        "password": NEW_PASSWORD, "roles": ["administrator", "investigator"]})
    assert r.status_code == 422 and "admin-no-case-role" in r.text
    b = make_browser()
    b.login(grant_world.users["administrator"].username, PASSWORD)
    enrol_totp(b)
    r = b.form("/admin/users/new", {"agency_id": str(grant_world.agency.id), "username": "both.roles",
                                    "display_name": "Both (TEST)", "password": NEW_PASSWORD,
                                    "roles": ["administrator", "supervisor"]})
    assert r.status_code == 422 and "cannot also hold" in r.text
    assert db.scalar(sa.select(User.id).where(User.username == "both.roles")) is None
    # Update: adding administrator to a caseworker is refused.
    cw = grant_world.users["caseworker"]
    r = api.patch(f"/api/v1/users/{cw.id}", headers=h,
                  json={"version": cw.version, "roles": ["caseworker", "administrator"]})
    assert r.status_code == 422
    assert roles_of(db, cw.id) == {"caseworker"}
    # Approval: a grant asked for before the account became an administrator cannot land after.
    analyst = grant_world.users["analyst"]
    r = api.patch(f"/api/v1/users/{analyst.id}", headers=h,
                  json={"version": analyst.version, "roles": ["analyst", "supervisor"]})
    assert r.status_code == 200
    grant_id = db.scalar(sa.select(RoleGrantRequest.id).where(RoleGrantRequest.user_id == analyst.id))
    db.add(UserRole(user_id=analyst.id, role="administrator"))
    db.commit()
    r = api.post(f"/api/v1/role-grants/{grant_id}/approve", headers=bearer(db, grant_world.users["admin2"]))
    assert r.status_code == 422 and "admin-no-case-role" in r.text
    assert "supervisor" not in roles_of(db, analyst.id)


def test_a_legacy_admin_with_a_case_role_acts_as_admin_only(api, db, grant_world, make_browser) -> None:
    # A row written before the rule (or around the services): administrator + supervisor.
    legacy = make_user(db, grant_world.agency, Role.ADMINISTRATOR)
    db.add(UserRole(user_id=legacy.id, role="supervisor"))
    db.commit()
    db.expire_all()
    legacy = db.get(User, legacy.id)
    assert legacy.roles == {"administrator", "supervisor"}
    actor = auth.actor_for(legacy, via="api")
    assert not actor.permissions & CASE_PERMISSIONS and not actor.sees_whole_agency
    # Token path: no case route, even with a token naming a case scope.
    raw, _ = auth.create_token(db, Actor.for_user(legacy.id, legacy.agency_id, frozenset({"administrator"}),
                                                  via="api"), name="legacy (TEST)",
                               scopes=["access:user:read"], expires_in_days=1)
    token = db.get(type(_), _.id)
    token.scopes = ["access:user:read", "cases:case:read"]
    db.commit()
    h = {"Authorization": f"Bearer {raw}"}
    assert api.get("/api/v1/cases", headers=h).status_code == 403
    assert api.get("/api/v1/users", headers=h).status_code == 200
    # Cookie path.
    b = make_browser()
    b.login(legacy.username, PASSWORD)
    enrol_totp(b)
    assert b.get("/api/v1/cases").status_code == 403
    assert b.get("/cases/search").status_code == 403
    assert "cases:case:read" not in b.get("/api/v1/me").json()["permissions"]


def test_resetting_a_supervisors_password_does_not_open_their_cases(api, db, grant_world, make_browser, told) -> None:
    admin, sup = grant_world.users["administrator"], grant_world.users["supervisor"]
    b = make_browser()
    b.login(admin.username, PASSWORD)
    enrol_totp(b)
    r = b.form(f"/admin/users/{sup.id}/password", {"password": NEW_PASSWORD})
    assert r.status_code == 200 and "second administrator" in r.text
    # The administrator signs in as the supervisor with the password they chose: no case opens.
    as_sup = make_browser()
    as_sup.login(sup.username, NEW_PASSWORD)
    assert as_sup.get("/api/v1/cases").status_code == 403
    assert roles_of(db, sup.id) == set()
    assert any("boss@example.invalid" in to for to, _, _ in told)
    # A second administrator gives the role back (having checked with the supervisor).
    grant_id = db.scalar(sa.select(RoleGrantRequest.id).where(RoleGrantRequest.user_id == sup.id))
    assert api.post(f"/api/v1/role-grants/{grant_id}/approve", headers=bearer(db, admin)).status_code == 403
    assert api.post(f"/api/v1/role-grants/{grant_id}/approve",
                    headers=bearer(db, grant_world.users["admin2"])).status_code == 200
    assert as_sup.get("/api/v1/cases").status_code == 200


def _grant(db, user_id: int) -> RoleGrantRequest:  # type: ignore[no-untyped-def]
    db.expire_all()
    return db.scalars(sa.select(RoleGrantRequest).where(RoleGrantRequest.user_id == user_id)
                      .order_by(RoleGrantRequest.id.desc())).first()


def test_unticking_a_pending_role_withdraws_the_request(api, db, grant_world, make_browser) -> None:
    """A role unticked before approval stayed pending: a second administrator could still approve
    what the first had taken back."""
    admin, admin2 = grant_world.users["administrator"], grant_world.users["admin2"]
    h, h2 = bearer(db, admin), bearer(db, admin2)
    # Through the API: a PATCH that leaves the pending role out.
    target = grant_world.users["analyst"]
    r = api.patch(f"/api/v1/users/{target.id}", headers=h,
                  json={"version": target.version, "roles": ["analyst", "caseworker"]})
    assert r.status_code == 200 and r.json()["pending_roles"] == ["caseworker"]
    r = api.patch(f"/api/v1/users/{target.id}", headers=h,
                  json={"version": r.json()["version"], "roles": ["analyst"]})
    assert r.status_code == 200 and r.json()["pending_roles"] == []
    grant = _grant(db, target.id)
    assert grant.decision == "withdrawn" and grant.decided_by == admin.id
    r = api.post(f"/api/v1/role-grants/{grant.id}/approve", headers=h2)
    assert r.status_code == 409 and "grant-decided" in r.text
    assert roles_of(db, target.id) == {"analyst"}
    assert grant.id not in {g["id"] for g in api.get("/api/v1/role-grants", headers=h2).json()}
    # A PATCH that does not mention roles leaves pending requests alone.
    cw = grant_world.users["caseworker"]
    r = api.patch(f"/api/v1/users/{cw.id}", headers=h,
                  json={"version": cw.version, "roles": ["caseworker", "supervisor"]})
    r = api.patch(f"/api/v1/users/{cw.id}", headers=h,
                  json={"version": r.json()["version"], "display_name": "Renamed (TEST)"})
    assert r.status_code == 200 and r.json()["pending_roles"] == ["supervisor"]
    # Through the edit form: the pending role shows ticked; unticking it and saving withdraws it.
    b = make_browser()
    b.login(admin.username, PASSWORD)
    enrol_totp(b)
    page = b.get(f"/admin/users/{cw.id}/edit").text
    assert 'data-testid="pending-role"' in page
    version = re.search(r'name="version" value="(\d+)"', page).group(1)
    r = b.form(f"/admin/users/{cw.id}/edit", {"version": version, "display_name": "Renamed (TEST)",
                                              "roles": ["caseworker"], "is_active": "yes"},
               follow_redirects=False)
    assert r.status_code == 303, r.text[:300]
    grant = _grant(db, cw.id)
    assert grant.decision == "withdrawn"
    assert api.post(f"/api/v1/role-grants/{grant.id}/approve", headers=h2).status_code == 409
    assert roles_of(db, cw.id) == {"caseworker"}
    withdrawn = db.scalars(sa.select(AuditEvent).where(AuditEvent.tag == "access:grant:withdraw")).all()
    assert sorted(e.subject_id for e in withdrawn) == sorted(
        str(i) for i in db.scalars(sa.select(RoleGrantRequest.id).where(RoleGrantRequest.decision == "withdrawn")))
    assert len(withdrawn) == 2


def test_a_stale_grant_cannot_be_approved(api, db, grant_world, make_browser) -> None:
    """Pending grants waited forever: one asked for months ago could still be approved."""
    admin, admin2 = grant_world.users["administrator"], grant_world.users["admin2"]
    h, h2 = bearer(db, admin), bearer(db, admin2)
    target = grant_world.users["analyst"]
    r = api.patch(f"/api/v1/users/{target.id}", headers=h,
                  json={"version": target.version, "roles": ["analyst", "caseworker"]})
    assert r.status_code == 200
    grant = _grant(db, target.id)
    grant.requested_at = grant.requested_at - timedelta(days=15)  # RIHAI_ROLE_GRANT_DAYS: 14
    db.commit()
    r = api.post(f"/api/v1/role-grants/{grant.id}/approve", headers=h2)
    assert r.status_code == 409 and r.headers["content-type"].startswith("application/problem+json")
    assert "grant-expired" in r.text and "expired" in r.json()["detail"]
    assert roles_of(db, target.id) == {"analyst"}
    assert _grant(db, target.id).decision == "expired"
    assert db.scalar(sa.select(AuditEvent.tag).where(AuditEvent.subject_type == "role_grant",
                                                     AuditEvent.subject_id == str(grant.id))
                     .order_by(AuditEvent.seq.desc())) == "access:grant:expire"
    # It can be asked for again, and a request inside the window is approved.
    r = api.patch(f"/api/v1/users/{target.id}", headers=h,
                  json={"version": _version(db, target.id), "roles": ["analyst", "caseworker"]})
    assert r.status_code == 200 and r.json()["pending_roles"] == ["caseworker"]
    again = _grant(db, target.id)
    assert again.id != grant.id
    again.requested_at = again.requested_at - timedelta(days=13)
    db.commit()
    # Through the admin page too: an expired one is refused with the reason on the page.
    stale = _grant(db, target.id)
    b = make_browser()
    b.login(admin2.username, PASSWORD)
    enrol_totp(b)
    assert b.form(f"/admin/role-grants/{stale.id}/approve", {}, follow_redirects=False).status_code == 303
    assert roles_of(db, target.id) == {"analyst", "caseworker"}
    cw = grant_world.users["caseworker"]
    r = api.patch(f"/api/v1/users/{cw.id}", headers=h, json={"version": cw.version, "roles": ["caseworker", "supervisor"]})
    old = _grant(db, cw.id)
    old.requested_at = old.requested_at - timedelta(days=30)
    db.commit()
    page = b.form(f"/admin/role-grants/{old.id}/approve", {})
    assert page.status_code == 409 and "has expired" in page.text
    assert roles_of(db, cw.id) == {"caseworker"} and _grant(db, cw.id).decision == "expired"


def _version(db, user_id: int) -> int:  # type: ignore[no-untyped-def]
    db.expire_all()
    return db.get(User, user_id).version
