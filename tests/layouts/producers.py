"""The producer zoo: letters, notas, Woo decisions, e-mails, council papers, news, budgets and
Kamervragen written in an office suite and exported to PDF by LibreOffice Writer (some then
distilled again by ghostscript, as a "print to PDF" does), so that kenmerk meets the text runs of
a real office producer rather than reportlab's: a margin column in a text frame or a table cell,
label rows as tables, justified text hyphenated by Dutch patterns, headers and footers, footnote
marks, bullets, redaction boxes as character backgrounds.

The documents are in ``producers/documents/*.json`` (one file per family), in the notation of
``producers/generate.py``, which wrote the PDFs in ``producers/pdf/`` (run by hand: it needs
LibreOffice; ``producers/SOURCES.md`` says with which versions). Each entry carries what a
reader finds on the printed page, by the conventions of ``tests/real/ANNOTATING.md``:
``expect`` (``doc_type``, ``doc_kind``, ``doc_date``), every amount as ``[text, value_eur,
municipality]`` and the CBS codes of the municipalities mentioned. Written before kenmerk ran on
them; none is copied from a real document. ``open`` says why kenmerk does not read a document
right yet (the test expects that failure).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.testing import load_test_module

families = load_test_module(Path(__file__).with_name("families.py"))

HERE = Path(__file__).resolve().parent / "producers"
FAMILIES = HERE / "documents"
PDFS = HERE / "pdf"
# What the generator reads to draw a document; the zoo reads only the expectations.
DRAWING = {"letterhead", "layout", "running", "footer", "margin", "blocks", "font", "bullet", "gs", "docx", "page_label"}
KEYS = {"name", "expect", "amounts", "municipalities", "open"} | DRAWING


@dataclass(frozen=True)
class ProducedDocument:
    name: str
    family: str
    doc_type: str
    doc_kind: str
    doc_date: str | None
    # (text as printed, value in euro or None where a redaction box hides it, CBS code or None)
    amounts: tuple[tuple[str, str, str | None], ...]
    municipalities: tuple[str, ...]
    distilled: bool
    open: str | None = None

    @property
    def pdf(self) -> Path:
        return PDFS / f"{self.name}.pdf"

    def gold(self) -> list[dict]:
        """The document's facts as gold lines of ``corpus/gold/README.md``."""
        doc = f"{self.name}.pdf"
        rows = [{"doc": doc, "kind": "document", "doc_type": self.doc_type, "doc_kind": self.doc_kind,
                 "doc_date": self.doc_date}]
        rows += [{"doc": doc, "kind": "amount", "text": text, "value_eur": value, "redacted": value is None,
                  "municipality": code} for text, value, code in self.amounts]
        rows += [{"doc": doc, "kind": "municipality", "code": code} for code in self.municipalities]
        return rows


def load() -> tuple[ProducedDocument, ...]:
    return tuple(
        ProducedDocument(
            name=entry["name"], family=family, distilled=entry.get("gs", False), open=entry.get("open"),
            amounts=tuple(tuple(a) for a in entry["amounts"]),
            municipalities=tuple(entry["municipalities"]), **entry["expect"])
        for family, entry in families.entries(FAMILIES, KEYS)
    )


ZOO = load()
