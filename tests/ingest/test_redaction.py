"""Black and grey redaction boxes: recognised in PDFs and images, words under them dropped."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from pipeline.ingest import ocr, read_document, redaction
from pipeline.ingest.lines import Token
from pipeline.ingest.redaction import (
    REDACTION_MARK,
    apply_redactions,
    code_misread,
    fill_level,
    grey_box_is_redaction,
    image_grey_boxes,
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


@pytest.mark.parametrize(("shape", "size"), [((40, 36), 4), ((37, 41), 4), ((30, 30), 3),
                                             ((64, 80), 8), ((5, 5), 1)])
def test_block_shares_are_the_mean_of_each_block(shape, size):
    import numpy as np

    dark = np.random.default_rng(11).random(shape) < 0.4
    rows, cols = shape[0] // size, shape[1] // size
    dark = dark[: rows * size, : cols * size]
    expected = dark.reshape(rows, size, cols, size).mean(axis=(1, 3))
    assert (redaction._block_shares(dark, size) == expected).all()


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


# Grey boxes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("color", "level"),
    [((0.0,), 0.0), (0.8, 0.8), ((0.75, 0.75, 0.75), 0.75), ((0, 0, 0, 0.2), 0.8),
     ((0.0, 0.486, 0.792), None), ((0.9, 0.1, 0.0, 0.0), None), (None, None), (("P0",), None)],
)
def test_fill_level(color, level):
    assert fill_level(color) == (pytest.approx(level) if level is not None else None)


def _pdf_with_grey(path, *, grey: float, inside: str | None, color=(0, 0, 0),
                   size=(80, 14), beside: bool = True):
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(595, 842))
    canvas.setFont("Helvetica", 11)
    if beside:
        canvas.drawString(70, 700, "Het gesprek is gevoerd met")
        canvas.drawString(360, 700, "van de afdeling subsidies.")
    canvas.drawString(70, 600, "Verder is er gesproken over de planning van het project.")
    canvas.setFillGray(grey)
    canvas.rect(215, 696, *size, stroke=0, fill=1)
    if inside:
        canvas.setFillColorRGB(*color)
        canvas.drawString(220, 700, inside)
    canvas.showPage()
    canvas.save()
    return path


def test_a_grey_box_with_its_ground_is_a_redaction(tmp_path):
    path = _pdf_with_grey(tmp_path / "grijs.pdf", grey=0.8, inside="5.1.2e")
    text = read_document(path, source="grijs.pdf").pages[0].text
    assert f"gevoerd met {REDACTION_MARK} 5.1.2e van de afdeling" in text


def test_an_empty_grey_box_in_a_line_is_a_redaction(tmp_path):
    path = _pdf_with_grey(tmp_path / "grijs.pdf", grey=0.6, inside=None)
    text = read_document(path, source="grijs.pdf").pages[0].text
    assert f"gevoerd met {REDACTION_MARK} van de afdeling" in text


def test_a_black_box_with_a_white_ground_is_a_redaction(tmp_path):
    path = _pdf_with_grey(tmp_path / "zwart.pdf", grey=0.0, inside="5.1.2i", color=(1, 1, 1))
    text = read_document(path, source="zwart.pdf").pages[0].text
    assert f"gevoerd met {REDACTION_MARK} 5.1.2i van de afdeling" in text


@pytest.mark.parametrize(
    ("inside", "size", "beside"),
    [("Subsidies", (80, 14), True),  # table shading or a heading bar: words on it
     (None, (200, 150), False)],  # a chart bar or a coloured panel: no text line
)
def test_shading_is_no_redaction(tmp_path, inside, size, beside):
    path = _pdf_with_grey(tmp_path / "arcering.pdf", grey=0.85, inside=inside, size=size,
                          beside=beside)
    text = read_document(path, source="arcering.pdf").pages[0].text
    assert REDACTION_MARK not in text
    if inside:
        assert "Subsidies" in text


def test_grey_boxes_in_a_scan(picture_of_text):
    scale = 300 / 72
    image = picture_of_text(["Het gesprek is gevoerd met"], 400, 40, size=11, dpi=300)
    draw = ImageDraw.Draw(image)
    draw.rectangle((700, 40, 1000, 100), fill=190)  # 72 x 14 points of grey
    draw.text((720, 55), "5.1.2e", fill=0)
    draw.rectangle((1100, 40, 1300, 200), fill=190)  # too high for a line, no code in it
    tokens = [Token("gevoerd", BBox(60, 10, 110, 22)), Token("5.1.2e", BBox(172, 13, 200, 20))]
    black = image_redaction_boxes(image, scale, 10.0, RULES)
    boxes = image_grey_boxes(image, scale, 10.0, tokens, black, RULES)
    assert black == [] and len(boxes) == 1
    assert boxes[0].x0 == pytest.approx(700 / scale, abs=1.5)


@pytest.mark.skipif(ocr.tesseract_problem("nld") is not None, reason="no tesseract")
def test_a_grey_box_with_its_ground_in_a_scan_is_read(tmp_path, picture_of_text):
    image = picture_of_text(["Het gesprek is gevoerd met 00000000 van de afdeling."],
                            480, 40, size=12, dpi=300)
    draw = ImageDraw.Draw(image)
    draw.rectangle((700, 40, 1040, 100), fill=180)
    path = tmp_path / "scan.png"
    image.save(path, dpi=(300, 300))
    page = read_document(path, source="scan.png").pages[0]
    assert REDACTION_MARK in page.text and "00000000" not in page.text


def test_an_empty_grey_box_under_its_label_is_a_redaction():
    label = Token("Contactpersoon", BBox(465, 225, 530, 233))
    box = BBox(465, 235, 519, 243)
    assert grey_box_is_redaction(box, [label], 8.0, RULES)
    assert not grey_box_is_redaction(box, [Token("Elders", BBox(100, 300, 140, 308))], 8.0, RULES)


def test_a_block_of_grey_boxes_in_a_scan_is_cut_into_its_boxes():
    """An address greyed out line by line: touching boxes of different widths, only the
    top one under its label; each line is a redaction of its own."""
    scale = 300 / 72
    image = Image.new("L", (1200, 600), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((100, 100, 400, 149), fill=128)  # 72 x 12 points
    draw.rectangle((100, 150, 600, 199), fill=128)  # wider, touching the first
    draw.rectangle((100, 200, 300, 249), fill=128)
    label = Token("Adres", BBox(24, 14, 60, 22))
    boxes = image_grey_boxes(image, scale, 10.0, [label], [], RULES)
    assert [(round(b.x1 * scale, -1), round(b.top * scale, -1)) for b in boxes] == [
        (400, 100), (600, 150), (300, 200)]


def test_grey_boxes_far_from_text_stay_shading():
    scale = 300 / 72
    image = Image.new("L", (1200, 600), 255)
    ImageDraw.Draw(image).rectangle((100, 300, 400, 349), fill=128)
    label = Token("Adres", BBox(24, 14, 60, 22))
    assert image_grey_boxes(image, scale, 10.0, [label], [], RULES) == []


def test_a_coloured_bar_beside_its_label_is_no_grey_redaction(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "grafiek.pdf"
    canvas = Canvas(str(path), pagesize=(595, 842))
    canvas.setFont("Helvetica", 9)
    for i, (label, width) in enumerate([("Almere", 120), ("Dronten", 80), ("Urk", 40)]):
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawString(70, 700 - 14 * i, label)
        canvas.setFillColorRGB(0.0, 0.486, 0.792)
        canvas.rect(130, 698 - 14 * i, width, 9, stroke=0, fill=1)
    canvas.save()
    assert REDACTION_MARK not in read_document(path, source="grafiek.pdf").pages[0].text


def _filled_areas(grid):
    """The reference: a cell-by-cell fill of each area touching by an edge."""
    cells = {(r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v}
    areas = []
    while cells:
        stack = [cells.pop()]
        area = list(stack)
        while stack:
            r, c = stack.pop()
            for n in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if n in cells:
                    cells.remove(n)
                    area.append(n)
                    stack.append(n)
        areas.append(sorted(area))
    return sorted(areas)


@pytest.mark.parametrize("density", [0.0, 0.2, 0.45, 0.6, 0.9])
def test_areas_are_the_areas_a_fill_finds(density):
    import random

    import numpy as np

    from pipeline.ingest.redaction import _areas

    rng = random.Random(int(density * 100))
    for rows, cols in ((1, 1), (1, 9), (9, 1), (12, 17), (40, 31)):
        grid = np.array([[rng.random() < density for _ in range(cols)] for _ in range(rows)])
        found = []
        for (r0, c0, r1, c1), count, runs in _areas(grid):
            area = sorted((r, c) for r, start, end in runs() for c in range(start, end))
            assert count == len(area)
            assert (r0, c0, r1, c1) == (min(r for r, _ in area), min(c for _, c in area),
                                        max(r for r, _ in area) + 1, max(c for _, c in area) + 1)
            found.append(area)
        assert sorted(found) == _filled_areas(grid.tolist())


def test_areas_smaller_than_asked_are_left_out():
    import numpy as np

    from pipeline.ingest.redaction import _areas

    grid = np.zeros((10, 10), dtype=bool)
    grid[1:3, 1:7] = True  # 2 x 6
    grid[5:9, 8] = True  # 4 x 1
    assert [box for box, _, _ in _areas(grid, 2, 2)] == [(1, 1, 3, 7)]
    assert [box for box, _, _ in _areas(grid, 3, 1)] == [(5, 8, 9, 9)]


@pytest.mark.parametrize(("words", "misread"), [
    (["8438\u201d"], True),  # a code OCR got wrong on the grey
    (["5.1.2e", "_"], True),  # a code and debris of the box's edge
    (["5.1.2e"], False),  # read right: the box is a redaction as it is
    (["Subsidies"], False),  # a word on shading
    (["Totaal", "2024"], False),
    ([], False),
])
def test_a_misread_code_on_a_grey_area(words, misread):
    box = BBox(100, 100, 150, 112)
    tokens = [Token(w, BBox(102 + 20 * i, 101, 118 + 20 * i, 111)) for i, w in enumerate(words)]
    assert code_misread(box, tokens, RULES) is misread
