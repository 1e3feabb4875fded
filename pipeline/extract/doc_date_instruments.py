"""Dates of decisions written as instruments and of agreements, which ``doc_date.py``'s letter rules do not read.

* ``instrument_adopted``/``instrument_title``/``instrument_signed``: a regulation or besluit written as an
  instrument (a considerans, ``gelet op ...``, and a dictum, ``besluit:``) is dated by its adoption,
  also where a gazette prints it (Gemeenteblad, Provinciaal blad, Waterschapsblad, Staatscourant, a CVDR
  print): its closing line (``Aldus vastgesteld in de vergadering van het dagelijks bestuur van 5 maart
  2024``, the ``adopted_in_meeting`` line of ``doc_date_meetings.py``), the day its title names
  (``Regeling van de Minister ...`` / ``van 27 maart 2024, nr. ...``) or the place-date line after its
  dictum, above the signers (``Rotterdam, 12 december 2024``; a Royal Decree's ``Soestdijk, 14 maart 1972`` under
  ``Hebben goedgevonden en verstaan:``), or its closing naming the place (``Aldus vastgesteld te
  Eindhoven op 14 november 2025``, an executive's instrument, signed, not adopted in a meeting); never the gazette's
  issue date in the running header, the entry into force or the proposal cited in the considerans
  (``tests/layouts/blind10/CONVENTIONS-decisions.md``: the gazette is only where it is printed). A beschikking
  written so and sent as a letter is dated so too where its head prints only a dispatch stamp (``VERZONDEN 25 MRT
  1993``): the stamp is days later than the signing (``signed_before_dispatch``).
* ``agreement_signed``/``agreement_signature_field``: an agreement is dated by its signing: the closing
  that states it (``Aldus overeengekomen en ondertekend te Hilversum op 25 januari 2023``), else the
  latest ``Datum`` of the signature fields under the closing, or of their place-date lines (``Assen, 4 juni
  2024`` beside ``Stadskanaal, 11 juni 2024``; parties signing on 3 and 11 June: the agreement exists from the
  last signature, whatever order the blocks are printed in), a digital signature's time stamp among them; a field
  left blank is no date. An unsigned draft, its date fields blank, is dated by the version line of its running
  head or footer (``CONCEPT — versie 3 — 12 januari 2024``), as a nota without a ``Datum`` is by its version.
* ``deed_passed``: a notarial deed is dated by the day its opening names (``Heden, den tweeëntwintigsten juni
  negentienhonderd vier en vijftig, verschenen voor mij, ...``), the date its closing refers to (``op den datum in het
  hoofd dezer akte vermeld``).
* ``judgment_given``: a court's judgment (``doc_type``'s ``overig_judgment``) is dated by the day it is
  given (``uitspraak van de enkelvoudige kamer van 12 maart 2024``, ``Datum uitspraak``, ``uitgesproken in
  het openbaar op``; an old one's ``uitgesproken ter openbare terechtzitting van Woensdag, den 8en April 1959``),
  never by the hearing, the contested decisions or the judgment under appeal it names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract import doc_literals as literals
from pipeline.extract.doc_date_cells import cell_date
from pipeline.extract.doc_date_forms import _date_after, digital_stamps
from pipeline.extract.doc_date_furniture import furniture_version_date
from pipeline.extract.doc_date_meetings import adopted_in_meeting_date
from pipeline.extract.doc_date_place_lines import _old_day_date_at, _place_date, closing_formula_date, place_date_line
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_kind_texts import adopted_annex
from pipeline.extract.doc_lines import DateHit, Line, _day_date_at, date_in_text
from pipeline.extract.doc_words import _alternatives, document_date_words, letter_words, other_words

# The opening lines that may hold an instrument's title (a gazette's masthead and the title's two lines).
TITLE_LINES = 8
# The lines a title may run on over.
TITLE_RUN = 3


def _dictum_at(ev: Evidence) -> int | None:
    """The index of an instrument's dictum line, after a considerans line; None for any other document. A gazette's
    text joins the body's name, the considerans and the dictum into one paragraph (``Gedeputeerde Staten ...,
    gelet op ...; besluiten:``): each may open a clause after ``;`` or ``,`` as well as a line."""
    words = document_date_words()
    considerans = False
    for i, ln in enumerate(ev.lines):
        text = ln.text.strip()
        m = words["instrument_considerans"].search(text)
        if m is not None:
            considerans = True
        if considerans and words["instrument_dictum"].search(text, m.end() if m is not None else 0):
            return i
    return None


def _closing_after_considerans(ev: Evidence) -> DateHit | None:
    considerans = document_date_words()["instrument_considerans"]
    at = next((i for i, ln in enumerate(ev.lines) if considerans.search(ln.text)), None)
    if at is None:
        return None
    hit = closing_formula_date(Evidence(pages=ev.pages, lines=ev.lines[at + 1:], header=None))
    return DateHit(hit.value, hit.page, hit.start, hit.end, "instrument_signed") if hit is not None else None


def written_as_instrument(ev: Evidence) -> bool:
    """A regulation or besluit written as an instrument: a considerans and, after it, a dictum."""
    return _dictum_at(ev) is not None


def instrument_date(ev: Evidence) -> DateHit | None:
    """A decision written as an instrument, dated by its adoption (see the module's docstring)."""
    dictum = _dictum_at(ev)
    # An order whose dictum is an act of its own, not 'besluit:' (a burgemeester's noodbevel: '... heeft op 16
    # december 2019 om 14.05 uur mondeling het volgende bevel gegeven:'), is dated by the formula closing it.
    if dictum is None:
        return _closing_after_considerans(ev)
    hit = adopted_in_meeting_date(ev)
    if hit is not None:
        return DateHit(hit.value, hit.page, hit.start, hit.end, "instrument_adopted")
    # A site may print its data and a table of the versions over the title (wetten.overheid.nl's
    # 'Wijzigingenoverzicht'): the title stands right above the body's name and the considerans too.
    return (_titled_date(ev.lines[: min(dictum, TITLE_LINES)])
            or _titled_date(ev.lines[max(TITLE_LINES, dictum - TITLE_LINES): dictum])
            or _signed_after(ev.lines[dictum + 1:]))


def signed_before_dispatch(ev: Evidence, hit: DateHit) -> DateHit | None:
    """A beschikking written as an instrument and sent as a letter, whose head dates only its dispatch by a stamp
    (``VERZONDEN 25 MRT 1993`` over the address, ``Amsterdam, 23 maart 1993`` under the dictum): dated as the
    instrument it is, by its signing; the stamp came days later and does not beat a letter's own date
    (ANNOTATING.md). So is a decision whose dictum closes a line of its own without a considerans before it
    (``Gedeputeerde Staten besluiten:``), by the place-date line where it is signed under it (``Ondertekening`` /
    ``Arnhem, 9 november 2021`` on its last page), and a letter by its own place-date line. None where ``hit`` is
    no such stamp's or the document has none of these."""
    if not dispatch_stamped(ev, hit):
        return None
    if (hit := instrument_date(ev)) is not None:
        return hit
    dictum = next((i for i, ln in enumerate(ev.lines) if _DICTUM_LINE.search(ln.text)), None)
    signed = _signed_after(ev.lines[dictum + 1:]) if dictum is not None else None
    # A letter's own place-date line beats the stamp as its Datum does (``ZWOLLE, 14 maart 1956.`` under the head),
    # and so does its Datum in a row of labels under the stamp (``Datum | Zaaknummer`` / ``12 juli 2022 | ...``).
    return signed or place_date_line(ev) or _own_cell_date(ev)


def dispatch_stamped(ev: Evidence, hit: DateHit) -> bool:
    """Is ``hit`` the date of a dispatch stamp (``VERZONDEN 25 MRT 1993``, ``AFSCHRIFT VERZONDEN 4 JUNI 1956``)?"""
    page = next((p for p in ev.pages if p.number == hit.page), None)
    if page is None or hit.start < 0:
        return False
    before = page.text[page.text.rfind("\n", 0, hit.start) + 1: hit.start]
    return document_date_words()["dispatch_stamp"].search(before) is not None


def _own_cell_date(ev: Evidence) -> DateHit | None:
    """The value of a head's date label that is no dispatch stamp (``Datum``, not ``VERZONDEN``)."""
    stamp = document_date_words()["dispatch_stamp"]
    own = tuple(w for w in letter_words().date_labels if stamp.search(w.upper()) is None)
    return cell_date(ev, own)


# A body's dictum closing its line ('Gedeputeerde Staten besluiten:', 'Het college besluit:').
_DICTUM_LINE = re.compile(r"(?:^|\s)besluit(?:en)?\s*:\s*$", re.IGNORECASE)


def _titled_date(opening: list[Line]) -> DateHit | None:
    """The day an instrument's title names, also where the title runs on over the next lines (``Regeling
    van de Minister van Landbouw, Natuur en`` / ``Voedselkwaliteit`` / ``van 27 maart 2024, nr. ...``)."""
    title = document_date_words()["instrument_title"]
    for i in range(len(opening)):
        joined, starts = "", []
        for ln in opening[i: i + TITLE_RUN]:
            before = len(joined) + 1 if joined else 0
            joined = f"{joined} {ln.text}" if joined else ln.text
            starts.append(before)
            m = title.match(joined)
            if m is not None and m.start("date") >= before:
                return _date_after(ln, m.start("date") - before, "instrument_title")
            if m is not None and (hit := _broken_date(opening[i: i + len(starts)], starts, m)) is not None:
                return hit
    return None


def _broken_date(lines: list[Line], starts: list[int], m: re.Match[str]) -> DateHit | None:
    """The title's day where the line breaks within it (``... van 26 augustus`` / ``2025, nr. 2025-011834, ...``):
    read where it starts, over the break, when the lines follow each other on the page."""
    k = max(n for n, at in enumerate(starts) if at <= m.start("date"))
    if any(b.page != a.page or b.start != a.end + 1 for a, b in zip(lines[k:], lines[k + 1:], strict=False)):
        return None
    return date_in_text(m["date"], lines[k].page, lines[k].start + m.start("date") - starts[k], "instrument_title")


def _signed_after(body: list[Line]) -> DateHit | None:
    """The first place-date line alone on its line after the dictum, or the closing that says where and when it
    was adopted (``Aldus vastgesteld te Eindhoven op 14 november 2025, om 21.30 uur``): where it was signed."""
    signed = document_date_words()["instrument_signed"]
    for ln in body:
        if (closing := signed.match(ln.text)) is not None:
            hit = _date_after(ln, closing.start("date"), "instrument_signed")
            if hit is not None:
                return hit
        m = _place_date().match(ln.text)
        if m is None:
            continue
        rest = Line(ln.page, ln.start + m.end(), ln.end, ln.text[m.end():])
        hit = _day_date_at(rest, "instrument_signed", "start")
        # A scan joins the signer's mark to the line (a Royal Decree's 'Soestdijk, 14 maart 1972 (get.) JULIANA').
        tail = rest.text[hit.end - rest.start:].strip(" .()") if hit is not None else ""
        if hit is not None and (not tail or letter_words().signatories.match(tail)):
            return hit
    return None


def agreement_date(ev: Evidence) -> DateHit | None:
    """An agreement's signing: the date its closing states, else the last date of its signature fields."""
    words = document_date_words()
    # A heading 'Ondertekening' may stand above the closing that states the signing ('Aldus overeengekomen te
    # Gouda op 31 mei 2022.'): each closing is read.
    closings = [i for i, ln in enumerate(ev.lines) if words["agreement_closing"].match(ln.text.strip())]
    if not closings:
        return None
    closing = closings[0]
    for at in closings:
        for ln in ev.lines[at: at + 2]:
            m = words["agreement_signed"].search(ln.text)
            if m is not None:
                hit = _date_after(ln, m.start("date"), "agreement_signed")
                if hit is not None:
                    return hit
    signatures = ev.lines[closing + 1:]
    hit = max((h for h in (_last_signature_field(signatures),
                           *_signature_margin_fields(ev, ev.lines[closing].page)) if h is not None),
              key=lambda h: h.value, default=None)
    # An unsigned draft (its date fields left blank) is dated by its version line, as a nota that prints no
    # date is; a version line printed in the running head or footer of every page is furniture.
    if hit is None and any(words["agreement_blank_field"].search(ln.text) for ln in signatures):
        return furniture_version_date(ev)
    return hit


# A signature block's place and date ('Stadskanaal, 11 juni 2024'), wherever the text layer put it among the blocks
# beside it: a capital word or two and a comma right before the date. A scan reads the apostrophe of
# ''s-Gravenhage' as an opening quote, as the place-date lines of letters take it. A party across the border writes
# its article before the date ('Gronau, den 11.06.2024', 'Visé, le 12.09.2023'), as an old Dutch letter did.
_SIGNING_PLACE = re.compile(r"(?:^|(?<=\s))[A-Z'‘’][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2},\s+(?:(?:den|le)\s+)?")


def _last_signature_field(lines: list[Line]) -> DateHit | None:
    """The latest date of the signature blocks under an agreement's closing, one per signing party: their ``Datum``
    fields, or their place-date lines (parties that sign each at their own seat, printed in any order); a party
    that signs digitally has its signature's time stamp there (``Datum: 2025.01.20 16:05:12 +01'00'``). The dates
    are read in any format (``14-02-2023``, ``16 februari 2023``)."""
    labels = document_date_words()["agreement_signature_labels"]
    label = re.compile(rf"(?:^|\||\s)\s*(?:{_alternatives(labels)})\s*:?\s*", re.IGNORECASE)
    dates = [hit for ln in lines for m in (*label.finditer(ln.text), *_SIGNING_PLACE.finditer(ln.text))
             if (hit := _date_after(ln, m.end(), "agreement_signature_field")) is not None
             and hit.start == ln.start + m.end()]
    dates += [hit for ln in lines for hit in digital_stamps(ln.page, ln.text, ln.start)]
    return max(dates, key=lambda h: h.value, default=None)


def _signature_margin_fields(ev: Evidence, page: int) -> list[DateHit]:
    """The dates of signature blocks a scan's text set apart as a margin column (a column of blocks at the right of
    the page: ``Datum`` / ``16 februari 2023``), on the closing's page and after it."""
    labels = {w.casefold() for w in document_date_words()["agreement_signature_labels"]}
    dates = []
    for p in ev.pages:
        for name, value in p.margin_fields if p.number >= page else ():
            at = p.text.rfind(value.strip()) if value.strip() else -1
            if name.strip().rstrip(":").casefold() in labels and at >= 0:
                line = Line(p.number, at, at + len(value.strip()), value.strip())
                hit = _day_date_at(line, "agreement_signature_field", "start")
                dates += [hit] if hit is not None and hit.end == line.end else []
    return dates


def judgment_date(ev: Evidence) -> DateHit | None:
    """The day a court's judgment is given, where its text pronounces it (a line break may split the phrase)."""
    if not any(literals.search(other_words().judgment_pronounced, page.text) for page in ev.pages):
        return None
    words = document_date_words()
    for page in ev.pages:
        for m in words["judgment_given"].finditer(page.text):
            hit = date_in_text(m["date"], page.number, m.start("date"), "judgment_given")
            if hit is not None:
                return hit
    # An old kantongerecht pronounced its judgment in a session named by its day, in an old letter's ordinal.
    for page in ev.pages:
        for m in words["judgment_given_in_session"].finditer(page.text):
            rest = Line(page.number, m.end(), min(len(page.text), m.end() + 40), page.text[m.end(): m.end() + 40])
            hit = _day_date_at(rest, "judgment_given", "start") or _old_day_date_at(rest, "judgment_given")
            if hit is not None:
                return hit
    return None


# The opening lines a deed's day may stand in (under its number, its name and 'AFSCHRIFT').
DEED_OPENING_LINES = 8


def deed_date(ev: Evidence) -> DateHit | None:
    """A notarial deed, dated by the day its opening names, written out (``Heden, den tweeëntwintigsten juni
    negentienhonderd vier en vijftig, verschenen voor mij, ... notaris``): its closing refers to it (``WAARVAN AKTE,
    ... op den datum in het hoofd dezer akte vermeld``). Not the council's decision it executes, nor the day the
    lease starts or the registry's stamp (``INGESCHREVEN TEN HYPOTHEEKKANTORE ... DEN 24 JUNI 1954``)."""
    words = document_date_words()
    if not any(words["deed_formula"].search(page.text) for page in ev.pages):
        return None
    for ln in ev.lines[:DEED_OPENING_LINES]:
        if (m := words["deed_opening"].match(ln.text)) is not None:
            rest = Line(ln.page, ln.start + m.end(), ln.end, ln.text[m.end():])
            if (hit := _day_date_at(rest, "deed_passed", "start")) is not None:
                return hit
    return None


def self_adopted_date(ev: Evidence) -> DateHit | None:
    """A guide or plan that states its own adoption in a sentence, its only date (``Deze schoolgids is vastgesteld
    door de directeur en heeft op 24 juni 2025 de instemming gekregen van de medezeggenschapsraad``): the day it
    was adopted or approved, as a cover's ``Vastgesteld ... op`` dates a report; not the day it takes effect
    (``... en treedt in werking op 1 augustus 2025``), nor the day of a sentence that names no adoption (``Dit plan
    is op 3 maart besproken``)."""
    return _stated_adoption(ev.lines)


def _stated_adoption(lines: list[Line]) -> DateHit | None:
    pattern = document_date_words()["self_adopted"]
    for ln in lines:
        # Most lines state no adoption: the cheap test first. A statement adopted in the college's meeting names its
        # day after 'van' ('Deze verklaring is vastgesteld in de vergadering van het college ... van 15 april 2025').
        if "op " not in ln.text and "vergadering van " not in ln.text:
            continue
        for m in pattern.finditer(ln.text):
            hit = date_in_text(m["date"], ln.page, ln.start + m.start("date"), "self_adopted")
            if hit is not None:
                return hit
    return None


def adopted_later(find: Callable[[Evidence], DateHit | None]) -> Callable[[Evidence], DateHit | None]:
    """``find``, unless its date is the head's and the head states the document's adoption on a later day (a
    version row of 18 november over ``Vastgesteld door het college van burgemeester en wethouders op 10 december
    2024``): a cover that prints the steps of its adoption dates it by the last (ANNOTATING.md). An adoption at
    a form's foot is another body's later act, no step its cover prints."""
    def last_step(ev: Evidence) -> DateHit | None:
        hit = find(ev)
        if hit is None or not ev.pages or hit.page != ev.pages[0].number:
            return hit
        head = [ln for ln in ev.lines[:document_date_words()["opening_lines"]] if ln.page == hit.page]
        adopted = _stated_adoption(head)
        return adopted if adopted is not None and adopted.value > hit.value else hit
    return last_step


def stated_adoption_date(ev: Evidence) -> DateHit | None:
    """A register or account that states its adoption in a sentence without a date and is signed under it, its
    place-date line right after the sentence giving the day (``Dit kohier, bevattende vierhonderd twaalf artikelen,
    ... is vastgesteld door Burgemeester en Wethouders van Zutphen.`` / ``Zutphen, den 12den Februari 1959.``): the
    adoption dates it, as a signed adoption does (``signed_adoption``). A higher body's approval signed under it
    (``Gezien en invorderbaar verklaard door Gedeputeerde Staten ...`` / ``Arnhem, den 3den Maart 1959.``) is a later
    step, which does not date it (ANNOTATING.md, ``tests/layouts/blind30/CONVENTIONS-taxes.md``)."""
    pattern = document_date_words()["stated_adoption"]
    for i, ln in enumerate(ev.lines):
        if "vastgesteld" not in ln.text:
            continue
        for m in pattern.finditer(ln.text):
            # The place-date line runs on after the sentence (a scan joins the lines) or stands on the next line.
            after = (Line(ln.page, ln.start + m.end(), ln.end, ln.text[m.end():]) if ln.text[m.end():].strip()
                     else ev.lines[i + 1] if i + 1 < len(ev.lines) else None)
            place = _place_date().match(after.text) if after is not None else None
            hit = _date_after(after, place.end(), "stated_adoption") if place is not None else None
            if hit is not None and hit.start == after.start + place.end():
                return hit
    return None


def adopted_annex_date(ev: Evidence) -> DateHit | None:
    """A part of a regulation printed alone is dated by the decision it says it belongs to, which adopted it
    (``Behorende bij het besluit van de raad van de gemeente Meppel van 7 november 2024``), not by its entry into
    force (``in werking met ingang van 1 januari 2025``)."""
    ln = adopted_annex(ev)
    return _day_date_at(ln, "adopted_annex") if ln is not None else None
