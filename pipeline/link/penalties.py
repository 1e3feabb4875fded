"""A dwangsom or fine in a third party's document: the municipality's money, charged or collected.

A judgment, an objections committee's advice or a supervisor's letter tells of a last onder dwangsom or a
boete in a sentence: ``Het college heeft daaraan een dwangsom verbonden van € 250 per dag met een maximum
van € 7.500``, ``De AP heeft de gemeente Kampen een boete van € 150.000 opgelegd``, ``dan verbeurt de
gemeente een dwangsom van € 5.000 per week``. Whether the municipality imposes it (and receives what is
forfeited, art. 5:32 Awb) or has it imposed on itself (and pays it), the money is the municipality's
(ANNOTATING.md: money a municipality receives or is charged, in others' documents). The sentence names
that municipality, or as ``het college`` or ``de gemeente`` the one the document is addressed to or
names as its party. In the municipality's own document its penalties are its own money: the caller asks
only in a third party's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import LinkInput
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# A sentence ends at a full stop, a question mark or a line's end (not at the dot of '€ 1.000').
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
# How far around the amount its sentence is read.
_SENTENCE_CHARS = 300
# 'het college' or 'de gemeente' without a name: the college the document is addressed to or names.
_BARE_BODY = re.compile(r"(?<![\w])(?:het\s+college|de\s+gemeente)(?![\w-])(?!\s+(?:van(?![\w])|(?-i:[A-Z])))",
                        re.IGNORECASE)


@lru_cache(maxsize=1)
def _nouns() -> re.Pattern:
    return re.compile(rf"(?<![\w]){alternation(load_file(AmountsLinkingFile).penalty_nouns)}(?![\w])", re.IGNORECASE)


def penalty_municipality(links: LinkInput, start: int, end: int, college: str | None) -> str | None:
    """The municipality whose dwangsom or fine the amount at ``start:end`` is, by its sentence: the one
    municipality it names, or ``college`` (the municipality whose college the document is addressed
    to or names as a party) for a bare 'het college' or 'de gemeente'."""
    text = links.text
    lo = max([max(0, start - _SENTENCE_CHARS),
              *(m.end() for m in _SENTENCE_END.finditer(text, max(0, start - _SENTENCE_CHARS), start))])
    stop = _SENTENCE_END.search(text, end, end + _SENTENCE_CHARS)
    hi = stop.start() if stop else min(len(text), end + _SENTENCE_CHARS)
    sentence = text[lo:hi]
    if not _nouns().search(sentence):
        return None
    codes = {m.code for m in links.mentions if lo <= m.start < hi}
    if codes:
        return codes.pop() if len(codes) == 1 else None
    return college if college is not None and _BARE_BODY.search(sentence) else None
