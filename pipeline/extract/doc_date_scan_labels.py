"""The ``Datum`` of a scan's head whose label OCR lost or put elsewhere, read from the page's word boxes.

Apart from the printed forms of ``doc_date_forms.py``: only a scan's text loses a label so.

* ``margin_datum_lost_label``: a scan's margin column whose ``Datum`` label a speck or stain made
  unreadable (``ak`` / ``11 maart 2025`` / ``Ons kenmerk``), or lost altogether: the date alone above the
  column's next label;
* ``datum_scanned_column``: a ``Datum`` label alone on a line, its date right under it in its column.
"""

from __future__ import annotations

import re

from pipeline.extract.doc_evidence import Evidence, in_margin_column
from pipeline.extract.doc_lines import DateHit, Line, _day_date_at, page_lines
from pipeline.extract.doc_words import _day_date, letter_words

# How far under a label's line on a scan the line of its value may start, and how far its start may lie beside the
# label's (points).
VALUE_BELOW = 24
COLUMN_SLACK = 10


def scanned_column_date(ev: Evidence) -> DateHit | None:
    """A ``Datum`` label alone on a line of a scan, its date right under it in its column (``Datum | Ons kenmerk |
    Uw kenmerk`` over ``20 december 2007 | 1318842 | ...``): a tilted row of labels may leave tesseract's text with the
    label elsewhere than above its value (among the fields of the last column, read as a margin column), so the
    page's boxes say what stands under it. Only the first page's head, only a scan."""
    page = ev.pages[0] if ev.pages else None
    if page is None or "ocr" not in page.raw.method:
        return None
    labels = {w.casefold() for w in letter_words().date_labels}
    for ln in page_lines(page):
        box = page.bbox(ln.start, ln.end) if ln.text.strip().rstrip(":").casefold() in labels else None
        if box is None:
            continue
        for m in _day_date().finditer(page.text):
            value = page.bbox(m.start(), m.end())
            if (value is not None and abs(value.x0 - box.x0) <= COLUMN_SLACK
                    and 0 <= value.top - box.bottom <= VALUE_BELOW):
                hit = _day_date_at(Line(page.number, m.start(), m.end(), m.group()), "datum_scanned_column", "start")
                if hit is not None:
                    return hit
    return None


# A label a scan made unreadable: a word or two of a few letters, no figures ('ak', 'Dat m').
_GARBLED_LABEL = re.compile(r"[^\W\d_]{1,5}(?:\s+[^\W\d_]{1,5})?")


def lost_label_margin_date(ev: Evidence) -> DateHit | None:
    """A margin column on a scan whose first label came out as a scrap (``ak``): the date alone under it,
    right above a label of the column (``Ons kenmerk``), is the column's ``Datum``. Under a label that
    reads (``Uw verzoek`` / ``6 januari 2025``) a date is that label's. Only the lines of the margin
    column ingest set apart count: in a body, a table or a list a short word, a date and a word such as
    ``Kenmerk`` may stand one under the other without being a field."""
    labels = {w.casefold() for w in letter_words().margin_labels}
    for page in ev.pages:
        if "ocr" not in page.raw.method or page.number not in ev.margin_left:
            continue
        lines = [ln for ln in page_lines(page) if ln.text.strip() and in_margin_column(ev, ln)]
        for above, ln, below in zip(lines, lines[1:], lines[2:], strict=False):
            scrap = above.text.strip()
            if (below.text.strip().rstrip(":").casefold() not in labels or scrap.casefold() in labels
                    or not _GARBLED_LABEL.fullmatch(scrap)):
                continue
            hit = _day_date_at(ln, "margin_datum_lost_label", "start")
            if hit is not None and not ln.text[hit.end - ln.start:].strip(" ."):
                return hit
    return None


def column_top_margin_date(ev: Evidence) -> DateHit | None:
    """A margin column on a scan whose first label OCR lost altogether: a date alone opening the column, right above
    a label of it (``21 augustus 2019`` over ``Ons kenmerk``), is the column's ``Datum``, the letter's own, before a
    received stamp the mail room put on it. A date lower in the column stands under a label of its own."""
    labels = {w.casefold() for w in letter_words().margin_labels}
    for page in ev.pages:
        if "ocr" not in page.raw.method or page.number not in ev.margin_left:
            continue
        lines = [ln for ln in page_lines(page) if ln.text.strip() and in_margin_column(ev, ln)]
        if len(lines) < 2 or lines[1].text.strip().rstrip(":").casefold() not in labels:
            continue
        hit = _day_date_at(lines[0], "margin_datum_lost_label", "start")
        if hit is not None and not lines[0].text[hit.end - lines[0].start:].strip(" ."):
            return hit
    return None
