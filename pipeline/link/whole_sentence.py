"""The link rules that read the amount's whole sentence from its start, not the amount's clause: ``on_behalf``
(``Namens de gemeente X vragen wij … € Y``), ``possessive`` (``De gemeente X ...; haar bijdrage daalt met € Y``)
and ``received_by_the_document`` (money the document's own municipality receives with no receiver named, asked by
``pipeline.normalize.amounts``). The order in which the rules are tried is in ``pipeline.link.amounts``.
"""

from __future__ import annotations

import re

from pipeline.link.mentions import SENTENCE_WINDOW, LinkInput, Mention, amounts_between, in_group
from pipeline.link.words import link_words


def on_behalf(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Namens de gemeente X vragen wij … € Y``: the applicant of a request in one sentence.

    X follows ``namens`` (not ``mede namens``: co-applicants are a group), a
    verb of asking stands in the sentence before the amount, and the only
    other municipalities between name and amount are the co-applicants named
    after ``mede namens``.
    """
    text = links.text
    # Within SENTENCE_WINDOW characters: a longer 'sentence' is no sentence, and
    # searching back to its start for every amount is quadratic.
    window = max(0, start - SENTENCE_WINDOW)
    sentence_start = max(window - 1, *(text.rfind(c, window, start) for c in (". ", "? ", "! ", "\n", ";"))) + 1
    words = link_words()
    candidates = [
        m
        for m in links.mentions
        if sentence_start <= m.start
        and m.end <= start
        and words.on_behalf_before.search(text[max(0, m.start - 80) : m.start])
    ]
    if len(candidates) != 1 or amounts_between(links, candidates[0].end, start):
        return None
    m = candidates[0]
    if words.ask_verbs.search(text[sentence_start:start]) is None:
        return None
    between = [o for o in links.mentions if m.end <= o.start and o.end <= start]
    co = re.search(r"(?<![\w])mede\s+namens\s", text[m.end : start], re.IGNORECASE)
    if between and (co is None or between[0].start < m.end + co.start()):
        return None
    return m


_NOT_IN_POSSESSIVE = ".,;:!?()€0123456789"
# Where the sentence of a possessive starts: a stop and a space, or a blank line (not ';').
_SENTENCE_START = re.compile(r"[.!?](?=\s)|\n\s*\n")


def possessive(links: LinkInput, start: int, end: int) -> Mention | None:
    """``De gemeente Hengelo neemt geen toezicht meer af; haar plustakenbijdrage daalt daardoor met
    € 46.200``: ``haar``/``zijn`` with a money noun in the amount's clause is the money of the
    municipality the sentence opens with, when the sentence names no other before it."""
    words = link_words()
    lo = max(0, start - SENTENCE_WINDOW)
    window = links.text[lo:start]
    # No stop, bracket, euro sign or figure stands in the match: it starts after the last one.
    after_stop = max(window.rfind(c) for c in _NOT_IN_POSSESSIVE) + 1
    found = words.possessive_money_before.search(window, after_stop)
    if found is None or len(found["rest"].split()) > words.receive_gap_max_words:
        return None
    stops = list(_SENTENCE_START.finditer(window, 0, found.start()))
    if not stops and lo > 0:
        return None
    sentence = lo + (stops[-1].end() if stops else 0)
    named = [m for m in links.mentions if sentence <= m.start and m.end <= lo + found.start()]
    if not named or len({m.code for m in named}) != 1:
        return None
    opening = links.text[sentence:named[0].start]
    if re.fullmatch(r"\s*(?:" + words.municipality_articles + r"\s+)?", opening, re.IGNORECASE) is None:
        return None
    return None if in_group(links, named[0]) else named[0]


# 'is (hiervan) € Y ontvangen': a passive of receiving that names no receiver.
_PASSIVE_RECEIPT_BEFORE = re.compile(r"(?<![\w])(?:is|zijn|werd|werden)(?:\s+[^\W\d_]+){0,2}\s+$", re.IGNORECASE)
_RECEIVED_AFTER = re.compile(r"[ \t]+ontvangen(?![\w])", re.IGNORECASE)
# The Rijk's money may name its fund before the verb ('De algemene uitkering uit het gemeentefonds is
# geraamd op ...'), or its short name and year ('De rijksbijdrage GOA voor 2002 bedraagt'); a budget
# estimates it as an account states it; or the name of the uitkering, capitalised ('De decentralisatie-uitkering
# Maatschappelijke opvang stijgt met').
_CHANGE_VERB = re.compile(r"(?:\s+uit\s+het\s+gemeentefonds|(?:\s+[A-Z]{2,6})?\s+(?:voor|in|over)\s+(?:19|20)\d\d"
                          r"|\s+(?-i:[A-Z])[\w'’/-]+(?:\s+(?-i:[a-z])[\w-]+)?)?"
                          r"\s+(?:stijgt|steeg|daalt|daalde|groeit|groeide|bedraagt"
                          r"|bedroeg|neemt|nam|(?:is|wordt|werd)\s+(?:geraamd|begroot)\s+op)(?![\w])", re.IGNORECASE)


def received_by_the_document(links: LinkInput, start: int, end: int) -> bool:
    """In a municipality's own budget or accounts, money it receives with no receiver named:
    the sentence opens with money the Rijk or the province gives (``De algemene uitkering stijgt
    in 2026 met € 7,5 miljoen``), or a passive of receiving (``In 2019 is hiervan € 742.480
    ontvangen``). No municipality stands in the sentence before the amount."""
    lo = max(0, start - SENTENCE_WINDOW)
    stops = list(_SENTENCE_START.finditer(links.text, lo, start))
    sentence = stops[-1].end() if stops else lo
    if any(sentence <= m.start < start for m in links.mentions) or amounts_between(links, sentence, start):
        return False
    before = links.text[sentence:start]
    if _PASSIVE_RECEIPT_BEFORE.search(before) and _RECEIVED_AFTER.match(links.text, end):
        return True
    opening = re.match(r"\s*(?:de|het)\s+", before, re.IGNORECASE)
    if opening is None:
        return False
    subject = link_words().received_money_row.match(before, opening.end())
    if subject is None:
        return False
    rest = before[subject.end():]
    return (_CHANGE_VERB.match(rest) is not None and re.search(r"[,;:()]", rest) is None
            and len(rest.split()) <= link_words().receive_gap_max_words)
