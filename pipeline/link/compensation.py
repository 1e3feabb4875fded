"""Compensation asked of or advised to a college, in a third party's document: the college's money.

An objections committee, a damage bureau or a court writes to or about one college: ``heeft aanvrager het
college verzocht om vergoeding van € 64.500``, ``Wij adviseren het college aan aanvrager een
nadeelcompensatie toe te kennen van € 15.830``, ``Bezwaarde kan het verzoek om € 2.850 bij het college
indienen``. The college asked to pay, or advised to, stands for its municipality, and money a municipality
is asked for or pays carries its code in others' documents, also when the request is turned down
(ANNOTATING.md). The sentence names the college bare (``het college``: the one the document is addressed
to or names as its party) and a word of compensation; an item of a list is read with its lead-in
(``De commissie adviseert het college:`` over ``- aan bezwaarde een vergoeding van € 1.294 toe te
kennen``). A sentence that names a municipality is left to the other rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import LinkInput
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_SENTENCE_CHARS = 300
_BARE_COLLEGE = re.compile(r"(?<![\w])het\s+college(?![\w-])(?!\s+van(?![\w]))", re.IGNORECASE)
# An item of a list ('- ', '• ') and the lead-in line above its items, ending in a colon.
_ITEM = re.compile(r"[ \t]*[-–•*][ \t]")
_LEAD_IN = re.compile(r"[^\n]*:[ \t]*\n(?:[ \t]*[-–•*][ \t][^\n]*\n)*$")


@lru_cache(maxsize=1)
def _words() -> re.Pattern:
    return re.compile(rf"(?<![\w]){alternation(load_file(AmountsLinkingFile).compensation_words)}(?![\w])",
                      re.IGNORECASE)


def compensation_of_college(links: LinkInput, start: int, end: int, college: str | None) -> str | None:
    """``college`` when the amount's sentence asks the college for compensation or advises it to pay."""
    if college is None:
        return None
    text = links.text
    lo = max([max(0, start - _SENTENCE_CHARS),
              *(m.end() for m in _SENTENCE_END.finditer(text, max(0, start - _SENTENCE_CHARS), start))])
    stop = _SENTENCE_END.search(text, end, end + _SENTENCE_CHARS)
    hi = stop.start() if stop else min(len(text), end + _SENTENCE_CHARS)
    sentence = text[lo:hi]
    if _ITEM.match(text, lo) and (lead := _LEAD_IN.search(text, max(0, lo - _SENTENCE_CHARS), lo)):
        sentence = lead.group() + sentence
    if any(lo <= m.start < hi for m in links.mentions):
        return None
    return college if _BARE_COLLEGE.search(sentence) and _words().search(sentence) else None
