"""An outsider on loopback against `rihai demo` (bounded: under 100 requests, loopback only).

Usage: `rihai demo --port 8031` in another shell, then
    .venv/bin/python scripts/outsider_check.py PASSWORD demo.supervisor
It prints what an attacker meets: one answer for every sign-in failure, the owner kept signed in,
the owner's known browser signing in during the attack, X-Forwarded-For rotation still throttled,
and the CSRF check under an odd-case content type. Use an account no earlier run attacked (the
backoff is persisted) and wait a minute between runs (the per-address window). The same attacks
are regression tests in tests/security/; this is the check from outside, on a real server.
"""

from __future__ import annotations

import json
import re
import sys

import httpx

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
ALERT = re.compile(r'role="alert"[^>]*>(.*?)<', re.S)


def fresh(base: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=base, follow_redirects=False, timeout=20)
    return client, TOKEN.search(client.get("/login").text).group(1)


def login(client: httpx.Client, token: str, user: str, password: str,
          headers: dict[str, str] | None = None) -> httpx.Response:
    return client.post("/login", data={"csrf_token": token, "next": "/", "username": user,
                                       "password": password}, headers=headers or {})


def answer(response: httpx.Response) -> tuple[int, str]:
    m = ALERT.search(response.text)
    return response.status_code, (m.group(1).strip() if m else response.text[:80])


def main(password: str, user: str, base: str = "http://127.0.0.1:8031") -> dict[str, object]:
    out: dict[str, object] = {}
    owner, token = fresh(base)
    out["owner_signs_in"] = login(owner, token, user, password).status_code
    out["owner_home_before"] = owner.get("/").status_code

    attacker, token = fresh(base)
    answers = {answer(login(attacker, token, user, f"wrong-{i}")) for i in range(8)}
    out["answers_to_8_wrong_passwords"] = sorted(answers)
    out["answer_to_unknown_name"] = answer(login(attacker, token, "no.such.user", "wrong"))
    out["owner_home_after_attack"] = owner.get("/").status_code

    known, token = fresh(base)
    known.cookies.set("rihai_device", owner.cookies.get("rihai_device") or "", domain="127.0.0.1",
                      path="/login")
    out["owner_known_browser_signs_in_during_attack"] = login(known, token, user, password).status_code
    stranger, token = fresh(base)
    out["new_browser_right_password_during_backoff"] = answer(login(stranger, token, user, password))

    sprayer, token = fresh(base)
    codes = [login(sprayer, token, f"spray{i}", "wrong",
                   headers={"X-Forwarded-For": f"10.9.{i}.{i}"}).status_code for i in range(40)]
    out["xff_rotation_status_codes"] = {str(c): codes.count(c) for c in sorted(set(codes))}

    forger, _ = fresh(base)
    out["csrf_odd_case_content_type_without_token"] = forger.post(
        "/login", content=f"username={user}&password=x&next=/",
        headers={"Content-Type": "Application/X-WWW-Form-Urlencoded"}).status_code
    return out


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:]), indent=1, ensure_ascii=False))
