"""Every route parses multipart uploads in memory: Starlette's parser spools a part past 1 MB to a
file in the temp directory, and a photo, a list of names or a chat screenshot must not land there
in plaintext. Checked on the shared route class, and on a real upload route (job-offer screening)."""

from __future__ import annotations

import tempfile
from typing import Annotated

from fastapi import APIRouter, FastAPI, File, UploadFile
from fastapi.testclient import TestClient

from rihai.web.routing import TransactionalRoute

BIG = b"\x00SYNTHETIC" * 250_000  # 2.5 MB, past the 1 MB spool limit


def refuse_rollover(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def refuse(self):  # type: ignore[no-untyped-def]
        raise AssertionError("an upload was about to be written to a temporary file")

    monkeypatch.setattr(tempfile.SpooledTemporaryFile, "rollover", refuse)


def test_the_shared_route_class_keeps_a_large_upload_in_memory(monkeypatch):
    refuse_rollover(monkeypatch)
    router = APIRouter(route_class=TransactionalRoute)

    @router.post("/upload")
    async def upload(file: Annotated[UploadFile, File()]) -> dict[str, int]:
        return {"size": len(await file.read())}

    app = FastAPI()
    app.include_router(router)
    with TestClient(app) as client:
        r = client.post("/upload", files={"file": ("big.bin", BIG, "application/octet-stream")})
    assert r.status_code == 200 and r.json() == {"size": len(BIG)}


def test_a_screenshot_sent_for_screening_is_not_spooled_to_disk(client, monkeypatch):
    refuse_rollover(monkeypatch)
    r = client.post("/api/v1/screen/image", files={"file": ("chat.png", BIG, "image/png")})
    # Not an image: refused as such, after being read in memory (never a 500 from the refusal).
    assert r.status_code in (413, 415, 422), r.text[:200]
