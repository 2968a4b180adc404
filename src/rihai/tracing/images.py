"""The photo of a missing person: checked, decoded, cleaned and shrunk before anything stores it.

A photo a family sends from a phone usually carries EXIF: the GPS position where it was taken
(often the family's home), the phone's make and serial, the time. None of that helps a reviewer
and all of it can hurt the family, so nothing of the uploaded file survives except its pixels:
``rihai.images.remake_jpeg`` (shared with case attachments) says how. Here: the size limits of a
photo a reviewer looks at, and the words of a refusal.

Pure: no database. ``tracing.photos`` stores the result encrypted.
"""

from __future__ import annotations

from dataclasses import dataclass

from rihai import images
from rihai.errors import Invalid, PayloadTooLarge

MAX_BYTES = 5 * 1024 * 1024
# 40 megapixels: a modern phone's full-resolution photo fits; decoding one needs ~120 MB at most.
MAX_PIXELS = 40_000_000
# Enough to recognise a face on a review screen; small enough (~100-200 KB) to keep encrypted rows
# and key rotation light.
MAX_SIDE = 1024
MEDIA_TYPE = images.MEDIA_TYPE
FIELD = "photo"
_REFUSALS = {
    images.PIXELS: (f"the photo has too many pixels (at most {MAX_PIXELS // 1_000_000} megapixels)", "photo-pixels"),
    images.TYPE: ("the photo must be a JPEG, PNG or WebP image", "photo-type"),
    images.DECODE: ("the photo could not be read (damaged or incomplete file)", "photo-decode"),
}


@dataclass(frozen=True)
class CleanPhoto:
    data: bytes
    width: int
    height: int
    media_type: str = MEDIA_TYPE


def _refuse(detail: str, rule: str) -> Invalid:
    return Invalid(detail, field=FIELD, rule=rule)


def clean_photo(data: bytes) -> CleanPhoto:
    """Check and re-encode an uploaded photo; raise ``Invalid``/``PayloadTooLarge`` (naming the
    field and rule, never anything about the picture) when it cannot be used."""
    if not data:
        raise _refuse("the photo file is empty", "photo-empty")
    if len(data) > MAX_BYTES:
        raise PayloadTooLarge(f"photos are limited to {MAX_BYTES // (1024 * 1024)} MB", field=FIELD,
                              rule="photo-size")
    try:
        picture = images.remake_jpeg(data, max_pixels=MAX_PIXELS, max_side=MAX_SIDE, quality=85)
    except images.Unusable as exc:
        raise _refuse(*_REFUSALS[exc.reason]) from exc
    return CleanPhoto(picture.data, picture.width, picture.height)
