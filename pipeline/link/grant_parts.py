"""The parts of the addressee's grant: a row of the table that breaks it down (``Dit bedrag is als volgt
opgebouwd:``), its parts in running text (``Dit bedrag bestaat uit € A voor ... en € B voor ...``) and a part set
aside for a purpose (``Van dit bedrag is € Y bestemd voor ...``). They build on the grant ``pipeline.link.addressee``
gives the addressee, so they stand apart from it; ``pipeline.normalize.amounts`` asks here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.amount_tables import table_words
from pipeline.link.addressee import AFTER_WINDOW, SENTENCE_END, to_your_municipality
from pipeline.link.mentions import LINK_WINDOW, LinkInput, is_place, is_row_or_item, line_of, lines_above
from pipeline.link.words import link_words
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile


@lru_cache(maxsize=1)
def _measure_row() -> re.Pattern:
    """A row whose label ends in a measure of the project ('Verantwoorde subsidiabele kosten | € Y'):
    what the grant is reckoned from, not a part of it; a grant reckoned as a share of it keeps its
    name first ('Subsidie (50% van de subsidiabele kosten)', the bracket read away)."""
    nouns = alternation(load_file(AmountsLinkingFile).project_measures)
    return re.compile(rf"(?<![\w]){nouns}[\s|:]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _breakdown_opener() -> re.Pattern:
    """'Dit bedrag is als volgt opgebouwd:' at the end of the text before a table."""
    openers = alternation(load_file(AmountsLinkingFile).breakdown_openers)
    return re.compile(rf"(?<![\w]){openers}\s*:\s*$", re.IGNORECASE)


def part_of_your_grant(links: LinkInput, start: int, end: int) -> bool:
    """A row of the table right after ``Dit bedrag is als volgt opgebouwd:``, when the amount
    before that sentence is the addressee's (``ken ik u ... een uitkering toe van € 412.780``):
    each part is the addressee's money too; the table's total is no part. The rows may be split by
    single spaces (a label and its amount ending the line), as a text layer gives them. The parts may
    also follow in running text (``Dit bedrag bestaat uit € 50.000 voor ... en € 46.000 voor ...``)."""
    text = links.text
    if _part_in_sentence(links, start):
        return True
    row_start, row_end = line_of(text, start)
    if text[end:row_end].strip() and not is_row_or_item(text, start):
        return False
    if (_long(text[row_start:row_end]) or table_words().total_labels.search(text[row_start:start].strip())
            or _measure_row().search(re.sub(r"\([^()]*\)", "", text[row_start:start]))):
        return False
    for above, line in lines_above(text, row_start):
        if not line.strip() or not _long(line):
            continue  # a blank line, the header or another row
        opener = _breakdown_opener().search(line)
        previous = links.amount_before(above + opener.start()) if opener is not None else None
        return previous is not None and previous[0] >= above and to_your_municipality(links, *previous)
    return False


@lru_cache(maxsize=1)
def _earmark_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = load_file(AmountsLinkingFile)
    opener = re.compile(rf"^\s*{alternation(data.earmarked_part_openers)}\s+(?:is|wordt|gaat|zal)\s+$", re.IGNORECASE)
    verb = re.compile(rf"[ \t]+(?:[^\W\d_]+[ \t]+){{0,2}}?{alternation(data.earmarked_verbs)}"
                      r"[ \t]+(?:voor|aan)(?![\w])", re.IGNORECASE)
    third = re.compile(rf"(?<![\w]){alternation(data.third_party_nouns)}(?![\w])", re.IGNORECASE)
    return opener, verb, third


def _listed_after_place(named: list, k: int, links: LinkInput) -> bool:
    """Whether the name ``named[k]`` goes on a list of places (``in Zwaag en Blokker``)."""
    return (is_place(links, named[k - 1])
            and re.fullmatch(r"\s*(?:,|en)\s*", links.text[named[k - 1].end:named[k].start]) is not None)


def earmarked_part(links: LinkInput, start: int, end: int) -> bool:
    """``Met deze beschikking ken ik u ... € 412.380 toe. Van dit bedrag is € 38.000 bestemd voor
    een buurtsportcoach in Zwaag en Blokker``: a part set aside for a purpose stays the money of
    the one the whole goes to, the addressee; a part for a foundation, an association or another
    municipality (``bestemd voor de Stichting ...``) is a third party's."""
    lo = max(0, start - LINK_WINDOW)
    ends = list(SENTENCE_END.finditer(links.text, lo, start))
    sentence = ends[-1].end() if ends else lo
    opener, verb, third = _earmark_words()
    if opener.match(links.text[sentence:start]) is None or verb.match(links.text, end) is None:
        return False
    rest = re.match(r"[^.;!?\n]*", links.text[end:end + AFTER_WINDOW]).group()
    named = [m for m in links.mentions if end <= m.start < end + len(rest)]
    # 'in Zwaag en Blokker': the places a list after 'in' goes on with are places too.
    places = [is_place(links, m) or (k > 0 and _listed_after_place(named, k, links)) for k, m in enumerate(named)]
    if third.search(rest) or not all(places):
        return False
    previous = links.amount_before(start)
    return previous is not None and to_your_municipality(links, *previous)


# 'Dit bedrag bestaat uit ': a sentence that opens with the grant named before and its breakdown.
_PARTS_OPENING = re.compile(r"\s*(?:dit|dat|het)\s+bedrag\s+", re.IGNORECASE)
# How far back the sentence of the parts may start.
_PARTS_WINDOW = 300


def _part_in_sentence(links: LinkInput, start: int) -> bool:
    """``... een specifieke uitkering verleend van € 96.000. Dit bedrag bestaat uit € 50.000 voor de
    sportformateur en € 46.000 voor de uitvoering``: a sentence that opens with the grant and a
    breakdown word, the grant the last amount of the sentence before and the addressee's; no
    municipality named in the sentence."""
    text = links.text
    lo = max(0, start - _PARTS_WINDOW)
    stops = [m.end() for m in re.finditer(r"[.!?](?=\s)", text[lo:start])]
    if not stops:
        return False
    sentence = lo + stops[-1]
    opening = _PARTS_OPENING.match(text, sentence)
    if (opening is None or _breakdown_words().match(text, opening.end()) is None
            or re.search(r"\n[ \t]*\n|\t", text[opening.end():start]) or is_row_or_item(text, start)):
        return False  # a table under the sentence is read by its rows
    if any(sentence <= m.start < start for m in links.mentions):
        return False
    previous = links.amount_before(sentence)
    return previous is not None and previous[1] > sentence - _PARTS_WINDOW and to_your_municipality(links, *previous)


@lru_cache(maxsize=1)
def _breakdown_words() -> re.Pattern:
    return re.compile(alternation(load_file(AmountsLinkingFile).breakdown_openers) + r"\s*:?\s*", re.IGNORECASE)


def _long(line: str) -> bool:
    """Running text, not a table row: many words, or a sentence's end."""
    return len(line.split()) > link_words().row_max_words or re.search(r"[.:;!?]\s*$", line) is not None
