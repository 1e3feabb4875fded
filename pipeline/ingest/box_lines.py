"""Scans with black boxes: the lines that hold a box, read again with each box turned white.

Tesseract reads a black box and the ground printed just beside it as one word, and the box's
edge eats the code's first figure. ``pipeline.ingest.ocr.ocr_image`` hands the lines of a
page's boxes (and of grey boxes whose code it misread) to ``reread_box_lines``; every grey
fill on those lines is turned white, and a grey box whose code was misread is also read on its
own, in the same call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pipeline.grounds import is_code_text, parse_code
from pipeline.ingest.lines import Token
from pipeline.records import BBox

# Reads a greyscale image of the page's own scale: (words in points, mean confidence).
Read = Callable[[object], tuple[list[Token], float | None]]

# The lines of a page with black boxes are read again, stacked with at least this much white between them.
BOX_LINE_GAP_PX = 24
# A box's line reaches this many line heights above and below the box.
LINE_SLACK = 0.2
# White is painted this far around a box (its blurred edge would read as a stroke), and a box this
# share of whose pixels are light carries a white code: it is inverted instead.
BOX_EDGE_PX = 3
LIGHT_LEVEL = 128
WHITE_CODE_SHARE = 0.04
# On a grey box, what is this much darker than its fill is the code's ink.
GREY_TEXT_CONTRAST = 60


# What a box's edge leaves before the code beside it ('_10.2e', '|5.1.2e').
EDGE_DEBRIS = "_|'`\u2018\u2019:;."


def _code_or_word(text: str) -> str:
    code = text.lstrip(EDGE_DEBRIS)
    return code if code != text and parse_code(code) is not None else text


def reread_box_lines(image, scale: float, unit: float, tokens: list[Token], boxes: list[BBox],
                     read: Read, grey: Sequence[BBox] = (), shaded: Sequence[BBox] = ()) -> list[Token]:
    """The lines that hold black boxes, read again with each box turned white.

    Tesseract reads a black box and the ground printed just beside it as one word, and the
    box's edge eats the code's first figure (``█ 10.2e`` comes out ``:o.2e``). Each box is
    inverted (a white code printed on it turns black and stays readable), the lines are cut
    out (only the rows level with a box), stacked with white between them and read in one
    call; their words replace the first reading's words on those lines. The lines of ``grey``
    boxes whose code was misread are read again too, each box's fill turned white so that
    only the code's strokes stay; so is the fill of every other grey area of ``shaded`` that
    stands on a line read again (two grey boxes side by side, the first read right the first
    time: its words are replaced by the second reading's, which must read it as well)."""
    from PIL import Image, ImageOps

    page = image.convert("L")
    edge = BOX_EDGE_PX
    for box in boxes:
        area = (round(box.x0 * scale), round(box.top * scale), round(box.x1 * scale), round(box.bottom * scale))
        inner = (area[0] + edge, area[1] + edge, area[2] - edge, area[3] - edge)
        core = page.crop(inner) if inner[2] > inner[0] and inner[3] > inner[1] else None
        page.paste(255, (area[0] - edge, area[1] - edge, area[2] + edge, area[3] + edge))
        if core is not None and sum(core.histogram()[LIGHT_LEVEL:]) >= WHITE_CODE_SHARE * core.width * core.height:
            page.paste(ImageOps.invert(core), inner[:2])
    # A box's line: the rows level with the box, a little more above and below; nothing of the lines
    # around it (half a line confuses tesseract's layout analysis).
    slack = LINE_SLACK * unit * scale
    lines = [(box.top * scale - slack, box.bottom * scale + slack) for box in [*boxes, *grey]]
    on_lines = [b for b in shaded if b not in grey
                and any(top <= (b.top + b.bottom) / 2 * scale <= bottom for top, bottom in lines)]
    for box in [*grey, *on_lines]:
        area = (round(box.x0 * scale), round(box.top * scale), round(box.x1 * scale), round(box.bottom * scale))
        core = page.crop(area)
        histogram = core.histogram()
        # The fill is the commonest shade; what is clearly darker is the code printed on it.
        fill = max(range(256), key=histogram.__getitem__)
        page.paste(core.point(lambda v, cut=fill - GREY_TEXT_CONTRAST: 255 if v > cut else v), area[:2])
    strips: list[list[int]] = []
    for box in sorted([*boxes, *grey], key=lambda b: b.top):
        top, bottom = max(0, int(box.top * scale - slack)), min(page.height, int(box.bottom * scale + slack))
        if strips and top <= strips[-1][1]:
            strips[-1][1] = max(strips[-1][1], bottom)
        else:
            strips.append([top, bottom])
    gap = max(BOX_LINE_GAP_PX, int(unit * scale))
    # Each misread grey box is also read on its own, below the lines: on its line a speck just
    # above it can still break its code ('5.2. î' for '5.2.1').
    alone = [(box, (round(box.x0 * scale), round(box.top * scale), round(box.x1 * scale),
                    round(box.bottom * scale))) for box in grey]
    height = sum(b - t for t, b in strips) + sum(a[3] - a[1] for _, a in alone) + gap * (len(strips) + len(alone) + 1)
    stack = Image.new("L", (page.width, height), 255)
    offsets, at = [], gap
    for top, bottom in strips:
        stack.paste(page.crop((0, top, page.width, bottom)), (0, at))
        offsets.append(at)
        at += bottom - top + gap
    alone_offsets = []
    for _, area in alone:
        stack.paste(page.crop(area), (area[0], at))
        alone_offsets.append(at)
        at += area[3] - area[1] + gap
    read_again, _ = read(stack)
    again: list[Token] = []
    on_its_own: dict[int, list[Token]] = {}
    # Where each part of the stack came from: (top, bottom on the page, offset in the stack, box alone).
    placed = [(top, bottom, offset, None) for (top, bottom), offset in zip(strips, offsets, strict=True)]
    placed += [(area[1], area[3], offset, i)
               for i, ((_, area), offset) in enumerate(zip(alone, alone_offsets, strict=True))]
    for token in read_again:
        middle = (token.bbox.top + token.bbox.bottom) / 2 * scale
        for top, bottom, offset, box_index in placed:
            if offset <= middle < offset + bottom - top:
                shift = (top - offset) / scale
                moved = Token(_code_or_word(token.text), BBox(token.bbox.x0, token.bbox.top + shift,
                                                              token.bbox.x1, token.bbox.bottom + shift))
                (again if box_index is None else on_its_own.setdefault(box_index, [])).append(moved)
                break
    for i, (box, _) in enumerate(alone):
        inside = [t for t in again if _centred_in(t.bbox, box)]
        own = on_its_own.get(i, [])
        if own and is_code_text(" ".join(t.text for t in own)) and not is_code_text(" ".join(t.text for t in inside)):
            again = [t for t in again if t not in inside] + own

    def on_strip(token: Token) -> bool:
        middle = (token.bbox.top + token.bbox.bottom) / 2 * scale
        return any(top <= middle < bottom for top, bottom in strips)

    return [t for t in tokens if not on_strip(t)] + again


def _centred_in(word: BBox, box: BBox) -> bool:
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return box.x0 <= x <= box.x1 and box.top <= y <= box.bottom
