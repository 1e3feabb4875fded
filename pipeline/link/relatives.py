"""The receiver named in a relative clause on the amount's subject.

``De algemene uitkering uit het gemeentefonds, die Vlissingen van het Rijk ontvangt, is geraamd op
€ 88,6 miljoen``: the subject is a money noun, its relative clause between commas names who receives
it, and the main clause's predicate carries the amount. ``received_in_relative`` in
``pipeline.link.clauses`` reads the relative clause after the amount; this one reads it before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.amount_patterns import amount_words
from pipeline.link.mentions import LinkInput, Mention, amounts_between, in_group, is_place, mention_before
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# How far before the receiver the subject's money noun may stand.
_SUBJECT_WINDOW = 120


# A sentence runs on over the lines of a printed page: a single line break is a space here.
_SPACE = r"(?:[ \t]|\n(?![ \t]*\n))"


@lru_cache(maxsize=1)
def _predicate() -> re.Pattern:
    """', is geraamd op ' between the relative clause's verb and the amount."""
    data = load_file(AmountsLinkingFile)
    return re.compile(rf"{_SPACE}*,{_SPACE}*" + alternation(data.relative_subject_predicates) + rf"{_SPACE}+",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _relative() -> re.Pattern:
    """', die (de gemeente) ' right before the receiver."""
    data = load_file(AmountsLinkingFile)
    return re.compile(rf"{_SPACE}*,{_SPACE}*" + alternation(data.relative_pronouns) + rf"{_SPACE}+(?:"
                      + alternation(data.municipality_articles) + rf"{_SPACE}+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _verb_after() -> re.Pattern:
    """' (van het Rijk) ontvangt' after the receiver, closing the relative clause."""
    data = load_file(AmountsLinkingFile)
    return re.compile(rf"{_SPACE}*(?:[^\W\d_]+{_SPACE}+){{0,3}}?" + alternation(data.final_receive_verbs)
                      + r"(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _subject() -> re.Pattern:
    """'De algemene uitkering (uit het gemeentefonds)' from the sentence's start to the relative's comma:
    a definite money noun as the subject, at most a short phrase after it."""
    nouns = alternation(amount_words().money_nouns)
    return re.compile(rf"(?:de|het){_SPACE}+(?:[^\W\d_]+{_SPACE}+){{0,2}}?{nouns}(?:{_SPACE}+[^\W\d]+){{0,5}}"
                      rf"{_SPACE}*", re.IGNORECASE)


def received_by_the_subject(links: LinkInput, start: int, end: int) -> Mention | None:
    """``De uitkering, die (de gemeente) X (van het Rijk) ontvangt, bedraagt € Y``: X."""
    m = mention_before(links, start)
    if m is None or is_place(links, m) or in_group(links, m):
        return None
    verb = _verb_after().match(links.text, m.end)
    if verb is None or _predicate().fullmatch(links.text, verb.end(), start) is None:
        return None
    lo = max(0, m.start - _SUBJECT_WINDOW)
    relative = _relative().search(links.text, lo, m.start)
    if relative is None:
        return None
    sentence = re.split(r"[.;:!?]\s*|\n[ \t]*\n\s*", links.text[lo : relative.start()])[-1]
    if _subject().fullmatch(sentence) is None or amounts_between(links, relative.start() - len(sentence), start):
        return None
    return m
