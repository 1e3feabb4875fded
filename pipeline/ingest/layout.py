"""Layout analysis on word boxes: a document's pages from the words read on them.

Works the same on pdfplumber words and on tesseract words, so born-digital
pages and scans are read by one set of rules:

1. ``chain_words`` (``pipeline.ingest.lines``): each word is linked to its
   left neighbour on the same line unless the gap between them is wide (a
   column gutter, a table gap); a chain of linked words is a segment.
2. ``assign_lines`` (``lines``): segments whose vertical centres agree get
   the same line index (a body line and the margin label beside it, two
   table cells).
3. ``find_furniture`` (``furniture``): segments in the top or bottom band of
   a page that recur on most pages (digits folded) or that are page numbers
   are furniture.
4. ``find_gutters`` (``columns``): vertical white strips that (almost) no
   segment crosses split the page into columns; a narrow right-hand column
   with letter labels (``Datum``, ``Ons kenmerk``) is the margin column.
5. ``page_text`` (``reading``): the body is read band by band (full-width
   segments such as a title separate bands), each band column by column, each
   column top to bottom with blank lines at paragraph gaps; then, after a
   blank line, the margin column, each label on its own line followed by its
   value line(s).

Every character of the resulting text belongs to exactly one ``Word`` whose
``char_start:char_end`` slice is its text, or is a separator (space, newline).

This module holds what reading a page gives (``PageWords``) and
``raw_pages``, which runs the steps over a document.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.ingest.furniture import find_furniture
from pipeline.ingest.lines import Token, segment_layout
from pipeline.ingest.reading import page_text
from pipeline.ingest.rules import IngestRules
from pipeline.records import BBox, RawPage, Word


@dataclass
class PageWords:
    """What reading one page gave (text layer or OCR), before layout."""

    tokens: list[Token]
    width: float
    height: float
    method: str
    confidence: float | None = None
    # Text kept out of the body that is not a header or footer: vertical stamps.
    aside: tuple[str, ...] = ()
    # Degrees clockwise the page was turned to read it (a scan fed in sideways);
    # the tokens' boxes are in that upright frame, ``width``/``height`` are the page's.
    rotation: int = 0
    # How reading the page fell back (``scan_cleaned``), for ``RawPage.layout_notes``.
    notes: tuple[str, ...] = ()

    @property
    def frame(self) -> tuple[float, float]:
        """Width and height of the frame the tokens' boxes are in."""
        if self.rotation in (90, 270):
            return self.height, self.width
        return self.width, self.height


def unrotate_box(box: BBox, rotation: int, width: float, height: float) -> BBox:
    """A box in the frame of a page turned ``rotation`` degrees clockwise, back on the
    page itself (``width`` x ``height`` points)."""
    if rotation == 90:
        return BBox(box.top, height - box.x1, box.bottom, height - box.x0)
    if rotation == 180:
        return BBox(width - box.x1, height - box.bottom, width - box.x0, height - box.top)
    if rotation == 270:
        return BBox(width - box.bottom, box.x0, width - box.top, box.x1)
    return box


def raw_pages(read: list[PageWords], rules: IngestRules) -> tuple[RawPage, ...]:
    """All steps for a document's pages: furniture is found across pages, then each page's text.

    Each page's tokens are dropped as soon as its words are placed, so only one
    copy of a long document's words is held at a time.
    """
    layouts = []
    for words in read:
        layouts.append(segment_layout(words.tokens, *words.frame, rules))
        words.tokens = []  # the segments hold them now
    find_furniture(layouts, rules)
    pages = []
    for number, (words, page_layout) in enumerate(zip(read, layouts, strict=True), start=1):
        text = page_text(page_layout, rules)
        page_layout.segments = page_layout.furniture = []
        placed = text.words
        if words.rotation:
            placed = tuple(
                Word(w.text, w.char_start, w.char_end,
                     unrotate_box(w.bbox, words.rotation, words.width, words.height))
                for w in placed)
        pages.append(RawPage(
            number=number, text=text.text, method=words.method, width=words.width,
            height=words.height, words=placed, ocr_confidence=words.confidence,
            furniture=text.furniture + words.aside, margin_fields=text.margin_fields,
            n_tables=text.n_tables, layout_notes=text.layout_notes + words.notes,
        ))
    return tuple(pages)
