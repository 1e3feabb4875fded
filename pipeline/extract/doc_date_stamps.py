"""Dates the post, the wire and the mail room put on a document: a telegram's, a telex's and a received stamp's.

Each is a named rule whose name reaches ``doc_date_rule``, tried among the letter fallbacks of ``doc_date.py``:

* ``handed_in_date``: a telegram form dated by the day it was handed in, under its ``Aangeboden`` label, its year
  after the day and month in the cell (``1/2 1953``), else from the post office's date stamp where the form gives
  only the day and month (``2/2`` and ``GOES 3 II 1953``);
* ``telex_message``: a telex dated by its own message line in the head (``NR 17 03-01-76 0512``, ``NR 412 / VZ
  25.10.79 1632``), not by a fax machine's transmission line;
* ``received_stamp``: a received stamp (``Ontvangen 12 maart 2024``, a scan's ``_ ONTVANGEN 17 OKT 2022``) dates a
  letter that prints no date of its own, as a resident's letter without one (``CONVENTIONS-space.md``).

A received stamp anywhere on a scanned page also corrects a letter's date (``roman_month_misread``, which
``doc_date.py`` applies to the head's date): a month read as ``11`` that puts the letter after its stamp is a
Roman month whose I's OCR read as ones (``12-11-1963`` stamped ``INGEKOMEN 14 MRT. 1963`` is 12 March).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from pipeline.extract import doc_literals as literals
from pipeline.extract.doc_date_forms import _date_after, short_year_at
from pipeline.extract.doc_date_labels import scanned
from pipeline.extract.doc_evidence import Evidence, _labelled
from pipeline.extract.doc_lines import HEAD_LINES, DateHit, Line, _day_date_at, misread_day_date_at, page_lines
from pipeline.extract.doc_words import _alternatives, document_date_words

# A row of a telegram form's values: the office's number, its name, the count of words, the day and the hour.
TELEGRAM_ROW_WORDS = 8


def handed_in_date(ev: Evidence) -> DateHit | None:
    """A telegram form dates its message by the day it was handed in, under its ``Aangeboden`` label in the row of
    the form's labels (``No. | Kantoor van afzending | Woorden | Aangeboden | Uur``); a scan loses the form's bars,
    so the row under the labels is read as a short line whose one day date is that day. The office's receipt line
    under it (``Ontvangen te Zierikzee 2/2 15.10``) dates nothing."""
    label = document_date_words()["handed_in_label"]
    lines = [ln for ln in page_lines(ev.pages[0]) if ln.text][:HEAD_LINES] if ev.pages else []
    for ln, values in zip(lines, lines[1:], strict=False):
        if not literals.search(label, ln.text) or len(values.text.replace("|", " ").split()) > TELEGRAM_ROW_WORDS:
            continue
        hit = _day_date_at(values, "handed_in_date")
        rest = Line(values.page, hit.end, values.end, values.text[hit.end - values.start:]) if hit else None
        if hit is not None and _day_date_at(rest, "handed_in_date") is None:
            return hit
        others = [ln for ln in lines if ln is not values]
        if hit is None and (hit := _cell_year(values) or _stamped_year(values, others)) is not None:
            return hit
    return None


# A form's day and month with the year after it in the same cell (``1/2 1953``), as a Dutch form prints a day date.
_DAY_MONTH_YEAR = re.compile(r"(?<![\d/.-])(?P<day>\d{1,2})/(?P<month>\d{1,2})\s+(?P<year>(?:18|19|20)\d{2})(?![\d/.])")


def _cell_year(values: Line) -> DateHit | None:
    """The handed-in cell of a telegram form that prints the year after the day and month (``ZIERIKZEE 41 58 1/2 1953
    11.40``): day first, as Dutch forms print it (``tests/layouts/blind32/CONVENTIONS-defence.md``)."""
    days = list(_DAY_MONTH_YEAR.finditer(values.text))
    if len(days) != 1:
        return None
    m = days[0]
    try:
        day = dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError:
        return None
    return DateHit(day.isoformat(), values.page, values.start + m.start(), values.start + m.end(), "handed_in_date")


# A form's day and month without a year (``2/2``), as a telegram's row of values prints them.
_DAY_MONTH = re.compile(r"(?<![\d/.-])(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![\d/])")
# How many days after its handing in a telegram is delivered at the latest: a stamp further off dates another thing.
DELIVERY_DAYS = 7


def _stamped_year(values: Line, others: list[Line]) -> DateHit | None:
    """A telegram form prints the day it was handed in without its year (``MIDDELBURG 214 52 2/2 22.40``); the post
    office's date stamp on the form gives it (``GOES 3 II 1953``), as a date without a year takes its year from the
    document (ANNOTATING.md): the year that puts the day on or a few days before the stamp's."""
    days = list(_DAY_MONTH.finditer(values.text))
    if len(days) != 1:
        return None
    m = days[0]
    for ln in others:
        stamp = _day_date_at(ln, "stamp")
        stamped = dt.date.fromisoformat(stamp.value) if stamp is not None else None
        for year in (stamped.year, stamped.year - 1) if stamped is not None else ():
            try:
                day = dt.date(year, int(m["month"]), int(m["day"]))
            except ValueError:
                continue
            if 0 <= (stamped - day).days <= DELIVERY_DAYS:
                return DateHit(day.isoformat(), values.page, values.start + m.start(), values.start + m.end(),
                               "handed_in_date")
    return None


def telex_message_date(ev: Evidence) -> DateHit | None:
    """A telex is dated by its own message line in the head, the number, date and time the sending operator types
    as part of the message (``NR 17 03-01-76 0512``, ``tests/layouts/blind13/CONVENTIONS-regional.md``); a fax
    machine's transmission line (``13-10-94 08:12 FROM ... P.01``) names no message and dates nothing."""
    pattern = document_date_words()["telex_message_line"]
    for ln in ev.lines[:HEAD_LINES]:
        m = pattern.match(ln.text)
        if m is None:
            continue
        date = Line(ln.page, ln.start, ln.start + m.end("date"), ln.text[: m.end("date")])
        return short_year_at(date, m.start("date"), "telex_message") or _day_date_at(
            Line(date.page, date.start + m.start("date"), date.end, m["date"]), "telex_message", "start")
    return None


# What a scan reads of a stamp's frame before its first word.
_STAMP_FRAME = re.compile(r"^[_|\[\]()“”\"'.\-–—\s]+(?=[^\W\d_])")


def received_stamp_date(ev: Evidence) -> DateHit | None:
    """``Ontvangen 12 maart 2024`` / ``Datum ontvangst`` with the date on the same or the next line. A scan reads
    the stamp's frame as a mark before its label (``_ ONTVANGEN 17 OKT 2022``)."""
    labels = tuple(document_date_words()["received_labels"])
    for i, ln in enumerate(ev.lines):
        value = _labelled(_STAMP_FRAME.sub("", ln.text), labels)
        if value is None:
            continue
        hit = _date_after(ln, len(ln.text) - len(value), "received_stamp") if value else None
        if hit is None and value and scanned(ev, ln.page):
            # A stamp's figures are often misread ('12 MRT 2O24').
            hit = misread_day_date_at(ln, "received_stamp_misread")
        if hit is None and not value and i + 1 < len(ev.lines):
            hit = _day_date_at(ev.lines[i + 1], "received_stamp", "start")
        if hit is not None:
            return hit
    return None


# A day date whose month OCR read as 11: the I's of a Roman II or III (``12-III-1963``) read as ones, one of three lost.
_ONES_MONTH = re.compile(r"\d{1,2}(?P<sep>[-.])11(?P=sep)\d{4}")
# The Roman months whose I's OCR reads as ``11``, the later first.
_ROMAN_ONES = (3, 2)


def roman_month_misread(ev: Evidence, hit: DateHit | None) -> DateHit | None:
    """A scanned letter's date read with the month 11 after the received stamp on its page (``12-11-1963`` on a letter
    stamped ``INGEKOMEN 14 MRT. 1963``): no letter is received before it is written, so OCR read a Roman month's I's
    as ones, and the month is the Roman one that puts the letter last on or before the stamp."""
    page = next((p for p in ev.pages if hit is not None and p.number == hit.page), None)
    if page is None or not scanned(ev, page.number) or not _ONES_MONTH.fullmatch(page.text[hit.start:hit.end]):
        return hit
    stamp = _stamped_received(ev, page.number)
    written = dt.date.fromisoformat(hit.value)
    if stamp is None or written <= stamp:
        return hit
    for month in _ROMAN_ONES:
        try:
            day = written.replace(month=month)
        except ValueError:
            continue
        if day <= stamp:
            return DateHit(day.isoformat(), hit.page, hit.start, hit.end, hit.rule)
    return hit


@lru_cache(maxsize=1)
def _received_stamp_label() -> re.Pattern[str]:
    labels = document_date_words()["received_labels"]
    return re.compile(rf"(?<!\w)(?:{_alternatives(tuple(w.upper() for w in labels))})\s+(?=\d)")


@lru_cache(maxsize=1)
def _received_run_in() -> re.Pattern[str]:
    words = document_date_words()
    labels = tuple(w.upper() for w in (*words["received_labels"], *words["received_abbreviations"]))
    return re.compile(rf"(?<!\w)(?:{_alternatives(labels)})\s+(?=\d)")


def received_stamp_run_in_date(ev: Evidence) -> DateHit | None:
    """A received stamp in capitals that a scan ran into a line of the address (``Stadhuis INGEK. 3 OKT. 1956 NO. 4417
    te KAMPEN.``): an undated letter's last resort, as the stamp on a line of its own is before it."""
    for ln in ev.lines:
        m = _received_run_in().search(ln.text)
        hit = _date_after(ln, m.end(), "received_stamp") if m is not None else None
        if hit is not None and hit.start == ln.start + m.end():
            return hit
    return None


def _stamped_received(ev: Evidence, number: int) -> dt.date | None:
    """The date of a received stamp in capitals anywhere on the page, where OCR ran it into the line beside it
    (``Aan de Burgemeester van INGEKOMEN 14 MRT. 1963 -``)."""
    for ln in (ln for ln in ev.lines if ln.page == number):
        m = _received_stamp_label().search(ln.text)
        hit = _date_after(ln, m.end(), "received") if m is not None else None
        if hit is not None:
            return dt.date.fromisoformat(hit.value)
    return None
