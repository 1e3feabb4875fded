"""The title of a document: ``TITLE_RULES``, one per ``doc_type``.

The subject line of a letter, the headline of news, the opening sentence of
Kamervragen (up to ``(ingezonden ...)``) or the chapter heading of a report;
website boilerplate never is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.doc_cells import cell_below
from pipeline.extract.doc_evidence import Evidence, _labelled, address_index, salutation_index
from pipeline.extract.doc_lines import MAX_HEADING_WORDS, Line, _day_date_at, is_heading
from pipeline.extract.doc_words import _fold, letter_words, news_words, report_words

# --------------------------------------------------------------------------
# Titles


# OCR reads a speck before a label as a glyph of its own (``‚ Onderwerp: ...``); it does not hide the label.
LEADING_SPECK = re.compile(r"^[^\w\s]{1,2}\s+(?=\w)")
# How many printed lines a subject may run on under its label's line.
SUBJECT_WRAP_LINES = 2


def subject_line(ev: Evidence) -> str | None:
    """``Onderwerp: ...`` / ``Betreft ...`` (margin field, inline, or label with the value below, also as
    a cell of a row of labels over a row of values)."""
    labels = letter_words().subject_labels
    folded = {w.casefold() for w in labels}
    for page in ev.pages:
        for label, value in page.margin_fields:
            if label.strip().rstrip(":").casefold() not in folded:
                continue
            if value.strip():
                return " ".join(value.split())
            # The clean stage sets a subject label apart without its value (a free text cannot be
            # told from the body): the value is the printed line under the label.
            below = _line_under(page.raw.text, label)
            if below:
                return below
    for i, ln in enumerate(ev.lines):
        value = _labelled(LEADING_SPECK.sub("", ln.text), labels)
        if value:
            return " ".join([value, *(w.text for w in _run_on(ev, i))])
        if value == "" and i + 1 < len(ev.lines) and not _is_label_line(ev.lines[i + 1].text):
            return ev.lines[i + 1].text
    return _subject_cell(ev, folded)


def _run_on(ev: Evidence, i: int) -> list[Line]:
    """The printed lines a subject runs on to under its label's line (``Onderwerp: beslissing op uw bezwaar
    tegen ons besluit van 14`` / ``februari 2024 op het Woo-verzoek van uw cliënt``): the lines right under
    it, no blank line between, up to the next label, salutation or sentence."""
    out: list[Line] = []
    last = ev.lines[i]
    for ln in ev.lines[i + 1: i + 1 + SUBJECT_WRAP_LINES]:
        if ln.page != last.page or ln.start != last.end + 1 or re.search(r"[.:;!?]$", last.text):
            break
        if (_labelled(ln.text, letter_words().margin_labels) is not None or letter_words().salutation.match(ln.text)
                or len(ln.text.split()) > MAX_HEADING_WORDS):
            break
        out.append(ln)
        last = ln
    return out


def _subject_cell(ev: Evidence, labels: set[str]) -> str | None:
    """The value under a subject label in a row of labels over a row of values (``datum | ons kenmerk |
    onderwerp`` over ``20 november 2023 | UIT 41877 | Woo-verzoek``), read from the word boxes."""
    rows = ev.head_cells
    for r, row in enumerate(rows):
        for cell in row:
            if cell.text.strip().rstrip(":").casefold() in labels:
                under = cell_below(rows, r, cell, look=1)
                if under is not None and not _is_label_line(under.text):
                    return under.text
    return None


def _line_under(text: str, label: str) -> str | None:
    """The first non-empty line under the line that is ``label`` alone, unless it is a label too."""
    lines = [ln.strip() for ln in text.split("\n")]
    for i, ln in enumerate(lines):
        if ln.rstrip(":").strip().casefold() != label.strip().rstrip(":").casefold():
            continue
        below = next((b for b in lines[i + 1:] if b), None)
        if below and not _is_label_line(below):
            return below
    return None


def _is_label_line(text: str) -> bool:
    return _labelled(text, letter_words().margin_labels) is not None and len(text.split()) <= 6


def letter_title(ev: Evidence) -> str | None:
    """The subject line, else the paragraph between the address block and ``Geachte``."""
    subject = subject_line(ev)
    if subject:
        return subject
    s = salutation_index(ev)
    if s is None:
        return None
    a = address_index(ev)
    begin = 0
    if a is not None:
        begin = a + 1
        while begin < s and any(p.match(ev.lines[begin].text) for p in letter_words().address_lines):
            begin += 1
    candidates = [
        ln for ln in ev.lines[begin:s]
        if not _is_label_line(ln.text) and _day_date_at(ln, "x") is None and is_heading(ln.text)
    ]
    return candidates[-1].text if candidates else None


def first_heading(ev: Evidence) -> str | None:
    """The first heading-like line that is not a news label, a dateline or a date."""
    labels = news_words().labels
    for ln in ev.lines[:8]:
        if _fold(ln.text) in labels or _day_date_at(ln, "x", "start") is not None:
            continue
        if is_heading(ln.text):
            return ln.text
    return None


def report_title(ev: Evidence) -> str | None:
    """The chapter heading (``Programma 10: Veiligheid``), else the first heading."""
    pattern = report_words().chapter_heading
    for ln in ev.lines[:6]:
        if pattern.match(ln.text) and is_heading(ln.text):
            return ln.text
    return first_heading(ev)


def kamervragen_title(ev: Evidence) -> str | None:
    return ev.header.title if ev.header is not None else first_heading(ev)


TITLE_RULES: dict[str, Callable[[Evidence], str | None]] = {
    "brief": lambda ev: letter_title(ev) or first_heading(ev),
    "kamervragen": kamervragen_title,
    "jaarverslag": report_title,
    "nieuws": first_heading,
    "overig": lambda ev: subject_line(ev) or first_heading(ev),
}
