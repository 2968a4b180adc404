"""Run the real server in a subprocess on loopback, for tests that need one (durability, browser)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from rihai import crypto
from rihai.crypto import Keyring, install_keyring

SRC = Path(__file__).resolve().parents[1] / "src"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env(data_dir: Path, database_url: str, **extra: str) -> dict[str, str]:
    return {**os.environ, "RIHAI_DATA_DIR": str(data_dir), "RIHAI_DATABASE_URL": database_url,
            "RIHAI_COOKIE_SECURE": "false", "PYTHONPATH": str(SRC),
            # One server serves every browser test from 127.0.0.1: the default per-IP sign-in
            # limit (20 a minute) would refuse later tests' sign-ins and fail them at random.
            "RIHAI_LOGIN_ATTEMPTS_PER_MINUTE_PER_IP": "1000", **extra}


def start_server(env: dict[str, str], port: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "rihai.app:create_app", "--factory", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start: " + proc.stderr.read().decode()[-2000:])


class using_keyring:  # noqa: N801 - reads as a with-statement
    """Install a keyring for set-up work in the test process, then put the previous one back."""

    def __init__(self, ring: Keyring) -> None:
        self.ring = ring

    def __enter__(self) -> Keyring:
        self.previous = crypto._current
        install_keyring(self.ring)
        return self.ring

    def __exit__(self, *exc: object) -> None:
        install_keyring(self.previous)
