"""Dates of letters written in German, French or English, as municipalities near the border receive them.

Such a letter dates itself on its place-date line in its own language: ``Kleve, den 14. März 1961``, ``Visé, le 12
septembre 2023``, ``Nordhorn, 9. Oktober 2024`` (also as the value under the ``Datum`` of a row of labels, at the
end of the row's line), ``London, 3 March 2024`` or ``London, March 3, 2024``. A Dutch reader reads that date as the
letter's own, as he reads a page in English as its Dutch equivalent (ANNOTATING.md). The months are those of
``foreign_months`` in ``resources/document/letters.json``; a Dutch place-date line is read by ``place_date_line``
before this rule, and a month spelled as a Dutch one (``18 september 1972``) is read here only in a foreign form of the
date (``den``, ``le``, the German day's point, the English month first): elsewhere it is the Dutch rules' to read.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.dutch.date_grammar import date_words
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_lines import HEAD_LINES, DateHit
from pipeline.extract.doc_words import _alternatives
from pipeline.resource_files import DocumentLettersFile

RULE = "foreign_place_date"


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    return {k.casefold(): v for k, v in load_file(DocumentLettersFile).foreign_months.items()}


@lru_cache(maxsize=1)
def _foreign_place_date() -> re.Pattern[str]:
    """A place in capitals' case (of a word or three, or two joined by a slash), a comma and the date, ending the line:
    the German day with its point and ``den`` before it, the French ``le`` and ``1er``, the English day before or after
    the month. The line may hold a row's other cells before it (a reference, a telephone number)."""
    months = _alternatives(tuple(_months()))
    place = r"(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:[ /-](?-i:[A-ZÀ-Þ])[\w'’.-]*){0,2}(?:\s?\([^)]{1,12}\))?"
    day = r"(?P<day>\d{1,2})(?P<mark>\.|er|st|nd|rd|th)?"
    return re.compile(rf"(?:^|(?<=\s)){place},\s*(?:(?P<article>den|le|the)\s+)?"
                      rf"(?:{day}\s+(?P<month>{months})\.?|(?P<month2>{months})\s+(?P<day2>\d{{1,2}}),?)"
                      rf"\s+(?P<year>(?:1[89]|20)\d{{2}})\s*\.?$", re.IGNORECASE)


def foreign_place_date(ev: Evidence) -> DateHit | None:
    """The first place-date line in another language among the head's lines (``_foreign_place_date``)."""
    pattern = _foreign_place_date()
    for ln in ev.lines[:HEAD_LINES]:
        m = pattern.search(ln.text)
        if m is None:
            continue
        day, month = (m["day"], m["month"]) if m["day"] else (m["day2"], m["month2"])
        # A Dutch month written as the Dutch write it ('Eemskanaal, 18 september 1972' in a subject) is the Dutch
        # rules' to read, or to pass over.
        if not (m["article"] or m["mark"] or m["month2"]) and month.casefold() in date_words().months:
            continue
        try:
            value = datetime.date(int(m["year"]), _months()[month.casefold()], int(day))
        except ValueError:
            continue
        start = m.start("day") if m["day"] else m.start("month2")
        return DateHit(value.isoformat(), ln.page, ln.start + start, ln.start + m.end("year"), RULE)
    return None
