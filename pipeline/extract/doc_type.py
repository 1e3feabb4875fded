"""``doc_type``: the first rule of ``DOC_TYPE_RULES`` that fires on the evidence.

Each rule takes the ``Evidence`` of a document and says whether it fires.
Structural evidence (a Kamervragen header, the annual-report questions,
salutation plus closing) is tried before wording (a report word in a
heading, a dateline, news wording). The signs of a letter are in
``doc_letter_signs.py``, those of news in ``doc_news_signs.py``; this module
keeps the Kamervragen, annual-report and other signs and the order of all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract import doc_literals as literals
from pipeline.extract.doc_date_instruments import written_as_instrument
from pipeline.extract.doc_date_news import periodical_issue
from pipeline.extract.doc_date_rules import gazette_date
from pipeline.extract.doc_deeds import rule_brief_deed_to_holder
from pipeline.extract.doc_evidence import Evidence, address_index, printed_from_site, salutation_index
from pipeline.extract.doc_kamervragen import kamervragen_words, label_segments
from pipeline.extract.doc_kind_words import _squeeze, kind_words
from pipeline.extract.doc_letter_signs import (
    rule_brief_address_block,
    rule_brief_addressed_and_signed,
    rule_brief_addressed_at_foot,
    rule_brief_instrument_addressed,
    rule_brief_margin_fields,
    rule_brief_memo_fields,
    rule_brief_named,
    rule_brief_opening_formula,
    rule_brief_salutation_and_closing,
)
from pipeline.extract.doc_lines import HEAD_LINES, is_heading, printed_lines
from pipeline.extract.doc_news import social_post
from pipeline.extract.doc_news_pages import rule_nieuws_paper_page
from pipeline.extract.doc_news_signs import (
    rule_nieuws_clipping,
    rule_nieuws_dateline,
    rule_nieuws_headline,
    rule_nieuws_label,
)
from pipeline.extract.doc_structure import (
    asks_account_questions,
    dated_and_greeted,
    report_cover,
    report_structure,
    signed_by_an_official,
    signed_by_members,
    signed_for_a_post,
)
from pipeline.extract.doc_title import subject_line
from pipeline.extract.doc_words import document_date_words, other_words, report_words

# --------------------------------------------------------------------------
# doc_type rules: each takes the evidence and says whether it fires


def rule_kamervragen_header(ev: Evidence) -> bool:
    """``Vragen van het lid ... (ingezonden ...)`` with questions after it, or ``Aanhangsel Handelingen``
    at the top. A letter may print the header as its opening paragraph and say no more of the questions
    than that their answers are late (an uitstelbericht on a ministry's paper): no question follows."""
    if ev.header is not None and sum(p.text.count("?") for p in ev.pages) > ev.header.title.count("?"):
        return True
    return any(kamervragen_words().markers.match(ln.text) for ln in ev.head)


def rule_kamervragen_notice(ev: Evidence) -> bool:
    """An uitstelbericht as the Aanhangsel prints it: ``Mededeling van minister X (ontvangen ...)`` opening a
    line of the head, also where the Aanhangsel's name stands only in the running header that the content
    lines leave out. A ministry's own uitstelbericht is a letter and prints no such heading."""
    notice = kamervragen_words().notice_header
    return any(notice.match(ln.text) for ln in ev.head)


def rule_kamervragen_numbered(ev: Evidence) -> bool:
    """Numbered questions with answers: ``Vraag 1`` ... ``Antwoord 1``, at least two questions; a
    municipality's form may leave the answers unnumbered (``Vraag 1: ...?`` / ``Antwoord: ...``). A label the
    clean stage ran onto the paragraph above it (``... opgelopen? Antwoord op vraag 1``) counts, as the
    questions are read (``label_segments``). A site's page of the public's questions (``Vragen en antwoorden
    energietoeslag 2023``, ``Veelgestelde vragen``) numbers them too, but nobody put them to an executive."""
    words = kamervragen_words()
    # Most documents answer nothing: without the answer's word no line or piece of one opens with its label.
    if not any(words.answer_word in ln.text for ln in ev.lines):
        return False
    titled = any(words.site_questions_title.match(ln.text) for ln in ev.lines[:HEAD_LINES])
    if titled and printed_from_site(ev, footer=True):
        return False
    lines = [seg for ln in ev.lines for seg in label_segments(ln)]
    questions = sum(1 for ln in lines if words.question_label.match(ln.text))
    answers = sum(1 for ln in lines if words.answer_label.match(ln.text) or words.bare_answer.match(ln.text))
    return questions >= 2 and answers >= 1


def rule_kamervragen_asked_by_letter(ev: Evidence) -> bool:
    """A council member's written questions sent as a letter to the college (``Onderwerp: vragen ex artikel 38
    Reglement van Orde inzake ...``, ``Geacht College,`` ... ``1. Is het bericht juist?``, signed): its subject
    names the questions, not their answers, and it asks two or more under their numbers. ANNOTATING.md makes a
    council member's written questions kamervragen whatever paper they are on; the college's letter that answers
    them names the answers in its subject (``Beantwoording ...``, ``uw vragen``). A news item that only tells of
    questions asked prints none of them under their numbers."""
    subject = subject_line(ev)
    words = kamervragen_words()
    # Without a subject line the title names them: a party's site posts its member's questions under their name
    # (``Schriftelijke vragen over sluiting huisartsenpost``, tests/layouts/blind13/CONVENTIONS-web.md).
    # A form of the griffie names them in its title above a field table whose subject row names the matter
    # ('# Schriftelijke vragen' over 'Onderwerp | Warmtetarieven ...'): the title counts beside the subject.
    # A party's letterhead (`Fractie ... - gemeenteraad ...`) may stand as a heading over the title, and a scan that
    # loses a field table's order may give the deadline's row as the subject: the second heading counts too.
    headings = [ln.text for ln in ev.lines[:HEAD_LINES] if is_heading(ln.text)]
    titles = [subject, *headings[:2]] if subject is not None else headings
    titles = [t for t in titles if not words.answering_subject.search(t)]
    if not any(p.match(t) for t in titles for kind, patterns in kind_words().titles if kind == "kamervragen"
               for p in patterns):
        return False
    return sum(1 for ln in ev.lines if words.numbered_question.match(ln.text)) >= 2


def rule_jaarverslag_sections(ev: Evidence) -> bool:
    """The questions of a programme account: ``Wat wilden we bereiken?``, ``Wat heeft het gekost?``."""
    return asks_account_questions(ev)


def rule_overig_council_document(ev: Evidence) -> bool:
    """A council document named in its first line (``Raadsvoorstel``, ``Motie``): a proposal with a
    subject and dates like a letter, but no letter. A ``raadsinformatiebrief`` is not listed: it is
    a letter of the college to the council and is typed by the letter rules."""
    return bool(ev.lines) and bool(other_words().council_document.match(ev.lines[0].text))


def rule_overig_gazette(ev: Evidence) -> bool:
    """The masthead of an official gazette (``Staatscourant``, ``Gemeenteblad``) with its issue number."""
    return gazette_date(ev) is not None


def rule_overig_agreement(ev: Evidence) -> bool:
    """An agreement: its parties named at its head (``Partijen``, ``De ondergetekenden:``) and a closing above
    the signatures (``Aldus overeengekomen ...``, a heading ``Ondertekening``), or the formula that opens its
    articles (``komen overeen als volgt:``): a model agreement annexed to a framework contract leaves its
    signatures blank and prints no closing. Its reference and dates are no letter's margin fields."""
    words = other_words()
    if not any(words.agreement_parties.match(ln.text.strip()) for ln in ev.lines[: words.agreement_head_lines]):
        return False
    closing = document_date_words()["agreement_closing"]
    return any(closing.match(ln.text.strip()) or words.agreement_formula.match(ln.text.strip()) for ln in ev.lines)


def rule_overig_judgment(ev: Evidence) -> bool:
    """A court's judgment: ``uitspraak`` in its head and the formula of its pronouncement (``in het openbaar
    uitgesproken op``). Its case number and ``Datum uitspraak`` are no letter's margin fields, and a court's
    letter (an invitation to a hearing) pronounces nothing. A body that settles a dispute between two parties
    without pronouncing in public (a huurcommissie) prints its ruling so too: titled ``Uitspraak``, dated by its
    ``Datum uitspraak``, addressed to no one (``tests/layouts/blind18/CONVENTIONS-housing.md``); a decision on an
    objection that calls itself an uitspraak (``Geachte mevrouw Smit,`` ... ``## Uitspraak``) is a letter."""
    words = other_words()
    head = ev.lines[:HEAD_LINES]
    if not any(literals.search(words.judgment_head, ln.text) for ln in head):
        return False
    if any(literals.search(words.judgment_pronounced, page.text) for page in ev.pages):
        return True
    return (any(words.ruling_title.match(ln.text) for ln in head) and any(
        words.ruling_date_label.match(ln.text) for ln in head)
        and salutation_index(ev) is None and address_index(ev) is None)


# How many printed lines of the first page an invoice's name may stand in (under the letterhead and the address).
INVOICE_TITLE_LINES = 16


def rule_overig_invoice(ev: Evidence) -> bool:
    """An invoice: named so in its head (``FACTUUR``, an old bill's ``N O T A``), the total of its amounts and how
    to pay it (``Te voldoen binnen 14 dagen``, ``onder vermelding van het factuurnummer``). A bill is no letter,
    though it has an address block, nor a nota to a board (``tests/layouts/blind11/CONVENTIONS-decisions.md``)."""
    words = other_words()
    # The total's line first: most documents have none, and it spares them the printed lines of the name's test.
    if not ev.pages or not any(words.invoice_total.match(ln.text) for ln in ev.lines):
        return False
    # The printed lines: the clean stage may join the name to the line under it ('NOTA voor door ons geleverd werk').
    opening = [ln for ln in printed_lines(ev.pages[0]) if ln.text][:INVOICE_TITLE_LINES]
    if not any(_squeeze(ln.text) in words.invoice_titles for ln in opening):
        return False
    return any(words.invoice_payment.search(page.text) for page in ev.pages)


# The number a supplier gives its offer after the name (``OFFERTE No. 63/117``, ``Prijsopgave nr. 2024-88``).
OFFER_NUMBER = re.compile(r"\s+(?:no|nr|nummer)\.?\s*\d[\d/.-]*$", re.IGNORECASE)


def rule_overig_priced_offer(ev: Evidence) -> bool:
    """A priced offer: named so alone in its head (``OFFERTE``), dated by its own field (``Offertedatum``) and
    totalling its prices (``Totaal exclusief btw``). ANNOTATING.md makes a priced offerte ``overig``, also when a
    contractor writes it to a named official with a salutation and a greeting; a letter that sends an offer
    names it in its subject (``Betreft: Offerte ...``) and is dated by its place-date line. An old offer numbers
    itself under its title instead of a date field (``OFFERTE No. 63/117``): the number makes it a document of its
    own, as the field does."""
    words = other_words()
    if not ev.pages or not any(words.invoice_total.match(ln.text) for ln in ev.lines):
        return False
    opening = [ln for ln in printed_lines(ev.pages[0]) if ln.text][:INVOICE_TITLE_LINES]
    numbered = any(OFFER_NUMBER.search(ln.text) and _squeeze(OFFER_NUMBER.sub("", ln.text)) in words.offer_titles
                   for ln in opening)
    return numbered or (any(_squeeze(ln.text) in words.offer_titles for ln in opening)
                        and any(words.offer_date_label.search(ln.text) for ln in opening))


def rule_overig_report_on_letter_paper(ev: Evidence) -> bool:
    """A report, advice, factsheet or budget on letter paper: the margin fields of a letter, but no
    sign of one, a heading that names it, and a part of a report (contents, summary, numbered
    sections, key figures). The name it gives itself settles its type (``doc_kind.py``)."""
    return rule_brief_margin_fields(ev) and report_structure(ev)


def rule_overig_report_build(ev: Evidence) -> bool:
    """A report built as one without letter paper: no sign of a letter, a heading that names it (also
    a title that calls it a letter: ``Brief aan de formateur``) and a part of a report. Tried last:
    wording and labels that tell another type come first. The name settles its kind (``doc_kind.py``)."""
    return report_structure(ev)


def rule_overig_report_cover(ev: Evidence) -> bool:
    """A report whose cover names it, its letter on a page after the cover (``doc_structure.report_cover``)."""
    return report_cover(ev)


def rule_overig_instrument(ev: Evidence) -> bool:
    """A decision written as an instrument (a considerans, then a dictum), unless it is addressed to the one whose
    case it decides, at its head or its foot with the address: that is a letter whatever its form (ANNOTATING.md),
    as a Hinderwet permit typed as a besluit and sent to the garage it permits. A budget's name overrides it
    (``overrides`` in ``resources/document/kinds.json``: a council's ``BEGROTINGSWIJZIGING No. 14`` is a budget)."""
    return written_as_instrument(ev) and not rule_brief_addressed_at_foot(ev)


def rule_jaarverslag_heading(ev: Evidence) -> bool:
    """A report word (``Jaarverslag 2018``, ``Burgerjaarverslag``) or ``Programma 3:`` in the opening
    headings; not in a heading *about* the report (``Rekenkameronderzoek naar de jaarrekening 2023``,
    ``Zienswijze op de jaarstukken``, ``Rapport bij het jaarverslag 2023``), which names it after a word of
    aboutness. A study may take the report's name as its title and say in a subtitle what it is (``Rekening
    van de jaarrekening`` / ``Onderzoek naar de jaarrekening 2023``, ``Leesbaarheid van de jaarstukken`` /
    ``Onderzoek naar de verantwoording over 2023``): an annual report never calls itself a study of one, so an
    opening heading about the report word, or one that names a study of anything, outweighs the others."""
    words = report_words()
    # A listing's row that the text joined into a short line ('2023-21 28-09-2023 ... jaarrekening') is no heading.
    headings = [ln.text for ln in ev.lines[:3] if is_heading(ln.text) and not ev.in_listing(ln)]
    if any(words.study_heading.match(h) for h in headings):
        return False
    named = [bool(words.about.search(h[: m.start()])) for h in headings for m in words.report_word.finditer(h)]
    return (bool(named) and not any(named)) or bool(
        headings and words.chapter_heading.match(headings[0]) and headings[0].startswith("Programma")
    )


# How many opening lines a notice's name may stand in (a body's name may head it: 'WATERSCHAP ...' / 'BEKENDMAKING').
NOTICE_TITLE_LINES = 2


def rule_overig_public_notice(ev: Evidence) -> bool:
    """A public notice: its name alone heading it (``BEKENDMAKING``, ``Openbare kennisgeving``) and the body that
    gives it signing at its foot (``Het Dagelijks Bestuur voornoemd,`` over its secretary and chairman). It makes
    a decision known to all (``maakt bekend, dat ...``), which news wording reads as a report; a news item names
    its story in its headline and nobody signs it."""
    titles = other_words().notice_titles
    if not any(_squeeze(ln.text) in titles for ln in ev.lines[:NOTICE_TITLE_LINES]):
        return False
    return signed_for_a_post(ev) or signed_by_members(ev) or signed_by_an_official(ev)


DOC_TYPE_RULES: tuple[tuple[str, str, Callable[[Evidence], bool]], ...] = (
    ("kamervragen_header", "kamervragen", rule_kamervragen_header),
    ("kamervragen_notice", "kamervragen", rule_kamervragen_notice),
    ("kamervragen_numbered", "kamervragen", rule_kamervragen_numbered),
    ("kamervragen_asked_by_letter", "kamervragen", rule_kamervragen_asked_by_letter),
    ("jaarverslag_sections", "jaarverslag", rule_jaarverslag_sections),
    ("overig_gazette", "overig", rule_overig_gazette),
    ("overig_council_document", "overig", rule_overig_council_document),
    # A report's cover before its letter page: the letter opens the report.
    ("overig_report_cover", "overig", rule_overig_report_cover),
    ("overig_agreement", "overig", rule_overig_agreement),
    ("overig_judgment", "overig", rule_overig_judgment),
    # A priced offer written to a named official: its name and its own date's field before the letter's signs.
    ("overig_priced_offer", "overig", rule_overig_priced_offer),
    ("brief_salutation_and_closing", "brief", rule_brief_salutation_and_closing),
    ("brief_address_block", "brief", rule_brief_address_block),
    ("overig_invoice", "overig", rule_overig_invoice),
    ("overig_report_on_letter_paper", "overig", rule_overig_report_on_letter_paper),
    ("brief_margin_fields", "brief", rule_brief_margin_fields),
    ("brief_memo_fields", "brief", rule_brief_memo_fields),
    ("brief_addressed_and_signed", "brief", rule_brief_addressed_and_signed),
    ("brief_dated_and_greeted", "brief", dated_and_greeted),
    # A press release labelled so is news, also when its headline names an annual report.
    ("nieuws_label", "nieuws", rule_nieuws_label),
    ("nieuws_clipping", "nieuws", rule_nieuws_clipping),
    # A newspaper's page printed whole under its running head (the municipality's page in the weekly).
    ("nieuws_paper_page", "nieuws", rule_nieuws_paper_page),
    ("jaarverslag_heading", "jaarverslag", rule_jaarverslag_heading),
    # A periodical's masthead with its issue line: a newsletter or staff magazine of several items.
    ("nieuws_issue", "nieuws", periodical_issue),
    ("nieuws_social_post", "nieuws", social_post),
    # A public notice signed by its body announces a decision: no report of one.
    ("overig_public_notice", "overig", rule_overig_public_notice),
    ("nieuws_dateline", "nieuws", rule_nieuws_dateline),
    # A decision written as an instrument (a burgemeester's noodverordening: 'overwegende dat ...; gelet op ...;
    # BESLUIT') reports nothing, whatever words of news its considerans uses ('de politie ... meldt dat').
    ("overig_instrument", "overig", rule_overig_instrument),
    ("brief_instrument_addressed", "brief", rule_brief_instrument_addressed),
    ("brief_deed_to_holder", "brief", rule_brief_deed_to_holder),
    ("nieuws_headline", "nieuws", rule_nieuws_headline),
    # An old letter without a modern letter's signs, before the build of a report that its pages may show.
    ("brief_named", "brief", rule_brief_named),
    ("brief_opening_formula", "brief", rule_brief_opening_formula),
    ("brief_addressed_at_foot", "brief", rule_brief_addressed_at_foot),
    ("overig_report_build", "overig", rule_overig_report_build),
)


def classify(ev: Evidence) -> tuple[str, str]:
    """(doc_type, rule): the first rule of ``DOC_TYPE_RULES`` that fires, else ``overig``/``default``."""
    for name, doc_type, rule in DOC_TYPE_RULES:
        if rule(ev):
            return doc_type, name
    return "overig", "default"


DOC_TYPES = ("brief", "kamervragen", "jaarverslag", "nieuws", "overig")
