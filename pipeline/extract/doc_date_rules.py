"""The own date of each kind of document: ``DATE_RULES``, one finder per ``doc_type``.

The margin ``Datum``, a ``Datum`` label, the dated line of a letter (``Den
Haag, 12 maart 2015``), ``ontvangen`` of Kamervragen answers, the report
year, the dateline of news. ``pipeline.extract.doc_date`` tries the date
layouts of real archives around these.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.dutch.date_grammar import date_words
from pipeline.dutch.dates import parse_date
from pipeline.extract.doc_date_foreign import foreign_place_date
from pipeline.extract.doc_evidence import Evidence, _labelled, salutation_index
from pipeline.extract.doc_lines import (
    DateHit,
    Line,
    _day_date_at,
    _year_in,
    date_in_text,
    is_heading,
    misread_day_date_at,
    page_lines,
    printed_lines,
)
from pipeline.extract.doc_words import (
    _alternatives,
    _day_date,
    document_date_words,
    letter_words,
    news_words,
    other_words,
    report_words,
    weekdays,
)
from pipeline.records import CleanPage
from pipeline.resource_files import DocumentDatesFile

# --------------------------------------------------------------------------
# Dates of each kind of document


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


def _labels_only(text: str, also: tuple[str, ...] = ()) -> bool:
    """Whether ``text`` is nothing but labels of a letter's head (``Kenmerk Uw brief``), or ``also`` these."""
    rest = text
    while rest:
        value = _labelled(rest, (*letter_words().margin_labels, *also))
        if value is None or value == rest:
            return False
        rest = value
    return True


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


@lru_cache(maxsize=1)
def _place_date() -> re.Pattern[str]:
    """A place name, a comma and an optional weekday (from the dates lexicon) before a date; a typed letter's number
    may stand before the place (``No. 1432  Groningen, 18 september 1972.``), the province in brackets after it
    (``Hengelo (O.), 23 mei 1974.``): an old letter tells a place of two provinces apart so."""
    # ''s-Gravenhage' is printed, and read by OCR, with a typographic apostrophe too. After the first word,
    # a lower-case word is one of a place name's particles ('Bergen op Zoom'): 'Besluit college Akkoord,
    # 12-03-2024' is a label and its value. A body of two seats writes both, joined by a slash
    # ('Venlo/Mönchengladbach'), a joint press release the seats of its two senders, the slash set apart ('Den Haag
    # / Rijen').
    data = load_file(DocumentDatesFile)
    particles = _alternatives(tuple(data.place_particles))
    # A typed letter prints its number at the left of the line, the place and date at the right. A scan may read a
    # speck before the place as a quote mark ('„Assen, 27 september 1989').
    return re.compile(rf"^(?:[„‚“”\"]\s?)?(?i:{data.letter_number_prefix})?"
                      rf"(?i:[A-Z'‘’])[\w'’.-]*(?:(?: / |[ /-])(?:[A-Z'’][\w'’.-]*|(?i:{particles})(?=[ -]))){{0,3}}"
                      rf"(?:{data.place_qualifier})?,\s*"
                      rf"(?:(?i:{weekdays()})\s+)?")


@lru_cache(maxsize=1)
def _old_day_date() -> re.Pattern[str]:
    """The day of a letter of before about 1960 after ``den``, as an ordinal (``den 4den November 1955``, ``den 8en
    April 1959``)."""
    months = _alternatives(tuple(date_words().months))
    return re.compile(rf"(?:den\s+)?(?P<day>\d{{1,2}})(?:ste|sten|de|den|en|e)?\s+"
                      rf"(?P<month>(?i:{months}))\.?\s+(?P<year>(?:18|19)\d{{2}})(?!\d)")


def _old_day_date_at(rest: Line, rule: str = "place_date_line") -> DateHit | None:
    # A typed page's speck read as a full stop after the month ('Hengelo, 11 april. 1978.') is no part of the date.
    m = _old_day_date().match(rest.text)
    value = parse_date(f"{m['day']} {m['month']} {m['year']}") if m is not None else None
    if value is None or value.granularity != "day":
        return None
    return DateHit(value.value, rest.page, rest.start, rest.start + m.end(), rule)


def place_date_line(ev: Evidence) -> DateHit | None:
    """The dated line of a letter: ``Den Haag, 12 maart 2015`` alone on its line (a telex's with its hour behind
    it: ``GRONINGEN, 14 FEBRUARI 1979, 23.40 UUR``, a decision's or notice's with the signing body the text ran on
    after it: ``Zwolle, 16 januari 2025 burgemeester en wethouders van Zwolle,``), or in an old letter's words
    (``Utrecht, den 4den November 1955``); or the place opening a row of labels, the date opening the row of values
    under it (``Assen, | Ons kenmerk | Uw brief`` over ``20 februari 1996 | 8/6.2/96000412 | -``), as a
    province's letter paper prints it (``tests/layouts/blind10/CONVENTIONS-old.md``), also beside an old letter's
    row labels (``Haarlem, | Nummer | Uw aanvraag van | Onderwerp``). A letter from across the border prints the
    line in its own language (``Kleve, den 14. März 1961``: ``doc_date_foreign.py``)."""
    meetings = {w.casefold() for w in document_date_words()["meeting_qualifiers"]}
    for i, ln in enumerate(ev.lines):
        m = _place_date().match(ln.text)
        # A body that meets before a comma is the meeting a proposal goes to ('Commissie Ruimte en Samenleving, 13
        # oktober 2025'), no place.
        if m is None or any(w.casefold() in meetings for w in ln.text[:m.end()].split(",")[0].split()):
            continue
        rest = Line(ln.page, ln.start + m.end(), ln.end, ln.text[m.end():])
        hit = _day_date_at(rest, "place_date_line", "start") or _old_day_date_at(rest)
        tail = rest.text[hit.end - rest.start:] if hit is not None else ""
        words = document_date_words()
        # The signature block run on after the line: its body or signer (``_signing_body``) or the words that open
        # it (``namens``, ``voor deze``: ``signer_after_date``); or a received stamp OCR ran into it.
        if hit is not None and (tail.strip(" .") == "" or words["time_after_date"].match(tail)
                                or words["signer_after_date"].match(tail) or _signing_body().match(tail.strip())
                                or _stamp_beside(tail, ev.lines[i + 1:i + 2])):
            return hit
        labels = rest.text.replace("|", " ").strip()
        if hit is None and labels and _labels_only(labels, letter_words().row_labels) and i + 1 < len(ev.lines):
            hit = _day_date_at(ev.lines[i + 1], "place_date_line", "start")
            if hit is not None:
                return hit
    return closing_formula_date(ev) or foreign_place_date(ev)


@lru_cache(maxsize=1)
def _signing_body() -> re.Pattern[str]:
    """The signature block the text runs on after a place-date line: the body that signs (``Zwolle, 16 januari 2025
    burgemeester en wethouders van Zwolle, namens dezen,``) or its signer (``de secretaris,``), closed by a comma."""
    words = letter_words()
    offices = _alternatives(tuple(words.offices))
    return re.compile(rf"(?:{words.signatories.pattern}|(?:het\s+|de\s+)?(?:{offices})(?:\s+(?:van|der)\s+[^,]+)?,)",
                      re.IGNORECASE)


def _stamp_beside(tail: str, below: list[Line]) -> bool:
    """Whether ``tail`` is the first line of a received stamp beside the place-date line, which OCR ran into it: the
    receiving body in capitals over the stamp's label ('Zaltbommel, 11 maart 2024 GEMEENTE ZALTBOMMEL' over
    'ONTVANGEN 12 MRT 2024'); or a received or dispatch stamp whole, its label and date in capitals ('Hilversum, 8 juni
    1972. VERZONDEN 12 JUNI 1972')."""
    words = tail.split()
    labels = tuple(w.upper() for w in document_date_words()["received_labels"])
    figure = re.search(r"\d", tail)
    if figure is not None and not any(c.islower() for c in tail):
        label = tail[: figure.start()].strip(" .:")
        return label in labels or document_date_words()["dispatch_stamp"].search(label) is not None
    return bool(words) and all(w.isupper() for w in words) and bool(below) and below[0].text.startswith(labels)


def closing_formula_date(ev: Evidence) -> DateHit | None:
    """A decision's closing formula, which says where and when it was made in place of a place-date line
    (``Gedaan te Rotterdam, 11 juni 2024`` under a dwangbevel, ``Aldus schriftelijk vastgelegd te Assen op 17 december
    2019``): the last one, also where the text runs the signer's post on after it (``... 2024 de
    invorderingsambtenaar,``)."""
    signed = document_date_words()["instrument_signed"]
    hits = [date_in_text(m["date"], ln.page, ln.start + m.start("date"), "closing_formula")
            for ln in ev.lines if (m := signed.match(ln.text)) is not None]
    return next((hit for hit in reversed(hits) if hit is not None), None)


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
