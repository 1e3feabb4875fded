"""The printed rows and cells of a page's head, from the word boxes.

A letter head prints its fields side by side: a row of labels over a row of
values (``Datum   Ons kenmerk   Uw brief`` / ``20 mei 2020   z2020-08123   12 mei
2020``), two label-value pairs on one line (``Ons kenmerk: 2025-0123   Datum:
3 maart 2025``), a place-date line at the right of the subject. The text of a
PDF or a scan joins such cells with one space, ingest may set a right-hand part
apart as a column of its own, and the clean stage may join the rows into a
paragraph; the word boxes still say where each word stands.

``head_rows`` groups the words of a page's upper part into printed rows (by
their vertical middle) and splits each row into cells where the gap between two
words is wider than a few spaces. A ``Cell`` knows its words, its left edge and
where each of its characters stands in the clean text, so a date found in a cell
points at the page text like any other. Plain-text pages have no word boxes and
no cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.doc_lines import Line
from pipeline.records import CleanPage, Word

# How far down the page the head goes, as a share of the page height: the letter's
# fields stand above the body.
HEAD_SHARE = 0.45
# A gap wider than this many times the word height parts two cells (a space is about a third).
CELL_GAP = 1.6
# Two words are on one printed row when their middles are closer than this share of their height.
ROW_OVERLAP = 0.5
# A table fitted to its contents (as a word processor fits it) keeps only a little white between a
# column's longest text and the next column: a gap wider than this share of the word height (wider than a
# space) parts two cells when a word of the row above or below starts at the same left edge after such a
# gap too, for the columns of a table stand one under the other.
FIT_GAP = 0.5
# ... and wider than this many times the page's usual space: a typewriter's or monospaced font's space is
# as wide as a letter, and its words stand one under the other on the grid of its letters.
FIT_SPACES = 1.5
# Two left edges are one column's when they are closer than this share of the word height (a scan's jitter).
COLUMN_ALIGN = 0.3
# How many printed rows a table's row may take: the lines of its wrapped cells stand between two rows.
TABLE_ROW_LINES = 3


@dataclass(frozen=True)
class Cell:
    """Words printed together on one row; ``x0``/``x1`` are its left and right edges."""

    page: int
    words: tuple[Word, ...]
    x0: float
    x1: float
    # Clean-text offset of the start and end of each word (None when the clean stage dropped it).
    spans: tuple[tuple[int, int] | None, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    def line(self, start: int = 0, end: int | None = None) -> Line | None:
        """``text[start:end]`` as a ``Line`` in clean offsets, or None when it cannot be placed."""
        end = len(self.text) if end is None else end
        first, last, at = None, None, 0
        for word, span in zip(self.words, self.spans, strict=True):
            w_end = at + len(word.text)
            if first is None and w_end > start:
                first = (span, start - at)
            if w_end >= end:
                last = (span, end - at)
                break
            at = w_end + 1
        if first is None or last is None or first[0] is None or last[0] is None:
            return None
        c_start, c_end = first[0][0] + max(0, first[1]), last[0][0] + last[1]
        return Line(self.page, c_start, c_end, self.text[start:end])


def _clean_index(page: CleanPage, wanted: set[int]) -> dict[int, list[int]]:
    """Raw offset -> the clean offsets of the characters taken from it (the clean stage may
    copy a margin field's text into a block of its own), for the ``wanted`` raw offsets:
    the head's words start at a few of the page's thousands of characters."""
    out: dict[int, list[int]] = {}
    for i, raw in enumerate(page.raw_offsets[:-1]):
        if raw in wanted:
            out.setdefault(raw, []).append(i)
    return out


def _spans(page: CleanPage, words: list[Word], index: dict[int, list[int]]) -> tuple[tuple[int, int] | None, ...]:
    out = []
    for w in words:
        start = next((i for i in index.get(w.char_start, ()) if page.text[i: i + len(w.text)] == w.text), None)
        out.append(None if start is None else (start, start + len(w.text)))
    return tuple(out)


def head_rows(page: CleanPage, share: float = HEAD_SHARE) -> list[list[Cell]]:
    """The printed rows of the page's head (its upper ``share``), top to bottom, each a list of cells left to right."""
    words = [w for w in page.raw.words if w.text.strip()]
    height = page.raw.height or max((w.bbox.bottom for w in words), default=0.0)
    words = [w for w in words if w.bbox.top <= height * share]
    if not words:
        return []
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.bbox.top + w.bbox.bottom) / 2):
        mid, size = (w.bbox.top + w.bbox.bottom) / 2, w.bbox.bottom - w.bbox.top
        if rows:
            # Against the row's first word: a chain of words each a little lower (a turned stamp)
            # would otherwise join two printed rows.
            first = rows[-1][0]
            first_mid, first_size = (first.bbox.top + first.bbox.bottom) / 2, first.bbox.bottom - first.bbox.top
            if abs(mid - first_mid) <= ROW_OVERLAP * max(size, first_size):
                rows[-1].append(w)
                continue
        rows.append([w])
    index = _clean_index(page, {w.char_start for w in words})
    for row in rows:
        row.sort(key=lambda w: w.bbox.x0)
    parted, least = _parted(rows, _usual_space([w for w in page.raw.words if w.text.strip()]))
    out = []
    for r, row in enumerate(rows):
        cells: list[list[Word]] = [[row[0]]]
        for i, w in enumerate(row[1:], start=1):
            gap, size = _gap(row, i)
            if gap > CELL_GAP * size or (_wide(row, i, least) and _aligned(w, size, parted, r)):
                cells.append([w])
            else:
                cells[-1].append(w)
        out.append([Cell(page.number, tuple(c), c[0].bbox.x0, c[-1].bbox.x1, _spans(page, c, index))
                    for c in cells])
    return out


def _gap(row: list[Word], i: int) -> tuple[float, float]:
    """The white before the row's ``i``-th word and the height it is measured against."""
    w, prev = row[i], row[i - 1]
    return w.bbox.x0 - prev.bbox.x1, max(w.bbox.bottom - w.bbox.top, prev.bbox.bottom - prev.bbox.top)


def _usual_space(words: list[Word]) -> float:
    """The page's usual white between two words of a line, its text's space (the median gap)."""
    gaps = sorted(b.bbox.x0 - a.bbox.x1 for a, b in zip(words, words[1:], strict=False)
                  if abs(b.bbox.top - a.bbox.top) < ROW_OVERLAP * (a.bbox.bottom - a.bbox.top)
                  and b.bbox.x0 > a.bbox.x1)
    return gaps[len(gaps) // 2] if gaps else 0.0


def _parted(rows: list[list[Word]], space: float) -> tuple[list[list[Word]], float]:
    """Per row, the words after a gap wider than a space: where a fitted table's columns may start; and the
    narrowest such gap."""
    least = FIT_SPACES * space
    return [[row[i] for i in range(1, len(row)) if _wide(row, i, least)] for row in rows], least


def _wide(row: list[Word], i: int, least: float) -> bool:
    gap, size = _gap(row, i)
    return gap > FIT_GAP * size and gap > least


def _aligned(word: Word, size: float, parted: list[list[Word]], r: int) -> bool:
    """Whether a word of a row near above or below starts at ``word``'s left edge after a wide gap too:
    a cell that wrapped sets the next table row a line or two lower."""
    rows = range(max(0, r - TABLE_ROW_LINES), min(len(parted), r + TABLE_ROW_LINES + 1))
    near = [w for k in rows if k != r for w in parted[k]]
    return any(abs(w.bbox.x0 - word.bbox.x0) <= COLUMN_ALIGN * size for w in near)


def cell_below(rows: list[list[Cell]], r: int, cell: Cell, look: int = 2, specks: bool = False) -> Cell | None:
    """The cell under ``cell`` in the next ``look`` rows: the first whose left edge is nearest
    to its own (a column of a table of fields is aligned on the left). With ``specks`` (a scan), a
    lone glyph is passed over: a speck between a label and its value, which OCR reads as ``7`` or ``'``."""
    width = max(cell.x1 - cell.x0, 20.0)
    for row in rows[r + 1: r + 1 + look]:
        near = [c for c in row if abs(c.x0 - cell.x0) <= width and not (specks and len(c.text.strip()) <= 1)]
        if near:
            return min(near, key=lambda c: abs(c.x0 - cell.x0))
    return None


def cell_in_column(rows: list[list[Cell]], r: int, cell: Cell) -> Cell | None:
    """The cell of the next table row that starts at ``cell``'s own left edge, passing over the lines of
    another cell that wrapped (rows with nothing in its column): a listing's next value in the column."""
    size = max(w.bbox.bottom - w.bbox.top for w in cell.words)
    for row in rows[r + 1: r + 1 + TABLE_ROW_LINES]:
        near = [c for c in row if abs(c.x0 - cell.x0) <= size]
        if near:
            return near[0]
        if any(c.x0 <= cell.x0 <= c.x1 for c in row):
            return None
    return None


def cell_continued(rows: list[list[Cell]], r: int, cell: Cell) -> Cell | None:
    """The cell of the next row that starts where ``cell`` ends: a line printed in one piece whose end a
    turned scan sets a little lower (a received stamp's ``ONTVANGEN`` / ``14 MRT 2019``)."""
    if r + 1 >= len(rows):
        return None
    size = max(w.bbox.bottom - w.bbox.top for w in cell.words)
    near = [c for c in rows[r + 1] if -size <= c.x0 - cell.x1 <= CELL_GAP * size]
    return min(near, key=lambda c: abs(c.x0 - cell.x1)) if near else None


def label_at_start(text: str, labels: tuple[str, ...]) -> re.Match[str] | None:
    """A label opening the cell, any case, with its colon (``datum``, ``Datum:``)."""
    return _label_start(labels).match(text)


@lru_cache(maxsize=16)
def _label_start(labels: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(set(labels), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)
    return re.compile(rf"(?:{alternatives})(?![\w(])\s*:?\s*", re.IGNORECASE)


def wrapped(rows: list[list[Cell]], cell: Cell) -> Cell:
    """``cell`` with the cell under it in the next row, as one: a narrow column's value that wrapped over two
    lines (``23`` / ``september 1996`` under a place's label ``Enschede,``)."""
    r = next((i for i, row in enumerate(rows) if any(c is cell for c in row)), None)
    under = cell_below(rows, r, cell, look=1) if r is not None else None
    if under is None:
        return cell
    return Cell(cell.page, cell.words + under.words, min(cell.x0, under.x0), max(cell.x1, under.x1),
                cell.spans + under.spans)
