"""A list of municipalities with their amounts after a colon, in running text:
``De regiogemeenten betalen naar inwonertal: Heiloo € 64.500, Castricum € 98.200 en Bergen
€ 84.700``.

The verb before the colon (``linking.json`` ``list_verbs``: ``betalen``, ``ontvangen``, ``wordt
als volgt verdeeld``) says what each item's municipality does with its amount; each item is a
name followed by its amount, the items joined by commas and ``en``. Tried by
``pipeline.link.amounts`` as the rule ``listed_after_colon``; so is a list of grants set out in items
under a lead-in that holds the verb (``Wij hebben besloten de volgende bijdragen te verlenen:`` over
``- aan de gemeente Veere € 450.000 voor ...;``), each item a receiver after ``aan`` and its amount.
"""

from __future__ import annotations

import re

from pipeline.link.mentions import SENTENCE_WINDOW, LinkInput, Mention, mention_before
from pipeline.link.words import link_words

# Where a sentence ends: a stop before a space (not the dot inside '64.500'), or a line break.
_SENTENCE_END = re.compile(r"[.;!?](?=\s)|\n")
_ITEM_JOIN = re.compile(r"\s*(?:,|,?\s+en)\s+")


def listed_after_colon(links: LinkInput, start: int, end: int) -> Mention | None:
    """The municipality right before the amount, an item of a list after a colon whose clause
    has a verb of paying, receiving or distributing; the items before it are names with their
    amounts only."""
    m = mention_before(links, start)
    if m is None or not re.fullmatch(r"[ \t]+", links.text[m.end:start]):
        return None
    if (item := listed_under_lead_in(links, start, end)) is not None:
        return item
    lo = max(0, m.start - SENTENCE_WINDOW)
    window = links.text[lo:m.start]
    ends = list(_SENTENCE_END.finditer(window))
    sentence_start = lo + (ends[-1].end() if ends else 0)
    colon = links.text.rfind(":", sentence_start, m.start)
    if colon < 0 or link_words().list_verb.search(links.text[sentence_start:colon]) is None:
        return None
    # The items between the colon and this one: name, amount, joiner, ... nothing else.
    items = sorted([(o.start, o.end, "name") for o in links.mentions if colon < o.start and o.end <= m.start]
                   + [(s, e, "amount") for s, e in links.amounts if colon < s and e <= m.start])
    pos, expect = colon + 1, "name"
    for s, e, kind in [*items, (m.start, m.end, "name")]:
        if kind != expect or not _fits(links.text[pos:s], kind, pos == colon + 1):
            return None
        pos, expect = e, "amount" if kind == "name" else "name"
    return m


# An item of a list set out line by line: a dash, bullet or number, then 'aan (de gemeente)' before the name.
_GRANT_ITEM = re.compile(r"[ \t]*(?:[-–•·*]|\d{1,2}[.)])[ \t]+aan[ \t]+(?:(?:de[ \t]+)?gemeente[ \t]+)?", re.I)
_ITEM_LINE = re.compile(r"[ \t]*(?:[-–•·*]|\d{1,2}[.)])[ \t]+\S")
# Items a lead-in reaches at most: further down, the list is someone else's.
_ITEMS_MAX = 12


def listed_under_lead_in(links: LinkInput, start: int, end: int) -> Mention | None:
    """The receiver of an item of a list of grants: ``- aan (de gemeente) X € Y voor ...`` on a line of
    its own, under a lead-in that ends in a colon and holds a verb of granting, paying or receiving
    (``... besloten de volgende bijdragen te verlenen:``), only items between them."""
    m = mention_before(links, start)
    if m is None or not re.fullmatch(r"[ \t]+", links.text[m.end:start]):
        return None
    line_start = links.text.rfind("\n", 0, m.start) + 1
    if _GRANT_ITEM.fullmatch(links.text, line_start, m.start) is None:
        return None
    at = line_start
    for _ in range(_ITEMS_MAX):
        if at == 0:
            return None
        above_start = links.text.rfind("\n", 0, at - 1) + 1
        above = links.text[above_start:at - 1]
        if _ITEM_LINE.match(above):
            at = above_start
            continue
        words = link_words()
        lead = above.rstrip()
        verb = words.list_verb.search(lead) or words.grant_infinitive.search(lead)
        return m if lead.endswith(":") and verb else None
    return None


def _fits(gap: str, kind: str, first: bool) -> bool:
    """What may stand before an item's name (nothing after the colon, else a joiner) or its
    amount (a space)."""
    if kind == "amount":
        return re.fullmatch(r"[ \t]+", gap) is not None
    return (re.fullmatch(r"\s*", gap) if first else _ITEM_JOIN.fullmatch(gap)) is not None
