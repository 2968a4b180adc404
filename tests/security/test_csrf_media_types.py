"""Issue 13, item 10: the CSRF check read Content-Type case-sensitively, so a forged sign-in or
tracing request sent as ``Application/X-WWW-Form-Urlencoded`` skipped the double-submit check
while Starlette still parsed the body as a form. Each attack is replayed as a cross-site page
would send it: a form body with no token (the attacker cannot read the victim's token), under
every spelling of the media type, and under types that are not forms at all."""

from __future__ import annotations

from urllib.parse import urlencode

import sqlalchemy as sa
from factories import PASSWORD

from rihai.access.models import User, WebSession
from rihai.tracing.models import TracingRequest
from rihai.web.headers import media_type

BOUNDARY = "rihaiTESTboundary"
URLENCODED_SPELLINGS = [
    "Application/X-WWW-Form-Urlencoded",
    "application/x-www-form-urlencoded ; charset=utf-8",
    "APPLICATION/X-WWW-FORM-URLENCODED;charset=UTF-8",
    " application/x-www-form-urlencoded\t",
]
MULTIPART_SPELLINGS = [f"MULTIPART/form-data; boundary={BOUNDARY}",
                       f"Multipart/Form-Data ;boundary={BOUNDARY}"]
OTHER_TYPES = ["text/plain", "text/plain; charset=utf-8", None, "application/octet-stream"]


def _multipart(fields: dict[str, str], files: dict[str, tuple[str, str]] | None = None) -> bytes:
    parts = [f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
             for k, v in fields.items()]
    parts += [f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"; filename="{name}"\r\n'
              f'Content-Type: text/csv\r\n\r\n{content}\r\n' for k, (name, content) in (files or {}).items()]
    return ("".join(parts) + f"--{BOUNDARY}--\r\n").encode()


def _bodies(fields: dict[str, str]) -> list[tuple[str | None, bytes]]:
    """The same fields under every Content-Type an attacker might try."""
    form = urlencode(fields).encode()
    return ([(ct, form) for ct in URLENCODED_SPELLINGS] + [(ct, _multipart(fields)) for ct in MULTIPART_SPELLINGS]
            + [(ct, form) for ct in OTHER_TYPES])


def _send(client, path: str, ctype: str | None, body: bytes):  # type: ignore[no-untyped-def]
    headers = {"content-type": ctype} if ctype is not None else {}
    return client.post(path, content=body, headers=headers, follow_redirects=False)


def test_media_type_is_read_as_the_form_parser_reads_it():
    assert media_type("Application/X-WWW-Form-Urlencoded") == "application/x-www-form-urlencoded"
    assert media_type(" application/x-www-form-urlencoded ; charset=utf-8") == "application/x-www-form-urlencoded"
    assert media_type(b"MULTIPART/form-data; boundary=x") == "multipart/form-data"
    assert media_type(None) == media_type("") == ""
    assert media_type("text/plain") == "text/plain"


def test_forged_sign_in_is_refused_under_every_media_type(client, world, db):
    """Login CSRF: the victim's browser would be signed in to the attacker's account."""
    client.get("/login")  # the victim holds a double-submit cookie; the attacker cannot read it
    fields = {"username": world.users["caseworker"].username, "password": PASSWORD, "next": "/"}
    before = db.scalar(sa.select(sa.func.count()).select_from(WebSession))
    for ctype, body in _bodies(fields):
        r = _send(client, "/login", ctype, body)
        assert r.status_code == 403, (ctype, r.status_code)
        assert "rihai_session" not in r.headers.get("set-cookie", ""), ctype
    db.expire_all()
    assert db.scalar(sa.select(sa.func.count()).select_from(WebSession)) == before


def test_sign_in_with_the_token_still_works_under_odd_spellings(browser, world):
    browser.refresh_csrf("/login")
    body = urlencode({"username": world.users["caseworker"].username, "password": PASSWORD,
                      "csrf_token": browser.csrf, "next": "/"}).encode()
    r = _send(browser.client, "/login", "Application/X-WWW-Form-Urlencoded ; charset=UTF-8", body)
    assert r.status_code == 303 and "rihai_session=" in r.headers["set-cookie"]


def test_forged_tracing_request_is_refused_under_every_media_type(client, db):
    client.get("/trace")
    fields = {"full_name": "Forged Person (TEST)", "contact_name": "Forged Filer (TEST)",
              "contact_phone": "+923001234567", "consent_contact": "yes", "consent_share": "yes"}
    before = db.scalar(sa.select(sa.func.count()).select_from(TracingRequest))
    for ctype, body in _bodies(fields):
        r = _send(client, "/trace", ctype, body)
        assert r.status_code == 403, (ctype, r.status_code)
    db.expire_all()
    assert db.scalar(sa.select(sa.func.count()).select_from(TracingRequest)) == before


def test_forged_form_to_a_signed_in_route_is_refused_under_every_media_type(browser, world, db):
    user = world.users["caseworker"]
    browser.login(user.username, PASSWORD)
    for ctype, body in _bodies({"locale": "ur"}):
        r = _send(browser.client, "/account/language", ctype, body)  # no token, no header
        assert r.status_code == 403, (ctype, r.status_code)
    db.expire_all()
    assert db.get(User, user.id).preferred_locale != "ur"
    # With the session's token the same odd spelling is accepted: the check is on the token.
    r = _send(browser.client, "/account/language", "Application/X-WWW-Form-Urlencoded",
              urlencode({"locale": "ur", "csrf_token": browser.csrf}).encode())
    assert r.status_code == 303


def test_a_multipart_upload_in_capitals_is_still_parsed_in_memory(browser, world, monkeypatch):
    """``MULTIPART/form-data`` used to miss the in-memory parse and reach Starlette's spooling
    parser: a large part would have gone to a temp file in plaintext."""
    import tempfile

    def refuse(self):  # type: ignore[no-untyped-def]
        raise AssertionError("an upload was about to be written to a temporary file")

    monkeypatch.setattr(tempfile.SpooledTemporaryFile, "rollover", refuse)
    browser.login(world.users["caseworker"].username, PASSWORD)
    big = "name\n" + "Person (SYNTHETIC)\n" * 80_000  # 1.5 MB, past Starlette's 1 MB spool limit
    body = _multipart({"csrf_token": browser.csrf, "source_agency": "Test Embassy (SYNTHETIC)",
                       "kind": "embassy"}, {"file": ("list.csv", big)})
    r = _send(browser.client, "/tracing/imports", f"MULTIPART/Form-Data; boundary={BOUNDARY}", body)
    assert r.status_code < 500, r.text[:300]


def test_nul_bytes_are_refused_whatever_the_spelling(browser, world):
    browser.login(world.users["caseworker"].username, PASSWORD)
    for ctype in ("Application/JSON", "application/vnd.anything+json", None):
        headers = {"X-CSRF-Token": browser.csrf, **({"content-type": ctype} if ctype else {})}
        r = browser.client.post("/api/v1/cases", content=b'{"x": "a\\u0000b"}', headers=headers)
        assert r.status_code == 422 and "NUL" in r.text, (ctype, r.status_code)
