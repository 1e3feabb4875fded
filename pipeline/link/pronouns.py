"""A group named in one clause, its money in the next, pointed back to by ``hun`` or ``zij``.

``De gemeenten Epe en Heerde nemen deel in perceel 3 (Noord-Veluwe); hun aandeel bedraagt respectievelijk
€ 412.000 en € 268.000 per jaar``: the pronoun opening the clause after the semicolon is the group of the
clause before, so ``respectively`` (``pipeline.link.amounts``) gives the n-th amount to the n-th name as
it does in one clause.
"""

from __future__ import annotations

import re

from pipeline.link.mentions import LinkInput, amounts_between

# The clause break and the pronoun that opens the next clause: '; hun aandeel', ', zij betalen'.
_THEIR = re.compile(r"[;,:][ \t]*(?:hun|zij)(?![\w])", re.IGNORECASE)
# The group's clause and the pronoun's, at most this many words in all.
_MAX_WORDS = 24


def their_clause(links: LinkInput, lo: int, hi: int) -> bool:
    """Whether [lo, hi) runs from the group's end through its clause to a clause opened by ``hun`` or
    ``zij``: no sentence end, no other municipality or amount between, and not too long."""
    between = links.text[lo:hi]
    pronoun = _THEIR.search(between)
    if pronoun is None or re.search(r"[.!?\n]", between) or len(between.split()) > _MAX_WORDS:
        return False
    if _THEIR.search(between, pronoun.end()) is not None:
        return False  # a second pronoun: another group may be meant
    return not amounts_between(links, lo, hi) and not any(lo <= m.start < hi for m in links.mentions)
