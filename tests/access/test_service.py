"""Agencies and users: separation of duties, validation, optimistic locking, audit."""

from __future__ import annotations

import pytest

from rihai.access import service
from rihai.access.passwords import verify_password
from rihai.access.schemas import AgencyCreate, UserCreate, UserUpdate
from rihai.errors import Conflict, Forbidden, Invalid


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


# -- separation of duties and four-eyes role grants (issue 13) ------------------------------------

def test_case_roles_come_from_the_catalogue():
    from rihai.access.permissions import (
        CASE_PERMISSIONS,
        CASE_ROLES,
        ROLE_PERMISSIONS,
        ROLES_NEEDING_APPROVAL,
        Role,
    )

    assert not ROLE_PERMISSIONS[Role.ADMINISTRATOR] & CASE_PERMISSIONS
    for role, perms in ROLE_PERMISSIONS.items():
        reads_cases = any(str(p).startswith(("cases:", "referrals:referral", "tracing:request")) for p in perms)
        assert (role in CASE_ROLES) == reads_cases, role
    assert Role.ANALYST not in ROLES_NEEDING_APPROVAL
    assert {Role.SUPERVISOR, Role.ADMINISTRATOR} <= ROLES_NEEDING_APPROVAL


def test_system_grants_directly_for_seeding(db, world, system):
    # Seeding and the server's CLI are the system, not an administrator: no approval to wait for.
    user = service.create_user(db, system, data=UserCreate(
        agency_id=world.agency.id, username="seeded.sup", display_name="Seeded (TEST)",
        password="long-enough-pass", roles=["supervisor"]))
    assert user.roles == {"supervisor"}
    from rihai.access import grants

    assert grants.pending_roles(db, [user.id]) == {}


def test_an_admins_grant_waits_for_a_second_admin(db, world):
    import sqlalchemy as sa
    from factories import make_user

    from rihai.access import grants
    from rihai.access.models import AuditEvent

    admin, other = world.actor("administrator"), make_user(db, world.agency, "administrator")
    user = service.create_user(db, admin, data=UserCreate(
        agency_id=world.agency.id, username="wait.sup", display_name="Waiting (TEST)",
        password="long-enough-pass", roles=["supervisor", "analyst"]))
    assert user.roles == {"analyst"}  # analyst reads no record: given at once
    assert grants.pending_roles(db, [user.id]) == {user.id: ["supervisor"]}
    # Asking again does not duplicate the request.
    service.update_user(db, admin, user.id, data=UserUpdate(version=user.version, roles=["analyst", "supervisor"]))
    (grant,) = grants.list_grants(db, admin)
    with pytest.raises(Forbidden):
        grants.approve_grant(db, admin, grant.id)
    from rihai.access.auth import actor_for

    grants.refuse_grant(db, actor_for(other, via="api"), grant.id)
    assert grant.decision == "refused" and user.roles == {"analyst"}
    assert grants.list_grants(db, admin) == []
    with pytest.raises(Conflict):
        grants.approve_grant(db, actor_for(other, via="api"), grant.id)
    rows = db.scalars(sa.select(AuditEvent).where(AuditEvent.tag.like("access:grant:%"))).all()
    assert [r.tag for r in rows] == ["access:grant:request", "access:grant:refuse"]
    # Ids and field names only.
    assert all(set(r.fields) <= {"user_id", "role", "decision", "decided_by"} for r in rows)
    assert rows[0].related_ids == [str(user.id)]


def test_removing_a_role_applies_at_once(db, world):
    admin = world.actor("administrator")
    sup = world.users["supervisor"]
    service.update_user(db, admin, sup.id, data=UserUpdate(version=sup.version, roles=["caseworker", "supervisor"]))
    assert sup.roles == {"supervisor"}
    service.update_user(db, admin, sup.id, data=UserUpdate(version=sup.version, roles=["analyst"]))
    assert sup.roles == {"analyst"}


def test_administrator_never_with_a_case_role(db, world, system):
    for actor in (world.actor("administrator"), system):
        with pytest.raises(Invalid):
            service.create_user(db, actor, data=UserCreate(
                agency_id=world.agency.id, username="two.hats", display_name="Two hats (TEST)",
                password="long-enough-pass", roles=["administrator", "prosecutor"]))


def test_the_agencys_supervisors_are_told_without_personal_data(db, world, system):
    from rihai import notify

    service.create_user(db, system, data=UserCreate(
        agency_id=world.agency.id, username="told.boss", display_name="Told Boss (TEST)",
        email="told.boss@example.invalid", password="long-enough-pass", roles=["supervisor"]))
    service.create_user(db, world.actor("administrator"), data=UserCreate(
        agency_id=world.agency.id, username="secret.name", display_name="Secret Person (TEST)",
        email="secret.person@example.invalid", password="long-enough-pass", roles=["caseworker"]))
    (message,) = [m for m in notify.pending(db) if "told.boss@example.invalid" in m.recipients]
    text = message.subject + message.body
    assert "caseworker" in text
    assert "secret" not in text.lower() and "(TEST)" not in text
