"""A named municipality's reserve, stated in a third party's document: its money.

A merger's advice, a supervisor's report or news states the reserves of the municipalities it is about:
``Per 31 december 2019 bedroeg de algemene reserve van Boxmeer € 18,4 miljoen, van Cuijk € 9,7 miljoen``,
``De algemene reserve van Grave stond na de tekorten op € 1,3 miljoen negatief``. The reserve is the
named municipality's (ANNOTATING.md: reserves a merged-away municipality brought into its successor carry
the old municipality's code); in its own document its reserves get none, and the caller asks only when
the one named is not the writer. The figure follows the name right away (the verb before it), after a
verb of standing (``bedroeg``, ``stond ... op``), or in a gapped list after ``van`` and the next name; or the
municipality has it (``Voor wachtgelden heeft X een voorziening van € 2,3 miljoen``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import LinkInput, Mention
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")
_SENTENCE_CHARS = 400
# What stands between the name and the figure: nothing (the verb before: 'bedroeg de reserve van X € Y'), or
# a verb of standing and a short phrase ('stond na de tekorten in het sociaal domein op').
_BETWEEN = re.compile(r"\s*|\s+(?:bedroeg|bedraagt|bedragen|bedroegen|stond|staat|stonden|staan|was|is|kwam|komt)"
                      r"(?:\s+[^\W\d_]+){0,8}?\s*", re.IGNORECASE)
# A gapped item of the list: ', van Cuijk € 9,7 miljoen', 'en van Sint Anthonis € 8,9 miljoen'.
_GAPPED_OF = re.compile(r"(?:,|\s+en)\s+van\s+(?:de\s+gemeente\s+)?$", re.IGNORECASE)


# The name as the subject of 'heeft' ('Voor wachtgelden heeft X een voorziening van € Y'), the verb right before it.
_HAS_BEFORE = re.compile(r"(?<![\w])(?:heeft|had)\s+(?:de\s+)?(?:gemeente\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _has_reserve() -> re.Pattern:
    """What follows a name that has a reserve: 'een (algemene) voorziening van ', 'toen nog een reserve van '
    (two adverbs at most)."""
    nouns = alternation(load_file(AmountsLinkingFile).reserve_nouns)
    return re.compile(rf"\s+(?:[^\W\d_]+\s+){{0,2}}?een\s+(?:[^\W\d_]+\s+)?{nouns}\s+van\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _reserve_of() -> re.Pattern:
    nouns = alternation(load_file(AmountsLinkingFile).reserve_nouns)
    return re.compile(rf"(?<![\w]){nouns}\s+van\s+(?:de\s+gemeente\s+)?$", re.IGNORECASE)


def reserve_of(links: LinkInput, start: int, writer: str | None = None) -> Mention | None:
    """The municipality whose reserve the amount at ``start`` states, when it is not ``writer``."""
    text = links.text
    lo = max([max(0, start - _SENTENCE_CHARS),
              *(m.end() for m in _SENTENCE_END.finditer(text, max(0, start - _SENTENCE_CHARS), start))])
    before = [m for m in links.mentions if lo <= m.start and m.end <= start]
    if not before:
        return None
    last = before[-1]
    if last.code == writer:
        return None
    has = _HAS_BEFORE.search(text, max(lo, last.start - 20), last.start)
    if has is not None and _has_reserve().fullmatch(text, last.end, start):
        return last
    if not _BETWEEN.fullmatch(text, last.end, start):
        return None
    if _reserve_of().search(text, max(lo, last.start - 40), last.start):
        return last
    first = next((m for m in before if _reserve_of().search(text, max(lo, m.start - 40), m.start)), None)
    if first is not None and first is not last and _GAPPED_OF.search(text, max(lo, last.start - 20), last.start) \
            and text[last.end:start].strip() == "":
        return last
    return None
