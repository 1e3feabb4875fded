"""Lines re-joined into paragraphs; headings, list items, table rows and labels stay lines.

PDF text layers and OCR break a paragraph into printed lines. This step joins
those lines with a space, and keeps every other line break. The rules, in
order, for a line A and the next non-blank line B (``gap`` blank lines
between them):

1. B is a block start (a list item ``1.`` ``•`` ``-`` ``(2)`` ``a.``, a table
   row, a margin label alone on its line, a garbage line, a closing formula
   or salutation ``Met vriendelijke groet,`` ``Geachte heer Jansen,``, a
   postal address line ``Postbus 20350`` ``2500 EJ DEN HAAG``, a field of an
   e-mail header ``Sent: 9/25/2020 3:15 PM``) -> keep the break.
2. A is a table row, a margin label, a garbage line, a closing formula,
   salutation, postal address line or e-mail header field -> keep (a garbage line stays a line of
   its own, so it can be flagged; a letter's salutation and closing end
   their block even when they end in a comma).
2a. After a closing formula the page is a signature block: its lines
   (``burgemeester en wethouders van Zwolle,`` / ``de secretaris,``) are
   never joined across a blank line.
3. A is a list marker alone (``1.``) -> join: the item's text follows it.
4. With blank lines between: join only when B starts with a lower-case letter
   and A does not end a sentence or clause (``. ! ? : ;``) and has at least
   ``gap_join_min_words`` words (``Doelen`` above lower-case items is a
   heading): OCR puts stray blank lines inside sentences, but a paragraph
   never starts in lower case.
5. B starts with a lower-case letter -> join (a sentence goes on), unless A
   is not full and B starts with a title (``mr.``, ``drs.``): an address block.
6. Otherwise join only when A is *full*: at least ``full_line_share`` of the
   page's wrap width and not ending in a colon or semicolon. A short line
   followed by a capital is a heading, the last line of a paragraph, or a
   table row.

The *wrap width* is the ``wrap_percentile`` of the lengths of the page's
ordinary lines, each measured as printed (a line the hyphenation step joined
to the next counts as its longer half); a page whose lines are longer than ``max_wrap_width`` (one
paragraph per line, as in born-digital text files), shorter than
``min_wrap_width`` (an address list) or that has fewer than
``min_wrapped_lines`` ordinary lines has none, so rule 6 never joins there.

A line is *table-like* when it has a column gap (tab or two spaces inside), or
is short with 2..``max_tokens`` tokens and ends in a cell (a number or a
single character) or has a share of numbers of at least
``min_numeric_share``; it is a *table row* when the line above or below it
is table-like too, or when it holds a tab. Blank-line runs become one blank line; trailing white
space of lines goes. Thresholds are in ``resources/clean/lines.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import numpy

from pipeline.clean.mapped import MappedText, TextBuilder
from pipeline.clean.quality import is_garbage_line
from pipeline.clean.resources import LineRules, dutch_words, line_rules, margin_rules, quality_rules
from pipeline.clean.tokens import is_cell, is_number_token

_FIRST_ALNUM = re.compile(r"\w")


def is_table_like(line: str, rules: LineRules) -> bool:
    """Could this line be a table row (see the module docstring)?"""
    stripped = line.strip()
    if not stripped:
        return False
    if rules.table.column_gap.search(stripped):
        return True
    if len(stripped) > rules.table.max_line_length or stripped[-1] in ".!?:;,":
        return False
    tokens = stripped.split()
    if not 2 <= len(tokens) <= rules.table.max_tokens:
        return False
    numbers = sum(1 for t in tokens if is_number_token(t))
    return is_cell(tokens[-1]) or numbers / len(tokens) >= rules.table.min_numeric_share


def is_margin_label(line: str) -> bool:
    """A margin label alone on its line (``Datum``, ``Ons kenmerk:``)."""
    return line.strip().rstrip(":").rstrip() in _margin_labels()


@lru_cache(maxsize=1)
def _margin_labels() -> frozenset[str]:
    # Every line of every page is asked: one set lookup, not a pass over the labels.
    return frozenset(label for label, _kind in margin_rules().labels)


def starts_lower(line: str) -> bool:
    """Does the line's first letter or digit (after brackets, quotes) be a lower-case letter?"""
    match = _FIRST_ALNUM.search(line)
    return bool(match) and match.group(0).islower()


@dataclass(frozen=True)
class Line:
    start: int
    content_start: int  # after the indent
    end: int  # end of the text without trailing white space
    newline: int  # position of the line break after it (== end of text when none)
    text: str
    list_item: bool
    marker_alone: bool
    label: bool
    table_like: bool
    garbage: bool = False
    table_row: bool = False
    printed: int = 0  # length of the longest piece that was one printed line (see printed_length)
    closing: bool = False  # a closing formula: Met vriendelijke groet,
    salutation: bool = False  # Geachte heer Jansen,
    address: bool = False  # a postal address line
    mail_header: bool = False  # Van: ..., Sent: 9/25/2020 3:15 PM, Subject: ...

    @property
    def block_end(self) -> bool:
        return self.closing or self.salutation or self.address or self.mail_header

    @property
    def block_start(self) -> bool:
        return (self.list_item or self.marker_alone or self.label or self.table_row
                or self.garbage or self.block_end)


def classify_lines(text: MappedText, rules: LineRules) -> list[Line | None]:
    """Every line of ``text`` classified; None for blank lines."""
    source = text.text
    quality, words = quality_rules(), dutch_words()
    jumps = offset_jumps(text)
    out: list[Line | None] = []
    for start, end in text.lines():
        raw = source[start:end]
        stripped = raw.rstrip()
        if not stripped.strip():
            out.append(None)
            continue
        out.append(Line(
            start=start,
            content_start=start + len(stripped) - len(stripped.lstrip()),
            end=start + len(stripped),
            newline=end,
            text=stripped.strip(),
            list_item=bool(rules.list_item.match(stripped)),
            marker_alone=bool(rules.list_marker_alone.match(stripped)),
            label=is_margin_label(stripped),
            table_like=is_table_like(stripped, rules),
            garbage=is_garbage_line(stripped, quality, words),
            printed=printed_length(text, start + len(stripped) - len(stripped.lstrip()),
                                   start + len(stripped), jumps),
            closing=bool(rules.closing.fullmatch(stripped.strip())),
            salutation=bool(rules.salutation.fullmatch(stripped.strip())),
            address=bool(rules.address_line.fullmatch(stripped.strip())),
            mail_header=bool(rules.mail_header.fullmatch(stripped.strip())),
        ))
    # A table row needs a table-like line right above or below it, or a tab between
    # cells: ingest writes tabs only between the columns of a table it rebuilt, whose
    # rows may stand between section labels (``Algemene reserve`` / row / ``Bestemmingsreserves``).
    for i, line in enumerate(out):
        if line is None or not line.table_like:
            continue
        above = out[i - 1] if i > 0 else None
        below = out[i + 1] if i + 1 < len(out) else None
        if ("\t" in line.text or (above is not None and above.table_like)
                or (below is not None and below.table_like)):
            out[i] = Line(**{**line.__dict__, "table_row": True})
    return out


def offset_jumps(text: MappedText) -> list[int]:
    """The positions ``i`` where ``text``'s raw offsets do not step by one from ``i - 1``."""
    offsets = numpy.asarray(text.offsets, dtype=numpy.int64)
    return (numpy.flatnonzero(numpy.diff(offsets) != 1) + 1).tolist()


def printed_length(text: MappedText, start: int, end: int, jumps: list[int] | None = None) -> int:
    """The longest stretch of ``text[start:end]`` whose characters follow each other in the raw text.

    The hyphenation step joins a broken word's line onto the line before it
    (``twee-`` + ``daagse training ...``); where it did, the raw offsets jump
    over the hyphen and line break. The pieces between such jumps are the
    printed lines, and the page's wrap width must be measured on those, not
    on the joined line of twice their length. ``jumps`` (``offset_jumps``,
    read once per page) spares the look at every character of most lines.
    """
    offsets = text.offsets
    if jumps is None:
        jumps = offset_jumps(text)
    if end - start > 1 and bisect_right(jumps, start) == bisect_left(jumps, end):
        return end - start  # printed as it stands: no jump inside
    best = run = 1 if end > start else 0
    for i in range(start + 1, end):
        step = offsets[i] - offsets[i - 1]
        run = run + 1 if step in (0, 1) else 1
        best = max(best, run)
    return best


def wrap_width(lines: list[Line | None], rules: LineRules) -> float | None:
    """The page's printed line width in characters, or None when lines are not wrapped."""
    lengths = sorted(x.printed for x in lines if x is not None and not x.block_start)
    if len(lengths) < rules.min_wrapped_lines:
        return None
    width = lengths[min(len(lengths) - 1, int(rules.wrap_percentile * len(lengths)))]
    return width if rules.min_wrap_width <= width <= rules.max_wrap_width else None


def should_join(a: Line, b: Line, gap: int, width: float | None, rules: LineRules,
                signature: bool = False) -> bool:
    """Rules 1-6 of the module docstring (``signature``: rule 2a applies)."""
    if b.block_start or a.label or a.table_row or a.garbage or a.block_end:
        return False
    if a.marker_alone:
        return True
    if gap > 0:
        return (not signature and starts_lower(b.text) and a.text[-1] not in rules.no_join_end
                and len(a.text.split()) >= rules.gap_join_min_words)
    full = width is not None and len(a.text) >= rules.full_line_share * width
    if starts_lower(b.text):
        return full or b.text.split(maxsplit=1)[0] not in rules.address_titles
    return full and a.text[-1] not in ":;"


def join_lines(text: MappedText) -> MappedText:
    """Join the lines of each paragraph with a space; keep other breaks (see module docstring)."""
    rules = line_rules()
    lines = classify_lines(text, rules)
    width = wrap_width(lines, rules)
    builder = TextBuilder(text)
    previous: Line | None = None
    gap = 0
    signature = False
    for line in lines:
        if line is None:
            gap += 1
            continue
        if previous is None:
            builder.copy(line.start, line.end)
        elif should_join(previous, line, gap, width, rules, signature):
            # The space stands for the line break after A.
            builder.substitute(previous.newline, " ")
            builder.copy(line.content_start, line.end)
        else:
            builder.substitute(previous.newline, "\n\n" if gap else "\n")
            builder.copy(line.start, line.end)
        previous = line
        gap = 0
        signature = signature or line.closing
    return builder.build()
