"""Figures in tables: every figure in a money column is an amount, with its row and column.

A page's tables come as lines of cells (``pipeline.extract.table_cells``, which also reads a
cell's figure with its sign and a row's labels), each with its header and the caption above it
(``pipeline.extract.table_headers``). This module decides from them which columns hold money, in
what scale and currency, and which rows are totals; and what a table hands on to the next page.

- A column holds *money* when its label names money (``Bedrag``, ``€``,
  ``Realisatie``), or when the caption above the table or its header marks the
  table as one of euros (``Bedragen x € 1.000``, ``(in euro's)``) or names a
  financial statement (``Balans``, ``Kasstroomoverzicht``) and the column's
  label is not a count or a share (``Aantal``, ``%``, ``fte``), or when its
  cells carry a currency sign.
- The *scale* is the column's own (``Subsidie (x € 1.000)``) or the table's; a
  table without one takes the document's (``DocumentUnit``), unless its header
  names the currency alone (``2023 | EUR``): then it is in whole euros.
- The *currency* is the one the column's label names (``Bijdrage NLG``, ``Bedrag f``), else
  the one the caption names when it names one alone (``Bedragen in guldens``), else the euro:
  old documents print guilders beside or instead of euros, and a figure in another currency
  keeps it (its value in euro stays unknown: kenmerk never converts).
- A row whose label starts with a total word (``Totaal``, ``Subtotaal``, ``Saldo``) is a
  total.

Words come from ``resources/amounts/tables.json``; how a caption or cell states a unit is read
in ``pipeline.extract.table_units``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache, partial

from pipeline.datafiles import load_file
from pipeline.extract import table_units
from pipeline.extract.column_kinds import (
    counts_left_out_of_total,
    figures_under_marked_label,
    holds_years_only,
    unmarked_before_run_marks,
    unmarked_before_scaled,
    unmarked_beside_marked,
)
from pipeline.extract.table_cells import (
    DASH,
    Line,
    cell_text,
    commas_group_thousands,
    dots_for_commas,
    is_year_cell,
    parse_figure,
    row_labels,
    table_runs,
)
from pipeline.extract.table_headers import (
    CAPTION_LINES,
    caption_lines,
    column_labels,
    is_inner_header,
    repeats_header,
    reruns_header,
    split_header,
)
from pipeline.extract.table_units import CURRENCY, names_more_than_currency, scale_in, unit_sentences
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsTablesFile
from pipeline.textlines import line_spans
from pipeline.triggers import Trigger

# A table this close to the top of a page (in lines) may continue the previous page's.
CONTINUATION_LINES = 3
# A table broken on its page by a wrapped cell's fragments ('11 k', the ends of an address and a
# category run into one line) goes on under them: at most this many lines of at most this many words.
_BREAK_LINES = 3
_BREAK_WORDS = 3
# ``doc.user_data`` keys: the shape of the money table a page ends with, and the
# shape the previous page ended with (see ``pipeline.process``).
ENDING_TABLE = "kenmerk_ending_table"
CARRIED_TABLE = "kenmerk_carried_table"
# ``doc.user_data`` key: the unit of the money tables of the pages so far (``DocumentUnit``).
DOCUMENT_UNIT = "kenmerk_document_unit"
# A rate in brackets after a column's name: '(40%)', '(12,5 %)'.
_RATE = re.compile(r"\(\s*\d{1,3}(?:[,.]\d+)?\s*%\s*\)")


@dataclass(frozen=True)
class TableWords:
    money_headers: re.Pattern
    money_captions: re.Pattern
    not_money_headers: re.Pattern
    share_headers: re.Pattern
    count_rows: re.Pattern
    total_labels: re.Pattern
    money_rows: re.Pattern
    unit_declarations: re.Pattern
    note_headers: re.Pattern
    footnote_units: re.Pattern
    # What a match of ``footnote_units`` starts with.
    footnote_trigger: Trigger
    currency_headers: re.Pattern
    currency_codes: dict[str, str]


@lru_cache(maxsize=1)
def table_words() -> TableWords:
    data = load_file(AmountsTablesFile)

    def words(key: str) -> re.Pattern:
        return re.compile(rf"(?<![\w])(?:{alternation(getattr(data, key))})(?![\w])", re.I)

    return TableWords(
        money_headers=words("money_headers"),
        money_captions=re.compile(rf"€|(?<![\w])(?:{alternation(data.money_captions)})(?![\w])", re.I),
        not_money_headers=re.compile(rf"%|(?<![\w])(?:{alternation(data.not_money_headers)})(?![\w])",
                                     re.I),
        share_headers=re.compile(rf"^\W*(?:{alternation(data.share_headers)})(?![\w])", re.I),
        count_rows=re.compile(rf"^\W*(?:{alternation(data.count_rows)})(?![\w])", re.I),
        # 'Totaal lasten', 'Subtotaal', and a total word last: 'Baten totaal'.
        total_labels=re.compile(rf"^\W*(?:{alternation(data.total_labels)})(?![\w])"
                                r"|(?<![\w])(?:sub)?(?:totaal|totalen)\W*$", re.I),
        # Row labels that name money: a word that starts or ends a compound
        # (``Reserve``, ``risicoreserve``, ``EMU-saldo``).
        money_rows=re.compile(rf"(?:{alternation(data.money_rows)})", re.I),
        footnote_units=re.compile(rf"(?<![\w])(?:{alternation(data.footnote_units)})(?![\w])", re.I),
        footnote_trigger=Trigger.of(data.footnote_units),
        note_headers=re.compile(rf"(?:{alternation(data.note_headers)})", re.I),
        unit_declarations=re.compile(rf"(?<![\w])(?:{alternation(data.unit_declarations)})(?![\w])", re.I),
        currency_headers=words("currency_headers"),
        currency_codes={k.lower(): v for k, v in data.currency_headers.items()},
    )


@dataclass(frozen=True)
class TableFigure:
    """One figure of a money column: where it is, its value (None: redacted) and its cell."""

    start: int
    end: int
    value: Decimal | None
    row_label: str | None
    column_label: str | None
    is_total: bool
    redacted: bool = False
    # The scale the table's header or caption gave (x € 1.000 -> 1000), already in ``value``.
    scale: Decimal | None = None
    # ISO 4217 code of the currency the column or caption names.
    currency: str = "EUR"


@dataclass(frozen=True)
class DocumentUnit:
    """The scale the document's money tables were printed in so far (None: plain euros).

    Budgets and annual accounts print the unit over the first tables and then
    leave it out (``Bedragen x € 1.000`` once, a continuation of the same
    calculation on the next page): a later table without a unit of its own, whose
    rows name money, is read in it. A unit *declared* for the whole document
    (``Alle bedragen zijn x € 1.000, tenzij anders vermeld``) holds for every
    later money table that does not print one of its own."""

    scale: Decimal | None
    declared: bool = False


@dataclass(frozen=True)
class TableShape:
    """What a money table hands on to its continuation on the next page."""

    n_columns: int
    money_columns: tuple[tuple[int, Decimal | None], ...]
    labels: tuple[str, ...]


def table_figures(text: str, redactions: list[tuple[int, int]] = ()) -> list[TableFigure]:
    """Every figure in the money columns of the tables of ``text``."""
    return read_tables(text, redactions)[0]


def _declarations(text: str, spans: list[tuple[int, int]], words: TableWords) -> list[tuple[int, Decimal]]:
    """(line index, scale) of the lines that declare the unit of all amounts that follow."""
    out = []
    for k, (s, e) in enumerate(spans):
        line = text[s:e]
        if "\t" not in line and words.unit_declarations.search(line) and (scale := scale_in(line)):
            out.append((k, scale))
    return out


def _is_note_column(text: str, body: list[Line], k: int, label: str, words: TableWords) -> bool:
    """The column of note numbers of annual accounts (``Materiële vaste activa | 1 | 1.234.567``):
    right after the row labels, headed ``Ref.``/``Toelichting`` or nothing, holding only
    small whole numbers while a column further right holds figures."""
    if label.strip() and not words.note_headers.fullmatch(label.strip()):
        return False
    cells = [cell_text(text, line.cells[k]).strip() for line in body
             if k < len(line.cells) and line.cells[k][1] > line.cells[k][0]]
    if len(cells) < 2 or not all(re.fullmatch(r"\d{1,2}[a-z]?", c) for c in cells):
        return False
    return any(len(line.cells) > k + 1 and parse_figure(cell_text(text, line.cells[k + 1])) is not None
               for line in body)


def _cells(text: str, body: list[Line], k: int) -> list[str]:
    return [cell_text(text, ln.cells[k]) if k < len(ln.cells) else "" for ln in body]


def _total(text: str, line: Line, words: TableWords) -> bool:
    return bool(line.cells) and words.total_labels.search(cell_text(text, line.cells[0])) is not None


def _sign_before(text: str, line: Line, k: int, words: TableWords) -> str | None:
    """The currency of a sign alone in the cell before cell ``k`` (``f | 9.900,--``): a scan
    parts the sign from its figure by the gap a column of signs set flush left leaves."""
    before = cell_text(text, line.cells[k - 1]).strip() if 0 < k <= len(line.cells) else ""
    sign = words.currency_headers.fullmatch(before)
    return words.currency_codes.get(sign.group().lower()) if sign else None


def _rows_name_money(text: str, body: list[Line], words: TableWords) -> bool:
    """Whether most rows with figures are labelled with a money word (at least two)."""
    labels = [cell_text(text, line.cells[0]) for line in body
              if len(line.cells) > 1 and line.cells[0][1] > line.cells[0][0]
              and any(parse_figure(cell_text(text, c)) is not None for c in line.cells[1:])]
    money = sum(1 for label in labels if words.money_rows.search(label))
    return money >= 2 and 2 * money >= len(labels)


def read_tables(text: str, redactions: list[tuple[int, int]] = (),
                carried: TableShape | None = None,
                unit: DocumentUnit | None = None) -> tuple[list[TableFigure], TableShape | None,
                                                           DocumentUnit | None]:
    """The figures of ``text``'s money tables, the shape of the last money table, and
    the unit of the document's money tables so far.

    ``carried`` is the shape of the money table the previous page ended with:
    a table at the top of this page without a header or unit of its own, with
    as many columns, is its continuation (allocation annexes seldom repeat the
    header on every page). ``unit`` is the unit of the earlier pages' money
    tables (see ``DocumentUnit``).
    """
    words = table_words()
    named = partial(table_units.currencies_named, signs=words.currency_headers, codes=words.currency_codes)
    ending: TableShape | None = None
    spans = line_spans(text)
    out: list[TableFigure] = []
    # The unit of a page's tables is often printed once, over the first
    # (``Bedragen x € 1.000``); a later table of the same shape keeps it.
    previous: tuple[int, bool, Decimal | None] | None = None
    declarations = _declarations(text, spans, words)
    in_guilders = table_units.page_in_guilders(text)
    # The money table before on this page: its last line, its columns, money columns and labels.
    before: tuple[int, int, dict[int, Decimal | None], list[str]] | None = None
    for first, lines in table_runs(text):
        if declarations and declarations[0][0] < first:
            unit = DocumentUnit(declarations[0][1], declared=True)
            declarations = [d for d in declarations if d[0] >= first]
        header, body = split_header(text, lines, redactions)
        if not body:
            continue
        n_columns = max(len(line.cells) for line in lines)
        labels = column_labels(text, header, n_columns, [])
        above = caption_lines(text, spans, first, words.money_headers)
        # The header printed again over the rest of a table on the next page, run into one line
        # of words: no caption of a new table but the carried one's header.
        rerun = (carried is not None and previous is None and not header and above != []
                 and first < CONTINUATION_LINES + CAPTION_LINES
                 and reruns_header(above[-1], carried.labels))
        above, sentences = ([], []) if rerun else (above, unit_sentences(text, spans, first))
        caption = " ".join(above + sentences + [labels[0] if labels else ""] + [
            cell_text(text, line.cells[0]) for line in header if len(line.cells) == 1])
        # 'x € 1.000', and a bare '(x 1.000)' over a table that counts nothing.
        table_money = words.money_captions.search(caption) is not None or any(
            scale_in(label) and not words.not_money_headers.search(label) for label in labels) or (
            scale_in(caption) is not None and not words.not_money_headers.search(caption))
        table_scale = scale_in(caption) or next((scale_in(lb) for lb in labels if scale_in(lb)), None)
        # A header or caption that names the currency without a scale (``2023 | EUR``)
        # states the table's own unit: whole euros, whatever the tables before used.
        in_euros = table_scale is None and any(CURRENCY.search(lb) for lb in labels + [caption])
        if not table_money and previous is not None and previous[0] == n_columns and previous[1]:
            table_money, table_scale = True, table_scale or (None if in_euros else previous[2])
        if (not table_money and unit is not None and not in_euros
                and not any(words.not_money_headers.search(label) for label in labels + [caption])
                and _rows_name_money(text, body, words)):
            table_money, table_scale = True, unit.scale
        if table_scale is None and unit is not None and unit.declared and not in_euros:
            table_scale = unit.scale
        first_on_page = previous is None
        continued = (carried is not None and first_on_page and not header and not above
                     and (first < CONTINUATION_LINES or rerun) and carried.n_columns == n_columns)
        previous = (n_columns, table_money, table_scale)
        money_columns: dict[int, Decimal | None] = {}
        # A caption naming one currency alone gives it to the columns that name none; so does a
        # note right under the table (``(bedragen in guldens)``).
        below = table_units.note_below(text, spans, first + len(lines) - 1)
        caption_currencies = named(f"{caption} {below}")
        table_currency = caption_currencies[0] if len(caption_currencies) == 1 else (
            "NLG" if not caption_currencies and in_guilders else "EUR")
        column_currency = {k: next(iter(named(labels[k], label=True)), table_currency)
                           for k in range(len(labels))}
        totals = [_total(text, ln, words) for ln in body]
        for k in range(1, n_columns):
            label = labels[k] if k < len(labels) else ""
            own = words.money_headers.search(label) or words.money_captions.search(label)
            # In a money table, a column that shares the money out by a count is money too.
            share = table_money and words.share_headers.search(label) and "%" not in label
            # A count that leads the label ('Uren begroot', 'Aantal gerealiseerd') counts, whatever money word follows.
            # In a money table a count in brackets is the key the money is shared by ('Scenario A (inwoners)').
            # So is the rate in brackets a funder's column pays at ('EFRO (40%)'): its cells are the money at that
            # rate, where a bare '(%)' is the unit of a column of shares.
            counted = _RATE.sub(" ", re.sub(r"\([^()%]*\)", " ", label)) if table_money else label
            excluded = (words.not_money_headers.search(counted) and not (own or share)
                        or words.not_money_headers.match(label.strip()) and not CURRENCY.search(label))
            signs = any(k < len(line.cells) and re.search(r"€|EUR", cell_text(text, line.cells[k]))
                        for line in body)
            scaled = scale_in(label) or table_scale
            if excluded or (k == 1 and not own and not signs and _is_note_column(text, body, k, label, words)) or (
                    not own and scaled and scaled > 1 and counts_left_out_of_total(
                        [c for c, t in zip(_cells(text, body, k), totals, strict=True) if not t],
                        [c for c, t in zip(_cells(text, body, k), totals, strict=True) if t])) or (
                    not own and holds_years_only(
                        [cell_text(text, ln.cells[k]) for ln in body if k < len(ln.cells)])) or (
                    not table_money and not signs and unmarked_beside_marked(labels, k)) or (
                    not signs and scale_in(caption) is None and unmarked_before_scaled(labels, k)) or (
                    not signs and unmarked_before_run_marks(above, labels, n_columns, k)):
                continue
            if own or table_money or signs:
                # A column that names its own currency without a scale (``Per inw. (€)``)
                # is in euros whatever scale the caption gives the rest.
                money_columns[k] = scale_in(label) or (
                    None if CURRENCY.search(label) and names_more_than_currency(label) else table_scale)
        if labels and figures_under_marked_label(
                labels[0], [cell_text(text, ln.cells[0]) for ln in body if ln.cells], parse_figure):
            money_columns[0] = scale_in(labels[0]) or (
                None if CURRENCY.search(labels[0]) and names_more_than_currency(labels[0]) else table_scale)
        # Rows that state their own unit (``Lasten (x € 1.000) | 14.450 | 3.200``) in a table
        # that marks no column as money: only those rows' figures are money, in that unit.
        row_units = {} if money_columns or continued else {
            id(line): scale for line in body
            if line.cells and (scale := scale_in(cell_text(text, line.cells[0])))}
        if row_units:
            money_columns = {k: None for k in range(1, n_columns)
                             if not words.not_money_headers.search(labels[k] if k < len(labels) else "")}
        if (before is not None and not header and before[1] == n_columns and 0 < first - before[0] <= _BREAK_LINES
                and all(len(text[a:b].split()) <= _BREAK_WORDS for a, b in spans[before[0]:first])):
            # The rest of the table above, under the fragments of a wrapped cell: its columns, not a caption's.
            money_columns, labels = dict(before[2]), list(before[3])
        elif not money_columns and continued:
            money_columns = dict(carried.money_columns)
            labels = list(carried.labels)
        elif (carried is not None and first_on_page and first < CONTINUATION_LINES + CAPTION_LINES
              and repeats_header(labels, carried.n_columns, carried.labels) and not (table_scale or in_euros)):
            # The header printed again over the rest of the table: the unit and money
            # columns are those of the part on the previous page.
            money_columns = {**money_columns, **dict(carried.money_columns)}
        if not money_columns:
            continue
        before = (first + len(lines), n_columns, dict(money_columns), list(labels))
        comma_groups = {k for k in money_columns if commas_group_thousands(text, body, k)}
        ending = TableShape(n_columns, tuple(money_columns.items()), tuple(labels))
        if table_money and not (unit is not None and unit.declared):
            unit = DocumentUnit(table_scale)
        inner_header: list[Line] = []
        for line in body:
            filled = [c for c in line.cells if c[1] > c[0]]
            if not filled:
                continue
            if is_inner_header(text, line, redactions):
                inner_header.append(line)
                continue
            if inner_header:
                # A header repeated or changed inside the table (``Passiva | 31-12-2024``)
                # names the columns of the rows below it.
                labels = column_labels(text, inner_header, n_columns, labels)
                inner_header = []
            if all(is_year_cell(cell_text(text, c)) for c in filled[1:] or filled):
                continue  # a header of years inside the table
            line_labels = row_labels(text, line)
            if row_units and id(line) not in row_units:
                continue
            for k, scale in money_columns.items():
                scale = row_units.get(id(line), scale)
                label_text = line_labels[k] if k < len(line_labels) else None
                is_total = bool(label_text and words.total_labels.search(label_text))
                if k >= len(line.cells) or line.cells[k][1] <= line.cells[k][0]:
                    continue
                s, e = line.cells[k]
                column_label = labels[k] or None
                currency = _sign_before(text, line, k, words) or column_currency.get(k, table_currency)
                # A share ('… 26,1%', a speck read as a mark of redaction) is no amount.
                cell = cell_text(text, line.cells[k])
                if "%" in cell:
                    continue
                # A row that counts ('Aantal schooldagen | 200') among money rows: no money unless it says so.
                if label_text and words.count_rows.match(label_text) and not CURRENCY.search(cell + label_text):
                    continue
                if any(rs < e and s < r_end for rs, r_end in redactions):
                    out.append(TableFigure(s, e, None, label_text, column_label, is_total, redacted=True,
                                           scale=scale, currency=currency))
                    continue
                if DASH.fullmatch(cell.strip()):
                    continue
                # OCR reads a typed nought alone in its cell as the letter ('Totaal | 1.036.700 | O').
                cell = "0" if cell.strip() in ("O", "o") else cell
                value = parse_figure(dots_for_commas(cell) if k in comma_groups else cell)
                if value is None:
                    continue
                out.append(TableFigure(s, e, value * scale if scale else value, label_text,
                                       column_label, is_total, scale=scale, currency=currency))
    if declarations:
        unit = DocumentUnit(declarations[-1][1], declared=True)
    return out, ending, unit

