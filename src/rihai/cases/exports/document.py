"""The summary's PDF, from sections already translated and already cut to what the reader may
see: this module decides nothing about access. Pure: no database."""

from __future__ import annotations

from dataclasses import dataclass, field

from rihai.pdf import BilingualPdf


@dataclass
class Section:
    heading: str
    rows: list[tuple[str, str]] = field(default_factory=list)  # (label, value)
    lines: list[str] = field(default_factory=list)  # paragraphs (notes)


def write_summary(locale: str, title: str, subtitle: str, sections: list[Section], footer: str) -> bytes:
    doc = BilingualPdf(locale, title=title, subject=title, arabic_in_ltr=True)
    pdf = doc.pdf
    pdf.add_page()
    doc.heading(title, 0, size=16)
    doc.para(subtitle, size=9)
    for section in sections:
        if not (section.rows or section.lines):
            continue
        pdf.ln(2)
        doc.heading(section.heading, 1, size=12)
        # Label above value, each its own paragraph: each keeps its own script and direction (a
        # Latin name or a CNIC in an Urdu document), and a long value wraps instead of being cut.
        for label, value in section.rows:
            doc.para(label, style="B", size=8, height=4)
            doc.para(value or "—", size=10)
        for line in section.lines:
            doc.para(line, size=9)
    pdf.ln(4)
    doc.para(footer, size=8)
    return doc.output()
