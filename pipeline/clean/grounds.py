"""Each redaction on a page with its legal ground, for ``redactions.parquet``.

Ingest puts one ``█`` in the text per black or grey box, and keeps a code
printed on the box as a word after it (``█ 5.1.2e``). Here every mark is
paired with the nearest ground code (``pipeline.grounds``) on the same line
within ``pair_max_chars`` after it, else before it; a code already paired
is not reused; a bare code OCR read as a number (``█ 114``) is one only right
after its box (``pipeline.grounds.find_box_misreads``). What is left:

- a mark without a code is a redaction ``seen_as = box`` with no ground;
- a code without a mark (a white-out, or a box the scan lost) is one
  ``seen_as = code_text`` when it has its letter (``5.1.2e``; a bare
  ``5.2`` or ``11.1`` is also a section number), is no citation in prose
  (``artikel 5.1.2e``, ``deels openbaar 5.1.2e`` in an inventory:
  ``prose_before`` in ``grounds.json``; nor listed after such a citation: ``deels
  openbaar 5.1.2e, 5.1.2i``) and does not stand on a line with its
  own meaning (the heading ``De eerbiediging van de persoonlijke
  levenssfeer 5.1.2.e`` of a decision's reasoning), nor opens a bracket of
  codes after a word of a sentence (``persoonsgegevens weggelakt (5.1.2e)``),
  nor stands in an inventory list (``inventory_start``): below its title
  (``Bijlage 1 – Inventarislijst``) or its header row (``Nr. Datum Omschrijving
  Beoordeling Grond``) a code without a box is the grounds column, whatever the
  text layer made of the cells before it.

Redactions are numbered per page in text order.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.grounds import CodeMatch, Grounds, find_box_misreads, find_codes, grounds, is_code_text
from pipeline.ingest.redaction import REDACTION_MARK
from pipeline.records import BBox, Redaction

Span = tuple[int, int]
# Between the codes of a list ('5.1.2e, 5.1.2i', '10.2e en 11.1'): a code listed after a citation is cited too.
LIST_GAP = re.compile(r"\s*(?:[,;/&]|en|of)?\s*")
# A word of a sentence right before an opening bracket: 'weggelakt (5.1.2e)', 'schaden (5.1.2d en 5.1.2i)'.
BRACKET_AFTER_WORD = re.compile(r"[^\W\d_]{2,}[ \t]*\($")


def _same_line(text: str, a: int, b: int) -> bool:
    return "\n" not in text[min(a, b):max(a, b)]


def _pair(text: str, mark: int, codes: list[CodeMatch], used: set[int],
          reach: int) -> int | None:
    """Index in ``codes`` of the code belonging to the mark at ``mark``, if any."""
    best, best_distance = None, None
    for i, code in enumerate(codes):
        if i in used:
            continue
        if code.start > mark:
            distance = code.start - (mark + 1)
        else:
            # A code before the mark only when nothing else claims it: weigh it less.
            distance = mark - code.end + reach // 2
        if distance > reach or not _same_line(text, mark, code.start):
            continue
        if best_distance is None or distance < best_distance:
            best, best_distance = i, distance
    return best


def _in_prose(text: str, start: int, prose_before: frozenset[str]) -> bool:
    # OCR debris between the word and the code ('deels openbaar „5.1.2e') is no word; a box is
    # one ('gesproken met █\n5.1.2e': the code does not follow 'met').
    words = [w for w in text[max(0, start - 40):start].split()
             if REDACTION_MARK in w or any(c.isalnum() for c in w)]
    if not words:
        return False
    word = words[-1].lower()
    return word in prose_before or word.rstrip(":;,") in prose_before


def _bracketed(text: str, code: CodeMatch) -> bool:
    """Whether the code opens a bracket of codes after a word of a sentence on its line.

    A decision names the ground it applied in brackets after the words that say what was
    weggelakt; a box does not put brackets around its code, and OCR debris around a box that
    lost its edge holds no closed bracket of codes after a plain word.
    """
    line_start = text.rfind("\n", 0, code.start) + 1
    if not BRACKET_AFTER_WORD.search(text, line_start, code.start):
        return False
    close = text.find(")", code.start)
    return close >= 0 and "\n" not in text[code.start:close] and is_code_text(text[code.start:close])


def _explained(text: str, code: CodeMatch) -> bool:
    """Whether the code's line also holds a long word of the code's meaning."""
    line_start = text.rfind("\n", 0, code.start) + 1
    line_end = text.find("\n", code.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].lower()
    return any(word in line for word in code.ground.ground.lower().split() if len(word) >= 8)


def _header_row(line: str, table: Grounds) -> bool:
    """Whether the line holds a run of column names of an inventory, one of them its grounds column."""
    run: list[str] = []
    for word in line.lower().split():
        word = word.strip("|:;,")
        if word in table.inventory_columns or word in table.ground_columns:
            run.append(word)
            if len(run) >= table.inventory_header_min_columns and table.ground_columns.intersection(run):
                return True
        elif word:
            run = []
    return False


def inventory_start(text: str, table: Grounds) -> int | None:
    """Where an inventory list starts on the page (its title or its header row), if it holds one.

    A decision's list of documents names the grounds applied to each document in a column; none of
    those codes marks a box. A title is a short line that starts with the list's name; a sentence
    about the list (``staan op de inventarislijst``) is none.
    """
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if (len(stripped.split()) <= table.inventory_title_max_words
                and any(p.match(stripped) for p in table.inventory_titles)) or _header_row(stripped, table):
            return offset
        offset += len(line) + 1
    return None


def _positions(char: str, text: str) -> list[int]:
    """Where ``char`` stands in ``text`` (found by ``str.find``, not character by character)."""
    found, at = [], text.find(char)
    while at >= 0:
        found.append(at)
        at = text.find(char, at + 1)
    return found


def redaction_grounds(number: int, text: str,
                      bbox: Callable[[int, int], BBox | None] = lambda start, end: None) -> tuple[Redaction, ...]:
    """The page's redactions (see the module docstring); ``bbox(start, end)`` gives boxes."""
    table = grounds()
    codes = sorted(find_codes(text) + find_box_misreads(text, REDACTION_MARK), key=lambda c: c.start)
    marks = _positions(REDACTION_MARK, text)
    used: set[int] = set()
    found: list[tuple[Span, CodeMatch | None, str, BBox | None]] = []
    for mark in marks:
        paired = _pair(text, mark, codes, used, table.pair_max_chars)
        box = bbox(mark, mark + 1)
        if paired is None:
            found.append(((mark, mark + 1), None, "box", box))
            continue
        used.add(paired)
        code = codes[paired]
        span = (min(mark, code.start), max(mark + 1, code.end))
        found.append((span, code, "both", box))
    cited: set[int] = set()
    listed_from = inventory_start(text, table) if len(used) < len(codes) else None
    for i, code in enumerate(codes):
        if i in used:
            continue
        if ((listed_from is not None and code.start >= listed_from)
                or _in_prose(text, code.start, table.prose_before) or _explained(text, code)
                or _bracketed(text, code)
                or (i - 1 in cited and LIST_GAP.fullmatch(text[codes[i - 1].end:code.start]))):
            cited.add(i)
            continue
        if code.strong:
            found.append(((code.start, code.end), code, "code_text", bbox(code.start, code.end)))
    found.sort(key=lambda item: item[0])
    out = []
    for n, ((start, end), code, seen_as, box) in enumerate(found, start=1):
        ground = code.ground if code else None
        out.append(Redaction(
            page=number, box=n, char_start=start, char_end=end, seen_as=seen_as,
            code=ground.code if ground else None, ground=ground.ground if ground else None,
            law=ground.law if ground else None,
            x0=box.x0 if box else None, top=box.top if box else None,
            x1=box.x1 if box else None, bottom=box.bottom if box else None,
        ))
    return tuple(out)
