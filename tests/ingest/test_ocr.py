"""OCR of scanned pages: tesseract word boxes through the same layout rules.

The tests marked ``slow`` run real tesseract (``nld``) on the generated scan.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from pipeline.errors import KenmerkError
from pipeline.ingest import ocr, read_document
from pipeline.ingest.lines import Token
from pipeline.ingest.rules import ingest_rules
from pipeline.records import BBox

MARGIN_LABELS = ("Datum", "Ons kenmerk", "Uw kenmerk", "Pagina", "Contactpersoon")


def folded(text: str) -> str:
    return " ".join(text.split())


def body_part(page) -> str:
    first_label = page.margin_fields[0][0]
    return page.text[: page.text.index("\n\n" + first_label)]


def test_tokens_from_data_converts_pixels_to_points():
    data = {"text": ["", "Datum", "  ", "28"], "conf": ["-1", "96.5", "-1", "88"],
            "left": [0, 300, 0, 300], "top": [0, 600, 0, 640],
            "width": [2480, 150, 0, 60], "height": [3508, 40, 0, 40]}
    tokens, confidence = ocr.tokens_from_data(data, scale=300 / 72, min_confidence=0)
    assert [t.text for t in tokens] == ["Datum", "28"]
    box = tokens[0].bbox
    assert (box.x0, box.top, box.x1, box.bottom) == pytest.approx((72.0, 144.0, 108.0, 153.6))
    assert confidence == pytest.approx(92.25)



def test_missing_tesseract_is_ocr_unavailable(scanned_letter, monkeypatch):
    monkeypatch.setattr(ocr, "tesseract_problem", lambda lang: "tesseract is not installed")
    with pytest.raises(KenmerkError) as err:
        read_document(scanned_letter.path, source="brief_scan.pdf")
    assert err.value.code == "ocr_unavailable"
    assert "apt-get install tesseract-ocr tesseract-ocr-nld" in err.value.message


def test_tesseract_problem_names_a_missing_language():
    assert ocr.tesseract_problem("xx-not-a-language") is not None


@pytest.mark.slow
def test_scan_is_read_by_ocr_with_confidence(scanned_letter_doc):
    assert scanned_letter_doc.ingest == "ocr"
    assert [p.method for p in scanned_letter_doc.pages] == ["ocr", "ocr"]
    assert all(p.ocr_confidence > 70 for p in scanned_letter_doc.pages)


@pytest.mark.slow
def test_scan_body_reads_in_order(scanned_letter, scanned_letter_doc):
    for page, expected in zip(scanned_letter_doc.pages, scanned_letter.body_pages, strict=True):
        got = folded(body_part(page))
        assert difflib.SequenceMatcher(None, got, folded(expected)).ratio() > 0.95
        for line in body_part(page).splitlines():
            assert not any(line.strip().startswith(label) for label in MARGIN_LABELS), line
    first = folded(scanned_letter_doc.pages[0].text)
    assert first.index("Geachte heer") < first.index("€ 950.000") < first.index("gereserveerd")


@pytest.mark.slow
def test_scan_margin_and_footer(scanned_letter, scanned_letter_doc):
    first = scanned_letter_doc.pages[0]
    assert ("Datum", "28 januari 2016") in first.margin_fields
    assert ("Pagina", "1/2") in first.margin_fields
    assert all(p.furniture for p in scanned_letter_doc.pages)
    assert "www.almere.nl" not in first.text


@pytest.mark.slow
def test_scan_word_boxes_are_in_pdf_points(scanned_letter, scanned_letter_doc):
    page = scanned_letter_doc.pages[0]
    for word in page.words:
        assert page.text[word.char_start:word.char_end] == word.text
    start = page.text.index("950.000")
    word = next(w for w in page.words if w.char_start == start)
    drawn = scanned_letter.find("950.000", page=1)[0]
    assert word.bbox.x0 == pytest.approx(drawn.x0, abs=3)
    assert word.bbox.top == pytest.approx(drawn.top, abs=4)
    assert word.bbox.x1 == pytest.approx(drawn.x1, abs=3)


@pytest.mark.slow
def test_mixed_document_ocrs_only_the_scanned_page(documents, tmp_path):
    built = documents.build_mixed_letter_pdf(tmp_path)
    doc = read_document(built.path, source="brief_gemengd.pdf")
    assert doc.ingest == "ocr"
    assert [p.method for p in doc.pages] == ["pdf", "ocr"]
    assert [p.method_reason for p in doc.pages] == ["text_layer", "no_text_layer"]
    assert doc.pages[0].ocr_confidence is None
    assert doc.pages[1].ocr_confidence > 70
    assert [p.furniture for p in doc.pages] == [(built.footer,), (built.footer,)]
    assert ("Datum", "28 januari 2016") in doc.pages[1].margin_fields
    assert folded(body_part(doc.pages[1])) == folded(built.body_pages[1])


@pytest.mark.parametrize("engine", ["command", "library"])
def test_tesseract_timeout_is_ocr_failed(scanned_letter, monkeypatch, engine):
    import pytesseract

    from pipeline.ingest import tesseract

    def too_slow(*args, **kwargs):
        raise (tesseract.EngineError if engine == "library" else RuntimeError)("timeout")

    if engine == "library":
        monkeypatch.setattr(tesseract, "image_to_data", too_slow)
    else:
        monkeypatch.setattr(tesseract, "enabled", False)
        monkeypatch.setattr(pytesseract, "image_to_data", too_slow)
    with pytest.raises(KenmerkError) as err:
        read_document(scanned_letter.path, source="brief_scan.pdf")
    assert err.value.code == "ocr_failed"
    assert "page 1" in err.value.message


@pytest.mark.slow
def test_scanned_two_column_page_reads_left_column_first(documents, tmp_path):
    built = documents.build_scanned_report_pdf(tmp_path)
    page = read_document(built.path, source="jaarverslag_scan.pdf").pages[0]
    assert page.method == "ocr"
    text = folded(page.text)
    assert text.index("LINKS-EINDE") < text.index("RECHTS-BEGIN")
    assert difflib.SequenceMatcher(None, text, folded(built.body_pages[0])).ratio() > 0.97


@pytest.mark.slow
@pytest.mark.parametrize("turn", [90, 180, 270])
def test_scan_fed_in_sideways_is_turned_upright(documents, tmp_path, turn):
    built = documents.build_scanned_letter_pdf(tmp_path, f"gedraaid_{turn}.pdf", noise=0.0,
                                               turn=turn)
    doc = read_document(built.path, source="gedraaid.pdf")
    page = doc.pages[0]
    assert page.ocr_confidence > 80
    assert ("Datum", "28 januari 2016") in page.margin_fields
    assert folded(body_part(page)) == folded(built.body_pages[0])
    # Boxes are on the page as it is stored (turned), where the word lies there.
    width, height = (842, 595) if turn in (90, 270) else (595, 842)
    assert (page.width, page.height) == pytest.approx((width, height), abs=1)
    word = next(w for w in page.words if w.text == "950.000")
    drawn = built.find("950.000", page=1)[0]
    assert (word.bbox.x0, word.bbox.top, word.bbox.x1, word.bbox.bottom) == pytest.approx(
        (drawn.x0, drawn.top, drawn.x1, drawn.bottom), abs=3)


@pytest.mark.parametrize(("text", "height", "speck"), [
    ("subsidie", 8.0, False),
    (";", 3.0, False),
    ("u,", 1.1, True),
    (",", 1.0, True),
    (".", 1.2, True),
    ("-", 1.0, False),
    ("—", 0.8, False),
    (",--", 1.4, False),
    ("..........", 1.0, False),
])
def test_a_speck_read_as_a_word_is_flatter_than_any_letter_and_lies_on_a_word(text, height, speck):
    # The page's words are 8 points high; a dash, a figure's ',--' and a leader print flat.
    rules = ingest_rules().ocr
    word = Token("Zuidhorn", BBox(90, 299, 140, 308))
    token = Token(text, BBox(100, 302, 104, 302 + min(height, 6.0)))
    assert ocr.is_speck(token, 8.0, rules, [word, token]) is speck
    # The same speck in the gap between two words is left.
    alone = Token(text, BBox(150, 302, 154, 302 + min(height, 6.0)))
    assert not ocr.is_speck(alone, 8.0, rules, [word, Token("Marum", BBox(160, 299, 190, 308)), alone])


def test_looks_sideways():
    rules = ingest_rules().ocr
    flat = [Token("gemeente", BBox(0, 0, 40, 10)), Token("Almere", BBox(45, 0, 75, 10))]
    tall = [Token("gemeente", BBox(0, 0, 10, 40)), Token("Almere", BBox(0, 45, 10, 75))]
    assert not ocr.looks_sideways(flat, 95.0, rules)
    assert ocr.looks_sideways(tall, 95.0, rules)
    assert ocr.looks_sideways(flat, 30.0, rules)
    assert not ocr.looks_sideways([], None, rules)


@pytest.mark.slow
def test_pages_read_in_parallel_equal_pages_read_one_by_one(scanned_letter):
    import pypdfium2

    rules = ingest_rules()
    pdf = pypdfium2.PdfDocument(str(scanned_letter.path))
    try:
        indices = list(range(len(pdf)))
        parallel = ocr.ocr_pages(pdf, indices, rules, "brief_scan.pdf", threads=2)
        for index in indices:
            alone = ocr.ocr_page(pdf, index, rules, "brief_scan.pdf")
            assert parallel[index] == alone
    finally:
        pdf.close()



def _scan_with_boxes(path, *, code: str):
    """A line with a box and its ground: black with the ground just beside it or printed white on it, or
    grey with the ground printed on it; scanned at 300 dpi."""
    import io

    import pypdfium2
    from PIL import ImageFilter
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(420, 60))
    canvas.setFont("Helvetica", 10)
    canvas.drawString(10, 25, "De naam van de secretaris")
    canvas.setFillGray(0.72 if code == "grey" else 0)
    canvas.rect(140, 22, 46, 12, stroke=0, fill=1)
    canvas.setFont("Helvetica", 8)
    canvas.setFillGray(1 if code == "white" else 0)
    canvas.drawString(188 if code == "beside" else 144, 25, "10.2e")
    canvas.setFillGray(0)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(215, 25, "blijft weggelakt.")
    canvas.save()
    pdf = pypdfium2.PdfDocument(buffer.getvalue())
    image = pdf[0].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
    image.filter(ImageFilter.GaussianBlur(0.7)).save(path, dpi=(300, 300))
    return path


@pytest.mark.skipif(ocr.tesseract_problem("nld") is not None, reason="no tesseract")
@pytest.mark.parametrize("code", ["beside", "white", "grey"])
def test_the_ground_beside_or_on_a_box_in_a_scan_is_read_whole(tmp_path, code):
    path = _scan_with_boxes(tmp_path / "scan.png", code=code)
    text = read_document(path, source="scan.png").pages[0].text
    assert "\u2588 10.2e blijft weggelakt" in folded(text)


def _counted_reads(monkeypatch) -> list[tuple[int, float | None]]:
    """Each tesseract reading of ``ocr_image`` from now on: (words, mean confidence)."""
    readings = []
    read = ocr._read

    def counted(*args, **kwargs):
        tokens, confidence = read(*args, **kwargs)
        readings.append((len(tokens), confidence))
        return tokens, confidence

    monkeypatch.setattr(ocr, "_read", counted)
    return readings


def _faded_letter_with_specks(folder):
    """A short letter on A4 scanned as the degraded zoo's faded scans are: faded toner
    (the scanner's ``low_contrast``) with the dark specks of the zoos' scanner."""
    from reportlab.pdfgen.canvas import Canvas

    from pipeline.testing import load_test_module

    scanner = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "scanner.py")
    drawn = folder / "brief.drawn.pdf"
    canvas = Canvas(str(drawn), pagesize=(595, 842))
    canvas.setFont("Helvetica", 11)
    lines = ["Gemeente Almere", "Datum: 12 maart 2024", "Onderwerp: subsidie sportakkoord", "",
             "Geachte heer Jansen,", "Wij kennen de gemeente een bijdrage van € 12.500 toe."]
    for i, line in enumerate(lines):
        canvas.drawString(72, 760 - 16 * i, line)
    canvas.save()
    faded = scanner.degrade(scanner.KINDS_ZOO, "low_contrast")
    return scanner.scan_pdf(drawn, folder / "brief_vervaagd.pdf", 3, faded)


@pytest.mark.slow
def test_a_faded_scan_with_dark_specks_is_read_from_the_cleaned_image(tmp_path, monkeypatch):
    path = _faded_letter_with_specks(tmp_path)
    readings = _counted_reads(monkeypatch)
    page = read_document(path, source="brief_vervaagd.pdf").pages[0]
    assert readings[0] == (0, None)  # the specks took the threshold: no word read
    assert len(readings) == 2 and readings[1][0] >= 15 and readings[1][1] > 80
    assert page.method == "ocr" and page.method_reason == "no_text_layer"
    assert page.layout_notes == ("scan_cleaned",)
    text = folded(page.text)
    assert "bijdrage van € 12.500" in text and "Geachte heer Jansen" in text


@pytest.mark.skipif(ocr.tesseract_problem("nld") is not None, reason="no tesseract")
@pytest.mark.parametrize("lines", [
    ["De gemeente Utrecht ontvangt een bijdrage van 12.500 euro.", "Met vriendelijke groet,"],
    [],  # blank paper: nothing to read, also not from a cleaned image
])
def test_a_page_read_well_or_blank_is_read_once(picture_of_text, monkeypatch, lines):
    image = picture_of_text(lines, 420, 80, dpi=300)
    readings = _counted_reads(monkeypatch)
    result = ocr.ocr_image(image, 300 / 72, ingest_rules(), "brief.png", 1)
    assert len(readings) == 1 and not result.cleaned
    assert [t.text for t in result.tokens] == " ".join(lines).split()
