"""Pictures of text on pages with a text layer: OCR'd, their words placed on the page."""

from __future__ import annotations

import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from pipeline.ingest import read_document
from pipeline.ingest.lines import Token
from pipeline.ingest.ocr import tesseract_problem
from pipeline.ingest.regions import ImageBox, merge_region_words, text_regions
from pipeline.ingest.rules import ingest_rules
from pipeline.records import BBox

RULES = ingest_rules()
A4 = (595.0, 842.0)

needs_tesseract = pytest.mark.skipif(tesseract_problem("nld") is not None,
                                     reason="tesseract with nld is not installed")

TABLE = ["Gemeente          Bijdrage", "Lelystad           125.000",
         "Dronten            48.500", "Zeewolde           31.250"]


def _word(text: str, x0: float, top: float) -> Token:
    return Token(text, BBox(x0, top, x0 + 40, top + 10))


def test_small_images_and_backgrounds_are_not_read():
    words = [_word("tekst", 60 + 50 * i, 300) for i in range(6)]
    logo = BBox(40, 20, 110, 60)  # narrower than 15% of the page
    flat = BBox(40, 100, 500, 115)  # a rule, not lines of text
    background = BBox(50, 290, 400, 330)  # the text layer lies on it
    table = BBox(50, 400, 500, 520)
    images = [ImageBox(b) for b in (logo, flat, background, table)]
    assert text_regions(images, words, A4[0], RULES) == [ImageBox(table)]


def test_ocr_words_on_layer_words_are_not_added_twice():
    layer = [_word("Bijdrage", 100, 100)]
    found = [_word("Bijdrage", 101, 100), _word("Lelystad", 100, 200)]
    assert [t.text for t in merge_region_words(layer, found)] == ["Bijdrage", "Lelystad"]


def _page_with_picture(path, picture, box: BBox, *, text_over: bool = False):
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont("Helvetica", 11)
    canvas.drawString(60, A4[1] - 80, "Hieronder staat de verdeling van de bijdragen.")
    canvas.drawImage(ImageReader(picture), box.x0, A4[1] - box.bottom,
                     width=box.x1 - box.x0, height=box.bottom - box.top)
    if text_over:
        for i in range(6):
            canvas.drawString(box.x0 + 10, A4[1] - box.top - 20 - 14 * i,
                              "Deze tekst staat op een achtergrond van de huisstijl.")
    canvas.drawString(60, A4[1] - 400, "De bedragen zijn voorlopig.")
    canvas.save()


@needs_tesseract
def test_a_picture_of_a_table_is_read_into_the_page(tmp_path, picture_of_text):
    box = BBox(60, 120, 400, 240)
    path = tmp_path / "plaatje.pdf"
    _page_with_picture(path, picture_of_text(TABLE, 340, 120, size=14), box)
    page = read_document(path, source="plaatje.pdf").pages[0]
    assert (page.method, page.method_reason) == ("pdf+ocr", "image_regions")
    assert "verdeling" in page.text and "voorlopig" in page.text
    assert "Lelystad" in page.text and "125.000" in page.text
    lelystad = next(w for w in page.words if w.text == "Lelystad")
    assert box.x0 <= lelystad.bbox.x0 < lelystad.bbox.x1 <= box.x1
    assert box.top <= lelystad.bbox.top < lelystad.bbox.bottom <= box.bottom
    # Reading order: the picture stands between the two lines of the layer.
    assert page.text.index("verdeling") < page.text.index("Lelystad") < page.text.index("voorlopig")


@needs_tesseract
def test_a_background_picture_is_not_read(tmp_path):
    box = BBox(50, 100, 545, 260)
    path = tmp_path / "achtergrond.pdf"
    _page_with_picture(path, Image.new("L", (400, 130), 235), box, text_over=True)
    page = read_document(path, source="achtergrond.pdf").pages[0]
    assert (page.method, page.method_reason) == ("pdf", "text_layer")


def test_a_failing_region_keeps_the_text_layer(tmp_path, monkeypatch, picture_of_text):
    from pipeline.ingest import pdf

    def fail(*args, **kwargs):
        raise ValueError("odd image")

    monkeypatch.setattr(pdf, "read_image", fail)
    path = tmp_path / "plaatje.pdf"
    _page_with_picture(path, picture_of_text(TABLE, 340, 120, size=14), BBox(60, 120, 400, 240))
    page = read_document(path, source="plaatje.pdf").pages[0]
    assert (page.method, page.method_reason) == ("pdf", "image_regions_failed")
    assert "verdeling" in page.text and "voorlopig" in page.text


@needs_tesseract
def test_a_picture_repeated_on_every_page_is_read_once(tmp_path, picture_of_text, monkeypatch):
    from pipeline.ingest import regions

    calls = []
    real = regions.read_region

    def counting(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(regions, "read_region", counting)
    picture = ImageReader(picture_of_text(TABLE, 340, 120, size=14))
    path = tmp_path / "herhaald.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    for number in range(3):
        canvas.setFont("Helvetica", 11)
        canvas.drawString(60, A4[1] - 80, f"Dit is pagina {number + 1} van het verslag.")
        canvas.drawImage(picture, 60 + 20 * number, A4[1] - 240, width=340, height=120)
        canvas.showPage()
    canvas.save()
    pages = read_document(path, source="herhaald.pdf").pages
    assert calls == [0]
    for number, page in enumerate(pages):
        lelystad = next(w for w in page.words if w.text == "Lelystad")
        assert 60 + 20 * number <= lelystad.bbox.x0 <= 60 + 20 * number + 340
