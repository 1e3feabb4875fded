"""The costs of a case a ruling orders paid: the college's money when it pays or receives them.

A ruling closes with its orders on the costs: ``veroordeelt verweerder in de proceskosten van
eiseres tot een bedrag van € 1.750``, ``draagt verweerder op het betaalde griffierecht van € 365
aan eiseres te vergoeden``, ``gelast dat de minister aan het college het ... betaalde griffierecht
ten bedrage van € 1.076 vergoedt``. A ruling is a third party's document: the costs a college is
charged or paid carry its municipality (ANNOTATING.md), whichever side it is on. The college is
named in the order by the role the ruling gave it at its head (``het college van burgemeester en
wethouders van de gemeente Purmerend, verweerder``) or as ``het college``; an order naming only the
other parties (a minister charged, a foundation paid) is no one's money here. A municipality that is
itself the party (``de gemeente Westerwolde, eiseres``) is named in the order by its role alone. The
sentence that gives the sum (``De vergoeding bedraagt € 1.750``) is read with its paragraph, whose
sentences before it order the costs paid. An order may name the municipality itself as the one to pay
(``veroordeelt verweerder in de kosten van dit geding, ... te betalen door de gemeente Sneek aan eiser``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.gazetteer import lookup
from pipeline.link.mentions import LinkInput
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# An order is one item of the decision: it ends at a semicolon, a line's end or a full stop.
_ORDER_END = re.compile(r";|\n|\.(?=\s|$)")
# How far around the amount its order is read.
_ORDER_CHARS = 400
# The verbs that order costs paid.
# 'bepaalt dat van het college ... een griffierecht van € 561 wordt geheven': the appellant college pays the court.
_ORDERS = re.compile(r"(?<![\w])(?:veroordeelt|veroordelen|vergoedt|vergoeden|vergoeding|betaalt|betalen|geheven)"
                     r"(?![\w])", re.IGNORECASE)
_BARE_COLLEGE = re.compile(r"(?<![\w])het\s+college(?![\w-])(?!\s+van(?![\w]))", re.IGNORECASE)
# The college named in full in the order ('veroordeelt het college van burgemeester en wethouders van Oss'): the
# name after it is a mention of the college's own municipality.
_FULL_COLLEGE = re.compile(r"(?<![\w])college\s+van\s+burgemeester\s+en\s+wethouders\s+van\s+(?:de\s+gemeente\s+)?$",
                           re.IGNORECASE)


# 'de gemeente Westerwolde, eiseres': the municipality itself a party, its name after 'de gemeente'.
_PARTY_BEFORE = re.compile(r"(?<![\w])de\s+gemeente\s+$", re.IGNORECASE)
# The amount as the sum of costs ordered in the sentences before it: 'De vergoeding bedraagt (daarmee) € 1.750'.
_THE_SUM = re.compile(r"(?<![\w])(?:de|deze)\s+(?:vergoeding|proceskostenvergoeding|proceskosten)\s+"
                      r"(?:bedraagt|bedragen)(?:\s+daarmee)?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    data = load_file(AmountsLinkingFile)
    nouns = re.compile(rf"(?<![\w]){alternation(data.court_cost_nouns)}(?![\w])", re.IGNORECASE)
    # The college's role right after its name at the ruling's head.
    role = re.compile(r"(?<![\w])college\s+van\s+burgemeester\s+en\s+wethouders\s+van[^,;\n]{1,60},\s*"
                      rf"(?P<role>{alternation(data.court_party_roles)})(?![\w])", re.IGNORECASE)
    # The role right after a party's name: 'de gemeente Westerwolde, eiseres'.
    party_role = re.compile(rf",\s*(?P<role>{alternation(data.court_party_roles)})(?![\w])", re.IGNORECASE)
    # The same on a page whose names are not read: 'de gemeente Westerwolde, eiseres'.
    party = re.compile(r"(?<![\w])de\s+gemeente\s+(?P<name>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}),\s*"
                       rf"(?P<role>{alternation(data.court_party_roles)})(?![\w])", re.IGNORECASE)
    return nouns, role, party_role, party


def _college_role(text: str) -> str | None:
    found = {m["role"].lower() for m in _words()[1].finditer(text)}
    return found.pop() if len(found) == 1 else None


def _municipal_party(links: LinkInput, head: str, year: int | None) -> tuple[str, str] | None:
    """The municipality a ruling names as a party itself ('de gemeente Westerwolde, eiseres') and its role,
    on the amount's page or on the first (``head``)."""
    found = {(m.code, role["role"].lower()) for m in links.mentions
             if _PARTY_BEFORE.search(links.text, max(0, m.start - 20), m.start)
             and (role := _words()[2].match(links.text, m.end))}
    found |= {(named.code, m["role"].lower()) for m in _words()[3].finditer(head)
              if (named := lookup(m["name"], year)) is not None}
    return found.pop() if len(found) == 1 else None


def court_costs_party(links: LinkInput, start: int, end: int, college: str | None, head: str = "",
                      year: int | None = None) -> str | None:
    """The municipality whose costs of the case the amount is, when the ruling orders its college
    (``college`` its municipality's code) or the municipality it names as a party itself to pay or
    to be paid them; ``head`` is the ruling's first page when the amount stands on a later one,
    where the parties are named."""
    party = _municipal_party(links, head, year) if college is None else None
    if party is not None:
        college = party[0]
    text = links.text
    lo = max([max(0, start - _ORDER_CHARS), *(m.end() for m in _ORDER_END.finditer(text, max(0, start - _ORDER_CHARS),
                                                                                  start))])
    if _THE_SUM.search(text, lo, start):
        # 'De vergoeding bedraagt € 1.750': the sum of the costs the sentences before in its paragraph order paid.
        lo = max(0, text.rfind("\n", 0, start) + 1)
    stop = _ORDER_END.search(text, end, end + _ORDER_CHARS)
    order = text[lo:stop.start() if stop else min(len(text), end + _ORDER_CHARS)]
    if not (_words()[0].search(order) and _ORDERS.search(order)):
        return None
    if college is None:
        # The order names the municipality itself as the one to pay or be paid ('te betalen door de gemeente Sneek
        # aan eiser', 'bepaalt dat de gemeente Sneek aan eiser het griffierecht vergoedt').
        inside = [m for m in links.mentions if lo <= m.start < lo + len(order)]
        itself = [m for m in inside if _PARTY_BEFORE.search(text, max(0, m.start - 20), m.start)]
        return itself[0].code if itself and len({m.code for m in inside}) == 1 else None
    if any(lo <= m.start < lo + len(order) and m.code != college for m in links.mentions):
        return None
    role = party[1] if party is not None else _college_role(head + "\n" + text)
    named = any(lo <= m.start < lo + len(order) and m.code == college and _FULL_COLLEGE.search(text, lo, m.start)
                for m in links.mentions)
    by_role = role and re.search(rf"(?<![\w]){re.escape(role)}(?![\w])", order, re.IGNORECASE)
    return college if (party is None and (_BARE_COLLEGE.search(order) or named)) or by_role else None
