"""Signing in through the browser and the API: lockout, throttling, TOTP, tokens, CSRF, cookies."""

from __future__ import annotations

import re

import pyotp
import sqlalchemy as sa
from factories import PASSWORD

from rihai.access.models import AuditEvent, User


def test_sign_in_sets_hardened_session_cookie(browser, world):
    browser.refresh_csrf("/login")
    r = browser.client.post("/login", data={"username": world.users["caseworker"].username,
                                            "password": PASSWORD, "csrf_token": browser.csrf},
                            follow_redirects=False)
    assert r.status_code == 303
    cookie = r.headers["set-cookie"]
    assert "rihai_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")


def test_secure_flag_when_configured(app, world):
    from fastapi.testclient import TestClient

    app.state.settings.cookie_secure = True
    client = TestClient(app, base_url="https://testserver")
    html = client.get("/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    r = client.post("/login", data={"username": world.users["caseworker"].username, "password": PASSWORD,
                                    "csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303 and "Secure" in r.headers["set-cookie"]


def test_wrong_password_is_generic_and_slows_down_after_five(browser, world, db):
    user = world.users["caseworker"]
    for _ in range(5):
        browser.refresh_csrf("/login")
        r = browser.client.post("/login", data={"username": user.username, "password": "wrong-password-xx",
                                                "csrf_token": browser.csrf})
        assert r.status_code == 401
        assert "wrong username or password" in r.text
    browser.refresh_csrf("/login")
    r = browser.client.post("/login", data={"username": user.username, "password": PASSWORD,
                                            "csrf_token": browser.csrf})
    # This browser never signed in, so it waits out the backoff; the answer must not say so (it
    # used to say "locked", which told an outsider the account exists).
    assert r.status_code == 401 and "wrong username or password" in r.text and "locked" not in r.text
    db.expire_all()
    assert db.get(User, user.id).locked_until is not None
    tags = db.scalars(sa.select(AuditEvent.tag).where(AuditEvent.subject_id == str(user.id))).all()
    assert "access:session:locked" in tags and tags.count("access:session:login-failed") >= 5


def test_unknown_user_gets_same_message(browser, world):
    browser.refresh_csrf("/login")
    r = browser.client.post("/login", data={"username": "nobody-here", "password": "whatever-123456",
                                            "csrf_token": browser.csrf})
    assert r.status_code == 401 and "wrong username or password" in r.text


def test_login_form_without_csrf_is_refused(client, world):
    r = client.post("/login", data={"username": world.users["caseworker"].username, "password": PASSWORD})
    assert r.status_code == 403


def test_per_address_throttle(app, browser, world):
    app.state.login_throttle.per_minute = 3
    codes = []
    for _ in range(5):
        browser.refresh_csrf("/login")
        codes.append(browser.client.post("/login", data={"username": "x-nobody", "password": "y" * 12,
                                                         "csrf_token": browser.csrf}).status_code)
    assert codes[:3] == [401, 401, 401] and codes[3:] == [429, 429]


def test_session_unsafe_request_needs_csrf(browser, world):
    browser.login(world.users["caseworker"].username, PASSWORD)
    r = browser.client.post("/logout")
    assert r.status_code == 403
    r = browser.client.post("/logout", data={"csrf_token": browser.csrf}, follow_redirects=False)
    assert r.status_code == 303
    assert browser.client.get("/", follow_redirects=False).status_code == 303  # back to sign-in


def test_investigator_must_enrol_totp_before_anything(browser, world):
    user = world.users["investigator"]
    browser.refresh_csrf("/login")
    r = browser.client.post("/login", data={"username": user.username, "password": PASSWORD,
                                            "csrf_token": browser.csrf}, follow_redirects=False)
    assert r.headers["location"] == "/mfa/setup"
    assert browser.client.get("/api/v1/cases").status_code == 403
    page = browser.client.get("/mfa/setup").text
    secret = re.search(r'data-testid="totp-secret">([A-Z2-7]+)<', page).group(1)
    browser.refresh_csrf("/mfa/setup")
    bad = browser.client.post("/mfa/setup", data={"code": "000000", "csrf_token": browser.csrf})
    assert bad.status_code == 422
    ok = browser.client.post("/mfa/setup", data={"code": pyotp.TOTP(secret).now(), "csrf_token": browser.csrf},
                             follow_redirects=False)
    assert ok.status_code == 303
    assert browser.client.get("/api/v1/cases").status_code == 200


def test_totp_code_cannot_be_replayed(make_browser, world):
    user = world.users["administrator"]
    first = make_browser()
    first.login(user.username, PASSWORD)
    secret = re.search(r'data-testid="totp-secret">([A-Z2-7]+)<', first.get("/mfa/setup").text).group(1)
    first.refresh_csrf("/mfa/setup")
    code = pyotp.TOTP(secret).now()
    assert first.form("/mfa/setup", {"code": code}, follow_redirects=False).status_code == 303
    second = make_browser()
    second.login(user.username, PASSWORD)
    second.refresh_csrf("/mfa")
    assert second.form("/mfa", {"code": code}).status_code == 422


def test_api_token_scoped_and_revocable(browser, client, world):
    browser.login(world.users["caseworker"].username, PASSWORD)
    r = browser.post("/api/v1/tokens", json={"name": "sync (TEST)", "scopes": ["cases:case:read"]})
    assert r.status_code == 201, r.text
    token, token_id = r.json()["token"], r.json()["id"]
    auth = {"Authorization": f"Bearer {token}"}
    fresh = client.__class__(client.app)  # no cookies
    assert fresh.get("/api/v1/cases", headers=auth).status_code == 200
    create = fresh.post("/api/v1/cases", headers=auth, json={"person": {"given_name": "A (TEST)"}})
    assert create.status_code == 403  # not in the token's scopes
    assert browser.post("/api/v1/tokens", json={"name": "x", "scopes": ["access:user:manage"]}).status_code == 403
    assert browser.delete(f"/api/v1/tokens/{token_id}").status_code == 200
    assert fresh.get("/api/v1/cases", headers=auth).status_code == 401


def test_bad_bearer_token_is_401_problem(client):
    r = client.get("/api/v1/cases", headers={"Authorization": "Bearer rihai_nope"})
    assert r.status_code == 401
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["status"] == 401


def test_anonymous_page_redirects_to_sign_in(client):
    r = client.get("/cases/search", follow_redirects=False)
    assert r.status_code in (303, 404)
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_open_redirect_after_sign_in_is_refused(browser, world):
    browser.refresh_csrf("/login")
    r = browser.client.post("/login", data={"username": world.users["caseworker"].username, "password": PASSWORD,
                                            "csrf_token": browser.csrf, "next": "//evil.example/x"},
                            follow_redirects=False)
    assert r.headers["location"] == "/"


def test_security_headers(client):
    r = client.get("/login")
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["cache-control"] == "no-store"


def test_showing_the_mfa_page_changes_nothing(browser, world, db):
    """GET never changes state: the key is created by the sign-in POST or an explicit button."""
    browser.login(world.users["caseworker"].username, PASSWORD)
    page = browser.get("/mfa/setup").text
    assert 'data-testid="totp-secret"' not in page and "/mfa/setup/start" in page
    db.expire_all()
    assert db.get(User, world.users["caseworker"].id).totp_secret is None
    browser.refresh_csrf("/mfa/setup")
    assert browser.form("/mfa/setup/start", {}, follow_redirects=False).status_code == 303
    first = re.search(r'data-testid="totp-secret">([A-Z2-7]+)<', browser.get("/mfa/setup").text).group(1)
    second = re.search(r'data-testid="totp-secret">([A-Z2-7]+)<', browser.get("/mfa/setup").text).group(1)
    assert first == second


def test_deactivating_a_user_stops_their_cached_token_at_once(browser, client, world, db):
    from rihai.access import service
    from rihai.access.schemas import UserUpdate

    browser.login(world.users["caseworker"].username, PASSWORD)
    token = browser.post("/api/v1/tokens", json={"name": "t (TEST)", "scopes": ["cases:case:read"]}).json()["token"]
    fresh = client.__class__(client.app)
    auth = {"Authorization": f"Bearer {token}"}
    assert fresh.get("/api/v1/cases", headers=auth).status_code == 200  # now cached
    user = world.users["caseworker"]
    db.refresh(user)
    service.update_user(db, world.actor("administrator"), user.id,
                        data=UserUpdate(version=user.version, is_active=False))
    db.flush()
    assert fresh.get("/api/v1/cases", headers=auth).status_code == 401
