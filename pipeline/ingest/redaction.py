"""Black redaction boxes on PDF pages and scans, turned into a visible mark in the text.

Woo releases black out figures and names. In a born-digital PDF the box is a
dark filled rectangle; in a scan it is a solid dark area of the image. Either
way the box becomes one token ``REDACTION_MARK`` (``█``, U+2588 FULL BLOCK)
with the box as its bbox, placed in the line where the box stands, so the
clean stage and the extractors see that something was removed there (and an
inspector can draw it).

Words under a box are dropped: in a scan they are OCR debris of the black
area (``g®e``, ``HEER``); in a PDF they are text the publisher meant to hide
but left in the text layer, which kenmerk must not publish. A legal ground
printed on the box (``5.1.2e``) is the exception: it is kept as a word, so
the clean stage can give the box its ground (``pipeline.clean.grounds``).

Grey boxes are redactions too (many Woo releases grey out instead of black),
but grey is also table shading, heading bars and chart bars, so a grey box
counts only when nothing but a ground code is printed in it and either the
code is there or the box is a line or two high with text beside it on the
same line (words replaced within a sentence) or on the line just above or
below it in the same column (a name in an address, under its label).
An empty low grey box touching an accepted one counts too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial

from pipeline.grounds import is_code_text, parse_code
from pipeline.ingest.lines import Token
from pipeline.ingest.rules import RedactionRules
from pipeline.records import BBox

REDACTION_MARK = "\u2588"


def is_dark(color: object, max_level: float) -> bool:
    """Whether a pdfplumber fill colour (grey, RGB or CMYK tuple) is near black."""
    if isinstance(color, int | float):
        color = (color,)
    if not isinstance(color, Sequence) or not color:
        return False
    try:
        values = [float(c) for c in color]
    except (TypeError, ValueError):
        return False  # a pattern or a named colour space
    if len(values) == 4:  # CMYK: dark when the black ink (or all inks) is near full
        return values[3] >= 1 - max_level or min(values[:3]) >= 1 - max_level
    return max(values) <= max_level


# Channels further apart than this make a colour (a blue chart bar), not a grey.
MAX_GREY_SPREAD = 0.08


def fill_level(color: object) -> float | None:
    """A pdfplumber fill colour's lightness, 0 black .. 1 white; None for patterns and
    for colours that are no grey."""
    if isinstance(color, int | float):
        color = (color,)
    if not isinstance(color, Sequence) or not color:
        return None
    try:
        values = [float(c) for c in color]
    except (TypeError, ValueError):
        return None
    if len(values) == 4:
        if max(values[:3]) - min(values[:3]) > MAX_GREY_SPREAD:
            return None
        return max(0.0, 1 - values[3] - max(values[:3]))
    if len(values) == 3 and max(values) - min(values) > MAX_GREY_SPREAD:
        return None
    return max(values)


def _area(box: BBox) -> float:
    return max(box.x1 - box.x0, 0.0) * max(box.bottom - box.top, 0.0)


def overlap_share(inner: BBox, outer: BBox) -> float:
    """The share of ``inner``'s area that lies inside ``outer``."""
    box = BBox(max(inner.x0, outer.x0), max(inner.top, outer.top),
               min(inner.x1, outer.x1), min(inner.bottom, outer.bottom))
    if box.x1 <= box.x0 or box.bottom <= box.top:
        return 0.0
    return _area(box) / (_area(inner) or 1.0)


def plausible_box(box: BBox, unit: float, page_area: float, rules: RedactionRules) -> bool:
    """Big enough to hide a word, small enough not to be a page background."""
    height, width = box.bottom - box.top, box.x1 - box.x0
    return (height >= rules.min_height * unit and width >= rules.min_width * unit
            and _area(box) <= rules.max_page_share * page_area)


def pdf_redaction_boxes(objects: Iterable[dict], unit: float, page_area: float,
                        rules: RedactionRules) -> list[BBox]:
    """Dark filled rectangles (pdfplumber ``rects`` or ``curves``) the size of text."""
    boxes = []
    for obj in objects:
        if not obj.get("fill") or not is_dark(obj.get("non_stroking_color"), rules.max_level):
            continue
        box = BBox(float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))
        if plausible_box(box, unit, page_area, rules):
            boxes.append(box)
    return boxes


def covered_tokens(box: BBox, tokens: Iterable[Token], rules: RedactionRules) -> list[Token]:
    return [t for t in tokens if overlap_share(t.bbox, box) >= rules.cover_share]


def grey_box_is_redaction(box: BBox, tokens: Sequence[Token], unit: float,
                          rules: RedactionRules) -> bool:
    """The grey-box test of the module docstring."""
    inside = covered_tokens(box, tokens, rules)
    if inside:
        return is_code_text(" ".join(t.text for t in inside))
    if box.bottom - box.top > rules.grey_max_lines * unit:
        return False
    middle = (box.top + box.bottom) / 2
    return any(_beside(t.bbox, box, middle) or _above_or_below(t.bbox, box, unit)
               for t in tokens)


def _beside(word: BBox, box: BBox, middle: float) -> bool:
    return word.top <= middle <= word.bottom and overlap_share(word, box) == 0


def _above_or_below(word: BBox, box: BBox, unit: float) -> bool:
    """A word on the line just above or below, in the same column: the box is a line of a
    block of text (a name in an address, a contact person under its label)."""
    if word.x1 <= box.x0 or word.x0 >= box.x1:
        return False
    gap = box.top - word.bottom if word.bottom <= box.top else word.top - box.bottom
    return 0 <= gap <= unit


def with_neighbours(accepted: list[BBox], candidates: list[BBox], unit: float) -> list[BBox]:
    """``accepted`` plus the candidates that touch an accepted box on its line or just above
    or below it: a redacted address or a row of redacted names is a block of boxes of
    which only the outer ones stand next to text."""
    accepted, rest = list(accepted), [c for c in candidates if c not in accepted]
    grown = True
    while grown and rest:
        grown = False
        for box in list(rest):
            middle = (box.top + box.bottom) / 2
            if any(_beside(a, box, middle) and min(abs(a.x0 - box.x1), abs(box.x0 - a.x1)) <= 4 * unit
                   or _above_or_below(a, box, unit) for a in accepted):
                accepted.append(box)
                rest.remove(box)
                grown = True
    return accepted


def pdf_grey_boxes(objects: Iterable[dict], tokens: Sequence[Token], unit: float,
                   page_area: float, rules: RedactionRules) -> list[BBox]:
    """Grey (not dark) filled rectangles that pass ``grey_box_is_redaction``, and their
    empty neighbours (``with_neighbours``)."""
    boxes, empty = [], []
    for obj in objects:
        level = fill_level(obj.get("non_stroking_color")) if obj.get("fill") else None
        if level is None or not rules.max_level < level <= rules.max_grey_level:
            continue
        box = BBox(float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))
        if not plausible_box(box, unit, page_area, rules):
            continue
        if grey_box_is_redaction(box, tokens, unit, rules):
            boxes.append(box)
        elif _empty_and_low(box, tokens, unit, rules):
            empty.append(box)
    return with_neighbours(boxes, empty, unit)


def _empty_and_low(box: BBox, tokens: Sequence[Token], unit: float,
                   rules: RedactionRules) -> bool:
    return (not covered_tokens(box, tokens, rules)
            and box.bottom - box.top <= rules.grey_max_lines * unit)


def grey_pixels(image):
    """A greyscale page image's pixels as a numpy array (``uint8``, rows first): made once
    a page for both searches, as each copy of a page's 9 million pixels costs milliseconds."""
    import numpy as np

    return np.asarray(image if image.mode == "L" else image.convert("L"), dtype=np.uint8)


def image_grey_boxes(image, scale: float, unit: float, tokens: Sequence[Token],
                     black: Sequence[BBox], rules: RedactionRules, *, pixels=None) -> list[BBox]:
    """Grey boxes of a scan: solid areas at the grey threshold that are no black box
    (``pixels``: the image's ``grey_pixels`` when the caller has them)."""
    areas = image_grey_areas(image, scale, unit, black, rules, pixels=pixels)
    return grey_redactions(areas, tokens, unit, rules)


def image_grey_areas(image, scale: float, unit: float, black: Sequence[BBox],
                     rules: RedactionRules, *, pixels=None) -> list[BBox]:
    """The solid areas at the grey threshold that are no black box: grey boxes, shading, bars."""
    import numpy as np

    grey = (grey_pixels(image) if pixels is None else pixels) < rules.grey_pixel
    if np.count_nonzero(grey) / grey.size > rules.max_page_share:
        return []  # grey paper: every area would be solid, and none is a box
    found = _solid_boxes(grey, scale, unit, rules, split_unions=True)
    return [b for b in found
            if not any(overlap_share(b, k) > 0.5 or overlap_share(k, b) > 0.5 for k in black)]


def grey_redactions(areas: Sequence[BBox], tokens: Sequence[Token], unit: float,
                    rules: RedactionRules) -> list[BBox]:
    """The grey areas of a scan that pass ``grey_box_is_redaction``, and their empty neighbours."""
    accepted = [b for b in areas if grey_box_is_redaction(b, tokens, unit, rules)]
    empty = [b for b in areas if _empty_and_low(b, tokens, unit, rules)]
    return sorted(with_neighbours(accepted, empty, unit), key=lambda b: (b.top, b.x0))


# The most a misread ground code is long ('5.1.2.e,'), in characters, and the most letters it holds
# (its own and one misread figure).
CODE_MAX_CHARS = 9
CODE_MAX_LETTERS = 2


def code_misread(box: BBox, tokens: Sequence[Token], rules: RedactionRules) -> bool:
    """Whether the words read on a grey area look like a ground code OCR got wrong: short, with a
    figure, hardly a letter, but no code (``8438”``, ``5.1.2e _``); shading under a heading or a table
    cell holds words."""
    inside = covered_tokens(box, tokens, rules)
    return (bool(inside) and not is_code_text(" ".join(t.text for t in inside))
            and all(len(t.text) <= CODE_MAX_CHARS and sum(c.isalpha() for c in t.text) <= CODE_MAX_LETTERS
                    for t in inside)
            and any(c.isdigit() for t in inside for c in t.text))


def _rectangles(area: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """A union of touching boxes (an L of two redactions) cut back into its rectangles:
    (r0, c0, r1, c1) of block rows that each hold one run with the same columns (one
    block of slack for ragged edges)."""
    rows: dict[int, list[int]] = {}
    for r, c in area:
        rows.setdefault(r, []).append(c)
    out: list[list[int]] = []
    for r in sorted(rows):
        columns = sorted(rows[r])
        if columns[-1] - columns[0] + 1 != len(columns):
            continue  # more than one run on this row: no box edge to follow
        c0, c1 = columns[0], columns[-1] + 1
        last = out[-1] if out else None
        if last and last[2] == r and abs(last[1] - c0) <= 1 and abs(last[3] - c1) <= 1:
            last[2] = r + 1
        else:
            out.append([r, c0, r + 1, c1])
    return [tuple(x) for x in out]


def _block_shares(dark, size: int):
    """The share of dark pixels in each ``size`` x ``size`` block of a boolean image.

    Summed as small integers, rows of blocks first: the same shares as a float
    mean over the blocks, four times faster (it runs on every scanned page).
    """
    import numpy as np

    rows, cols = dark.shape[0] // size, dark.shape[1] // size
    stacked = dark.view(np.uint8).reshape(rows, size, cols * size)
    counts = stacked[:, 0].astype(np.uint16)
    for i in range(1, size):
        counts += stacked[:, i]
    # The columns of each block added as strided slices: numpy's sum over a last axis of
    # four took most of the search's time.
    by_column = counts.reshape(rows, cols, size)
    total = by_column[:, :, 0].copy()
    for i in range(1, size):
        total += by_column[:, :, i]
    return total / (size * size)


def _areas(solid, min_rows: float = 0, min_cols: float = 0,
           ) -> Iterator[tuple[tuple[int, int, int, int], int, Callable[[], list]]]:
    """The areas of touching True cells (by an edge) of a boolean grid, those whose
    bounding box is at least ``min_rows`` by ``min_cols`` cells: for each, the box
    (r0, c0, r1, c1), its number of cells, and a function that lists its runs of
    cells, (row, start, end), when they are needed.

    Read in runs of cells along the rows, in numpy: a page's text makes thousands of
    small areas, which a fill cell by cell in Python took most of the search's time on.
    """
    import numpy as np

    rows, cols = solid.shape
    edges = np.diff(np.pad(solid, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    run_row, run_start = np.nonzero(edges == 1)
    run_end = np.nonzero(edges == -1)[1]
    if not len(run_row):
        return
    # Runs of neighbouring rows touch when their columns overlap; as keys row * width + column,
    # the runs of the next row that touch run i lie between two sorted positions.
    width = cols + 2
    starts, ends = run_row * width + run_start, run_row * width + run_end
    below = (run_row + 1) * width
    lo = np.searchsorted(ends, below + run_start, side="right")
    hi = np.searchsorted(starts, below + run_end, side="left")
    count = np.maximum(hi - lo, 0)
    upper = np.repeat(np.arange(len(run_row)), count)
    lower = np.repeat(lo, count) + (np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count))
    # Each run takes the smallest label it touches, until none changes.
    label = np.arange(len(run_row))
    while True:
        before = label.copy()
        np.minimum.at(label, upper, label[lower])
        np.minimum.at(label, lower, label[upper])
        label = label[label]
        if np.array_equal(label, before):
            break
    names, area = np.unique(label, return_inverse=True)
    n = len(names)
    r0, c0 = np.full(n, rows), np.full(n, cols)
    r1, c1 = np.zeros(n, dtype=np.intp), np.zeros(n, dtype=np.intp)
    np.minimum.at(r0, area, run_row)
    np.maximum.at(r1, area, run_row + 1)
    np.minimum.at(c0, area, run_start)
    np.maximum.at(c1, area, run_end)
    cells = np.bincount(area, weights=run_end - run_start, minlength=n).astype(np.intp)
    order = np.argsort(area, kind="stable")
    bounds = np.searchsorted(area[order], np.arange(n + 1)).tolist()

    def runs(k: int) -> list[tuple[int, int, int]]:
        members = order[bounds[k]:bounds[k + 1]]
        return list(zip(run_row[members].tolist(), run_start[members].tolist(),
                        run_end[members].tolist(), strict=True))

    for k in np.nonzero((r1 - r0 >= min_rows) & (c1 - c0 >= min_cols))[0].tolist():
        yield (int(r0[k]), int(c0[k]), int(r1[k]), int(c1[k])), int(cells[k]), partial(runs, k)


def image_redaction_boxes(image, scale: float, unit: float,
                          rules: RedactionRules, *, dark_pixel: int | None = None,
                          split_unions: bool = False, pixels=None) -> list[BBox]:
    """Solid dark areas of a greyscale page image, as boxes in PDF points.

    The image is cut into square blocks of ``rules.block_px`` pixels; a block
    is solid when most of its pixels are dark; solid blocks that touch form
    an area, and an area that fills most of its bounding box is a box (text
    strokes never fill whole blocks over a word-sized area). With
    ``split_unions`` an area that does not is cut into its rectangles
    (``_rectangles``); each must then be at least a word height high.
    ``pixels``: the image's ``grey_pixels`` when the caller has them.
    """
    threshold = rules.dark_pixel if dark_pixel is None else dark_pixel
    dark = (grey_pixels(image) if pixels is None else pixels) < threshold
    return _solid_boxes(dark, scale, unit, rules, split_unions=split_unions)


def _solid_boxes(dark, scale: float, unit: float, rules: RedactionRules, *,
                 split_unions: bool) -> list[BBox]:
    """``image_redaction_boxes`` over the page's dark pixels (a boolean array)."""
    size = rules.block_px
    rows, cols = dark.shape[0] // size, dark.shape[1] // size
    if rows == 0 or cols == 0:
        return []
    share = _block_shares(dark[: rows * size, : cols * size], size)
    page_area = (dark.shape[0] / scale) * (dark.shape[1] / scale)
    boxes = []
    # No smaller area makes a plausible box (a block's fraction of a point below, for rounding).
    least = (rules.min_height * unit * scale / size - 0.01, rules.min_width * unit * scale / size - 0.01)
    for (r0, c0, r1, c1), cells, runs in _areas(share >= rules.block_dark_share, *least):
        if cells >= rules.fill_share * (r1 - r0) * (c1 - c0):
            parts = [(r0, c0, r1, c1)]
        elif split_unions and (r1 - r0) * size / scale >= unit:
            area = [(r, c) for r, start, end in runs() for c in range(start, end)]
            parts = [p for p in _rectangles(area) if (p[2] - p[0]) * size / scale >= unit]
        else:
            continue
        for r0, c0, r1, c1 in parts:
            box = BBox(c0 * size / scale, r0 * size / scale, c1 * size / scale,
                       r1 * size / scale)
            if plausible_box(box, unit, page_area, rules):
                boxes.append(box)
    return sorted(boxes, key=lambda b: (b.top, b.x0))


def apply_redactions(tokens: list[Token], boxes: list[BBox],
                     rules: RedactionRules) -> list[Token]:
    """Drop the words a box covers, except ground codes, and add one ``REDACTION_MARK``
    token per box."""
    if not boxes:
        return tokens
    kept = [t for t in tokens
            if parse_code(t.text) is not None
            or not any(overlap_share(t.bbox, box) >= rules.cover_share for box in boxes)]
    return kept + [Token(REDACTION_MARK, box) for box in boxes]
