"""``doc_type``: the first rule of ``DOC_TYPE_RULES`` that fires on the evidence.

Each rule takes the ``Evidence`` of a document and says whether it fires.
Structural evidence (a Kamervragen header, the annual-report questions,
salutation plus closing) is tried before wording (a report word in a
heading, a dateline, news wording).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pipeline.extract import doc_literals as literals
from pipeline.extract.doc_date_forms import form_submitted_date
from pipeline.extract.doc_date_instruments import written_as_instrument
from pipeline.extract.doc_date_news import periodical_issue
from pipeline.extract.doc_date_rules import date_alone, gazette_date, news_date
from pipeline.extract.doc_deeds import rule_brief_deed_to_holder
from pipeline.extract.doc_evidence import (
    Evidence,
    address_index,
    closing_index,
    margin_labels_found,
    printed_from_site,
    salutation_index,
)
from pipeline.extract.doc_kamervragen import kamervragen_words, label_segments
from pipeline.extract.doc_kind_words import _squeeze, is_memo_title, kind_words
from pipeline.extract.doc_lines import (
    HEAD_LINES,
    MAX_HEADING_WORDS,
    Line,
    is_boilerplate,
    is_heading,
    page_lines,
    printed_lines,
)
from pipeline.extract.doc_news import clipping_stamp, news_label, social_post
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
from pipeline.extract.doc_words import (
    _alternatives,
    document_date_words,
    letter_words,
    news_words,
    other_words,
    report_words,
)
from pipeline.gazetteer import lookup
from pipeline.woonplaatsen import place_index

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
    headings = [ln.text for ln in ev.lines[:HEAD_LINES] if is_heading(ln.text)]
    titles = [subject, *headings[:1]] if subject is not None else headings
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


def rule_overig_priced_offer(ev: Evidence) -> bool:
    """A priced offer: named so alone in its head (``OFFERTE``), dated by its own field (``Offertedatum``) and
    totalling its prices (``Totaal exclusief btw``). ANNOTATING.md makes a priced offerte ``overig``, also when a
    contractor writes it to a named official with a salutation and a greeting; a letter that sends an offer
    names it in its subject (``Betreft: Offerte ...``) and is dated by its place-date line."""
    words = other_words()
    if not ev.pages or not any(words.invoice_total.match(ln.text) for ln in ev.lines):
        return False
    opening = [ln for ln in printed_lines(ev.pages[0]) if ln.text][:INVOICE_TITLE_LINES]
    return (any(_squeeze(ln.text) in words.offer_titles for ln in opening)
            and any(words.offer_date_label.search(ln.text) for ln in opening))


def rule_brief_salutation_and_closing(ev: Evidence) -> bool:
    """``Geachte ...,`` and, after it, ``Hoogachtend,`` / ``Met vriendelijke groet,``."""
    s, c = salutation_index(ev), closing_index(ev)
    return s is not None and c is not None and c > s


def rule_brief_address_block(ev: Evidence) -> bool:
    """An address block (``Postbus``, postcode and city) at the top, and a salutation, a closing
    or the signature of a post at the end (``De minister van Binnenlandse Zaken en
    Koninkrijksrelaties,`` over the name: a Kamerbrief has neither salutation nor closing). A decision
    that names itself in the head (``Beschikking ...``) is a letter by the addressee's address alone, also
    in a row of its field table: a decision on one named addressee's case is a letter whatever its form
    (ANNOTATING.md); a published decision prints no addressee's address."""
    words = letter_words()
    # A decision sent to the addressee names itself in the head, a form with no salutation or signature (an
    # 'Aanslagbiljet ... en WOZ-beschikking'): a letter to a named addressee whatever its layout.
    decision = any(words.addressed_decisions.match(ln.text) for ln in ev.lines[:HEAD_LINES])
    if address_index(ev) is None:
        # Such a form may give the addressee's address in a row of its field table instead of a block
        # ('Adres | Kruiskamp 14, 3815 KB Amersfoort' under 'Beschikking Persoonlijk Plan Inburgering'), or, printed
        # before postcodes, as the name over the street and the place in capitals ('Den Heer G. van Zetten' /
        # 'Waalbandijk 12' / 'OPHEMERT' on a 1964 aanslagbiljet of a polder, signed by its Ontvanger's stamp).
        # A long address wraps in its cell, its postcode on the line under the row ('Adres | Opvanglocatie
        # Heyendaal, kamer 2.14,' / 'Heyendaalseweg 135, 6525 AJ Nijmegen').
        head = ev.lines[:HEAD_LINES]
        rows = [f"{ln.text} {head[i + 1].text}" if i + 1 < len(head) else ln.text for i, ln in enumerate(head)]
        return decision and (any(words.addressee_address_row.match(t) for t in rows) or any(
            words.head_addressee.match(ln.text) and _address_under(head[i + 1: i + 1 + HEAD_ADDRESS_LINES])
            for i, ln in enumerate(head)))
    return (salutation_index(ev) is not None or closing_index(ev) is not None or signed_for_a_post(ev)
            or decision)


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


def rule_brief_margin_fields(ev: Evidence) -> bool:
    """Two or more letter margin fields, one of them a date or a reference (``Datum``, ``Ons kenmerk``),
    and no news label (``Persbericht``) at the top."""
    found = margin_labels_found(ev)
    words = letter_words()
    key = {w.casefold() for w in (*words.date_labels, *words.reference_labels)}
    # A press release printed on letter paper names itself so in its opening lines (a letter with a
    # salutation and closing was typed before this rule); a site's page printed from a browser (a web form's
    # summary with its 'Datum' and 'Onderwerp' rows) is no letter paper, nor is such a summary whose print lost the
    # site's address: it states when it was submitted ('Datum en tijd van indienen'), where a letter is sent.
    return (len(found) >= 2 and bool(found & key) and not rule_nieuws_label(ev) and not printed_from_site(ev)
            and form_submitted_date(ev) is None)


def rule_brief_memo_fields(ev: Evidence) -> bool:
    """A memo's head: a sender and an addressee field among the opening lines (``Van:``, ``Aan:``) under the
    memo's own name (``Memo``, ``INTERNE MEMO``, ``Dienstnota``, also ending the letterhead's line) or over a
    dated ``Datum:`` line; under its name a memo may sign for its sender at its end instead (a ``DIENSTBRIEF``
    signed ``De Hoofdopzichter,`` over the name). Its subject may run longer than a margin label's line
    (``Onderwerp: Reactie op e-mail van 28 augustus 2024 over ...``), so the margin rule may miss it. An internal
    memo that names itself is a letter also when it prints no date, or a place-date line for one. An e-mail
    header has such fields too; its kind overrides the type (``doc_kind.py``)."""
    head = [ln.text for ln in ev.lines[:HEAD_LINES]]
    # A scan may read a numeral I as a pipe ('Aan: de hoofden van de buitendiensten | t/m IV'): the field then
    # looks like a site's navigation, which the content lines leave out, but it stands among the page's lines.
    if ev.pages:
        head += [t for t in [ln.text for ln in page_lines(ev.pages[0]) if ln.text][:HEAD_LINES] if is_boilerplate(t)]
    # Most heads have no addressee field, not even in a titled memo's looser form (no colon needed), which takes
    # in every untitled one: those are done before the memo's name is looked for.
    if not any(_memo_field_patterns(True)[1].match(t) for t in head):
        return False
    # The letterhead's line is read too: the clean stage may leave it out of the lines as boilerplate.
    opening = [ln.text for ln in page_lines(ev.pages[0]) if ln.text][: kind_words().opening_lines] if ev.pages else []
    titled = any(is_memo_title(t) for t in opening)
    sender, addressee, dated = _memo_field_patterns(titled)
    if not any(addressee.match(t) for t in head):
        return False
    # A typed service letter ('DIENSTBRIEF') names its sender where it signs: the post and the name under it.
    if not (any(sender.match(t) for t in head) or (titled and signed_by_an_official(ev))):
        return False
    # Without the memo's name, Van/Aan/Onderwerp is also an e-mail never sent (a draft): it needs its date.
    return titled or any(dated.match(t) and re.search(r"\d", t) for t in head)


@lru_cache(maxsize=2)
def _memo_field_patterns(titled: bool) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The sender, addressee and date fields of a memo's head. Under the memo's name a table may print them in
    rows without the colon (``Aan   Teamleiders wijkteams``); without it, ``Van de raad ...`` opens a sentence."""
    words = letter_words()
    separator = r"(?:\s*:\s*|\s+)\S" if titled else r"\s*:\s*\S"

    def field(labels: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(rf"^(?:{_alternatives(labels)}){separator}", re.IGNORECASE)

    return field(words.memo_sender_labels), field(words.memo_addressee_labels), field(words.date_labels)


def rule_brief_addressed_and_signed(ev: Evidence) -> bool:
    """An addressee line in the head (``Aan de Koning``, ``Aan de minister van ...``), or the opening
    paragraph addressing its addressee (``heeft Uwe Majesteit ... aanhangig gemaakt``, as the Raad van
    State's advice to the King prints it without the line), and the signature of a post at the end
    (``De vice-president van de Raad van State,``): a letter without salutation, closing or address
    block, as advisory bodies and ministries send them. A memo's ``Aan:`` is a field, not this line."""
    words = letter_words()
    head = [ln.text for ln in ev.lines[:HEAD_LINES]]
    addressed = any(t.casefold().startswith("aan ") and words.addressee_prefix.match(t)
                    and len(t.split()) <= MAX_HEADING_WORDS for t in head)
    # The first paragraph of prose, also when its lines are printed one by one.
    opening = [t for t in paragraphs(ev.lines[:HEAD_LINES]) if len(t.split()) > MAX_HEADING_WORDS][:1]
    signed = signed_for_a_post(ev) or signed_by_an_official(ev)
    return (addressed or any(words.forms_of_address.search(t) for t in opening)) and signed


def rule_brief_named(ev: Evidence) -> bool:
    """A short opening line that calls the document by a letter's form (``Circulaire No. 1947/112``,
    ``AANMANING``, ``TELEGRAM``, a telex's start signal ``ZCZC``): a message to a named addressee, a letter
    whatever it calls itself (ANNOTATING.md), though an old one carries none of a modern letter's signs (a
    telegram's addressee and signer in capitals, a tax office's form without salutation)."""
    names = letter_words().letter_names
    return any(names.match(ln.text) and len(ln.text.split()) <= MAX_HEADING_WORDS
               for ln in ev.lines[: kind_words().opening_lines])


def rule_brief_opening_formula(ev: Evidence) -> bool:
    """The first paragraphs of prose speak to the addressee with an old letter's formula where a modern letter
    has its salutation: ``Het Bestuur ... heeft de eer U in kennis te stellen``, an invitation card's ``hebben
    de eer U uit te nodigen``, the burgemeester's convocation ``noodigt de Leden van den Raad uit tot het
    bijwonen eener openbare vergadering``. A report or a news item speaks of its readers, not to them so. The
    formula opens the text under the letterhead, the addressee and the subject: only the head is read."""
    openings = letter_words().letter_openings
    return any(literals.search(p, t) for t in paragraphs(ev.lines[:HEAD_LINES]) for p in openings)


# How many of the last lines an addressee printed at the foot may stand in (its address under it).
FOOT_ADDRESSEE_LINES = 6
# How many lines of a copy list, its head first, name the one concerned among the first copies.
COPY_LIST_LINES = 3


def rule_brief_addressed_at_foot(ev: Evidence) -> bool:
    """The addressee printed at the foot, under the signature, with the address under it (``Aan de heer G.J.
    Wolterink,`` / ``Wehlseweg 22,`` / ``DOETINCHEM.``), as old letters and the beschikkingen sent to the applicant
    print it: a decision on one named addressee's case is a letter whatever form it takes (a permit typed as a
    besluit: ``B E S L U I T E N :``). Only where the document is signed above it. Such a decision may print
    the addressee at its head instead, as a field with the address under it (``Aan: Autobedrijf Gebr. Wolters
    B.V.`` / ``Arnhemseweg 301`` / ``APELDOORN``, a 1979 Hinderwet permit): a memo's ``Aan:`` names a post or a
    team, never an address. So does an old letter, which has no postcode to make an address block of it (``Aan
    de heer W.F. Schouten,`` / ``Oranje Nassaulaan 22,`` / ``DEN HAAG.``, ``Weledele heer J.H. Smit,`` over the
    street and ``MEPPEL``), signed by a post or by an office over the signer's name (``De Ambtenaar van de
    Burgerlijke Stand,`` / ``(J. van der Meulen)``). A decision on one person's case may name him at its foot only as
    the one concerned, to whom a copy goes (``Afschrift aan: betrokkene; Pensioenfonds ABP``, a 1983 dismissal of an
    employee typed as a besluit): it is sent to him, a letter as well, also when the copies are listed one a line
    under their head (``Afschrift aan:`` / ``1. belanghebbende;`` / ``2. de Gemeente-Ontvanger;``)."""
    words = letter_words()
    start = max(0, len(ev.lines) - FOOT_ADDRESSEE_LINES)
    for i in range(start, len(ev.lines)):
        text = ev.lines[i].text
        if text.rstrip().endswith(":"):
            text = " ".join(ln.text for ln in ev.lines[i: i + COPY_LIST_LINES])
        if words.copy_to_concerned.match(text):
            return signed_for_a_post(Evidence(pages=ev.pages, lines=ev.lines[:i], header=ev.header))
        if i + 1 < len(ev.lines) and words.foot_addressee.match(ev.lines[i].text) and any(
                words.foot_address.match(ln.text.strip()) for ln in ev.lines[i + 1: i + 4]):
            return signed_for_a_post(Evidence(pages=ev.pages, lines=ev.lines[:i], header=ev.header))
    head = ev.lines[:HEAD_LINES]
    return any((words.addressee_field.match(ln.text) or words.head_addressee.match(ln.text)
                or _addressee_at_end(ln.text))
               and _address_under(head[i + 1: i + 1 + HEAD_ADDRESS_LINES])
               for i, ln in enumerate(head)) and (signed_for_a_post(ev) or signed_by_an_official(ev))


def rule_overig_instrument(ev: Evidence) -> bool:
    """A decision written as an instrument (a considerans, then a dictum), unless it is addressed to the one whose
    case it decides, at its head or its foot with the address: that is a letter whatever its form (ANNOTATING.md),
    as a Hinderwet permit typed as a besluit and sent to the garage it permits. A budget's name overrides it
    (``overrides`` in ``resources/document/kinds.json``: a council's ``BEGROTINGSWIJZIGING No. 14`` is a budget)."""
    return written_as_instrument(ev) and not rule_brief_addressed_at_foot(ev)


def rule_brief_instrument_addressed(ev: Evidence) -> bool:
    """A decision written as an instrument and addressed to the one whose case it decides (a Drankwet permit of 1958
    typed as a besluit, ``Afschrift aan: verzoeker; ...``): a letter (ANNOTATING.md), whatever words of news its
    considerans uses, as the instrument's own rule reads them for one addressed to no one."""
    return written_as_instrument(ev) and rule_brief_addressed_at_foot(ev)


# How many lines under an addressee field of the head its address may take (the street, the postcode and place).
HEAD_ADDRESS_LINES = 3


def _addressee_at_end(text: str) -> bool:
    """The addressee the text layer ran onto the end of the sender's line above (``Havenkantoor · Havendam 2 · ...
    havens@harderwijk.nl De heer T.W. Blom``): a name of a few words after the title, nothing else."""
    return any(letter_words().head_addressee.match(text[m.end():]) and len(text[m.end():].split()) <= ADDRESSEE_WORDS
               for m in re.finditer(r"\s(?=(?:De|Aan)\s)", text))


# The most words of an addressee's line ('Aan de heer mr. J.P. van der Linden').
ADDRESSEE_WORDS = 7


def _address_under(lines: list[Line]) -> bool:
    """A street with its number and the place under it (in capitals or after the postcode)."""
    address = letter_words().foot_address
    return len(lines) >= 2 and bool(re.search(r"\d", lines[0].text)) and all(
        address.match(ln.text.strip()) for ln in lines[:2])


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


# How many lines under the headline the lead of a news item starts within (a byline, a photo caption first).
NEWS_LEAD_LINES = 4
# A clipping on an archive sheet puts more headings over its lead: the sheet's header, the paper's stamp, the
# headline and the subtitle.
CLIPPING_HEAD_LINES = 8


def rule_nieuws_dateline(ev: Evidence) -> bool:
    """A dateline opening an early paragraph: ``DEN HAAG, 3 mei 2016 -``; or, under a headline, the place in
    capitals and a dash opening the lead (``ZIERIKZEE - De gemeenteraad ...``), as a newspaper prints it with
    the issue's date at the head of the page."""
    hit = news_date(ev)
    if hit is not None and hit.rule == "news_dateline":
        return True
    if not ev.lines or not is_heading(ev.lines[0].text) or address_index(ev) is not None:
        return False
    lead = next((t for t in paragraphs(ev.lines[1:NEWS_LEAD_LINES]) if len(t.split()) > MAX_HEADING_WORDS), None)
    if lead is None:
        # Only headings over the lead: a clipping's archive header and stamp over the headline.
        body = next((i for i, ln in enumerate(ev.lines[:CLIPPING_HEAD_LINES]) if not is_heading(ln.text)), None)
        lead = ev.lines[body].text if body is not None else None
    m = news_words().place_dateline.match(lead) if lead is not None else None
    # A place, not an abbreviation in capitals ('OZB - De onroerendezaakbelasting ...').
    return m is not None and (bool(place_index().candidates(m["place"])) or lookup(m["place"]) is not None)


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


def rule_nieuws_clipping(ev: Evidence) -> bool:
    """A clipping service's stamp over the cutting (``KNIPSELDIENST ...``): a clipping is news."""
    return bool(clipping_stamp(ev))


def rule_nieuws_label(ev: Evidence) -> bool:
    """A press-release or news label at the top: ``Persbericht``, ``Nieuwsbericht | 03-05-2016``."""
    return news_label(ev) is not None


# News puts its reporting in the lead: how many prose paragraphs the news wording is looked for in.
NEWS_LEAD_PARAGRAPHS = 6


def rule_nieuws_headline(ev: Evidence) -> bool:
    """A headline over prose, no letter head, and the wording of news in the lead (``aldus``,
    ``deze week``, reported speech: ``”, vertelt ...``, ``laat ... weten``). A long report or
    budget uses such words somewhere too; a news item uses them in its first paragraphs."""
    # A site or a press office may print the date above the headline.
    lines = ev.lines[1:] if ev.lines and date_alone(ev.lines[0], "news_date_line") else ev.lines
    if not lines or not is_heading(lines[0].text):
        return False
    if address_index(ev) is not None or salutation_index(ev) is not None:
        return False
    words = news_words()
    prose = [t for t in paragraphs(lines[1:]) if len(t.split()) > MAX_HEADING_WORDS][:NEWS_LEAD_PARAGRAPHS]
    if any(words.wording.search(t) or any(p.search(t) for p in words.speech) for t in prose):
        return True
    # Reported speech is news in a short paragraph too ('”, zegt gedeputeerde Van Hoffen.'): a
    # sentence, which a heading is not.
    sentences = [t for t in paragraphs(lines[1:]) if re.search(r"[.!?][”\"’']?$", t)][:NEWS_LEAD_PARAGRAPHS]
    return any(p.search(t) for t in sentences for p in words.speech)


def paragraphs(lines: list[Line]) -> list[str]:
    """The text of each run of lines that follow each other without a blank line: a text
    wrapped at 70 characters or a PDF's printed lines give their paragraphs back."""
    out: list[list[Line]] = []
    for ln in lines:
        if out and out[-1][-1].page == ln.page and out[-1][-1].end + 1 == ln.start:
            out[-1].append(ln)
        else:
            out.append([ln])
    return [" ".join(ln.text for ln in run) for run in out]


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
