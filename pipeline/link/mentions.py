"""What the link rules (``pipeline.link.amounts``, ``.clauses``, ``.rows``) read: the page text, its municipality
mentions and amounts, and the small questions every rule asks of them (the nearest mention
before or after an amount, whether it is one of a group, whether two positions are in one
clause, whether a line is a table row or a short list item).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.datafiles import load_file
from pipeline.doctext import doc_text
from pipeline.extract.amount_tables import CARRIED_TABLE, table_words
from pipeline.extract.amounts import SPAN_KEY
from pipeline.extract.municipalities import SPAN_KEY as MUNICIPALITIES_KEY
from pipeline.extract.municipality_lexicon import municipality_words
from pipeline.extract.municipality_namesakes import is_organisation_word
from pipeline.link.words import link_words
from pipeline.phrases import alternation
from pipeline.regions import find_regions
from pipeline.resource_files import AmountsLinkingFile

# Linking looks this far (characters) around an amount.
LINK_WINDOW = 200
# Longer lines are running text, not table rows or list items (read in a window).
ROW_MAX_CHARS = 2000
# How far back a rule looks for the start of the sentence (real sentences are shorter).
SENTENCE_WINDOW = 2000


@dataclass(frozen=True)
class Mention:
    """A municipality mention as linking sees it: characters and CBS code."""

    start: int
    end: int
    code: str


@dataclass(frozen=True)
class LinkInput:
    """What the link rules read: page text, municipality mentions, amount char ranges (in order)."""

    text: str
    mentions: tuple[Mention, ...]
    amounts: tuple[tuple[int, int], ...] = ()
    # The column labels of a table the previous page ended with, which may go on at the top of
    # this page without its header.
    carried_header: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [m.start for m in self.mentions])
        object.__setattr__(self, "_ends", [m.end for m in self.mentions])
        # Amount spans do not overlap, so their ends are in order too.
        object.__setattr__(self, "_amount_ends", [e for _, e in self.amounts])
        object.__setattr__(self, "_amount_starts", [s for s, _ in self.amounts])
        # What each link rule found for an amount: rules that read the amount before (a second
        # object, a restated sum) ask the same rules of it again, and a chain of amounts
        # ('€ A en € B en € C ...') would ask them once per link of the chain.
        object.__setattr__(self, "_rule_results", {})

    def amounts_starting_in(self, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
        """The amounts that start in [lo, hi), by bisection."""
        return self.amounts[bisect.bisect_left(self._amount_starts, lo) : bisect.bisect_left(self._amount_starts, hi)]

    def apply(self, rule, start: int, end: int):
        """``rule(self, start, end)``, asked once per rule and amount (the rules are pure)."""
        key = (rule, start, end)
        results = self._rule_results
        if key not in results:
            results[key] = rule(self, start, end)
        return results[key]

    def amount_before(self, pos: int) -> tuple[int, int] | None:
        """The last amount that ends at or before ``pos`` (by bisection: pages with
        thousands of amounts stay linear)."""
        k = bisect.bisect_right(self._amount_ends, pos)
        return self.amounts[k - 1] if k else None

    @classmethod
    def of(cls, doc: Doc) -> LinkInput:
        mentions = sorted(
            (
                Mention(s.start_char, s.end_char, s.kb_id_)
                for s in doc.spans.get(MUNICIPALITIES_KEY, [])
                if s.kb_id_
            ),
            key=lambda m: (m.start, m.end),
        )
        amounts = sorted(amount_chars(s) for s in doc.spans.get(SPAN_KEY, []))
        carried = doc.user_data.get(CARRIED_TABLE)
        return cls(doc_text(doc), tuple(mentions), tuple(amounts), tuple(carried.labels) if carried else ())


def amount_chars(span: Span) -> tuple[int, int]:
    """The exact characters of the amount (the span may be wider, see the extractor)."""
    chars = span._.amount_chars if span.has_extension("amount_chars") else None
    return chars if chars else (span.start_char, span.end_char)


def mention_before(links: LinkInput, start: int) -> Mention | None:
    """The nearest mention ending before ``start``, within the link window."""
    k = bisect.bisect_right(links._ends, start)
    if k == 0:
        return None
    m = links.mentions[k - 1]
    return m if start - m.end <= LINK_WINDOW else None


def mention_after(links: LinkInput, end: int) -> Mention | None:
    k = bisect.bisect_left(links._starts, end)
    if k == len(links.mentions):
        return None
    m = links.mentions[k]
    return m if m.start - end <= LINK_WINDOW else None


def in_group(links: LinkInput, mention: Mention) -> bool:
    """True when the mention is one of a list with no amounts between (``Gouda en Nijmegen``)."""
    group = group_pattern()
    k = links.mentions.index(mention)
    neighbours = links.mentions[max(0, k - 1) : k] + links.mentions[k + 1 : k + 2]
    for other in neighbours:
        lo, hi = (
            (other.end, mention.start) if other.end <= mention.start else (mention.end, other.start)
        )
        if lo <= hi and group.fullmatch(links.text[lo:hi]):
            return True
    return False


@lru_cache(maxsize=1)
def group_pattern() -> re.Pattern:
    words = link_words()
    return re.compile(
        rf"\s*(?:{alternation(words.group_joiners)}\s*)+(?:{words.municipality_articles}\s+)?",
        re.IGNORECASE,
    )


def amounts_between(links: LinkInput, start: int, end: int) -> bool:
    """Whether an amount stands wholly in [start, end): the first one starting there ends first
    (amounts do not overlap), so it is the one to look at, found by bisection."""
    first = links.amounts_starting_in(start, end)[:1]
    return bool(first) and first[0][1] <= end


def same_clause(links: LinkInput, lo: int, hi: int, max_words: int | None = None) -> bool:
    """No clause break and no other amount in [lo, hi), and few enough words."""
    between = links.text[lo:hi]
    limit = link_words().receive_gap_max_words if max_words is None else max_words
    return (
        re.search(r"[.,;:!?\n()]", between) is None
        and not amounts_between(links, lo, hi)
        and len(between.split()) <= limit
    )


_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[a-z][.)]|[-•*▪–·])\s+")
_ROW = re.compile(r"\||\t| {2,}")


def line_of(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


# A table's first row is at most this many lines above one of its rows.
TABLE_MAX_ROWS = 40


def lines_above(text: str, line_start: int, limit: int = TABLE_MAX_ROWS) -> Iterator[tuple[int, str]]:
    """The lines above the one that starts at ``line_start``, nearest first, as (start, text):
    at most ``limit``, fewer at the top of the text."""
    pos = line_start
    for _ in range(limit):
        if pos == 0:
            return
        above, _ = line_of(text, pos - 1)
        yield above, text[above : pos - 1]
        pos = above


def short_line_of(text: str, pos: int) -> tuple[int, int] | None:
    """``line_of`` for a line of at most ROW_MAX_CHARS characters, else None (read in a
    window, so a page that is one long line is not read once per amount)."""
    low = max(0, pos - ROW_MAX_CHARS)
    start = text.rfind("\n", low, pos) + 1
    if start == 0 and low > 0:
        return None
    end = text.find("\n", pos, pos + ROW_MAX_CHARS + 1)
    if end < 0:
        if len(text) > pos + ROW_MAX_CHARS:
            return None
        end = len(text)
    return (start, end) if end - start <= ROW_MAX_CHARS else None


def is_row_or_item(text: str, pos: int) -> bool:
    """A table row (cells split by ``|``, a tab or a run of spaces) or a short list item.

    A row split by spaces must be short: a paragraph of running text with a
    wide gap in it (a redaction removed a figure, ``Het restant van 5.1.2e
    wordt terugbetaald``) is no table row, so its municipality is no row label.
    """
    bounds = short_line_of(text, pos)
    if bounds is None:
        return False  # a line this long is running text, no row or list item
    start, end = bounds
    line = text[start:end]
    n_words = len(line.split())
    row = _ROW.search(line.strip())
    if row is not None and (row.group() != " " * len(row.group()) or n_words <= link_words().row_max_words):
        return True
    return bool(_ITEM.match(line)) and n_words <= link_words().list_markers_max_words


def total_row(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in a table row labelled as a total (``Subtotaal Groningen | 1.667``,
    ``Totaal Twente | € 6.850.000``): its figures add up several rows, so a name in the label
    is the group's, and the figures belong to no municipality."""
    if not is_row_or_item(text, pos):
        return False
    start, _ = line_of(text, pos)
    label = _ROW.split(text[start:pos].strip(" |\t"), maxsplit=1)[0]
    return table_words().total_labels.search(label.strip()) is not None


def names_the_row(text: str, mention: Mention) -> bool:
    """Whether the mention can be what its table row or list item is about: at most
    ``row_label_lead_max_words`` words stand before it in its cell. In a longer label it is
    part of a description (``Indexering conform opgave gemeente Lelystad (3,2%) | 389``,
    ``3. Versterking regiefunctie JGZ Almere | 700``), not the row's municipality; nor in a cell
    that opens with an organisation's word (``Stichting Mitros (Utrecht) | 350.000``) or holds a
    company's legal form (``Van Kessel Wegenbouw B.V., Vlijmen | € 1.987.450``)."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    cell_start = max(line_start, text.rfind("\t", line_start, mention.start) + 1,
                     text.rfind("|", line_start, mention.start) + 1)
    if _organisation_cell(text[cell_start:mention.start]):
        return False  # 'Stichting Mitros (Utrecht)': the organisation's seat or name, the row is the organisation's
    if company_cell(text, mention):
        return False  # 'Van Kessel Wegenbouw B.V., Vlijmen': a company's family name or seat, the row is the company's
    if _town_part().fullmatch(text[cell_start:mention.start]):
        return False  # 'Binnenstad Heerlen | Kerstverlichting | 62.000': a part of the town, where the project is
    if _travel_cost().search(text[cell_start:mention.start]):
        return False  # '16-01-2024 | Parkeerkosten Maastricht | 12,50': where a trip went, a declaration's item
    if _shared_with().search(text[cell_start:mention.start]):
        return False  # 'Inhuur erfcoach (gedeeld met Lochem) | 60.000': the partner in the cost, not its payer
    if re.search(r"\(\s*via\s+$", text[cell_start:mention.start], re.IGNORECASE):
        return True  # 'Rijksbijdrage regionale aanpak vsv (via Sittard-Geleen)': paid to it, passed on by it
    if (text[cell_start:mention.start].strip() and "gemeente" not in text[cell_start:mention.start].lower()
            and _project_column(text, line_start, cell_start)):
        return False  # 'Project | Rijk' over 'Aansluiting A2/N279 's-Hertogenbosch | 7,5': where the project is
    return len(text[cell_start:mention.start].split()) <= link_words().row_label_lead_max_words


def company_cell(text: str, mention: Mention) -> bool:
    """Whether the mention's cell holds a company's legal form (``Van Kessel Wegenbouw B.V., Vlijmen``,
    ``Wegenbouw Ten Boer v.o.f., Ten Boer``): the name is the company's family name or seat."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    cell_start = max(line_start, text.rfind("\t", line_start, mention.start) + 1,
                     text.rfind("|", line_start, mention.start) + 1)
    ends = [i for i in (text.find("\t", mention.end), text.find("|", mention.end), text.find("\n", mention.end))
            if i >= 0]
    return _company_form().search(text, cell_start, min(ends, default=len(text))) is not None


@lru_cache(maxsize=1)
def _company_form() -> re.Pattern:
    # A scan may lose the last stop ('B.V, Vlijmen').
    forms = sorted({f.rstrip(".") for f in load_file(AmountsLinkingFile).company_legal_forms}, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in forms) + r")\.?(?![\w])")


@lru_cache(maxsize=1)
def _town_part() -> re.Pattern:
    return re.compile(r"\s*" + alternation(load_file(AmountsLinkingFile).town_parts) + r"\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _shared_with() -> re.Pattern:
    return re.compile(r"(?<![\w])" + alternation(load_file(AmountsLinkingFile).shared_with)
                      + r"\s+(?:de\s+)?(?:gemeenten?\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _travel_cost() -> re.Pattern:
    return re.compile(r"(?<![\w])" + alternation(load_file(AmountsLinkingFile).travel_costs) + r"\s+$", re.IGNORECASE)


def _project_column(text: str, line_start: int, cell_start: int) -> bool:
    """Whether the header of the cell's column is a project's or measure's (``Project``, ``Maatregel``)."""
    column = len(re.findall(r"[\t|]", text[line_start:cell_start]))
    top = table_top(text, line_start)
    if top == line_start:
        return False
    end = text.find("\n", top)
    cells = re.split(r"[\t|]", text[top:end if end >= 0 else len(text)])
    return column < len(cells) and link_words().project_column.fullmatch(cells[column]) is not None


# A word in a cell: the cell is a label. A code (``GM0034``, ``12``, ``3a``) is none.
_LABEL_WORD = re.compile(r"[^\W\d_]{3,}")
_CODE_CELL = re.compile(r"[A-Z]{2}\d{3,4}|[A-Z]{0,3}[-.]?\d+[a-z]?\.?")


def after_row_label(links: LinkInput, mention: Mention) -> bool:
    """Whether the mention stands in a cell after the row's own label: a project's row whose
    municipality column only says where the project is (``Dorpshuis De Kei | Aalten | €
    48.500``; ANNOTATING.md: money for a project gets none, also with a column of its own for
    the municipality). A cell of numbers or a code, a province or region (``Limburg | Bergen
    (L.)``; not one inside an organisation's name, ``Woningstichting Wonen Limburg``), another
    municipality, or ``Gemeente X`` in the mention's own cell (the applicant) leave the row the
    municipality's; after a figure a new label starts (two tables side by
    side: ``Almere | € 1.200 | Utrecht | € 1.300``). So does a sentence right above or below the
    table that gives the money to the municipality the project lies in (``De subsidie gaat naar
    de gemeente waarin het project ligt``: ``receiver_tables``), and a column whose header names
    the receiver's role (``Mandaatgemeente``, ``Penvoerder``). ``Gemeente X`` as the applicant in
    an earlier cell makes a later name a place (``Gemeente Bronckhorst | Hengelo (Gld)``)."""
    text = links.text
    line_start = text.rfind("\n", 0, mention.start) + 1
    cell_start = max(line_start, text.rfind("\t", line_start, mention.start) + 1,
                     text.rfind("|", line_start, mention.start) + 1)
    if cell_start == line_start or re.search(r"(?i:gemeente)", text[cell_start:mention.end]):
        return False
    # 'Gemeente Súdwest-Fryslân | Sneek | 60.000': the applicant is named as a municipality in
    # an earlier cell; a name in a later cell is where it is.
    if _applicant_cell(links, line_start, cell_start):
        return True
    if _receiver_column(links, line_start, cell_start):
        return False
    pos, labels = line_start, []
    for cell in re.split(r"([\t|])", text[line_start:cell_start]):
        if cell not in ("\t", "|"):
            if re.search(r"\d", cell) and not _LABEL_WORD.search(cell):
                labels = []  # a figure: a new row label may follow
            elif _LABEL_WORD.search(cell) and not _CODE_CELL.fullmatch(cell.strip()):
                labels.append((pos, pos + len(cell)))
        pos += len(cell)
    return (any(not any(s <= o.start and o.end <= e for o in links.mentions)
                and not (find_regions(text[s:e]) and not _organisation_cell(text[s:e])) for s, e in labels)
            and not any(s <= mention.start < e for s, e in receiver_tables(text)))


def _organisation_cell(cell: str) -> bool:
    """A cell that opens with an organisation's word (``Woningstichting Wonen Limburg``): the region
    in it is part of the organisation's name, and the cell is the row's label."""
    first = cell.split()[:1]
    return bool(first) and is_organisation_word(first[0].lower(), municipality_words())


# A line without cells inside a table (a wrapped label, a section label) has at most this many words.
_INNER_LINE_MAX_WORDS = 5


def table_top(text: str, line_start: int) -> int:
    """Where the table whose line starts at ``line_start`` starts: the lines above it with cells
    (tabs), and short lines between them (a label wrapped onto a line of its own), up to a
    blank line or running text."""
    top = line_start
    while top > 0:
        above = text.rfind("\n", 0, top - 1) + 1
        line = text[above:top - 1]
        if "\t" not in line and not (line.strip() and len(line.split()) <= _INNER_LINE_MAX_WORDS
                                      and "\t" in text[text.rfind("\n", 0, max(0, above - 1)) + 1:above]):
            break
        top = above
    return top


def _receiver_column(links: LinkInput, line_start: int, cell_start: int) -> bool:
    """Whether the header of the mention's column names the receiver (``Regio | Mandaatgemeente
    | Totaalbedrag``, ``Penvoerder``): the first line of the table (tab-separated lines without
    a blank line between), its cell in the same column; for a table that goes on at the top of
    the page, the header of the previous page's table."""
    text = links.text
    column = text.count("\t", line_start, cell_start)
    if column == 0:
        return False
    top = table_top(text, line_start)
    end = text.find("\n", top)
    cells = text[top:end if end >= 0 else len(text)].split("\t")
    if any(re.search(r"\d", c) and not re.fullmatch(r"\D*(?:19|20)\d\d\D*", c) for c in cells[1:]):
        # No header over the rows: the table goes on from the previous page, under its header.
        cells = list(links.carried_header)
    return column < len(cells) and link_words().receiver_column.match(cells[column]) is not None


def _applicant_cell(links: LinkInput, line_start: int, cell_start: int) -> bool:
    """Whether a cell of the row before ``cell_start``, after its last figure (two tables side
    by side), is ``Gemeente X`` (the applicant)."""
    found = False
    for cell in re.finditer(r"[^\t|]+", links.text[line_start:cell_start]):
        lo, hi = line_start + cell.start(), line_start + cell.end()
        if re.search(r"\d", cell.group()):
            found = False
        elif re.match(r"\s*gemeente\s", cell.group(), re.IGNORECASE) and any(
                lo <= o.start and o.end <= hi for o in links.mentions):
            found = True
    return found


def _is_table_line(line: str) -> bool:
    return "\t" in line or "|" in line


def _table_next_to(lines: list[tuple[int, str]], k: int, step: int) -> tuple[int, int] | None:
    """The table (its first and last line's characters) that the paragraph of line ``k`` stands
    right above (``step`` 1) or below (``step`` -1), blank lines between allowed."""
    while 0 <= k < len(lines) and lines[k][1].strip() and not _is_table_line(lines[k][1]):
        k += step
    while 0 <= k < len(lines) and not lines[k][1].strip():
        k += step
    rows = []
    while 0 <= k < len(lines) and _is_table_line(lines[k][1]):
        rows.append(lines[k])
        k += step
    if not rows:
        return None
    first, last = min(rows), max(rows)
    return first[0], last[0] + len(last[1])


@lru_cache(maxsize=8)
def receiver_tables(text: str) -> tuple[tuple[int, int], ...]:
    """The tables whose paragraph right above or below says the money goes to the municipality
    the project lies in (``location_receiver`` of ``linking.json``): there a project's row is the
    municipality's, as money paid to a municipality that passes it on (a penvoerder) is."""
    matches = list(link_words().location_receiver.finditer(text))
    if not matches:
        return ()
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    starts = [start for start, _ in lines]
    found = []
    for match in matches:
        k = bisect.bisect_right(starts, match.start()) - 1
        if _is_table_line(lines[k][1]):
            continue  # a cell's words, no sentence beside the table
        found += [t for t in (_table_next_to(lines, k, 1), _table_next_to(lines, k, -1)) if t]
    return tuple(found)


def is_place(links: LinkInput, mention: Mention) -> bool:
    """``Een stichting in (de gemeente) X``, ``scholen uit X``: the name is where someone is,
    not the subject that receives or pays; so is a trip's or stay's cost before it (``Parkeerkosten
    Almere | 12,50``): where it went."""
    before = links.text[max(0, mention.start - 40) : mention.start]
    return link_words().locative_before.search(before) is not None or _travel_cost().search(before) is not None


# An aside set off by commas right after a name, no figure or relative pronoun in it: 'de gemeente
# Margraten, gezien het regionale belang van het gebouw, f 20.000,-- bijdraagt'.
ASIDE = re.compile(r"[ \t]*,[ \t]*(?!(?:die|dat|en|of|maar)(?![\w]))[^,.;:!?()\n€\d]{3,80}?,[ \t]*", re.IGNORECASE)
