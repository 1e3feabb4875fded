"""pypdfium2's words (``pipeline.ingest.pdfium_text``) against pdfplumber's on generated PDFs."""

from __future__ import annotations

import pdfplumber
import pypdfium2
import pytest

from pipeline.ingest.pdf import WORD_OPTIONS
from pipeline.ingest.pdfium_text import pdfium_words


def _pairs(path):
    doc = pypdfium2.PdfDocument(str(path))
    try:
        with pdfplumber.open(path) as pdf:
            for index, page in enumerate(pdf.pages):
                yield index, page.extract_words(**WORD_OPTIONS), pdfium_words(doc, index)
    finally:
        doc.close()


def _same_words(plumber, fast):
    assert [w["text"] for w in fast] == [w["text"] for w in plumber]
    for a, b in zip(plumber, fast, strict=True):
        assert b["x0"] == pytest.approx(float(a["x0"]), abs=0.5), a["text"]
        assert b["top"] == pytest.approx(float(a["top"]), abs=0.5), a["text"]
        assert b["bottom"] == pytest.approx(float(a["bottom"]), abs=0.5), a["text"]
        if a["x1"] > a["x0"]:  # pdfminer gives '€' of a standard font no width
            assert b["x1"] == pytest.approx(float(a["x1"]), abs=0.5), a["text"]


def test_annual_report_words_and_boxes_match_pdfplumber(annual_report):
    read = list(_pairs(annual_report.path))
    assert all(fast is not None for _, _, fast in read)
    for _, plumber, (width, height, words) in read:
        assert (width, height) == (595.0, 842.0)
        _same_words(plumber, words)


def test_letter_page_without_boxes_matches_pdfplumber(letter):
    read = {index: (plumber, fast) for index, plumber, fast in _pairs(letter.path)}
    # Page 1 has a black redaction box: pdfplumber reads it (filled paths).
    assert read[0][1] is None
    plumber, (_, _, words) = read[1]
    _same_words(plumber, words)


def test_rotated_stamp_goes_to_pdfplumber(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "stamp.pdf"
    canvas = Canvas(str(path), pagesize=(595, 842))
    canvas.drawString(70, 700, "Regel van het besluit.")
    canvas.saveState()
    canvas.translate(570, 300)
    canvas.rotate(90)
    canvas.drawString(0, 0, "Woo-besluit 2023-0142")
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    [(_, _, fast)] = list(_pairs(path))
    assert fast is None


def test_lines_and_gaps_split_words(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "table.pdf"
    canvas = Canvas(str(path), pagesize=(595, 842))
    canvas.setFont("Helvetica", 10)
    for i, (label, figure) in enumerate([("Preventie", "12.500"), ("Opvang", "1.250.000")]):
        canvas.drawString(70, 700 - 14 * i, label)
        canvas.drawRightString(400, 700 - 14 * i, figure)
    canvas.drawString(70, 600, "tekst")
    canvas.drawString(95, 600.5, "ernaast")
    canvas.showPage()
    canvas.save()
    [(_, plumber, fast)] = list(_pairs(path))
    # (no "€" here: pdfminer gives it no width and so misplaces what follows it)
    _same_words(plumber, fast[2])
