"""Each test sees indicators computed from its own rows (ids repeat after rollbacks)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rihai.referrals import performance as indicators


@pytest.fixture(autouse=True)
def _fresh_indicator_cache() -> Iterator[None]:
    indicators._cache.clear()
    yield
    indicators._cache.clear()
