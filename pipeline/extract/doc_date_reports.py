"""The document's own date in a report's colophon, on the page after its cover and at the foot of its pages: the
rules of ``doc_date.py`` for documents that are not letters, where the cover itself prints no date (its cover and
title page are read in ``doc_date_covers.py``).

* ``colophon_date``: a title-page line or a date alone on the page after a cover that prints no date (the title
  page or colophon: ``Vastgesteld door het bestuur op 18 maart 2024``, ``Geldermalsen, april 2024``);
* ``signed_foreword_date``: the place-date line that signs a foreword on the page after a cover;
* ``colophon_section_date``/``colophon_year``: a colophon's date or year under its heading on any page;
* ``closing_adoption``: the adoption a report states on its last page (``Aldus opgemaakt door het bestuur te ... op``);
* ``kamer_imprint_year``: the year of the Kamer's imprint under a Kamerstuk;
* ``place_date_opening``: a place-date line among the first page's opening lines (an inventory list's);
* ``foot_version_date``: a factsheet's version line at the foot of its page (``Versie 1.2 – 14 februari 2024``);
* ``foot_imprint``: a leaflet's foot line of publisher and month (``GGD Twente | juni 2025``);
* ``place_date_under_signer``: a report's last line, its place and month under its signer
  (``Heerenveen, november 2024``);
* ``published_stamp_date``/``changed_stamp_date``: a web page's publication or last change (``doc_date_web.py``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.extract import doc_literals as literals
from pipeline.extract.doc_date_covers import _cover_date, _cover_place, _opening, _title_page_date, is_cover
from pipeline.extract.doc_date_forms import SIGNATURE_WORDS, _date_after
from pipeline.extract.doc_date_place_lines import _place_date
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_lines import _YEAR, DateHit, Line, page_lines, printed_lines
from pipeline.extract.doc_words import _alternatives, document_date_words
from pipeline.records import CleanPage

# How many printed lines at the foot of a page a version line may stand on (above a page number, a URL).
FOOT_LINES = 3


@lru_cache(maxsize=1)
def _foot_version_label() -> re.Pattern[str]:
    labels = _alternatives(tuple(document_date_words()["version_labels"]))
    return re.compile(rf"^(?:{labels})\s+(?:\d+(?:\.\d+)*\s*[-–—,:]?\s*)?", re.IGNORECASE)


def foot_version_date(ev: Evidence) -> DateHit | None:
    """A factsheet or leaflet prints its version at the foot of its page (``Versie 1.2 – 14 februari 2024 |
    Aan deze factsheet kunnen geen rechten worden ontleend``), a nota's template in its footer (``Nota DB
    asbesttoezicht | Versie 0.3 - 14 januari 2025 | pagina 1 van 1``): the date of that version, as a nota's
    version line is its date (``tests/layouts/blind8/CONVENTIONS-mail.md``). The label opens the line or a
    cell of it, at most a version number before the date: a sentence about a version (``Versie 2 van de
    regeling geldt vanaf 1 januari 2025``) dates nothing."""
    label = _foot_version_label()
    for page in dict.fromkeys((ev.pages[0], ev.pages[-1])) if ev.pages else ():
        for ln in reversed(_foot_lines(page)):
            cells = _foot_cells(ln)
            for k, cell in enumerate(cells):
                m = label.match(cell.text)
                hit = _date_after(cell, m.end(), "foot_version_date", month=True) if m else None
                if hit is not None and hit.start == cell.start + m.end():
                    return hit
                # The version's number in a cell of its own, its date in the next (``Versie 2 | 5 maart 2024 | ...``).
                if m is not None and m.end() == len(cell.text) and k + 1 < len(cells):
                    hit = _date_alone(cells[k + 1], "foot_version_date")
                    if hit is not None:
                        return hit
    return None


def foot_imprint_date(ev: Evidence) -> DateHit | None:
    """A leaflet's foot line of cells, its publisher first and its month or day in a cell alone (``Ombudsman
    Metropool Amsterdam · april 2024 · Het volledige jaarverslag staat op ...``, ``GGD Twente | juni 2025``): its
    imprint without a label, as a colophon prints publisher and date. Not a cell after a label (``Peildatum |
    1 januari 2024``), nor a cell of a sentence."""
    for ln in reversed([ln for ln in printed_lines(ev.pages[-1]) if ln.text][-FOOT_LINES:] if ev.pages else []):
        cells = _foot_cells(ln)
        publisher = cells[0].text if len(cells) > 1 else ""
        # The place and date may open the line, the publisher after them ('Utrecht, maart 2025 | ProRail, ...').
        if publisher and (hit := _place_date_alone(cells[0], "foot_imprint")) is not None:
            return hit
        if len(publisher.split()) < 2 or re.search(r"[\d:]", publisher):
            continue
        for cell in cells[1:]:
            hit = _date_alone(cell, "foot_imprint")
            if hit is not None:
                return hit
    return None


def _foot_lines(page: CleanPage) -> list[Line]:
    """The last lines of the page, before the lines of one word or figure each that end it: the text layer may read
    a table's last column after the page's foot (``... | Versie 1.0 – 14 oktober 2024`` / ``Voorsprong`` / ``0`` /
    ``Totaal`` / ``69``), as it reads the columns of a row one after the other."""
    lines = [ln for ln in page_lines(page) if ln.text]
    end = len(lines)
    while end and len(lines[end - 1].text.split()) == 1:
        end -= 1
    return lines[:end][-FOOT_LINES:] if end else lines[-FOOT_LINES:]


def _foot_cells(ln: Line) -> list[Line]:
    """The cells of a foot line, split by ``|`` or a middle dot as leaflets print them."""
    return _pieces(ln, r"[^|·•]+") or [ln]


def _date_alone(cell: Line, rule: str) -> DateHit | None:
    """The day or month date that is all of ``cell``."""
    hit = _date_after(cell, 0, rule, month=True)
    if hit is None or hit.start != cell.start or cell.text[hit.end - cell.start:].strip(" ."):
        return None
    return hit


def colophon_date(ev: Evidence) -> DateHit | None:
    """A report whose cover prints no date dates itself on the page after it, the title page or
    colophon real reports print there: ``Vastgesteld door het bestuur op 18 maart 2024``,
    ``Geldermalsen, april 2024``."""
    if len(ev.pages) < 2 or not is_cover(ev.pages[0]):
        return None
    return _title_page_date(ev.pages[1], "colophon_date") or _cover_date(ev.pages[1], "colophon_date")


def signed_foreword_date(ev: Evidence) -> DateHit | None:
    """The page after a cover holding the offering letter or foreword, signed with a place-date line at the
    foot of that page (``Zeist, 24 september 2024`` over ``Burgemeester en wethouders van Zeist,``), under a
    table of contents that keeps it out of the page's opening."""
    if len(ev.pages) < 2 or not is_cover(ev.pages[0]):
        return None
    page = ev.pages[1].number
    lines = [ln for ln in ev.lines if ln.page == page]
    for i, ln in enumerate(lines[:-1]):
        # The signers' lines, which the clean stage may join into one ('Burgemeester en wethouders van Zeist,
        # de secretaris, de burgemeester,'): short, or ending on a comma; no paragraph of the body.
        signed = all(len(b.text.split()) <= SIGNATURE_WORDS or b.text.rstrip().endswith(",") for b in lines[i + 1:])
        hit = _place_date_alone(ln, "signed_foreword_date") if signed else None
        if hit is not None:
            return hit
    return None


def kamer_imprint_year(ev: Evidence) -> DateHit | None:
    """The year of the Kamer's imprint under a Kamerstuk (``kst-36600-VII-2 ISSN 0921 - 7371 's-Gravenhage
    2024``): its colophon, which dates a memorie van toelichting that prints no ``Ontvangen`` or date of its
    own. Not the budget year in its title: the begroting 2025 is printed in 2024."""
    imprint = document_date_words()["kamer_imprint"]
    for page in ev.pages:
        m = imprint.search(page.text)
        if m is not None:
            return DateHit(m["year"], page.number, m.start("year"), m.end("year"), "kamer_imprint_year")
        if any((m := imprint.search(text)) is not None for text in page.raw.furniture):
            return DateHit(m["year"], page.number, -1, -1, "kamer_imprint_year")
    return None


# How many lines under its heading a colophon prints its place and date at most.
COLOPHON_LINES = 8


def colophon_section_date(ev: Evidence) -> DateHit | None:
    """A report's colophon under its heading on any page, also its last (``Colofon`` / ``Uitgave: Rechtbank
    Gelderland`` / ``Arnhem, juni 2024``): the date alone on one of its lines or fields, after a place or not."""
    rule = "colophon_section_date"
    hits = (_place_date_alone(b, rule) or _publisher_date(b) or _date_alone(b, rule)
            for p in _colophons(ev) for b in p if not _photo_credit(b))
    return next((hit for hit in hits if hit is not None), None)


def _photo_credit(ln: Line) -> bool:
    """A colophon's field that credits a picture (``Foto omslag: Olde Maten, juni 2024``): its month is the
    picture's."""
    labels = _alternatives(tuple(document_date_words()["photo_credit_labels"]))
    return re.match(rf"(?:{labels})\s*:", ln.text, re.IGNORECASE) is not None


def colophon_year(ev: Evidence) -> DateHit | None:
    """A report's colophon that prints only the year of its edition after the place (``Colofon`` / ``Den Haag,
    2025``), as a cover's year alone under the publisher dates an edition: a study or advice that prints no day
    or month; also the colophon on the page after a cover, under no heading (a series' note, ``© 2023 WODC.`` /
    ``Den Haag, 2023``). Not for budgets: the year they are for is no date of theirs."""
    after_cover = [printed_lines(ev.pages[1])] if len(ev.pages) > 1 and is_cover(ev.pages[0]) else []
    for parts in (*_colophons(ev), *after_cover):
        for below in parts:
            m = _cover_place().match(below.text)
            rest = below.text[m.end():].strip(" .") if m else ""
            if m and below.text[: m.end()].rstrip().endswith(",") and _YEAR.fullmatch(rest):
                at = below.start + below.text.index(rest, m.end())
                return DateHit(rest, below.page, at, at + len(rest), "colophon_year")
    return None


def _colophons(ev: Evidence) -> Iterator[tuple[Line, ...]]:
    """The lines of each colophon under its heading, in page order."""
    headings = {w.casefold() for w in document_date_words()["colophon_headings"]}
    for page in ev.pages:
        # A colophon's heading stands in its page's text: a page without it is not cut into lines and cells.
        if not has_colophon_heading(page, headings):
            continue
        lines = [ln for ln in printed_lines(page) if ln.text]
        for i, ln in enumerate(lines):
            # A cover's run-on colophon parts its fields by middle dots, as a leaflet's foot line does ('Colofon:
            # Gemeente Tilburg, team Water · Tilburg, november 2024 · Foto omslag: ...'): its place-date is a field.
            cells = _foot_cells(ln)
            run_on = _run_on_colophon(cells[0], headings)
            if cells[0].text.strip(" :").casefold() not in headings and not run_on:
                continue
            # A leaflet prints its colophon as one line of cells ('Colofon | Uitgave gemeente Ede, oktober 2025'),
            # a one-page infographic as sentences run on after 'Colofon:' ('... Bronnen: CBS. Utrecht, april 2024.'),
            # and the heading may open its first cell ('Colofon: uitgave van de gemeente Nijmegen | ...').
            parts = (*cells[1:], *(c for b in lines[i + 1: i + 1 + COLOPHON_LINES] for c in (b, *_foot_cells(b))))
            if run_on:
                head = _RUN_ON.match(cells[0].text)
                rest = cells[0].text[head.end():]
                after = Line(ln.page, cells[0].start + head.end(), cells[0].end, rest.strip())
                # A run-on line of several sentences is read by its sentences: its last comma may be a photo
                # credit's.
                parts = tuple(part for line in (after, *parts) for part in _line_or_sentences(line))
            yield parts
    if ev.pages and (imprint := _headless_colophon(ev.pages[-1])) is not None:
        yield imprint


def _headless_colophon(page: CleanPage) -> tuple[Line, ...] | None:
    """A colophon at the foot of the last page that lost its heading (the text layer ran ``Colofon`` into the table
    above it) or prints none: its lines from the imprint's field (``Uitgave: Gemeente Tilburg, team Onderzoek``) on,
    the page's last lines, down to its place and month (``Tilburg, april 2024``)."""
    labels = _alternatives(tuple(document_date_words()["imprint_labels"]))
    lines = [ln for ln in printed_lines(page) if ln.text][-COLOPHON_LINES:]
    at = next((i for i, ln in enumerate(lines) if re.match(rf"(?:{labels})\s*:", ln.text, re.IGNORECASE)), None)
    # Fields and a short place-date line only: an imprint over the text (a factsheet's head) opens no colophon.
    if at is None or not all(_FIELD.match(ln.text) or len(ln.text.split()) <= COLOPHON_LINE_WORDS for ln in lines[at:]):
        return None
    return tuple(lines[at:])


# A colophon's field ('Tekst en analyse: ...'), and how many words its place-date line has at most.
_FIELD = re.compile(r"^[^\W\d_][^:]{0,40}:\s")
COLOPHON_LINE_WORDS = 6


def _line_or_sentences(ln: Line) -> tuple[Line, ...]:
    """A line and its sentence, or only the sentences of a line of several."""
    sentences = _sentences(ln)
    return (ln, *sentences) if len(sentences) < 2 else tuple(sentences)


def has_colophon_heading(page: CleanPage, headings: set[str]) -> bool:
    """Whether a heading of ``headings`` (casefolded) stands anywhere in the page's text, as it does in each
    line of its colophon's first cell."""
    folded = page.text.casefold()
    return any(heading in folded for heading in headings)


# A run-on colophon's heading and the colon or dash after it ('Colofon: Uitgave ...', 'Colofon — Uitgave: ...').
_RUN_ON = re.compile(r"([^:—–]*?)\s*(?::|\s[—–-])\s*")


def _run_on_colophon(first: Line, headings: set[str]) -> bool:
    """``Colofon: Uitgave van de provincie ...``: the heading with a colon or a dash and the colophon's text after
    it."""
    m = _RUN_ON.match(first.text)
    return m is not None and bool(first.text[m.end():].strip()) and m.group(1).strip().casefold() in headings


def _sentences(ln: Line) -> list[Line]:
    """The sentences of a printed line, each a line of its own: a place-date line may close a run-on colophon."""
    return _pieces(ln, r"[^.]+(?:\.(?=\s|$))?|\.")


def _pieces(ln: Line, piece: str) -> list[Line]:
    """The stripped, non-empty matches of ``piece`` in the line, each a line keeping its place on the page."""
    out = []
    for m in re.finditer(piece, ln.text):
        text = m.group().strip()
        if text:
            at = m.start() + m.group().index(text)
            out.append(Line(ln.page, ln.start + at, ln.start + at + len(text), text))
    return out


def closing_adoption_date(ev: Evidence) -> DateHit | None:
    """A report that states its own adoption on its last page, where no page before dates it: the closing under its
    accounts (``Aldus opgemaakt door het bestuur te Oldenzaal op 24 april 2025.`` over the signers' names) or a
    sentence of its colophon that names the report as its title does (``Dit jaarverslag is vastgesteld door het
    bestuur op 23 april 2024.``): the day it was drawn up or adopted, not the year it reports on (ANNOTATING.md: a
    colophon on a report's last page dates it). The last such sentence, its date closing it; another document's date
    on that page does not count (an accountant's statement ``gedateerd 20 mei 2025``, the kascommissie's check, a
    sentence on another plan: ``Dit beleidsplan is op ... vastgesteld``). Its own organ's approval after the board's
    closing (``Goedgekeurd door de raad van toezicht in de vergadering van 12 juni 2023.``) is the last step of its
    adoption, which dates it as the last step a cover prints does (ANNOTATING.md); a higher body's is no such step."""
    if not ev.pages or not ev.lines:
        return None
    words = document_date_words()
    title = ev.lines[0].text.casefold()
    found = None
    for ln in (ln for ln in ev.lines if ln.page == ev.pages[-1].number):
        for sentence in _sentences(ln):
            hit = None
            if (m := words["signed_adoption"].match(sentence.text) or words["own_approval"].match(sentence.text)):
                hit = _date_after(sentence, m.start("date"), "closing_adoption")
            elif (m := words["self_adopted"].match(sentence.text)) is not None and _names_itself(sentence.text, title):
                hit = _date_after(sentence, m.start("date"), "closing_adoption")
            if hit is not None and not sentence.text[hit.end - sentence.start:].strip(" ."):
                found = hit
    return found


def _names_itself(sentence: str, title: str) -> bool:
    """Does the sentence's subject name the document as its title does (``Dit verslag`` under ``Jaarverslag 2023``)?"""
    m = re.match(r"(?:deze|dit)\s+([^\W\d_][\w-]*)", sentence, re.IGNORECASE)
    return m is not None and re.search(rf"{re.escape(m.group(1).casefold())}\b", title) is not None


def _publisher_date(ln: Line) -> DateHit | None:
    """A colophon's publisher and date (``Uitgave gemeente Ede, oktober 2025``): the date alone after the last comma."""
    at = ln.text.rfind(", ")
    if at < 0:
        return None
    hit = _date_after(ln, at + 2, "colophon_section_date", month=True)
    if hit is None or hit.start != ln.start + at + 2 or ln.text[hit.end - ln.start:].strip(" ."):
        return None
    return hit


def _place_date_alone(ln: Line, rule: str) -> DateHit | None:
    """The day or month date of a place-date line that is nothing else (``Den Haag, april 2024``)."""
    m = _place_date().match(ln.text)
    if m is None:
        return None
    hit = _date_after(ln, m.end(), rule, month=True)
    if hit is None or hit.start != ln.start + m.end() or ln.text[hit.end - ln.start:].strip(" ."):
        return None
    return hit


def place_date_opening(ev: Evidence) -> DateHit | None:
    """A place-date line among the first page's opening lines (``Den Haag, april 2024`` under an inventory
    list's title): a date the document prints for itself, as a letter's or a nota's."""
    for ln, _ in _opening(ev.pages[0]) if ev.pages else ():
        hit = _place_date_alone(ln, "place_date_opening")
        if hit is not None:
            return hit
    return None


# How many short lines a signer's block under a report's text may take above the place-date line under it.
SIGNER_LINES = 3


def place_date_under_signer(ev: Evidence) -> DateHit | None:
    """A report that ends with its place and day or month under its signer, its last line (``Namens de jury,`` /
    ``T. de Jong, voorzitter`` / ``Heerenveen, november 2024``): dated there, as one whose place-date stands over
    the signer is. The signer's block is a few short lines, one closing on a comma (the signing formula or the post);
    a place-date line right after the body's text signs nothing."""
    if not ev.lines or (hit := _place_date_alone(ev.lines[-1], "place_date_under_signer")) is None:
        return None
    above = [ln for ln in ev.lines[-1 - SIGNER_LINES: -1] if ln.page == ev.lines[-1].page]
    block = list(itertools.takewhile(lambda ln: len(ln.text.split()) <= SIGNATURE_WORDS, reversed(above)))
    return hit if any(ln.text.rstrip().endswith(",") for ln in block) else None


def _stamp_date(ev: Evidence, labels: tuple[str, ...], rule: str) -> DateHit | None:
    """A site's stamp anywhere on the pages, alone, as a cell of a data line or after a sentence:
    ``Geplaatst op 2 juli 2024`` under the story, ``Gepubliceerd op: 4 april 2024 | Laatst gewijzigd op: 8 april
    2024``."""
    # The clean stage may join a stamp in small print to the sentence above it.
    after = r"(?:^|\|\s*|(?<=[.!?])\s+)"
    label = re.compile(rf"{after}(?:{_alternatives(labels)})\s*:?\s*", re.IGNORECASE)
    for page in ev.pages:
        # The label's words stand in the page's text wherever one of its lines holds the label.
        if not literals.may_match(label, page.text):
            continue
        for ln in page_lines(page):
            for m in label.finditer(ln.text):
                hit = _date_after(ln, m.end(), rule)
                if hit is not None and _cover_place().fullmatch(ln.text[m.end(): hit.start - ln.start]):
                    return hit
    return None


def published_stamp_date(ev: Evidence) -> DateHit | None:
    return _stamp_date(ev, tuple(document_date_words()["published_labels"]), "published_stamp")


def changed_stamp_date(ev: Evidence) -> DateHit | None:
    """A web page that is no news (questions and answers, a product page) is dated by its last change."""
    return _stamp_date(ev, tuple(document_date_words()["changed_labels"]), "changed_stamp")
