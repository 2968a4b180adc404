"""Uploaded pictures re-made from their pixels alone (pure: bytes in, bytes out; no database).
Both a case's attached photos and scans (``cases.attachments``) and a family's photo of a missing
person (``tracing``) go through here, so the one way a picture is made safe is written once.

A picture from a phone usually carries EXIF: the GPS position where it was taken (often a
survivor's shelter or a family's home), the phone's make and serial, the time. Nothing of the
uploaded file survives except its pixels:

* only JPEG, PNG and WebP are opened (Pillow is told so; a file's name or declared type is never
  trusted);
* the pixel count is checked from the header *before* decoding, so a small file that expands to
  gigabytes (a decompression bomb) is refused without being decoded;
* the image is decoded completely (a truncated or corrupt file is refused), turned upright by its
  EXIF orientation, flattened onto white, shrunk to ``max_side`` and copied into a *new* image
  that has no metadata at all, then encoded afresh as JPEG: no EXIF, XMP, ICC profile, comment or
  bytes appended after the image (a polyglot's tail).

A refusal is ``Unusable`` with a ``reason`` (``pixels``, ``type``, ``decode``); each domain words
it for its own form field and rule names.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

FORMATS = ("JPEG", "PNG", "WEBP")
MEDIA_TYPE = "image/jpeg"
PIXELS, TYPE, DECODE = "pixels", "type", "decode"


class Unusable(ValueError):
    """The picture cannot be used; ``reason`` is PIXELS, TYPE or DECODE (never its content)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Picture:
    data: bytes  # a fresh JPEG
    width: int
    height: int


def remake_jpeg(data: bytes, *, max_pixels: int, max_side: int, quality: int) -> Picture:
    """The picture's pixels alone, upright, on white, at most ``max_side`` a side, as a new JPEG."""
    with warnings.catch_warnings():
        # Pillow only *warns* between its own limit and twice it; here any bomb warning is a refusal.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=FORMATS) as im:
                width, height = im.size
                if width < 1 or height < 1 or width * height > max_pixels:
                    raise Unusable(PIXELS)
                if im.format == "JPEG":
                    # Decode at a reduced scale where JPEG allows it: less memory, same result.
                    im.draft("RGB", (max_side, max_side))
                im.load()
                rgb = _flatten(ImageOps.exif_transpose(im))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise Unusable(PIXELS) from exc
        except UnidentifiedImageError as exc:
            raise Unusable(TYPE) from exc
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise Unusable(DECODE) from exc
    rgb.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    # A new image from the pixels alone: whatever ``info`` the decoder filled in is left behind.
    bare = Image.frombytes("RGB", rgb.size, rgb.tobytes())
    out = io.BytesIO()
    bare.save(out, "JPEG", quality=quality, optimize=True)
    return Picture(out.getvalue(), bare.width, bare.height)


def _flatten(im: Image.Image) -> Image.Image:
    """RGB on white: transparency and palettes become plain pixels (JPEG has neither)."""
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        base = Image.new("RGB", rgba.size, (255, 255, 255))
        base.paste(rgba, mask=rgba.getchannel("A"))
        return base
    return im.convert("RGB")
