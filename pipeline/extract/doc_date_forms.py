"""Forms of a letter's own date that the bodies besides ministries and municipalities print.

Provinces, waterschappen, regional services and foundations date their letters and memos in
forms ``doc_date.py`` does not read with its main rules; each is a named rule whose name
reaches ``doc_date_rule``, tried among the letter fallbacks:

* ``place_month_line``: a place-date line of the letter head with only a month (``Arnhem,
  december 2024``), as an invitation or a circular printed for a month;
* ``datum_label_month``: a date label whose whole value is a month and year (``Datum: juni 2024``, a nota's
  field row ``Datum | juni 2024``), as a nota or memo written for a month is dated, like the place-date line;
* ``datum_bar_cell``: a date label and its date filling a cell of a line split by ``|``, the
  footer of a one-page letter that ingest keeps in the text (``Omnibuzz | Postbus 1234 | Datum
  20 juni 2024 | Kenmerk OB-24-118``; on every page of a longer letter it is furniture);
* ``short_year_label``/``short_year_received``: a day date with a two-digit year as the whole
  value of a date label or a received stamp (``Datum: 21-11-24``, ``Ontvangen 12-03-24``), as
  forms, memos and stamps print it. The date grammar leaves such figures alone in running text,
  where they may be anything; after a date label they are a date; so in a place-date line of the
  letter head (``short_year_place_date``: ``Deventer, 21-11-'24``);
* ``digital_signature_date``: the time stamp printed beside a digital signature (``Datum: 2025.06.04
  11:32:07 +02'00'``), where the ``Datum`` field points to it or the letter has no date of its own;
* ``signed_place_date``: a statement without a date at its head, signed at its end (an accountant's
  ``Controleverklaring``): the place-date line right above the signature on the last page;
* ``version_table``: a report's version history in its head (``Versie | Datum | Status``), dated by its last
  version (tried first among a report's fallbacks).

A filled-in form's own date is read in ``doc_date_filled_forms.py``, a scan's ``Datum`` whose label OCR lost in
``doc_date_scan_labels.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.dutch.date_grammar import date_words
from pipeline.dutch.dates import parse_span
from pipeline.extract.doc_cells import Cell, cell_below, cell_in_column, head_rows, label_at_start
from pipeline.extract.doc_date_labels import _NEXT_FIELD
from pipeline.extract.doc_date_place_lines import _old_day_date_at, _place_date
from pipeline.extract.doc_evidence import Evidence, _labelled, first_labelled_hit, salutation_index
from pipeline.extract.doc_lines import (
    HEAD_LINES,
    DateHit,
    Line,
    _day_date_at,
    has_year_figures,
    page_lines,
    printed_lines,
)
from pipeline.extract.doc_parties import person_prefix
from pipeline.extract.doc_words import _alternatives, document_date_words, letter_words, weekdays

# Two-digit years before this one are of this century ('24' is 2024), the others of the last ('98' is 1998,
# '68' 1968): a document's own date is never in the future, and an archive's typed forms go back to 1945.
LAST_CENTURY_FROM = dt.date.today().year % 100 + 1


@lru_cache(maxsize=1)
def _month_year() -> re.Pattern[str]:
    months = _alternatives(tuple(date_words().free_months))
    return re.compile(rf"(?<!\w)(?i:{months})\.?\s+(?:19|20)\d{{2}}(?!\d)")


def _date_after(line: Line, at: int, rule: str, month: bool = False) -> DateHit | None:
    """The first day date in ``line`` from character ``at`` on; with ``month``, else a month and year. An old
    place-date line gives its day as an ordinal after ``den`` (``Assen, den 14den April 1949``)."""
    rest = Line(line.page, line.start + at, line.end, line.text[at:])
    # An old day date and a month and year end in a year in figures too.
    figures = has_year_figures(rest.text)
    # The old line read from its 'den', where the date starts for the rules that want it right after the place.
    hit = (_old_day_date_at(rest, rule) if figures else None) or _day_date_at(rest, rule)
    if hit is not None or not month or not figures:
        return hit
    m = _month_year().search(rest.text)
    if m is None:
        return None
    value = parse_span(m.group(), "month_year")
    if value is None:
        return None
    return DateHit(value.value, line.page, rest.start + m.start(), rest.start + m.end(), rule)


def place_month_line(ev: Evidence) -> DateHit | None:
    """A place-date line that gives only the month (``Arnhem, december 2024``), alone on its line
    above the salutation (an invitation or a circular printed for a month), else above the
    signature, where a province's Statenbrief prints it; not in the body between the two."""
    limit = salutation_index(ev)
    lines = ev.lines if limit is not None else ev.lines[:HEAD_LINES]
    for i, ln in enumerate(lines):
        if limit is not None and i > limit and not _in_signature(lines[i + 1:], ln.page):
            continue
        m = _place_date().match(ln.text)
        if m is None:
            continue
        hit = _date_after(ln, m.end(), "place_month_line", month=True)
        # A day date on such a line is the place-date line's (a report's cover prints one too).
        if (hit is not None and len(hit.value) == len("2024-12") and hit.start == ln.start + m.end()
                and not ln.text[hit.end - ln.start:].strip(" .")):
            return hit
    return None


def month_label_date(ev: Evidence) -> DateHit | None:
    """``Datum: juni 2024``: the month and year the whole value of a date label (a day date there is read by the
    label rules before); a qualified label (``Datum vergadering juni 2024``) dates something else."""
    def whole(ln: Line, at: int) -> DateHit | None:
        hit = _date_after(ln, at, "datum_label_month", month=True)
        if (hit is None or len(hit.value) != len("2024-06") or ln.text[at: hit.start - ln.start].strip(" :")
                or ln.text[hit.end - ln.start:].strip(" .")):
            return None
        return hit

    return first_labelled_hit(ev, letter_words().date_labels, whole, lambda ln: whole(ln, 0))


def signed_place_date(ev: Evidence) -> DateHit | None:
    """A statement signed at its end, with no date at its head: the place-date line right above the
    signature on the last page (``Den Haag, 3 april 2025`` over ``Auditbureau ... B.V.`` and the
    signer's name), as an accountant's ``Controleverklaring`` or an advice is dated where it is signed, or the
    adoption it states there (``Aldus vastgesteld door burgemeester en wethouders van Gouda op 16 november 1999.``).
    A place-date line with a paragraph of the body after it is no signature's. A scan's text may put the line
    last, a signature's mark after it (``Almelo, den 8sten mei 1963. [handtekening]``): an office's extract is
    signed so, flush right under its text, and the scan reads the right-hand lines after the rest."""
    if not ev.lines:
        return None
    last = ev.lines[-1].page
    lines = [ln for ln in ev.lines if ln.page == last]
    signer, adopted = letter_words().signatories, document_date_words()["signed_adoption"]
    stated, stated_alone = document_date_words()["signed_statement"], document_date_words()["signed_statement_alone"]
    for i, ln in enumerate(lines):
        # A statement's closing formula may lead into its place-date ('Aldus verklaard te Oirschot, 11 juni 2024').
        at = f.end() if (f := stated.match(ln.text)) is not None else 0
        m = _place_date().match(ln.text[at:])
        # A report may state its adoption there instead ('Aldus vastgesteld door burgemeester en wethouders van Gouda
        # op 16 november 1999.'), as its cover would ('Vastgesteld door het bestuur op ...').
        if m is None and (a := adopted.match(ln.text)) is not None:
            hit = _date_after(ln, a.start("date"), "signed_adoption")
            tail = ln.text[hit.end - ln.start:].strip(" .") if hit is not None else ""
            if hit is not None and _in_signature(lines[i + 1:], last) and (not tail or signer.match(tail)):
                return hit
        # The formula may stand alone on the line above ('Naar waarheid opgemaakt,' over 'Utrecht, 28 maart 2025').
        if m is not None and (at or (i and stated_alone.match(lines[i - 1].text))):
            # The formula says it is signed there: no block of signers need follow (a copy list, a stamp may).
            hit = _day_date_at(Line(ln.page, ln.start + at + m.end(), ln.end, ln.text[at + m.end():]),
                               "signed_place_date", "start")
            if hit is not None:
                return hit
            # A formula with only a month names no day it was signed.
            continue
        if m is None or not _in_signature(lines[i + 1:], last):
            continue
        hit = _date_after(ln, at + m.end(), "signed_place_date", month=True)
        tail = ln.text[hit.end - ln.start:].strip(" .[]()") if hit is not None else ""
        # The last line is the signed place only with the signature's mark after it on the line.
        closing = bool(tail) and bool(signer.match(tail)) if i == len(lines) - 1 else not tail or signer.match(tail)
        if hit is not None and hit.start == ln.start + at + m.end() and closing:
            return hit
    return None


# The words of a line of a signature block at most ('M.J. Vos, secretaris', 'Gedeputeerde Staten van Gelderland,').
SIGNATURE_WORDS = 8
_SIGNATURE_MARK = re.compile(r"[\[(](?:handtekening|paraaf|stempel|w\.g\.|get\.)[\])]", re.IGNORECASE)


def _in_signature(after: list[Line], page: int) -> bool:
    """Do only the short lines of a signature block follow on the page (no paragraph of the body)? A scan's
    text may join the block into one line: its parts between commas then name the signers
    (``Burgemeester en wethouders van Ommen, de secretaris, de burgemeester,``), or the post and the name signed
    under it (``De directeur van de Dienst Gemeentereiniging, ir. H.G.M. Wolters``). A note on how it was signed
    (``Deze verklaring is digitaal ondertekend. ...``) belongs to the signature."""
    signer, note = letter_words().signatories, document_date_words()["signature_note"]

    def joined(parts: list[str]) -> bool:
        return (sum(bool(signer.match(part)) for part in parts) >= 2
                or (len(parts) == 2 and bool(signer.match(parts[0])) and person_prefix(parts[1]) is not None))

    # A signature's mark joined to the post's line ('Het Hoofd van de Afdeling ..., [handtekening]') is no word of it.
    return all(len(_SIGNATURE_MARK.sub(" ", ln.text).split()) <= SIGNATURE_WORDS or note.match(ln.text)
               or joined([part.strip() for part in ln.text.split(",")])
               for ln in after if ln.page == page)


def bar_cell_date(ev: Evidence) -> DateHit | None:
    """A date label and its date filling one cell of a line of cells split by ``|``: the footer
    or header line of a one-page letter, which ingest keeps in the text (``Omnibuzz | Postbus 1234
    | Datum 20 juni 2024 | Kenmerk OB-24-118``); on every page of a longer letter it is furniture."""
    labels = letter_words().date_labels
    for page in ev.pages:
        for ln in page_lines(page):
            if " | " not in ln.text:
                continue
            for m in re.finditer(r"[^|]+", ln.text):
                cell = m.group()
                label = label_at_start(cell.lstrip(), labels)
                if label is None:
                    continue
                at = m.start() + len(cell) - len(cell.lstrip()) + label.end()
                hit = _day_date_at(Line(ln.page, ln.start + at, ln.start + m.end(), ln.text[at:m.end()]),
                                   "datum_bar_cell", "start")
                if hit is not None and not ln.text[hit.end - ln.start: m.end()].strip(" ."):
                    return hit
    return None


_SHORT_YEAR = re.compile(r"(?P<day>\d{1,2})(?P<sep>[-./])(?P<month>\d{1,2})(?P=sep)['’‘]?(?P<year>\d{2})")
_CLOCK_AFTER = re.compile(r"(?:,?\s*(?:om\s+)?\d{1,2}[:.]\d{2}(?:\s*uur)?)?[\s.]*")


@lru_cache(maxsize=1)
def _short_year_gap() -> re.Pattern[str]:
    """What may stand before a two-digit-year date: a received stamp's label, a weekday."""
    received = _alternatives(tuple(document_date_words()["received_labels"]))
    return re.compile(rf"\s*(?:(?:{received})\b\s*:?\s*)?(?:(?:{weekdays()}),?\s+)?", re.IGNORECASE)


def short_year_at(line: Line, at: int, rule: str) -> DateHit | None:
    """A day date with a two-digit year as the whole of ``line.text[at:]``, after a weekday or a
    received stamp's label (OCR runs a stamp level with the ``Datum:`` field into its line:
    ``Datum: ONTVANGEN 12-03-24``), before an optional clock time, as ``date_alone`` reads a date (a site's
    byline: ``21-11-'24, 08:45``), or before the next field of a form's line (a telephone note's
    ``Datum: 3-9-'68 Tijd: 10.15 uur``)."""
    start = at + _short_year_gap().match(line.text[at:]).end()
    m = _SHORT_YEAR.match(line.text, start)
    if m is None or not (_CLOCK_AFTER.fullmatch(line.text, m.end()) or _NEXT_FIELD.match(line.text, m.end())):
        return None
    year = int(m["year"])
    year += 1900 if year >= LAST_CENTURY_FROM else 2000
    try:
        value = dt.date(year, int(m["month"]), int(m["day"]))
    except ValueError:
        return None
    return DateHit(value.isoformat(), line.page, line.start + m.start(), line.start + m.end(), rule)


def short_year_date(ev: Evidence) -> DateHit | None:
    """``Datum: 21-11-24`` (a date label whose whole value it is), else ``Ontvangen 12-03-24``
    (a received stamp, its date on the same line or alone on the next), else such a label filling a cell
    of the head. A typed memo's fields (``aan``, ``van``, ``datum 7-3-'83``, ``nummer``), short lines the clean
    stage joins into one paragraph, are read as the first page printed them."""
    printed = [ln for ln in printed_lines(ev.pages[0]) if ln.text][:HEAD_LINES] if ev.pages else []
    for lines in (ev.lines, printed):
        head = Evidence(pages=ev.pages, lines=lines, header=None)
        for labels, rule in ((letter_words().date_labels, "short_year_label"),
                             (tuple(document_date_words()["received_labels"]), "short_year_received")):
            hit = first_labelled_hit(head, labels, lambda ln, at, rule=rule: short_year_at(ln, at, rule),
                                     lambda ln, rule=rule: short_year_at(ln, 0, rule))
            if hit is not None:
                return hit
    return short_year_cell(ev)


def short_year_cell(ev: Evidence) -> DateHit | None:
    """A date label and its two-digit-year date filling a cell of the head (``| Datum: 21-03-'24 |
    Klantnummer: 100482215 |``), which the text joins to the cells beside it: read from the word boxes."""
    labels = letter_words().date_labels
    for row in ev.head_cells:
        for cell in row:
            m = label_at_start(cell.text, labels)
            line = cell.line(m.end()) if m is not None and m.end() < len(cell.text) else None
            hit = short_year_at(line, 0, "short_year_cell") if line is not None else None
            if hit is not None:
                return hit
    return None


def short_year_place_date(ev: Evidence) -> DateHit | None:
    """A place-date line of the letter head with a two-digit year (``Deventer, 21-11-'24``), alone on its line
    above the salutation, as typed letters and advisory councils date them; in the body a place and such
    figures may be anything."""
    limit = salutation_index(ev)
    for ln in ev.lines[:limit] if limit is not None else ev.lines[:HEAD_LINES]:
        m = _place_date().match(ln.text)
        hit = short_year_at(ln, m.end(), "short_year_place_date") if m is not None else None
        if hit is not None:
            return hit
    return None


def digital_signature_date(ev: Evidence) -> DateHit | None:
    """The time stamp of a digital signature (``Digitaal ondertekend door J.A. Kramer`` / ``Datum: 2025.06.04
    11:32:07 +02'00'``), the day the letter was signed: it dates a letter whose ``Datum`` points there (``zie
    datum digitale ondertekening``) or that prints no date of its own, the letter fallbacks' last resort."""
    return next((hit for page in ev.pages for hit in digital_stamps(page.number, page.text)), None)


def digital_stamps(page: int, text: str, offset: int = 0) -> Iterator[DateHit]:
    """The days of the digital signatures' time stamps in ``text`` (which starts at ``offset`` of its page): a PDF
    signature's (``2025.06.04 11:32:07 +02'00'``) or a signing stamp's words with the day and time after them
    (``DIGITAAL ONDERTEKEND DOOR J.P. AKKERMAN 29-11-2023 16:02``), where the text layer may run the signer's post
    in between."""
    words = document_date_words()
    found = (*words["digital_signature_date"].finditer(text), *words["digital_signature_stamp"].finditer(text))
    for m in sorted(found, key=lambda m: m.start("day")):
        try:
            value = dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
        except ValueError:
            continue
        groups = ("year", "month", "day")
        start, end = offset + min(m.start(g) for g in groups), offset + max(m.end(g) for g in groups)
        yield DateHit(value.isoformat(), page, start, end, "digital_signature_date")


def pointed_signature_date(ev: Evidence) -> DateHit | None:
    """A letter whose ``Datum`` field points to its signature (``Datum  Zie ondertekening``, the value on the
    label's line or, in a margin column, under it) is dated by the signature's time stamp, not by a date
    printed near the field (``Uw aanvraag van`` / ``3 september 2024`` above it)."""
    labels, pointer = letter_words().date_labels, document_date_words()["signature_pointer"]
    for i, ln in enumerate(ev.lines):
        value = _labelled(ln.text, labels)
        if value is None:
            continue
        if not value and i + 1 < len(ev.lines):
            value = ev.lines[i + 1].text
        if pointer.match(value.strip(" :")):
            return digital_signature_date(ev)
    return None


# A version's number in a version table's first column ('1.2', 'v0.8', a revision's '0.9a').
_VERSION_NUMBER = re.compile(r"v?\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?", re.IGNORECASE)


def version_table_date(ev: Evidence) -> DateHit | None:
    """A report's version history in its head (``Versie | Datum | Status`` over a row per version): the date of
    the last version, the printed copy's own, as a cover that prints the steps of its adoption is dated by the
    last. Each row must open with a version's number under ``Versie``: a table of other things with a date
    column is no history of the document. A row's note may wrap onto a line of its own (``verwerkt: reactie OR
    en`` / ``afdelingsmanagers``), with nothing under ``Versie``: the next version follows it. A report's cover
    may leave its history to the head of the page after it (``Versiebeheer``), as it leaves its title page or
    colophon there: its last version outdates the one the cover names (``Versie 1.0 - 17 maart 2025`` over a
    history that ends with ``1.1 | 2 april 2025``)."""
    labels = [w.casefold() for w in document_date_words()["version_labels"]]
    for k, page in enumerate(ev.pages[:2]):
        # The second page's rows only where it names a version: most documents' second page holds none.
        if k and not any(w in page.text.casefold() for w in labels):
            continue
        hit = _version_rows_date(ev.head_cells if k == 0 else head_rows(page))
        if hit is not None:
            return hit
    return None


def _version_cell(text: str) -> bool:
    """A version's number or its stage (``Concept``, ``Definitief``), the whole of a version table's cell or its
    opening words (``Concept voor inspraak``, ``Vastgesteld door de gemeenteraad``)."""
    stages = _alternatives(tuple(document_date_words()["version_stages"]))
    cell = text.strip()
    return bool(_VERSION_NUMBER.fullmatch(cell) or re.match(rf"(?:{stages})(?!\w)", cell, re.IGNORECASE))


def _version_rows_date(rows: list[list[Cell]]) -> DateHit | None:
    """The date of the last version in a version table among ``rows``."""
    versions = {w.casefold() for w in document_date_words()["version_labels"]}
    dates = {w.casefold().rstrip(":") for w in letter_words().date_labels}
    for r, row in enumerate(rows):
        folded = [c.text.strip().rstrip(":").casefold() for c in row]
        if not (versions & set(folded) and dates & set(folded)):
            continue
        version = row[next(k for k, t in enumerate(folded) if t in versions)]
        dated = row[next(k for k, t in enumerate(folded) if t in dates)]
        last, at = None, r
        while (number := cell_in_column(rows, at, version)) is not None and _version_cell(number.text):
            at = next(i for i in range(at + 1, len(rows)) if number in rows[i])
            under = cell_below(rows, at - 1, dated, look=1)
            line = under.line() if under is not None and under in rows[at] else None
            hit = _day_date_at(line, "version_table", "start") if line is not None else None
            last = hit or last
        if last is not None:
            return last
    return None
