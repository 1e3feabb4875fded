"""What a table's column of figures holds besides money, read from the figures themselves.

A label does not always say it (``Start``, ``Gereed``, ``Oplevering``); the cells do: a column of
nothing but years dates the rows. Read by ``pipeline.extract.amount_tables`` when it chooses a
table's money columns.
"""

from __future__ import annotations

import re

# A year as a table prints it alone in a cell: '2026', '2025/2026', '2030-2034'.
_YEAR_CELL = re.compile(r"(?:19|20)\d{2}(?:\s*[-/–]\s*(?:19|20)?\d{2})?")


def holds_years_only(cells: list[str]) -> bool:
    """Whether every filled cell of a column is a year (``Start | 2026``, ``2027``): the year a
    row's project starts or ends, no amount, however the table's caption scales its money
    (``x € 1 mln`` would make ``2026`` two billion). Two years at least: one alone is no column."""
    filled = [c.strip() for c in cells if c.strip()]
    return len(filled) >= 2 and all(_YEAR_CELL.fullmatch(c) for c in filled)
