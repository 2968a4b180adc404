"""The route inventory and the role × route matrix.

Every route declares exactly one permission (a route without one fails here); the inventory of
(method, path, permission) is pinned in ``route_inventory.txt`` so that a new or changed route is a
visible diff in review. The matrix signs in as every role (and as nobody) and calls every route:
whoever lacks the route's permission is refused, and no one reads a case outside their scope.
The other half (who holds the permission gets through with real ids; another agency's ids of every
resource answer 404; cookie + CSRF answers as a token) is ``tests/security/test_route_matrix.py``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from factories import PersonFactory, make_case, make_world
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient

from rihai.access import auth
from rihai.access.deps import PermissionDependency
from rihai.access.permissions import PUBLIC_PERMISSIONS, Permission, Role, permissions_for

INVENTORY = Path(__file__).with_name("route_inventory.txt")


def _permissions_of(dependant) -> list[Permission]:  # type: ignore[no-untyped-def]
    found: list[Permission] = []
    for dep in dependant.dependencies:
        if isinstance(dep.call, PermissionDependency):
            found.append(dep.call.permission)
        found.extend(_permissions_of(dep))
    return found


def route_table(app) -> list[tuple[str, str, Permission]]:  # type: ignore[no-untyped-def]
    rows = []
    # FastAPI resolves included routers lazily; iter_route_contexts yields each with its full path.
    for ctx in iter_route_contexts(app.routes):
        route = ctx.original_route
        if not isinstance(route, APIRoute):
            continue
        perms = _permissions_of(route.dependant)
        assert len(perms) == 1, f"{ctx.path} declares {len(perms)} permissions; it must declare exactly one"
        for method in sorted(route.methods - {"HEAD"}):
            rows.append((method, ctx.path, perms[0]))
    assert len(rows) > 20
    return sorted(rows, key=lambda r: (r[1], r[0]))


def test_every_route_declares_exactly_one_permission_and_inventory_is_pinned(app):
    lines = [f"{m:7} {p:55} {perm}" for m, p, perm in route_table(app)]
    text = "\n".join(lines) + "\n"
    if os.environ.get("RIHAI_UPDATE_INVENTORY"):
        INVENTORY.write_text(text)
    assert INVENTORY.exists(), "run with RIHAI_UPDATE_INVENTORY=1 to create the route inventory"
    assert text == INVENTORY.read_text(), (
        "routes changed: review, then run RIHAI_UPDATE_INVENTORY=1 pytest tests/test_routes.py")


def _fill(path: str, case_id: str) -> str:
    path = path.replace("{case_id}", case_id)
    # Other ids point at nothing (a real id could be the caller's own token, revoked mid-matrix).
    return re.sub(r"\{[a-z_]+(:[a-z]+)?\}", "999999", path)


@pytest.fixture
def setting(db):
    world = make_world(db)
    mine = make_case(db, world.actor("caseworker"), person=PersonFactory(given_name="Visiblename"))
    theirs = make_case(db, world.actor("other_caseworker"), person=PersonFactory(given_name="Hiddenname"))
    db.flush()
    tokens = {}
    for role in Role:
        user = world.users[str(role)]
        actor = auth.actor_for(user, via="api")
        raw, _ = auth.create_token(db, actor, name="matrix (TEST)",
                                   scopes=sorted(permissions_for(frozenset({role}))), expires_in_days=1)
        tokens[str(role)] = raw
    db.flush()
    return world, mine, theirs, tokens


@pytest.mark.parametrize("role", [None, *[str(r) for r in Role]])
def test_role_route_matrix(app, setting, role):
    world, mine, theirs, tokens = setting
    client = TestClient(app, base_url="http://testserver")
    headers = {"Authorization": f"Bearer {tokens[role]}"} if role else {}
    held = permissions_for(frozenset({Role(role)})) if role else PUBLIC_PERMISSIONS
    for method, path, perm in route_table(app):
        if path.startswith("/api/v1/screen") or path in ("/login", "/logout"):
            continue
        for case in (theirs, mine):
            url = _fill(path, str(case.id))
            r = client.request(method, url, headers=headers, json={} if method in ("POST", "PATCH") else None,
                               follow_redirects=False)
            where = f"{role} {method} {url} ({perm})"
            assert r.status_code < 500, where
            if perm not in held:
                assert r.status_code in (401, 403, 303), where
                assert "Visiblename" not in r.text and "Hiddenname" not in r.text, where
            elif "{case_id}" in path and case is theirs:
                assert r.status_code in (404, 422, 403), where
                assert "Hiddenname" not in r.text, where
            if "Hiddenname" in r.text:
                pytest.fail(f"{where} leaked another agency's case")
