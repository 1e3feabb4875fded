"""``Uitgeest gaat van € 67.950 naar € 71.180``: a municipality's money as it was and as it will be.

The municipality is the subject of a verb of change (``linking.json`` ``move_verbs``: ``gaat``,
``stijgt``, ``daalt``) whose ``van € A naar € B`` gives its money before and after; the next clause
may leave out the verb (``... en Castricum van € 175.370 naar € 186.420``). This rule links the
``van`` figure; the ``naar`` figure is the same money's, read by ``restated`` in
``pipeline.link.amounts``. Tried there as the rule ``goes_from``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import LinkInput, Mention, in_group, is_place, mention_before
from pipeline.link.moved_to import moved_to
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

_FROM = re.compile(r"[ \t]+van[ \t]+", re.IGNORECASE)
# A clause that leaves out the verb joins the one before by a comma or 'en'.
_GAPPED_JOIN = re.compile(r"[ \t]*(?:,|,?[ \t]+en)[ \t]+(?:(?:de[ \t]+)?gemeente[ \t]+)?\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def _verb_then_from() -> re.Pattern:
    # The verb right after the subject, a few words before 'van' ('gaat volgend jaar van').
    verbs = alternation(load_file(AmountsLinkingFile).move_verbs)
    return re.compile(rf"[ \t]+{verbs}(?:[ \t]+[^\W\d_]+){{0,3}}?[ \t]+van[ \t]+", re.IGNORECASE)


def goes_from(links: LinkInput, start: int, end: int, depth: int = 0) -> Mention | None:
    """The subject of ``X gaat van € A naar € B`` for the ``€ A`` at [start, end), or of the clause
    after it that leaves out the verb (``en Y van € C naar € D``), a municipality of its own."""
    after = next(iter(links.amounts_starting_in(end, end + 60)), None)
    if depth > 10 or after is None or not moved_to(links.text, start, end, after[0]):
        return None
    m = mention_before(links, start)
    if m is None or is_place(links, m) or in_group(links, m):
        return None
    between = links.text[m.end:start]
    if _verb_then_from().fullmatch(between):
        return m
    if not _FROM.fullmatch(between):
        return None
    # The gapped clause: the clause before ends in its 'naar' figure, right before the join.
    previous = links.amount_before(m.start)
    if previous is None or not _GAPPED_JOIN.fullmatch(links.text, previous[1], m.start):
        return None
    first = links.amount_before(previous[0])
    if first is None or not moved_to(links.text, first[0], first[1], previous[0]):
        return None
    earlier = goes_from(links, *first, depth=depth + 1)
    return m if earlier is not None and earlier.code != m.code else None
