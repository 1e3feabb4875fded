"""The own date of each kind of document: ``DATE_RULES``, one finder per ``doc_type``.

The margin ``Datum``, a ``Datum`` label, the dated line of a letter (``Den
Haag, 12 maart 2015``), ``ontvangen`` of Kamervragen answers, the report
year, the dateline of news. ``pipeline.extract.doc_date`` tries the date
layouts of real archives around these. The date labels are read in
``doc_date_labels.py``, the place-date line in ``doc_date_place_lines.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.doc_date_labels import labelled_date, margin_date, ocr_column_date, plain_labelled_date
from pipeline.extract.doc_date_place_lines import place_date_line
from pipeline.extract.doc_evidence import Evidence, salutation_index
from pipeline.extract.doc_lines import (
    DateHit,
    Line,
    _day_date_at,
    _year_in,
    date_in_text,
    is_heading,
    page_lines,
    printed_lines,
)
from pipeline.extract.doc_words import _alternatives, news_words, other_words, report_words, weekdays
from pipeline.resource_files import DocumentDatesFile

# --------------------------------------------------------------------------
# Dates of each kind of document


def gazette_date(ev: Evidence) -> DateHit | None:
    """The issue date under a gazette masthead: ``STAATSCOURANT`` / ``Nr. 61234`` / ``27 november 2020``, also
    printed on the number's line after a bar (``Nr. 112233 | 18 maart 2025``) or on the masthead's line, or in the
    issue line officielebekendmakingen.nl prints over a notice (``Provinciaal blad van Overijssel 2024, 12817 Datum
    publicatie: 19-09-2024``): a kennisgeving's only date of its own (``tests/layouts/blind12/CONVENTIONS-web.md``).

    It dates only what the gazette prints with no adoption of its own to read: a regulation written as an
    instrument (a considerans and a dictum) is dated by its adoption first (``doc_date_instruments.py``).
    """
    words = other_words()
    opening = [ln for ln in page_lines(ev.pages[0]) if ln.text][: words.gazette_lines] if ev.pages else []
    for i, ln in enumerate(opening):
        site = words.gazette_site_line.match(ln.text)
        if site is not None:
            return _day_date_at(Line(ln.page, ln.start + site.end(), ln.end, ln.text[site.end():]), "gazette_site",
                                "start")
        if not words.gazette_title.match(ln.text):
            continue
        # The masthead may print its number and issue on its own line, as cells after its name ('GEMEENTEBLAD |
        # Officiële uitgave van de gemeente Zwolle | Nr. 8876 | 17 januari 2025').
        cells = [Line(ln.page, ln.start + m.end(), ln.end, ln.text[m.end():])
                 for m in re.finditer(r"[|·–—]\s*", ln.text)]
        below = [*cells, *opening[i + 1 : i + 4]]
        numbers = [m for b in below if (m := words.gazette_number.match(b.text)) is not None]
        if not numbers:
            return None
        for b in below:
            m = words.gazette_number.match(b.text)
            b = Line(b.page, b.start + m.end(), b.end, b.text[m.end():]) if m is not None else b
            hit = _day_date_at(b, "gazette_masthead", "start")
            if hit is not None and b.text[hit.end - b.start :].strip(" .") == "":
                return hit
    return None


def gazette_notice_date(ev: Evidence) -> DateHit | None:
    """A notice in a gazette: dated by its signing line where it prints one (``Den Haag, 28 september 2023`` over
    the minister who signs), else by the gazette's issue (``tests/layouts/blind16/CONVENTIONS-space.md``); the
    issue is only where the notice was printed, days after it was signed."""
    issue = gazette_date(ev)
    return (place_date_line(ev) or issue) if issue is not None else None


def date_line_in_head(ev: Evidence) -> DateHit | None:
    """A date alone on its line in the letter head, above the salutation (``12 maart 2024``
    over ``Geachte heer Bakker,``), where letters without a ``Datum`` label print it, or a
    date stamp's line (OCR reads the stamp's frame or dash as a mark before it: ``"8 JAN 2025``)."""
    limit = salutation_index(ev)
    if limit is None:
        return None
    for ln in ev.lines[:limit]:
        m = re.match(rf"[\"'“”‘’|_.\-–—\s]*(?:(?:{weekdays()}),?\s+)?", ln.text, re.IGNORECASE)
        rest = Line(ln.page, ln.start + m.end(), ln.end, ln.text[m.end():])
        hit = _day_date_at(rest, "date_line", "start")
        if hit is not None and rest.text[hit.end - rest.start:].strip(" .") == "":
            return hit
    return None


def date_alone(ln: Line, rule: str) -> DateHit | None:
    """A date alone on its line, after an optional weekday and before an optional time:
    ``dinsdag 5 november 2024``, ``27 maart 2019 | 11:53``."""
    m = re.match(rf"(?:(?:{weekdays()}),?\s+)?", ln.text, re.IGNORECASE)
    rest = Line(ln.page, ln.start + m.end(), ln.end, ln.text[m.end():])
    hit = _day_date_at(rest, rule, "start")
    if hit is not None and re.fullmatch(r"[\s\d:.,|-]*(?:uur)?", rest.text[hit.end - rest.start:]):
        return hit
    return None


def letter_date(ev: Evidence) -> DateHit | None:
    # A qualified label ('Datum inspectiebezoek: 17 september 2024') dates something else: the
    # letter's own place-date line ('Den Haag, 5 november 2024') comes first.
    for find in (margin_date, plain_labelled_date, place_date_line, labelled_date, ocr_column_date):
        hit = find(ev)
        if hit is not None:
            return hit
    return None


@lru_cache(maxsize=1)
def _received_label() -> re.Pattern[str]:
    return re.compile(_alternatives(tuple(load_file(DocumentDatesFile).received_labels)), re.IGNORECASE)


def news_date(ev: Evidence) -> DateHit | None:
    """The dateline (``DEN HAAG, 3 mei 2016 -``) or the publication line (``Nieuwsbericht | 03-05-2016``)."""
    words = news_words()
    # Boilerplate lines count here too: 'Nieuwsbericht | 03-05-2016' is a site's data list.
    opening = [ln for ln in page_lines(ev.pages[0]) if ln.text][:8] if ev.pages else []
    for ln in opening:
        m = words.dateline.match(ln.text)
        # A received stamp reads like a dateline ('INGEKOMEN 10 SEP. 1992 - GEMEENTE STAD'): its label is no place.
        # A subtitle naming an event by its day ('Gemeenteraadsverkiezing 16 maart 2022 – gemeente Delft') goes on in
        # lower case, where a dateline's dash opens the lead's first sentence.
        if m is not None and not (m["place"] and _received_label().fullmatch(m["place"])) and not (
                m["place"] and ln.text[m.end():].lstrip()[:1].islower()):
            hit = date_in_text(m["date"], ln.page, ln.start + m.start("date"), "news_dateline")
            if hit is not None:
                return hit
    # The clean stage may join the publication line to the subtitle over it ('... in Schalkwijk Gepubliceerd:
    # 28-05-2024 | Leestijd: 4 minuten'): the lines as printed too.
    printed = [ln for ln in printed_lines(ev.pages[0]) if ln.text][:8] if ev.pages else []
    for ln in [*opening, *(p for p in printed if all(p.text != o.text for o in opening))]:
        m = words.published.match(ln.text)
        if m is not None:
            hit = date_in_text(m["date"], ln.page, ln.start + m.start("date"), "news_published")
            if hit is not None:
                return hit
    return None


def report_year(ev: Evidence) -> DateHit | None:
    """``Wat wilden we bereiken in 2018?`` or ``Jaarverslag 2018`` in the opening headings."""
    words = report_words()
    for ln in ev.lines:
        if words.section_question.match(ln.text):
            hit = _year_in(ln, "report_year_question")
            if hit is not None:
                return hit
    for ln in ev.lines[:5]:
        if is_heading(ln.text) and words.report_word.search(ln.text):
            hit = _year_in(ln, "report_year_heading")
            if hit is not None:
                return hit
    return None


def kamervragen_date(ev: Evidence) -> DateHit | None:
    """``ontvangen`` of the answers under the header. Without it, ``doc_date`` reads the answers'
    own date, then the date of the questions (``ingezonden``): see ``doc_date.KIND_DATE_RULES``."""
    if ev.header is None:
        return None
    return ev.header.received


DATE_RULES: dict[str, Callable[[Evidence], DateHit | None]] = {
    "brief": letter_date,
    "kamervragen": kamervragen_date,
    "jaarverslag": report_year,
    "nieuws": news_date,
    "overig": lambda ev: gazette_notice_date(ev) or margin_date(ev) or labelled_date(ev),
}
