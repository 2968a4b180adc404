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
def token_headers(db):  # type: ignore[no-untyped-def]
    world = make_world(db)
    make_case(db, world.actor("supervisor"))
    user = world.users["supervisor"]
    from rihai.access.models import UserRole

    # One account holding both case and administration permissions reaches every operation.
    user.role_rows.append(UserRole(role="administrator"))
    db.flush()
    scopes = permissions_for(frozenset({Role.SUPERVISOR, Role.ADMINISTRATOR}))
    raw, _ = auth.create_token(db, auth.actor_for(user, via="api"), name="fuzz (TEST)",
                               scopes=sorted(scopes), expires_in_days=1)
    db.flush()
    return {"Authorization": f"Bearer {raw}"}


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
            response = case.call(headers=token_headers)
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
