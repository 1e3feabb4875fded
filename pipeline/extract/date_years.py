"""Bare years: ``2016`` is a date in ``in 2016`` or ``Jaarverslag 2016``, not in ``€ 2016`` or ``Postbus 2016``.

A token rule that needs context: ``bare_year_ok`` reads the words around a
year; years heading a column (``is_column_header_year``) or ending a row label
(``is_row_label_year``) and years in the name of a law are no dates.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from pipeline.doctext import doc_text
from pipeline.dutch.date_grammar import date_words
from pipeline.extract.date_candidates import Candidate, _word_before
from pipeline.textlines import line_spans
from pipeline.triggers import token_indices


def _is_year_token(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099


# ``_is_year_token`` of each distinct token text, by its hash (``token_indices``).
_YEAR_TOKENS: dict[int, bool] = {}


def _is_digit_number(text: str) -> bool:
    """A number written in digits (``070``, ``12,5``); not a number word such as ``een``.

    spaCy's ``like_num`` is also true of Dutch number words, and ``in 2015 een
    bedrag`` must keep its year. A group of a phone number (``06-1234``, ``0320-278``: a
    leading zero, a hyphen) counts too: ``tel. 06-1234 2024`` ends in a group, not a year.
    """
    return bool(re.fullmatch(r"\d+(?:[.,]\d+)*|0\d+(?:-\d+)+", text))


def _prev_word(doc: Doc, i: int) -> str | None:
    return doc[i - 1].lower_ if i > 0 else None


def _alone_on_line(doc: Doc, i: int) -> bool:
    """Whether only white space stands between ``doc[i]`` and the line breaks around it.

    Walks the neighbouring tokens, not the text: a page of years on one long
    line must not cost a scan of the line per year.
    """
    return _edge_of_line(doc, i, -1) and _edge_of_line(doc, i, 1)


def _edge_of_line(doc: Doc, i: int, step: int) -> bool:
    j = i + step
    while 0 <= j < len(doc) and doc[j].is_space:
        if "\n" in doc[j].text:
            return True
        j += step
    if not 0 <= j < len(doc):
        return True
    # spaCy keeps one trailing space on the token; any other white space is a token of its own.
    return "\n" in (doc[j].whitespace_ if step < 0 else doc[i].whitespace_)


def _neighbour(doc: Doc, i: int, step: int) -> Token | None:
    """The nearest token before (``step`` -1) or after (+1) ``doc[i]`` that is not whitespace:
    the next cell of a table row across a tab, or across a line break when ``doc[i]`` stands
    alone on its line (a cell the text layer put on a line of its own)."""
    alone = _alone_on_line(doc, i)
    j = i + step
    while 0 <= j < len(doc) and doc[j].is_space:
        if "\n" in doc[j].text and not alone:
            return None
        j += step
    return doc[j] if 0 <= j < len(doc) else None


def bare_year_ok(doc: Doc, i: int) -> bool:
    """Is the year-like token ``doc[i]`` a year here, not part of an amount, code or count?"""
    lex = date_words()
    before = _prev_word(doc, i)
    after = doc[i + 1] if i + 1 < len(doc) else None
    if before in lex.year_block_before or (before and before[-1:] in "€$ƒ"):
        return False
    if after is not None and (
        after.lower_ in lex.year_block_after or re.fullmatch(r"[A-Z]{2}", after.text)
    ):
        return False  # 2016 mensen, 2016 euro, postcode 2016 AB
    # Phone numbers and number columns (070 2016 123), also a figure across a tab or line
    # break: a year ending a row label ('Stand ontwerpbegroting 2018<tab>28.287').
    for near in (_neighbour(doc, i, -1), _neighbour(doc, i, 1)):
        if near is not None and _is_digit_number(near.text) and not _is_year_token(near.text):
            return False
    if before in lex.year_context_before:
        return True
    window = doc[max(0, i - 12) : i].text_with_ws  # not doc.text: it is rebuilt on every access
    if _word_before(window, len(window), lex.year_context_phrases):
        return True  # tot en met 2026, in vergelijking met 2022
    if in_law_name(doc, i):
        return False  # Wet maatschappelijke ondersteuning 2015: part of the name
    if before in lex.year_list_joiners and i > 1 and _is_year_token(doc[i - 2].text):
        return True  # in 2015 en 2016
    if after is None or after.is_punct or after.is_space:
        return True  # a year closing a line, clause or title: Jaarverslag 2018
    if after.lower_ in lex.year_list_joiners and _year_follows(doc, after.i + 1):
        return True  # Verantwoording middelen 2017 en aanvraag 2019
    if after.lower_ in lex.year_context_after:
        return True  # 2023 was een bijzonder jaar: the year is what the sentence is about
    # Without a context word, a year before a lowercase word reads as a count (2016 deelnemers).
    return not (after.is_alpha and after.text.islower())


# How many words a law's name may have between its head word and its year.
_LAW_NAME_REACH = 5


def in_law_name(doc: Doc, i: int) -> bool:
    """Is the year ``doc[i]`` the end of a law's name (``Wet maatschappelijke ondersteuning 2015``,
    ``Jeugdwet 2015``, ``Wmo 2015``)? The head word stands a few words before it on the same line, with no
    punctuation and no word that makes a year a date (``de wet van 2015`` is dated) in between."""
    lex = date_words()
    if i > 0 and re.fullmatch(lex.law_abbreviation, doc[i - 1].text):
        return True  # Wmo 2015, WVO 2020
    for tok in reversed(doc[max(0, i - _LAW_NAME_REACH) : i]):
        if tok.is_punct or "\n" in tok.text or tok.lower_ in lex.year_context_before:
            return False
        if any(tok.lower_ == w or (w == "wet" and tok.lower_.endswith(w) and tok.is_title) for w in lex.law_words):
            return True
    return False


def range_in_law_name(doc: Doc, start: int) -> bool:
    """Does the range of years at ``start`` close a law's or regulation's name (``Regeling specifieke
    uitkering IZA-doelen 2023-2026``)? The range is part of the name, as a single year is."""
    span = doc.char_span(start, start + 4, alignment_mode="expand")
    return span is not None and len(span) == 1 and in_law_name(doc, span.start)


# How many words a list of years may have between a joiner and the next year.
_LIST_YEAR_REACH = 3


def _year_follows(doc: Doc, i: int) -> bool:
    """A year within a few words from ``i`` on the same line: the second item of a list of years."""
    for tok in doc[i : i + _LIST_YEAR_REACH]:
        if "\n" in tok.text or tok.is_punct:
            return False
        if _is_year_token(tok.text):
            return True
    return False


def is_column_header_year(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a year heading a table column (``Rubriek\t2023\t2022``)?

    Tables of a PDF arrive as tab-separated rows. A year alone in its cell, on
    a row whose other cells (after the row label) are years or empty, names a
    column: the figures under it are dated, the heading itself is no date.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if "\t" not in line:
        return False
    cells = [c.strip() for c in line.split("\t")]
    if text[start:end] not in cells:
        return False
    return all(not c or _is_year_token(c) for c in cells[1:])


# A cell of figures: a number, a dash for nil, or empty.
_FIGURE_CELL = re.compile(r"(?:[-–—]?\s*(?:€\s*)?\d[\d.,]*%?|[-–—]|)")


def is_row_label_year(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a year ending the label of a table row of figures
    (``Mutatie nota van wijziging 2018<tab>–<tab>626``)? The label names the row
    (a budget, a version), and the figures after it are what the row says."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    label, tab, rest = line.partition("\t")
    if not tab or line_start + len(label.rstrip()) != end:
        return False
    cells = [c.strip() for c in rest.split("\t")]
    return any(cells) and all(_FIGURE_CELL.fullmatch(c) for c in cells)


def bare_year_spans(doc: Doc) -> list[Candidate]:
    """Candidates of the token rule ``year`` (not the years heading table columns or ending a
    row label)."""
    text = doc_text(doc)
    # Only a line with a tab is a table row; knowing which lines have one keeps a
    # page of years on one long line linear.
    tab_lines = [(start, end) for start, end in line_spans(text) if "\t" in text[start:end]]
    starts = [start for start, _ in tab_lines]

    def on_tab_line(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos <= tab_lines[k][1]

    return [
        Candidate(tok.idx, tok.idx + len(tok.text), "year")
        for tok in (doc[i] for i in token_indices(doc, _is_year_token, _YEAR_TOKENS))
        if bare_year_ok(doc, tok.i)
        and not (on_tab_line(tok.idx) and (
            is_column_header_year(text, tok.idx, tok.idx + len(tok.text))
            or is_row_label_year(text, tok.idx, tok.idx + len(tok.text))))
    ]
