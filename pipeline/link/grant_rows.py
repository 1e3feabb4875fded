"""The rows of a grant letter's table that name the grant itself: the addressee's money.

A province's or ministry's letter to one college prints what it grants in a small table under
the text (``Subsidie (40%) | 111.085,40``, ``Voorschot 1999 (80% van de subsidie) | 88.868,32``,
``Vastgestelde subsidie | € 46.200``, ``Terug te betalen | € 3.800``): a row whose label is
the grant, its advance or its claw-back and nothing else is the addressee's money, as the same
words in the letter's sentences are (``pipeline.link.addressee``). Costs (``Subsidiabele
kosten``), a measure or a third party named in the label are not the grant, and neither is a
total row. Only in a letter whose text gives the addressee money already. The same words may head
a column whose rows are the grant's years (``Jaar | Verleend (€) | Verantwoorde besteding (€)``, ``2019 |
2.012.330 | 1.842.115``): each year's cell is the grant's too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import line_of
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


# A row's first cell that is a year or a period ('2019', '2019-2020'), after the row's bar if any.
_YEAR_CELL = re.compile(r"[ \t|]*(?:19|20)\d\d(?:[ \t]*[-\u2013/][ \t]*(?:19|20)?\d\d)?[ \t]*[\t|]")


def year_of_the_grant(text: str, start: int, column_label: str | None) -> bool:
    """Whether the table figure at ``start`` stands in a row opened by a year, under a column whose
    header is the grant alone (``Verleend (€)``, ``Vastgestelde uitkering``)."""
    return names_the_grant(column_label) and _YEAR_CELL.match(text, line_of(text, start)[0]) is not None
