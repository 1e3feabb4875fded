"""A municipality that raises or lowers what it pays or charges: the rates before and after are its money.

``Utrecht verhoogt de vergoeding van € 160 naar € 225``, ``De gemeente Zwolle verlaagt het tarief naar
€ 95``: the municipality, subject of the verb, sets the sum it pays (a vergoeding, a bijdrage) or charges
(a tarief, a heffing). In a third party's document both the old and the new sum carry its code
(ANNOTATING.md: money a municipality pays or is paid, and a change in it); the caller asks only there.
The sum stands on the change's path right after ``van``, ``naar`` or ``tot``, or ``met`` for the step.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import LinkInput, Mention
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_SENTENCE_CHARS = 300
# Before the subject: nothing but a dateline ('UTRECHT - ') and 'de gemeente'.
_SUBJECT_BEFORE = re.compile(r"\s*(?:[A-Z][A-Z'’ -]*\s+[-–]\s+)?(?:(?i:de\s+)?(?i:gemeente)\s+)?")
# The sum on the change's path: 'van € 160', 'naar € 225', 'met € 65'.
_PATH_BEFORE = re.compile(r"(?<![\w])(?:van|naar|tot|met)\s+$", re.IGNORECASE)

_PATH_OPENS = re.compile(r"(?:van|naar|tot|met)\s", re.IGNORECASE)


@lru_cache(maxsize=1)
def _verb() -> re.Pattern:
    return re.compile(rf"\s+(?:{alternation(load_file(AmountsLinkingFile).raise_verbs)})(?![\w])", re.IGNORECASE)


def raised_by(links: LinkInput, start: int, end: int) -> Mention | None:
    """The municipality whose sentence raises or lowers the sum the amount at ``start:end`` is on the path of."""
    text = links.text
    lo = max([max(0, start - _SENTENCE_CHARS),
              *(m.end() for m in _SENTENCE_END.finditer(text, max(0, start - _SENTENCE_CHARS), start))])
    stop = _SENTENCE_END.search(text, end, end + _SENTENCE_CHARS)
    hi = stop.start() if stop else min(len(text), end + _SENTENCE_CHARS)
    inside = [m for m in links.mentions if lo <= m.start < hi]
    if not inside or len({m.code for m in inside}) > 1:
        return None
    # The word of the path may open the amount's own text ('tot € 225 per jaar').
    if not (_PATH_BEFORE.search(text, max(lo, start - 8), start) or _PATH_OPENS.match(text, start)):
        return None
    return next((m for m in inside if m.end <= start and _SUBJECT_BEFORE.fullmatch(text, lo, m.start)
                 and _verb().match(text, m.end)), None)
