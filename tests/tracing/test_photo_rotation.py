"""``rihai keys rotate`` re-encrypts tracing photos under the new key (and they still decode)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from cli.clitools import rihai_for
from factories.tracing import TracingRequestFactory

from rihai.access.actors import Actor
from rihai.crypto import Keyring
from rihai.tracing import service
from rihai.tracing.models import TracingPhoto

from .test_photos import jpeg_with_gps


@pytest.fixture(params=["sqlite", "postgresql"])
def rihai(request, tmp_path):  # type: ignore[no-untyped-def]
    with rihai_for(request.param, tmp_path) as cli:
        yield cli


def _photo_keys(session) -> set[str]:  # type: ignore[no-untyped-def]
    return {Keyring.key_id_of(bytes(b)) for b in session.scalars(
        sa.select(sa.type_coerce(TracingPhoto.__table__.c.data, sa.LargeBinary)))}


def test_rotation_reencrypts_photos(rihai):
    assert rihai("keys", "init").exit_code == 0
    assert rihai("db", "upgrade").exit_code == 0
    old = rihai.keyring()
    with rihai.session(old) as s:
        # More photos than a rotation batch of them, so paging over the photo table is exercised.
        for _ in range(23):
            service.submit_request(s, Actor.anonymous(), data=TracingRequestFactory(), photo=jpeg_with_gps((320, 240)))
        s.commit()
        before = {p.request_id: p.data for p in s.scalars(sa.select(TracingPhoto))}
        assert _photo_keys(s) == {old.active}
    rotated = rihai("keys", "rotate", "--retire-old")
    assert rotated.exit_code == 0, rotated.output
    new = rihai.keyring()
    assert set(new.keys) == {new.active} != {old.active}
    with rihai.session(new) as s:
        assert _photo_keys(s) == {new.active}
        assert {p.request_id: p.data for p in s.scalars(sa.select(TracingPhoto))} == before
