"""The rows of a table rebuilt from word boxes (``pipeline.ingest.tables``): a line's cells and which lines are rows.

A line's segments become its cells, left to right: a figure chained to its label is split off
it, and a word that starts where a column's cells start (or a figure that ends where its
figures end) opens that column's cell. A *row* is a line of two or more cells of which at least
one, after the first, is a figure or a dash (or a money figure first, then its cells); a label
with redaction boxes where its figures stood is a row of the table it stands in. Before the
tables are looked for, a row label wrapped round its figures and figures set a little lower or
higher than their row join that row.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from pipeline.grounds import is_code_text
from pipeline.ingest.redaction import REDACTION_MARK
from pipeline.ingest.rules import TableRules
from pipeline.ingest.table_columns import HEADER_SPLIT_GAP, _text, is_figure, is_figure_or_dash

_YEAR = re.compile(r"(?:19|20)\d{2}")


def _split_trailing_figures(segment, unit: float):
    """A label set close to its figures can be chained with them (``Totaal lasten 75.297
    73.872``, columns set closer than a line height): split the trailing figure tokens
    off, each its own cell, where a gap wider than a word space precedes it."""
    tokens = segment.tokens
    k = len(tokens)
    while k > 1 and is_figure_or_dash(tokens[k - 1].text):
        k -= 1
    if k == len(tokens) or k == 0:
        return [tokens]
    groups = [tokens[:k]]
    for token in tokens[k:]:
        gap = token.bbox.x0 - groups[-1][-1].bbox.x1
        if gap < 0.5 * unit:
            groups[-1] = groups[-1] + [token]
        else:
            groups.append([token])
    return groups if len(groups) > 1 else [tokens]


# How far (word heights) a word may start or end from where a column's cells start or its figures end.
COLUMN_EDGE_TOLERANCE = 0.3
# How many lines above and below a line are read for the columns its words may open.
COLUMN_LINES = 12


def _split_at_columns(lines: list[list[list]], unit: float, rules: TableRules) -> list[list[list]]:
    """A word inside a cell that starts where a column's cells start, or a figure that ends it
    where a column's figures end, opens that column's cell, however narrow the gap before it: a
    table squeezed beside a letter's margin sets its columns a word space apart (``Gemeente
    Amstelveen Herinrichting``, ``Toegankelijke bushalte 48.200``, ``R.K. Parochie H. 268.900``).
    Only in a line of cells, never inside a figure (``1 234``, ``€ 12,50``) nor before a year
    (``t/m 2024`` heads one column); the columns are those of the rows within ``COLUMN_LINES``
    lines, at least ``min_aligned_figures`` cells alike (another table on the page has its own)."""
    rows = [_is_row(groups) for groups in lines]
    tolerance = COLUMN_EDGE_TOLERANCE * unit
    out = []
    for k, groups in enumerate(lines):
        if len(groups) < 2:
            out.append(groups)
            continue
        near = range(max(0, k - COLUMN_LINES), min(len(lines), k + COLUMN_LINES + 1))
        cells = [(g, is_figure(_text(g))) for m in near if rows[m] for g in lines[m][1:]]
        # A word of text opens a column of text, a figure one of figures: a label that runs on over
        # the empty cell beside it ('Uitvoeringskosten provincie | | 240.000') stays one.
        starts = {kind: sorted(g[0].bbox.x0 for g, figure in cells if figure == kind) for kind in (False, True)}
        ends = sorted(g[-1].bbox.x1 for g, figure in cells if figure)

        def aligned(edges: list[float], x: float) -> bool:
            return bisect_right(edges, x + tolerance) - bisect_left(edges, x - tolerance) >= rules.min_aligned_figures

        split: list[list] = []
        for g in groups:
            cell = g[:1]
            for n, token in enumerate(g[1:], start=1):
                figure = is_figure(token.text)
                # A header's word where figures set flush left start opens their column's cell
                # when wider apart than a word space, or a word space apart when it opens with a
                # capital as a header cell does ('Variabele bijdrage Totaal 2025 (€)', the first
                # cell wrapped); a small word a word space on goes on the label ('Basistaken totaal').
                gap = token.bbox.x0 - g[n - 1].bbox.x1
                over_figures = (not rows[k] and gap > 0 and aligned(starts[True], token.bbox.x0)
                                and (token.text[:1].isupper() or gap >= HEADER_SPLIT_GAP * unit))
                if (not is_figure(_text(g)) and not _YEAR.fullmatch(token.text)
                        and (aligned(starts[figure], token.bbox.x0) or over_figures
                             or (n == len(g) - 1 and figure and aligned(ends, token.bbox.x1)))):
                    split.append(cell)
                    cell = [token]
                else:
                    cell.append(token)
            split.append(cell)
        out.append(split)
    return out


def _cells_of_line(segments, unit: float) -> list[list]:
    """The token groups of one line, left to right, a figure split off a label when apart."""
    groups: list[list] = []
    for s in sorted(segments, key=lambda s: s.x0):
        groups.extend(_split_trailing_figures(s, unit))
    return groups


def _is_row(groups: list[list]) -> bool:
    if len(groups) < 2:
        return False
    if any(is_figure_or_dash(_text(g)) and not _closes_bracket(groups, k) for k, g in enumerate(groups[1:], 1)):
        return True
    # An amount first, then the cells it belongs to ('€ 56.200 | Heerlen'): a money figure.
    first = _text(groups[0])
    return is_figure(first) and re.search(r"€|EUR", first) is not None


def _closes_bracket(groups: list[list], k: int) -> bool:
    """Whether the figure of cell ``k`` closes a bracket the cell before it opened, the line's
    only two cells: a caption that OCR read with a gap inside it (``Gemeentelijke bijdragen
    (bedragen x € | 1.000)``) is one phrase, no row, else its span joins the label and figure
    columns under it. A header of more cells whose last one ends so (``Begroting 2000 (x EUR |
    1.000)``) stays a line of the table."""
    if len(groups) != 2:
        return False
    text = _text(groups[k]).strip()
    before = " ".join(_text(g) for g in groups[:k])
    return text.endswith(")") and "(" not in text and before.count("(") > before.count(")")


def _is_box(text: str) -> bool:
    """A redaction box, its ground code printed on it or not (``█ 5.1.2b``)."""
    text = text.strip()
    return text.startswith(REDACTION_MARK) and (
        not text[1:].strip() or is_code_text(text[1:].replace(REDACTION_MARK, " ")))


def _is_boxed_row(groups: list[list]) -> bool:
    """A label and boxes where its figures stood (``Zutphen | Noordveen | █ 5.1.2b | █ 5.1.2b``
    in a Woo release): a row of the table it stands in, though it starts none. A box may run on
    into the words of the next cell (``█ 5.1.2e deels openbaar``), and a description may hold
    a date (``14-05-2024 Hotel Brussel, extra nacht``): words, no figure of the row."""
    return (len(groups) >= 2 and not _is_box(_text(groups[0]))
            and any(_opens_with_box(_text(g)) for g in groups[1:])
            # The code printed on a grey box may come out as a cell of its own beside it.
            and all(_opens_with_box(_text(g)) or is_code_text(_text(g)) or is_figure_or_dash(_text(g))
                    or not re.search(r"\d", _text(g)) or len(re.findall(r"[^\W\d]{3,}", _text(g))) >= 2
                    for g in groups[1:]))


def _opens_with_box(text: str) -> bool:
    """A box, or a box (and its code) before the words of the cell beside it."""
    words = text.strip().split()
    return _is_box(text) or (len(words) >= 2 and words[0] == REDACTION_MARK
                             and all(is_code_text(w) or w.isalpha() for w in words[1:]))



def _satellites(lines: list[list], tops: list[float], groups: list[list[list]], rows: list[bool],
                unit: float, rules: TableRules) -> set[int]:
    """Wrapped row labels: a row label set on two or three lines, with the row's figures
    centred between them (``Egalisatiereserve Gemeente`` / ``100  -99`` / ``Almere``).
    Such label lines sit closer to the row than one line of text can to another; their
    words join the row's label cell, above ones first. Returns the lines taken in."""
    taken: set[int] = set()
    for r, is_row in enumerate(rows):
        # A line of figures alone is a row once its label is found around it.
        if r in taken or not (is_row or all(is_figure(_text(g)) for g in groups[r])):
            continue
        figures = [g for g in groups[r] if is_figure(_text(g))]
        first_figure = min(g[0].bbox.x0 for g in figures) if figures else None
        above, below = [], []
        for k in (r - 1, r + 1):
            if (k < 0 or k >= len(lines) or k in taken or rows[k] or len(groups[k]) != 1
                    or abs(tops[k] - tops[r]) > rules.satellite_gap * unit):
                continue
            if (first_figure is None or max(t.bbox.x1 for t in groups[k][0]) >= first_figure
                    or is_figure(_text(groups[k][0])) and not _YEAR.fullmatch(_text(groups[k][0]))):
                continue  # over the figures: not part of the label
            (above if k < r else below).append(k)
        if not above and not below:
            continue
        own_label = [] if is_figure_or_dash(_text(groups[r][0])) else groups[r][0]
        rest = groups[r][1:] if own_label else groups[r]
        label = [t for k in above for t in groups[k][0]] + own_label + [
            t for k in below for t in groups[k][0]]
        groups[r] = [label] + rest
        for k in above + below:
            lines[r] = lines[r] + lines[k]
            taken.add(k)
        rows[r] = _is_row(groups[r])
    return taken


_CURRENCY_CELL = re.compile(r"^(?:€|EUR)$")


def _offset_figures(lines: list[list], tops: list[float], groups: list[list[list]], rows: list[bool],
                    unit: float, rules: TableRules, taken: set[int]) -> set[int]:
    """A row's last figures set a little lower or higher than its label and first figures
    (the cells of a word processor's table aligned differently: ``Arnhem | € 3.592.513``
    with ``€ 3.851.909`` half a line below it). A line of figures alone (and currency
    signs), closer to a row than one line of text can be to another, with every cell to
    the right of the row's cells, joins that row. Returns the lines joined."""
    joined: set[int] = set()
    for k in range(len(lines)):
        cells = [_text(g) for g in groups[k]]
        if (k in taken or not cells or not any(is_figure(c) for c in cells)
                or not all(is_figure(c) or _CURRENCY_CELL.match(c.strip()) for c in cells)):
            continue
        left = min(g[0].bbox.x0 for g in groups[k])
        near = [r for r in (k - 1, k + 1)
                if 0 <= r < len(lines) and r not in taken and r not in joined and rows[r]
                and abs(tops[r] - tops[k]) <= rules.satellite_gap * unit
                and max(t.bbox.x1 for g in groups[r] for t in g) < left]
        if not near:
            continue
        r = min(near, key=lambda n: abs(tops[n] - tops[k]))
        groups[r] = groups[r] + groups[k]
        lines[r] = lines[r] + lines[k]
        joined.add(k)
    return joined
