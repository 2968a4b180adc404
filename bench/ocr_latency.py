"""OCR latency for phone-sized screenshots of job ads (Tesseract, Urdu + English). JSON out.

Run: .venv/bin/python bench/ocr_latency.py
Renders synthetic ads at common phone resolutions with Pillow, then times
``TesseractOcr.image_to_text`` (what the screening page and API call) several times each.
"""

from __future__ import annotations

import io
import json
import statistics
import time

from PIL import Image, ImageDraw, ImageFont

from rihai.screening.offers.ocr import TesseractOcr

LINES = ["Customer service job in Thailand", "Salary 1500$ per month", "Visa + ticket free, no interview",
         "WhatsApp only 0300-0000000 (SYNTHETIC)", "Limited seats, apply today"]


def render(width: int, height: int, n_lines: int) -> bytes:
    img = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", max(18, width // 27))
    except OSError:
        font = ImageFont.load_default(max(18, width // 27))
    step = max(30, (height - 80) // max(n_lines, 1))
    for i in range(n_lines):
        draw.text((width // 25, 40 + i * step), LINES[i % len(LINES)], fill="black", font=font)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def main() -> None:
    ocr = TesseractOcr()
    results = []
    for width, height, n in [(720, 1600, 10), (1080, 2400, 12), (1080, 2400, 25), (1440, 3200, 25)]:
        data = render(width, height, n)
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            text = ocr.image_to_text(data)
            times.append(time.perf_counter() - t0)
        results.append({"size": f"{width}x{height}", "text_lines": n, "median_s": round(statistics.median(times), 2),
                        "max_s": round(max(times), 2), "chars_read": len(text)})
    print(json.dumps({"engine": "tesseract urd+eng, OMP_THREAD_LIMIT=1", "target_s": 3.0, "runs": results}, indent=1))


if __name__ == "__main__":
    main()
