"""A server killed mid-write (SIGKILL, no clean shutdown) loses no acknowledged write.

Runs the real server in a subprocess on loopback, writes cases while another thread kills it, then
restarts it on the same database and checks that every case that got a 201 is there and intact.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import httpx
import pytest  # noqa: F401

from rihai.access import auth
from rihai.access import service as access_service
from rihai.access.actors import Actor
from rihai.access.schemas import AgencyCreate, UserCreate
from rihai.crypto import Keyring
from rihai.db import make_engine, make_sessionmaker, transaction
from rihai.migrations import upgrade
from rihai.settings import Settings

from live_server import free_port, server_env, start_server, using_keyring


@pytest.fixture
def durable_server(tmp_path: Path, engine):  # type: ignore[no-untyped-def]
    # One leg per database: a fresh SQLite file, or the run's PostgreSQL test database.
    if engine.dialect.name == "sqlite":
        url = f"sqlite:///{tmp_path / 'durable.db'}"
        upgrade(url)
    else:
        url = engine.url.render_as_string(hide_password=False)
    ring = Keyring.generate()
    settings = Settings(data_dir=tmp_path, database_url=url)
    ring.save(settings.resolved_key_file)
    with using_keyring(ring):
        sm = make_sessionmaker(make_engine(url))
        with transaction(sm) as db:
            agency = access_service.create_agency(db, Actor.system("test"), data=AgencyCreate(
                name=f"Durability NGO {os.getpid()}-{time.time_ns()} (TEST)", org_type="NGO"))
            user = access_service.create_user(db, Actor.system("test"), data=UserCreate(
                agency_id=agency.id, username=f"durable-{time.time_ns()}", display_name="Durable (TEST)",
                password="test-password-123", roles=["caseworker"]))
            raw, _ = auth.create_token(db, auth.actor_for(user, via="api"), name="t",
                                       scopes=["cases:case:create", "cases:case:read"], expires_in_days=1)
    return server_env(tmp_path, url), raw


def test_acknowledged_writes_survive_sigkill(durable_server):  # type: ignore[no-untyped-def]
    env, token = durable_server
    port = free_port()
    proc = start_server(env, port)
    headers = {"Authorization": f"Bearer {token}"}
    acknowledged: list[tuple[str, str]] = []
    stop = threading.Event()

    def writer() -> None:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers=headers, timeout=5) as c:
            i = 0
            while not stop.is_set() and i < 2000:
                name = f"Durable Person {i} (TEST)"
                try:
                    r = c.post("/api/v1/cases", json={"person": {"given_name": name}})
                except httpx.HTTPError:
                    return
                if r.status_code == 201:
                    acknowledged.append((r.json()["id"], name))
                i += 1

    t = threading.Thread(target=writer)
    t.start()
    time.sleep(2.0)
    proc.send_signal(signal.SIGKILL)  # no shutdown hooks, no flush: a power cut for the process
    proc.wait()
    stop.set()
    t.join(10)
    assert len(acknowledged) > 5, "the writer should have been acknowledged several times"

    proc = start_server(env, port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers=headers, timeout=10) as c:
            for case_id, name in acknowledged:
                r = c.get(f"/api/v1/cases/{case_id}")
                assert r.status_code == 200, (case_id, r.text)
                assert r.json()["person"]["given_name"] == name
    finally:
        proc.terminate()
        proc.wait(10)
