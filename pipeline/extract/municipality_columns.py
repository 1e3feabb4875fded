"""Table columns that name something other than a municipality, whatever their cells spell.

A province shares its name with a municipality (``Groningen``, ``Utrecht``); in a column headed
``Provincie`` the cell is the province the row lies in (``Oldambt | Groningen | 9.100.000``), no
second municipality of the row. Read by ``pipeline.extract.municipality_rules``.
"""

from __future__ import annotations

import re

from pipeline.extract.municipality_lexicon import MunicipalityWords

# A table lasts this many lines above a row at most when looking for its header.
_MAX_ROWS = 80


def in_province_column(text: str, start_char: int, end_char: int, lex: MunicipalityWords) -> bool:
    """The name fills a cell, after the row's first, of a column whose header is a province word
    (``Gemeente | Provincie | Toegekend (€)``): the header is the first line of the run of table
    lines above, without a blank line between."""
    line_start = text.rfind("\n", 0, start_char) + 1
    sep = "\t" if "\t" in text[line_start:start_char] else "|" if "|" in text[line_start:start_char] else None
    if sep is None:
        return False
    column = text.count(sep, line_start, start_char)
    cell_start = text.rfind(sep, line_start, start_char) + 1
    cell_end = min((i for i in (text.find(sep, end_char), text.find("\n", end_char)) if i >= 0), default=len(text))
    if text[cell_start:cell_end].strip() != text[start_char:end_char].strip():
        return False
    top = line_start
    for _ in range(_MAX_ROWS):
        if top == 0:
            break
        above = text.rfind("\n", 0, top - 1) + 1
        if sep not in text[above:top - 1]:
            break
        top = above
    header_end = text.find("\n", top)
    cells = text[top:header_end if header_end >= 0 else len(text)].split(sep)
    if sep == "|" and cells and not cells[0].strip():
        cells = cells[1:]  # '| Gemeente | Provincie |': the bar opens the row
        column -= 1 if text[line_start:start_char].lstrip().startswith("|") else 0
    return top < line_start and 0 < column < len(cells) and re.sub(
        r"\s+", " ", cells[column].strip().lower()) in lex.province_column_headers
