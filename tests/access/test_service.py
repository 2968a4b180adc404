"""Agencies and users: separation of duties, validation, optimistic locking, audit."""

from __future__ import annotations

import pytest
from factories import make_world

from rihai.access import service
from rihai.access.passwords import verify_password
from rihai.access.schemas import AgencyCreate, UserCreate, UserUpdate
from rihai.errors import Conflict, Forbidden, Invalid


@pytest.fixture
def world(db):
    return make_world(db)


def test_only_administrators_manage_accounts(db, world):
    data = UserCreate(agency_id=world.agency.id, username="new.user", display_name="New (TEST)",
                      password="long-enough-pass", roles=["caseworker"])
    for role in ("caseworker", "supervisor", "analyst", "investigator"):
        with pytest.raises(Forbidden):
            service.create_user(db, world.actor(role), data=data)
    user = service.create_user(db, world.actor("administrator"), data=data)
    assert user.password_hash.startswith("$argon2id$")
    assert verify_password(user.password_hash, "long-enough-pass")


def test_usernames_unique_and_passwords_strong(db, world):
    admin = world.actor("administrator")
    with pytest.raises(Conflict):
        service.create_user(db, admin, data=UserCreate(
            agency_id=world.agency.id, username=world.users["caseworker"].username,
            display_name="Dup (TEST)", password="long-enough-pass", roles=["caseworker"]))
    with pytest.raises(Invalid):
        service.create_user(db, admin, data=UserCreate(
            agency_id=world.agency.id, username="weak.one", display_name="Weak (TEST)",
            password="aaaaaaaaaaaaaaa", roles=["caseworker"]))


def test_agency_validation_and_uniqueness(db, world):
    admin = world.actor("administrator")
    with pytest.raises(ValueError):
        AgencyCreate(name="X (TEST)", org_type="NGO", province="PK-PB", district="Quetta")
    with pytest.raises(ValueError):
        AgencyCreate(name="X (TEST)", org_type="Church")
    with pytest.raises(Conflict):
        service.create_agency(db, admin, data=AgencyCreate(name=world.agency.name.upper(), org_type="NGO"))


def test_user_update_is_optimistically_locked(db, world):
    admin = world.actor("administrator")
    user = world.users["caseworker"]
    service.update_user(db, admin, user.id, data=UserUpdate(version=user.version, display_name="Renamed (TEST)"))
    with pytest.raises(Conflict):
        service.update_user(db, admin, user.id, data=UserUpdate(version=1, display_name="Lost (TEST)"))


def test_admin_cannot_demote_or_deactivate_self(db, world):
    admin_user = world.users["administrator"]
    with pytest.raises(Invalid):
        service.update_user(db, world.actor("administrator"), admin_user.id,
                            data=UserUpdate(version=admin_user.version, roles=["caseworker"]))
    with pytest.raises(Invalid):
        service.update_user(db, world.actor("administrator"), admin_user.id,
                            data=UserUpdate(version=admin_user.version, is_active=False))
