"""Evidence: what the document rules look at, computed once per document.

``Evidence`` holds the pages, their content lines and the Kamervragen header;
the helpers here find the salutation, the closing, the address blocks and the
margin labels in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.doc_cells import Cell, cell_below, cell_in_column, head_rows
from pipeline.extract.doc_kamervragen import KamervragenHeader
from pipeline.extract.doc_lines import HEAD_LINES, DateHit, Line, page_lines, printed_lines
from pipeline.extract.doc_words import _alternatives, _day_date, letter_words, ocr_reading
from pipeline.records import CleanPage
from pipeline.resource_files import DocumentDatesFile

# --------------------------------------------------------------------------
# Evidence: what the rules look at, computed once per document


@dataclass(frozen=True)
class Evidence:
    pages: tuple[CleanPage, ...]
    lines: list[Line]
    header: KamervragenHeader | None

    @property
    def head(self) -> list[Line]:
        return self.lines[:HEAD_LINES]

    # The rules that look at the head's cells and margin labels ask for them several times
    # a document; each reading goes over every character of the first page.
    @cached_property
    def head_cells(self) -> list[list[Cell]]:
        """The printed rows of the first page's head (``head_rows``); callers must not change them."""
        return head_rows(self.pages[0]) if self.pages else []

    @cached_property
    def margin_labels(self) -> frozenset[str]:
        return frozenset(_margin_labels_found(self))

    @cached_property
    def listing_offsets(self) -> frozenset[int]:
        """The first page's clean offsets where a word of the head's listing table starts (``_listing_start``)."""
        rows = self.head_cells
        return frozenset(span[0] for row in rows[_listing_start(rows):] for cell in row
                         for span in cell.spans if span is not None)

    def in_listing(self, ln: Line) -> bool:
        """The line opens with a word of a listing table's row: a row of the table, however the text joined it."""
        return bool(self.pages) and ln.page == self.pages[0].number and ln.start in self.listing_offsets

    @cached_property
    def margin_left(self) -> dict[int, float]:
        """Per page, the left edge of the margin column that ingest set apart (``margin_column_left``)."""
        return margin_column_left(self)


@lru_cache(maxsize=32)
def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternatives(labels)})\s*(?::\s*|\s+|$)(?P<value>.*)$", re.IGNORECASE)


@lru_cache(maxsize=32)
def _ocr_label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A label as OCR reads it off a poor scan: its letters misread or broken (``Daturn``, ``Da tum``),
    a mark after it where a pen stroke or a stamp's edge touched it (``Datum”``)."""
    marks = "".join(re.escape(c) for c in load_file(DocumentDatesFile).ocr_label_marks)
    read = "|".join(ocr_reading(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?:{read})[{marks}]{{0,2}}\s*(?::\s*|\s+|$)(?P<value>.*)$", re.IGNORECASE)


def _labelled(text: str, labels: tuple[str, ...], ocr: bool = False) -> str | None:
    """The value after a label at the start of the line (``Datum: 3 mei``), '' for a label alone, else None;
    with ``ocr`` (a line of a scanned page) also after a label as OCR misreads it."""
    m = _label_pattern(labels).match(text)
    if m is None and ocr:
        m = _ocr_label_pattern(tuple(labels)).match(text)
    return None if m is None else m["value"].strip()


def first_labelled_hit(ev: Evidence, labels: tuple[str, ...], on_line: Callable[[Line, int], DateHit | None],
                       next_line: Callable[[Line], DateHit | None]) -> DateHit | None:
    """The first date found after one of ``labels`` at the start of a line: read by ``on_line``
    from the value's offset in that line, or, for a label alone, by ``next_line`` from the line
    under it."""
    for i, ln in enumerate(ev.lines):
        value = _labelled(ln.text, labels)
        if value is None:
            continue
        if value:
            hit = on_line(ln, len(ln.text) - len(value))
        else:
            hit = next_line(ev.lines[i + 1]) if i + 1 < len(ev.lines) else None
        if hit is not None:
            return hit
    return None


def salutation_index(ev: Evidence) -> int | None:
    pattern = letter_words().salutation
    # 'Geachte heer Bakker,' ends its line, unless the clean stage joined the first paragraph to it; a German letter
    # of old ends it with a mark of exclamation ('Sehr geehrter Herr Burgemeester!').
    foreign = letter_words().foreign_salutation
    return next((i for i, ln in enumerate(ev.lines) if pattern.match(ln.text) and (
        "," in ln.text[:60] or (foreign.match(ln.text) and "!" in ln.text[:60]))), None)


def closing_index(ev: Evidence) -> int | None:
    pattern = letter_words().closing
    found = [i for i, ln in enumerate(ev.lines) if pattern.match(ln.text)]
    return found[-1] if found else None


# Marks OCR reads at a line's start from specks and the ends of rules, no letters of it.
_LINE_DEBRIS = "_|¦~`‚„ "


def address_blocks(ev: Evidence) -> list[tuple[int, int]]:
    """(first, last) line indexes of each run of address lines (``Postbus 20301``, ``2500 EH DEN HAAG``)
    in the letter head, before the salutation."""
    words = letter_words()
    limit = salutation_index(ev)
    head = ev.lines[: limit if limit is not None else HEAD_LINES][:HEAD_LINES]
    blocks: list[tuple[int, int]] = []
    for i, ln in enumerate(head):
        # A scan's speck or rule end read before the line ('_ Postbus 50') is no part of it.
        text = ln.text.lstrip(_LINE_DEBRIS)
        if any(p.match(text) for p in words.address_lines):
            if blocks and blocks[-1][1] == i - 1:
                blocks[-1] = (blocks[-1][0], i)
            else:
                blocks.append((i, i))
    return blocks


def address_index(ev: Evidence) -> int | None:
    """Index of the first line of the addressee's address: the last address block of the head.

    A letterhead with the sender's own address may stand above it; the
    addressee's block is the one nearest the subject and salutation.
    """
    blocks = address_blocks(ev)
    return blocks[-1][0] if blocks else None


# The margin column stands in the right part of the page; a label further left is the body's.
MARGIN_COLUMN_SHARE = 0.5
# How far (in points) left of the margin labels a line of the same column may start.
MARGIN_COLUMN_SLACK = 3.0


def margin_column_left(ev: Evidence) -> dict[int, float]:
    """Page number -> the left edge of the page's margin column: where the labels of its margin fields
    (``Datum``, ``Kenmerk``) start, in the right part of the page, read from the word boxes (the clean
    stage may have taken the label lines out of the text). Pages without margin fields or word boxes
    (plain text) have none."""
    out: dict[int, float] = {}
    for page in ev.pages:
        width = page.raw.width
        labels = {label.split()[0].rstrip(":").casefold() for label, _ in page.margin_fields if label.strip()}
        if not labels or not width:
            continue
        lefts = [w.bbox.x0 for w in page.raw.words
                 if w.text.rstrip(":").casefold() in labels and w.bbox.x0 > width * MARGIN_COLUMN_SHARE]
        if lefts:
            out[page.number] = min(lefts)
    return out


def in_margin_column(ev: Evidence, ln: Line) -> bool:
    """The line stands in its page's margin column, with the letter's fields: the sender's own address
    printed there (``Korte Voorhout 7``, ``2511 CW Den Haag``) is no addressee's block."""
    left = ev.margin_left.get(ln.page)
    if left is None or ln.start < 0:
        return False
    page = next((p for p in ev.pages if p.number == ln.page), None)
    box = page.bbox(ln.start, ln.end) if page is not None else None
    return box is not None and box.x0 >= left - MARGIN_COLUMN_SLACK


def printed_from_site(ev: Evidence, footer: bool = False) -> bool:
    """A page's first or last printed line is the address a browser prints over or under a site's page; with
    ``footer`` also where the clean stage ran the footer (the address and the page count, a reply's ``· 2 d
    https://...``) onto the page's last line, read in the line as cleaned and in the lines as printed. The dates
    of a site's own pages read it so; the letter rules, which tell a letter printed from a site from the site's
    page about it, keep to a line of its own."""
    pattern, run_on = letter_words().site_print_line, letter_words().site_print_footer
    return any(pattern.match(lines[0].text) or pattern.match(lines[-1].text)
               or (footer and run_on.search(lines[-1].text))
               for p in ev.pages for found in ((page_lines(p), printed_lines(p)) if footer else (page_lines(p),))
               if (lines := [ln for ln in found if ln.text]))


def site_page_before_attachment(ev: Evidence) -> int | None:
    """How many pages a site's page printed from a browser takes where a letter not printed so is attached behind
    it (a consultation's confirmation of a reaction, the reaction's letter after it); None otherwise. A PDF is typed
    and dated as its first document (ANNOTATING.md), and the page is the first."""
    def on_site(page: CleanPage) -> bool:
        return printed_from_site(Evidence(pages=(page,), lines=[], header=None), footer=True)

    # Most documents are one page or no site's page: the later pages are read only behind a site's first page.
    if len(ev.pages) < 2 or not on_site(ev.pages[0]):
        return None
    printed = [True, *(on_site(p) for p in ev.pages[1:])]
    run = printed.index(False) if False in printed else len(printed)
    if run == len(printed) or any(printed[run:]):
        return None
    # Only a letter behind the page: a page whose print line a scan lost is no attachment.
    greeting = salutation_index(ev)
    return run if greeting is not None and ev.lines[greeting].page > ev.pages[run - 1].number else None


def margin_labels_found(ev: Evidence) -> frozenset[str]:
    """Letter margin labels present: in the pages' margin fields, as label lines in the text, or
    as cells of a row of labels in the head (``betreft   ons kenmerk   datum``, read from the word boxes)."""
    return ev.margin_labels


def _listing_start(rows: list[list[Cell]]) -> int:
    """The first head row of a listing's table: a row of column headings over a column of dates, a row
    per listed item (``Nr. | Datum | Toezegging`` over ``2023-14 | 15-06-2023 | ...``). A letter's head table
    has one row of values under its labels, so its headings and its cells (a wrapped cell's last word,
    ``afdeling``) are no margin fields of the letter paper. So is a table whose first column numbers its rows
    (``Nr. | Onderwerp | Bevinding`` over ``1 | Mestsilo | ...`` and ``2 | ...``, an inspection's findings): a
    letter's head has no second row of values to number."""
    for r, row in enumerate(rows):
        if row and _numbers_rows(rows, r, row[0]):
            return r
        for cell in row:
            first = cell_below(rows, r, cell, look=1)
            if first is None or not _day_date().match(first.text):
                continue
            at = next(i for i, rw in enumerate(rows) if any(c is first for c in rw))
            second = cell_below(rows, at, first, look=1) or cell_in_column(rows, at, first)
            if second is not None and _day_date().match(second.text):
                return r
    return len(rows)


def _numbers_rows(rows: list[list[Cell]], r: int, head: Cell) -> bool:
    """The column under ``head`` counts the rows of a table: ``1`` right under it, ``2`` next in the column."""
    first = cell_below(rows, r, head, look=1)
    if first is None or first.text.strip(" .") != "1":
        return False
    at = next(i for i, rw in enumerate(rows) if any(c is first for c in rw))
    second = cell_in_column(rows, at, first)
    return second is not None and second.text.strip(" .") == "2"


def _margin_labels_found(ev: Evidence) -> set[str]:
    words = letter_words()
    found = {label.strip().rstrip(":").casefold() for p in ev.pages for label, _ in p.margin_fields}
    rows = ev.head_cells
    found |= {cell.text.rstrip(":").casefold() for row in rows[:_listing_start(rows)] for cell in row}
    for ln in ev.lines:
        if len(ln.text.split()) > 8 or _labelled(ln.text, words.margin_labels) is None:
            continue
        for label in words.margin_labels:
            if _labelled(ln.text, (label,)) is not None:
                found.add(label.casefold())
    return found & {w.casefold() for w in words.margin_labels}


