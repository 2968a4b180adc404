"""``rihai users grants|approve-grant|refuse-grant``: with a single administrator nobody in the app
can be the second pair of eyes, so the operator on the server's shell decides, as the system,
audited. Expired requests are refused here too."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
import sqlalchemy as sa
from cli.clitools import rihai_for

from rihai.access import grants
from rihai.access.actors import Actor
from rihai.access.models import AuditEvent, RoleGrantRequest, User, UserRole
from rihai.access.permissions import Role


@pytest.fixture(params=["sqlite", "postgresql"])
def rihai(request, tmp_path):  # type: ignore[no-untyped-def]
    with rihai_for(request.param, tmp_path) as cli:
        yield cli


def _one_admin_deployment(rihai) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The only administrator asks for two roles for a caseworker: (admin id, caseworker id)."""
    assert rihai("keys", "init").exit_code == 0
    assert rihai("db", "upgrade").exit_code == 0
    made = rihai("agencies", "create", "--name", "Shelter (TEST)", "--type", "NGO")
    agency_id = re.search(r"\(id (\d+)\)", made.output).group(1)
    ids = []
    for username, role in (("only.admin", "administrator"), ("case.worker", "caseworker")):
        r = rihai("users", "create", "--agency", agency_id, "--username", username, "--role", role,
                  "--password-stdin", input="a long enough password\n")
        assert r.exit_code == 0, r.output
        ids.append(int(re.search(r"\(id (\d+)\)", r.output).group(1)))
    admin_id, cw_id = ids
    with rihai.session() as s:
        admin = Actor.for_user(admin_id, int(agency_id), frozenset({"administrator"}), via="web")
        grants.request_roles(s, admin, s.get(User, cw_id), [Role.SUPERVISOR, Role.PROSECUTOR])
        s.commit()
    return admin_id, cw_id


def _grant_id(rihai, user_id: int, role: str) -> int:  # type: ignore[no-untyped-def]
    with rihai.session() as s:
        return s.scalar(sa.select(RoleGrantRequest.id).where(RoleGrantRequest.user_id == user_id,
                                                             RoleGrantRequest.role == role))


def test_the_shell_decides_grants_when_there_is_one_administrator(rihai):
    _admin_id, cw_id = _one_admin_deployment(rihai)
    listed = rihai("users", "grants")
    assert listed.exit_code == 0, listed.output
    sup, pros = _grant_id(rihai, cw_id, "supervisor"), _grant_id(rihai, cw_id, "prosecutor")
    for needle in ("case.worker", "only.admin", "supervisor", "prosecutor", str(sup), str(pros)):
        assert needle in listed.output
    approved = rihai("users", "approve-grant", str(sup))
    assert approved.exit_code == 0, approved.output
    assert "approved" in approved.output
    refused = rihai("users", "refuse-grant", str(pros))
    assert refused.exit_code == 0 and "refused" in refused.output
    again = rihai("users", "approve-grant", str(pros))
    assert again.exit_code == 1 and "already been decided" in again.output
    assert rihai("users", "approve-grant", "99999").exit_code == 1
    with rihai.session() as s:
        assert set(s.scalars(sa.select(UserRole.role).where(UserRole.user_id == cw_id))) == {
            "caseworker", "supervisor"}
        rows = {g.role: g for g in s.scalars(sa.select(RoleGrantRequest))}
        assert rows["supervisor"].decision == "approved" and rows["supervisor"].decided_by is None
        assert rows["prosecutor"].decision == "refused"
        decided = s.execute(sa.select(AuditEvent.tag, AuditEvent.via, AuditEvent.actor_id).where(
            AuditEvent.tag.in_(["access:grant:approve", "access:grant:refuse"]))).all()
    assert sorted(decided) == [("access:grant:approve", "cli", None), ("access:grant:refuse", "cli", None)]
    # Decided requests leave the list.
    assert "supervisor" not in rihai("users", "grants").output


def test_the_shell_cannot_approve_an_expired_grant(rihai):
    _admin_id, cw_id = _one_admin_deployment(rihai)
    sup = _grant_id(rihai, cw_id, "supervisor")
    with rihai.session() as s:
        g = s.get(RoleGrantRequest, sup)
        g.requested_at = g.requested_at - timedelta(days=15)
        s.commit()
    r = rihai("users", "approve-grant", str(sup))
    assert r.exit_code == 1 and "expired" in r.output
    with rihai.session() as s:
        assert "supervisor" not in set(s.scalars(sa.select(UserRole.role).where(UserRole.user_id == cw_id)))
        assert s.get(RoleGrantRequest, sup).decision == "expired"
        assert s.scalar(sa.select(AuditEvent.tag).where(AuditEvent.subject_id == str(sup))
                        .order_by(AuditEvent.seq.desc())) == "access:grant:expire"
