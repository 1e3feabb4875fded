"""Black redaction boxes: recognised in PDFs and images, words under them dropped."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from pipeline.ingest import read_document
from pipeline.ingest.layout import Token
from pipeline.ingest.redaction import (
    REDACTION_MARK,
    apply_redactions,
    image_redaction_boxes,
    is_dark,
    overlap_share,
)
from pipeline.ingest.rules import ingest_rules
from pipeline.records import BBox

RULES = ingest_rules().redaction


@pytest.mark.parametrize(
    ("color", "dark"),
    [
        ((0.0,), True),
        (0, True),
        ((0.1, 0.1, 0.1), True),
        ((0.0, 0.0, 0.0, 1.0), True),
        ((0.5,), False),
        ((1.0, 1.0, 1.0), False),
        ((0.0, 0.0, 0.9), False),
        ((0.0, 0.0, 0.0, 0.0), False),
        (None, False),
        (("P0",), False),
    ],
)
def test_is_dark(color, dark):
    assert is_dark(color, RULES.max_level) is dark


def test_overlap_share():
    assert overlap_share(BBox(0, 0, 10, 10), BBox(5, 0, 20, 10)) == pytest.approx(0.5)
    assert overlap_share(BBox(0, 0, 10, 10), BBox(20, 0, 30, 10)) == 0


def test_apply_redactions_drops_covered_words_and_adds_a_mark():
    tokens = [Token("bedrag", BBox(10, 0, 40, 10)), Token("g®e", BBox(52, 0, 70, 10)),
              Token("5.1.2e", BBox(85, 0, 110, 10))]
    box = BBox(50, -1, 80, 11)
    out = apply_redactions(tokens, [box], RULES)
    assert [t.text for t in out] == ["bedrag", "5.1.2e", REDACTION_MARK]
    assert out[-1].bbox == box


def test_image_boxes_find_the_black_box_not_the_text():
    scale = 300 / 72
    image = Image.new("L", (1000, 400), 255)
    draw = ImageDraw.Draw(image)
    draw.text((40, 40), "Voor de inzet is een bedrag van", fill=0)
    draw.rectangle((500, 100, 700, 150), fill=0)  # 48 x 12 points
    boxes = image_redaction_boxes(image, scale, unit=10.0, rules=RULES)
    assert len(boxes) == 1
    box = boxes[0]
    assert (box.x0, box.top, box.x1, box.bottom) == pytest.approx(
        (500 / scale, 100 / scale, 701 / scale, 151 / scale), abs=1.5)


def test_image_boxes_ignore_a_thin_rule():
    image = Image.new("L", (1000, 400), 255)
    ImageDraw.Draw(image).rectangle((50, 200, 950, 206), fill=0)  # a horizontal line
    assert image_redaction_boxes(image, 300 / 72, unit=10.0, rules=RULES) == []


def _pdf_with_box(path, text_color):
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(595, 842))
    canvas.setFont("Helvetica", 11)
    canvas.drawString(70, 700, "De subsidie voor de gemeente bedraagt")
    canvas.setFillColorRGB(0, 0, 0)
    canvas.rect(270, 696, 80, 14, stroke=0, fill=1)
    canvas.setFillColorRGB(*text_color)
    canvas.drawString(275, 700, "123.456")
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawString(360, 700, "per jaar voor de aanpak.")
    canvas.showPage()
    canvas.save()
    return path


def test_text_left_under_a_black_box_is_not_read(tmp_path):
    path = _pdf_with_box(tmp_path / "lek.pdf", (0, 0, 0))
    text = read_document(path, source="lek.pdf").pages[0].text
    assert "123.456" not in text
    assert f"bedraagt {REDACTION_MARK} per jaar" in text


def test_white_text_on_a_dark_bar_is_a_heading_not_a_redaction(tmp_path):
    path = _pdf_with_box(tmp_path / "kop.pdf", (1, 1, 1))
    text = read_document(path, source="kop.pdf").pages[0].text
    assert "bedraagt 123.456 per jaar" in text
    assert REDACTION_MARK not in text
