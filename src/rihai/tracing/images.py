"""The photo of a missing person: checked, decoded, cleaned and shrunk before anything stores it.

A photo a family sends from a phone usually carries EXIF: the GPS position where it was taken
(often the family's home), the phone's make and serial, the time. None of that helps a reviewer and
all of it can hurt the family, so nothing of the uploaded file survives except its pixels:

* only JPEG, PNG and WebP are opened (Pillow is told so; a file's name or declared type is never
  trusted), and at most ``MAX_BYTES``;
* the pixel count is checked from the header *before* decoding, so a small file that expands to
  gigabytes (a decompression bomb) is refused without being decoded;
* the image is decoded completely (a truncated or corrupt file is refused), turned upright by its
  EXIF orientation, flattened onto white, shrunk to ``MAX_SIDE`` and copied into a *new* image that
  has no metadata at all, then encoded afresh as JPEG: no EXIF, XMP, ICC profile or comment.

Pure: no database. ``tracing.photos`` stores the result encrypted.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from rihai.errors import Invalid, PayloadTooLarge

MAX_BYTES = 5 * 1024 * 1024
# 40 megapixels: a modern phone's full-resolution photo fits; decoding one needs ~120 MB at most.
MAX_PIXELS = 40_000_000
# Enough to recognise a face on a review screen; small enough (~100-200 KB) to keep encrypted rows
# and key rotation light.
MAX_SIDE = 1024
FORMATS = ("JPEG", "PNG", "WEBP")
MEDIA_TYPE = "image/jpeg"
FIELD = "photo"


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
    with warnings.catch_warnings():
        # Pillow only *warns* between its own limit and twice it; here any bomb warning is a refusal.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=FORMATS) as im:
                width, height = im.size
                if width < 1 or height < 1 or width * height > MAX_PIXELS:
                    raise _refuse(f"the photo has too many pixels (at most {MAX_PIXELS // 1_000_000} "
                                  "megapixels)", "photo-pixels")
                if im.format == "JPEG":
                    # Decode at a reduced scale where JPEG allows it: less memory, same result.
                    im.draft("RGB", (MAX_SIDE, MAX_SIDE))
                im.load()
                upright = ImageOps.exif_transpose(im)
                rgb = _flatten(upright)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise _refuse(f"the photo has too many pixels (at most {MAX_PIXELS // 1_000_000} "
                          "megapixels)", "photo-pixels") from exc
        except UnidentifiedImageError as exc:
            raise _refuse("the photo must be a JPEG, PNG or WebP image", "photo-type") from exc
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise _refuse("the photo could not be read (damaged or incomplete file)", "photo-decode") from exc
    rgb.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    # A new image from the pixels alone: whatever ``info`` the decoder filled in is left behind.
    bare = Image.frombytes("RGB", rgb.size, rgb.tobytes())
    out = io.BytesIO()
    bare.save(out, "JPEG", quality=85, optimize=True)
    return CleanPhoto(out.getvalue(), bare.width, bare.height)


def _flatten(im: Image.Image) -> Image.Image:
    """RGB on white: transparency and palettes become plain pixels (JPEG has neither)."""
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        base = Image.new("RGB", rgba.size, (255, 255, 255))
        base.paste(rgba, mask=rgba.getchannel("A"))
        return base
    return im.convert("RGB")
