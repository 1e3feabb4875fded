"""A grant's settlement table in a letter to one municipality: each line is the addressee's money.

A province or ministry that fixes a grant sets the reckoning out under the decision
(``Verleende subsidie | € 450.000,00``, ``Vastgestelde subsidie | € 371.240,16``, ``Reeds betaald aan
voorschotten | € 405.000,00``, ``Terug te betalen | € 33.759,84``): the grant, its advances and what is
paid back are the addressee's (ANNOTATING.md: in a letter to one college the amounts it grants carry
its code, also in a table under it, not its ``Totaal``). A row of costs (``Subsidiabele kosten``) or
of a grant to an organisation is none, and neither is a row that names another municipality.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import total_row
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern]:
    data = load_file(AmountsLinkingFile)
    rows = re.compile(r"(?<![\w])" + alternation(data.settlement_rows) + r"(?![\w])", re.IGNORECASE)
    others = re.compile(r"(?<![\w])" + alternation(data.settlement_row_blockers), re.IGNORECASE)
    return rows, others


def settlement_row(text: str, start: int, row_label: str | None) -> bool:
    """Whether the table figure at ``start`` is a line of the addressee's grant settled: its row's
    label names the grant, an advance or what is paid back, no cost, no organisation, no total."""
    if not row_label or total_row(text, start):
        return False
    rows, others = _words()
    return rows.search(row_label) is not None and others.search(row_label) is None
