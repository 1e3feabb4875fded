"""The first conjunct of a grant whose verb comes last: ``aan X € A en aan Y € B te verlenen``.

A decision or proposal lists its receivers, each with ``aan`` and its amount, and names the
verb of granting once, after the last of them (``Besloten: aan de gemeente X € A en aan de
gemeente Y € B subsidie te verlenen``). The last conjunct is read by ``granted_to``; the ones
before it have no verb of their own, and belong to their ``aan`` when the conjunct after them is
a grant to another municipality.
"""

from __future__ import annotations

import bisect
import re

from pipeline.link.granting import granted_to
from pipeline.link.mentions import LinkInput, Mention, in_group, is_place, mention_before

_GRANT_TO = re.compile(r"(?<![\w])aan\s+(?:de\s+gemeente\s+)?$", re.IGNORECASE)
# From the first amount to the next receiver: a comma or 'en', and its 'aan'.
_NEXT_CONJUNCT = re.compile(r"[ \t]*(?:,[ \t]*(?:en[ \t]+)?|[ \t]+en[ \t]+)aan[ \t]+(?:de[ \t]+gemeente[ \t]+)?",
                            re.IGNORECASE)
_CHAIN_MAX = 10


def granted_conjunct(links: LinkInput, start: int, end: int, depth: int = 0) -> Mention | None:
    """``aan X € A en aan Y € B toe te kennen``: X for € A, when € B is granted to Y, Y another
    municipality (or is itself such a conjunct: ``aan X € A, aan Y € B en aan Z € C``)."""
    m = mention_before(links, start)
    if (depth > _CHAIN_MAX or m is None or not re.fullmatch(r"[ \t]+", links.text[m.end:start])
            or _GRANT_TO.search(links.text, max(0, m.start - 40), m.start) is None):
        return None
    join = _NEXT_CONJUNCT.match(links.text, end)
    if join is None:
        return None
    k = bisect.bisect_left(links._starts, join.end())
    if k == len(links.mentions) or links.mentions[k].start != join.end():
        return None
    following = links.mentions[k]
    j = bisect.bisect_left(links._amount_starts, following.end)
    if j == len(links.amounts) or not re.fullmatch(r"[ \t]+", links.text[following.end:links.amounts[j][0]]):
        return None
    nxt = links.amounts[j]
    if following.code == m.code or in_group(links, m) or is_place(links, m):
        return None
    if links.apply(granted_to, *nxt) != following and granted_conjunct(links, *nxt, depth + 1) != following:
        return None
    return m
