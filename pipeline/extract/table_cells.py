"""A page's tables as lines of cells, and what each cell holds: a figure with its sign, or a label.

Tables reach the text as lines of cells: a PDF's or a scan's tables are
written by ``pipeline.ingest.tables`` with one tab between columns (an empty
cell an extra tab, so a cell's column is its tab count); text files give
cells split by ``|``, tabs or runs of spaces. A table is a run of such lines
(``table_runs``), ended by a blank line; short one-cell lines inside it are
section labels. A figure keeps its sign in every printed form (``parse_figure``:
``-/- 839.626``, ``(1.234)``, ``−1.234``); a dash is an empty cell. A row's label is its first
cell when it is text, and after figures the next text cell (``row_labels``).

Apart from ``pipeline.extract.amount_tables`` because none of this knows money: which
columns hold amounts, in what unit, is decided there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pipeline.extract import table_units
from pipeline.textlines import line_spans

YEAR = re.compile(r"(?:19|20)\d{2}(?:\s*[-/]\s*(?:19|20)?\d{2})?")
_FIGURE = re.compile(
    # A printed plus marks a voordeel in a table of differences ('+686').
    r"(?P<neg>-/-|[-−–](?!\s*/)|—(?=\d)|\+)?\s*(?P<open>\()?\s*(?:€|EUR|eur)?\s*(?P<neg2>[-−–])?\s*"
    # Two or more comma groups are thousands set in English ('1,480,000'): Dutch has one decimal comma.
    r"(?P<num>\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+|(?P<en>\d{1,3}(?:,\d{3}){2,})|\d+)"
    r"(?:(?P<dec>(?(en)(?!)|,\d{1,3}))|(?P<dot>\.\d{1,2}))?(?:,-{1,2}|,—)?"
    r"\s*(?P<scale>mln\.?|miljoen|mld\.?|miljard|k)?\s*(?P<close>\))?\s*(?P<neg3>-)?"
    # A budget deviation marked voordelig/nadelig ('1.206 V', '109 N'): a nadeel is a minus.
    r"(?:\s*(?P<mark>[VN]))?"
)
# A scale word in the cell itself: '17 mln', '-23.5 mln' (a decimal point only goes with one).
_CELL_SCALES = {"mln": 10**6, "mln.": 10**6, "miljoen": 10**6, "mld": 10**9, "mld.": 10**9,
                "miljard": 10**9, "k": 10**3}
DASH = re.compile(r"[-−–—]{1,2}|n\.?v\.?t\.?|nihil", re.I)
_PIPE_OR_SPACES = re.compile(r"\s*\|\s*|\s{2,}")
# Section labels in a row inside a table (``ACTIVA`` / ``Vaste activa``), at most.
LABELS_INSIDE = 4


@dataclass
class Line:
    start: int
    cells: list[tuple[int, int]]  # (start, end) in the page text; an empty cell has start == end


def cell_text(text: str, cell: tuple[int, int]) -> str:
    return text[cell[0]:cell[1]]


# OCR reads a speck on a photocopy as a quote glyph glued to the figure it stands before ('„648.220'),
# or as a low line after it ('61.200 _') or before it ('_ 5.230').
_SPECK_BEFORE_FIGURE = re.compile(r"[„‚'‘’\"“”`·]+(?=€?\s*\d)|_+ ?(?=€?\d)")
_SPECK_AFTER_FIGURE = re.compile(r"(?<=\d)[ ]+[_„‚'‘’\"“”`·]+$")


def _past_speck(text: str, s: int, e: int) -> tuple[int, int]:
    """Where a cell's figure starts and ends, past the specks OCR put beside it."""
    speck, after = _SPECK_BEFORE_FIGURE.match(text, s, e), _SPECK_AFTER_FIGURE.search(text, s, e)
    return (speck.end() if speck else s), (after.start() if after else e)


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    line = text[start:end]
    if "\t" in line:
        cells, pos = [], start
        for part in line.split("\t"):
            e = pos + len(part.rstrip())
            s, e = _past_speck(text, pos + (len(part) - len(part.lstrip())), e)
            cells.append((s, max(s, e)))
            pos += len(part) + 1
        return cells
    cells, pos = [], 0
    for sep in _PIPE_OR_SPACES.finditer(line):
        if sep.start() > pos:
            cells.append((start + pos, start + sep.start()))
        elif line.lstrip().startswith("|") and pos == 0:
            pass
        pos = sep.end()
    stripped = len(line.rstrip())
    if pos < stripped:
        cells.append((start + pos, start + stripped))
    return [(s, e) for s, e in cells if e > s]


def parse_figure(cell: str) -> Decimal | None:
    """The value of a figure as printed in a table cell, sign kept; None when it is no figure."""
    m = _FIGURE.fullmatch(cell.strip())
    if m is None:
        return None
    if m.group("dot") and not m.group("scale") and not m.group("en"):
        return None  # 1.5 without a scale word: a section number, not a figure
    digits = re.sub(r"[.,\u202f\u00a0 ]", "", m.group("num"))
    fraction = m.group("dec") or m.group("dot")
    try:
        value = Decimal(digits + (("." + fraction[1:]) if fraction else ""))
    except InvalidOperation:
        return None
    if m.group("scale"):
        value *= _CELL_SCALES[m.group("scale").lower()]
    negative = bool(m.group("neg") not in (None, "+") or m.group("neg2") or m.group("neg3")
                    or (m.group("open") and m.group("close")) or m.group("mark") == "N")
    if bool(m.group("open")) != bool(m.group("close")):
        return None
    return -value if negative else value


def is_year_cell(cell: str) -> bool:
    return YEAR.fullmatch(cell.strip()) is not None


def table_runs(text: str) -> list[tuple[int, list[Line]]]:
    """Runs of cell lines: (index of the first line, lines)."""
    spans = line_spans(text)
    lines = [Line(s, _split(text, s, e)) for s, e in spans]
    out: list[tuple[int, list[Line]]] = []
    current: list[Line] = []
    first = 0
    for k, line in enumerate(lines):
        n = len([c for c in line.cells if c[1] > c[0]])
        is_cells = n >= 2 or (n >= 1 and "\t" in text[spans[k][0]:spans[k][1]])
        if is_cells and table_units.is_unit_line(text[spans[k][0]:spans[k][1]], opens=not current):
            is_cells = False  # the caption above the table, its figure the unit's
        label_inside = (n == 1 and current and _labels_lead_to_cells(lines, k)
                        and not _heads_table_of_its_own(text, lines, k))
        if is_cells or label_inside:
            if not current:
                first = k
            current.append(line)
            continue
        if len(current) >= 2:
            out.append((first, current))
        current = []
    if len(current) >= 2:
        out.append((first, current))
    return out


def _labels_lead_to_cells(lines: list[Line], k: int) -> bool:
    """Whether the one-cell lines from ``k`` on (section labels: ``Vlottende activa``)
    lead to a line of cells, so that they are inside the table."""
    for line in lines[k + 1:k + 1 + LABELS_INSIDE]:
        n = len([c for c in line.cells if c[1] > c[0]])
        if n != 1:
            return n >= 2
    return False


# A numbered section heading: '5.2 Besteding', '3. Kosten per jaar'.
_NUMBERED_HEADING = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÀ-ÖØ-Þ][^\t]*")


def _heads_table_of_its_own(text: str, lines: list[Line], k: int) -> bool:
    """Whether the one-cell line ``k`` is a numbered section heading over a header row of its own
    (labels and years, no figure): the next section's table, not a label inside the one above."""
    if k + 1 >= len(lines) or not _NUMBERED_HEADING.fullmatch(text[lines[k].cells[0][0]:lines[k].cells[0][1]]
                                                               if lines[k].cells else ""):
        return False
    below = [cell_text(text, c).strip() for c in lines[k + 1].cells if c[1] > c[0]]
    return len(below) >= 2 and all(parse_figure(c) is None or is_year_cell(c) for c in below)


def row_labels(text: str, line: Line) -> list[str | None]:
    """The row label of each cell: the row's first cell when it is text, and after figures
    the next text cell: a balance set side by side (``Activa | 2023 | 2022 | Passiva |
    2023 | 2022``) labels the figures of its right half with its own label. A second text
    cell before any figure (``Almere | Flevoland | 5.678``) describes the row, it is no label."""
    out: list[str | None] = []
    label, after_figure = None, False
    for k, cell in enumerate(line.cells):
        out.append(label)
        value = cell_text(text, cell)
        if cell[1] <= cell[0] or DASH.fullmatch(value.strip()):
            continue
        if parse_figure(value) is not None:
            after_figure = True
        elif k == 0 or after_figure:
            label, after_figure = value, False
    return out


# Thousands grouped by commas: '1,245' or '1,245,300' (not '0,125' or '12,50').
_COMMA_GROUPS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])")


def dots_for_commas(cell: str) -> str:
    return _COMMA_GROUPS.sub(lambda m: m.group().replace(",", "."), cell)


def commas_group_thousands(text: str, body: list[Line], k: int) -> bool:
    """Whether column ``k`` writes its thousands with commas: OCR reads the dots of a
    scanned table as commas now and then (``1,245`` among ``3.611``), and tables set
    in English write them so (``1,245,300``). Money has no third decimal; a column
    with a cent (``12,50``) keeps its commas as decimal commas."""
    cells = [cell_text(text, line.cells[k]) for line in body
             if k < len(line.cells) and line.cells[k][1] > line.cells[k][0]]
    if any(re.search(r"\d,\d{1,2}(?!\d)", c) for c in cells):
        return False
    return any(_COMMA_GROUPS.search(c) for c in cells)
