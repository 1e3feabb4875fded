"""The document's own date on a report's cover and title page: the rules of ``doc_date.py`` for documents that
are not letters, read on their first page.

* ``title_page_date``: ``versie 0.2 14-10-2025``, ``Uitgave januari 2013`` on the first page of a
  budget, plan or handbook;
* ``version_date``: the version line of a nota without a ``Datum`` field (``Versie 0.9, 3 april 2024``);
* ``received_title_page``: a Kamer print's ``Ontvangen 15 mei 2024`` on its first page, not a registry's stamp;
* ``cover_date``: a date alone on a line of a cover (``oktober 2024``, ``Zutphen, mei 2024``);
* ``cover_year``: a year alone on a line of a report's cover (``2024`` under the publisher);
* ``status_date``: the date a factsheet states its figures for (``Peildatum 1 januari 2024``);
* ``titled_year``: the year in the title of an annual report or account.

Covers print short lines that the clean stage may join into one paragraph; the title-page rules
read them again as printed (``doc_lines.printed_lines``). The page after a cover, a colophon and a page's
foot are read in ``doc_date_reports.py``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline.extract import doc_literals as literals
from pipeline.extract.doc_date_forms import _date_after
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_kind import titled_line
from pipeline.extract.doc_lines import _YEAR, DateHit, Line, page_lines, printed_lines, run_to_figure
from pipeline.extract.doc_words import _alternatives, document_date_words, label_date_gap, letter_words, weekdays
from pipeline.records import CleanPage

# How many words a line of a title page may have besides its date: 'Begroting 2026 versie 0.2 14-10-2025'.
TITLE_PAGE_WORDS = 12


def _opening(page: CleanPage) -> list[tuple[Line, bool]]:
    """The title-page lines of ``page``: its first non-blank lines, each followed by the printed lines
    the clean stage joined into it (flagged ``True``: a cover's short lines run together as prose)."""
    out = []
    printed = printed_lines(page)
    lines = [ln for ln in page_lines(page) if ln.text][: document_date_words()["title_page_lines"]]
    for k, ln in enumerate(lines):
        out.append((ln, False))
        if (box := _stamp_box(page, lines[k: k + STAMP_BOX_LINES])) is not None:
            out.append((box, True))
        parts = [p for p in printed if ln.start <= p.start and p.end <= ln.end and p.text]
        if len(parts) > 1:
            out.extend((p, True) for p in parts)
        # A cover's imprint runs its fields into one line of cells ('Uitgave: RDW, Zoetermeer | Vastgesteld
        # door de directie op 21 maart 2024 | Ter goedkeuring aangeboden aan ...'): each cell is a line.
        cells = [m for m in re.finditer(r"[^|]+", ln.text) if m.group().strip()] if " | " in ln.text else []
        for m in cells if len(cells) > 1 else ():
            at = m.start() + len(m.group()) - len(m.group().lstrip())
            text = m.group().strip()
            out.append((Line(ln.page, ln.start + at, ln.start + at + len(text), text), True))
        # A colophon's imprint may go on with the adoption in a sentence of its own ('Uitgave: gemeente Hoorn, januari
        # 2025. Vastgesteld door het college ... op 28 januari 2025.'): that sentence is a line of its own too.
        for m in _adoption_sentence().finditer(ln.text):
            if ln.text[m.start()].isupper():
                out.append((Line(ln.page, ln.start + m.start(), ln.end, ln.text[m.start():]), True))
    return out


@lru_cache(maxsize=1)
def _adoption_sentence() -> re.Pattern[str]:
    final = _alternatives(tuple(document_date_words()["final_labels"]))
    return re.compile(rf"(?<=[.;]\s)(?:{final})\b", re.IGNORECASE)


# An adoption stamp's box breaks its line over short lines ('VASTGESTELD DOOR DE RAAD IN' / 'ZIJN VERGADERING' / 'VAN
# 26 JUNI 1985'): at most so many lines of so many words, read as one from its label to its date.
STAMP_BOX_LINES, STAMP_BOX_WORDS = 3, 5


def _stamp_box(page: CleanPage, lines: list[Line]) -> Line | None:
    final = _alternatives(tuple(document_date_words()["final_labels"]))
    opens = bool(lines) and re.match(rf"(?:{final})\b", lines[0].text, re.IGNORECASE) is not None
    return run_to_figure(page, lines, STAMP_BOX_WORDS) if opens and not re.search(r"\d", lines[0].text) else None


def is_cover(page: CleanPage) -> bool:
    """A cover: a page of a few printed lines (title, subtitle, a year, an address) and no text."""
    return len([ln for ln in printed_lines(page) if ln.text]) <= document_date_words()["cover_lines"]


def title_page_date(ev: Evidence) -> DateHit | None:
    """``Begroting 2026 versie 0.2 14-10-2025``, ``Uitgave januari 2013``: a title-page label
    (``versie``, ``uitgave``, ``vastgesteld``) followed by a date on the first page."""
    return _title_page_date(ev.pages[0], "title_page_date") if ev.pages else None


_DECISION_NUMBER = re.compile(r"\s*,?\s*(?:no|nr|nummer)\.?\s*\d", re.IGNORECASE)
# A full stop after a date and a new sentence after it.
_SENTENCE_CLOSED = re.compile(r"\.\s+(?=[A-Z])")
_REPLACED_NOTE = re.compile(r"\s*(?:\(\s*(?:vervangt|ter\s+vervanging\s+van)\b[^()]*\)"
                            r"|[·•|]\s*(?:vervangt|ter\s+vervanging\s+van)\b[^·•|()]*)\s*\.?\s*$", re.IGNORECASE)
# A line of cells set apart by middle dots or bars: what the cells before the label's hold is no lead of its own
# ('Projectteam Huisvesting · Versie 4 – 2 juli 2025').
_CELLS_BEFORE = re.compile(r"(?:^|\s)[·•|]\s*$")


def _title_page_date(page: CleanPage, rule: str, labels: tuple[str, ...] | None = None) -> DateHit | None:
    words = document_date_words()
    label = re.compile(rf"(?:^|\s)(?:{_alternatives(labels or tuple(words['title_page_labels']))})\b",
                       re.IGNORECASE)
    dated = {w.casefold() for w in letter_words().date_labels} | {"publicatiedatum"}
    final = {w.casefold() for w in words["final_labels"]}
    supervisor = tuple(w.casefold() for w in words["supervisor_decision"])
    found: DateHit | None = None
    plain: DateHit | None = None
    step = words["adoption_step"]
    replaced = words["replaced_version"]
    stages = tuple(w.casefold() for w in words["version_stages"])
    final_above = False
    # The agent a final label's line broke off in ('vastgesteld door het' / 'wijkmanagementoverleg Zuid op ...').
    agent = ""
    for ln, printed in _opening(page):
        m = label.search(ln.text)
        # The next step of an adoption, or the date of one, on the line under its label: a colophon's row whose
        # label cell is empty ('Vastgesteld | door de directeur op 15 april 2025' / '| | door het algemeen bestuur
        # op 3 juli 2025'), a field's value wrapped in its cell ('... door het college' / 'op 10 december 2024').
        joined = f"{agent} {ln.text}" if agent else ln.text
        later = step.match(joined) if m is None and final_above else None
        agent = ""
        if later is not None and later.end() >= len(joined) - len(ln.text):
            at = later.end() - (len(joined) - len(ln.text))
            hit = _date_after(ln, at, rule, month=True)
            if hit is not None and hit.start == ln.start + at and not ln.text[hit.end - ln.start:].strip(" ."):
                found = _last_step(found, hit)
            continue
        final_above = m is not None and m.group().strip().casefold() in final
        # A printed line run into a paragraph counts only when the label opens it ('Vastgesteld door
        # het college ... op 16 april 2024' on a cover), not a sentence wrapped after 'vastgesteld'.
        # 'Dit handboek vervangt versie 3.0 van 1 februari 2022': the version it replaces.
        # Its stage may stand before the label ('Definitief vastgesteld door het bestuur op 25 november 2024' under
        # 'Concept ingediend ... op 30 september 2024').
        # An earlier step may lead the line ('Na bespreking in de bewonersraad op 9 januari 2025 vastgesteld door het
        # wijkmanagementoverleg op 16 januari 2025'): the adoption after it is the last step, the lead no prose.
        lead = _earlier_step_before(ln.text[: m.start()]) if final_above else ""
        before = ln.text[: m.start()] if m is not None else ""
        before = "" if _CELLS_BEFORE.search(before) else before
        if (m is None or (printed and not lead and before.strip().casefold() not in ("", *stages))
                or replaced.search(ln.text[: m.start()])):
            final_above = False
            continue
        hit = _date_after(ln, m.end(), rule, month=True)
        if hit is None:
            agent = ln.text[m.end():].strip() if final_above and printed else ""
            continue
        gap = ln.text[m.end(): hit.start - ln.start]
        # 'Datum ontvangst Commissiedocument: 3 mei 2022', 'Nr. Datum Document 1 03-02-2021': a word
        # between a date label and the date makes it the date of something else.
        if m.group().strip().casefold() in dated and re.search(r"[^\W\d_]{2,}", gap):
            continue
        # A title-page line is short, its date not counted ('Vastgesteld door het college van burgemeester
        # en wethouders op dinsdag 16 april 2024'); a sentence that happens to hold 'status' is prose. OCR
        # may run the line into the one above it: then the label stands close before a date that ends the line.
        # The number of the decision that approved it, after its date, is no word of a sentence ('Goedgekeurd bij
        # besluit van Gedeputeerde Staten van Overijssel van 3 februari 1961, no. 412/2 III, 2e afdeling').
        after = ln.text[hit.end - ln.start:]
        # Small print runs its next sentence into the line ('Programma onder voorbehoud - versie 28 mei 2024. Kijk
        # voor de actuele zaalindeling ...'): a date that closes its sentence ends the title-page line.
        after = "" if _DECISION_NUMBER.match(after) or _SENTENCE_CLOSED.match(after) else after
        # A note in brackets or a cell of its own on the version it replaces ('Versie 2 – 18 april 2024 (vervangt
        # versie 1 van 2 april 2024; correctie ...)', '... · vervangt versie 1 van 2 april 2024') tells what changed,
        # no sentence the date stands in.
        after = "" if _REPLACED_NOTE.match(after) else after
        # A clause naming the step before the adoption ('..., na instemming van de raad van toezicht in zijn vergadering
        # van 28 november 2024') makes the line long, not prose: the date after the label is the adoption's.
        after = "" if m.group().strip().casefold() in final and words["earlier_step"].match(after) else after
        # So does the next step of the adoption after it ('... op 21 oktober 2024 en goedgekeurd door ... op ...').
        next_step = _step_after(ln, hit, rule) if m.group().strip().casefold() in final else None
        after = "" if next_step is not None else after
        short = len(ln.text[len(lead): hit.start - ln.start].split()) + len(after.split()) <= TITLE_PAGE_WORDS
        # The label run in so opens its printed line with a capital; prose writes it lower case after its subject
        # ('De kolom geeft de ramingen na de begrotingswijziging, door de raad vastgesteld op 29 december 1964.').
        closing = (len(gap.split()) <= 3 and not ln.text[hit.end - ln.start:].strip(" .,;)")
                   and m.group().strip()[:1].isupper())
        if not (short or closing):
            continue
        # 'Vastgesteld door het college van bestuur op 26 november 2024' over 'Goedgekeurd door de raad van
        # toezicht op 12 december 2024': the report is final on the last step of its adoption.
        # 'Goedgekeurd bij besluit van Gedeputeerde Staten ... van 19 augustus 1986' stamped on a council's
        # decision: the supervisor's later decision, added to the copy, no step of the document's own adoption.
        if m.group().strip().casefold() in final and gap.strip().casefold().startswith(supervisor):
            continue
        # 'Versie 2.1 — 22 april 2025' over 'Vastgesteld door de gemeenteraad ... op 1 juli 2025': the adoption is
        # the cover's last step, the version the draft it adopted.
        if m.group().strip().casefold() not in final:
            plain = plain or hit
            continue
        found = _last_step(found, next_step or hit)
    return found or plain


def _earlier_step_before(text: str) -> str:
    """``text`` where it is an earlier step of the adoption leading its line (``Na bespreking in de bewonersraad
    Malburgen op 9 januari 2025``), one clause with no sentence's end; '' else."""
    return text if document_date_words()["earlier_step"].match(text) and not re.search(r"[.;:!?]", text) else ""


def title_page_year(ev: Evidence) -> DateHit | None:
    """A title-page label whose value is a place and a year alone (``Opgemaakt | Assen, 2019`` on an archive's
    plaatsingslijst): the year the list was drawn up, where it prints no day or month. The period of the records
    under its title (``1962 – 2004``) has no label, and a year without its place is a year the value only names."""
    if not ev.pages:
        return None
    labels = tuple(document_date_words()["title_page_labels"])
    label = re.compile(rf"(?:{_alternatives(labels)})\s*:?\s+", re.IGNORECASE)
    for ln, _ in _opening(ev.pages[0]):
        m = label.match(ln.text)
        place = _cover_place().match(ln.text, m.end()) if m is not None else None
        if place is None or not ln.text[: place.end()].rstrip().endswith(","):
            continue
        rest = ln.text[place.end():].rstrip(" .")
        if _YEAR.fullmatch(rest):
            at = ln.start + place.end()
            return DateHit(rest, ln.page, at, at + len(rest), "title_page_year")
    return None


def _step_after(ln: Line, hit: DateHit, rule: str) -> DateHit | None:
    """The next step of an adoption the line names after its first (``Vastgesteld door het bestuur op 21 oktober 2024
    en goedgekeurd door de participantenraad op 14 november 2024``): its date, the report's, as on the line below."""
    words = document_date_words()
    final = _alternatives(tuple(words["final_labels"]))
    at = hit.end - ln.start
    joined = re.match(rf"\s*,?\s*en\s+(?:{final})\s+", ln.text[at:], re.IGNORECASE)
    step = words["adoption_step"].match(ln.text[at + joined.end():]) if joined is not None else None
    if step is None:
        return None
    at += joined.end() + step.end()
    later = _date_after(ln, at, rule, month=True)
    return later if later is not None and later.start == ln.start + at else None


def _last_step(found: DateHit | None, hit: DateHit) -> DateHit:
    """The later of two steps of an adoption, where both are dated as precisely."""
    return hit if found is None or (len(hit.value) == len(found.value) and hit.value > found.value) else found


def version_date(ev: Evidence) -> DateHit | None:
    """A version line on the first page (``Versie 0.9, 3 april 2024``): the date of a nota or
    proposal that prints no ``Datum`` field, never the meeting it is for."""
    if not ev.pages:
        return None
    return _title_page_date(ev.pages[0], "version_date", tuple(document_date_words()["version_labels"]))


def received_title_page_date(ev: Evidence) -> DateHit | None:
    """``Ontvangen 15 mei 2024`` on the first page of a report the Kamer prints (a department's
    ``Jaarverslag en slotwet``), as the Aanhangsel's ``ontvangen`` dates answers. A registry's stamp on the
    cover (``GEMEENTE APPINGEDAM ONTVANGEN 23 APR 2018``, its label in capitals as a stamp prints it) dates the
    copy's arrival: a received stamp never dates a report (ANNOTATING.md)."""
    labels = tuple(document_date_words()["received_labels"])
    hit = _title_page_date(ev.pages[0], "received_title_page", labels) if ev.pages else None
    if hit is None:
        return None
    before = ev.pages[0].text[max(0, hit.start - STAMP_LABEL_REACH): hit.start]
    return None if _stamp_label().search(before) else hit


# How far before its date a stamp's label stands ('INGEKOMEN  -  3 MAART 2021' on a scan).
STAMP_LABEL_REACH = 24


@lru_cache(maxsize=1)
def _stamp_label() -> re.Pattern[str]:
    words = document_date_words()
    labels = _alternatives(tuple(w.upper() for w in (*words["received_labels"], *words["received_abbreviations"])))
    return re.compile(rf"(?<![^\W\d_])(?:{labels})(?![^\W\d_])\W*$")


def cover_date(ev: Evidence) -> DateHit | None:
    """A date alone on a line of the first page's opening, as a cover or title page prints it:
    ``oktober 2024``, ``14 september 2023``, ``Utrecht, september 2023``."""
    return _cover_date(ev.pages[0], "cover_date") if ev.pages else None


_DAY_AT_END = re.compile(r"(?<![\d.,])\d{1,2}\s*$")


def _cover_date(page: CleanPage, rule: str) -> DateHit | None:
    # A date after the words of a field ('Opdracht verleend 11 januari 2024') dates the cover only where no line
    # of it prints a date alone or after its place ('Rotterdam, 18 april 2024' under the publisher); after a
    # version's number alone ('1.0 – 11 april 2025') it is the cover's own.
    after_words = None
    for ln, printed in _opening(page):
        m = _cover_place().match(ln.text)
        at = m.end() if m else 0
        hit = _date_after(ln, at, rule, month=True)
        rest = ln.text[hit.end - ln.start:].strip(" .") if hit is not None else ""
        if hit is None or (rest and not _reference_after().fullmatch(rest)) or _meeting_for(
                ln.text[: hit.start - ln.start]):
            continue
        # A line that opens with a month after a day closing the line above holds the end of a day date
        # wrapped in a sentence ('... in de vergadering van 19' / 'april 1977.'), no month of the cover's.
        if _DAY_AT_END.search(page.text, 0, ln.start):
            continue
        if hit.start == ln.start + at:
            return hit
        # A printed line is a line of its own: a date that does not open it is part of a sentence.
        if printed:
            continue
        # 'Raadsvergadering 7 november 2024', 'Ontvangen 3 mei 2024': a label names another date than the cover's.
        # OCR may run a received stamp into the letterhead beside it ('GEMEENTE HOORN ONTVANGEN 12 NOV. 1993').
        if _other_date_label_before().search(ln.text[: hit.start - ln.start].strip()):
            continue
        # The text layer may run the date into the subtitle above it ('... van gemeenten oktober 2024');
        # prose says 'in oktober 2024' and ends with a full stop; after a code or a figure the date is a
        # cell of a row of values ('ODNZKG-24-0412 11-04-2024' under 'Kenmerk  Behandeling AB').
        before = ln.text[: hit.start - ln.start].split()
        # A weekday stands between the preposition and the day ('Verkiezing van ... op woensdag 15 maart 2023', the
        # day a title names): the word before it tells the prose.
        if len(before) > 1 and re.fullmatch(rf"(?:{weekdays()}),?", before[-1], re.IGNORECASE):
            before = before[:-1]
        if (not ln.text.rstrip().endswith(".") and _unstressed(before[-1]) not in COVER_NOT_AFTER
                and not re.search(r"\d", before[-1])):
            if not re.search(r"[^\W\d_]{2,}", " ".join(before)):
                return hit
            after_words = after_words or hit
    return after_words


@lru_cache(maxsize=1)
def _reference_after() -> re.Pattern[str]:
    """A reference number in a cell after a cover's date (``12 juni 2025 / projectnummer 3612``): a number,
    not a date."""
    labels = _alternatives(tuple(letter_words().reference_labels))
    return re.compile(rf"[/|]\s*(?:{labels}|[^\W\d_]*nummer|nr\.?)\s*:?\s*[\w./-]*\d[\w./-]*", re.IGNORECASE)


def _meeting_for(before: str) -> bool:
    """Does the cell before a cover's date name the meeting the document goes to (``Behandeling in de
    gemeenteraad: dinsdag 5 en donderdag``, ``Statenvoorstel nr. 24-017 | Provinciale Staten``)?"""
    labels = _alternatives(tuple(document_date_words()["cover_meeting_labels"]))
    return re.match(rf"\s*(?:{labels})\b", before.rsplit("|", 1)[-1], re.IGNORECASE) is not None


def cover_year(ev: Evidence) -> DateHit | None:
    """A year alone on a printed line of a cover (``2024`` under the publisher's name, ``Den Haag,
    2024``), as an advisory body or a research report dates its edition; an annual report's or
    account's (``Jaarstukken`` / ``2023``) is the year it reports on, which dates it when it prints
    no date of its own. Not for budgets: their cover year is the year they are for."""
    if not ev.pages or not is_cover(ev.pages[0]):
        return None
    for ln in printed_lines(ev.pages[0]):
        m = _cover_place().match(ln.text)
        rest = ln.text[m.end() if m else 0:]
        if _YEAR.fullmatch(rest.strip(" .")):
            at = ln.start + len(ln.text) - len(rest.lstrip())
            year = rest.strip(" .")
            return DateHit(year, ln.page, at, at + len(year), "cover_year")
    return None


@lru_cache(maxsize=1)
def _other_date_label_before() -> re.Pattern[str]:
    """A meeting, received, event or status label (``Raadsvergadering``, ``Datum ontvangst``, ``Datum training``,
    ``Peildatum``: the date the figures stand for), with a weekday or ``d.d.`` after it; not a label a title page
    dates itself by (``Vastgesteld``, ``Datum``). It ends the text before the date, which a heading may open."""
    words = document_date_words()
    own = {w.casefold() for w in words["title_page_labels"]}
    # A stamp shortens its label ('ONTV. 23-04-2018').
    labels = _alternatives(tuple(w.rstrip(":") for w in (*words["meeting_labels"], *words["received_labels"],
                                                         *words["event_labels"], *words["received_abbreviations"],
                                                         *words["status_labels"])
                                 if w.rstrip(":").casefold() not in own))
    return re.compile(rf"(?:^|(?<=\s))(?:{labels})(?!\w)[\s:]*(?:{label_date_gap().pattern})\Z", re.IGNORECASE)


# Words after which a date is part of a sentence, not a cover's date run into the line above.
COVER_NOT_AFTER = frozenset({"in", "op", "van", "per", "tot", "sinds", "vanaf", "t/m", "tussen", "na", "voor", "uit",
                             "en", "of", "dd", "d.d.", "met", "eind", "begin", "medio", "half"})


def _unstressed(word: str) -> str:
    """A word without the accents that stress it (``vóór 2 augustus 2021`` is ``voor``), casefolded."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _cover_place() -> re.Pattern[str]:
    # ''s-Hertogenbosch' opens with an apostrophe, typographic too, as in a letter's place-date line.
    return re.compile(rf"(?:[A-Z'‘’][\w'’.-]*(?:[ -][A-Za-z'’][\w'’.-]*){{0,2}},\s*)?(?:(?:{weekdays()}),?\s+)?",
                      re.IGNORECASE)


def status_date(ev: Evidence) -> DateHit | None:
    """``Cijfers tot en met zondag 27 februari 2022``, ``Peildatum 1 januari 2024``: the date
    a factsheet or dashboard states its figures for, near the top of its first page."""
    if not ev.pages:
        return None
    words = document_date_words()
    label = re.compile(rf"(?:^|\s)(?:{_alternatives(tuple(words['status_labels']))}):?\s+"
                       rf"(?:(?:{weekdays()}),?\s+)?", re.IGNORECASE)
    opening = [ln for ln in page_lines(ev.pages[0]) if ln.text][: words["title_page_lines"]]
    for ln in opening:
        m = literals.search(label, ln.text)
        if m is None or len(ln.text.split()) > TITLE_PAGE_WORDS:
            continue
        hit = _date_after(ln, m.end(), "status_date", month=True)
        if hit is not None:
            return hit
    return None


def titled_year(ev: Evidence) -> DateHit | None:
    """The year in the opening line that names the document (``Jaarplan 2024``, ``Begroting 2026``)."""
    line = titled_line(ev)
    if line is None or line.page == 0:
        return None
    m = _YEAR.search(line.text)
    if m is None:
        return None
    return DateHit(m.group(), line.page, line.start + m.start(), line.start + m.end(), "titled_year")
