"""Figures in tables: every figure in a money column is an amount, with its row and column.

Tables reach the text as lines of cells: a PDF's or a scan's tables are
written by ``pipeline.ingest.tables`` with one tab between columns (an empty
cell an extra tab, so a cell's column is its tab count); text files give
cells split by ``|``, tabs or runs of spaces. A table is a run of such lines,
ended by a blank line; short one-cell lines inside it are section labels.

- The *header* is the table's leading lines without figures other than years
  (``Gemeente | Bedrag``, ``| 2022 | 2021``); a column's label is its header
  cells joined (``Begroting 2026``).
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
- A figure keeps its sign in every printed form: ``-/- 839.626``,
  ``(1.234)``, ``−1.234``; a dash is an empty cell.
- The *row label* is the row's first cell when it is text, and after figures
  the next text cell (a balance set side by side); a row whose label starts
  with a total word (``Totaal``, ``Subtotaal``, ``Saldo``) is a total.

Words come from ``resources/amounts/tables.json``; how a caption or cell states a unit is read
in ``pipeline.extract.table_units``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache, partial

from pipeline.datafiles import load_file
from pipeline.extract import table_units
from pipeline.extract.column_kinds import holds_years_only, unmarked_beside_marked
from pipeline.extract.table_units import (
    BRACKETED_UNIT_END,
    CURRENCY,
    SCALE,
    names_more_than_currency,
    scale_in,
    unit_sentences,
)
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsTablesFile
from pipeline.textlines import line_spans
from pipeline.triggers import Trigger

_YEAR = re.compile(r"(?:19|20)\d{2}(?:\s*[-/]\s*(?:19|20)?\d{2})?")
_FIGURE = re.compile(
    # A printed plus marks a voordeel in a table of differences ('+686').
    r"(?P<neg>-/-|[-−–](?!\s*/)|—(?=\d)|\+)?\s*(?P<open>\()?\s*(?:€|EUR|eur)?\s*(?P<neg2>[-−–])?\s*"
    r"(?P<num>\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+|\d+)(?:(?P<dec>,\d{1,3})|(?P<dot>\.\d{1,2}))?(?:,-{1,2}|,—)?"
    r"\s*(?P<scale>mln\.?|miljoen|mld\.?|miljard|k)?\s*(?P<close>\))?\s*(?P<neg3>-)?"
    # A budget deviation marked voordelig/nadelig ('1.206 V', '109 N'): a nadeel is a minus.
    r"(?:\s*(?P<mark>[VN]))?"
)
# A scale word in the cell itself: '17 mln', '-23.5 mln' (a decimal point only goes with one).
_CELL_SCALES = {"mln": 10**6, "mln.": 10**6, "miljoen": 10**6, "mld": 10**9, "mld.": 10**9,
                "miljard": 10**9, "k": 10**3}
_DASH = re.compile(r"[-−–—]{1,2}|n\.?v\.?t\.?|nihil", re.I)
_PIPE_OR_SPACES = re.compile(r"\s*\|\s*|\s{2,}")
CAPTION_LINES = 4
# A table this close to the top of a page (in lines) may continue the previous page's.
CONTINUATION_LINES = 3
# ``doc.user_data`` keys: the shape of the money table a page ends with, and the
# shape the previous page ended with (see ``pipeline.process``).
ENDING_TABLE = "kenmerk_ending_table"
CARRIED_TABLE = "kenmerk_carried_table"
# ``doc.user_data`` key: the unit of the money tables of the pages so far (``DocumentUnit``).
DOCUMENT_UNIT = "kenmerk_document_unit"
CAPTION_MAX_WORDS = 10
# Section labels in a row inside a table (``ACTIVA`` / ``Vaste activa``), at most.
LABELS_INSIDE = 4


@dataclass(frozen=True)
class TableWords:
    money_headers: re.Pattern
    money_captions: re.Pattern
    not_money_headers: re.Pattern
    share_headers: re.Pattern
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


@dataclass
class _Line:
    start: int
    cells: list[tuple[int, int]]  # (start, end) in the page text; an empty cell has start == end


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
    if m.group("dot") and not m.group("scale"):
        return None  # 1.5 without a scale word: a section number, not a figure
    digits = re.sub(r"[.\u202f\u00a0 ]", "", m.group("num"))
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


def _is_year_cell(cell: str) -> bool:
    return _YEAR.fullmatch(cell.strip()) is not None



def _tables(text: str) -> list[tuple[int, list[_Line]]]:
    """Runs of cell lines: (index of the first line, lines)."""
    spans = line_spans(text)
    lines = [_Line(s, _split(text, s, e)) for s, e in spans]
    out: list[tuple[int, list[_Line]]] = []
    current: list[_Line] = []
    first = 0
    for k, line in enumerate(lines):
        n = len([c for c in line.cells if c[1] > c[0]])
        is_cells = n >= 2 or (n >= 1 and "\t" in text[spans[k][0]:spans[k][1]])
        if is_cells and table_units.is_unit_line(text[spans[k][0]:spans[k][1]], opens=not current):
            is_cells = False  # the caption above the table, its figure the unit's
        label_inside = n == 1 and current and _labels_lead_to_cells(lines, k)
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


def _labels_lead_to_cells(lines: list[_Line], k: int) -> bool:
    """Whether the one-cell lines from ``k`` on (section labels: ``Vlottende activa``)
    lead to a line of cells, so that they are inside the table."""
    for line in lines[k + 1:k + 1 + LABELS_INSIDE]:
        n = len([c for c in line.cells if c[1] > c[0]])
        if n != 1:
            return n >= 2
    return False


def _caption_lines(text: str, spans: list[tuple[int, int]], first: int) -> list[str]:
    """The short lines right above a table (blank lines skipped), nearest last:
    its title, unit and a header the layout could not line up (``2026 2027``), also one
    OCR ran into a single long line (``_is_run_header``)."""
    out: list[str] = []
    k, run_header = first - 1, False
    while k >= 0 and len(out) < CAPTION_LINES:
        line = text[spans[k][0]:spans[k][1]]
        k -= 1
        if not line.strip():
            continue
        if _is_caption(line):
            out.insert(0, line)
        elif not run_header and _is_run_header(line):
            run_header = True
            out.insert(0, line)
        else:
            break
    return out


# A sentence ends in one of these; a header the scan ran into one line does not.
_SENTENCE_END = re.compile(r"[.:;!?]\s*$")


def _is_run_header(line: str) -> bool:
    """A table's header that OCR could not line up with its columns and read as one run of
    words (``Gemeente Algemene uitkering 2018 Mutatie t.o.v. meicirculaire 2018``): it names
    a money column, holds no figure but years and ends no sentence. It stands between the
    table and its unit, which is read past it."""
    if "\t" in line or _SENTENCE_END.search(line) or re.search(r"\d", _YEAR.sub(" ", line)):
        return False
    return table_words().money_headers.search(line) is not None


def _repeats_header(labels: list[str], carried: TableShape) -> bool:
    """Whether a table's header repeats the carried table's (a continuation that prints its
    header again on the next page, its unit only over the first part)."""
    def norm(values) -> list[str]:
        return [" ".join(v.lower().split()) for v in values]
    return len(labels) == carried.n_columns and norm(labels) == norm(carried.labels) and any(labels)


def _words(text: str | tuple[str, ...]) -> str:
    return " ".join(" ".join(text if isinstance(text, tuple) else [text]).lower().split())


def _is_caption(line: str) -> bool:
    """A line that can give a table its unit: short (a title or ``Bedragen x € 1.000``),
    one that names a scale, or a long title closed by its unit in brackets. A sentence that
    happens to say ``euro`` is not a caption."""
    return (len(line.split()) <= CAPTION_MAX_WORDS or SCALE.search(line) is not None
            or BRACKETED_UNIT_END.search(line) is not None)


def _cell(text: str, cell: tuple[int, int]) -> str:
    return text[cell[0]:cell[1]]


def _labels(text: str, header: list[_Line], n_columns: int, fallback: list[str]) -> list[str]:
    """Each column's header cells joined; a column the header leaves empty keeps its label."""
    labels = []
    for k in range(n_columns):
        parts = [_cell(text, line.cells[k]) for line in header
                 if k < len(line.cells) and line.cells[k][1] > line.cells[k][0]]
        labels.append(" ".join(parts) or (fallback[k] if k < len(fallback) else ""))
    return table_units.mend_labels(labels)


def _row_labels(text: str, line: _Line) -> list[str | None]:
    """The row label of each cell: the row's first cell when it is text, and after figures
    the next text cell: a balance set side by side (``Activa | 2023 | 2022 | Passiva |
    2023 | 2022``) labels the figures of its right half with its own label. A second text
    cell before any figure (``Almere | Flevoland | 5.678``) describes the row, it is no label."""
    out: list[str | None] = []
    label, after_figure = None, False
    for k, cell in enumerate(line.cells):
        out.append(label)
        value = _cell(text, cell)
        if cell[1] <= cell[0] or _DASH.fullmatch(value.strip()):
            continue
        if parse_figure(value) is not None:
            after_figure = True
        elif k == 0 or after_figure:
            label, after_figure = value, False
    return out


def _is_inner_header(text: str, line: _Line, redactions) -> bool:
    """A line inside a table's body with two or more cells and no figure but years."""
    cells = [c for c in line.cells if c[1] > c[0]]
    if len(cells) < 2 or any(rs < c[1] and c[0] < r_end for c in cells for rs, r_end in redactions):
        return False
    return all(parse_figure(_cell(text, c)) is None or _is_year_cell(_cell(text, c)) for c in cells[1:])


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


def _is_note_column(text: str, body: list[_Line], k: int, label: str, words: TableWords) -> bool:
    """The column of note numbers of annual accounts (``Materiële vaste activa | 1 | 1.234.567``):
    right after the row labels, headed ``Ref.``/``Toelichting`` or nothing, holding only
    small whole numbers while a column further right holds figures."""
    if label.strip() and not words.note_headers.fullmatch(label.strip()):
        return False
    cells = [_cell(text, line.cells[k]).strip() for line in body
             if k < len(line.cells) and line.cells[k][1] > line.cells[k][0]]
    if len(cells) < 2 or not all(re.fullmatch(r"\d{1,2}[a-z]?", c) for c in cells):
        return False
    return any(len(line.cells) > k + 1 and parse_figure(_cell(text, line.cells[k + 1])) is not None
               for line in body)


# Thousands grouped by commas: '1,245' or '1,245,300' (not '0,125' or '12,50').
_COMMA_GROUPS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])")


def _dots_for_commas(cell: str) -> str:
    return _COMMA_GROUPS.sub(lambda m: m.group().replace(",", "."), cell)


def _commas_group_thousands(text: str, body: list[_Line], k: int) -> bool:
    """Whether column ``k`` writes its thousands with commas: OCR reads the dots of a
    scanned table as commas now and then (``1,245`` among ``3.611``), and tables set
    in English write them so (``1,245,300``). Money has no third decimal; a column
    with a cent (``12,50``) keeps its commas as decimal commas."""
    cells = [_cell(text, line.cells[k]) for line in body
             if k < len(line.cells) and line.cells[k][1] > line.cells[k][0]]
    if any(re.search(r"\d,\d{1,2}(?!\d)", c) for c in cells):
        return False
    return any(_COMMA_GROUPS.search(c) for c in cells)


def _rows_name_money(text: str, body: list[_Line], words: TableWords) -> bool:
    """Whether most rows with figures are labelled with a money word (at least two)."""
    labels = [_cell(text, line.cells[0]) for line in body
              if len(line.cells) > 1 and line.cells[0][1] > line.cells[0][0]
              and any(parse_figure(_cell(text, c)) is not None for c in line.cells[1:])]
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
    for first, lines in _tables(text):
        if declarations and declarations[0][0] < first:
            unit = DocumentUnit(declarations[0][1], declared=True)
            declarations = [d for d in declarations if d[0] >= first]
        header_end = 0
        for line in lines:
            cells = [_cell(text, c) for c in line.cells if c[1] > c[0]]
            if any(parse_figure(c) is not None and not _is_year_cell(c) for c in cells[1:] or cells):
                break
            if any(rs < c[1] and c[0] < r_end for c in line.cells for rs, r_end in redactions):
                break  # a redacted row: the header is above it
            header_end += 1
        header, body = lines[:header_end], lines[header_end:]
        if not body:
            continue
        n_columns = max(len(line.cells) for line in lines)
        labels = _labels(text, header, n_columns, [])
        caption_lines = _caption_lines(text, spans, first)
        # The header printed again over the rest of a table on the next page, run into one line
        # of words: no caption of a new table but the carried one's header.
        rerun = (carried is not None and previous is None and not header and caption_lines != []
                 and first < CONTINUATION_LINES + CAPTION_LINES
                 and _words(caption_lines[-1]) == _words(carried.labels))
        caption_lines, sentences = ([], []) if rerun else (caption_lines, unit_sentences(text, spans, first))
        caption = " ".join(caption_lines + sentences + [labels[0] if labels else ""] + [
            _cell(text, line.cells[0]) for line in header if len(line.cells) == 1])
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
        continued = (carried is not None and first_on_page and not header and not caption_lines
                     and (first < CONTINUATION_LINES or rerun) and carried.n_columns == n_columns)
        previous = (n_columns, table_money, table_scale)
        money_columns: dict[int, Decimal | None] = {}
        # A caption naming one currency alone gives it to the columns that name none; so does a
        # note right under the table (``(bedragen in guldens)``).
        below = table_units.note_below(text, spans, first + len(lines) - 1)
        caption_currencies = named(f"{caption} {below}")
        table_currency = caption_currencies[0] if len(caption_currencies) == 1 else "EUR"
        column_currency = {k: next(iter(named(labels[k], label=True)), table_currency)
                           for k in range(len(labels))}
        for k in range(1, n_columns):
            label = labels[k] if k < len(labels) else ""
            own = words.money_headers.search(label) or words.money_captions.search(label)
            # In a money table, a column that shares the money out by a count is money too.
            share = table_money and words.share_headers.search(label) and "%" not in label
            # A count that leads the label ('Uren begroot', 'Aantal gerealiseerd') counts, whatever money word follows.
            # In a money table a count in brackets is the key the money is shared by ('Scenario A (inwoners)').
            counted = re.sub(r"\([^()%]*\)", " ", label) if table_money else label
            excluded = (words.not_money_headers.search(counted) and not (own or share)
                        or words.not_money_headers.match(label.strip()) and not CURRENCY.search(label))
            signs = any(k < len(line.cells) and re.search(r"€|EUR", _cell(text, line.cells[k]))
                        for line in body)
            if excluded or (k == 1 and not own and not signs and _is_note_column(text, body, k, label, words)) or (
                    not own and holds_years_only([_cell(text, ln.cells[k]) for ln in body if k < len(ln.cells)])) or (
                    not table_money and not signs and unmarked_beside_marked(labels, k)):
                continue
            if own or table_money or signs:
                # A column that names its own currency without a scale (``Per inw. (€)``)
                # is in euros whatever scale the caption gives the rest.
                money_columns[k] = scale_in(label) or (
                    None if CURRENCY.search(label) and names_more_than_currency(label) else table_scale)
        # Rows that state their own unit (``Lasten (x € 1.000) | 14.450 | 3.200``) in a table
        # that marks no column as money: only those rows' figures are money, in that unit.
        row_units = {} if money_columns or continued else {
            id(line): scale for line in body
            if line.cells and (scale := scale_in(_cell(text, line.cells[0])))}
        if row_units:
            money_columns = {k: None for k in range(1, n_columns)
                             if not words.not_money_headers.search(labels[k] if k < len(labels) else "")}
        if not money_columns and continued:
            money_columns = dict(carried.money_columns)
            labels = list(carried.labels)
        elif (carried is not None and first_on_page and first < CONTINUATION_LINES + CAPTION_LINES
              and _repeats_header(labels, carried) and not (table_scale or in_euros)):
            # The header printed again over the rest of the table: the unit and money
            # columns are those of the part on the previous page.
            money_columns = {**money_columns, **dict(carried.money_columns)}
        if not money_columns:
            continue
        comma_groups = {k for k in money_columns if _commas_group_thousands(text, body, k)}
        ending = TableShape(n_columns, tuple(money_columns.items()), tuple(labels))
        if table_money and not (unit is not None and unit.declared):
            unit = DocumentUnit(table_scale)
        inner_header: list[_Line] = []
        for line in body:
            filled = [c for c in line.cells if c[1] > c[0]]
            if not filled:
                continue
            if _is_inner_header(text, line, redactions):
                inner_header.append(line)
                continue
            if inner_header:
                # A header repeated or changed inside the table (``Passiva | 31-12-2024``)
                # names the columns of the rows below it.
                labels = _labels(text, inner_header, n_columns, labels)
                inner_header = []
            if all(_is_year_cell(_cell(text, c)) for c in filled[1:] or filled):
                continue  # a header of years inside the table
            row_labels = _row_labels(text, line)
            if row_units and id(line) not in row_units:
                continue
            for k, scale in money_columns.items():
                scale = row_units.get(id(line), scale)
                label_text = row_labels[k] if k < len(row_labels) else None
                is_total = bool(label_text and words.total_labels.search(label_text))
                if k >= len(line.cells) or line.cells[k][1] <= line.cells[k][0]:
                    continue
                s, e = line.cells[k]
                column_label = labels[k] or None
                currency = column_currency.get(k, table_currency)
                # A share ('… 26,1%', a speck read as a mark of redaction) is no amount.
                cell = _cell(text, line.cells[k])
                if "%" in cell:
                    continue
                if any(rs < e and s < r_end for rs, r_end in redactions):
                    out.append(TableFigure(s, e, None, label_text, column_label, is_total, redacted=True,
                                           scale=scale, currency=currency))
                    continue
                if _DASH.fullmatch(cell.strip()):
                    continue
                # OCR reads a typed nought alone in its cell as the letter ('Totaal | 1.036.700 | O').
                cell = "0" if cell.strip() in ("O", "o") else cell
                value = parse_figure(_dots_for_commas(cell) if k in comma_groups else cell)
                if value is None:
                    continue
                out.append(TableFigure(s, e, value * scale if scale else value, label_text,
                                       column_label, is_total, scale=scale, currency=currency))
    if declarations:
        unit = DocumentUnit(declarations[-1][1], declared=True)
    return out, ending, unit

