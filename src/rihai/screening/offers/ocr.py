"""Reading the text out of a screenshot of a job ad, so it can be screened like pasted text.

An ``OcrEngine`` is a Protocol with a real implementation (Tesseract, Debian's ``tesseract-ocr``
with English and Urdu data) and a null one for deployments without it, chosen by a setting.
Images are checked before any decoding: type by magic bytes, pixel count by header, so a
decompression bomb or a file that is not an image gets a clear error, never a crash.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from typing import Protocol

from PIL import Image, UnidentifiedImageError

MAX_PIXELS = 40_000_000  # a phone screenshot is 2-3 MP; this leaves room for long captures
_MAGIC = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg", b"GIF87a": "gif", b"GIF89a": "gif"}


class OcrError(ValueError):
    """The image cannot be read (not an image, too large, or OCR failed)."""


class OcrEngine(Protocol):
    name: str

    def available(self) -> bool: ...

    def image_to_text(self, data: bytes) -> str: ...


def sniff(data: bytes) -> str:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    raise OcrError("this file is not a PNG, JPEG, WebP or GIF image")


def prepare(data: bytes) -> bytes:
    """Validate and normalise an image for OCR: greyscale PNG, small images enlarged."""
    sniff(data)
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(io.BytesIO(data)) as img:
            width, height = img.size
            if width * height > MAX_PIXELS:
                raise OcrError("the image is too large (over 40 megapixels)")
            img.load()
            grey = img.convert("L")
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError) as exc:
        raise OcrError("the image could not be read; it may be damaged") from exc
    # Tesseract reads best at ~30 px per text line; phone screenshots of small text are below it.
    if width < 1000:
        grey = grey.resize((width * 2, height * 2), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    grey.save(out, format="PNG")
    return out.getvalue()


class TesseractOcr:
    name = "tesseract"

    def __init__(self, languages: str = "urd+eng", timeout: float = 30.0) -> None:
        self.languages = languages
        self.timeout = timeout

    def available(self) -> bool:
        return shutil.which("tesseract") is not None

    def image_to_text(self, data: bytes) -> str:
        if not self.available():
            raise OcrError("text recognition is not installed on this server")
        png = prepare(data)
        # One OpenMP thread: on a small machine Tesseract's threads fight each other and a phone
        # screenshot took 4.7 s; single-threaded it takes about 1 s, and parallel requests still
        # use every core.
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        try:
            done = subprocess.run(["tesseract", "stdin", "stdout", "-l", self.languages, "--psm", "3"],
                                  input=png, capture_output=True, timeout=self.timeout, check=False,
                                  env=env)
        except subprocess.TimeoutExpired as exc:
            raise OcrError("reading the image took too long") from exc
        if done.returncode != 0:
            raise OcrError("text recognition failed on this image")
        return done.stdout.decode("utf-8", errors="replace").strip()


class NullOcr:
    name = "none"

    def available(self) -> bool:
        return False

    def image_to_text(self, data: bytes) -> str:
        raise OcrError("reading screenshots is not enabled on this server; paste the text instead")


def make_ocr(backend: str) -> OcrEngine:
    return TesseractOcr() if backend == "tesseract" else NullOcr()
