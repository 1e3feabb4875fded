"""The costs of a case a ruling orders paid: the college's money when it pays or receives them.

A ruling closes with its orders on the costs: ``veroordeelt verweerder in de proceskosten van
eiseres tot een bedrag van € 1.750``, ``draagt verweerder op het betaalde griffierecht van € 365
aan eiseres te vergoeden``, ``gelast dat de minister aan het college het ... betaalde griffierecht
ten bedrage van € 1.076 vergoedt``. A ruling is a third party's document: the costs a college is
charged or paid carry its municipality (ANNOTATING.md), whichever side it is on. The college is
named in the order by the role the ruling gave it at its head (``het college van burgemeester en
wethouders van de gemeente Purmerend, verweerder``) or as ``het college``; an order naming only the
other parties (a minister charged, a foundation paid) is no one's money here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import LinkInput
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# An order is one item of the decision: it ends at a semicolon, a line's end or a full stop.
_ORDER_END = re.compile(r";|\n|\.(?=\s|$)")
# How far around the amount its order is read.
_ORDER_CHARS = 400
# The verbs that order costs paid.
# 'bepaalt dat van het college ... een griffierecht van € 561 wordt geheven': the appellant college pays the court.
_ORDERS = re.compile(r"(?<![\w])(?:veroordeelt|veroordelen|vergoedt|vergoeden|vergoeding|betaalt|betalen|geheven)(?![\w])",
                     re.IGNORECASE)
_BARE_COLLEGE = re.compile(r"(?<![\w])het\s+college(?![\w-])(?!\s+van(?![\w]))", re.IGNORECASE)
# The college named in full in the order ('veroordeelt het college van burgemeester en wethouders van Oss'): the
# name after it is a mention of the college's own municipality.
_FULL_COLLEGE = re.compile(r"(?<![\w])college\s+van\s+burgemeester\s+en\s+wethouders\s+van\s+(?:de\s+gemeente\s+)?$",
                           re.IGNORECASE)


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern]:
    data = load_file(AmountsLinkingFile)
    nouns = re.compile(rf"(?<![\w]){alternation(data.court_cost_nouns)}(?![\w])", re.IGNORECASE)
    # The college's role right after its name at the ruling's head.
    role = re.compile(r"(?<![\w])college\s+van\s+burgemeester\s+en\s+wethouders\s+van[^,;\n]{1,60},\s*"
                      rf"(?P<role>{alternation(data.court_party_roles)})(?![\w])", re.IGNORECASE)
    return nouns, role


def _college_role(text: str) -> str | None:
    found = {m["role"].lower() for m in _words()[1].finditer(text)}
    return found.pop() if len(found) == 1 else None


def court_costs_of_college(links: LinkInput, start: int, end: int, college: str | None, head: str = "") -> bool:
    """Whether the amount is costs of the case that the ruling orders the college (``college`` its
    municipality's code) to pay or to be paid; ``head`` is the ruling's first page when the amount
    stands on a later one, where the parties are named."""
    if college is None:
        return False
    text = links.text
    lo = max([max(0, start - _ORDER_CHARS), *(m.end() for m in _ORDER_END.finditer(text, max(0, start - _ORDER_CHARS),
                                                                                  start))])
    stop = _ORDER_END.search(text, end, end + _ORDER_CHARS)
    order = text[lo:stop.start() if stop else min(len(text), end + _ORDER_CHARS)]
    if not (_words()[0].search(order) and _ORDERS.search(order)):
        return False
    if any(lo <= m.start < lo + len(order) and m.code != college for m in links.mentions):
        return False
    role = _college_role(head + "\n" + text)
    named = any(lo <= m.start < lo + len(order) and m.code == college and _FULL_COLLEGE.search(text, lo, m.start)
                for m in links.mentions)
    return bool(_BARE_COLLEGE.search(order) or named
                or (role and re.search(rf"(?<![\w]){re.escape(role)}(?![\w])", order, re.IGNORECASE)))
