"""The signs of news, each a ``doc_type`` rule that types a document ``nieuws``.

A dateline, a news or press label, a clipping's stamp, a headline over a lead in the wording of news: read
from the headline and the lead, apart from the letter signs (``doc_letter_signs.py``) and the table that
orders them all (``doc_type.py``).
"""

from __future__ import annotations

import re

from pipeline.extract.doc_date_rules import date_alone, news_date
from pipeline.extract.doc_evidence import Evidence, address_index, salutation_index
from pipeline.extract.doc_lines import MAX_HEADING_WORDS, Line, is_heading
from pipeline.extract.doc_news import clipping_stamp, news_label
from pipeline.extract.doc_words import news_words
from pipeline.gazetteer import lookup
from pipeline.woonplaatsen import place_index

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
    if any(news_wording(t) or any(p.search(t) for p in words.speech) for t in prose):
        return True
    # Reported speech is news in a short paragraph too ('”, zegt gedeputeerde Van Hoffen.'): a
    # sentence, which a heading is not.
    sentences = [t for t in paragraphs(lines[1:]) if re.search(r"[.!?][”\"’']?$", t)][:NEWS_LEAD_PARAGRAPHS]
    return any(p.search(t) for t in sentences for p in words.speech)


# The word before a news word in capitals that makes it part of a name ('Breda Vandaag', 'RTL Nieuws'): a capitalised
# word that no sentence's end stands before; a news word after an article is a noun, a name too ('het Vandaag').
NAME_BEFORE = re.compile(r"(?:(?<![.!?:;])\s|^)[A-Z][\w'-]*\s+$")
ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:de|het|een)\s+$", re.IGNORECASE)
# A template's slot to fill in ('Er is [vandaag / vanmorgen] om [tijd] ...'): its words report nothing.
TEMPLATE_SLOT = re.compile(r"\[[^\[\]]*\]")


def news_wording(text: str) -> bool:
    """The wording of news in a paragraph (``aldus``, ``deze week``, ``vandaag``): not a news word that is part of a
    name in capitals (a paper or programme, ``Breda Vandaag``) nor one in a template's slot to fill in
    (``[vandaag / vanmorgen]``), which a script or a register holds and a news item does not."""
    slots = [m.span() for m in TEMPLATE_SLOT.finditer(text)]
    for m in news_words().wording.finditer(text):
        before = text[: m.start()]
        if any(a <= m.start() < b for a, b in slots) or ARTICLE_BEFORE.search(before[-8:]):
            continue
        if m.group()[:1].isupper() and NAME_BEFORE.search(before):
            continue
        return True
    return False


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
