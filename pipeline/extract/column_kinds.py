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


# A currency in brackets closing a column's label: 'Uitgekeerd (€)', 'Uitgaven (f)', 'Bedrag (EUR)'.
_CURRENCY_MARK = re.compile(r"\(\s*(?:€|eur|euro|euro's|f|ƒ|fl\.?|hfl\.?|nlg)\s*\)", re.I)


def unmarked_beside_marked(labels: list[str], k: int) -> bool:
    """Whether column ``k``'s label marks no currency while another column's does (``Aanvragen |
    Toegekend | Uitgekeerd (€)``): a header that marks its money columns one by one marks them
    all, and the one left unmarked counts (the applications granted), however much its word
    sounds like money. A table whose caption states the unit is read by its caption."""
    return (0 < k < len(labels) and _CURRENCY_MARK.search(labels[k]) is None and "€" not in labels[k]
            and any(_CURRENCY_MARK.search(label) for label in labels[1:]))


# A scale in euros in brackets in a column's label: '(x € 1 mln)', '(x € 1.000)'.
_SCALE_MARK = re.compile(r"\(\s*x\s*(?:€|eur)[^()]*\)", re.I)


def unmarked_before_scaled(labels: list[str], k: int) -> bool:
    """Whether column ``k``, its label unmarked, stands before the first column whose label scales its
    own figures in euros (``Provincie | Aanvragen | Beschikt | Budget beschikt (x € 1 mln)``): the
    header marks where the money starts, and the figures before it count (the applications
    decided), however much their word sounds like money. Read when no caption states the unit."""
    marked = [j for j, label in enumerate(labels) if j > 0 and _SCALE_MARK.search(label)]
    return (bool(marked) and 0 < k < marked[0] and "€" not in labels[k]
            and _CURRENCY_MARK.search(labels[k]) is None and _ANY_SCALE_MARK.search(labels[k]) is None)


# A scale of its own in any currency ('(xf 1.000)', '(x ƒ 1.000)'): a column marked as well.
_ANY_SCALE_MARK = re.compile(r"\(\s*x", re.I)


# A header run into one line of words that ends in a currency mark closing its last label. The tail of
# an earlier label that wrapped under the header may follow it, run on by the clean stage ('Huishoudens
# tot | 120%'): a fragment that starts in lower case or with a figure, never a year nor a label of its own.
_ENDS_IN_MARK = re.compile(_CURRENCY_MARK.pattern
                           + r"(?:\s+(?!(?:19|20)\d{2}(?!\S))(?-i:[a-z0-9(])[^\s€()]*\)?){0,2}\s*$", re.I)


def unmarked_before_run_marks(above: list[str], labels: list[str], n_columns: int, k: int) -> bool:
    """Whether column ``k`` of a table without a header of its own stands before the columns that a
    header run into one line above it marks one by one (``Aandeelhouder Aantal aandelen Nominaal
    kapitaal (€) Gestort agio (€) Dividend 2024 (€)``): each mark closes the label of one of the last
    columns, so the figures before them are not marked and count (the shares), as beside a
    header in cells (``unmarked_beside_marked``)."""
    if any(label.strip() for label in labels[1:]):
        return False
    for line in above:
        if "\t" not in line and _ENDS_IN_MARK.search(line):
            marks = len(_CURRENCY_MARK.findall(line))
            return marks >= 2 and 0 < k < n_columns - marks
    return False


def figures_under_marked_label(label: str, cells: list[str], parse) -> bool:
    """Whether a table's first column is money: its label marks the currency (``Grondwaarde (€)``)
    and every filled cell under it is a figure, no year (``40.000 | 960 | 860``, a table of the
    canon per land value). A first column is otherwise the rows' labels, and its figures
    (``2024``, ``Perceel 12``) name the row."""
    filled = [c.strip() for c in cells if c.strip()]
    return (_CURRENCY_MARK.search(label) is not None and len(filled) >= 2
            and all(parse(c) is not None and not _YEAR_CELL.fullmatch(c) for c in filled))


def counts_left_out_of_total(cells: list[str], totals: list[str]) -> bool:
    """Whether a column of a table printed in thousands holds small whole numbers that its total row
    leaves empty (``Betrokken gemeenten | 3`` beside ``2024 | 1.362``, bedragen x € 1.000): the
    number of something, no money, which the total row would sum. A total row must be there to
    say so; one that sums the column keeps it money."""
    filled = [c.strip() for c in cells if c.strip()]
    return (bool(totals) and all(not t.strip() for t in totals) and len(filled) >= 2
            and all(re.fullmatch(r"\d{1,2}", c) for c in filled))
