"""The admission gate: a worker process works on at most ``RIHAI_CONCURRENT_REQUESTS`` requests at
once, the rest wait in order holding nothing, and every admitted request finishes."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
from fastapi import APIRouter, FastAPI

from rihai.web.routing import TransactionalRoute


def gated_app(limit: int) -> tuple[FastAPI, dict[str, int]]:
    seen = {"now": 0, "most": 0, "done": 0}
    lock = threading.Lock()
    router = APIRouter(route_class=TransactionalRoute)

    @router.get("/work")
    def work() -> dict[str, bool]:  # a sync endpoint: runs in the thread pool like the real ones
        with lock:
            seen["now"] += 1
            seen["most"] = max(seen["most"], seen["now"])
        time.sleep(0.05)
        with lock:
            seen["now"] -= 1
            seen["done"] += 1
        return {"ok": True}

    app = FastAPI()
    app.include_router(router)
    app.state.request_gate = asyncio.Semaphore(limit)
    return app, seen


async def hammer(app: FastAPI, n: int) -> list[int]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        return [r.status_code for r in await asyncio.gather(*(client.get("/work") for _ in range(n)))]


def run_in_own_loop(coro):  # type: ignore[no-untyped-def]
    # The browser tests keep an event loop running in this thread (Playwright's sync API).
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result(timeout=60)


def test_no_more_than_the_limit_at_once_and_all_finish():
    app, seen = gated_app(2)
    assert run_in_own_loop(hammer(app, 12)) == [200] * 12
    assert seen["most"] == 2 and seen["done"] == 12


def test_the_setting_reaches_the_app(settings, keyring):
    from rihai.app import create_app

    app = create_app(settings.model_copy(update={"concurrent_requests": 3}), keyring=keyring)
    assert app.state.request_gate._value == 3  # noqa: SLF001
