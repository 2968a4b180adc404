"""Issue 13, item 9: X-Forwarded-For was believed from anyone (uvicorn trusts it from 127.0.0.1 by
default), so rotating it dodged the sign-in and family-status limits and wrote a forged address
to the access log. Now it is believed only from ``RIHAI_TRUSTED_PROXIES``, hop by hop from the
right. The attacks are replayed through the app, and the log through a real uvicorn on loopback."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from live_server import free_port

from rihai.cli.serve import uvicorn_options
from rihai.settings import Settings
from rihai.web.headers import client_address, parse_trusted_proxies

FORGED = [f"203.0.113.{n}" for n in range(1, 40)]  # TEST-NET-3: documentation addresses


@pytest.fixture
def settings(tmp_path: Path, request: pytest.FixtureRequest) -> Settings:
    # The conftest's settings, with the trusted list a test asks for (by indirect parametrisation).
    return Settings(data_dir=tmp_path, environment="test", cookie_secure=False,
                    login_attempts_per_minute_per_ip=3,
                    trusted_proxies=getattr(request, "param", ""))


def test_the_chain_is_read_from_the_right_and_only_through_trusted_hops():
    none = parse_trusted_proxies("")
    ours = parse_trusted_proxies("10.0.0.0/8, 127.0.0.1, ::1")
    assert client_address("198.51.100.7", ["1.2.3.4"], none) == "198.51.100.7"
    assert client_address("127.0.0.1", ["1.2.3.4"], none) == "127.0.0.1"  # uvicorn's default trusted this
    assert client_address("198.51.100.7", ["1.2.3.4"], ours) == "198.51.100.7"  # untrusted peer
    assert client_address("10.0.0.5", ["1.2.3.4"], ours) == "1.2.3.4"
    # The client wrote "1.2.3.4, 5.6.7.8"; our proxy appended the real peer 198.51.100.7.
    assert client_address("10.0.0.5", ["1.2.3.4, 5.6.7.8, 198.51.100.7"], ours) == "198.51.100.7"
    assert client_address("10.0.0.5", ["1.2.3.4", "198.51.100.7, 10.0.0.9"], ours) == "198.51.100.7"
    assert client_address("10.0.0.5", ["not-an-address"], ours) == "10.0.0.5"
    assert client_address("::1", ["[2001:db8::1]:443"], ours) == "2001:db8::1"
    assert client_address("10.0.0.5", [], ours) == "10.0.0.5"
    with pytest.raises(ValueError):
        parse_trusted_proxies("10.0.0.300")
    with pytest.raises(ValueError):
        Settings(trusted_proxies="everyone")


def _sign_in_codes(client: TestClient, forged: list[str]) -> list[int]:
    codes = []
    for addr in forged:
        html = client.get("/login").text
        token = html.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        codes.append(client.post("/login", headers={"X-Forwarded-For": addr}, data={
            "username": "nobody (TEST)", "password": "wrong-password-xx", "csrf_token": token}).status_code)
    return codes


def test_rotating_the_header_does_not_dodge_the_sign_in_throttle(client):
    assert _sign_in_codes(client, FORGED[:5]) == [401, 401, 401, 429, 429]


def test_rotating_the_header_does_not_dodge_the_family_status_limit(client):
    from rihai.tracing.api import PUBLIC_PER_MINUTE

    codes = []
    for addr in FORGED[:PUBLIC_PER_MINUTE + 2]:
        r = client.post("/api/v1/tracing/status", headers={"X-Forwarded-For": addr},
                        json={"reference": "TR-TEST-0000", "secret": "not-the-secret-TEST"})
        codes.append(r.status_code)
    assert 429 not in codes[:PUBLIC_PER_MINUTE] and codes[PUBLIC_PER_MINUTE:] == [429, 429], codes
    # The page shares the limit (one key per address), whatever address the header names.
    html = client.get("/trace/status").text
    token = html.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    r = client.post("/trace/status", headers={"X-Forwarded-For": FORGED[-1]},
                    data={"reference": "TR-TEST-0000", "secret": "not-the-secret-TEST", "csrf_token": token})
    assert r.status_code == 429


@pytest.mark.parametrize("settings", ["10.0.0.0/8"], indirect=True)
def test_from_a_trusted_proxy_the_header_is_honoured(app):
    with TestClient(app, base_url="http://testserver", client=("10.0.0.5", 41000)) as proxy:
        # Distinct clients behind our proxy each get their own allowance...
        assert _sign_in_codes(proxy, FORGED[:5]) == [401] * 5
        # ...and one client is throttled, whatever it prepends to the header.
        codes = []
        for n in range(4):
            html = proxy.get("/login").text
            token = html.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
            codes.append(proxy.post("/login", headers={"X-Forwarded-For": f"192.0.2.{n}, 198.51.100.77"},
                                    data={"username": "nobody (TEST)", "password": "wrong-password-xx",
                                          "csrf_token": token}).status_code)
        assert codes == [401, 401, 401, 429]
    with TestClient(app, base_url="http://testserver", client=("198.51.100.8", 41000)) as outsider:
        # Not one of ours: its header is ignored, so rotating it changes nothing.
        assert _sign_in_codes(outsider, FORGED[10:15]) == [401, 401, 401, 429, 429]


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def _access_log_of_one_request(tmp_path: Path, keyring, trusted: str) -> list[str]:  # type: ignore[no-untyped-def]
    """One request through a real uvicorn on loopback, configured as ``rihai serve`` configures it,
    sending a forged X-Forwarded-For; what uvicorn's access log wrote."""
    import uvicorn

    from rihai.app import create_app

    app = create_app(Settings(data_dir=tmp_path, environment="test", cookie_secure=False,
                              trusted_proxies=trusted), keyring=keyring)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="off", log_config=None,
                            access_log=True, **uvicorn_options(trusted))
    server = uvicorn.Server(config)
    handler = _Lines()
    access = logging.getLogger("uvicorn.access")
    access.addHandler(handler)
    old_level = access.level
    access.setLevel(logging.INFO)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started, "uvicorn did not start on loopback"
        r = httpx.get(f"http://127.0.0.1:{port}/static/rihai.css",
                      headers={"X-Forwarded-For": "203.0.113.66"}, timeout=30)
        assert r.status_code == 200
        deadline = time.monotonic() + 30
        while not handler.lines and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        access.removeHandler(handler)
        access.setLevel(old_level)
    return handler.lines


def test_a_forged_header_is_not_what_the_access_log_writes(tmp_path, keyring):
    lines = _access_log_of_one_request(tmp_path, keyring, trusted="")
    assert lines and all("203.0.113.66" not in line for line in lines), lines
    assert any(line.startswith("127.0.0.1:") for line in lines), lines


def test_behind_a_trusted_proxy_the_access_log_writes_the_client(tmp_path, keyring):
    lines = _access_log_of_one_request(tmp_path, keyring, trusted="127.0.0.1")
    assert any(line.startswith("203.0.113.66:") for line in lines), lines


def test_serve_passes_the_trusted_list_to_uvicorn():
    assert uvicorn_options("") == {"proxy_headers": False, "forwarded_allow_ips": []}
    assert uvicorn_options("127.0.0.1,10.0.0.0/8") == {"proxy_headers": True,
                                                      "forwarded_allow_ips": ["127.0.0.1", "10.0.0.0/8"]}
