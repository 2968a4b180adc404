"""How long the attachment checks take and what they leave, on synthetic files (no personal data,
no reserved evaluation set): a 12-megapixel phone photo with GPS in its EXIF, an A4 page scanned
at 300 dpi (PNG), and PDFs of 1, 20 and 100 pages (fpdf2, text only). For each: input and output size, the
median and worst of R runs (ms), and whether the output still carries EXIF. Prints one JSON document.

    python bench/attachments_cleaning.py --repeat 5
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from PIL import Image  # noqa: E402

from factories.attachments import clean_pdf, photo_with_gps  # noqa: E402
from rihai.cases.attachments.files import clean_file  # noqa: E402


def scan_png(size: tuple[int, int]) -> bytes:
    """A page-like scan: white, lines of dark marks, a little sensor noise."""
    from PIL import ImageDraw

    im = Image.new("RGB", size, (250, 250, 248))
    draw = ImageDraw.Draw(im)
    for y in range(120, size[1] - 120, 48):
        for x in range(150, size[0] - 150, 37):
            draw.rectangle((x, y, x + 25, y + 18), fill=(30, 30, 40))
    im = Image.blend(im, Image.effect_noise(size, 12).convert("RGB"), 0.08)
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def measure(name: str, data: bytes, repeat: int) -> dict[str, object]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = clean_file(data)
        times.append((time.perf_counter() - t0) * 1000)
    assert out is not None
    exif = bool(Image.open(io.BytesIO(out.data)).getexif()) if out.media_type == "image/jpeg" else None
    return {"file": name, "in_bytes": len(data), "out_bytes": len(out.data), "out_type": out.media_type,
            "ms_median": round(statistics.median(times), 1), "ms_max": round(max(times), 1),
            "exif_left": exif}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    files = {"photo_12mp_gps.jpg": photo_with_gps((4000, 3000)), "scan_a4_300dpi.png": scan_png((2480, 3508)),
             "pdf_1_page": clean_pdf(1), "pdf_20_pages": clean_pdf(20), "pdf_100_pages": clean_pdf(100)}
    print(json.dumps({"repeat": args.repeat, "results": [measure(n, d, args.repeat) for n, d in files.items()]},
                     indent=2))


if __name__ == "__main__":
    main()
