"""The cells and columns of a table rebuilt from word boxes (``pipeline.ingest.tables``).

A *figure* is what a table prints in a money cell (``1.234``, ``-/- 839.626``, ``(1.234)``,
``€ 12,50``, ``45%``) and a dash an empty one. The *columns* are the x-ranges that the row
segments cover, merged where they overlap, except where only a few labels run on over the empty
cell beside them; each word group goes to the column it overlaps most, a chain of words over
two columns split where it crosses (``_place``).
"""

from __future__ import annotations

import re

from pipeline.ingest.columns import is_debris

# A figure as printed in a table cell: sign forms, currency, thousands dots or
# spaces, decimals, a trailing ',-' or '%', a budget deviation's V or N (voordelig,
# nadelig). Dates (21.11.2024) and codes do not match. A procurement notice (eForms, TenderNed) prints
# its currency after the figure ('5 046 812,40 EUR').
# OCR reads a printed minus as an em dash glued to the figure ('—6.130'): still its sign.
FIGURE = re.compile(
    r"^(?:-/-|[-−–+]|—(?=\d)|\()?\s*(?:€|EUR|eur)?\s*[-−–]?\s*"
    # Thousands set in English ('5,820,000', '1,234.50') in a table of a document in English.
    r"(?:\d{1,3}(?:,\d{3}){2,}(?:\.\d{1,2})?|\d{1,3},\d{3}\.\d{1,2}|"
    r"(?:\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+|\d+)(?:,\d{1,3}|,-{1,2}|,—|\.\d(?=\s*m))?)"
    r"\s*(?:mln\.?|miljoen|mld\.?|miljard)?(?:\s*(?:EUR|€))?"
    r"\s*\)?\s*%?(?:\s*[VN])?$"
)
DASH = re.compile(r"^[-−–—]{1,2}$")
# Wider than a word space (a quarter of a word height in print), in word heights: header words
# this far apart on both sides of a column's left edge are two cells.
HEADER_SPLIT_GAP = 0.4


def is_figure(text: str) -> bool:
    return FIGURE.match(text.strip()) is not None


def is_figure_or_dash(text: str) -> bool:
    return is_figure(text) or DASH.match(text.strip()) is not None


_YEAR_CELL = re.compile(r"(?:19|20)\d{2}")


def years_over_figures(head: list[list], row: list[list]) -> bool:
    """A multi-year table of one row: a label over years (``Structureel saldo (x € 1.000) | 2025 |
    2026 | 2027``) and one line of figures, each under a year (``Begroting 2025 | 64 | −312 | −188``),
    as a supervisor's letter or a budget prints one balance over the years. Both lines are figures
    by the row test, too few to make a table, and set flush left their figures need not end alike."""
    if len(head) < 3 or len(row) != len(head) or is_figure(_text(head[0])) or is_figure(_text(row[0])):
        return False
    return all(_YEAR_CELL.fullmatch(_text(h).strip()) and is_figure(_text(g))
               and g[0].bbox.x0 < h[-1].bbox.x1 and h[0].bbox.x0 < g[-1].bbox.x1
               for h, g in zip(head[1:], row[1:], strict=True))


def _text(tokens) -> str:
    return " ".join(t.text for t in tokens)


def closes_wrapped_units(line: list[list], above: list[list]) -> bool:
    """Whether every cell of ``line`` closes a bracket that a cell of the line above leaves open:
    a header cell's unit wrapped onto the next line (``Vergoedingen raad (x €`` over ``1.000)``).
    Its figure is the end of a label, no row's; a row's negative figure opens its own bracket."""
    texts = [_text(g).strip() for g in line]
    return (bool(texts) and all(t.endswith(")") and "(" not in t for t in texts)
            and any(_text(g).count("(") > _text(g).count(")") for g in above))


def _columns(rows: list[list[list]], unit: float) -> list[tuple[float, float]]:
    """Column x-ranges: the spans of the row cells, merged where they overlap, except where
    only a few labels run on over the empty cell beside them (``_bridged``)."""
    spans = sorted((g[0].bbox.x0, max(t.bbox.x1 for t in g), not is_figure_or_dash(_text(g)),
                    _amount_like(_text(g)), row, _money_cell(_text(g))) for row, groups in enumerate(rows)
                   for g in groups)
    merged: list[list] = []
    for span in spans:
        if merged and span[0] < max(s[1] for s in merged[-1]) + 0.3 * unit:
            merged[-1].append(span)
        else:
            merged.append([span])
    return [column for members in merged for part in _rows_apart(members, unit)
            for column in _bridged(part, unit)]


def _rows_apart(spans: list[tuple], unit: float) -> list[list[tuple]]:
    """One merged column split where rows hold two cells in it: columns that shift from one block
    of rows to the next (a table whose parts were set apart, each fitted to its own figures, or
    whose later block has longer labels) chain into one range, and a row's figure would join the
    cell before it (``4.850 850``, ``Immateriële vaste activa 4.812``). A split needs at least
    two rows parted there: a figure or dash starting there after a figure of the row (two figures
    never share a cell), or a money figure (``4.812``, ``(185)``) after its label (a label's
    house number may end it); it goes where most rows are parted. Labels of other rows that run
    on over the split do not stretch the column before it."""
    best, best_k = 1, None
    figures: set[int] = set()  # the rows with a figure before spans[k]
    labels: set[int] = set()  # the rows with a label before spans[k]
    for k in range(1, len(spans)):
        (labels if spans[k - 1][2] else figures).add(spans[k - 1][4])
        start = spans[k][0]
        if start - spans[k - 1][0] < 0.3 * unit:
            continue
        parted, j = 0, k
        while j < len(spans) and spans[j][0] < start + 0.3 * unit:
            s = spans[j]
            parted += not s[2] and (s[4] in figures or (s[4] in labels and s[5]))
            j += 1
        if parted > best:
            best, best_k = parted, k
    if best_k is None:
        return [spans]
    start = spans[best_k][0]
    before = [s for s in spans[:best_k] if not (s[2] and s[1] > start + 0.3 * unit)] or spans[:best_k]
    return _rows_apart(before, unit) + _rows_apart(spans[best_k:], unit)


def _money_cell(text: str) -> bool:
    """A figure a money column prints: thousands or decimals marked, or a minus in brackets."""
    return _amount_like(text) or re.fullmatch(r"\(\s*\d+\s*\)", text.strip()) is not None


def _amount_like(text: str) -> bool:
    """A figure with its thousands or decimals marked (``250.000``, ``12,5``) or a dash: what a
    money column prints, unlike the house numbers or counts that end an address or a label
    (``Boksdoornstraat 25``)."""
    return DASH.match(text.strip()) is not None or (is_figure(text) and re.search(r"\d[.,]\d", text) is not None)


def _bridged(spans: list[tuple[float, float, bool, bool]], unit: float) -> list[tuple[float, float]]:
    """One merged column split where text runs over the start of the next: a spreadsheet
    prints a long label on over the empty cell beside it (``Uitvoeringskosten provincie``
    over an empty ``Vast bedrag``), which must not join the labels and the figures of every
    other row into one column. A split needs cells that begin there in at least two rows, most
    of them no bare numbers (the house numbers that end the addresses of an address column are
    no column of their own; amounts, ``_amount_like``, and names are), and more than twice as many
    cells on either side as labels running over it."""
    for k in range(1, len(spans)):
        start = spans[k][0]
        if start - spans[k - 1][0] < 0.3 * unit:
            continue
        left = spans[:k]
        over = [s for s in left if s[1] >= start - 0.3 * unit]
        clear = len(left) - len(over)
        bare_numbers = sum(not s[2] and not s[3] for s in spans[k:])
        if (all(s[2] for s in over) and len(spans) - k >= 2 and clear >= 2
                and 2 * len(over) < min(clear, len(spans) - k) and 2 * bare_numbers <= len(spans) - k):
            kept = [s for s in left if s not in over]
            return [(min(s[0] for s in kept), max(s[1] for s in kept))] + _bridged(spans[k:], unit)
    return [(min(s[0] for s in spans), max(s[1] for s in spans))]


def _column_of(group, columns: list[tuple[float, float]]) -> int:
    x0, x1 = group[0].bbox.x0, max(t.bbox.x1 for t in group)

    def overlap(col):
        return min(x1, col[1]) - max(x0, col[0])

    best = max(range(len(columns)), key=lambda k: overlap(columns[k]))
    if overlap(columns[best]) > 0:
        return best
    centre = (x0 + x1) / 2
    return min(range(len(columns)), key=lambda k: abs(centre - (columns[k][0] + columns[k][1]) / 2))


def _split_at_columns(group, columns: list[tuple[float, float]], unit: float, header: bool = False) -> list[list]:
    """A chain of words that stands over two columns of the other rows, split where it
    crosses: a figure set a little closer to its label than the segment gap
    (``Midden-Groningen 250.000``), header words set closer than that but wider than a word
    space (``Vast bedrag  Variabel deel  Totaal``, a table fitted to its contents). Words of
    a label that runs on over an empty cell are a word space apart and stay one cell. A speck
    OCR reads in the gap (``Code _ Specifieke uitkering``) does not close it: the gap is
    measured from the last word. A part keeps the column its first word stands in: a short word
    after it that stands over no column (``Verdeelsleutel %``) does not carry the part into the
    next column, whose header words would then join it (``% Aandeel resultaat``). In a header
    crammed into narrow columns a word that starts where a column starts, after a word that
    ended before it and more than a word space away, opens that column's cell
    (``Jeugdgezondheidszor Totaal 2025``)."""
    trailing = len(group)
    while trailing > 1 and is_figure_or_dash(group[trailing - 1].text):
        trailing -= 1
    parts = [[group[0]]]
    column = _column_of([group[0]], columns)
    for n, token in enumerate(group[1:], 1):
        k = _column_of([token], columns)
        before = next((t for t in reversed(parts[-1]) if not is_debris(t.text)), parts[-1][-1])
        gap = token.bbox.x0 - before.bbox.x1
        # A header's year a word space after its words, over no column, ends its cell
        # ('Algemene uitkering 2025' over flush-left figures): no figure split off a label.
        year_of_words = header and gap < HEADER_SPLIT_GAP * unit and not _overlaps(token, columns[k])
        if k != column and not (header and _unit_closed(group, n)) and (
                (n >= trailing and not year_of_words) or gap >= 0.5 * unit or (
                header and gap >= HEADER_SPLIT_GAP * unit and before.bbox.x1 < columns[k][0] <= token.bbox.x0)):
            parts.append([token])
            column = k
        else:
            parts[-1].append(token)
            if _overlaps(token, columns[k]):
                column = k
    return parts


def _unit_closed(group, n: int) -> bool:
    """Whether token ``n`` closes a bracket the words before it opened: the end of a header's unit
    (``Griffie (x € 1.000)``), which stays in its label's cell."""
    before = "".join(t.text for t in group[:n])
    return group[n].text.rstrip().endswith(")") and before.count("(") > before.count(")")


def _overlaps(token, column: tuple[float, float]) -> bool:
    return min(token.bbox.x1, column[1]) > max(token.bbox.x0, column[0])


def _place(groups: list[list], columns: list[tuple[float, float]], unit: float, header: bool = False) -> list[list]:
    cells: list[list] = [[] for _ in columns]
    for g in groups:
        for part in _split_at_columns(g, columns, unit, header) if len(g) > 1 else [g]:
            cells[_column_of(part, columns)].extend(part)
    return cells
