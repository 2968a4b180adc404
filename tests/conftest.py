"""Test fixtures: a real database per run (SQLite, and PostgreSQL when reachable), built by
``alembic upgrade head``; each test runs in a transaction that is rolled back afterwards."""

from __future__ import annotations

import os
import re
import secrets
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from factories import PASSWORD, World, make_world
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from rihai.access import passwords
from rihai.access.auth import requires_mfa
from rihai.access.actors import Actor
from rihai.crypto import Keyring, install_keyring
from rihai.db import make_engine
from rihai.migrations import upgrade
from rihai.settings import Settings

# tests/legs.py (tests/ is on the path): which legs of the suite ran; under CI=true a skipped leg
# fails the run. Imported here by pytest, first, so that its asserts are rewritten like a test's.
pytest_plugins = ("legs",)

PG_ADMIN_URL = os.environ.get("RIHAI_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _pg_available() -> str | None:
    try:
        engine = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
        return f"{type(exc).__name__}"


def pytest_configure(config: pytest.Config) -> None:
    passwords.configure_for_tests()
    warnings.filterwarnings("ignore", category=DeprecationWarning, module="starlette.testclient")


@pytest.fixture(autouse=True)
def _fresh_token_cache() -> Iterator[None]:
    # Each test's rows are rolled back; so must be what the process cached about them.
    from rihai.access.revocation import token_cache

    token_cache.clear()
    yield
    token_cache.clear()


@pytest.fixture(scope="session")
def keyring() -> Keyring:
    ring = Keyring.generate()
    install_keyring(ring)
    return ring


def _db_params() -> list[str]:
    wanted = os.environ.get("RIHAI_TEST_DATABASES", "sqlite,postgresql")
    return [p for p in ("sqlite", "postgresql") if p in wanted.split(",")]


@pytest.fixture(scope="session", params=_db_params())
def engine(request: pytest.FixtureRequest, keyring: Keyring, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[sa.Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
        upgrade(url)
        eng = make_engine(url)
        yield eng
        eng.dispose()
        return
    reason = _pg_available()
    if reason:
        import legs

        legs.skip("postgresql", f"not reachable at {re.sub(r'//[^@/]*@', '//', PG_ADMIN_URL)} ({reason})")
    name = f"rihai_test_{secrets.token_hex(4)}"
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = re.sub(r"/[^/]+$", f"/{name}", PG_ADMIN_URL)
    upgrade(url)
    eng = make_engine(url)
    yield eng
    eng.dispose()
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def connection(engine: sa.Engine) -> Iterator[sa.Connection]:
    conn = engine.connect()
    outer = conn.begin()
    try:
        yield conn
    finally:
        if outer.is_active:
            outer.rollback()
        conn.close()


@pytest.fixture
def session_factory(connection: sa.Connection) -> sessionmaker[Session]:
    # Sessions commit only a SAVEPOINT inside the test's outer transaction, which is rolled back.
    return sessionmaker(bind=connection, join_transaction_mode="create_savepoint",
                        expire_on_commit=False)


@pytest.fixture
def db(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    session = session_factory()
    try:
        yield session
    finally:
        session.close()


@pytest.fixture
def system() -> Actor:
    return Actor.system("test")


@pytest.fixture
def world(db: Session) -> World:
    """Two agencies, a user per role and a caseworker elsewhere (``factories.make_world``), flushed
    only: a service test's rows stay in its session."""
    return make_world(db)


@pytest.fixture
def committed_world(db: Session, world: World) -> World:
    """The same world, committed to a savepoint (the test's outer rollback still undoes it), so that
    rolling back the test's session after an expected failure keeps the users the requests sign in as."""
    db.commit()
    return world


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, environment="test", cookie_secure=False,
                    login_attempts_per_minute_per_ip=1000)


@pytest.fixture
def app(settings: Settings, keyring: Keyring, session_factory: sessionmaker[Session], engine: sa.Engine):
    from rihai.app import create_app

    application = create_app(settings, keyring=keyring)
    application.state.engine.dispose()
    application.state.engine = engine
    application.state.sessionmaker = session_factory
    return application


@pytest.fixture
def client(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(app, base_url="http://testserver") as c:
        yield c


CSRF_META = re.compile(r'name="csrf-token" content="([^"]*)"')
CSRF_FIELD = re.compile(r'name="csrf_token" value="([^"]*)"')


class Browser:
    """A signed-in (or anonymous) browser: cookies plus the CSRF token the pages carry."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.csrf = ""

    def refresh_csrf(self, path: str = "/login") -> str:
        html = self.client.get(path).text
        m = CSRF_META.search(html) or CSRF_FIELD.search(html)
        self.csrf = m.group(1) if m else ""
        return self.csrf

    def login(self, username: str, password: str) -> None:
        self.refresh_csrf("/login")
        r = self.client.post("/login", data={"username": username, "password": password,
                                             "csrf_token": self.csrf, "next": "/"},
                             follow_redirects=False)
        assert r.status_code == 303, r.text[:500]
        self.refresh_csrf("/account")

    def get(self, path: str, **kw):  # type: ignore[no-untyped-def]
        return self.client.get(path, **kw)

    def post(self, path: str, **kw):  # type: ignore[no-untyped-def]
        headers = {"X-CSRF-Token": self.csrf, **kw.pop("headers", {})}
        return self.client.post(path, headers=headers, **kw)

    def patch(self, path: str, **kw):  # type: ignore[no-untyped-def]
        headers = {"X-CSRF-Token": self.csrf, **kw.pop("headers", {})}
        return self.client.patch(path, headers=headers, **kw)

    def delete(self, path: str, **kw):  # type: ignore[no-untyped-def]
        headers = {"X-CSRF-Token": self.csrf, **kw.pop("headers", {})}
        return self.client.delete(path, headers=headers, **kw)

    def form(self, path: str, data: dict, **kw):  # type: ignore[no-untyped-def]
        return self.client.post(path, data={**data, "csrf_token": self.csrf}, **kw)


@pytest.fixture
def browser(client: TestClient) -> Browser:
    return Browser(client)


@pytest.fixture
def make_browser(app):  # type: ignore[no-untyped-def]
    """Several independent browsers against one app (one per role in a test)."""
    clients: list[TestClient] = []

    def _make() -> Browser:
        c = TestClient(app, base_url="http://testserver")
        c.__enter__()
        clients.append(c)
        return Browser(c)

    yield _make
    for c in clients:
        c.__exit__(None, None, None)


def unique(prefix: str = "") -> str:
    return f"{prefix}{uuid.uuid4().hex[:8]}"


def enrol_totp(b: Browser) -> None:
    """Investigators and administrators must set up TOTP before anything else."""
    import pyotp

    html = b.get("/mfa/setup").text
    secret = re.search(r'data-testid="totp-secret">([A-Z2-7]+)<', html).group(1)
    r = b.form("/mfa/setup", {"code": pyotp.TOTP(secret).now()}, follow_redirects=False)
    assert r.status_code == 303, r.text[:500]


def signed_in(make_browser, who, role: str | None = None) -> Browser:  # type: ignore[no-untyped-def]
    """A new browser ready to act as a user: ``signed_in(make_browser, world, "caseworker")`` or
    ``signed_in(make_browser, user)``. Roles that must use two factors (investigators,
    administrators) enrol TOTP first, as they would on their first sign-in."""
    user = who.users[role] if role else who
    b = make_browser()
    b.login(user.username, PASSWORD)
    if requires_mfa(user):
        enrol_totp(b)
        b.refresh_csrf("/account")
    return b


@pytest.fixture(scope="session")
def spark_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """One local Spark session (Java 17, the ``spark`` extra) for the engine's Spark tests
    (tracing, networks), started once because a JVM takes seconds to start; where Java or
    pyspark is missing the Spark leg is skipped and the run says so (tests/legs.py)."""
    import legs

    reason = legs.spark_missing()
    if reason:
        legs.skip("spark", reason)
    from rihai.tracing.linkage import SMALL_LIST_CONF, local_spark

    # Its own local directory, so that a test can read everything Spark wrote to disk.
    local_dir = tmp_path_factory.mktemp("spark-local")
    spark = local_spark(cores=2, driver_memory="2g", conf={**SMALL_LIST_CONF, "spark.local.dir": str(local_dir)})
    spark.sparkContext.setLogLevel("ERROR")
    yield spark
    spark.stop()
