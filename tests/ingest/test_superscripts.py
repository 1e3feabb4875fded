from __future__ import annotations

import numpy as np
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.ingest import read_document
from pipeline.ingest.superscripts import mark_starts, split_marks

NORMAL, SMALL = (100.0, 110.0), (99.0, 105.0)  # (top, bottom): a small character, raised


def _starts(spec: list[tuple[str, tuple[float, float]]]) -> list[int]:
    codes = np.array([ord(c) for c, _ in spec])
    top = np.array([b[0] for _, b in spec])
    bottom = np.array([b[1] for _, b in spec])
    return np.flatnonzero(mark_starts(codes, top, bottom)).tolist()


@pytest.mark.parametrize(("base", "mark", "split"), [
    ("000", "1", True),      # after a figure: € 1.850.000¹
    ("ten", "12", True),     # after a word: gemeenten¹²
    ("en.", "3", True),      # after the full stop
    ("m", "2", False),       # a unit's exponent: m²
    ("km", "2", False),
    ("abc", "x", False),     # only digits are marks
])
def test_a_raised_smaller_digit_after_a_figure_or_word_starts_a_word(base, mark, split):
    spec = [(c, NORMAL) for c in base] + [(c, SMALL) for c in mark]
    assert _starts(spec) == ([len(base)] if split else [])


def test_digits_of_one_size_on_one_line_are_not_marks():
    assert _starts([(c, NORMAL) for c in "1.850.0001"]) == []


def test_words_are_split_with_their_boxes():
    chars = [{"text": c, "x0": i * 5.0, "x1": i * 5.0 + 5, "top": t, "bottom": b}
             for i, (c, (t, b)) in enumerate([("0", NORMAL), ("0", NORMAL), ("1", SMALL)])]
    words = split_marks([{"text": "001", "x0": 0.0, "x1": 15.0, "top": 99.0, "bottom": 110.0,
                          "upright": True, "chars": chars}])
    assert [(w["text"], w["x0"], w["x1"]) for w in words] == [("00", 0.0, 10.0), ("1", 10.0, 15.0)]
    assert all("chars" not in w for w in words)


def _footnote_pdf(tmp_path):
    path = tmp_path / "voetnoot.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    text = page.beginText(72, 700)
    text.setFont("Helvetica", 10)
    text.textOut("Voor de gemeente Gouda gaat het om € 1.850.000")
    text.setFont("Helvetica", 6)
    text.setRise(4)
    text.textOut("1")
    text.setRise(0)
    text.setFont("Helvetica", 10)
    text.textOut(". Dat bedrag is vast.")
    page.drawText(text)
    page.showPage()
    page.save()
    return path


def test_a_footnote_mark_is_not_read_into_the_amount(tmp_path):
    path = _footnote_pdf(tmp_path)
    raw = read_document(path, source=path.name)
    assert "€ 1.850.000 1." in raw.pages[0].text


def test_pdfium_and_pdfplumber_split_the_mark_alike(tmp_path):
    import pdfplumber
    import pypdfium2

    from pipeline.ingest.pdf_page import WORD_OPTIONS
    from pipeline.ingest.pdfium_text import pdfium_words

    path = _footnote_pdf(tmp_path)
    doc = pypdfium2.PdfDocument(path)
    try:
        _, _, by_pdfium, _ = pdfium_words(doc, 0)
    finally:
        doc.close()
    with pdfplumber.open(path) as pdf:
        by_plumber = split_marks(pdf.pages[0].extract_words(**WORD_OPTIONS, return_chars=True))
    assert [w["text"] for w in by_pdfium] == [w["text"] for w in by_plumber]
    assert "1.850.000" in [w["text"] for w in by_pdfium] and "1." in [w["text"] for w in by_pdfium]
