"""Redaction debris: the places where a Woo release blacked something out.

The text is not changed; the ranges are recorded in ``CleanPage.redactions``
and put on the Doc before the extractors run, so a redacted amount is
reported as redacted and the debris is never read as a word or a number.
Recognised (data in ``resources/clean/redaction.json``):

- ``symbol_debris``: short tokens with a symbol OCR makes of a black box
  (``fx®e``, ``p®e``, ``g®e``, ``¥®e``), but not a trademark (``Word®``) or
  a copyright line (``© 2016``);
- ``woo_grounds``: the ground written on or next to the box, an article
  number glued to its letter (``5.1.2e``, ``5.1.2.e``, ``10.2.e``,
  ``5.1.1c``), unless prose cites it (``artikel 5.1.2e``), and a bare code
  OCR read as a number right after a box (``█ 114``: ``pipeline.grounds``);
- ``block_runs``: runs of block characters (``█``, ``■``), including the mark
  the PDF ingest puts where it found a black box;
- ``placeholders``: ``[…]``, ``[...]``, ``xxx``/``XXX``, ``[geanonimiseerd]``;
- ``table_debris_cells``: in a table (at least ``table_min_rows`` short rows
  of a name followed by cells, one of them a number), a single-character cell
  that is no digit and no usual cell mark (``-``, ``x``): ``Dronten |``,
  ``Lelystad B``, ``Urk ]``.
"""

from __future__ import annotations

import re

from pipeline.clean.resources import RedactionRules, line_rules, redaction_rules
from pipeline.clean.tokens import is_cell, is_number_token
from pipeline.grounds import find_box_misreads
from pipeline.ingest.redaction import REDACTION_MARK

Range = tuple[int, int]

_TOKEN = re.compile(r"\S+")
_TRAILING = ".,;:!?)]\u2019\u201d'\""
_LEADING = "([\u2018\u201c'\""
_TRADEMARK = re.compile(r"^[A-Za-z][A-Za-z\-]{2,}[\u00ae\u2122\u00a9]$")
_COPYRIGHT = re.compile(r"^\u00a9\s*\d{0,4}$")


def _core(match: re.Match[str]) -> Range:
    """The token's range without the punctuation around it."""
    token = match.group(0)
    start = match.start() + (len(token) - len(token.lstrip(_LEADING)))
    end = match.end() - (len(token) - len(token.rstrip(_TRAILING)))
    return (start, end) if end > start else (match.start(), match.end())


def symbol_debris(text: str, rules: RedactionRules) -> list[Range]:
    out = []
    if not any(symbol in text for symbol in rules.debris_symbols):
        return out
    symbols = re.escape("".join(sorted(rules.debris_symbols)))
    # Only tokens that hold a symbol are looked at: one regex pass over the page. The
    # match starts only at a token's start ((?<!\\S)), else a long token without a
    # symbol (100 KB of dots) is scanned again from each of its characters.
    for match in re.finditer(f"(?<!\\S)\\S*[{symbols}]\\S*", text):
        start, end = _core(match)
        core = text[start:end]
        if len(core) > rules.debris_token_max_length:
            continue
        if not any(c in rules.debris_symbols for c in core):
            continue  # the symbol was in the punctuation around the token
        if _TRADEMARK.match(core) or _COPYRIGHT.match(core):
            continue
        out.append((start, end))
    return out


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 40):start].split()
    return words[-1].lower() if words else ""


def woo_grounds(text: str, rules: RedactionRules) -> list[Range]:
    return [(m.start(), m.end()) for m in rules.woo_ground.finditer(text)
            if _word_before(text, m.start()) not in rules.ground_prose_before
            ] + [(c.start, c.end) for c in find_box_misreads(text, REDACTION_MARK)]


def block_runs(text: str, rules: RedactionRules) -> list[Range]:
    return [(m.start(), m.end()) for m in rules.block_run.finditer(text)]


def placeholders(text: str, rules: RedactionRules) -> list[Range]:
    return [(m.start(), m.end()) for m in rules.placeholder.finditer(text)]


def _table_row_cells(line: str, max_length: int) -> list[Range] | None:
    """The trailing cell tokens of a ``name cell cell`` row (ranges within the line), or None."""
    if len(line.strip()) > max_length:  # a paragraph on one line: not split into tokens
        return None
    tokens = list(_TOKEN.finditer(line))
    if len(tokens) < 2:
        return None
    if not any(c.isalpha() for c in tokens[0].group(0)):
        return None
    cells: list[Range] = []
    for token in reversed(tokens[1:]):
        if not is_cell(token.group(0)):
            break
        cells.append((token.start(), token.end()))
    return cells[::-1] or None


def _broken_word_end(line: str, cells: list[Range], k: int) -> bool:
    """The last letter of a name a narrow first column broke inside its word, read back one space after it
    with a cell's tab after it ('Hendrik-Ido-Ambach t<TAB>5.410.665'): the word's end, not debris."""
    a, b = cells[k]
    return (k == 0 and line[a:b].islower() and a >= 2 and line[a - 1] == " " and line[a - 2].islower()
            and line[b:b + 1] == "\t")


def _marks_figure(line: str, cells: list[Range], k: int, rules: RedactionRules) -> bool:
    """A budget's voordelig/nadelig mark one space after its figure ('109 N'): printed, not debris."""
    if k == 0 or line[cells[k][0]:cells[k][1]] not in rules.table_marks_after_figure:
        return False
    a, b = cells[k - 1]
    return line[b:cells[k][0]] == " " and is_number_token(line[a:b])


def table_debris_cells(text: str, rules: RedactionRules) -> list[Range]:
    out: list[Range] = []
    block: list[tuple[int, str, list[Range]]] = []
    max_length = line_rules().table.max_line_length

    def flush() -> None:
        if len(block) >= rules.table_min_rows and any(
            is_number_token(line[a:b]) for _, line, cells in block for a, b in cells
        ):
            for offset, line, cells in block:
                for k, (a, b) in enumerate(cells):
                    cell = line[a:b]
                    if (len(cell) == 1 and cell not in rules.table_cell_keep
                            and not _marks_figure(line, cells, k, rules) and not _broken_word_end(line, cells, k)):
                        out.append((offset + a, offset + b))
        block.clear()

    offset = 0
    for line in text.split("\n"):
        cells = _table_row_cells(line, max_length)
        if cells is None:
            flush()
        else:
            block.append((offset, line, cells))
        offset += len(line) + 1
    flush()
    return out


def merge(ranges: list[Range], text: str = "") -> tuple[Range, ...]:
    """Sorted ranges with overlapping or touching ones merged.

    Ranges with only spaces or tabs between them are one redaction too: a
    black box and the ground written beside it (``█ 5.1.2e``) hide one thing.
    """
    out: list[Range] = []
    for start, end in sorted(ranges):
        gap = text[out[-1][1]:start] if out and text else "\n"
        if out and (start <= out[-1][1] or not gap.strip(" \t")):
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def find_redactions(text: str) -> tuple[Range, ...]:
    """All redaction debris on a clean page, as sorted, merged (start, end) ranges."""
    rules = redaction_rules()
    return merge(symbol_debris(text, rules) + woo_grounds(text, rules) + block_runs(text, rules)
                 + placeholders(text, rules) + table_debris_cells(text, rules), text)
