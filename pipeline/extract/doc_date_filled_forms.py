"""The date of a filled-in form: when it was submitted or where it is signed, not the dates it asks for.

Read from the cells of its rows, apart from the letter forms of ``doc_date_forms.py``:

* ``form_submitted``: the printed summary of a web form, dated by its submission (``Datum en tijd van
  indienen 03-04-2024 21:47``), on its line, in the cell beside its label or under it;
* ``signed_form``: a filled-in form, dated by the row of its signature (``Plaats | Datum | Handtekening aanvrager``),
  wherever on the page it stands, not by the dates it asks for (``Datum van afgifte``); read before the date labels.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.doc_cells import Cell, cell_below, head_rows, label_at_start
from pipeline.extract.doc_date_labels import scanned
from pipeline.extract.doc_date_rules import date_alone
from pipeline.extract.doc_evidence import Evidence, first_labelled_hit
from pipeline.extract.doc_lines import DateHit, Line, _day_date_at
from pipeline.extract.doc_words import _alternatives, document_date_words, letter_words


def form_submitted_date(ev: Evidence) -> DateHit | None:
    """The printed summary of a web form (a Woo request made online) is dated by its submission, a label
    and the date with its time (``Datum en tijd van indienen 03-04-2024 21:47``); not by the browser's print
    line above it, nor the period the request names."""
    def on_line(ln: Line, at: int) -> DateHit | None:
        return date_alone(Line(ln.page, ln.start + at, ln.end, ln.text[at:]), "form_submitted")

    labels = tuple(document_date_words()["submitted_labels"])
    return first_labelled_hit(ev, labels, on_line, lambda ln: date_alone(ln, "form_submitted")) or _submitted_cell(
        ev, labels)


def _submitted_cell(ev: Evidence, labels: tuple[str, ...]) -> DateHit | None:
    """The submission in a row of labels over a row of values (``Reactienummer | Ingediend op`` over ``7c1e-44a2 |
    20 februari 2025, 14:31``), as a consultation's confirmation prints it; or in the cell beside its label, as a
    summary's table of fields prints it (``Datum en tijd van indienen | 03-02-2025 21:47``), which the text layer
    reads as a column of labels before a column of values."""
    rows = ev.head_cells
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            m = label_at_start(cell.text, labels)
            if m is None or m.end() != len(cell.text.rstrip(" :")):
                continue
            for value in (row[k + 1] if k + 1 < len(row) else None, cell_below(rows, r, cell)):
                line = value.line() if value is not None else None
                if line is not None and (hit := _day_date_at(line, "form_submitted", "start")) is not None:
                    return hit
    return None


@lru_cache(maxsize=1)
def _signature_label() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternatives(tuple(document_date_words()['signature_labels']))})\b", re.IGNORECASE)


def signed_form_date(ev: Evidence) -> DateHit | None:
    """A filled-in form dated where its applicant signs it (ANNOTATING.md: a form by the applicant's signature): the
    date in the row of labels that holds the signature's (``Plaats | Datum | Handtekening aanvrager`` over ``Rotterdam
    | 2-8-2023 | ...``, ``Datum: | 14-2-2018 | Handtekening: | ...``), wherever on the page it stands; not the dates
    the form asks for (``Datum van afgifte``, ``Geboortedatum``, ``Datum vermissing``)."""
    # A form's own field for the day it is signed ('Datum en tijdstip van ondertekening | 12-08-2024, 02.15 uur').
    hit = first_labelled_hit(ev, tuple(document_date_words()["signing_date_labels"]), lambda ln, at: _day_date_at(
        Line(ln.page, ln.start + at, ln.end, ln.text[at:].lstrip(" :|\t")), "signed_form", "start"),
        lambda ln: _day_date_at(ln, "signed_form", "start"))
    if hit is not None:
        return hit
    labels = tuple(document_date_words()["signature_labels"])
    for page in ev.pages:
        if not _signature_label().search(page.text):
            continue
        # The signature stands at the form's foot, below the head the letter rules read.
        rows = head_rows(page, share=1.0)
        for r, row in enumerate(rows):
            if any(label_at_start(c.text, labels) for c in row):
                hit = _signature_row_date(rows, r, scanned(ev, page.number))
                # A turned scan may set the signature's label a little lower or higher than the rest of its printed
                # row (``Plaats   Datum`` over ``Handtekening aanvrager``): the date label's row beside it is the row.
                for k in (r - 1, r + 1) if hit is None and scanned(ev, page.number) else ():
                    if 0 <= k < len(rows) and any(label_at_start(c.text, letter_words().date_labels) for c in rows[k]):
                        hit = hit or _signature_row_date(rows, k, True)
                hit = hit or (_lost_label_date(rows, r) if scanned(ev, page.number) else None)
                if hit is not None:
                    return hit
    return None


# The words of a cell of a row of labels at most ('Handtekening aanvrager', 'Naam en voorletters').
LABEL_WORDS = 3


def _lost_label_date(rows: list[list[Cell]], r: int) -> DateHit | None:
    """A scan that lost the date label of the signature's row (``Plaats   Handtekening aanvrager`` read of ``Plaats |
    Datum | Handtekening aanvrager``): the one date alone in a cell of the row of values right under it, where no
    label of the row stands over it, is the lost label's value; not a date under a label that names what it is."""
    if r + 1 >= len(rows) or any(len(c.text.split()) > LABEL_WORDS for c in rows[r]):
        return None
    dates = [(cell, hit) for cell in rows[r + 1] if (line := cell.line()) is not None
             and (hit := _day_date_at(line, "signed_form", "start")) is not None and hit.end == line.end]
    if len(dates) != 1:
        return None
    cell, hit = dates[0]
    return None if any(c.x0 < cell.x1 and cell.x0 < c.x1 for c in rows[r]) or _dated_column(rows, cell) else hit


def _signature_row_date(rows: list[list[Cell]], r: int, scan: bool) -> DateHit | None:
    """The date of a signature's row: after its date label in the cell, in the next cell, or in the cell under the
    label; a date under it with another date under that is a table's column (a presentielijst's), no signing."""
    row = rows[r]
    for k, cell in enumerate(row):
        m = label_at_start(cell.text, letter_words().date_labels)
        if m is None:
            continue
        values = [(cell, m.end())] if m.end() < len(cell.text) else [
            (c, 0) for c in (row[k + 1] if k + 1 < len(row) else None, cell_below(rows, r, cell, specks=scan)) if c]
        for value, at in values:
            line = value.line(at)
            hit = _day_date_at(line, "signed_form", "start") if line is not None else None
            if hit is not None:
                return None if _dated_column(rows, value) else hit
    return _turned_label_date(rows, r)


def _turned_label_date(rows: list[list[Cell]], r: int) -> DateHit | None:
    """A turned scan sets a label a little higher or lower than the rest of its printed row (``Datum:`` on a row of
    its own, ``14-2-2018 | Handtekening:`` beside it): a date alone in a cell of the signature's row, with a date
    label alone at its left on the row above or below, is the row's date."""
    labels = letter_words().date_labels
    near = [c for k in (r - 1, r + 1) if 0 <= k < len(rows) for c in rows[k]]
    for cell in rows[r]:
        line = cell.line()
        hit = _day_date_at(line, "signed_form", "start") if line is not None else None
        if hit is None or hit.end != line.end:
            continue
        if any((m := label_at_start(c.text, labels)) is not None and m.end() == len(c.text) and c.x1 <= cell.x0
               for c in near):
            return hit
    return None


def _dated_column(rows: list[list[Cell]], value: Cell) -> bool:
    r = next(i for i, row in enumerate(rows) if any(c is value for c in row))
    under = cell_below(rows, r, value, look=1)
    line = under.line() if under is not None else None
    return line is not None and _day_date_at(line, "table", "start") is not None
