"""The signs of a letter, each a ``doc_type`` rule that types a document ``brief``.

A salutation with a closing, an address block, margin or memo fields, an addressee with a post's signature,
an old letter's name or formula, an addressee at the foot: what makes a document a letter whatever else it
holds, apart from the report, news and Kamervragen signs that ``doc_type.py`` tries around them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract import doc_literals as literals
from pipeline.extract.doc_date_filled_forms import form_submitted_date
from pipeline.extract.doc_date_instruments import written_as_instrument
from pipeline.extract.doc_evidence import (
    Evidence,
    address_index,
    closing_index,
    margin_labels_found,
    printed_from_site,
    salutation_index,
)
from pipeline.extract.doc_kind_words import is_memo_title, kind_words
from pipeline.extract.doc_lines import HEAD_LINES, MAX_HEADING_WORDS, Line, is_boilerplate, page_lines
from pipeline.extract.doc_news_signs import paragraphs, rule_nieuws_label
from pipeline.extract.doc_structure import signed_by_an_official, signed_for_a_post
from pipeline.extract.doc_words import _alternatives, letter_words


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
