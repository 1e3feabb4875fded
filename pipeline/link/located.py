"""Tables whose municipalities only say where the money is, not who gets it.

A caption right above a table that gives its money to people, firms or clubs (``Tabel 1.
Tegemoetkomingen aan particulieren, bedrijven en verenigingen, naar de gemeente waar de schade is
ontstaan``) makes its ``Gemeente`` column a place: the money goes to the ones the caption names
(ANNOTATING.md: money for a club or company in a municipality gets none), while the next table,
``Tegemoetkomingen aan gemeenten``, stays the municipalities'. And a column headed by an area
(``Gebied | Regulier onderhoud | Groot onderhoud``, a water board's costs of its roads per area)
lists where the writer spends its own money, even when an area bears a municipality's name; so does
a column headed by a province or a region (``Provincie | Tranche 1``, ``RIEC-regio | Vast``): its
rows are those bodies, the province Groningen or the RIEC-regio Rotterdam, not the municipality.
``pipeline.link.rows`` asks both before it pairs a row's name with its figures.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.gazetteer import lookup
from pipeline.link.mentions import LinkInput, Mention, table_top
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# A caption stands this many lines above its table at most (blank lines not counted).
_CAPTION_MAX_LINES = 2


@lru_cache(maxsize=1)
def _caption() -> re.Pattern:
    """``aan particulieren, bedrijven en verenigingen``: receivers that are no municipality, alone
    in their list (``aan inwoners en gemeenten`` gives the table to municipalities too). A compound
    with a hyphen names the same receivers (``aan mkb-ondernemers``)."""
    who = r"(?:[^\W\d_]+-)?" + alternation(load_file(AmountsLinkingFile).located_receivers)
    return re.compile(rf"(?<![\w])aan\s+(?:de\s+)?{who}(?:\s*(?:,|en|of)\s+(?:de\s+)?{who})*(?![\w])"
                      r"(?!\s*(?:,|en|of)\s+(?:de\s+)?gemeenten?(?![\w]))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _area_label() -> re.Pattern:
    return re.compile(r"\s*" + alternation(load_file(AmountsLinkingFile).area_column_labels) + r"\s*$",
                      re.IGNORECASE)


def _is_table_line(line: str) -> bool:
    return "\t" in line or "|" in line


@lru_cache(maxsize=8)
def located_tables(text: str) -> tuple[tuple[int, int], ...]:
    """The tables (first and last character) right under a caption that gives their money to
    others than municipalities."""
    if _caption().search(text) is None:
        return ()
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    found = []
    for k, (_, line) in enumerate(lines):
        if _is_table_line(line) or _caption().search(line) is None:
            continue
        j, seen = k + 1, 0
        while j < len(lines) and not _is_table_line(lines[j][1]) and seen < _CAPTION_MAX_LINES:
            seen += bool(lines[j][1].strip())
            j += 1
        first = j
        while j < len(lines) and _is_table_line(lines[j][1]):
            j += 1
        if j > first and seen < _CAPTION_MAX_LINES:
            found.append((lines[first][0], lines[j - 1][0] + len(lines[j - 1][1])))
    return tuple(found)


def _in_area_column(links: LinkInput, mention: Mention) -> bool:
    """Whether the header of the mention's column, on the table's first line, names an area."""
    text = links.text
    line_start = text.rfind("\n", 0, mention.start) + 1
    line = text[line_start:text.find("\n", mention.start) if "\n" in text[mention.start:] else len(text)]
    if "\t" not in line:
        return False
    column = text.count("\t", line_start, mention.start)
    top = table_top(text, line_start)
    if top == line_start:
        return False
    header = text[top:text.find("\n", top)].split("\t")
    if column >= len(header) or _area_label().match(header[column]) is None:
        return False
    return not _own_name_glued_on(line.split("\t")[column], mention.code)


# The last word of a cell glued to the one before it, a small letter then a capital
# ('Apeldoorn/ZutphenApeldoorn'), up to the cell's end.
_GLUED_TAIL = re.compile(r"(?<=[a-z\u00e0-\u00ff])([A-Z][^\W\d_]*(?:[ -][^\W\d_]+)*)\s*$")


def _own_name_glued_on(cell: str, code: str) -> bool:
    """Whether a region's cell ends in the same municipality glued on without a space
    (``Apeldoorn/ZutphenApeldoorn`` over an empty ``Mandaatgemeente`` cell): the text layer ran
    the row's own municipality into the region's cell, and the row is that municipality's."""
    tail = _GLUED_TAIL.search(cell)
    return tail is not None and (found := lookup(tail.group(1))) is not None and found.code == code


# The lines of text above a table (blank ones not counted) that may name the corporation spending its money.
_SPENDER_LINES = 4


@lru_cache(maxsize=1)
def _corporation() -> re.Pattern:
    """A housing corporation by its own name: ``Woonstichting Achterhoekse Erven``."""
    words = alternation(load_file(AmountsLinkingFile).corporation_words)
    return re.compile(rf"(?<![\w])(?i:{words})\s+[A-Z]")


@lru_cache(maxsize=8)
def corporation_tables(text: str) -> tuple[tuple[int, int], ...]:
    """The tables under text that names a housing corporation (``Woonstichting Achterhoekse Erven
    investeert ... Het budget wordt per gemeente als volgt ingezet``), or on a page whose running
    head names one (its annual report): a corporation's leefbaarheid money per municipality is its
    own spending on its estate there, which the municipality neither gets nor pays (ANNOTATING.md:
    money for a company or project in a municipality gets none)."""
    if _corporation().search(text) is None:
        return ()
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    head = next((k for k, (_, line) in enumerate(lines) if line.strip()), 0)
    owned = _corporation().search(lines[head][1]) is not None if lines else False
    found = []
    k = 0
    while k < len(lines):
        if not _is_table_line(lines[k][1]):
            k += 1
            continue
        first = k
        while k < len(lines) and _is_table_line(lines[k][1]):
            k += 1
        above = [line for _, line in lines[max(0, first - 2 * _SPENDER_LINES):first] if line.strip()]
        cut = max((i + 1 for i, line in enumerate(above) if _is_table_line(line)), default=0)
        above = above[max(cut, len(above) - _SPENDER_LINES):]
        if any(_corporation().search(line) for line in above) or (owned and first > head):
            found.append((lines[first][0], lines[k - 1][0] + len(lines[k - 1][1])))
    return tuple(found)


def _named_gemeente(text: str, mention: Mention) -> bool:
    """``Gemeente Oldambt`` in its cell: the municipality itself, as a party to the table."""
    cell_start = max(text.rfind("\t", 0, mention.start), text.rfind("|", 0, mention.start),
                     text.rfind("\n", 0, mention.start)) + 1
    return re.search(r"(?i:gemeente)", text[cell_start:mention.start]) is not None


def _within(tables: tuple[tuple[int, int], ...], at: int) -> bool:
    k = bisect.bisect_right([s for s, _ in tables], at) - 1
    return k >= 0 and tables[k][0] <= at < tables[k][1]


def only_where(links: LinkInput, mention: Mention) -> bool:
    """Whether a municipality named in a table row only says where the row's money is."""
    if _in_area_column(links, mention) or _within(located_tables(links.text), mention.start):
        return True
    return (_within(corporation_tables(links.text), mention.start)
            and not _named_gemeente(links.text, mention))
