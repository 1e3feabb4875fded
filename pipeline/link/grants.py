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


def granted_perfect(links: LinkInput, start: int, end: int) -> Mention | None:
    """The municipality right after ``heeft`` in the amount's clause, when a participle of granting
    follows the amount or stands right before its ``van``."""
    auxiliary, after, before = _patterns()
    if after.match(links.text, end) is None and before.search(links.text, max(0, start - 40), start) is None:
        return None
    # The name may be the last before the amount or have a place or an organisation after it.
    lo = max(0, start - 200)
    for m in reversed([m for m in links.mentions if lo <= m.start and m.end <= start]):
        between = links.text[m.end:start]
        if re.search(r"[.;:!?\n]", between) or len(between.split()) > _GAP_MAX_WORDS:
            return None
        if auxiliary.search(links.text, max(0, m.start - 30), m.start) is not None:
            if amounts_between(links, m.end, start) or in_group(links, m):
                return None
            return m
    return None

