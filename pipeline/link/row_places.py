"""The parts of a linked total in a table whose column labels OCR lost: columns by place.

``pipeline.link.rows.parts_of_a_linked_total`` adds up a column by its label. A scan's header
row may come out of OCR run into the first row's line (``Nr. Maatregel Verleend Besteed
Vastgesteld 1 _ Rotonde € 212.500 € 198.744 € 198.744``), and then no figure of the table has a
column label. The figures still stand in their columns: the n-th figure of each row with as
many figures as the total row is that column's. When each column adds up to the total row's
figure under it, and the running text gives that total to one municipality (``Ik stel de
specifieke uitkering vast op € 357.829`` in a letter to the college), the column's figures are
that municipality's money, as a labelled column's are.
"""

from __future__ import annotations

from pipeline.link.mentions import LinkInput, line_of


def _rows(links: LinkInput, facts: list) -> list[tuple[tuple[int, int], list[int]]]:
    """The page's facts grouped by the line they stand on, in reading order."""
    out: list[tuple[tuple[int, int], list[int]]] = []
    for i, fact in enumerate(facts):
        line = line_of(links.text, fact.char_start)
        if out and out[-1][0] == line:
            out[-1][1].append(i)
        else:
            out.append((line, [i]))
    return out


def _plain_row(links: LinkInput, facts: list, line: tuple[int, int], row: list[int], width: int) -> bool:
    """A row of the table above the total: as many figures, none labelled, totalled or linked,
    and no municipality named on its line."""
    return (len(row) == width
            and all(facts[k].column_label is None and not facts[k].is_total
                    and not facts[k].municipality_code and facts[k].value_eur is not None for k in row)
            and not any(line[0] <= m.start < line[1] for m in links.mentions))


def parts_by_place(links: LinkInput, facts: list) -> dict[int, str]:
    """Positions in ``facts`` (one page's amount facts in reading order) of the figures in a table
    without column labels whose columns add up to a total row the text links, mapped to that
    code. At least two figures to a row and two rows above the total."""
    out: dict[int, str] = {}
    rows = _rows(links, facts)
    for r, (_, total) in enumerate(rows):
        width = len(total)
        if width < 2 or not all(facts[k].is_total and facts[k].column_label is None
                                and facts[k].value_eur is not None for k in total):
            continue
        above: list[list[int]] = []
        for line, row in reversed(rows[:r]):
            if not _plain_row(links, facts, line, row, width):
                break
            above.append(row)
        if len(above) < 2:
            continue
        for j, k in enumerate(total):
            value = facts[k].value_eur
            if sum(facts[row[j]].value_eur for row in above) != value:
                continue
            codes = {f.municipality_code for f in facts
                     if f.column_label is None and not f.is_total and f.value_eur == value and f.municipality_code}
            if len(codes) == 1:
                out.update(dict.fromkeys((row[j] for row in above), next(iter(codes))))
    return out
