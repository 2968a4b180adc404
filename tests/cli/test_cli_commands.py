"""The ``rihai`` command end to end, in-process (Typer's CliRunner), on throw-away data dirs."""

from __future__ import annotations

import re
import stat

import pytest
import sqlalchemy as sa
from cli.clitools import rihai_for
from security.tampering import lift_append_only

from rihai.access import passwords
from rihai.access.models import Agency, AuditEvent, User
from rihai.access.permissions import Role
from rihai.cases.models import Case, Person

PASSWORD_LINE = re.compile(r"shown once\):\s+(\S+)")


@pytest.fixture(params=["sqlite"])
def rihai(request, tmp_path):  # type: ignore[no-untyped-def]
    with rihai_for(request.param, tmp_path) as cli:
        yield cli


def count(session, model) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(sa.select(sa.func.count()).select_from(model))


def test_demo_creates_keyring_migrates_and_seeds_idempotently(rihai):
    first = rihai("demo", "--cases", "20", "--no-serve", "--seed", "7")
    assert first.exit_code == 0, first.output
    key_file = rihai.data_dir / "keyring.json"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert rihai("db", "current").exit_code == 0
    for role in Role:
        assert f"demo.{role}" in first.output
    assert "TOTP" in first.output and "DEMO" in first.output and "SYNTHETIC" in first.output
    password = PASSWORD_LINE.search(first.output).group(1)
    with rihai.session() as s:
        assert count(s, Case) == 20
        agencies = count(s, Agency)
        assert all(a.is_synthetic and "(SYNTHETIC)" in a.name for a in s.scalars(sa.select(Agency)))
        user = s.scalar(sa.select(User).where(User.username == "demo.caseworker"))
        assert passwords.verify_password(user.password_hash, password)

    again = rihai("demo", "--cases", "20", "--no-serve")
    assert again.exit_code == 0, again.output
    assert "already exists" in again.output
    new_password = PASSWORD_LINE.search(again.output).group(1)
    assert new_password != password
    with rihai.session() as s:
        assert count(s, Case) == 20 and count(s, Agency) == agencies
        assert count(s, User) == s.scalar(sa.select(sa.func.count(sa.distinct(User.username))))
        user = s.scalar(sa.select(User).where(User.username == "demo.caseworker"))
        assert passwords.verify_password(user.password_hash, new_password)
    # The demo caseworker opened some of the cases and can see them.
    with rihai.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Case).where(Case.caseworker_id == user.id))


def test_demo_refuses_a_database_with_real_agencies(rihai):
    assert rihai("keys", "init").exit_code == 0
    assert rihai("db", "upgrade").exit_code == 0
    made = rihai("agencies", "create", "--name", "A Real Shelter", "--type", "NGO",
                 "--province", "PK-PB", "--district", "Lahore")
    assert made.exit_code == 0, made.output
    refused = rihai("demo", "--cases", "5", "--no-serve")
    assert refused.exit_code == 1
    assert "not synthetic" in refused.output
    with rihai.session() as s:
        assert s.scalar(sa.select(User).where(User.username == "demo.caseworker")) is None


def test_serve_refuses_without_keyring_or_migration(rihai):
    no_keys = rihai("serve", "--port", "8765")
    assert no_keys.exit_code == 1
    assert "no keyring" in no_keys.output
    assert rihai("keys", "init").exit_code == 0
    not_migrated = rihai("serve", "--port", "8765")
    assert not_migrated.exit_code == 1
    assert "rihai db upgrade" in not_migrated.output


def test_keys_init_refuses_to_overwrite(rihai):
    assert rihai("keys", "init").exit_code == 0
    before = (rihai.data_dir / "keyring.json").read_text()
    again = rihai("keys", "init")
    assert again.exit_code == 1 and "refusing to overwrite" in again.output
    assert (rihai.data_dir / "keyring.json").read_text() == before


def test_db_upgrade_and_current(rihai):
    assert rihai("db", "current").exit_code == 1
    up = rihai("db", "upgrade")
    assert up.exit_code == 0, up.output
    current = rihai("db", "current")
    assert current.exit_code == 0 and "up to date" in current.output


def test_audit_verify_passes_then_fails_after_tampering(rihai):
    assert rihai("demo", "--cases", "3", "--no-serve").exit_code == 0
    ok = rihai("audit", "verify")
    assert ok.exit_code == 0, ok.output
    checked = int(re.search(r"checked (\d+)", ok.output).group(1))
    assert checked > 10
    with rihai.session() as s:
        lift_append_only(s)  # as the database's owner: the app's connection is refused (0014)
        s.execute(sa.update(AuditEvent).where(AuditEvent.seq == 2).values(tag="access:user:update"))
        s.commit()
    broken = rihai("audit", "verify")
    assert broken.exit_code == 1
    assert "row 2 was altered" in broken.output


def test_users_and_agencies(rihai):
    assert rihai("keys", "init").exit_code == 0
    assert rihai("db", "upgrade").exit_code == 0
    made = rihai("agencies", "create", "--name", "Test Shelter (TEST)", "--type", "NGO",
                 "--province", "PK-SD", "--district", "Karachi South")
    assert made.exit_code == 0, made.output
    agency_id = re.search(r"id (\d+)", made.output).group(1)
    assert "Test Shelter (TEST)" in rihai("agencies", "list").output

    piped = rihai("users", "create", "--agency", agency_id, "--username", "first.admin",
                  "--role", "administrator", "--role", "analyst", "--password-stdin",
                  input="a long enough password\n")
    assert piped.exit_code == 0, piped.output
    assert "TOTP" in piped.output
    prompted = rihai("users", "create", "--agency", agency_id, "--username", "case.worker",
                     "--role", "caseworker", "--display-name", "Case Worker (TEST)",
                     input="another good password\nanother good password\n")
    assert prompted.exit_code == 0, prompted.output
    mismatch = rihai("users", "create", "--agency", agency_id, "--username", "third.user",
                     "--role", "caseworker", input="password number one\npassword number two\n"
                     "password number one\npassword number one\n")
    assert mismatch.exit_code == 0, mismatch.output  # asked again after the mismatch
    duplicate = rihai("users", "create", "--agency", agency_id, "--username", "case.worker",
                      "--role", "caseworker", "--password-stdin", input="yet another password\n")
    assert duplicate.exit_code == 1 and "taken" in duplicate.output
    weak = rihai("users", "create", "--agency", agency_id, "--username", "weak.user",
                 "--role", "caseworker", "--password-stdin", input="short\n")
    assert weak.exit_code == 1 and "password" in weak.output
    bad_agency = rihai("users", "create", "--agency", "999", "--username", "lost.user",
                       "--role", "caseworker", "--password-stdin", input="a long enough password\n")
    assert bad_agency.exit_code == 1

    listing = rihai("users", "list")
    assert "first.admin" in listing.output and "case.worker" in listing.output
    with rihai.session() as s:
        user = s.scalar(sa.select(User).where(User.username == "first.admin"))
        assert user.roles == {"administrator", "analyst"}
        assert passwords.verify_password(user.password_hash, "a long enough password")
        assert s.scalar(sa.select(sa.func.count()).select_from(AuditEvent)
                        .where(AuditEvent.tag == "access:user:create")) == 3


def test_seed_adds_cases_to_a_ready_database(rihai):
    assert rihai("seed", "--cases", "5").exit_code == 1  # no keyring yet
    assert rihai("keys", "init").exit_code == 0
    assert rihai("db", "upgrade").exit_code == 0
    bulk = rihai("seed", "--cases", "40", "--bulk", "--seed", "3")
    assert bulk.exit_code == 0, bulk.output
    services = rihai("seed", "--cases", "5")
    assert services.exit_code == 0, services.output
    with rihai.session() as s:
        assert count(s, Case) == 45 and count(s, Person) == 45
    assert rihai("audit", "verify").exit_code == 0
