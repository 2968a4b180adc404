"""Schemathesis generates requests from the OpenAPI document: whatever it sends, no 5xx, and every
error is problem+json."""

from __future__ import annotations

import pytest
import schemathesis
from factories import make_case, make_world
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from rihai.access import auth
from rihai.access.permissions import Role, permissions_for



@pytest.fixture
def token_headers(db, app):  # type: ignore[no-untyped-def]
    """Per operation, the token of a role holding its permission: a supervisor's for case work, an
    administrator's for administration (no account may hold both: separation of duties)."""
    from test_routes import route_table

    world = make_world(db)
    make_case(db, world.actor("supervisor"))
    headers = {}
    for role in (Role.SUPERVISOR, Role.ADMINISTRATOR):
        raw, _ = auth.create_token(db, auth.actor_for(world.users[str(role)], via="api"), name="fuzz (TEST)",
                                   scopes=sorted(permissions_for(frozenset({role}))), expires_in_days=1)
        headers[role] = {"Authorization": f"Bearer {raw}"}
    db.flush()
    admin_only = permissions_for(frozenset({Role.ADMINISTRATOR})) - permissions_for(frozenset({Role.SUPERVISOR}))
    return {(m, p): headers[Role.ADMINISTRATOR if perm in admin_only else Role.SUPERVISOR]
            for m, p, perm in route_table(app)}


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_server_errors(app, token_headers, mode):  # type: ignore[no-untyped-def]
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 20

    for operation in operations:
        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=12, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case):  # type: ignore[no-untyped-def]
            response = case.call(headers=token_headers[(operation.method.upper(), operation.path)])
            where = (case.method, case.path, response.status_code, response.text[:300])
            assert response.status_code < 500, where
            if response.status_code >= 400:
                ctype = response.headers.get("content-type") or [""]
                assert str(ctype[0] if isinstance(ctype, list) else ctype).startswith("application/problem+json"), where

        try:
            run()
        except Unsatisfiable:
            # Operations with nothing to violate (no parameters, no body) have no negative cases.
            assert mode == GenerationMode.NEGATIVE
