"""Fixtures for the ingest tests: generated letters, reports and scans (built once per session).

The builders live in ``tests/fixtures/documents.py`` and come from the
``documents`` fixture of ``tests/conftest.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import read_document
from pipeline.ingest.lines import PageLayout, Token, segment_layout
from pipeline.ingest.rules import ingest_rules
from pipeline.records import BBox


@pytest.fixture(scope="session")
def fixture_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("ingest_documents")


@pytest.fixture(scope="session")
def letter(documents, fixture_dir):
    return documents.build_letter_pdf(fixture_dir)


@pytest.fixture(scope="session")
def letter_doc(letter):
    return read_document(letter.path, source="brief.pdf")


@pytest.fixture(scope="session")
def annual_report(documents, fixture_dir):
    return documents.build_annual_report_pdf(fixture_dir)


@pytest.fixture(scope="session")
def scanned_letter(documents, fixture_dir):
    return documents.build_scanned_letter_pdf(fixture_dir)


@pytest.fixture(scope="session")
def scanned_letter_doc(scanned_letter):
    return read_document(scanned_letter.path, source="brief_scan.pdf")


def _picture_of_text(lines: list[str], width: float, height: float, *, size: float = 12.0,
                     dpi: int = 200, background: int = 255):
    """A greyscale PIL image of ``lines`` printed in Helvetica (drawn with reportlab,
    rendered with pypdfium2, so no font file is needed): a scan or a pasted picture."""
    import io

    import pypdfium2
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    if background != 255:
        canvas.setFillGray(background / 255)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        canvas.setFillGray(0)
    canvas.setFont("Helvetica", size)
    for i, line in enumerate(lines):
        canvas.drawString(8, height - 8 - size * 1.5 * (i + 1) + size * 0.3, line)
    canvas.save()
    pdf = pypdfium2.PdfDocument(buffer.getvalue())
    try:
        page = pdf[0]
        bitmap = page.render(scale=dpi / 72.0, grayscale=True)
        image = bitmap.to_pil().convert("L")
        bitmap.close()
        page.close()
    finally:
        pdf.close()
    return image


@pytest.fixture(scope="session")
def picture_of_text():
    return _picture_of_text


class _Place:
    """Hand-placed word boxes for the layout tests, about half an em per character."""

    size = 10.0

    def words(self, text: str, x: float, top: float, size: float = size) -> list[Token]:
        """Tokens for a line of text set at ``x``/``top``."""
        out = []
        for word in text.split():
            width = 0.5 * size * len(word)
            out.append(Token(word, BBox(x, top, x + width, top + size)))
            x += width + 0.3 * size
        return out

    def page_of(self, lines: list[tuple[str, float, float]], width: float = 595,
                height: float = 842) -> PageLayout:
        """A page of (text, x, top) lines, split into segments by the layout rules."""
        tokens = [t for text, x, top in lines for t in self.words(text, x, top)]
        return segment_layout(tokens, width, height, ingest_rules())


@pytest.fixture(scope="session")
def place() -> _Place:
    return _Place()
