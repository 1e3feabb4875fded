"""A grant in the perfect tense with the municipality as indirect object right after the
auxiliary: ``Het Rijk heeft Hoorn voor 2024 € 3.412.000 toegekend``, ``Het Rijk heeft de
gemeente Groningen in 2019 een herindelingsbijdrage uitgekeerd van € 9.840.000``.

The giver is the subject before ``heeft``; the name right after it is the one given to. The
participle of granting follows the amount, or stands right before ``van`` and the amount.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import LinkInput, Mention, amounts_between, in_group
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# Words between the name and the amount, at most.
_GAP_MAX_WORDS = 10


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = load_file(AmountsLinkingFile)
    participles = alternation(data.grant_participles)
    auxiliary = re.compile(r"(?<![\w])(?:heeft|had|hebben|hadden)[ \t]+(?:"
                           + alternation(data.municipality_articles) + r"[ \t]+)?\Z", re.IGNORECASE)
    after = re.compile(r"[ \t]+" + participles + r"(?![\w])", re.IGNORECASE)
    before = re.compile(r"(?<![\w])" + participles + r"[ \t]+van[ \t]+\Z", re.IGNORECASE)
    return auxiliary, after, before


@lru_cache(maxsize=1)
def _verb_final() -> tuple[re.Pattern, re.Pattern]:
    """A subordinate clause, its verbs last: '(overwegende dat) de provincie de gemeente bij besluit
    van 12 april 2021 een subsidie heeft verleend van € Y': the giver, the name right after it, and
    the auxiliary with the participle right before 'van' and the amount."""
    data = load_file(AmountsLinkingFile)
    verbs = re.compile(r"(?<![\w])(?:heeft|had|hebben|hadden)[ \t]+" + alternation(data.grant_participles)
                       + r"[ \t]+van[ \t]+\Z", re.IGNORECASE)
    # The name after 'gemeente', or a bare 'de gemeente' read as the one named before: not the
    # province's own name ('de provincie Utrecht').
    giver = re.compile(r"(?<![\w])" + alternation(data.own_givers) + r"(?:[ \t]+(?-i:[A-Z][\w'-]*))?[ \t]+"
                       r"(?:(?P<gemeente>(?:de[ \t]+)?gemeente)[ \t]+)?\Z", re.IGNORECASE)
    return verbs, giver


_BARE_GEMEENTE = re.compile(r"(?:de|die|deze)[ \t]+gemeente(?![\w])", re.IGNORECASE)


def _given_by_subject(links: LinkInput, m: Mention, giver: re.Pattern) -> bool:
    given = giver.search(links.text, max(0, m.start - 40), m.start)
    return given is not None and (given["gemeente"] is not None
                                  or _BARE_GEMEENTE.match(links.text, m.start, m.end) is not None)


# Words between the name and the amount in such a clause, at most (a date of the decision between).
_VERB_FINAL_MAX_WORDS = 16


def granted_perfect(links: LinkInput, start: int, end: int) -> Mention | None:
    """The municipality right after ``heeft`` in the amount's clause, when a participle of granting
    follows the amount or stands right before its ``van``."""
    auxiliary, after, before = _patterns()
    if after.match(links.text, end) is None and before.search(links.text, max(0, start - 40), start) is None:
        return None
    verbs, giver = _verb_final()
    verb_final = verbs.search(links.text, max(0, start - 40), start) is not None
    # The name may be the last before the amount or have a place or an organisation after it.
    lo = max(0, start - 200)
    for m in reversed([m for m in links.mentions if lo <= m.start and m.end <= start]):
        between = links.text[m.end:start]
        if re.search(r"[.;:!?\n]", between) or len(between.split()) > (
                _VERB_FINAL_MAX_WORDS if verb_final else _GAP_MAX_WORDS):
            return None
        if (auxiliary.search(links.text, max(0, m.start - 30), m.start) is not None
                or verb_final and _given_by_subject(links, m, giver)):
            if amounts_between(links, m.end, start) or in_group(links, m):
                return None
            return m
    return None

