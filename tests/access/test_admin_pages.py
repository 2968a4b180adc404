"""Administration pages: agencies and accounts, driven through the forms an administrator uses."""

from __future__ import annotations

import re

import pytest
from conftest import enrol_totp
from factories import PASSWORD

from rihai.access.models import Agency, User
from rihai.db import utcnow

HX = {"HX-Request": "true"}


@pytest.fixture
def admin(make_browser, committed_world):  # type: ignore[no-untyped-def]
    b = make_browser()
    b.login(committed_world.users["administrator"].username, PASSWORD)
    enrol_totp(b)
    return b


def test_admin_creates_an_agency(admin, db) -> None:
    assert admin.get("/admin/agencies/new").status_code == 200
    d = admin.get("/admin/districts?province=PK-KP", headers=HX)
    assert "Peshawar" in d.text and "<html" not in d.text
    r = admin.form("/admin/agencies/new", {"name": "Shelter Peshawar (TEST)", "org_type": "NGO",
                                            "country": "PK", "province": "PK-KP", "district": "peshawar"},
                   follow_redirects=False)
    assert r.status_code == 303, r.text[:2000]
    listing = admin.get("/admin/agencies").text
    assert "Shelter Peshawar (TEST)" in listing
    agency = db.query(Agency).filter_by(name="Shelter Peshawar (TEST)").one()
    assert agency.district == "Peshawar"
    dup = admin.form("/admin/agencies/new", {"name": "shelter peshawar (test)", "org_type": "NGO"})
    assert dup.status_code == 409 and 'value="shelter peshawar (test)"' in dup.text
    bad = admin.form("/admin/agencies/new", {"name": "Other (TEST)", "org_type": "NGO", "province": "PK-SD",
                                              "district": "Peshawar"})
    assert bad.status_code == 422 and 'value="Other (TEST)"' in bad.text
    edit = admin.form(f"/admin/agencies/{agency.id}/edit", {"name": "Shelter KP (TEST)"}, follow_redirects=False)
    assert edit.status_code == 303
    db.expire_all()
    assert agency.name == "Shelter KP (TEST)" and agency.is_active is False


def test_admin_creates_a_user_who_can_sign_in(admin, committed_world, make_browser, db) -> None:
    r = admin.form("/admin/users/new", {"agency_id": str(committed_world.agency.id), "username": "new.worker",
                                         "display_name": "New Worker (TEST)", "password": "a-long-password-42",
                                         "roles": ["caseworker", "supervisor"]}, follow_redirects=False)
    assert r.status_code == 303, r.text[:2000]
    assert "New Worker (TEST)" in admin.get("/admin/users").text
    user = db.query(User).filter_by(username="new.worker").one()
    # Case roles wait for a second administrator (four eyes): the account starts without them.
    assert user.roles == set()
    assert admin.get("/admin/users").text.count('data-testid="pending-role"') == 2
    b = make_browser()
    b.login("new.worker", "a-long-password-42")
    assert b.get("/").status_code == 200
    assert b.get("/cases/search").status_code == 403


def test_user_form_errors_keep_input_but_not_the_password(admin, committed_world) -> None:
    r = admin.form("/admin/users/new", {"agency_id": str(committed_world.agency.id), "username": "Bad Name!",
                                         "display_name": "Kept Name (TEST)", "password": "short-secret",
                                         "roles": ["analyst"]})
    assert r.status_code == 422
    assert 'value="Kept Name (TEST)"' in r.text and "short-secret" not in r.text
    assert re.search(r'value="analyst" checked', r.text)


def test_admin_edits_roles_unlocks_and_resets_password(admin, committed_world, db, make_browser) -> None:
    target = committed_world.users["caseworker"]
    target.failed_logins = 5
    target.locked_until = utcnow().replace(year=utcnow().year + 1)
    db.commit()
    page = admin.get(f"/admin/users/{target.id}/edit")
    assert "locked" in page.text
    version = re.search(r'name="version" value="(\d+)"', page.text).group(1)
    r = admin.form(f"/admin/users/{target.id}/edit", {"version": version, "display_name": "Renamed (TEST)",
                                                       "roles": ["caseworker", "prosecutor"], "is_active": "yes",
                                                       "unlock": "yes"}, follow_redirects=False)
    assert r.status_code == 303, r.text[:2000]
    stale = admin.form(f"/admin/users/{target.id}/edit", {"version": version, "display_name": "Again (TEST)",
                                                           "roles": ["caseworker"], "is_active": "yes"})
    assert stale.status_code == 409 and 'value="Again (TEST)"' in stale.text
    reset = admin.form(f"/admin/users/{target.id}/password", {"password": "brand-new-password-7"})
    assert reset.status_code == 200 and "password was reset" in reset.text
    # The administrator knows the new password: the case role waits for a second administrator.
    db.expire_all()
    assert db.get(User, target.id).roles == set()
    assert 'data-testid="pending-role"' in reset.text
    weak = admin.form(f"/admin/users/{target.id}/password", {"password": "x"})
    assert weak.status_code == 422
    b = make_browser()
    b.login(target.username, "brand-new-password-7")


@pytest.mark.parametrize("role", ["caseworker", "supervisor"])
def test_case_workers_cannot_administer(make_browser, committed_world, role) -> None:
    b = make_browser()
    b.login(committed_world.users[role].username, PASSWORD)
    assert b.get("/admin/users").status_code == 403
    assert b.get("/admin/agencies").status_code == 403
    assert b.form("/admin/agencies/new", {"name": "X (TEST)", "org_type": "NGO"}).status_code == 403


def test_markup_in_names_is_escaped(admin, committed_world) -> None:
    r = admin.form("/admin/agencies/new", {"name": "<script>alert(1)</script> (TEST)", "org_type": "NGO"},
                   follow_redirects=False)
    assert r.status_code == 303
    html = admin.get("/admin/agencies").text
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_account_tokens_created_once_and_revoked(make_browser, committed_world) -> None:
    b = make_browser()
    b.login(committed_world.users["caseworker"].username, PASSWORD)
    r = b.form("/account/tokens", {"name": "sync (TEST)", "scopes": ["cases:case:read"], "expires_in_days": "30"})
    assert r.status_code == 200, r.text[:2000]
    raw = re.search(r'data-testid="new-token">([^<]+)<', r.text).group(1)
    assert b.client.get("/api/v1/cases", headers={"Authorization": f"Bearer {raw}"}).status_code == 200
    page = b.get("/account").text
    assert raw not in page and "sync (TEST)" in page
    token_id = re.search(r"/account/tokens/(\d+)/revoke", page).group(1)
    assert b.form(f"/account/tokens/{token_id}/revoke", {}, follow_redirects=False).status_code == 303
    assert b.client.get("/api/v1/cases", headers={"Authorization": f"Bearer {raw}"}).status_code == 401
    too_much = b.form("/account/tokens", {"name": "x", "scopes": ["access:user:manage"]})
    assert too_much.status_code in (403, 422)


def test_second_admin_approves_a_pending_grant_on_the_users_page(admin, committed_world, db, make_browser) -> None:
    from factories import make_user

    from rihai.access.models import RoleGrantRequest

    target = committed_world.users["analyst"]
    page = admin.get(f"/admin/users/{target.id}/edit").text
    version = re.search(r'name="version" value="(\d+)"', page).group(1)
    r = admin.form(f"/admin/users/{target.id}/edit", {"version": version, "display_name": target.display_name,
                                                       "roles": ["analyst", "prosecutor"], "is_active": "yes"},
                   follow_redirects=False)
    assert r.status_code == 303, r.text[:2000]
    edit = admin.get(f"/admin/users/{target.id}/edit").text
    assert 'data-testid="pending-role"' in edit and re.search(r'value="prosecutor" checked', edit)
    grant = db.query(RoleGrantRequest).filter_by(user_id=target.id).one()
    second = make_user(db, committed_world.agency, "administrator")
    db.commit()
    b = make_browser()
    b.login(second.username, PASSWORD)
    enrol_totp(b)
    listing = b.get("/admin/users").text
    assert f'data-testid="grant-{grant.id}"' in listing
    r = b.form(f"/admin/role-grants/{grant.id}/approve", {}, follow_redirects=False)
    assert r.status_code == 303
    db.expire_all()
    assert db.get(User, target.id).roles == {"analyst", "prosecutor"}
    again = b.form(f"/admin/role-grants/{grant.id}/refuse", {})
    assert again.status_code == 409 and "already been decided" in again.text
    # Without the session's CSRF token the post is refused before anything is decided.
    assert b.client.post(f"/admin/role-grants/{grant.id}/refuse", data={}).status_code == 403
