"""The document's own date in the layouts of real archives.

``document.py`` reads the date of the documents it was written for: a margin
``Datum``, ``Datum: 28 januari 2016``, ``Den Haag, 12 maart 2015``, a dateline.
Real PDFs add layouts that this module reads, each a named rule whose name
reaches ``doc_date_rule``:

* ``email_sent``: the date of the top message of an e-mail chain
  (``Verzonden: vrijdag 25 september 2020 15:14``, ``Sent: 9/25/2020 3:14 PM``; ``doc_date_mail.py``);
* ``meeting_date``: the meeting date of minutes and decision lists
  (``Datum vergadering 12 maart 2024``, ``Vastgesteld 16 januari 2024``; not the record of the
  meeting before that they adopt), and of a council proposal without a date label of its own
  (``Raadsvergadering: 12 maart 2024``);
* ``speech_delivered``: the day a speech was delivered, named in its head (``doc_date_meetings.py``);
* ``adopted_in_meeting``: a council decision's closing line, the meeting that adopted it
  (``Aldus vastgesteld in de openbare vergadering van ..., gehouden op 25 juni 2024``), also a college's
  besluit or letter without a head date (``Aldus besloten door het college ... in zijn vergadering van ...``);
* ``college_decision``: a council proposal's ``Collegebesluit  14 mei 2024``;
* ``version_furniture``: a version line in a report's footer on every page (``doc_date_furniture.py``);
* ``adopted_cell``: a report's adoption date as a field of its head (``Rapport vastgesteld``);
* ``datum_label_row``: a row of labels with the values on the next row, cells
  split by tabs or ``|`` (``Datum<TAB>Kenmerk`` / ``21.11.2024<TAB>D2024-118``);
* ``title_row_date``: a budget form's ``Datum`` in a row of labels under its title, before its adoption
  at the foot;
* ``datum_cell``/``place_date_cell``: fields printed side by side in the letter head
  (a council proposal's ``Raadsvergadering  Datum  Agendapunt`` row too),
  read from the word boxes (``doc_cells.py``) where the text has joined them: a row of
  labels over a row of values (``Uw brief   Datum   Ons kenmerk`` / ``12 mei 2020   28 mei
  2020   z2020-08456``), ``Ons kenmerk: 0123   Datum: 3 maart 2025``, a place-date at the
  right of the subject;
* ``datum_furniture``: a date label in a header or footer repeated on every page, which
  ingest keeps out of the text (``Datum 12 maart 2024   Kenmerk Z-24-1234   Pagina 1 van 2``);
* ``datum_label_loose``: a label with a word after it and the date below
  (``Datum document`` / ``21 november 2024``);
* ``received_stamp``: ``Ontvangen 12 maart 2024``, ``Datum ontvangst``, when the
  ``Datum`` field itself is empty; ``received_stamp_cell`` where OCR joined the stamp to
  the address line beside it;
* ``datum_label_below``: a stamp printed just above an empty ``Datum`` label;
* ``date_line``: a date alone on its line above the salutation (``12 maart 2024``
  over ``Geachte heer Bakker,``);
* ``place_month_line``, ``datum_label_month``, ``datum_bar_cell``, ``short_year_*``, ``margin_datum_lost_label``,
  ``signed_place_date``: the forms of ``doc_date_forms.py`` (a place-date line or a date label with only a
  month, a dated cell of a one-page letter's footer, two-digit years, a scan's margin date whose label is
  unreadable, a statement's place-date above its signature at its end);
* ``handed_in_date``, ``telex_message``, ``received_stamp``: what the post, the wire and the mail room put on a
  document (a telegram's handed-in day, a telex's message line, a received stamp), in ``doc_date_stamps.py``;
* ``kamervragen_ingediend``/``kamervragen_ingediend_cell``: when questions alone were asked, also
  in a row of labels (``Ingediend | Fractie | Uiterste datum beantwoording``);
* the rules of reports and covers: on the cover and title page in ``doc_date_covers.py``, ``title_page_date``
  (``versie 0.2 14-10-2025``), ``cover_date`` (``Zutphen, mei 2024``), ``cover_year``, ``version_date`` (a nota's
  ``Versie 0.9, 3 april 2024``), ``status_date`` (``Peildatum 1 januari 2024``); on the page after a cover, in a
  colophon and at a page's foot in ``doc_date_reports.py``, ``colophon_date`` (the page after a cover), with a web
  page's stamps; and the rules of news items: a news item's dateline or byline (or a
  press release's row of labels, ``datum_cell``, or place-date cell), ``news_relative_stamp`` (``Vandaag,
  10:15`` under a print line) and ``news_reported_meeting`` in ``doc_date_news.py``;
* a site's page that is no news, printed from a browser, by its publication or last change line first, an
  event's page without one undated, a petition by its ``Startdatum`` (``doc_date_web.py``).

The rules that read a date out of the head's cells and label rows (``adopted_cell``, ``datum_label_row``,
``title_row_date``, ``datum_cell``/``place_date_cell``, ``datum_label_loose``, ``received_stamp_cell``,
``datum_label_below``) live in ``doc_date_cells.py``; this module holds the dispatch.

Lists of incoming documents (by a ``Datum`` of their own, else the meeting they are for), inventory lists and
EU fiches are dated by their own rules only (``OWN_RULES_ONLY``): the dates in their tables are of other
documents. So are budgets and annual plans: the year in their title is the year they plan for.

``document_date`` tries the rules of the document's kind first, then those of
its type, then the general ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.doc_date_bulletins import bulletin_issue_date
from pipeline.extract.doc_date_cells import (
    adopted_cell_date,
    cell_date,
    cell_place_date,
    date_above_empty_label,
    label_row_date,
    loose_label_date,
    received_stamp_cell_date,
    report_cell_date,
    title_row_date,
)
from pipeline.extract.doc_date_covers import (
    cover_date,
    cover_year,
    received_title_page_date,
    status_date,
    title_page_date,
    title_page_year,
    titled_year,
    version_date,
)
from pipeline.extract.doc_date_filled_forms import form_submitted_date, signed_form_date
from pipeline.extract.doc_date_forms import (
    _date_after,
    bar_cell_date,
    digital_signature_date,
    month_label_date,
    place_month_line,
    pointed_signature_date,
    short_year_date,
    short_year_place_date,
    signed_place_date,
    version_table_date,
)
from pipeline.extract.doc_date_furniture import (
    furniture_version_date,
    imprint_date,
    imprint_sentence_date,
    running_head_date,
)
from pipeline.extract.doc_date_instruments import (
    adopted_annex_date,
    adopted_later,
    agreement_date,
    deed_date,
    dispatch_stamped,
    instrument_date,
    judgment_date,
    self_adopted_date,
    signed_before_dispatch,
    stated_adoption_date,
)
from pipeline.extract.doc_date_labels import labelled_date, margin_date, ocr_column_date, plain_labelled_date
from pipeline.extract.doc_date_lists import event_list, event_list_date
from pipeline.extract.doc_date_mail import email_sent_date
from pipeline.extract.doc_date_meetings import (
    adopted_by_body_date,
    adopted_in_meeting_date,
    agenda_date,
    event_programme,
    meeting_advice_date,
    meeting_agenda,
    meeting_date,
    meeting_held_date,
    record_closing_date,
    speech_date,
)
from pipeline.extract.doc_date_news import (
    NEWS_HEAD_LINES,
    issue_month,
    news_head_date,
    news_opening_date,
    news_overview,
    post_time_date,
    relative_stamp_date,
    reported_meeting_date,
)
from pipeline.extract.doc_date_place_lines import place_date_line
from pipeline.extract.doc_date_reports import (
    changed_stamp_date,
    closing_adoption_date,
    colophon_date,
    colophon_section_date,
    colophon_year,
    foot_imprint_date,
    foot_version_date,
    kamer_imprint_year,
    place_date_opening,
    place_date_under_signer,
    published_stamp_date,
    signed_foreword_date,
)
from pipeline.extract.doc_date_rules import DATE_RULES, date_line_in_head, report_year
from pipeline.extract.doc_date_scan_labels import column_top_margin_date, lost_label_margin_date, scanned_column_date
from pipeline.extract.doc_date_stamps import (
    handed_in_date,
    received_stamp_date,
    received_stamp_run_in_date,
    roman_month_misread,
    telex_message_date,
)
from pipeline.extract.doc_date_web import petition_opened_date, site_page, site_page_date, undated_page
from pipeline.extract.doc_evidence import Evidence, first_labelled_hit, salutation_index
from pipeline.extract.doc_kamervragen import asked_on_date, kamervragen_words
from pipeline.extract.doc_lines import HEADER_PAGES, DateHit, Line, _day_date_at, date_in_text
from pipeline.extract.doc_mail import chat_date, is_calendar_item, printed_mail_date
from pipeline.extract.doc_news_pages import paper_page_date
from pipeline.extract.doc_words import _alternatives, document_date_words, letter_words

# --------------------------------------------------------------------------
# Letters and forms


def furniture_date(ev: Evidence) -> DateHit | None:
    """A date label in a header or footer printed on every page (``Datum 12 maart 2024   Kenmerk
    Z-24-1234   Pagina 1 van 2``): ingest keeps such lines out of the text as page furniture, so
    the date has no place in the text (span -1)."""
    labels = _alternatives(letter_words().date_labels)
    label = re.compile(rf"(?:^|\s)(?:{labels})\s*:?\s+", re.IGNORECASE)
    for page in ev.pages:
        for text in page.raw.furniture:
            for m in label.finditer(text):
                hit = _day_date_at(Line(page.number, 0, len(text), text[m.end():]), "datum_furniture", "start")
                if hit is not None:
                    return DateHit(hit.value, page.number, -1, -1, hit.rule)
    return None


def letter_head_date(ev: Evidence) -> DateHit | None:
    """``letter_date`` with the letter's head first: a date field, label or place-date line of the first
    page; else a date label of the head's printed cells (``| Datum | 14 maart 2024``, which the text runs
    into the margin column or the subject); only then a date label further on. A Woo decision's released
    documents carry their own ``Datum`` fields on the later pages, an invitation prints the meeting's
    ``Datum`` in its body, and a qualified label (``Uw verzoek van 29 januari 2024``) dates something else."""
    later = None
    for find in (margin_date, plain_labelled_date, place_date_line):
        if (hit := find(ev)) is not None and _in_head(ev, hit, field=find is not place_date_line):
            return signed_before_dispatch(ev, hit) or roman_month_misread(ev, hit)
        later = later or hit
    return roman_month_misread(ev, (cell := cell_date(ev)) and signed_before_dispatch(ev, cell) or cell or later
                               or labelled_date(ev) or ocr_column_date(ev))


def _in_head(ev: Evidence, hit: DateHit, field: bool) -> bool:
    """Is the date on the first page, and a label's above the salutation (a margin column's text comes after
    the body: any place on the page)? A place-date line may stand above the signature."""
    if not ev.pages or hit.page != ev.pages[0].number:
        return False
    if not field or hit.rule.startswith("margin"):
        return True
    greeting = salutation_index(ev)
    return greeting is None or ev.lines[greeting].page != hit.page or hit.start < ev.lines[greeting].start


LETTER_FALLBACKS = (cell_date, label_row_date, handed_in_date, telex_message_date, loose_label_date, furniture_date,
                    bar_cell_date, cell_place_date, column_top_margin_date, received_stamp_date,
                    received_stamp_cell_date, date_above_empty_label, scanned_column_date, date_line_in_head,
                    place_month_line, month_label_date, short_year_date, short_year_place_date, form_submitted_date,
                    digital_signature_date)
# A received stamp dates a report's arrival at the one who stamped it, never the report (ANNOTATING.md): its place and
# month on the cover do ('Meppel, Juni 1963.' over 'INGEKOMEN 2 JULI 1963 PROV. GRIFFIE DRENTHE').
REPORT_FALLBACKS = tuple(f for f in LETTER_FALLBACKS if f not in (received_stamp_date, received_stamp_cell_date))


def letter_fallbacks(ev: Evidence) -> DateHit | None:
    return next((hit for find in LETTER_FALLBACKS if (hit := find(ev)) is not None), None)


def report_fallbacks(ev: Evidence) -> DateHit | None:
    return next((hit for find in REPORT_FALLBACKS if (hit := find(ev)) is not None), None)


def news_label_row_date(ev: Evidence) -> DateHit | None:
    """A press release dated in a row of cells under its heading: the value below its label
    (``Datum | Nummer | Contact`` / ``3 oktober 2024 | 2024-118 | Team Communicatie``), in the cells
    of the head or in its opening lines where the text joined the cells; or a place-date line as a
    cell beside the release's number (``Nr. 87/143 | 's-Gravenhage, 14 april 1987``)."""
    head = Evidence(pages=ev.pages, lines=ev.lines[:NEWS_HEAD_LINES], header=None)
    return cell_date(ev) or loose_label_date(head) or cell_place_date(ev)


def college_decision_date(ev: Evidence) -> DateHit | None:
    """A council proposal dated by the college's decision to propose it (``Collegebesluit  14 mei 2024``), never
    by the meetings of the council listed under it nor beside it: the label may head a column of the head's row of
    labels (``Datum collegebesluit | Agendapunt | Datum raadsvergadering`` over ``6 mei 2025 | 9 | 12 juni 2025``)."""
    labels = tuple(document_date_words()["proposal_date_labels"])
    return _label_date(ev, labels, "college_decision") or cell_date(ev, labels, "college_decision_cell")


def undispatched(find: Finder) -> Finder:
    """``find``, where its date is no dispatch stamp's (``AFSCHRIFT VERZONDEN 4 JUNI 1956`` under a council's decision,
    which a scan reads as a label opening its line): the document's own signing or adoption beats the stamp, as a
    letter's own date does (ANNOTATING.md); without one the rules after ``find`` have their turn."""
    def own(ev: Evidence) -> DateHit | None:
        hit = find(ev)
        return signed_before_dispatch(ev, hit) if hit is not None and dispatch_stamped(ev, hit) else hit
    return own


def unsigned(find: Finder) -> Finder:
    """``find``, where its date follows a title's words on the first page (``13e ALGEMENE VOLKSTELLING 31 MEI
    1960``) and the document is not signed at its end with a place-date line: a heading's date is the day of the
    event it names (a census, an election), where the official who signs an instruction for it dates it below."""
    def own(ev: Evidence) -> DateHit | None:
        hit = find(ev)
        if hit is None or hit.start < 0:
            return hit
        text = next((p.text for p in ev.pages if p.number == hit.page), "")
        line = text[text.rfind("\n", 0, hit.start) + 1: hit.start]
        titled = re.search(r"[^\W\d_]{2,}", line) is not None and not line.rstrip().endswith(",")
        signed = (signed_place_date(ev) or _place_date_over_signer(ev)) if titled else None
        return signed or hit
    return own


def _place_date_over_signer(ev: Evidence) -> DateHit | None:
    """A place-date line on the last page with the signer's post on the line under it (``Zwolle, 9 Mei 1960.`` over
    ``De Burgemeester van Zwolle,``), whatever small print follows the signature."""
    hit = place_date_line(ev)
    if hit is None or not ev.lines or hit.page != ev.lines[-1].page:
        return None
    at = next((k for k, ln in enumerate(ev.lines) if ln.page == hit.page and ln.start <= hit.start <= ln.end), None)
    below = ev.lines[at + 1].text if at is not None and at + 1 < len(ev.lines) else ""
    return hit if letter_words().signatories.match(below) else None


# --------------------------------------------------------------------------
# Kamervragen and a council's written questions


def _label_date(ev: Evidence, labels: tuple[str, ...], rule: str) -> DateHit | None:
    """The date after one of ``labels`` at the start of a line, or opening the next line."""
    return first_labelled_hit(ev, labels, lambda ln, at: _date_after(ln, at, rule),
                              lambda ln: _day_date_at(ln, rule, "start"))


def answer_date(ev: Evidence) -> DateHit | None:
    """The answers' own date where no Kamer header holds it: ``Antwoord van ... (ontvangen ...)``,
    an uitstelbericht's ``Mededeling van ... (ontvangen ...)``, ``Datum beantwoording: 12 maart 2024``."""
    words = kamervragen_words()
    for page in ev.pages[:HEADER_PAGES]:
        for pattern in (words.answer_header, words.notice_header):
            m = pattern.search(page.text)
            if m is not None and m["date"] is not None:
                hit = date_in_text(m["date"], page.number, m.start("date"), "kamervragen_ontvangen")
                if hit is not None:
                    return hit
    return _label_date(ev, words.answer_date_labels, "kamervragen_beantwoord")


def submitted_date(ev: Evidence) -> DateHit | None:
    """The date the questions were asked: ``(ingezonden 3 maart 2024)`` of the header, ``Ingediend: 3 mei 2024``, a
    post's ``op 3 oktober 2024 de volgende vragen ... gesteld``."""
    if ev.header is not None and ev.header.submitted is not None:
        return ev.header.submitted
    labels = kamervragen_words().submitted_date_labels
    # A council's form prints the label in a row of cells: 'Ingediend | Fractie | Uiterste datum beantwoording'.
    return (_label_date(ev, labels, "kamervragen_ingediend")
            or cell_date(ev, labels, "kamervragen_ingediend_cell") or asked_on_date(ev.pages))


# --------------------------------------------------------------------------


Finder = Callable[[Evidence], DateHit | None]

KIND_DATE_RULES: dict[str, tuple[Finder, ...]] = {
    "email": (email_sent_date, printed_mail_date),
    # A printed chat is dated by its messages, a speech by the day it was delivered.
    "overig": (chat_date, speech_date),
    # A newspaper's page printed whole is dated by the issue its running head names, before any item's dateline.
    "nieuwsbericht": (paper_page_date,),
    "verslag": (record_closing_date, meeting_date),
    # An official's report closing as a proces-verbaal does ('... die wij ondertekenden te Den Haag op ...'); a
    # report's date in the row of labels that date what it is about, under the label that names it.
    "rapport": (meeting_advice_date, record_closing_date, report_cell_date),
    "besluitenlijst": (meeting_date,), "nota": (meeting_advice_date,),
    # A council proposal is dated by its own label or place-date line (one written as a letter, 'Assen, 12
    # oktober 1982'), never by the meeting it is for (``Datum PM``, ``Raadsvergadering``: ANNOTATING.md); a
    # council decision (raadsbesluit) by the meeting that adopted it.
    # The college's decision before a label qualified otherwise, which may be a meeting's run into the head's line.
    "raadsvoorstel": (margin_date, undispatched(plain_labelled_date), label_row_date, cell_date, college_decision_date,
                      undispatched(labelled_date), adopted_in_meeting_date, place_date_line, adopted_annex_date),
    # A motie is dated by its own label, else the meeting it was filed at ('in vergadering bijeen op ...'); a
    # qualified label ('Datum stemming') dates what happened to it later.
    "motie": (margin_date, plain_labelled_date, label_row_date, cell_date, meeting_held_date, adopted_in_meeting_date,
              labelled_date, meeting_date),
    # The cover's date ('Versie 12 april 2024', 'Vastgesteld ... 7 november 2024') before the year it is for.
    # A budget or annual plan names the year it plans for, not a date of its own: without a printed
    # date it has none (as the real documents' annotators read 'Jaarplan 2024').
    # A begrotingswijziging of a joint body dates itself in a row of labels under its title (``Datum |
    # Kenmerk | Behandeling AB``, a document system's ``Documentdatum``): the head's cells. The date its
    # figures stand for ('Peildatum: 30 april 2024') is its date only where it prints no other. Such a row
    # under the title comes before a title-page label: a form prints its adoption at its foot, which dates
    # a change written as the council's decision when nothing else does.
    # An annual plan of one page may close with its place and month before its publisher's address, as a
    # leaflet's foot line does ('Hilversum, december 2025 · Regionaal Bureau Leerplicht, Oude Enghweg 31').
    # An association's budget for one day, typed and signed by its board under its place-date ('Opgemaakt te Veere, 20
    # januari 1981.' over the treasurer and the chairman), is dated there, as annual accounts signed so are.
    # A year plan's version history in its head dates it by its last version, as it dates a report's.
    "begroting": (adopted_later(title_row_date), title_page_date, adopted_later(version_table_date), cover_date,
                  colophon_date, signed_foreword_date, margin_date, labelled_date, cell_date, colophon_section_date,
                  furniture_version_date,
                  adopted_in_meeting_date, signed_place_date, foot_imprint_date, status_date, kamer_imprint_year),
    # Accounts and reports printed on letter paper carry its Datum field; a later page's, when a
    # scan garbled the first one's, comes before the year they account for. Without a date of their own
    # they are dated by that year, also where the cover prints it under the title ('Jaarstukken' / '2023').
    # A Kamer print's 'Ontvangen' on the first page and a colophon on the last page date it too, and a
    # place-date line above the signers at its end ('Ommen, 15 mei 1979' over 'Burgemeester en wethouders ...').
    # So does the adoption it states on its last page ('Aldus opgemaakt door het bestuur te Oldenzaal op ...').
    "jaarrekening": (title_page_date, adopted_later(version_table_date), cover_date, colophon_date,
                     signed_foreword_date, margin_date, cell_date, received_title_page_date, colophon_section_date,
                     furniture_version_date, kamer_imprint_year, signed_place_date, closing_adoption_date, report_year,
                     titled_year, cover_year),
    "jaarverslag": (title_page_date, adopted_later(version_table_date), cover_date, colophon_date,
                    signed_foreword_date, margin_date, cell_date, received_title_page_date, colophon_section_date,
                    furniture_version_date, kamer_imprint_year, signed_place_date, closing_adoption_date, report_year,
                    titled_year, cover_year),
    # A factsheet on letter paper is dated by its Datum field, else by its version line or colophon (a
    # version date at its foot, 'Utrecht, april 2024'), or a dashboard's 'Publicatiedatum' in its head; the date
    # of its figures only where it prints none.
    "factsheet": (margin_date, version_date, foot_version_date, colophon_section_date, imprint_date, foot_imprint_date,
                  imprint_sentence_date, adopted_cell_date, status_date),
    # A list's own date is its label or a place-date line under its title, as an inventory list's: the
    # meeting it is for is not its date (ANNOTATING.md), and its table dates the listed documents.
    "lijst_ingekomen_stukken": (margin_date, labelled_date, place_date_opening),
    # An inventory list's version line ('Versie 2, 9 oktober 2024') is a date it prints for itself.
    # So is a place-date line under its title ('Den Haag, april 2024').
    # So is a value under its 'Datum' in a row of labels under its title ('Zaaknummer | Datum | Behandeld door').
    # So is the day it was drawn up in such a row ('Opgemaakt | Opname | Versie' over '2 mei 2024 | 8 t/m 12 april').
    # Last, a title-page label over its table ('Opgemaakt: 3 april 1974' on a typed transfer list), or its place and
    # year alone ('Opgemaakt | Assen, 2019'); or where it was drawn up and signed at its end ('Opgemaakt: Goes,
    # 2 januari 1959' over the secretary's post and name).
    "inventarislijst": (margin_date, labelled_date, cell_date, adopted_cell_date, version_date, place_date_opening,
                        title_page_date, title_page_year, signed_place_date),
    # A BNC fiche dates the Commission's proposal ('Datum ontvangst Commissiedocument'), not itself:
    # the letter that sends it is dated.
    "eu_fiche": (),
}

# Kinds whose date comes from their own rules only: the general ones would read a date of the
# table or of another document, or, on a council proposal's cover, the meeting it goes to.
OWN_RULES_ONLY = frozenset({"lijst_ingekomen_stukken", "inventarislijst", "eu_fiche", "begroting", "raadsvoorstel"})

FALLBACK_RULES: dict[str, tuple[Finder, ...]] = {
    # A nota or proposal without a Datum field is dated by its version line.
    # A scan's margin column may have lost its Datum label: the last resort.
    # A decision printed as a besluit ('Aldus besloten door het college ... in zijn vergadering van ...').
    # A letter's received stamp that a scan ran into a line of the address, where nothing else dates it.
    "brief": (pointed_signature_date, letter_fallbacks, version_date, adopted_in_meeting_date, lost_label_margin_date,
              received_stamp_run_in_date),
    # A report's version history dates it by its last version.
    # A site's stamp is a label; a date alone on a cover line is read before it only as a guess.
    # The page after a cover holds a report's title page or colophon; a year alone on the cover or after the
    # colophon's place dates an edition; so does an imprint line, and a running head's date (doc_date_furniture.py).
    # A version line in the footer of each page dates it as it dates a budget (a visit's schedule, its version at its
    # foot: 'Programma ... · Versie 5 – 3 juni 2025 · pagina 1 van 2').
    # The date its figures stand for ('Peildatum 1 januari 2024') only where it prints no date of its own, not even
    # a year alone on its cover (ANNOTATING.md).
    # A statement with no date at its head is dated where it is signed, at its end: the last resort; also where the
    # place-date line stands under the signer.
    "overig": (adopted_later(version_table_date), letter_fallbacks, adopted_cell_date, title_page_date,
               self_adopted_date, stated_adoption_date, published_stamp_date, changed_stamp_date, unsigned(cover_date),
               colophon_date, colophon_section_date, cover_year, colophon_year, imprint_date, running_head_date,
               furniture_version_date, status_date, signed_place_date, place_date_under_signer),
    "jaarverslag": (title_page_date, cover_date, colophon_date),
    # A site may print the date under the story, a social post its time line under the post (X); a newsletter
    # dates its issue by the month or day of its issue line.
    # A press release on letter paper dates itself in the margin column.
    # A release that prints only the meeting it reports on is dated by it: the last resort.
    "nieuws": (news_opening_date, news_head_date, news_label_row_date, margin_date, published_stamp_date,
               relative_stamp_date, post_time_date, issue_month, reported_meeting_date),
    # Answers printed by a ministry or a college carry the date of a letter (a margin 'Datum', a label
    # row), also under a cover letter; the questions alone are dated by when they were asked.
    "kamervragen": (answer_date, margin_date, labelled_date, label_row_date, loose_label_date, cell_date,
                    place_date_line, submitted_date),
}

# A nota's template may print its version line at its foot, as a factsheet does: a letter's may print the
# template's own version, so only a nota is dated there, and last.
# A committee's report adopted in its meeting says so at its end ('Aldus vastgesteld in de vergadering van de commissie
# van ...'), its own adoption; a record's closing line is its later adoption, no date of the meeting it records.
# A bulletin of figures, last, by the day of its issue under its title ('Markt van Vrijdag 19 November 1965').
# An instruction or regulation of no kind of its own that prints no date but its closing, the meeting of the body that
# adopted it ('Aldus vastgesteld door Burgemeester en Wethouders ... in hunne vergadering van ...'), is dated by that
# meeting, after all else; a closing that names no body ('Aldus vastgesteld in de vergadering van ...') is the later
# meeting that adopted minutes or a handbook, no date of theirs.
KIND_FALLBACK_RULES: dict[str, tuple[Finder, ...]] = {"nota": (foot_version_date,),
                                                      "rapport": (adopted_in_meeting_date, bulletin_issue_date),
                                                      "overig": (adopted_by_body_date,)}


def document_date(ev: Evidence, doc_type: str, kind: str) -> DateHit | None:
    """The document's own date: the rules of its kind, of its type, then the general ones."""
    # An instrument, agreement, judgment or filled-in form of no kind of its own is dated by its adoption, signing or
    # pronouncement, never by a gazette's issue nor the dates a form asks for; a web form's summary by its submission
    # ('Datum en tijd van indienen'), which a row asking for a date ('Datum of periode van het datalek') does not beat.
    signed = ((judgment_date, instrument_date, agreement_date, deed_date, signed_form_date, form_submitted_date)
              if doc_type == "overig" else ())
    # A site's page that is no news by its publication or last change line; an event's or a consultation's page
    # without one has none.
    if site_page(ev, doc_type, kind):
        for find in (*signed, site_page_date, petition_opened_date):
            if (hit := find(ev)) is not None:
                return hit
        if undated_page(ev):
            return None
    if kind == "overig" and (meeting_agenda(ev) or event_programme(ev)):
        return agenda_date(ev)
    if kind == "overig" and event_list(ev):
        return event_list_date(ev)
    if doc_type == "nieuws" and news_overview(ev):
        return None
    # A calendar item is dated only by a sent line (a meeting request's): its agenda's dates are the meeting's.
    if kind == "email" and is_calendar_item(ev):
        return email_sent_date(ev)
    own = letter_head_date if doc_type == "brief" else DATE_RULES[doc_type]
    general = () if kind in OWN_RULES_ONLY else (*signed, own, *FALLBACK_RULES[doc_type])
    if kind == "rapport":
        general = tuple(report_fallbacks if find is letter_fallbacks else find for find in general)
    for find in (*KIND_DATE_RULES.get(kind, ()), *general, *KIND_FALLBACK_RULES.get(kind, ())):
        hit = find(ev)
        if hit is not None:
            return hit
    return None
