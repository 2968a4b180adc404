"""``rihai keys rotate``: every ciphertext moves to the new key, values and search survive, an
interrupted rotation can be re-run. On SQLite, and on PostgreSQL when reachable."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from cli.clitools import rihai_for

from rihai.access.actors import Actor
from rihai.access.models import AuditEvent, User
from rihai.access.auth import actor_for
from rihai.cases import service
from rihai.cases.models import Case, CaseSearchToken, Person
from rihai.cli import keys as keys_cli
from rihai.crypto import Keyring


@pytest.fixture(params=["sqlite", "postgresql"])
def rihai(request, tmp_path):  # type: ignore[no-untyped-def]
    with rihai_for(request.param, tmp_path) as cli:
        yield cli


def snapshot(session) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    """Every decrypted person, keyed by case id."""
    return {str(p.case_id): (p.given_name, p.family_name, p.name_urdu, p.cnic, p.phones, p.aliases,
                             p.guardian_name, p.address, p.birth_date, p.passport)
            for p in session.scalars(sa.select(Person))}


def key_ids(session) -> set[str]:  # type: ignore[no-untyped-def]
    ids: set[str] = set()
    for table, cols in keys_cli.encrypted_tables(session):
        for col in cols:
            for (blob,) in session.execute(sa.select(sa.type_coerce(col, sa.LargeBinary))
                                           .where(col.is_not(None))):
                ids.add(Keyring.key_id_of(bytes(blob)))
    return ids


def supervisor_of(session, case: Case) -> Actor:  # type: ignore[no-untyped-def]
    user = session.scalar(sa.select(User).where(User.agency_id == case.owner_agency_id,
                                                User.username.like("staff.%.supervisor")))
    return actor_for(user, via="api")


def test_rotate_reencrypts_everything_and_search_still_works(rihai):
    assert rihai("demo", "--cases", "12", "--no-serve", "--seed", "11").exit_code == 0
    old = rihai.keyring()
    with rihai.session(old) as s:
        before = snapshot(s)
        assert key_ids(s) == {old.active}
        digests_before = set(s.scalars(sa.select(CaseSearchToken.digest)))
        case = s.scalars(sa.select(Case).join(Person).where(Person.cnic.is_not(None))).first()
        case_id, cnic = case.id, case.person.cnic

    rotated = rihai("keys", "rotate", "--retire-old", "--batch", "7")
    assert rotated.exit_code == 0, rotated.output
    new = rihai.keyring()
    assert new.active != old.active and set(new.keys) == {new.active}  # old key retired
    assert not (rihai.data_dir / "keyring.json.pending").exists()

    with rihai.session(new) as s:
        assert key_ids(s) == {new.active}
        assert snapshot(s) == before
        assert not digests_before & set(s.scalars(sa.select(CaseSearchToken.digest)))
        case = s.get(Case, case_id)
        hits = service.search_cases(s, supervisor_of(s, case), cnic)
        assert case_id in [c.id for c, _ in hits]
        rotate_events = s.scalars(sa.select(AuditEvent).where(AuditEvent.tag == "access:keys:rotate")).all()
        assert len(rotate_events) == 1 and rotate_events[0].subject_id == new.active
        assert "persons.cnic" in rotate_events[0].fields
        s.rollback()
    assert rihai("audit", "verify").exit_code == 0


def test_interrupted_rotation_keeps_data_readable_and_can_be_rerun(rihai, monkeypatch):
    assert rihai("demo", "--cases", "6", "--no-serve", "--seed", "5").exit_code == 0
    old = rihai.keyring()
    with rihai.session(old) as s:
        before = snapshot(s)

    def crash(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("power cut")

    monkeypatch.setattr(keys_cli, "reindex_all", crash)
    failed = rihai("keys", "rotate")
    assert failed.exit_code == 1 and "rolled back" in failed.output
    pending = rihai.data_dir / "keyring.json.pending"
    assert pending.exists()
    assert json.loads((rihai.data_dir / "keyring.json").read_text())["active"] == old.active
    with rihai.session(old) as s:  # nothing changed: the old keyring reads everything
        assert snapshot(s) == before and key_ids(s) == {old.active}

    monkeypatch.undo()
    pending_active = Keyring.load(pending).active
    resumed = rihai("keys", "rotate")
    assert resumed.exit_code == 0, resumed.output
    assert "resuming" in resumed.output
    new = rihai.keyring()
    assert new.active == pending_active and old.active in new.keys  # old key kept without --retire-old
    with rihai.session(new) as s:
        assert snapshot(s) == before and key_ids(s) == {new.active}
    # Running it again rotates again, still without losing anything.
    assert rihai("keys", "rotate", "--retire-old").exit_code == 0
    with rihai.session() as s:
        assert snapshot(s) == before


def test_reindex_restores_the_name_pair_tokens_of_an_older_database(rihai):
    """A database indexed before name pairs existed gets them from ``rihai keys reindex`` under
    the same key: the other digests do not change and the chain still verifies."""
    assert rihai("demo", "--cases", "8", "--no-serve", "--seed", "5").exit_code == 0
    ring = rihai.keyring()
    with rihai.session(ring) as s:
        before = set(s.scalars(sa.select(CaseSearchToken.digest)))
        s.execute(sa.delete(CaseSearchToken).where(CaseSearchToken.kind == "name_pair"))
        s.commit()
        assert not s.scalar(sa.select(sa.func.count()).where(CaseSearchToken.kind == "name_pair"))
    done = rihai("keys", "reindex", "--batch", "3")
    assert done.exit_code == 0, done.output
    with rihai.session(ring) as s:
        assert set(s.scalars(sa.select(CaseSearchToken.digest))) == before
        assert s.scalar(sa.select(sa.func.count()).where(AuditEvent.tag == "access:keys:reindex")) == 1
    assert rihai.keyring().active == ring.active
    assert rihai("audit", "verify").exit_code == 0
