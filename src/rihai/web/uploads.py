"""Reading uploaded files and answering with private images.

Uploads are parsed in memory (see ``rihai.web.routing``); these read an upload no further than one
byte past its cap, so the cap's error is given without holding a huge file."""

from __future__ import annotations

from fastapi import Request, UploadFile
from starlette.responses import Response

from rihai.errors import Invalid, PayloadTooLarge


async def read_upload(request: Request, upload: UploadFile, *, what: str, field: str = "file") -> bytes:
    """The whole of a required upload, at most ``RIHAI_UPLOAD_MAX_BYTES``; ``what`` names the kind
    of file in the refusal ("lists", "images")."""
    cap = request.app.state.settings.upload_max_bytes
    data = await upload.read(cap + 1)
    if len(data) > cap:
        raise PayloadTooLarge(f"{what} are limited to {cap // (1024 * 1024)} MB", field=field)
    if not data:
        raise Invalid("the file is empty", field=field)
    return data


async def read_optional_upload(upload: object, cap: int) -> bytes | None:
    """The bytes of an optional file field, at most ``cap`` + 1 (the caller refuses what is over
    its cap); None when no file was chosen."""
    if upload is None or isinstance(upload, str) or not hasattr(upload, "read"):
        return None
    data = await upload.read(cap + 1)
    if not data and not getattr(upload, "filename", ""):
        return None  # the field was left empty
    return bytes(data)


def private_image(data: bytes, media_type: str) -> Response:
    """An image answer that no cache keeps and no browser guesses a type for or saves by name."""
    return Response(data, media_type=media_type,
                    headers={"Cache-Control": "no-store, private", "X-Content-Type-Options": "nosniff",
                             "Content-Disposition": "inline"})
