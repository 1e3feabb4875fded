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


def test_render_scale_is_capped_for_huge_pages():
    rules = ingest_rules().ocr
    assert ocr.render_scale(595, 842, rules) == pytest.approx(300 / 72)
    scale = ocr.render_scale(14400, 14400, rules)
    assert (14400 * scale) ** 2 == pytest.approx(rules.max_render_pixels, rel=0.01)


@pytest.mark.parametrize("points, refused", [(842.0, False), (4_000.0, False), (5_000.0, True),
                                            (float("nan"), True)])
def test_pages_far_over_the_render_cap_are_not_rendered(points, refused):
    rules = ingest_rules().ocr
    if not refused:
        ocr.check_render_size(points, points, rules, "a.pdf", 2)
        return
    with pytest.raises(KenmerkError) as caught:
        ocr.check_render_size(points, points, rules, "a.pdf", 2)
    assert caught.value.code == "page_too_large"
    assert caught.value.message.startswith("In the PDF a.pdf, page 2 could not be read: too large to render")


def test_the_blank_check_of_a_giant_page_renders_a_small_bitmap():
    import time

    import pypdfium2

    doc = pypdfium2.PdfDocument.new()
    doc.new_page(200_000, 200_000)  # 70 m across: 10 billion pixels at the blank check's 36 dpi
    started = time.perf_counter()
    assert ocr.is_blank(doc, 0)
    assert time.perf_counter() - started < 10


def _paper(draw=None, size=(2480, 3508)):
    from PIL import Image, ImageDraw

    image = Image.new("L", size, 255)
    if draw is not None:
        draw(ImageDraw.Draw(image))
    return image


def _specks(canvas):
    for i in range(60):  # dust: 2 x 2 pixels, black, all over the sheet
        x, y = (i * 397) % 2400, (i * 733) % 3400
        canvas.rectangle((x, y, x + 1, y + 1), fill=0)


def _text(canvas):
    for i in range(20):
        canvas.text((300, 400 + 60 * i), "De gemeente Utrecht ontvangt een bijdrage.", fill=0)


@pytest.mark.parametrize("draw, blank", [
    (None, True),
    (_specks, True),
    (lambda c: c.rectangle((300, 300, 2000, 380), fill=215), True),  # a faint grey band
    (_text, False),
    (lambda c: c.rectangle((300, 300, 2000, 380), fill=150), False),
    (lambda c: c.line((300, 300, 2000, 300), fill=0, width=4), False),  # a rule across the page
])
def test_a_rendered_page_is_blank_paper_unless_darker_than_specks(draw, blank):
    assert ocr.looks_blank(_paper(draw), 300 / 72) is blank


@pytest.mark.parametrize("draw", [None, _specks, _text,
                                  lambda c: c.rectangle((300, 300, 2000, 380), fill=215)])
def test_the_blank_check_of_the_rendered_page_agrees_with_a_small_rendering(draw, tmp_path):
    import pypdfium2

    path = tmp_path / "scan.pdf"
    _paper(draw, size=(1654, 2339)).save(path, "PDF", resolution=200.0)
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        prepared = ocr.prepare_page(pdf, 0, ingest_rules().ocr, "scan.pdf", skip_blank=True)
        assert isinstance(prepared, ocr.OcrPage) is ocr.is_blank(pdf, 0)
    finally:
        pdf.close()



def _one_image_pdf(path, image, dpi=200.0):
    image.save(path, "PDF", resolution=dpi)
    import pypdfium2

    return pypdfium2.PdfDocument(str(path))


@pytest.mark.parametrize("mode, dpi", [("L", 200.0), ("L", 300.0), ("1", 300.0)])
def test_a_page_of_grey_images_renders_as_in_grayscale_mode(tmp_path, mode, dpi):
    """The grey bitmap drawn without pdfium's grayscale mode has the same pixels."""
    from PIL import ImageChops

    pdf = _one_image_pdf(tmp_path / "scan.pdf", _paper(_text, size=(1654, 2339)).convert(mode), dpi)
    page = pdf[0]
    try:
        assert "force_bitmap_format" in ocr.grey_rendering(page)
        image, *_ = ocr.render_page(pdf, 0, ingest_rules().ocr, "scan.pdf")
        old = page.render(scale=ocr.render_scale(*page.get_size(), ingest_rules().ocr), grayscale=True)
        assert ImageChops.difference(image, old.to_pil().convert("L")).getbbox() is None
    finally:
        page.close()
        pdf.close()


def test_a_page_of_colour_or_text_renders_in_grayscale_mode(tmp_path, documents):
    pdf = _one_image_pdf(tmp_path / "colour.pdf", _paper(_text).convert("RGB"))
    letter = documents.build_letter_pdf(tmp_path)
    import pypdfium2

    text = pypdfium2.PdfDocument(str(letter.path))
    try:
        assert ocr.grey_rendering(pdf[0]) == {"grayscale": True}
        assert ocr.grey_rendering(text[0]) == {"grayscale": True}
        assert ocr.grey_rendering(pypdfium2.PdfDocument.new().new_page(595, 842)) == {"grayscale": True}
    finally:
        pdf.close()
        text.close()

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


def test_read_in_parallel_gives_each_page_its_result_or_error():
    failed = KenmerkError("ocr_failed", source="x.pdf", page=2, reason="crashed")

    def fails():
        raise failed

    ready = ocr.OcrPage([], 595.0, 842.0, None, blank=True)
    jobs = [(0, lambda: "page 1"), (1, fails), (2, ready), (3, lambda: "page 4")]
    assert ocr.read_in_parallel(iter(jobs), threads=2) == {0: "page 1", 1: failed, 2: ready,
                                                           3: "page 4"}


def test_read_in_parallel_runs_its_first_jobs_and_drops_what_they_give():
    # ``ocr_pages`` loads each thread's engine there; a model that cannot load fails its page.
    ran = []

    def fails():
        raise RuntimeError("no model")

    jobs = [(0, lambda: "page 1"), (1, lambda: "page 2")]
    first = [lambda: ran.append("loaded") or "dropped", fails]
    assert ocr.read_in_parallel(iter(jobs), threads=2, first=first) == {0: "page 1", 1: "page 2"}
    assert ran == ["loaded"]


def test_read_in_parallel_prepares_only_a_few_pages_ahead():
    import threading

    release = threading.Event()
    prepared = []

    def jobs():
        for key in range(20):
            prepared.append(key)  # a rendered page image held in memory from here
            yield key, (release.wait if key == 0 else (lambda key=key: key))

    seen = []

    def later():
        seen.append(len(prepared))
        release.set()

    timer = threading.Timer(0.5, later)
    timer.start()
    try:
        out = ocr.read_in_parallel(jobs(), threads=2)
    finally:
        timer.cancel()
    # While page 1 is still being read, later pages are prepared only a few ahead
    # of it (twice the threads, and the one waiting for room), whatever the timing.
    assert seen and seen[0] <= 2 * 2 + 1
    assert prepared == list(range(20)) and out == {**{k: k for k in range(1, 20)}, 0: True}


def test_a_stopped_document_does_not_wait_for_the_pages_being_read():
    import threading

    release = threading.Event()
    finished = []

    def hung():
        release.wait(60)
        finished.append(True)

    def jobs():
        yield 0, hung
        yield 1, hung
        raise TimeoutError("the document's time is up")  # as SIGALRM raises in the caller

    try:
        with pytest.raises(TimeoutError):
            ocr.read_in_parallel(jobs(), threads=2)
        assert not finished  # back while both pages were still being read
    finally:
        release.set()


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
