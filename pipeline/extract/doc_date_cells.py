"""The document's own date read from the cells and label rows of its head.

A letter, form or report prints its date as a field beside or under a label, which the text may join to
its neighbours; these rules read it there, each a named rule whose name reaches ``doc_date_rule``, tried by
``doc_date.py`` among the rules of a kind and the letter fallbacks:

* ``adopted_cell``: a report's adoption or publication date as a field of its head (``Rapport vastgesteld``,
  ``Publicatiedatum``); ``received_stamp_cell`` a received stamp that OCR joined to the address line beside it;
* ``datum_label_row``: a row of labels with the values on the next row, cells split by tabs or ``|``
  (``Datum<TAB>Kenmerk`` / ``21.11.2024<TAB>D2024-118``);
* ``datum_label_loose``: a label with a word after it and the date below (``Datum document`` / ``21 november
  2024``), also a scan's row of labels run together;
* ``datum_label_below``: a stamp printed just above an empty ``Datum`` label;
* ``datum_cell``/``place_date_cell``: fields printed side by side in the letter head, read from the word boxes
  (``doc_cells.py``) where the text has joined them: a row of labels over a row of values (``Uw brief   Datum
  Ons kenmerk`` / ``12 mei 2020   28 mei 2020   z2020-08456``), ``Ons kenmerk: 0123   Datum: 3 maart 2025``, a
  place-date at the right of the subject, a place in a field table's label column with the date beside it; a
  label heading a table's column of dates dates nothing;
* ``title_row_date``: a budget form's ``Datum`` in a row of labels under its title.
"""

from __future__ import annotations

import re

from pipeline.extract.doc_cells import Cell, cell_below, cell_continued, cell_in_column, label_at_start, wrapped
from pipeline.extract.doc_date_forms import short_year_at
from pipeline.extract.doc_date_labels import scanned
from pipeline.extract.doc_date_place_lines import _labels_only, _place_date
from pipeline.extract.doc_evidence import Evidence, _labelled
from pipeline.extract.doc_lines import DateHit, Line, _day_date_at, page_lines
from pipeline.extract.doc_words import _day_date, document_date_words, letter_words, weekdays
from pipeline.gazetteer import lookup
from pipeline.woonplaatsen import place_index

# The old article that opens a place's name ('s-Gravenhage, 's-Hertogenbosch), with or without its apostrophe.
_OLD_ARTICLE = re.compile(r"^['‘’`]?s-(?=[A-Z])")


# --------------------------------------------------------------------------
# Reports' heads and stamps

def adopted_cell_date(ev: Evidence) -> DateHit | None:
    """A report's adoption or publication date printed as a field of its head (``Datum bezoek | Zaaknummer | Rapport
    vastgesteld`` over ``4 juli 2024 | 2024-1128870 | 22 augustus 2024``; ``Publicatiedatum | Onderzoeksperiode``),
    and a list's or register's day it was drawn up (``Periode | Opgesteld`` over ``1 t/m 31 maart | 4 april 2025``)."""
    words = document_date_words()
    labels = (*words["adopted_labels"], *words["published_labels"], *words["drawn_up_labels"])
    hit = cell_date(ev, labels, "adopted_cell")
    return (last_adoption_cell(ev, hit) or hit) if hit is not None else None


def report_cell_date(ev: Evidence) -> DateHit | None:
    """A report's own date under the label that names it in a row of labels (``Datum taxatieverslag | Waardepeildatum
    | Toestandspeildatum`` over ``20-02-2025 | 01-01-2024 | 01-01-2025``): the text joins the row into one line, whose
    last date is another label's."""
    return cell_date(ev, tuple(document_date_words()["report_date_labels"]), "report_cell")


def last_adoption_cell(ev: Evidence, first: DateHit) -> DateHit | None:
    """A later step of adoption printed under the first (``Vastgesteld door het college | 1 november 2022`` over
    ``Vastgesteld door de gemeenteraad | 15 december 2022``): a plan the college adopts goes on to the council, and
    the last step makes it what it is, as a cover's last step dates annual accounts (ANNOTATING.md)."""
    labels = tuple(document_date_words()["adopted_labels"])
    rows = ev.head_cells
    labelled = [r for r, row in enumerate(rows) if any(label_at_start(c.text, labels) for c in row)]
    for r in reversed(labelled[1:]):
        hit = cell_date(ev, labels, "adopted_cell", rows=rows[r:])
        if hit is not None and hit.value > first.value:
            return hit
    return None


def received_stamp_cell_date(ev: Evidence) -> DateHit | None:
    """A received stamp beside the address block, which the text joins to the address's line
    (``College van burgemeester en wethouders   ONTVANGEN 14 MRT 2024``): a cell of its own."""
    return cell_date(ev, tuple(document_date_words()["received_labels"]), "received_stamp_cell")


# --------------------------------------------------------------------------
# Letters and forms


_CELLS = re.compile(r"\t+|\s+\|\s+")


def label_row_date(ev: Evidence) -> DateHit | None:
    """``Datum | Kenmerk | Uw brief`` over ``21.11.2024 | D2024-118 | 12.11.2024``: the value in the
    date label's column of the next row (tab-separated, as tables of a PDF arrive, or with ``|``)."""
    labels = {w.casefold() for w in letter_words().date_labels}
    # Page lines, not content lines: a row with '|' between a date and a code looks like a site's data list.
    lines = [ln for page in ev.pages for ln in page_lines(page) if ln.text]
    for i, ln in enumerate(lines[:-1]):
        cells = _CELLS.split(ln.text)
        if len(cells) < 2:
            continue
        column = next((k for k, c in enumerate(cells) if c.strip().rstrip(":").casefold() in labels), None)
        if column is None:
            continue
        hit = _row_cell_date(lines[i + 1], column)
        # A date in the same column of the row after is a table's column of listed documents' dates.
        if hit is not None and (i + 2 >= len(lines) or _row_cell_date(lines[i + 2], column) is None):
            return hit
    return None


def _row_cell_date(row: Line, column: int) -> DateHit | None:
    """The day date in cell ``column`` of a row of cells split by tabs or ``|``; a cell that holds only a date
    with a two-digit year (``21-11-'24``) under its label is one too."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\t|]+", row.text) if m.group().strip()]
    if column >= len(spans):
        return None
    start, end = spans[column]
    cell = Line(row.page, row.start + start, row.start + end, row.text[start:end].rstrip())
    return _day_date_at(cell, "datum_label_row") or short_year_at(cell, 0, "short_year_label_row")


def loose_label_date(ev: Evidence) -> DateHit | None:
    """A date label followed by a word or two (``Datum document``) with the date opening the next line;
    not one that names the meeting the document goes to (``Datum PM``, ``Datum raad``). A scan that lost the bars
    of a row of labels reads the date label with the other labels after it (``Datum Uw brief van Nummer
    Onderwerp``, ``Dagtekening aanmaning Aanslagnummer Dienstjaar``: the capitalised words after the label's own
    lower-case word or two): the first label's value opens the row of values under it."""
    labels = letter_words().date_labels
    meetings = {w.casefold() for w in document_date_words()["meeting_qualifiers"]}
    for i, ln in enumerate(ev.lines[:-1]):
        value = _labelled(ln.text, labels)
        if not value or re.search(r"\d", value):
            continue
        words = value.split()
        own = [w for w in words if not w[:1].isupper()]
        if len(words) > 2 and not _labels_only(value, letter_words().row_labels) and (
                len(own) > 2 or words[: len(own)] != own):
            continue
        # 'Datum PM', 'Datum raad': the meeting the document goes to, never its own date.
        if value.strip(" :").casefold() in meetings or " ".join(own).strip(" :").casefold() in meetings:
            continue
        hit = _day_date_at(ev.lines[i + 1], "datum_label_loose", "start")
        # A column of dates under a table's header ('Datum  Gesprekspartner' / '22 januari 2024  melder' / '29
        # januari 2024  teamleider') lists events; a label has one value.
        if hit is not None and i + 2 < len(ev.lines) and _day_date_at(ev.lines[i + 2], "datum_label_loose", "start"):
            continue
        if hit is not None:
            return hit
    return None


def _unspaced_day(line: Line) -> Line:
    """A stamp prints its digits apart (``2 2 APR. 2026``): join the two digits of the day."""
    m = re.match(r"(\d) (\d)(?=\s+\D)", line.text)
    if m is None:
        return line
    return Line(line.page, line.start, line.end, m.group(1) + m.group(2) + " " + line.text[m.end():].lstrip())


def date_above_empty_label(ev: Evidence) -> DateHit | None:
    """A ``Datum`` label alone, nothing dated below it, and a date stamp alone on the line above."""
    labels = letter_words().date_labels
    for i, ln in enumerate(ev.lines):
        if i == 0 or _labelled(ln.text, labels) != "":
            continue
        above = ev.lines[i - 1]
        joined = _unspaced_day(above)
        hit = _day_date_at(joined, "datum_label_below", "start")
        if hit is not None and joined.text[hit.end - joined.start:].strip(" .") == "":
            # The joined text is one character shorter than the page's: point at the whole line.
            return DateHit(hit.value, above.page, above.start, above.end, hit.rule)
    return None


def _date_opening_cell(cell: Cell, at: int, rule: str, alone: bool = False) -> DateHit | None:
    """The day date that opens ``cell.text[at:]`` (after a weekday); with ``alone``, nothing may follow it. A typed
    form prints the label's colon in the value's column (``Datum | : 17-08-94``)."""
    weekday = re.match(rf"\s*:?\s*(?:(?:{weekdays()}),?\s+)?", cell.text[at:],
                       re.IGNORECASE)
    start = at + weekday.end()
    m = _day_date().match(cell.text, start)
    if m is None:
        # A cell that holds only a date with a two-digit year ('21-11-\'24' under 'Datum').
        rest = cell.line(start, len(cell.text.rstrip()))
        return short_year_at(rest, 0, "short_year_cell") if rest is not None else None
    if alone and cell.text[m.end():].strip(" ."):
        return None
    line = cell.line(m.start(), m.end())
    return _day_date_at(line, rule, "start") if line is not None else None


# What OCR reads from a speck or a rule's end beside a word: a glyph or two, no letter or figure.
_SPECK = re.compile(r"(?:[^\w\s]|_){1,2}")


def cell_date(ev: Evidence, labels: tuple[str, ...] = (), rule: str = "datum_cell",
              rows: list[list[Cell]] | None = None) -> DateHit | None:
    """A date label printed as a cell of the letter head, with its value after it in the cell
    (``Ons kenmerk: 2025-0123   Datum: 3 maart 2025``), in the next cell of its row (``Datum``
    ... ``3 maart 2025``) or in the cell under it (a row of labels over a row of values:
    ``Uw brief   Datum   Ons kenmerk`` / ``12 mei 2020   28 mei 2020   z2020-08456``). Read
    from the word boxes, which keep the cells apart where the text has joined them. Other ``labels``
    read another date so (``Ingediend`` of a council member's questions)."""
    labels = labels or letter_words().date_labels
    rows = ev.head_cells if rows is None else rows
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            m = label_at_start(cell.text, labels)
            if m is None:
                if (hit := _wrapped_label_date(rows, r, k, labels, rule)) is not None:
                    return hit
                continue
            # 'Datum besluit 26 september 2024' dates another thing; 'Vastgesteld door het bevoegd gezag' its next cell;
            # a scan's speck after the label ('Datum _') is no value.
            speck = _SPECK.fullmatch(cell.text, m.end()) is not None and scanned(ev, cell.page)
            if m.end() < len(cell.text) and not speck and not document_date_words()["adoption_agent"].fullmatch(
                    cell.text, m.end()):
                hit = _date_opening_cell(cell, m.end(), rule)
            else:
                after = [row[k + 1]] if k + 1 < len(row) else []
                under = cell_below(rows, r, cell, specks=scanned(ev, cell.page))
                if under is not None and _column_of_dates(rows, under):
                    under = None
                below = [c for c in (under, cell_continued(rows, r, cell)) if c is not None]
                hit = next((h for c in (*after, *below)
                            if (h := _date_opening_cell(c, 0, rule)) is not None), None)
            if hit is not None:
                return hit
    return None


def _wrapped_label_date(rows: list[list[Cell]], r: int, k: int, labels: tuple[str, ...], rule: str) -> DateHit | None:
    """A long label that wraps in its narrow column (``Voorstel van het college van burgemeester en`` / ``wethouders
    d.d.``), its value beside its first line: the label is read over both lines, the next row holding its end alone."""
    row = rows[r]
    if k + 1 >= len(row) or r + 1 >= len(rows) or len(rows[r + 1]) != 1:
        return None
    under = cell_below(rows, r, row[k], look=1)
    if under is None:
        return None
    joined = f"{row[k].text} {under.text}"
    m = label_at_start(joined, labels)
    return _date_opening_cell(row[k + 1], 0, rule) if m is not None and m.end() >= len(joined) else None


def title_row_date(ev: Evidence) -> DateHit | None:
    """A form's own ``Datum`` printed in a row of labels right under its title (``Dienstjaar | Datum |
    Zaaknummer`` over ``2024 | 08-10-2024 | Z.24.01133``), read before a title-page line further down:
    the adoption printed at the form's foot (``Vastgesteld door de raad in zijn vergadering van ...``)
    is the council's later act."""
    return cell_date(ev, rows=ev.head_cells[: document_date_words()["opening_lines"]], rule="title_row_date")


def _column_of_dates(rows: list[list[Cell]], value: Cell) -> bool:
    """Whether a dated cell under a label has another date under it: the label heads a table's column
    (``Nr | Datum | Document`` over a row per listed document), whose dates are of other documents."""
    r = next(i for i, row in enumerate(rows) if any(c is value for c in row))
    # Rows with nothing in the column are the wrapped lines of a table row's other cells. A scan sets a table row's
    # number and first words a little lower than its date: the number, nearest under the date, is no value of its
    # column, and the next row's date stands further down at the column's edge.
    under = [cell_below(rows, r, value, look=1), cell_in_column(rows, r, value)]
    # A row of numbers alone between them.
    if under[0] is None and r + 1 < len(rows) and all(c.text.strip(" .").isdigit() for c in rows[r + 1]):
        under[0] = cell_below(rows, r + 1, value, look=1)
    return any(c is not None and _date_opening_cell(c, 0, "table") is not None for c in under)


def cell_place_date(ev: Evidence) -> DateHit | None:
    """A place-date line printed as a cell of the head, beside the subject or the address
    (``Onderwerp: vergunning terras      Leeuwarden, 17 april 2024``), or ending a row of labels with its date
    in the cell under it (``Uw kenmerk   Ons kenmerk   Enschede,`` / ``...   23 september 1996``)."""
    for r, row in enumerate(ev.head_cells):
        for cell in row:
            m = _place_date().match(cell.text)
            # A place is a name: a cell opening in lower case is a field's value that names a meeting or a body
            # before its date ('Bespreking | portefeuillehoudersoverleg Veiligheid, 23 juli 2024'). The article of
            # ''s-Gravenhage' is no lower case, also where a scan lost its apostrophe ('s-Gravenhage, 14 april 1993').
            m = m if m is not None and not _OLD_ARTICLE.sub("", cell.text)[:1].islower() else None
            under = cell_below(ev.head_cells, r, cell) if m is not None and m.end() == len(cell.text) else None
            under = wrapped(ev.head_cells, under) if under is not None and not _day_date().search(under.text) else under
            for value, at in ((cell, m.end()), (under, 0)) if m is not None else ():
                hit = _date_opening_cell(value, at, "place_date_cell", alone=True) if value is not None else None
                if hit is not None:
                    return hit
            if (hit := _place_label_cell(row, cell)) is not None:
                return hit
            if (hit := _place_over_date(ev.head_cells, r, row, cell)) is not None:
                return hit
    return None


def _place_over_date(rows: list[list[Cell]], r: int, row: list[Cell], cell: Cell) -> DateHit | None:
    """A row of labels with the place among them, without its comma (``Den Haag | Uw kenmerk | Ons kenmerk`` over
    ``23 september 2024 | HH/2024/3318 | ...``), as a law firm's paper prints its place-date line: the date under
    the place is the letter's. The other cells of the row are a letter's labels, so the place heads a column."""
    name = cell.text.strip()
    others = [c for c in row if c is not cell]
    if (not others or not name[:1].isupper() or name.casefold().startswith("gemeente ")
            or not all(_labels_only(c.text) for c in others) or not (place_index().candidates(name) or lookup(name))):
        return None
    under = cell_below(rows, r, cell, look=1)
    return _date_opening_cell(under, 0, "place_date_cell", alone=True) if under is not None else None


def _place_label_cell(row: list[Cell], cell: Cell) -> DateHit | None:
    """A letter's field table that puts its place in the label column and the date in the value's (``Amsterdam |
    31 mei 2024`` over ``Uw kenmerk | ...``): a known place alone in its cell, a date alone in the next."""
    name = cell.text.strip()
    at = row.index(cell)
    # The municipality as an organisation ('Gemeente Zwolle | 7 oktober 2024' under 'Organisatie | Publicatiedatum')
    # is a gazette's issuer beside its issue date, no place of signing.
    if (at + 1 >= len(row) or not name[:1].isupper() or name.casefold().startswith("gemeente ")
            or not (place_index().candidates(name) or lookup(name))):
        return None
    return _date_opening_cell(row[at + 1], 0, "place_date_cell", alone=True)
