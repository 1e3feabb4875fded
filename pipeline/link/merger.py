"""Reserves a merged-away municipality brought into its successor, in the successor's accounts.

``Algemene reserve ex-Haren | Stand 1-1-2019 | Onttrekking 2019 | Stand 31-12-2019``: the
opening balance is what Haren brought in, Haren's money (ANNOTATING.md: reserves a merged-away
municipality brought in carry the old municipality's code); the movements and the closing
balance are the successor's own reserve in its own document, none. In prose: ``Westvoorne bracht
daarnaast een bestemmingsreserve in van € 1.260.000``, ``Bij de herindeling bracht Ten Boer ook
een vordering ... in van € 1,4 miljoen``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.gazetteer import lookup
from pipeline.link.mentions import LinkInput, Mention, in_group
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# A municipality's name has at most this many words ('Bergen op Zoom').
_NAME_MAX_WORDS = 4


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern]:
    data = load_file(AmountsLinkingFile)
    prefixes = "|".join(re.escape(p) if p.endswith(("-", ".")) else re.escape(p) + r"[ \t]+"
                        for p in sorted(data.merged_away_prefixes, key=len, reverse=True))
    merged = re.compile(r"(?<![\w])(?i:" + prefixes + r")(?P<name>[A-Z][\w'’.-]*(?:[ \t-]+[\w'’.-]+){0,"
                        + str(_NAME_MAX_WORDS - 1) + "})")
    opening = re.compile(r"^\W*" + alternation(data.opening_balance_columns) + r"(?![\w])", re.IGNORECASE)
    return merged, opening


def brought_in(row_label: str | None, column_label: str | None) -> str | None:
    """The code of the merged-away municipality whose reserve the row is, for a figure in the
    opening balance column; None elsewhere."""
    merged, opening = _words()
    if not row_label or not column_label or opening.match(column_label) is None:
        return None
    for m in merged.finditer(row_label):
        words = m["name"].split()
        for n in range(len(words), 0, -1):
            found = lookup(" ".join(words[:n]).rstrip(".,:;)"))
            if found is not None:
                return found.code
    return None


# 'in van € Y' right before the amount: the particle of 'brengen ... in' and its object's 'van'.
_IN_VAN = re.compile(r"(?<![\w])in[ \t]+van[ \t]+\Z", re.IGNORECASE)
_BROUGHT = re.compile(r"(?<![\w])(?:bracht|brachten|brengt|brengen)(?![\w])", re.IGNORECASE)
# How far back from the amount the verb is looked for, within its sentence.
_CLAUSE_CHARS = 160


# 'die de voormalige gemeente X bij de herindeling inbracht: € Y': the verb closing a relative
# clause, the amount after a colon.
_BROUGHT_COLON = re.compile(r"(?<![\w])(?:inbracht|inbrachten|ingebracht|heeft[ \t]+ingebracht)[ \t]*:[ \t]*\Z",
                            re.IGNORECASE)
# Words between the name and that verb, at most.
_RELATIVE_MAX_WORDS = 8


def brought_in_clause(links: LinkInput, start: int, end: int) -> Mention | None:
    """The municipality that ``bracht ... in van € Y``: the subject right before the verb, or the
    name right after it (after an adverbial), in the amount's sentence. Or the subject of a clause
    closed by ``inbracht`` and a colon before the amount (``de reserve die de voormalige gemeente
    Haren bij de herindeling in 2019 inbracht: € 3,1 miljoen``)."""
    colon = _BROUGHT_COLON.search(links.text, max(0, start - 30), start)
    if colon is not None:
        before = [m for m in links.mentions if start - _CLAUSE_CHARS <= m.start and m.end <= colon.start()]
        if not before:
            return None
        m = before[-1]
        between = links.text[m.end:colon.start()]
        if re.search(r"[.;:!?\n,]", between) or len(between.split()) > _RELATIVE_MAX_WORDS:
            return None
        return None if in_group(links, m) else m
    if _IN_VAN.search(links.text, max(0, start - 12), start) is None:
        return None
    lo = max(0, start - _CLAUSE_CHARS)
    stops = [m.end() for m in re.finditer(r"[.;:!?\n]", links.text[lo:start])]
    lo += stops[-1] if stops else 0
    verbs = list(_BROUGHT.finditer(links.text, lo, start))
    if not verbs:
        return None
    verb = verbs[-1]
    for m in links.mentions:
        if lo <= m.start < start and (
                not links.text[m.end:verb.start()].strip() if m.end <= verb.start()
                else re.fullmatch(r"[ \t]+(?:de[ \t]+(?:voormalige[ \t]+)?gemeente[ \t]+)?",
                                  links.text[verb.end():m.start])):
            return None if in_group(links, m) else m
    return None
