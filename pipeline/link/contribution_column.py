"""A column of what the row's municipality pays towards the row's project.

A water board's or a province's table of projects names the municipality each project lies in
beside it (``Kadeverbetering Lopikerwaard-Oost | Lopik | 4.850 | 310 | 0 | 4.540``): money for a
project gets none (ANNOTATING.md), also with that column. A column headed as the municipality's
contribution (``Bijdrage gemeente``, ``Gemeentelijke bijdrage``) is different: each of its cells is
what the municipality of its row pays to the body, money a named municipality pays another body,
so it carries that municipality's code, a ``0`` too. The project's gross and net credit and the
contributions of other parties in the same row stay no one's.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import LinkInput, Mention, line_of, total_row
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# The unit a header may end in: 'Bijdrage gemeente (€)', '(x € 1.000)'.
_UNIT = re.compile(r"\s*\([^()]*(?:€|EUR)[^()]*\)\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _column() -> re.Pattern:
    return re.compile(alternation(load_file(AmountsLinkingFile).municipal_contribution_columns), re.IGNORECASE)


def contribution_column(links: LinkInput, start: int, column_label: str | None) -> Mention | None:
    """The municipality of the row when the figure at ``start`` stands in a column of the row's
    municipality's own contribution; None in a total row or a row naming none or more than one."""
    label = _UNIT.sub("", " ".join(column_label.split())) if column_label else ""
    if not label or _column().fullmatch(label) is None:
        return None
    if total_row(links.text, start):
        return None
    line_start, line_end = line_of(links.text, start)
    k = bisect.bisect_left(links._starts, line_start)
    on_line = [m for m in links.mentions[k:] if m.end <= line_end]
    return on_line[0] if len({m.code for m in on_line}) == 1 else None
