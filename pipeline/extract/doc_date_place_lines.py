"""The place-date line of a letter (``Den Haag, 12 maart 2015``) and the closing formula that takes its place.

The place and its comma (``_place_date``), the old ordinal day (``den 4den November 1955``), the signature or stamp
the text runs on after the line, and the row of labels a place may open: read by many layouts besides the letter's
own date, so apart from the date labels (``doc_date_labels.py``) and the table of ``doc_date_rules.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.dutch.date_grammar import date_words
from pipeline.dutch.dates import parse_date
from pipeline.extract.doc_date_foreign import foreign_place_date
from pipeline.extract.doc_evidence import Evidence, _labelled
from pipeline.extract.doc_lines import DateHit, Line, _day_date_at, date_in_text
from pipeline.extract.doc_words import _alternatives, document_date_words, letter_words, weekdays
from pipeline.resource_files import DocumentDatesFile


# Here and not among the date labels: the place-date line reads a row of labels after its place, and the labels'
# module builds on this one.
def _labels_only(text: str, also: tuple[str, ...] = ()) -> bool:
    """Whether ``text`` is nothing but labels of a letter's head (``Kenmerk Uw brief``), or ``also`` these."""
    rest = text
    while rest:
        value = _labelled(rest, (*letter_words().margin_labels, *also))
        if value is None or value == rest:
            return False
        rest = value
    return True


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
