"""The date under a ``Datum`` label: the margin field, a label in the text, a label OCR ran into the body.

A label that names another date (``Datum raadsvergadering``) or is qualified (``Datum besluit``) dates something
else; a scan's note or stamp beside the field, a label broken over two lines: apart from the place-date line
(``doc_date_place_lines.py``) and the table of ``doc_date_rules.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.dutch.dates import parse_date
from pipeline.extract.doc_date_place_lines import _labels_only, _place_date
from pipeline.extract.doc_evidence import Evidence, _labelled
from pipeline.extract.doc_lines import DateHit, Line, _day_date_at, date_in_text, misread_day_date_at
from pipeline.extract.doc_words import _alternatives, _day_date, document_date_words, letter_words, weekdays
from pipeline.records import CleanPage
from pipeline.resource_files import DocumentDatesFile


def margin_date(ev: Evidence) -> DateHit | None:
    """The margin ``Datum`` field that the clean stage set aside, located in the page text."""
    labels = {w.casefold() for w in letter_words().date_labels}
    for page in ev.pages:
        for label, value in page.margin_fields:
            if label.strip().rstrip(":").casefold() not in labels or not value.strip() or _dates_column(value):
                continue
            at = page.text.rfind(value.strip())
            if at >= 0:
                hit = date_in_text(value.strip(), page.number, at, "margin_datum") or _opening_month(
                    page, value, at)
                if hit is None and scanned(ev, page.number):
                    # A fax or a coarse scan misreads the column's small print: '14 januan 2025'.
                    hit = misread_day_date_at(Line(page.number, at, at + len(value.strip()), value.strip()),
                                              "margin_datum_misread")
            else:
                parsed = parse_date(value)
                hit = (DateHit(parsed.value, page.number, -1, -1, "margin_datum") if parsed
                       else _opening_date(page, value))
            if hit is not None:
                return hit
    return None


def _dates_column(value: str) -> bool:
    """A value of nothing but day dates, two or more: the ``Datum`` column of a version table read as a margin field
    (``14 februari 2023 23 mei 2023 4 juli 2023``), whose dates are of the versions, not one letter's."""
    return len(_day_date().findall(value)) > 1 and not _day_date().sub("", value).strip(" ,;")


# A month and year opening a margin value ('april 2025', 'sept. 2024'): a letter printed for a month.
_MONTH_OPENING = re.compile(r"[^\W\d_]{3,}\.?\s+(?:1[89]|20)\d{2}(?![\d-])")


def _opening_month(page: CleanPage, value: str, at: int) -> DateHit | None:
    """The month and year that open a margin ``Datum`` (``Datum | april 2025``, an invitation sent for a month),
    where the value holds no day date: the letter's date to the month, as a place-date line ``Arnhem, december
    2024`` gives it (ANNOTATING.md). ``at`` is where the value stands in the page, -1 where it stands nowhere."""
    m = _MONTH_OPENING.match(value.strip())
    parsed = parse_date(m[0]) if m is not None else None
    if parsed is None or parsed.granularity != "month":
        return None
    return DateHit(parsed.value, page.number, at, at + m.end() if at >= 0 else -1, "margin_datum_month")


def _opening_date(page: CleanPage, value: str) -> DateHit | None:
    """The day date that opens a margin value the clean stage ran on into the column's next field
    (``29 oktober 2019 Nummer 2019-071148``, a scan's lines of the column joined), where it stands in the page."""
    value = value.strip()
    hit = _day_date_at(Line(page.number, 0, len(value), value), "margin_datum", "start")
    if hit is None:
        month = _MONTH_OPENING.match(value)
        return _opening_month(page, value, page.text.find(month[0])) if month is not None else None
    at = page.text.find(value[: hit.end])
    return DateHit(hit.value, page.number, at, at + hit.end, "margin_datum") if at >= 0 else \
        DateHit(hit.value, page.number, -1, -1, "margin_datum")


@lru_cache(maxsize=1)
def _other_date_label() -> re.Pattern[str]:
    """``Datum raadsvergadering``, ``Datum ontvangst``, ``Datum bezoek``, ``Datum inwerkingtreding``: a date label that
    names another date than the document's; so does a date label naming any meeting (``Datum DT-overleg``, ``Datum
    MT-vergadering``, ``Datum bestuurlijk overleg``): a nota for a management team's or a board's meeting names the
    meeting it goes to."""
    data = load_file(DocumentDatesFile)
    labels = [w for w in (*data.meeting_labels, *data.received_labels, *data.event_labels, *data.effect_labels)
              if len(w.split()) > 1]
    meeting = (rf"(?:{_alternatives(tuple(letter_words().date_labels))})\s+(?:[\w&-]+\s+)?[\w&-]*?"
               rf"(?:{_alternatives(tuple(data.meeting_nouns))})")
    return re.compile(rf"(?:{_alternatives(labels)}|{meeting})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _meeting_field() -> re.Pattern[str]:
    """A field of the meeting a document goes to, its one-word label before its date: ``Collegevergadering 2 april
    2024``, ``Raadsvergadering: 9 juli 2024``."""
    dated = {w.casefold() for w in letter_words().date_labels}
    labels = [w for w in load_file(DocumentDatesFile).meeting_labels
              if len(w.split()) == 1 and w.rstrip(":").casefold() not in dated]
    return re.compile(rf"^(?:{_alternatives(labels)})\s*:?\s+\d", re.IGNORECASE)


def labelled_date(ev: Evidence, *, qualified_too: bool = True) -> DateHit | None:
    """``Datum: 28 januari 2016`` on one line, or ``Datum`` alone with the date on the next line;
    not ``Datum raadsvergadering: 12 december 2024`` (the meeting a proposal is for).

    A label qualified by a word before the date (``Datum besluit 26 september 2024``,
    ``Datum collegebesluit``) dates something else than the letter: it is taken only when no
    plain date label is found (a weekday is no qualifier: ``Datum: dinsdag 13 augustus 2024``),
    and without ``qualified_too`` not at all (``letter_date`` tries the place-date line first)."""
    labels = letter_words().date_labels
    qualified = None
    scans = scanned_pages(ev)
    for i, ln in enumerate(ev.lines):
        ocr = ln.page in scans
        value = _labelled(ln.text, labels, ocr)
        if value is None or _other_date_label().match(ln.text):
            continue
        # A row of labels read without its cells ('Datum Kenmerk Uw brief', OCR of a label row): the
        # date label's value stands first on the next line, as under a label alone.
        row = bool(value) and _labels_only(value)
        if row:
            value = ""
        if value:
            hit = _day_date_at(ln, "datum_label", "end")
            if hit is None and ocr:
                hit = misread_day_date_at(ln, "datum_label_misread")
            value_start = len(ln.text) - len(value)
            if ocr and (hit is None or ln.text[hit.end - ln.start:].strip(" .,;")):
                hit = _noted_date(ln, value_start) or hit
            if hit is None or hit.start - ln.start < value_start or (
                    hit.rule != NOTED and ln.text[hit.end - ln.start:].strip(" .,;")):
                continue
            gap = ln.text[value_start: hit.start - ln.start]
            if (own := _stamped_after(ln, value_start, hit)) is not None:
                return own
            # 'Plaats en datum: Den Haag, 7 november 2023': a place before the date qualifies nothing.
            if _qualifier().fullmatch(gap) or _place_date().fullmatch(gap):
                return hit
            qualified = qualified or hit
        elif i + 1 < len(ev.lines):
            below = ev.lines[i + 1]
            broken = None if row else _broken_label(ln, below, labels, ocr)
            if broken is not None:
                hit = _day_date_at(ev.lines[i + 2], "datum_label_broken", "start") if i + 2 < len(ev.lines) else None
                if broken == "own" and hit is not None:
                    return hit
                if broken == "qualified":
                    qualified = qualified or hit
                continue
            hit = _day_date_at(below, "datum_label_row" if row else "datum_label_above", "start")
            # A label over a column of dates heads a table's column (a version table's ``Datum``).
            if hit is not None and i + 2 < len(ev.lines) and _dates_column(f"{below.text} {ev.lines[i + 2].text}"):
                continue
            # 'Plaats en datum' over 'Den Haag,' over '7 november 2023': the place opens the value.
            if hit is None and not row and i + 2 < len(ev.lines) and _place_alone(below.text):
                hit = _day_date_at(ev.lines[i + 2], "datum_label_above", "start")
            if hit is not None:
                return hit
    return qualified if qualified_too else None


def _stamped_after(ln: Line, value_start: int, last: DateHit) -> DateHit | None:
    """A received stamp printed level with a date field, which the text runs onto the field's line (``Datum 6 oktober
    2025 ONTVANGEN GRIFFIE 7 OKT 2025``): the date opening the value is the field's; the stamp's records receipt."""
    rest = Line(ln.page, ln.start + value_start, ln.end, ln.text[value_start:])
    first = _day_date_at(rest, "datum_label", "start")
    if first is None or first.end >= last.start:
        return None
    words = document_date_words()
    stamp = _alternatives(tuple(w.rstrip(".") for w in (*words["received_labels"], *words["received_abbreviations"])))
    between = ln.text[first.end - ln.start: last.start - ln.start]
    return first if re.search(rf"(?<!\w)(?:{stamp})(?!\w)", between, re.IGNORECASE) else None


# How many words a note written beside a date field has at most ('akkoord 21/11 JvD', a paraph).
NOTE_WORDS = 4
NOTED = "datum_label_noted"
# The next field of a form printed on the same line as the date's (``Datum: 3-9-'68 Tijd: 10.15 uur``, OCR of a
# form's row: ``Datum: 14-2-2018 Handtekening: (...)``).
_NEXT_FIELD = re.compile(r"\s+[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}\s*:")


def _noted_date(ln: Line, value_start: int) -> DateHit | None:
    """A scan's date field with a handwritten note or paraph beside it, which OCR joins to the field's line
    (``Datum advies: 14 november 2023 AKKOORD 21/11 JVD``): the date opening the value, the note a few
    words that hold no date of their own. A form's row holds the next field beside it (``Datum: 14-2-2018
    Handtekening: (handtekening W.J. van der Heijden)``), whose value may run longer: its label ends the date."""
    rest = Line(ln.page, ln.start + value_start, ln.end, ln.text[value_start:])
    hit = _day_date_at(rest, NOTED, "start")
    if hit is None:
        return None
    note = ln.text[hit.end - ln.start:]
    if not note.strip() or (len(note.split()) > NOTE_WORDS and not _NEXT_FIELD.match(note)):
        return None
    if _day_date_at(Line(ln.page, hit.end, ln.end, note), "note") is not None:
        return None
    return hit


def _broken_label(ln: Line, below: Line, labels: tuple[str, ...], ocr: bool = False) -> str | None:
    """A date label of two words that a narrow margin column broke over two lines (``Datum`` /
    ``verzending`` / ``7 november 2024``; ingest splits off the ``Datum`` it knows): ``own`` for a
    label of the document's date, ``other`` for another date's (``Datum`` / ``raadsvergadering``),
    ``qualified`` for a word no list knows (``Datum`` / ``collegebesluit``), as on one line; None
    when the line below is no word of the label (a weekday, a label of its own, a date)."""
    word = below.text.strip()
    if (not re.fullmatch(r"[^\W\d_][\w&-]*", word) or re.fullmatch(weekdays(), word, re.IGNORECASE)
            or _labelled(word, tuple(letter_words().margin_labels)) is not None):
        return None
    joined = f"{ln.text.rstrip(' :')} {word}"
    if _other_date_label().fullmatch(joined):
        return "other"
    return "own" if _labelled(joined, labels, ocr) == "" else "qualified"


def _place_alone(text: str) -> bool:
    """A place and its comma alone on a line, as a place-date value breaks over two (``Den Haag,``)."""
    m = _place_date().match(text)
    return m is not None and not text[m.end():].strip() and not letter_words().salutation.match(text)


def plain_labelled_date(ev: Evidence) -> DateHit | None:
    return labelled_date(ev, qualified_too=False)


def scanned(ev: Evidence, page: int) -> bool:
    """Was the page read by OCR (where a ``5`` may come out as ``S``)?"""
    return page in scanned_pages(ev)


def scanned_pages(ev: Evidence) -> frozenset[int]:
    """The numbers of the pages read by OCR."""
    return frozenset(p.number for p in ev.pages if "ocr" in p.raw.method)


@lru_cache(maxsize=1)
def _qualifier() -> re.Pattern[str]:
    """What may stand between a date label and its date without making it another date: a weekday."""
    return re.compile(rf"[\s:,.-]*(?:(?:{weekdays()})[\s,]*)?", re.IGNORECASE)


def ocr_column_date(ev: Evidence) -> DateHit | None:
    """OCR of a letter whose margin column ran into the body: ``Tot slot Datum`` ... ``nauwe 28 januari 2016``.

    The label ends a body line and the date ends one of the next three lines. Only where the text was read
    without its layout (OCR, or a text file of it): a PDF's text layer keeps a margin column apart by its
    positions, and there a ``Datum`` ending a line heads a table's column or a form's empty field.
    """
    labels = _alternatives(letter_words().date_labels)
    text_layer = {p.number for p in ev.pages if p.raw.method == "pdf"}
    for i, ln in enumerate(ev.lines):
        if ln.page in text_layer or not re.search(rf"(?:^|\s)(?:{labels})$", ln.text):
            continue
        # A label alone over the rest of its words ('Datum' / 'raadsvergadering') is read by ``labelled_date``.
        if (i + 1 < len(ev.lines) and _labelled(ln.text, letter_words().date_labels) == ""
                and _broken_label(ln, ev.lines[i + 1], letter_words().date_labels) is not None):
            continue
        for below in ev.lines[i + 1: i + 4]:
            # A line opening with a label of its own holds that label's date ('Datum nota' left empty over
            # 'Datum collegevergadering 12 september 2023', the meeting the nota is for).
            # So does one opening with a one-word meeting label ('Collegevergadering 2 april 2024').
            if _labelled(below.text, tuple(letter_words().margin_labels)) is not None or _other_date_label().match(
                    below.text) or _meeting_field().match(below.text):
                break
            hit = _day_date_at(below, "datum_label_ocr_column", "end")
            if hit is not None:
                return hit
    return None
