"""A list of municipalities with their amounts after a colon, in running text:
``De regiogemeenten betalen naar inwonertal: Heiloo € 64.500, Castricum € 98.200 en Bergen
€ 84.700``.

The verb before the colon (``linking.json`` ``list_verbs``: ``betalen``, ``ontvangen``, ``wordt
als volgt verdeeld``) says what each item's municipality does with its amount; each item is a
name followed by its amount, the items joined by commas and ``en``. Tried by
``pipeline.link.amounts`` as the rule ``listed_after_colon``.
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


def _fits(gap: str, kind: str, first: bool) -> bool:
    """What may stand before an item's name (nothing after the colon, else a joiner) or its
    amount (a space)."""
    if kind == "amount":
        return re.fullmatch(r"[ \t]+", gap) is not None
    return (re.fullmatch(r"\s*", gap) if first else _ITEM_JOIN.fullmatch(gap)) is not None
