"""PDF documents in English or Urdu (fpdf2), shared by every domain that writes one: the national
statistics report and the networks evidence pack. Core: knows no domain.

Urdu is shaped by HarfBuzz (``uharfbuzz``, through fpdf2's text shaping) in Noto Naskh Arabic
(vendored, OFL, ``rihai/fonts/``) and laid out right to left: headings and text aligned right,
tables' columns mirrored. Noto Naskh has no Latin letters, digits or arrows, so DejaVu Sans
(shipped with matplotlib) is the fallback for those: numbers, codes and hashes keep their own
shape and direction and never turn into "?". Documents are built in memory (``bytes``), never
through a temporary file, because what they hold may be personal data.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fpdf import FPDF

ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
FONTS = Path(__file__).with_name("fonts")
NASKH = FONTS / "NotoNaskhArabic-Regular.ttf"
BODY = 180  # printable width of A4 with fpdf2's default 10 mm margins


def dejavu(style: str = "") -> Path:
    """DejaVu Sans as matplotlib ships it (regular, bold "B", oblique "I")."""
    import matplotlib

    name = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}[style]
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name


class BilingualPdf:
    """An A4 document whose direction is kept in one place: ``rtl`` flips alignment and column
    order. ``pdf`` is the fpdf2 document, for what this class does not cover (images, lines)."""

    def __init__(self, locale: str, title: str, subject: str, arabic_in_ltr: bool = False) -> None:
        """``arabic_in_ltr``: an English document that may quote Urdu-script names (the evidence
        pack) registers Naskh too, and each such text is shaped right to left on its own."""
        from fpdf import FPDF

        self.rtl = locale == "ur"
        pdf = FPDF(format="A4")
        self.pdf: FPDF = pdf
        for style in ("", "B", "I"):
            pdf.add_font("dejavu", style, str(dejavu(style)))
        if self.rtl:
            # Naskh has one weight, registered once (the same file under three style names drew
            # garbled letters in table cells): headings are set larger instead of bold
            pdf.add_font("naskh", "", str(NASKH))
            pdf.set_fallback_fonts(["dejavu"], exact_match=False)
            self.direction("rtl")
        elif arabic_in_ltr:
            pdf.add_font("naskh", "", str(NASKH))
        self.naskh = self.rtl or arabic_in_ltr
        self.family = "naskh" if self.rtl else "dejavu"
        pdf.set_lang("ur" if self.rtl else "en")
        pdf.set_title(title)
        pdf.set_subject(subject)
        pdf.set_creator("Rihai")
        pdf.set_auto_page_break(True, margin=15)

    def direction(self, direction: str) -> None:
        if direction == "rtl":
            self.pdf.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="urd")
        else:
            self.pdf.set_text_shaping(False)  # digits and codes need no shaping and no bidi

    @property
    def align(self) -> str:
        return "R" if self.rtl else "L"

    def font(self, style: str, size: float) -> None:
        if self.rtl:
            self.pdf.set_font(self.family, "", size + (2 if style == "B" else 1))
        else:
            self.pdf.set_font(self.family, style, size)

    def para(self, text: str, style: str = "", size: float = 10, height: float = 5) -> None:
        self.font(style, size)
        switched = self._script(text, style, size)
        self.pdf.multi_cell(0, height + (1 if self.rtl else 0), text, align=self.align,
                            new_x="LMARGIN", new_y="NEXT")
        if switched:
            self._restore(style, size)

    def _script(self, text: str, style: str, size: float) -> bool:
        """Sets the direction (and in an English document the font) for ``text`` where it
        differs from the document's; True if it did, and ``_restore`` must follow."""
        arabic = bool(ARABIC.search(text))
        if self.rtl and not arabic:
            # numbers, "<5", age bands and codes read left to right even in an Urdu document:
            # shaped right to left, "<5" became "5>" and "0–8" became "8–0"
            self.direction("ltr")
            return True
        if not self.rtl and arabic and self.naskh:
            self.pdf.set_font("naskh", "", size + 1)
            self.direction("rtl")
            return True
        return False

    def _restore(self, style: str, size: float) -> None:
        if self.rtl:
            self.direction("rtl")
        else:
            self.direction("ltr")
            self.font(style, size)
        # fpdf2 2.8.9: a number opening a new page (drawn in the fallback font) left the page
        # believing Naskh was set, and the Urdu cell after it came out blank; fpdf2's own text
        # regions reset this flag for the same reason
        self.pdf.current_font_is_set_on_page = False

    def code(self, text: str, size: float = 7) -> None:
        """Left to right in both languages, unshaped: hashes, ids, timestamps."""
        self.direction("ltr")
        self.pdf.set_font("dejavu", "", size)
        self.pdf.multi_cell(0, 3.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        if self.rtl:
            self._restore("", size)

    def heading(self, text: str, level: int, size: float = 13) -> None:
        self.pdf.start_section(text, level=level)  # outline (bookmarks) entry
        self.font("B", size)
        self.pdf.cell(0, 9, text, align=self.align, new_x="LMARGIN", new_y="NEXT")

    def table(self, rows: list[tuple[str, ...]], widths: list[float], bold_first_col: str = "",
              size: float = 8, clip: int = 70, text_columns: int = 1) -> None:
        """Rows of cells (the first row a header); the first ``text_columns`` hold text, aligned
        where the reader starts, the others numbers or codes. Mirrored in Urdu."""
        order = list(range(len(widths)))
        if self.rtl:
            order.reverse()
        for n, row in enumerate(rows):
            height = 6 if self.rtl else 5
            self.font("B" if n == 0 or (bold_first_col and row[0] == bold_first_col) else "", size)
            if self.rtl:  # flush with the right margin, where the reader starts
                self.pdf.set_x(self.pdf.w - self.pdf.r_margin - sum(widths))
            style = "B" if n == 0 or (bold_first_col and row[0] == bold_first_col) else ""
            for i in order:
                text = str(row[i])[:clip]
                align = self.align if i < text_columns else ("L" if self.rtl else "R")
                switched = self._script(text, style, size)
                self.pdf.cell(widths[i], height, text, border=1, align=align)
                if switched:
                    self._restore(style, size)
            self.pdf.ln()

    def output(self) -> bytes:
        return bytes(self.pdf.output())
