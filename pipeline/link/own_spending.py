"""The writing municipality's own spending, named with its own name, in its own news item.

``Tilburg trekt 1,2 miljoen extra uit voor voorschoolse educatie`` heads Tilburg's own news item on its
site: what a municipality sets aside or spends itself is its own money in its own document and gets no
code (ANNOTATING.md; ``X trekt € Y uit`` carries X's code in a third party's document, as a newspaper
writes it, and a news item is read as a newspaper's unless its head names the municipality as its
publisher). Only the separable verbs of spending (``trekt uit``, ``stelt beschikbaar``, ``maakt vrij``,
``geeft uit``); what it receives (``krijgt toegekend``) keeps its code. In its letters and proposals
the same words name its co-financing of a project, which keeps its code (``pipeline.link.own``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import LinkInput, Mention
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# How far before the name an inverted verb may stand ('Naast de deal trok de gemeente X zelf € Y uit').
_BEFORE_CHARS = 40


@lru_cache(maxsize=1)
def _spending_verb() -> re.Pattern:
    return re.compile(alternation(load_file(AmountsLinkingFile).own_spending_verbs), re.IGNORECASE)


def own_spending(links: LinkInput, start: int, link: tuple[Mention, str], writer: str | None, news: bool) -> bool:
    """Whether ``link`` gives the amount at ``start`` to the municipality ``writer`` whose own news item
    (``news``) this is, by a separable verb of spending."""
    mention, rule = link
    if not news or writer is None or rule != "separable_verb" or mention.code != writer:
        return False
    return _spending_verb().search(links.text, max(0, mention.start - _BEFORE_CHARS), start) is not None
