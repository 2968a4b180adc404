"""One reader for every uploaded table (tracing lists, the BE&OE register, any later import): CSV
or the first sheet of an XLSX file, streamed, with its caps checked while reading rather than
after.

Why: a 368 KB XLSX holding 1,000,000 rows used to be read whole (42 s, ~250 MB, every other
request slowed) before its row count was compared with the cap. An XLSX file is a zip of XML, so
what arrives small can be huge inside. Before openpyxl opens it:

- the zip's directory is read: too many entries, a sheet or shared-strings part whose declared
  uncompressed size is over its cap, or too much in all, is refused. (A part cannot inflate past
  its declared size: ``zipfile`` stops there and fails the CRC check.) Shared strings are held
  in memory by openpyxl, so their cap is a memory cap;
- each sheet's XML is streamed once through zlib and its ``<row>`` and ``<c>`` elements counted
  (a regular expression over bytes, stopping as soon as a cap is passed). openpyxl is far slower
  (a few thousand rows a second on a loaded machine), and opening a workbook already parses
  every sheet that declares no dimension from end to end, looking for one;
- the declared dimension (``<dimension ref="A1:C1000000"/>``) is checked once opened.

Then rows are streamed (openpyxl ``read_only``; ``csv`` over lines read with a length limit), and
every row read counts, blank or not, so a cap no header or pre-count caught still holds. Refusals
are ``rihai.errors.Invalid`` naming the field ("file") and the rule, never a value.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rihai.errors import Invalid

Cell = object  # str from CSV; str, int, float, bool, datetime or None from XLSX


@dataclass(frozen=True)
class Limits:
    max_rows: int  # rows after the heading
    max_columns: int = 256
    max_cell_chars: int = 4096
    max_bytes: int | None = None  # the file itself; None: the caller already capped it
    max_sheet_xml_bytes: int = 128 * 1024 * 1024
    max_shared_strings_bytes: int = 32 * 1024 * 1024
    max_zip_total_bytes: int = 256 * 1024 * 1024
    max_zip_entries: int = 1000

    @property
    def max_physical_rows(self) -> int:
        """Rows read in all, blank ones included: the heading, the data rows, and some slack for
        the empty rows spreadsheets keep."""
        return self.max_rows + 1 + max(1000, self.max_rows // 10)

    @property
    def max_cells(self) -> int:
        return (self.max_rows + 1) * 64


def is_xlsx(data: bytes, filename: str = "") -> bool:
    return data[:4] == b"PK\x03\x04" or filename.lower().endswith((".xlsx", ".xlsm"))


def read_rows(data: bytes, filename: str, limits: Limits, *, sniff_delimiter: bool = True,
              active_sheet: bool = False) -> Iterator[list[Cell]]:
    """Yields the non-blank rows (the heading first), trailing empty cells dropped. Raises
    ``Invalid`` (field "file") as soon as a cap is passed; stop iterating to stop reading."""
    if limits.max_bytes is not None and len(data) > limits.max_bytes:
        raise Invalid(f"the file may be at most {limits.max_bytes // (1024 * 1024) or 1} MB",
                      field="file", rule="max-bytes")
    rows = _xlsx_rows(data, limits, active_sheet) if is_xlsx(data, filename) else _csv_rows(
        data, limits, sniff_delimiter)
    seen = kept = 0
    physical_cap, content_cap = limits.max_physical_rows, limits.max_rows + 1
    for values in rows:
        seen += 1
        if seen > physical_cap:
            raise _too_many_rows(limits)
        if values.count(None) == len(values):  # at C speed: a gap openpyxl filled, or padding
            continue
        row = list(values)
        while row and (row[-1] is None or row[-1] == ""):
            row.pop()
        if not row or not any(c is not None and (not isinstance(c, str) or c.strip()) for c in row):
            continue
        kept += 1
        if kept > content_cap:
            raise _too_many_rows(limits)
        if len(row) > limits.max_columns:
            raise Invalid(f"a row may have at most {limits.max_columns} columns", field="file",
                          rule="max-columns")
        if max(len(c) if isinstance(c, str) else 0 for c in row) > limits.max_cell_chars:
            raise Invalid(f"a cell may hold at most {limits.max_cell_chars} characters", field="file",
                          rule="max-cell")
        yield row


def _too_many_rows(limits: Limits) -> Invalid:
    return Invalid(f"the file may have at most {limits.max_rows} rows after its heading; split it",
                   field="file", rule="max-rows")


# --------------------------------------------------------------------------- CSV
def _csv_rows(data: bytes, limits: Limits, sniff: bool) -> Iterator[Sequence[Cell]]:
    # No field can be longer than a cell, and no line longer than a row of cells (plus quoting).
    max_line = limits.max_cell_chars * 4 + limits.max_columns * 8
    sample = data[:8192].decode("utf-8-sig", errors="ignore")
    dialect: type[csv.Dialect] | csv.Dialect = csv.excel
    if sniff:
        try:
            dialect = csv.Sniffer().sniff(sample[:4096], delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
    text = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")

    def lines() -> Iterator[str]:
        while line := text.readline(max_line + 1):
            if len(line) > max_line:
                raise Invalid(f"a line may hold at most {max_line} characters", field="file",
                              rule="max-cell")
            yield line

    try:
        yield from csv.reader(lines(), dialect)
    except UnicodeDecodeError as exc:
        raise Invalid("the file is neither UTF-8 CSV nor XLSX", field="file", rule="csv-or-xlsx") from exc
    except csv.Error as exc:  # a field past the csv module's own limit, a stray NUL
        raise Invalid("the file could not be read as CSV", field="file", rule="csv-or-xlsx") from exc


# --------------------------------------------------------------------------- XLSX
_SHEET_PART = re.compile(r"^xl/worksheets/[^/]+\.xml$", re.IGNORECASE)
_SHARED_STRINGS_PART = re.compile(r"^xl/sharedStrings\.xml$", re.IGNORECASE)
# Row and cell start tags ("<row ", "<c>", "<row/>"), counted with bytes.count (no object per
# match: a million rows cost nothing to count); the rare prefixed form ("<x:row>") by regex.
_AFTER_NAME = (b" ", b">", b"/", b"\t", b"\n", b"\r")
_ROW_TAGS = tuple(b"<row" + c for c in _AFTER_NAME)
_CELL_TAGS = tuple(b"<c" + c for c in _AFTER_NAME)
_PREFIXED = re.compile(rb"<[A-Za-z_][\w.-]{0,63}:(row|c)[\s/>]")
_TAIL = 80  # longer than any match, so a tag split between two chunks is counted once


def _unreadable(exc: Exception | None = None) -> Invalid:
    err = Invalid("the file could not be read as XLSX", field="file", rule="csv-or-xlsx")
    if exc is not None:
        err.__cause__ = exc
    return err


def _too_large() -> Invalid:
    return Invalid("the spreadsheet is too large once unpacked; save it as CSV or split it",
                   field="file", rule="xlsx-size")


def _check_archive(data: bytes, limits: Limits) -> None:
    """Refuse from the zip's directory alone, before anything is inflated."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _unreadable(exc) from exc
    if len(infos) > limits.max_zip_entries:
        raise _too_large()
    if sum(i.file_size for i in infos) > limits.max_zip_total_bytes:
        raise _too_large()
    for info in infos:
        if _SHEET_PART.match(info.filename) and info.file_size > limits.max_sheet_xml_bytes:
            raise _too_large()
        if _SHARED_STRINGS_PART.match(info.filename) and info.file_size > limits.max_shared_strings_bytes:
            raise _too_large()
    # Every sheet, not only the one read: opening the workbook parses each sheet without a
    # declared dimension from end to end, looking for one.
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for info in infos:
                if _SHEET_PART.match(info.filename):
                    _count_rows(zf, info.filename, limits)
    except (zipfile.BadZipFile, zlib.error, OSError, KeyError, EOFError) as exc:
        raise _unreadable(exc) from exc


def _count_rows(zf: zipfile.ZipFile, part: str, limits: Limits) -> None:
    """Stream a sheet's XML through zlib, 1 MB at a time, counting its rows and cells; stop at a
    cap. A tag cannot contain "<", so everything before a chunk's last "<" is counted now and the
    rest waits for the next chunk (unless it is longer than any tag: then it holds none)."""
    rows = cells = 0
    tail = b""
    with zf.open(part) as stream:
        while chunk := stream.read(1 << 20):
            buf = tail + chunk
            cut = buf.rfind(b"<")
            if cut == -1 or len(buf) - cut > _TAIL:
                body, tail = buf, b""
            else:
                body, tail = buf[:cut], buf[cut:]
            r, c = _count_tags(body)
            rows, cells = rows + r, cells + c
            if rows > limits.max_physical_rows:
                raise _too_many_rows(limits)
            if cells > limits.max_cells:
                raise _too_large()
    if rows + _count_tags(tail)[0] > limits.max_physical_rows:
        raise _too_many_rows(limits)


def _count_tags(body: bytes) -> tuple[int, int]:
    rows = sum(body.count(t) for t in _ROW_TAGS)
    cells = sum(body.count(t) for t in _CELL_TAGS)
    if b":row" in body or b":c" in body:
        prefixed = _PREFIXED.findall(body)
        rows += prefixed.count(b"row")
        cells += len(prefixed) - prefixed.count(b"row")
    return rows, cells


def _xlsx_rows(data: bytes, limits: Limits, active_sheet: bool) -> Iterator[Sequence[Cell]]:
    from openpyxl import load_workbook

    _check_archive(data, limits)
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for a bad file
        raise _unreadable(exc) from exc
    try:
        ws = wb.active if active_sheet else (wb.worksheets[0] if wb.worksheets else None)
        if ws is None:
            raise _unreadable()
        # The dimension a writer declared: an honest huge sheet is refused without reading it.
        if (ws.max_row or 0) > limits.max_physical_rows:
            raise _too_many_rows(limits)
        if (ws.max_column or 0) > limits.max_columns:
            raise Invalid(f"a row may have at most {limits.max_columns} columns", field="file",
                          rule="max-columns")
        # Rows are as wide as the declared dimension (what openpyxl reads by default), and never
        # wider than the cap whatever a cell's column number claims.
        width = ws.max_column if ws.max_column else limits.max_columns
        try:
            yield from ws.iter_rows(values_only=True, max_col=width)
        except Invalid:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged part shows only while streaming
            raise _unreadable(exc) from exc
    finally:
        wb.close()
