"""The page images tesseract reads: rendering under the pixel cap, in grey, and blank paper."""

from __future__ import annotations

import pytest

from pipeline.errors import KenmerkError
from pipeline.ingest import ocr, page_images
from pipeline.ingest.rules import ingest_rules


def test_render_scale_is_capped_for_huge_pages():
    rules = ingest_rules().ocr
    assert page_images.render_scale(595, 842, rules) == pytest.approx(300 / 72)
    scale = page_images.render_scale(14400, 14400, rules)
    assert (14400 * scale) ** 2 == pytest.approx(rules.max_render_pixels, rel=0.01)


@pytest.mark.parametrize("points, refused", [(842.0, False), (4_000.0, False), (5_000.0, True),
                                            (float("nan"), True)])
def test_pages_far_over_the_render_cap_are_not_rendered(points, refused):
    rules = ingest_rules().ocr
    if not refused:
        page_images.check_render_size(points, points, rules, "a.pdf", 2)
        return
    with pytest.raises(KenmerkError) as caught:
        page_images.check_render_size(points, points, rules, "a.pdf", 2)
    assert caught.value.code == "page_too_large"
    assert caught.value.message.startswith("In the PDF a.pdf, page 2 could not be read: too large to render")


def test_the_blank_check_of_a_giant_page_renders_a_small_bitmap():
    import time

    import pypdfium2

    doc = pypdfium2.PdfDocument.new()
    doc.new_page(200_000, 200_000)  # 70 m across: 10 billion pixels at the blank check's 36 dpi
    started = time.perf_counter()
    assert page_images.is_blank(doc, 0)
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
    assert page_images.looks_blank(_paper(draw), 300 / 72) is blank


@pytest.mark.parametrize("draw", [None, _specks, _text,
                                  lambda c: c.rectangle((300, 300, 2000, 380), fill=215)])
def test_the_blank_check_of_the_rendered_page_agrees_with_a_small_rendering(draw, tmp_path):
    import pypdfium2

    path = tmp_path / "scan.pdf"
    _paper(draw, size=(1654, 2339)).save(path, "PDF", resolution=200.0)
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        prepared = ocr.prepare_page(pdf, 0, ingest_rules().ocr, "scan.pdf", skip_blank=True)
        assert isinstance(prepared, ocr.OcrPage) is page_images.is_blank(pdf, 0)
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
        assert "force_bitmap_format" in page_images.grey_rendering(page)
        image, *_ = page_images.render_page(pdf, 0, ingest_rules().ocr, "scan.pdf")
        old = page.render(scale=page_images.render_scale(*page.get_size(), ingest_rules().ocr), grayscale=True)
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
        assert page_images.grey_rendering(pdf[0]) == {"grayscale": True}
        assert page_images.grey_rendering(text[0]) == {"grayscale": True}
        assert page_images.grey_rendering(pypdfium2.PdfDocument.new().new_page(595, 842)) == {"grayscale": True}
    finally:
        pdf.close()
        text.close()
