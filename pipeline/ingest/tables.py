"""Tables of figures rebuilt from word boxes: rows and columns, written as tab-separated lines.

A page's layout (``pipeline.ingest.layout``) reads running text column by
column. A table read that way comes out as a column of labels followed by a
column of figures, and no rule can tell which figure belongs to which row.
This step finds the tables first, from the boxes alone, so they work the same
for a PDF's text layer and for tesseract's words:

1. A *row* (``pipeline.ingest.table_rows``) is a line of two or more segments (runs of words split by a wide
   gap) of which at least one, after the first, is a figure (``1.234``,
   ``-/- 839.626``, ``(1.234)``, ``€ 12,50``, ``45%``) or a dash.
2. A *table* is a run of at least ``min_rows`` rows, one under the other
   (line distance at most ``max_row_gap`` word heights), whose figures line
   up: ``min_aligned_figures`` of them end at the same x (figures are set
   right-aligned). Short one-segment lines between rows (``Lasten``) belong to
   the table; so do up to ``max_header_lines`` lines of short cells right
   above the first row (``Gemeente | Bedrag``, ``2022 | 2021``).
3. The *columns* (``pipeline.ingest.table_columns``) are the x-ranges that the row segments cover, merged where
   they overlap; each segment of the table goes to the column it overlaps most.

A table's lines are written with one tab between columns, an empty column as
an extra tab (``Almere\\t\\t5.678``), so the cell of every figure is known by
counting tabs; the clean stage keeps such lines apart, and the amounts rules
read the header and the row label from them. A page whose rows cannot be
lined up keeps its ordinary reading (the table is simply not found).
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from pipeline.ingest.rules import TableRules
from pipeline.ingest.table_columns import (
    _columns,
    _place,
    _text,
    closes_wrapped_units,
    is_figure,
    is_figure_or_dash,
    years_over_figures,
)
from pipeline.ingest.table_rows import (
    _YEAR,
    _cells_of_line,
    _is_boxed_row,
    _is_row,
    _offset_figures,
    _satellites,
    _split_at_columns,
)

MAX_HEADER_WORDS = 8


@dataclass
class TableLine:
    """One line of a table: the tokens of each column (empty list: empty cell)."""

    top: float
    cells: list[list]  # list[list[Token]]


@dataclass
class Table:
    top: float
    bottom: float
    lines: list[TableLine]


def _aligned(rows: list[list[list]], unit: float, rules: TableRules) -> bool:
    """Whether enough figures of the rows end at the same x (right-aligned columns)."""
    ends = sorted(g[-1].bbox.x1 for groups in rows for g in groups if is_figure(_text(g)))
    tolerance = rules.align_tolerance * unit
    best = 0
    lo = 0
    for hi, x in enumerate(ends):
        while x - ends[lo] > tolerance:
            lo += 1
        best = max(best, hi - lo + 1)
    return best >= rules.min_aligned_figures


def _ends_on(groups: list[list], ends: list[float], tolerance: float) -> bool:
    """Whether every figure of a line ends where a figure of the table ends."""
    figures = [g[-1].bbox.x1 for g in groups if is_figure(_text(g))]
    return bool(figures) and all(any(abs(x - e) <= tolerance for e in ends) for x in figures)


def _wrapped_cells(table_lines: list[TableLine], rows: list[bool], unit: float) -> list[TableLine]:
    """The text cells of a row wrapped onto the next line, as a word processor's table wraps
    a cell too narrow for its text (``Kanaalzone | gemeente | 35.000.000`` over ``Zeeuws-Vlaanderen
    | Terneuzen``, ``Noord-Veluwe | gemeente | 20.000.000`` over ``| Harderwijk``): a line
    without figures right under a row, whose words stand only under the row's text cells and
    at least one of them beside the label column, joins that row. A line in the label column
    alone is a section label, unless it is the label wrapped (``Gemeente`` over ``Leeuwarden``
    in a narrow first column, ``_continues_row``)."""
    out: list[TableLine] = []
    previous_row = False
    for line, is_row in zip(table_lines, rows, strict=True):
        filled = [k for k, cell in enumerate(line.cells) if cell]
        above = out[-1].cells if out else []
        if (previous_row and not is_row and filled and (
                max(filled) > 0 and all(above[k] and not is_figure_or_dash(_text(above[k]))
                                        and not is_figure_or_dash(_text(line.cells[k])) for k in filled)
                or _continues_row([c for c in above if c], [c for c in line.cells if c], unit))):
            out[-1] = TableLine(out[-1].top, [a + b for a, b in zip(above, line.cells, strict=True)])
            continue
        out.append(line)
        previous_row = is_row
    return out


def _continues_row(row: list[list], line: list[list], unit: float) -> bool:
    """Whether ``line`` holds the text cells of ``row`` wrapped (``_wrap_onto``)."""
    return _wrap_onto(row, line, unit) is not None


def _wrap_onto(row: list[list], line: list[list], unit: float) -> list[list] | None:
    """``row`` with the cells of ``line`` added when ``line`` holds its text cells wrapped: each
    of its cells starts where a text cell of the row starts, stays within that cell's column, and
    its first word would not have fit after the cell's last word before the row's next cell, a
    space clear of it: a word processor wraps a cell only then, keeping white before the next
    column (``Waterschap Rijn`` over ``en IJssel``, where ``en`` would have touched it). A section
    label under a row (``Beek | 61`` over ``Overige gemeenten``) would have fit beside the label
    above it; a line of running text runs over the next column. The row returned takes the next
    wrapped line too (a cell wrapped onto three lines, its last word a number: ``Herinrichting`` /
    ``Bovenkerkerweg, fase`` / ``2``)."""
    if not line:
        return None
    merged = [list(r) for r in row]
    for g in line:
        k = next((k for k, r in enumerate(row) if abs(r[0].bbox.x0 - g[0].bbox.x0) <= 0.5 * unit), None)
        if k is None or k + 1 >= len(row) or is_figure_or_dash(_text(row[k])):
            return None
        room_end = row[k + 1][0].bbox.x0
        first = g[0].bbox.x1 - g[0].bbox.x0
        if max(t.bbox.x1 for t in g) > room_end or row[k][-1].bbox.x1 + 0.5 * unit + first <= room_end:
            return None
        merged[k] += g
    # A figure alone under a text cell is its last word wrapped, never a row of its own.
    if any(is_figure_or_dash(_text(g)) for g in line) and len(line) > 1:
        return None
    return merged


def _is_header(groups: list[list]) -> bool:
    """Short cells without figures other than years: a header or a caption line."""
    for g in groups:
        text = _text(g)
        if len(text.split()) > MAX_HEADER_WORDS:
            return False
        if is_figure(text) and not _YEAR.fullmatch(text.strip()):
            return False
    return True


def _labels_a_value(groups: list[list]) -> bool:
    """A form's line of a label and its value (``Tijd: | 08.30 - 16.30 uur | Trainer: | ...``):
    its first cell ends in a colon. A form's head above a table lists its particulars so; a
    column's header names the column and needs no colon."""
    return len(groups) >= 2 and _text(groups[0]).rstrip().endswith(":")


def _runs_on(groups: list[list]) -> bool:
    """A line of running text whose sentence goes on to the next line: more words than a header
    or caption has, and no stop at its end (``... Zo ziet de verdeling eruit (x`` over ``€ 1.000):``,
    the end of the sentence, not a caption of the table under it)."""
    text = " ".join(_text(g) for g in groups).rstrip()
    return len(text.split()) > MAX_HEADER_WORDS and not text.endswith((".", "!", "?", ":", ";"))


def _over_figures(groups: list[list], figures_left: float | None) -> bool:
    """A line of two or more cells whose cells after the first stand over the table's figures."""
    return (figures_left is not None and len(groups) >= 2
            and all(g[-1].bbox.x1 > figures_left for g in groups[1:]))


def _left_of_figures(label: list, row: list[list], figures_left: float) -> bool:
    """A section label starts left of the figures and ends before the first row's first figure
    does (``Kop van Noord-Holland`` a little wider than the name column, over right-aligned
    figures): it stands over no figure column of its own."""
    first = next((g for g in row[1:] if is_figure(_text(g))), None)
    return (label[0].bbox.x0 < figures_left
            and max(t.bbox.x1 for t in label) < (first[-1].bbox.x1 if first else figures_left))


def _row_pitch(members: list[int], rows: list[bool], tops: list[float], limit: float) -> float | None:
    gaps = [tops[b] - tops[a] for a, b in zip(members, members[1:], strict=False)
            if rows[a] and rows[b] and tops[b] - tops[a] <= limit]
    return median(gaps) if gaps else None


def find_tables(segments, unit: float, rules: TableRules) -> tuple[list[Table], list, int]:
    """The tables among a page's segments, the segments that are not part of one, and
    how many runs of rows looked like a table but could not be lined up (read as lines)."""
    by_line: dict[int, list] = {}
    for s in segments:
        by_line.setdefault(s.line, []).append(s)
    all_lines = sorted(by_line.values(), key=lambda ss: min(s.top for s in ss))
    all_tops = [min(s.top for s in ss) for ss in all_lines]
    all_groups = _split_at_columns([_cells_of_line(ss, unit) for ss in all_lines], unit, rules)
    all_rows = [_is_row(g) for g in all_groups]
    taken = _satellites(all_lines, all_tops, all_groups, all_rows, unit, rules)
    taken |= _offset_figures(all_lines, all_tops, all_groups, all_rows, unit, rules, taken)
    keep = [n for n in range(len(all_lines)) if n not in taken]
    lines = [all_lines[n] for n in keep]
    tops = [all_tops[n] for n in keep]
    groups = [all_groups[n] for n in keep]
    rows = [all_rows[n] for n in keep]
    boxed = [not rows[k] and _is_boxed_row(groups[k]) for k in range(len(lines))]
    row_gap = rules.max_row_gap * unit
    tolerance = rules.align_tolerance * unit

    # The distinct x where the current table's figures end, folded in as rows join it
    # (a long table is not walked again for every line that may join it).
    ends: list[float] = []
    folded = [0]

    def figure_ends(members: list[int]) -> list[float]:
        for k in members[folded[0]:]:
            for g in groups[k] if rows[k] else ():
                x = g[-1].bbox.x1
                if is_figure(_text(g)) and not any(abs(x - e) <= tolerance for e in ends):
                    ends.append(x)
        folded[0] = len(members)
        return ends

    def between_rows(j: int, members: list[int]) -> int:
        """How many lines from ``j`` on are labels or a repeated header inside the table:
        short lines without figures, followed by a row that lines up with the table's."""
        n = 0
        while (j + n < len(lines) and not rows[j + n] and n < rules.max_inner_lines
               and _is_header(groups[j + n])
               and (n == 0 or tops[j + n] - tops[j + n - 1] <= row_gap)):
            n += 1
        if n == 0 or j + n >= len(lines) or not rows[j + n]:
            return 0
        if tops[j + n] - tops[j + n - 1] > row_gap:
            return 0
        if tops[j] - tops[members[-1]] > rules.max_total_gap * unit:
            return 0
        # One short line between rows is a section label; more (a label on several
        # lines), or a line of cells (a repeated header), must lead to a row set like
        # the table's own.
        if n > 1 or len(groups[j]) > 1 or tops[j] - tops[members[-1]] > row_gap:
            return n if _ends_on(groups[j + n], figure_ends(members), tolerance) else 0
        return n

    def wraps_header(k: int, figures_left: float) -> bool:
        """A line of header cells' ends under the header line they wrapped from (``Jeugdgezondheidszor``
        over ``g``): every cell stands over the figures, the line above is the header."""
        return (k > 0 and all(g[0].bbox.x0 >= figures_left for g in groups[k])
                and _over_figures(groups[k - 1], figures_left) and tops[k] - tops[k - 1] <= row_gap)

    def header_over_labels(i: int, figures_left: float | None, header_gap: float) -> list[int]:
        """Section labels between a header and the first row (``ACTIVA`` / ``Vaste activa``
        under ``31-12-2023 | 31-12-2022`` and ``€ | €``, as annual accounts set them): the
        header lines and the labels, or nothing when no header of cells over the figures
        is above them."""
        if figures_left is None:
            return []
        labels: list[int] = []
        k = i - 1
        while (k >= 0 and k not in used and len(labels) < rules.max_inner_lines
               and len(groups[k]) == 1 and _is_header(groups[k])
               and _left_of_figures(groups[k][0], groups[i], figures_left)
               and tops[(labels or [i])[0]] - tops[k] <= row_gap
               and not _text(groups[k][0]).rstrip().endswith((".", ",", ";", ":"))):
            labels.insert(0, k)
            k -= 1
        header: list[int] = []
        while (labels and k >= 0 and k not in used and len(header) < rules.max_header_lines
               and tops[(header or labels)[0]] - tops[k] <= max(header_gap, row_gap)
               and (_over_figures(groups[k], figures_left) or wraps_header(k, figures_left))
               and _is_header(groups[k])):
            header.insert(0, k)
            k -= 1
        return header + labels if header else []

    used: set[int] = set()
    tables: list[Table] = []
    not_rebuilt = 0
    i = 0
    while i < len(lines):
        if not rows[i]:
            i += 1
            continue
        members = [i]
        ends.clear()
        folded[0] = 0
        j = i + 1
        # The last row with its cells wrapped so far, while the lines under it may wrap it further.
        open_row: list[list] | None = groups[i]
        while j < len(lines):
            gap = tops[j] - tops[members[-1]]
            if (rows[j] or boxed[j]) and gap <= row_gap:
                members.append(j)
                open_row = groups[j] if rows[j] else None
                j += 1
            elif (rows[j] and gap <= rules.max_total_gap * unit
                  and _ends_on(groups[j], figure_ends(members), tolerance)):
                # A row set apart (a blank line between sections, totals below a
                # rule) whose figures end where the table's end.
                members.append(j)
                open_row = groups[j]
                j += 1
            elif n := between_rows(j, members):
                members.extend(range(j, j + n))
                open_row = None
                j += n
            elif open_row is not None and gap <= row_gap and (wrapped := _wrap_onto(open_row, groups[j], unit)):
                # The last row's text cells wrapped onto the line under it.
                members.append(j)
                open_row = wrapped
                j += 1
            else:
                break
        row_members = [k for k in members if rows[k]]
        one_row = len(row_members) == 2 and years_over_figures(*(groups[k] for k in row_members))
        if len(row_members) < rules.min_rows and not one_row:
            i = j if j > i + 1 else i + 1
            continue
        if not one_row and not _aligned([groups[k] for k in row_members], unit, rules):
            not_rebuilt += 1
            i = j
            continue
        # A header is set with the table's own line spacing, which may be wider than
        # the page's text: measured against the rows' pitch, not only the word height.
        pitch = _row_pitch(members, rows, tops, row_gap) or 0.0
        header_gap = max(rules.max_header_gap * unit, rules.header_pitch * pitch)
        # A header whose cells stand over the figures may be set a blank line apart:
        # two rows' pitch, which OCR's smaller word heights make many word heights.
        wide_gap = max(header_gap, 2 * pitch)
        figures_left = min((g[0].bbox.x0 for m in row_members for g in groups[m][1:]
                            if is_figure(_text(g))), default=None)
        header: list[int] = []
        k = i - 1
        left = min(groups[m][0][0].bbox.x0 for m in row_members)
        while (k >= 0 and len(header) < rules.max_header_lines and k not in used
               and tops[(header or [i])[0]] - tops[k] <= (
                   wide_gap if _over_figures(groups[k], figures_left) else header_gap)
               and (_is_header(groups[k]) or k > 0 and closes_wrapped_units(groups[k], groups[k - 1]))
               and not _labels_a_value(groups[k])
               # One cell at the left edge is a caption or the end of a paragraph, not a header.
               and (len(groups[k]) >= 2 or groups[k][0][0].bbox.x0 > left + 2 * unit)):
            header.insert(0, k)
            k -= 1
        if not header:
            header = header_over_labels(i, figures_left, wide_gap)
            k = (header or [i])[0] - 1
        # The table's caption right above its header (``Bedragen x € 1.000``): one
        # short cell at the left edge that does not end a sentence.
        top = (header or [i])[0]
        if (k >= 0 and k not in used and len(groups[k]) == 1
                and tops[top] - tops[k] <= header_gap and _is_header(groups[k])
                and not _text(groups[k][0]).rstrip().endswith((".", ",", ";"))
                and not (k > 0 and k - 1 not in used and tops[k] - tops[k - 1] <= row_gap
                         and _runs_on(groups[k - 1]))):
            header.insert(0, k)
        columns = _columns([groups[m] for m in row_members], unit)
        if len(columns) < 2:
            not_rebuilt += 1
            i = j
            continue
        table_lines = [TableLine(tops[m], _place(groups[m], columns, unit, header=True)) for m in header]
        table_lines += _wrapped_cells([TableLine(tops[m], _place(groups[m], columns, unit)) for m in members],
                                      [rows[m] or boxed[m] for m in members], unit)
        tables.append(Table(min(s.top for m in (header or members)[:1] for s in lines[m]),
                            max(s.bottom for m in members for s in lines[m]), table_lines))
        used.update(header + members)
        i = j
    rest = [s for n, ss in enumerate(lines) if n not in used for s in ss]
    return tables, rest, not_rebuilt


def median_unit(segments) -> float:
    heights = [t.height for s in segments for t in s.tokens]
    return median(heights) if heights else 10.0
