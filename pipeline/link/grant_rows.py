"""The rows of a grant letter's table that name the grant itself: the addressee's money.

A province's or ministry's letter to one college prints what it grants in a small table under
the text (``Subsidie (40%) | 111.085,40``, ``Voorschot 1999 (80% van de subsidie) | 88.868,32``,
``Vastgestelde subsidie | € 46.200``, ``Terug te betalen | € 3.800``): a row whose label is
the grant, its advance or its claw-back and nothing else is the addressee's money, as the same
words in the letter's sentences are (``pipeline.link.addressee``). Costs (``Subsidiabele
kosten``), a measure or a third party named in the label are not the grant, and neither is a
total row. Only in a letter whose text gives the addressee money already.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile


@lru_cache(maxsize=1)
def _grant_label() -> re.Pattern:
    words = alternation(load_file(AmountsLinkingFile).grant_row_labels)
    # The label may carry a year or a period and a bracket of its share or its source ('Voorschot 2025 (80%)',
    # 'Verleend bedrag 2019-2022', 'Verantwoorde besteding (SiSa)').
    return re.compile(rf"\s*{words}(?:\s+(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)\d\d)?)?(?:\s*\([^()]*\))?\s*:?\s*",
                      re.IGNORECASE)


def names_the_grant(row_label: str | None) -> bool:
    """Whether a table row's label is the grant, its advance or what is paid back, alone."""
    return bool(row_label) and _grant_label().fullmatch(" ".join(row_label.split())) is not None
