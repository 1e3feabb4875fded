"""pypdfium2's words (``pipeline.ingest.pdfium_text``) against pdfplumber's on generated PDFs."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2
import pytest

from pipeline.ingest.pdf_page import WORD_OPTIONS
from pipeline.ingest.pdfium_text import pdfium_words, words_from_chars


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
    for _, plumber, (width, height, words, _shapes) in read:
        assert (width, height) == (595.0, 842.0)
        _same_words(plumber, words)


def test_letter_page_without_boxes_matches_pdfplumber(letter):
    read = {index: (plumber, fast) for index, plumber, fast in _pairs(letter.path)}
    # Page 1 has a black redaction box: its shape is read (pdf.py gives the page to pdfplumber).
    assert [box["non_stroking_color"] for box in read[0][1][3].filled] == [(0.0, 0.0, 0.0)]
    plumber, (_, _, words, _shapes) = read[1]
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
    # A page pdfminer cannot parse is read however it is (pipeline.ingest.pdf_recover):
    # the stamp's characters are kept, and the line's words keep pdfplumber's boxes.
    doc = pypdfium2.PdfDocument(str(path))
    try:
        _, _, words, shapes = pdfium_words(doc, 0, strict=False)
    finally:
        doc.close()
    texts = [w["text"] for w in words]
    assert texts[:4] == ["Regel", "van", "het", "besluit."]
    # (a turned line's characters each stand on a line of their own)
    assert sorted("".join(texts[4:])) == sorted("Woo-besluit2023-0142")
    assert shapes.filled == [] and shapes.images == []
    with pdfplumber.open(path) as pdf:
        expected = [w for w in pdf.pages[0].extract_words(**WORD_OPTIONS) if w["upright"]]
    _same_words(expected, words[:4])


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
    assert fast[3].filled == [] and fast[3].images == []


def test_grey_boxes_and_images_match_pdfplumber(tmp_path):
    from PIL import Image
    from reportlab.pdfgen.canvas import Canvas

    from pipeline.ingest.redaction import fill_level

    picture = tmp_path / "logo.png"
    Image.new("L", (40, 20), 128).save(picture)
    path = tmp_path / "shapes.pdf"
    canvas = Canvas(str(path), pagesize=(595, 842))
    canvas.drawString(70, 700, "Een regel tekst met een grijs vlak ernaast.")
    canvas.setFillGray(0.8)
    canvas.rect(300, 690, 60, 14, stroke=0, fill=1)
    path_object = canvas.beginPath()
    path_object.rect(70, 600, 50, 12)
    path_object.rect(200, 600, 80, 12)
    canvas.drawPath(path_object, stroke=0, fill=1)
    canvas.setStrokeGray(0)
    canvas.line(70, 580, 400, 580)
    canvas.drawImage(str(picture), 400, 750, width=120, height=60)
    canvas.showPage()
    canvas.save()
    [(_, _, fast)] = list(_pairs(path))
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        filled = [o for o in page.rects + page.curves if o.get("fill")]
        images = page.images
        want = sorted((round(float(o["x0"]), 1), round(float(o["top"]), 1), round(float(o["x1"]), 1),
                       round(float(o["bottom"]), 1), round(fill_level(o["non_stroking_color"]), 2))
                      for o in filled)
        want_images = [(round(float(i["x0"]), 1), round(float(i["top"]), 1),
                        round(float(i["x1"]), 1), round(float(i["bottom"]), 1)) for i in images]
    got = sorted((round(o["x0"], 1), round(o["top"], 1), round(o["x1"], 1), round(o["bottom"], 1),
                  round(fill_level(o["non_stroking_color"]), 2)) for o in fast[3].filled)
    assert got == want
    assert [(round(i["x0"], 1), round(i["top"], 1), round(i["x1"], 1), round(i["bottom"], 1))
            for i in fast[3].images] == want_images


def test_black_box_page_is_read_by_pdfplumber(tmp_path, monkeypatch):
    from reportlab.pdfgen.canvas import Canvas

    from pipeline.ingest import pdf as pdf_module

    path = tmp_path / "black.pdf"
    canvas = Canvas(str(path), pagesize=(595, 842))
    canvas.drawString(70, 700, "Een bedrag van")
    canvas.rect(160, 698, 48, 12, stroke=0, fill=1)
    canvas.drawString(212, 700, "is gereserveerd.")
    canvas.showPage()
    canvas.save()
    [(_, _, fast)] = list(_pairs(path))
    assert fast is not None and len(fast[3].filled) == 1
    read = []
    original = pdf_module._Plumber.page_objects
    monkeypatch.setattr(pdf_module._Plumber, "page_objects",
                        lambda self, index: read.append(index) or original(self, index))
    page = pdf_module.pdf_pages(path, "black.pdf")[0]
    assert read == [0]
    assert "\u2588" in page.text


def test_text_scaled_by_its_matrix_has_pdfplumbers_boxes(tmp_path):
    """Tf 1 with the size in the text matrix (as some PDF writers do), and a scaled CTM."""
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "geschaald.pdf"
    canvas = Canvas(str(path), pagesize=(595, 842))
    text = canvas.beginText()
    text.setFont("Helvetica", 1)
    text.setTextTransform(9, 0, 0, 9, 70, 700)
    text.textOut("Beesel 277.673,00 en Diemen")
    canvas.drawText(text)
    canvas.saveState()
    canvas.scale(2, 2)
    canvas.setFont("Helvetica", 5)
    canvas.drawString(35, 300, "Twee keer zo groot")
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    [(_, plumber, fast)] = list(_pairs(path))
    assert fast is not None
    _same_words(sorted(plumber, key=lambda w: (w["top"], w["x0"])),
                sorted(fast[2], key=lambda w: (w["top"], w["x0"])))
    assert {round(w["bottom"] - w["top"]) for w in fast[2]} == {9, 10}


def _chars(text: str, line: int = 0) -> list[tuple[str, float, float, float, float]]:
    top = 100.0 + 14 * line
    return [(c, 10.0 + 5 * i, top, 15.0 + 5 * i, top + 10) for i, c in enumerate(text)]


@pytest.mark.parametrize("chars, words", [
    (_chars("De gemeente"), ["De", "gemeente"]),
    (_chars("a\tb"), ["a", "b"]),
    (_chars("  "), []),
    (_chars("regel") + _chars("twee", line=1), ["regel", "twee"]),  # a line change without a space
    (_chars("twee") + _chars("regel", line=-1), ["regel", "twee"]),  # lines in the order they stand
    (_chars("ab") + [("c", 30.0, 100.0, 35.0, 110.0)], ["ab", "c"]),  # a gap wider than x_tolerance
])
def test_words_from_chars(chars, words):
    assert [w["text"] for w in words_from_chars(chars)] == words


def test_a_words_box_covers_its_characters():
    (word,) = words_from_chars(_chars("abc"))
    assert (word["x0"], word["top"], word["x1"], word["bottom"]) == (10.0, 100.0, 25.0, 110.0)


def test_words_from_chars_is_linear_in_a_run_without_spaces():
    import time

    spaced = _chars("ab " * 70_000)
    run = _chars("a" * 210_000)
    started = time.perf_counter()
    words_from_chars(spaced)
    ordinary = time.perf_counter() - started
    started = time.perf_counter()
    (word,) = words_from_chars(run)
    assert len(word["text"]) == 210_000
    assert time.perf_counter() - started < 5 * ordinary + 0.5


def test_words_follow_pdfplumbers_line_clusters_and_order():
    chars = [
        ("b", 20.0, 100.0, 25.0, 110.0), ("a", 10.0, 102.5, 15.0, 112.5),  # tops 2.5 apart: one line
        ("c", 25.0, 105.0, 30.0, 115.0),  # 2.5 below the one before: still that line (a chain)
        ("x", 10.0, 109.0, 15.0, 119.0),  # 4 below: a line of its own
        ("y", 10.0, 109.5, 14.0, 119.5),  # the same x0 as "x": kept after it, in their order
    ]
    words = words_from_chars(chars)
    assert [w["text"] for w in words] == ["a", "bc", "xy"]
    assert (words[1]["x0"], words[1]["top"], words[1]["x1"], words[1]["bottom"]) == (20.0, 100.0, 30.0, 115.0)


def test_characters_of_text_objects_of_different_sizes_keep_their_own_size(tmp_path):
    """Sizes are asked once per text object: each object's characters keep their own."""
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "maten.pdf"
    canvas = Canvas(str(path), pagesize=(595, 842))
    for size, x in ((8, 70), (14, 150), (8, 260), (20, 330)):
        canvas.setFont("Helvetica", size)
        canvas.drawString(x, 700, "Almere")
    canvas.showPage()
    canvas.save()
    [(_, plumber, fast)] = list(_pairs(path))
    _same_words(plumber, fast[2])
    by_x = sorted(fast[2], key=lambda w: w["x0"])
    assert [round(w["bottom"] - w["top"]) for w in by_x] == [8, 14, 8, 20]



def _columns(*words):
    """Word columns of (text, x0, top) words, each 20 points wide and 10 high."""
    import numpy as np

    from pipeline.ingest.pdfium_text import WordColumns

    x0 = np.array([w[1] for w in words], dtype=float)
    top = np.array([w[2] for w in words], dtype=float)
    return WordColumns([w[0] for w in words], x0, x0 + 20, top, top + 10)


@pytest.mark.parametrize("columns", [
    _columns(("De", 10, 100), ("gemeente", 35, 100), ("betaalt", 10, 114)),
    # Fake bold: a word printed twice a hair apart is one token.
    _columns(("Besluit", 10, 100), ("Besluit", 10.3, 100.2), ("regel", 10, 114)),
    # Two different words at one place both stay; so does the same word elsewhere.
    _columns(("a", 10, 100), ("b", 10.2, 100), ("a", 10, 128), ("a", 9.8, 99.9)),
    # Words outside the page (left of it, below it) are dropped.
    _columns(("links", -200, 100), ("binnen", 10, 100), ("onder", 10, 900), ("rechts", 600, 100)),
    _columns(),
])
def test_tokens_of_word_columns_are_page_tokens_of_their_words(columns):
    from pipeline.ingest.pdf_page import PageObjects, page_tokens
    from pipeline.ingest.rules import ingest_rules

    as_dicts = PageObjects(width=595.0, height=842.0, words=columns.dicts(), filled=[], chars=[], image_share=0.0)
    assert columns.tokens(595.0, 842.0) == page_tokens(as_dicts, ingest_rules())


def test_an_office_suites_line_end_hyphen_is_read_by_pdfium_as_pdfplumber_reads_it():
    # LibreOffice's hyphenation: pdfium gives the hyphen that breaks 'mil-joen' at the line's
    # end as U+FFFE, which is no character; the page must not go to pdfplumber for it.
    path = Path(__file__).resolve().parents[1] / "layouts" / "producers" / "pdf" / "aanhangsel_kamervragen.pdf"
    doc = pypdfium2.PdfDocument(str(path))
    try:
        textpage = doc[0].get_textpage()
        assert "\ufffe" in textpage.get_text_range(0, textpage.count_chars())
        fast = pdfium_words(doc, 0)
    finally:
        doc.close()
    with pdfplumber.open(path) as pdf:
        plumber = pdf.pages[0].extract_words(**WORD_OPTIONS)
    assert fast is not None
    _, _, words, _ = fast
    assert [w["text"] for w in words] == [w["text"] for w in plumber]
    assert "mil-" in [w["text"] for w in words]
