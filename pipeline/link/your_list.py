"""Items of a list whose lead gives them to the letter's addressee.

``vragen wij u de volgende voorzieningen op te nemen in het programma 2026:`` over ``1. vervangende
nieuwbouw ..., volgens de normvergoeding € 6.873.000;`` and ``2. tijdelijke huisvesting: € 385.000;``
(a school board asking the college to pay): the lead's cue (``pipeline.link.addressee``: ``vragen wij
u``, ``kennen wij u ... toe``) reaches every item under it, as a sentence's cue reaches its amount;
each item is a sentence of its own to the rules that read one.
"""

from __future__ import annotations

import re

from pipeline.link.mentions import LinkInput

# An item's mark at the start of its line: '1.', '2)', 'a.', a dash or a bullet.
_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-\u2013\u2022*])[ \t]+")
# How many items may stand between the lead and the amount's item.
_MAX_ITEMS = 12
# Where the lead's sentence starts in its line.
_SENTENCE_END = re.compile(r"[.!?;](?=\s)")


def listed_for_you(links: LinkInput, start: int, cue: re.Pattern) -> bool:
    """Whether the amount at ``start`` stands in an item of a list under a lead ending with a colon
    whose sentence holds ``cue``; no municipality is named in the item before it."""
    text = links.text
    line_start = text.rfind("\n", 0, start) + 1
    if _ITEM.match(text, line_start) is None or any(line_start <= m.start < start for m in links.mentions):
        return False
    k = line_start
    for _ in range(_MAX_ITEMS):
        if k == 0:
            return False
        above = text.rfind("\n", 0, k - 1) + 1
        line = text[above:k - 1]
        if line.rstrip().endswith(":"):
            ends = list(_SENTENCE_END.finditer(line))
            return cue.search(line, ends[-1].end() if ends else 0) is not None
        if _ITEM.match(line) is None:
            return False
        k = above
    return False
