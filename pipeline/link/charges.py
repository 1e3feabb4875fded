"""A bill to one municipality: an invoice or a claim that a company or a joint body sends its college.

A ``FACTUUR`` addressed to ``Gemeente Dongen`` (``Vaste deelnemersbijdrage | 1 | 6.250,00 | 6.250,00``),
or a contractor's letter to the college of Meppel that ``dienen wij hierbij de volgende claim in`` over
its table (``Extra grondverbetering | € 38.440,00``): each line charged, its rate (``à € 3.150,00``) and
its btw are money the addressee is charged, and carry its code (ANNOTATING.md: money a municipality is
charged carries its code, as the lines of a grant's table under a letter to one college do); a
``Subtotaal`` or ``Totaal`` adds them up and gets none. A document that only mentions an invoice in
passing is no bill: the word must head it alone, or lead into the table.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import total_row
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# How far back from a table's first line its lead-in sentence is read.
_LEAD_CHARS = 300


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern]:
    words = alternation(load_file(AmountsLinkingFile).bill_words)
    heading = re.compile(r"\W*" + words + r"\W*$", re.IGNORECASE)
    lead = re.compile(r"(?<![\w])" + words + r"(?![\w])", re.IGNORECASE)
    return heading, lead


def charged_line(text: str, start: int) -> bool:
    """Whether the amount at ``start`` stands in a line of a bill's table: a table row (cells
    apart by tabs) that is no total, in a document headed by the bill's word alone or a table
    whose lead-in sentence names it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if "\t" not in line or total_row(text, start):
        return False
    heading, lead = _words()
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    if heading.match(first):
        return True
    # Back over the table's lines to its first, then to the sentence before it.
    table_start = line_start
    while table_start > 0:
        previous = text.rfind("\n", 0, table_start - 1) + 1
        if "\t" not in text[previous:table_start - 1]:
            break
        table_start = previous
    before = text[max(0, table_start - _LEAD_CHARS):table_start]
    ends = list(re.finditer(r"[.!?](?=\s)", before))
    return lead.search(before[ends[-1].end():] if ends else before) is not None
