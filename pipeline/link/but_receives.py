"""The subject of a clause shared by a verb of receiving after ``maar`` or ``en``.

News and letters tell what a municipality asked and what it gets in one sentence, the second
verb with no subject of its own: ``Dronten vroeg € 1,2 mln voor geluidsisolatie, maar krijgt
minder: maximaal € 800.000``, ``Montferland had om € 1,2 miljoen gevraagd, maar krijgt
€ 750.000``. The money after the second verb is received by the subject the sentence opens
with. A subordinate or relative clause between brings a subject of its own, and another
municipality named between (not as a place) may be the one that receives.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from pipeline.link.mentions import SENTENCE_WINDOW, LinkInput, Mention, in_group, is_place
from pipeline.link.words import link_words

# What may open the sentence before its subject: the noun 'gemeente' and its article.
_SUBJECT_OPENER = re.compile(r"\s*(?:(?:de[ \t]+)?gemeente[ \t]+)?", re.IGNORECASE)
# The sentence ends before it: a full stop, question or exclamation mark, semicolon or line end.
_SENTENCE_END = re.compile(r"[.!?;]\s|[\n;]")
# How far before the amount the join and its verb may start (', maar krijgt minder: maximaal ').
_JOIN_WINDOW = 80


@lru_cache(maxsize=1)
def _second_verb() -> re.Pattern:
    """', maar krijgt (minder:) (maximaal) ' right before the amount: the join and the verb, up to
    three words (a colon after one) between the verb and the amount."""
    return re.compile(r"[ \t]*,?[ \t]*(?:maar|en)[ \t]+(?:" + link_words().receive_verbs.pattern
                      + r")(?:[ \t]+[^\W\d_]+:?){0,3}?[ \t]+$", re.IGNORECASE)


def received_after_but(links: LinkInput, start: int, end: int) -> Mention | None:
    """``X vroeg € A, maar krijgt € B``: X, the subject that opens the sentence, for € B."""
    # The join is read on the few words before the amount first, so that a page of amounts stays linear.
    near = max(0, start - _JOIN_WINDOW)
    join = _second_verb().search(links.text, near, start)
    if join is None or join.end() != start:
        return None
    lo = max(0, start - SENTENCE_WINDOW)
    opened = lo
    for opened_match in _SENTENCE_END.finditer(links.text, lo, join.start()):
        opened = opened_match.end()
    k = bisect.bisect_left(links._starts, opened)
    if k == len(links.mentions) or links.mentions[k].start >= join.start():
        return None
    subject = links.mentions[k]
    if not _SUBJECT_OPENER.fullmatch(links.text[opened:subject.start]):
        return None
    last = bisect.bisect_left(links._starts, join.start())
    others = [m for m in links.mentions[k + 1:last] if not is_place(links, m)]
    if others or in_group(links, subject) or is_place(links, subject):
        return None
    if link_words().other_subject.search(links.text, subject.end, join.start()) is not None:
        return None
    return subject
