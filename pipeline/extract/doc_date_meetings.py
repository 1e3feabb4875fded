"""Dates of minutes, decision lists, agendas and council decisions: the meeting a record or a decision names.

* ``meeting_held``: the phrase of the minutes' opening that names the meeting they record
  (``Verslag van de openbare vergadering van de gemeenteraad, gehouden op donderdag 26 september
  2024``; a Kamer committee that ``heeft op 6 maart 2024 overleg gevoerd``; an action list drawn up
  ``naar aanleiding van de vergadering van 4-7-'24``). It outranks the
  meeting labels: the opening sentence is the record's own, where an agenda item names another
  meeting and a ``Vastgesteld`` line the record's later adoption (ANNOTATING.md: minutes are dated
  by the meeting they record). A motie without a date label of its own is dated so by the meeting
  it was filed at (``De raad, in vergadering bijeen op 23 januari 2025``), not by a later vote
  (``Datum stemming``).
  An official record (a proces-verbaal) names its session in its opening formula (``Op heden, woensdag de
  zevende maart negentienhonderd twee en zestig, ...``), read the same way.
* ``earlier_record``: the text before a meeting label that makes it an agenda item adopting the
  record of an earlier meeting (``4. Vaststellen verslag en besluitenlijst van de
  raadsvergadering van 11 juli 2024``, ``2. Notulen van de vergadering van 21 februari 1978``).
* ``agenda_sent``: a meeting's agenda (``Agenda commissie Ruimte``) is dated only by a date it prints
  for itself, its ``Datum verzending``, a place-date line under its title (``place_date_opening``) or a
  version line (``version_date``, also one at its foot: ``programme_version_date``); never by the meeting it
  is for, also where that stands under a bare ``Datum`` beside ``Tijd`` and ``Locatie``: without a date of its
  own it has none, as a list of incoming documents. So is the programme of a course or congress
  (``event_programme``), never by its day.
* ``adopted_in_meeting``: a council decision's closing line, the meeting that adopted it, also
  where a scan broke the line before its date (``..., gehouden op`` / ``24 juni 2024.``) and where the
  text layer ran it onto the end of the paragraph above (``... in werking. Aldus vastgesteld ...``).
* ``meeting_advice``: a committee's advice made in its meeting, dated by it (``Vergadering | 18 april 2024``).
* ``meeting_date``: the meeting date of minutes and decision lists: the phrase above, else a meeting label
  with its date (``Datum vergadering 12 maart 2024``, ``Raadsvergadering d.d. 12-03-2024``, the label alone
  on its line in a margin column with the date under it), else the first day date of the opening lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.doc_date_cells import cell_date
from pipeline.extract.doc_date_covers import version_date
from pipeline.extract.doc_date_forms import _date_after, short_year_at, signed_place_date
from pipeline.extract.doc_date_news import news_page_head, page_print_line
from pipeline.extract.doc_date_reports import place_date_opening
from pipeline.extract.doc_evidence import Evidence, first_labelled_hit, salutation_index
from pipeline.extract.doc_kind import titled_line
from pipeline.extract.doc_kind_texts import title_lines
from pipeline.extract.doc_kind_words import kind_words
from pipeline.extract.doc_lines import (
    MAX_HEADING_WORDS,
    DateHit,
    Line,
    _day_date_at,
    date_in_text,
    first_matched_date,
    page_lines,
)
from pipeline.extract.doc_mail import print_words
from pipeline.extract.doc_words import _alternatives, document_date_words, label_date_gap, weekdays
from pipeline.resource_files import DocumentKindsFile


@lru_cache(maxsize=1)
def _meeting_noun() -> re.Pattern[str]:
    # The noun may end a compound ('Raadsvergadering', 'Hoorzitting'), not the word for a possession ('bezitting').
    nouns = _alternatives(tuple(document_date_words()["meeting_nouns"]))
    return re.compile(rf"\b\w*(?<!be)(?:{nouns})", re.IGNORECASE)


def meeting_held_date(ev: Evidence) -> DateHit | None:
    """The meeting the opening lines of the first page say the record is of (``gehouden op ...``)."""
    if not ev.pages:
        return None
    words = document_date_words()
    opening = [ln for ln in page_lines(ev.pages[0]) if ln.text][: words["title_page_lines"]]
    for i, ln in enumerate(opening):
        # An official record opens on its session: 'Op heden, woensdag de zevende maart ...'.
        start = words["record_opening"].match(ln.text)
        hit = _day_date_at(Line(ln.page, ln.start + start.end(), ln.end, ln.text[start.end():]), "meeting_held",
                           "start") if start is not None else None
        if hit is not None:
            return hit
        m = words["meeting_held"].search(ln.text)
        if m is None and i + 1 < len(opening) and _wrapped(ln, opening[i + 1]):
            # The line wraps the date onto the next ('gehouden op dinsdag 29 januari' / '1952, des namiddags ...').
            below = opening[i + 1]
            ln = Line(ln.page, ln.start, below.end, ln.text + " " * (below.start - ln.end) + below.text)
            m = words["meeting_held"].search(ln.text)
        if m is None:
            continue
        # 'gehouden op' of a meeting, not of an election or a market: the noun stands on its line or the
        # line above ('van de openbare vergadering van de raad' / 'gehouden op ...', '... overleg gevoerd').
        # A record's sentence that opens with it ('Gehouden op dinsdag 7 oktober 2025, ...' under 'Verslag
        # informatieavond ...') has no subject of its own: it tells of the meeting the title names.
        if not _meeting_noun().search((opening[i - 1].text + " " if i else "") + ln.text) and not (
                m.group().startswith("Gehouden")):
            continue
        date = Line(ln.page, ln.start + m.start("date"), ln.start + m.end("date"), m["date"])
        # An action list writes the day as a form does ('4-7-'24'), the year in two figures.
        hit = _day_date_at(date, "meeting_held") or short_year_at(date, 0, "meeting_held")
        if hit is not None:
            return hit
    return None


def _wrapped(ln: Line, below: Line) -> bool:
    """Does ``below`` go on with the sentence of ``ln`` on the next line of the page: no full stop at the end of
    ``ln``, ``below`` opening in lower case or with a figure? A scan's text may put a blank line between them."""
    return (below.page == ln.page and ln.end < below.start <= ln.end + 2 and len(ln.text) == ln.end - ln.start
            and not ln.text.rstrip().endswith((".", ":", ";"))
            and (below.text[:1].isdigit() or below.text[:1].islower()))


@lru_cache(maxsize=1)
def earlier_record() -> re.Pattern[str]:
    """What stands before a meeting label in a mention of an earlier meeting's record: with its
    article a noun of a sentence (``De besluitenlijst van de vergadering van ...``), or an agenda
    item's number, perhaps with the verb adopting it (``4. Vaststellen verslag en besluitenlijst
    van de ...``). The title names the record's own meeting (``Verslag van de vergadering van ...``)."""
    words = document_date_words()
    record = _alternatives(tuple(words["record_words"]))
    verbs = _alternatives(tuple(words["record_adoption_verbs"]))
    # An agenda item or decision row may name the record by the meeting's noun alone (``1 | Besluitenlijst
    # collegevergadering 2 juli 2024 | Vastgesteld.``).
    records = rf"(?:concept[- ]?)?(?:{record})(?:\s*(?:,|en)\s+(?:{record}))*(?:\s+van\s+de)?\s+$"
    item = rf"^\W*\d{{1,2}}[a-z]?[.)]?\s+(?:(?:{verbs})\s+(?:van\s+)?)?(?:(?:de|het)\s+)?"
    return re.compile(rf"(?:\b(?:de|het)\s+|{item}){records}", re.IGNORECASE)


def adopted_in_meeting_date(ev: Evidence) -> DateHit | None:
    """A council decision's closing line, the meeting that adopted it: ``Aldus vastgesteld in de
    openbare vergadering van de raad ..., gehouden op 25 juni 2024``, an old one's ``van den 21en December 1971``; not
    the proposal it cites (``gelezen het voorstel van burgemeester en wethouders van 14 mei 2024``)."""
    pattern = document_date_words()["adopted_in_meeting"]
    hit = first_matched_date(ev.lines, pattern, "adopted_in_meeting")
    if hit is not None:
        return hit
    # A scan's line or paragraph may end before the date ('..., gehouden op' / '24 juni 2024.'): the
    # closing line read on, its date taken from the next line.
    for ln, below in zip(ev.lines, ev.lines[1:], strict=False):
        m = pattern.match(f"{ln.text} {below.text}")
        if m is None or m.start("date") <= len(ln.text):
            continue
        at = m.start("date") - len(ln.text) - 1
        hit = _day_date_at(Line(below.page, below.start + at, below.end, m["date"]), "adopted_in_meeting")
        if hit is not None:
            return hit
    return None


# How far before its date a closing's sentence may start.
CLOSING_REACH = 240
# The adopting body named in a closing ('Aldus vastgesteld door Burgemeester en Wethouders van Winsum in ...').
_ADOPTED_BY = re.compile(r"\b(?:vastgesteld|besloten)\s+door\s+\S", re.IGNORECASE)


def adopted_by_body_date(ev: Evidence) -> DateHit | None:
    """An instruction or regulation whose closing names the body that adopted it and its meeting (``Aldus vastgesteld
    door Burgemeester en Wethouders van Winsum in hunne vergadering van 9 September 1952``): the meeting's day. Minutes
    close so without the body (``Aldus vastgesteld in de vergadering van ...``): the later meeting that adopted them."""
    hit = adopted_in_meeting_date(ev)
    if hit is None:
        return None
    page = next(p for p in ev.pages if p.number == hit.page)
    # The closing's sentence before its date, which a scan may break over two lines.
    sentence = re.split(r"[.;:]\s", page.text[max(0, hit.start - CLOSING_REACH): hit.start])[-1]
    return hit if _ADOPTED_BY.search(sentence) else None


def meeting_advice_date(ev: Evidence) -> DateHit | None:
    """A committee's advice dated by the meeting that gave it (``Advies commissie ruimtelijke kwaliteit`` over
    ``Vergadering | 18 april 2024, openbare vergadering``): the advice is made there, as minutes record their
    meeting, where a nota's meeting lies ahead of it (``tests/layouts/blind11/CONVENTIONS-reports.md``). Not the
    date the application came in (``Ontvangen aanvraag``), nor a meeting label of any other report. A ``Datum advies``
    of its own comes first (``tests/layouts/blind10/CONVENTIONS-reports.md``). An official's advice to the college
    (``B&W-advies``) is dated by its ``Datum advies`` alone: the college's meeting and its decision at the foot
    (``Besluit college | Datum | 15-10-2024``) come after it (``tests/layouts/blind22/CONVENTIONS-economy.md``)."""
    words = document_date_words()
    title = titled_line(ev)
    college = title is not None and words["college_advice_title"].match(title.text) is not None
    if title is None or not college and not words["meeting_advice_title"].match(title.text):
        return None
    for labels, rule in ((words["advice_date_labels"], "advice_date"),
                         *(() if college else ((words["meeting_advice_labels"], "meeting_advice"),))):
        hit = first_labelled_hit(ev, tuple(labels), lambda ln, at, rule=rule: _day_date_at(
            Line(ln.page, ln.start + at, ln.end, ln.text[at:]), rule, "start"),
            lambda ln, rule=rule: _day_date_at(ln, rule, "start"))
        if hit is not None:
            return hit
    return None



@lru_cache(maxsize=1)
def _agenda_titles() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in load_file(DocumentKindsFile).meeting_agenda_titles)


def meeting_agenda(ev: Evidence) -> bool:
    """Whether an opening line is a meeting agenda's title (the kind rules read it as ``overig``), also printed over
    two lines (``Agenda`` / ``Commissievergadering Fysiek Domein``)."""
    # The opening's length from the cached kind words: reading kinds.json for it on every document cost a tenth
    # of a text's description.
    lines = title_lines(ev, ev.lines[: kind_words().opening_lines])
    return any(p.match(ln.text) for ln in lines for p in _agenda_titles())


@lru_cache(maxsize=1)
def _programme_words() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str], int]:
    data = load_file(DocumentKindsFile)
    return (tuple(re.compile(p, re.IGNORECASE) for p in data.event_programme_titles),
            re.compile(data.schedule_line, re.IGNORECASE), data.schedule_lines)


def event_programme(ev: Evidence) -> bool:
    """Whether the document is the programme of a course, study day or congress: an opening line names it so
    (``PROGRAMMA``, ``Programma onder voorbehoud - versie 28 mei 2024``) and a day schedule follows (lines opening
    with a clock time, ``9.30 uur Ontvangst met koffie``). The day it is for, under its title, is the meeting the
    programme is for, as an agenda's (``tests/layouts/blind12/CONVENTIONS-training.md``); a document that only
    names a programme (``Programma Aardgasvrije Wijken``) prints no schedule."""
    titles, schedule, needed = _programme_words()
    lines = ev.lines[: kind_words().opening_lines]
    if not any(p.match(ln.text) for ln in lines for p in titles):
        return False
    return sum(1 for ln in ev.lines if schedule.match(ln.text)) >= needed


def agenda_date(ev: Evidence) -> DateHit | None:
    """A meeting agenda's own date: its ``Datum verzending`` (also a cell of the head's rows, beside the
    ``Bijeenkomst`` and ``Locatie`` of the meeting it is for), else a place-date line under its title, else its
    version line (``Programma onder voorbehoud - versie 28 mei 2024``), as a nota's, else the day it was drawn up in
    a row of labels under its title (``Opgesteld | Door | Status`` over ``28 augustus 2025 | ...``), a label of its
    own as the version line is; last, a place-date line that signs it at its end (``Doetinchem, 2 Mei 1958.`` over
    ``De Burgemeester van Doetinchem,``), as it dates a decision or a notice, never the day the programme is for."""
    words = document_date_words()
    labels = tuple(words["sent_labels"])
    return (first_labelled_hit(ev, labels, lambda ln, at: _date_after(ln, at, "agenda_sent"),
                               lambda ln: _day_date_at(ln, "agenda_sent", "start"))
            or cell_date(ev, labels, "agenda_sent_cell") or place_date_opening(ev) or version_date(ev)
            or programme_version_date(ev) or cell_date(ev, tuple(words["drawn_up_labels"]), "agenda_drawn_up")
            or signed_place_date(ev))


@lru_cache(maxsize=1)
def _programme_version_line() -> re.Pattern[str]:
    return re.compile(load_file(DocumentKindsFile).programme_version_line, re.IGNORECASE)


def programme_version_date(ev: Evidence) -> DateHit | None:
    """A programme's version line where it prints it, often at its foot under the schedule (``Programma versie 3 -
    14 januari 2025 - wijzigingen voorbehouden``): a date of its own, as a nota's version line is
    (``tests/layouts/blind13/CONVENTIONS-training.md``). The date follows the label and its number at once: a
    sentence about a version (``Versie 2 van het programma volgt op 3 maart``) dates nothing. Only an agenda or a
    programme is read so, after its other own dates. A page's foot may be furniture the content lines leave out: the
    printed lines are read."""
    label = _programme_version_line()
    for ln in (ln for page in ev.pages for ln in page_lines(page) if ln.text):
        m = label.match(ln.text)
        hit = _date_after(ln, m.end(), "programme_version_date") if m else None
        if hit is not None and hit.start == ln.start + m.end():
            return hit
    return None


def speech_date(ev: Evidence) -> DateHit | None:
    """A speech is dated by the day it was delivered, which its head names under its title (``Toespraak
    burgemeester bij de Nationale Dodenherdenking`` over ``Middelburg, zaterdag 4 mei 2024 – monument op het
    Molenwater``): the text is what was said that day, not the programme of a day to come. Only the head above the
    first words spoken is read (``Dames en heren,``): the dates the speaker recalls are no date of the speech."""
    words = document_date_words()
    opening = ev.lines[: kind_words().opening_lines]
    if not (any(words["speech_title"].match(ln.text) for ln in opening[:2])
            or any(words["speech_mark"].search(ln.text) for ln in opening)):
        return None
    spoken = salutation_index(ev)
    for k, ln in enumerate(opening):
        if (spoken is not None and k >= spoken) or len(ln.text.split()) > MAX_HEADING_WORDS:
            break
        if (hit := _day_date_at(ln, "speech_delivered")) is not None:
            return hit
    return None


# A year alone on its line, maybe with the stop that closes the sentence ('2024.').
_YEAR_ALONE = re.compile(r"(?:18|19|20)\d{2}\s*[.,]?\s*")


def record_closing_date(ev: Evidence) -> DateHit | None:
    """An official's record dated by its closing formula, the day he drew it up and signed it (``Waarvan door mij
    is opgemaakt dit proces-verbaal, ... opgemaakt en ondertekend te Nijmegen op 5 juni 2024``): not the day
    of the inspection it reports. A record of a session that closes with no date keeps the session's. A polling
    station's model closes with the formula and leaves the date to a field on the line under it (``Aldus vastgesteld
    en ondertekend in de openbare zitting van het stembureau op:`` over ``Datum 23-11-2023 Tijdstip 00.41 uur``),
    the day of the closing, after midnight too, not the election day. A scan may set the date's year apart as a
    paragraph of its own under the closing (``... te Venlo op 7 juni`` / ``2024.``): the date read over the break."""
    pattern = document_date_words()["record_closing"]
    hit = first_matched_date(ev.lines, pattern, "record_closing")
    if hit is not None:
        return hit
    for ln, below in zip(ev.lines, ev.lines[1:], strict=False):
        year = _YEAR_ALONE.fullmatch(below.text)
        if below.page != ln.page or not (ln.text.rstrip().endswith(":") or year):
            continue
        m = pattern.match(f"{ln.text} {below.text}")
        if m is not None and year and m.start("date") <= len(ln.text) < m.end("date"):
            found = date_in_text(m["date"], ln.page, ln.start + m.start("date"), "record_closing")
            if found is not None:
                return DateHit(found.value, ln.page, found.start, below.start + m.end("date") - len(ln.text) - 1,
                               found.rule)
        if m is not None and m.start("date") > len(ln.text):
            at = m.start("date") - len(ln.text) - 1
            found = _day_date_at(Line(below.page, below.start + at, below.end, below.text[at:]), "record_closing",
                                 "start")
            if found is not None:
                return found
    return None


def meeting_date(ev: Evidence) -> DateHit | None:
    """A meeting label with its date (same line or next, or in the margin column), else the first
    day date of the opening lines."""
    hit = meeting_held_date(ev) or labelled_meeting_date(ev) or field_meeting_date(ev)
    if hit is not None:
        return hit
    # A browser's print line over a saved page dates its printing (a press conference's record printed from a site).
    printed = page_print_line(ev, news_page_head(ev))
    for ln in ev.lines[: document_date_words()["opening_lines"]]:
        if printed is not None and (ln.page, ln.start) == (printed.page, printed.start):
            continue
        hit = _day_date_at(ln, "meeting_date")
        # The meeting labels had their turn: a date in another field ('Datum verzending: 18 juli 2024')
        # is another date than the meeting's.
        if hit is not None and not _OTHER_FIELD.fullmatch(ln.text[: hit.start - ln.start]):
            # A received stamp above the document ('W.V.C. DIRECTIE SPORT / INGEK. 11 DEC. 1985') dates its
            # arrival, not the meeting's paper.
            if _received_stamp().search(ln.text[: hit.start - ln.start]):
                continue
            # An app's print line over the record ('MarktApp Den Helder · afgedrukt 14-04-2025 08:15') dates its
            # printing, as over a printed chat.
            if print_words().chat_printed.search(ln.text[: hit.start - ln.start]):
                continue
            return hit
    return None


_OTHER_FIELD = re.compile(r"[^\W\d][^\d:]{0,40}:\s*")


@lru_cache(maxsize=1)
def _received_stamp() -> re.Pattern[str]:
    words = document_date_words()
    labels = (*words["received_labels"], *words["received_abbreviations"])
    return re.compile(rf"(?:^|\s)(?:{_alternatives(tuple(labels))})\s*:?\s*$", re.IGNORECASE)


def field_meeting_date(ev: Evidence) -> DateHit | None:
    """Minutes on a ministry's or province's paper: a meeting label alone on its line anywhere on the
    first page, the date opening the next (``Vergaderdatum`` / ``10 oktober 2023``): the margin
    column, whose text comes after the body's."""
    if not ev.pages:
        return None
    labels = {w.casefold().rstrip(":") for w in document_date_words()["meeting_labels"]}
    lines = [ln for ln in page_lines(ev.pages[0]) if ln.text]
    for ln, below in zip(lines, lines[1:], strict=False):
        if ln.text.strip().rstrip(":").casefold() in labels:
            hit = _day_date_at(below, "meeting_date", "start")
            if hit is not None:
                return hit
    return None


def labelled_meeting_date(ev: Evidence) -> DateHit | None:
    """A meeting label with its date, on the same line or the next: ``Raadsvergadering d.d. 12-03-2024``."""
    words = document_date_words()
    labels = tuple(words["meeting_labels"])
    # Page lines, not content lines: 'Vergadering: AB | Datum: 4 juli 2024 | Locatie: Apeldoorn' looks
    # like a site's data list.
    opening = [ln for ln in page_lines(ev.pages[0]) if ln.text][: words["title_page_lines"]] if ev.pages else []
    record = earlier_record()
    for i, ln in enumerate(opening):
        m = re.search(rf"(?:^|\s)(?:{_alternatives(labels)})\b\s*:?\s*", ln.text, re.IGNORECASE)
        # 'De besluitenlijst van de vergadering van 12 november 2024 wordt vastgesteld': minutes adopt the
        # record of the meeting before.
        if m is None or record.search(ln.text[: m.start() + 1]):
            continue
        # A typed note's field may give the year in two digits ('Datum: 4-3-'91  Tijd: 10.45 uur'): a field's label
        # opens its line, a sentence's 'vóór de vergadering van 21-3-'67' names another meeting.
        hit = _date_after(ln, m.end(), "meeting_date") or (
            short_year_at(ln, m.end(), "meeting_date") if not ln.text[:m.start()].strip() else None)
        # 'Datum vergadering: dinsdag 14 mei 2024': a weekday or 'd.d.' may stand between; a word
        # more, and the date is another ('Nr. Datum Afzender Onderwerp 1 12-06-2024', a table).
        if hit is not None and not label_date_gap().fullmatch(ln.text[m.end(): hit.start - ln.start]):
            hit = None
        if hit is None and i + 1 < len(opening):
            hit = _day_date_at(opening[i + 1], "meeting_date", "start") or _label_row_date(opening[i + 1])
        if hit is not None:
            return hit
    return None


@lru_cache(maxsize=1)
def _label_row() -> re.Pattern[str]:
    """A meeting's row of fields, its labels run together before their values (``Datum Tijd Locatie``)."""
    words = document_date_words()
    fields = _alternatives(tuple(words["event_field_labels"]))
    return re.compile(rf"^Datum(?:\s+(?:{fields}))+\s+(?:(?:{weekdays()})\s+)?", re.IGNORECASE)


def _label_row_date(ln: Line) -> DateHit | None:
    """The meeting's date under its title as a row of fields the text ran together (``Datum Tijd Locatie woensdag 2
    april 2025 15.00 – 16.45 uur ...``): the first value, right after the labels, is the date's."""
    m = _label_row().match(ln.text)
    if m is None:
        return None
    return _day_date_at(Line(ln.page, ln.start + m.end(), ln.end, ln.text[m.end():]), "meeting_date", "start")
