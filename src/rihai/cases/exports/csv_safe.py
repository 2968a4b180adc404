"""CSV that a spreadsheet cannot be made to run: OWASP's advice on CSV injection. A cell that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by Excel, LibreOffice
and Google Sheets as a formula (``=HYPERLINK(...)`` sends data away when clicked), so it is
prefixed with a single quote, which they show as text; the csv module quotes every cell and
doubles the quotes inside. Pure."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def write_csv(header: list[str], rows: Iterable[Iterable[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    # A byte-order mark so that Excel opens Urdu names as UTF-8.
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
