"""Fixtures shared by the interview, draft and draft-API tests."""

from __future__ import annotations

import pytest
from factories import make_case


@pytest.fixture
def case(db, committed_world):  # type: ignore[no-untyped-def]
    """A committed case of the world's caseworker (the browser and API tests read it from the server)."""
    c = make_case(db, committed_world.actor("caseworker"))
    db.commit()
    return c
