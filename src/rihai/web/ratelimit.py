"""A sliding one-minute window of requests per key (usually the client address), in memory.

Per process, which is what a single-server deployment has; behind several workers each keeps its
own window, so the effective limit is the per-process limit times the worker count.
"""

from __future__ import annotations

import threading
import time
from collections import deque

from rihai.errors import TooManyRequests


class SlidingWindowLimiter:
    def __init__(self, per_minute: int, *, message: str, rule: str) -> None:
        self.per_minute = per_minute
        self.message = message
        self.rule = rule
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, key: str) -> None:
        now = time.monotonic()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and now - hits[0] > 60:
                hits.popleft()
            if len(hits) >= self.per_minute:
                raise TooManyRequests(self.message, rule=self.rule)
            hits.append(now)
            if len(self._hits) > 10_000:  # bound memory under a spray of addresses
                self._hits = {k: v for k, v in self._hits.items() if v and now - v[-1] <= 60}
