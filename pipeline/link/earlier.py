"""The same money in another period, in the clause or sentence right after it.

``Eemsdelta krijgt in 2025 € 1,94 miljoen; dit jaar was dat € 2,45 miljoen``, ``Het vervoer kost de
gemeente X dit jaar € 3,4 miljoen. Vorig jaar was dat nog € 3,2 miljoen``: ``dat`` points back at the
amount before, the same municipality's money a year earlier or later (ANNOTATING.md: a change in what
a municipality pays or gets carries its code, and so does the money itself). It belongs to whom the
amount before it belongs, when a rule links that one and no municipality stands between.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.amount_patterns import patterns
from pipeline.link.mentions import LinkInput
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile


@lru_cache(maxsize=1)
def _pointing_back() -> re.Pattern:
    """After the amount before: its unit, the end of its clause or sentence, a period and ``was dat``
    (or ``dat was`` and the period), ``nog`` or ``al`` before the amount."""
    period = (alternation(load_file(AmountsLinkingFile).other_periods)
              + r"|(?:in|over)[ \t]+(?:19|20)\d\d")
    verb = r"(?:was|is|bedroeg|bedraagt|wordt|werd)"
    return re.compile(
        rf"(?:{patterns().unit_after.pattern})?[ \t]*[.;][ \t]*\n?[ \t]*"
        rf"(?:(?:{period})[ \t]+{verb}[ \t]+(?:dat|dit|het)|(?:dat|dit|het)[ \t]+{verb}[ \t]+(?:{period}))"
        r"(?:[ \t]+(?:nog|al|ook))?[ \t]+", re.IGNORECASE)


def in_another_period(links: LinkInput, start: int) -> tuple[int, int] | None:
    """``...; dit jaar was dat € Y``, ``. Vorig jaar was dat nog € Y``: the amount right before, whose
    municipality, found by the rules, this one has too (``restated`` in ``pipeline.link.amounts`` asks here
    first and applies them)."""
    previous = links.amount_before(start)
    if previous is None or not _pointing_back().fullmatch(links.text, previous[1], start):
        return None
    return previous
