"""Money another body gives, named as a noun phrase right before its amount, in a municipality's own document.

``2. De rijksbijdrage uit de Woningbouwimpuls van € 15.200.000 en de bijdrage van de provincie Flevoland
van € 2.000.000 als dekking te bestemmen``: a council proposal names the money the Rijk and the province
give it by what it is, with no verb of receiving (``pipeline.link.own`` reads ``wij ontvangen``). In the
municipality's own document it is its money (ANNOTATING.md: money another body gives it carries its
code); ``pipeline.normalize.amounts`` asks here where the document is the municipality's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.link.mentions import LinkInput
from pipeline.link.words import link_words

# At most this many words between the money's noun and 'van € Y' ('uit de Woningbouwimpuls').
_GIVER_MAX_WORDS = 5
# Where the amount's sentence or list item starts.
_CLAUSE_START = re.compile(r"[.!?;:](?=\s)|\n")


@lru_cache(maxsize=1)
def _phrase() -> re.Pattern:
    # The words between name the giver ('provincie Flevoland') or the fund ('uit de Woningbouwimpuls'); a verb
    # would make the money the subject of a clause about something else ('is berekend met het normbedrag van').
    name = r"(?:\s+(?-i:[A-Z])[\w'’.-]*){0," + str(_GIVER_MAX_WORDS) + "}"
    between = rf"(?:\s+(?:uit|van)\s+(?:de|het)\s+[\w'’.-]+{name}|{name})"
    return re.compile(r"(?<![\w])(?:de|het)\s+(?:" + link_words().received_money_row.pattern + r")" + between
                      + r"\s+van\s+\Z", re.IGNORECASE)


def named_income(links: LinkInput, start: int, end: int) -> bool:
    """Whether the amount at ``start`` closes ``de rijksbijdrage (uit ...) van``, ``de bijdrage van de
    provincie X van``: money the Rijk or the province gives, named right before it in its clause, no
    municipality named between."""
    lo = max(0, start - 120)
    stops = list(_CLAUSE_START.finditer(links.text, lo, start))
    lo = stops[-1].end() if stops else lo
    m = _phrase().search(links.text, lo, start)
    if m is None or _PART_OF.search(links.text, max(0, m.start() - 12), m.start()):
        return False  # 'Van de rijksbijdrage van € 20 miljoen ontvangt Venlo € 3,2 miljoen': the whole a part is of
    return not any(m.start() <= o.start < start for o in links.mentions)


# 'van' right before the noun phrase: the money named is the whole that a part is taken of.
_PART_OF = re.compile(r"(?<![\w])van\s+\Z", re.IGNORECASE)
