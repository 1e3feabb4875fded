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
    return next((m for m in inside if m.end <= start and (
        (_SUBJECT_BEFORE.fullmatch(text, lo, m.start) and _verb().match(text, m.end))
        or _raised_verb_last(text, lo, m, start))), None)


# In a subordinate clause the verb closes it before the path: at most this many words of its object between.
_OBJECT_MAX_WORDS = 6
# The sums of the path before the amount ('met € 12.000 tot '), after the verb.
_EARLIER_PATH = re.compile(r"(?:\s+(?:van|naar|tot|met)\s+€\s*\d[\d.,]*)*\s+(?:van|naar|tot|met)\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _subordinate() -> tuple[re.Pattern, re.Pattern]:
    data = load_file(AmountsLinkingFile)
    opener = re.compile(r"(?<![\w])" + alternation(data.subordinators) + r"\s+(?:de\s+)?(?:gemeente\s+)?$",
                        re.IGNORECASE)
    verb = re.compile(rf"(?:\s+[^\W\d_]+|\s+(?:19|20)\d\d){{1,{_OBJECT_MAX_WORDS}}}?"
                      rf"\s+(?:{alternation(data.raise_verbs)})(?=\s)", re.IGNORECASE)
    return opener, verb


def _raised_verb_last(text: str, lo: int, m: Mention, start: int) -> bool:
    """``(De penningmeester meldt) dat de gemeente X de subsidie voor 2026 verhoogt met € 12.000 tot
    € 214.500``: X opens a subordinate clause whose verb, after its object, stands before the path."""
    opener, verb = _subordinate()
    if opener.search(text, lo, m.start) is None:
        return False
    found = verb.match(text, m.end)
    return found is not None and _EARLIER_PATH.fullmatch(text, found.end(), start) is not None
