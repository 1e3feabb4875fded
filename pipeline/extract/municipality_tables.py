"""A municipality's name with its amount or in a table: ``Huizen (€ 157.000)``, a row that is a name
and an amount (``Huizen    € 157.000``), the first column under a ``Gemeente`` header. Apart from
the rule table of ``pipeline.extract.municipality_rules`` because they read the row and the money
beside a name, not its words; ``pipeline.normalize.municipalities`` reads them too.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extract.municipality_context import Candidate, next_index, prev_index, starts_line
from pipeline.extract.municipality_lexicon import MunicipalityWords


def is_money_token(text: str, lex: MunicipalityWords) -> bool:
    lower = text.lower()
    return lower in lex.money_words or lower.startswith("€") or lower.endswith("€")


def amount_follows(doc: Doc, end: int, lex: MunicipalityWords) -> bool:
    """An amount in brackets (or after a colon) follows the name: ``Huizen (€ 157.000)``.

    A stray comma before the bracket is allowed (``Amsterdam, (€ 920.000)``).
    """
    j = next_index(doc, end)
    if j is not None and doc[j].text == ",":
        j = next_index(doc, j + 1)
    if j is None or doc[j].text not in {"(", ":"}:
        return False
    window = doc[j + 1 : j + 5]
    return any(is_money_token(t.text, lex) for t in window)


def table_row_amount(doc: Doc, cand: Candidate, lex: MunicipalityWords) -> bool:
    """A table row: the name opens a line (or a ``|`` cell) and the rest of the line is an amount.

    ``Huizen    € 157.000`` or ``| Huizen | € 157.000 |``; a line that goes
    on in words (``Huizen € 20.000 duurder``) is a sentence, not a row. A
    tab-separated row may go on in words after its amounts
    (``tab_row_amount``).
    """
    prev = prev_index(doc, cand.start)
    if not (starts_line(doc, cand.start) or prev is not None and doc[prev].text == "|"):
        return False
    if tab_row_amount(doc, cand, lex):
        return True
    saw_money = False
    for tok in doc[cand.end :]:
        if tok.is_space and "\n" in tok.text:
            break
        if is_money_token(tok.text, lex):
            saw_money = True
        elif not (tok.is_space or tok.like_num or tok.is_punct or tok.text in {"|", "-"}):
            return False
        if "\n" in tok.whitespace_:
            break
    return saw_money


_MONEY_CELL = re.compile(r"^\d{1,3}(?:\.\d{3})*,(?:\d{2}|-)$")


def tab_row_amount(doc: Doc, cand: Candidate, lex: MunicipalityWords) -> bool:
    """A tab row whose cell after the name is money: ``Wierden<TAB>€<TAB>385.202,00<TAB>Directie``.

    A PDF table read with its page margin beside it runs the margin's text
    (a letterhead column) into the row after the amounts; the tab after the
    name and the money right after it still make it a row.
    """
    after = doc[cand.end - 1].whitespace_
    j = cand.end
    while j < len(doc) and doc[j].is_space:
        if "\n" in doc[j].text:
            return False
        after += doc[j].text
        j += 1
    if "\t" not in after or j >= len(doc):
        return False
    return is_money_token(doc[j].text, lex) or bool(_MONEY_CELL.match(doc[j].text))


_CELL_BREAK = re.compile(r"\t+| {2,}|\s*\|\s*")
_RULE_LINE = re.compile(r"^[\s|:+=_\-–—]*$")


def table_cells(line: str) -> list[str]:
    """The cells of a table line: split at tabs, ``|`` or two or more spaces; empty cells dropped."""
    return [c.strip() for c in _CELL_BREAK.split(line.strip().strip("|")) if c.strip()]


def gemeente_column_row(
    text: str, start_char: int, end_char: int, lex: MunicipalityWords, max_rows: int = 60
) -> bool:
    """The name is the first cell of a table row under a ``Gemeente`` header.

    ``Gemeente<TAB>Deelnemers`` then ``Delft<TAB>40``: whatever the other
    cells hold, the first column of such a table lists municipalities. The
    rows between the header and this row must be table rows too (two or more
    cells, or a rule line like ``| --- |``); a blank or prose line ends the
    table.
    """
    line_start = text.rfind("\n", 0, start_char) + 1
    line_end = text.find("\n", end_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    cells = table_cells(line)
    if len(cells) < 2 or cells[0] != text[start_char:end_char].strip():
        return False
    end = line_start - 1
    for _ in range(max_rows):
        if end < 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end]
        end = start - 1
        if _RULE_LINE.match(above) and above.strip():
            continue
        above_cells = table_cells(above)
        if len(above_cells) < 2:
            return False
        if above_cells[0].lower() in lex.gemeente_words:
            return True
    return False
