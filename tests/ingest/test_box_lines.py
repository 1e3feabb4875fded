"""The lines of a scan's boxes read again: grey fills turned white, a misread grey box read on its own."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from pipeline.ingest.box_lines import reread_box_lines
from pipeline.ingest.lines import Token
from pipeline.records import BBox

FILL, INK = 180, 30
# Scale 1: a pixel is a point. A line is 10 high; the boxes stand on one line.
FIRST, SECOND = BBox(100, 100, 144, 112), BBox(150, 100, 194, 112)


def _page(speck: bool = False) -> Image.Image:
    page = Image.new("L", (400, 220), 255)
    draw = ImageDraw.Draw(page)
    for box in (FIRST, SECOND):
        draw.rectangle((box.x0, box.top, box.x1 - 1, box.bottom - 1), fill=FILL)
        draw.rectangle((box.x0 + 4, box.top + 3, box.x0 + 24, box.bottom - 4), fill=INK)  # its code
    if speck:
        draw.rectangle((120, 98, 121, 99), fill=INK)  # just above the first box, on its line
    return page


def _ink_rows(image) -> list[tuple[int, int]]:
    """The runs of rows of ``image`` that hold ink, top to bottom."""
    dark = (np.asarray(image) < 100).any(axis=1)
    runs, start = [], None
    for y, ink in enumerate(dark):
        if ink and start is None:
            start = y
        elif not ink and start is not None:
            runs.append((start, y))
            start = None
    return runs


def test_every_grey_fill_on_a_line_read_again_is_turned_white():
    seen = []

    def read(stack):
        seen.append(np.asarray(stack).copy())
        return [], None

    reread_box_lines(_page(), 1.0, 10.0, [], [], read, grey=[FIRST], shaded=[FIRST, SECOND])
    [stack] = seen
    # Only white paper and the codes' ink are left: the second box, read right the first time,
    # is on the line read again and must be read there too.
    assert not ((stack > 100) & (stack < 250)).any()


def test_a_grey_box_misread_on_its_line_is_read_on_its_own():
    def read(stack):
        # What tesseract makes of it: the speck above the first code breaks it on the line;
        # read alone, below the lines, the box holds its code.
        *on_line, alone = _ink_rows(stack)
        line = (on_line[0][0], on_line[-1][1])
        return [Token("5.2.", BBox(104, line[0] + 1, 118, line[1])),
                Token("î", BBox(119, line[0], 124, line[1])),
                Token("5.2.1", BBox(154, line[0] + 2, 175, line[1])),
                Token("5.2.1", BBox(104, alone[0], 125, alone[1]))], None

    tokens = reread_box_lines(_page(speck=True), 1.0, 10.0, [Token("oud", BBox(20, 102, 40, 110))],
                              [], read, grey=[FIRST], shaded=[FIRST, SECOND])
    words = sorted((t.bbox.x0, t.text) for t in tokens)
    assert [w for _, w in words] == ["5.2.1", "5.2.1"]  # the line's old word is replaced too
    first = next(t for t in tokens if t.bbox.x0 < 144)
    assert FIRST.top <= (first.bbox.top + first.bbox.bottom) / 2 <= FIRST.bottom
