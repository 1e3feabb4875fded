"""A table's header and the lines above it: its column labels, caption and a header printed again.

The header is the table's leading lines without figures other than years (``Gemeente | Bedrag``,
``| 2022 | 2021``); a column's label is its header cells joined (``Begroting 2026``). Apart from
``pipeline.extract.amount_tables``, which decides from these labels and captions which columns
hold money and in what unit: this module only finds them.
"""

from __future__ import annotations

import re

from pipeline.extract import table_units
from pipeline.extract.table_cells import YEAR, Line, cell_text, is_year_cell, parse_figure
from pipeline.extract.table_units import BRACKETED_UNIT_END, SCALE

# A caption is read back at most this many lines above its table, and a short one has at most
# this many words.
CAPTION_LINES = 4
CAPTION_MAX_WORDS = 10


def split_header(text: str, lines: list[Line],
                 redactions: list[tuple[int, int]]) -> tuple[list[Line], list[Line]]:
    """A table's header and body: the header ends at the first line with a figure that is no
    year, or at a redacted line."""
    header_end = 0
    for line in lines:
        cells = [cell_text(text, c) for c in line.cells if c[1] > c[0]]
        if any(parse_figure(c) is not None and not is_year_cell(c) for c in cells[1:] or cells):
            break
        if any(rs < c[1] and c[0] < r_end for c in line.cells for rs, r_end in redactions):
            break  # a redacted row: the header is above it
        header_end += 1
    return lines[:header_end], lines[header_end:]


def column_labels(text: str, header: list[Line], n_columns: int, fallback: list[str]) -> list[str]:
    """Each column's header cells joined; a column the header leaves empty keeps its label."""
    labels = []
    for k in range(n_columns):
        parts = [cell_text(text, line.cells[k]) for line in header
                 if k < len(line.cells) and line.cells[k][1] > line.cells[k][0]]
        labels.append(" ".join(parts) or (fallback[k] if k < len(fallback) else ""))
    return table_units.mend_labels(labels)


def is_inner_header(text: str, line: Line, redactions) -> bool:
    """A line inside a table's body with two or more cells and no figure but years."""
    cells = [c for c in line.cells if c[1] > c[0]]
    if len(cells) < 2 or any(rs < c[1] and c[0] < r_end for c in cells for rs, r_end in redactions):
        return False
    return all(parse_figure(cell_text(text, c)) is None or is_year_cell(cell_text(text, c)) for c in cells[1:])


def caption_lines(text: str, spans: list[tuple[int, int]], first: int, money_headers: re.Pattern) -> list[str]:
    """The short lines right above a table (blank lines skipped), nearest last:
    its title, unit and a header the layout could not line up (``2026 2027``), also one
    OCR ran into a single long line (``_is_run_header``), read by ``money_headers``."""
    out: list[str] = []
    k, run_header = first - 1, False
    while k >= 0 and len(out) < CAPTION_LINES:
        line = text[spans[k][0]:spans[k][1]]
        k -= 1
        if not line.strip():
            continue
        if is_caption(line):
            out.insert(0, line)
        elif not run_header and _is_run_header(line, money_headers):
            run_header = True
            out.insert(0, line)
        else:
            break
    return out


# A sentence ends in one of these; a header the scan ran into one line does not.
_SENTENCE_END = re.compile(r"[.:;!?]\s*$")


def _is_run_header(line: str, money_headers: re.Pattern) -> bool:
    """A table's header that OCR could not line up with its columns and read as one run of
    words (``Gemeente Algemene uitkering 2018 Mutatie t.o.v. meicirculaire 2018``): it names
    a money column, holds no figure but years and ends no sentence. It stands between the
    table and its unit, which is read past it."""
    if "\t" in line or _SENTENCE_END.search(line) or re.search(r"\d", YEAR.sub(" ", line)):
        return False
    return money_headers.search(line) is not None


def repeats_header(labels: list[str], carried_columns: int, carried_labels: tuple[str, ...]) -> bool:
    """Whether a table's header repeats the carried table's (a continuation that prints its
    header again on the next page, its unit only over the first part)."""
    def norm(values) -> list[str]:
        return [" ".join(v.lower().split()) for v in values]
    return len(labels) == carried_columns and norm(labels) == norm(carried_labels) and any(labels)


def reruns_header(line: str, carried_labels: tuple[str, ...]) -> bool:
    """Whether a line above a table is the carried table's header printed again and run into
    one line of words: no caption of a new table."""
    return _folded(line) == _folded(carried_labels)


def _folded(text: str | tuple[str, ...]) -> str:
    return " ".join(" ".join(text if isinstance(text, tuple) else [text]).lower().split())


def is_caption(line: str) -> bool:
    """A line that can give a table its unit: short (a title or ``Bedragen x € 1.000``),
    one that names a scale, or a long title closed by its unit in brackets. A sentence that
    happens to say ``euro`` is not a caption."""
    return (len(line.split()) <= CAPTION_MAX_WORDS or SCALE.search(line) is not None
            or BRACKETED_UNIT_END.search(line) is not None)
