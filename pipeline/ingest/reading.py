"""Reading order: a page's text written band by band, column by column, then its margin.

Step 5 of the layout (see ``pipeline.ingest.layout``). Every character of the
text belongs to exactly one ``Word`` whose ``char_start:char_end`` slice is
its text, or is a separator (space, newline, tab).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from pipeline.ingest.columns import Gutter, find_gutters, is_debris, printed_label
from pipeline.ingest.lines import PageLayout, Segment, Token, median_height
from pipeline.ingest.rules import IngestRules
from pipeline.ingest.tables import Table, find_tables
from pipeline.records import Word


class TextBuilder:
    """Builds page text word by word, recording each word's character range."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.words: list[Word] = []
        self.length = 0
        self._pending = ""

    def separate(self, sep: str) -> None:
        """Ask for a separator before the next word; the strongest (longest) one wins."""
        if self.length and len(sep) > len(self._pending):
            self._pending = sep

    def word(self, token: Token) -> None:
        if self._pending:
            self.parts.append(self._pending)
            self.length += len(self._pending)
            self._pending = ""
        elif self.length:
            self.parts.append(" ")
            self.length += 1
        start = self.length
        self.parts.append(token.text)
        self.length += len(token.text)
        self.words.append(Word(token.text, start, self.length, token.bbox))

    def line(self, tokens: list[Token]) -> None:
        for token in tokens:
            self.word(token)
        self.separate("\n")

    def row(self, cells: list[list[Token]]) -> None:
        """A table row: one tab between columns, an extra tab for each empty cell,
        leading tabs where the first cells are empty."""
        last = 0
        for k, cell in enumerate(cells):
            if not cell:
                continue
            tabs = "\t" * (k - last)
            if k == last == 0 or not tabs:
                pass
            elif self._pending.startswith("\n") or not self.length:
                self._pending += tabs  # leading empty cells after the line break
            else:
                self.separate(tabs)
            for n, token in enumerate(cell):
                if n:
                    self.separate(" ")
                self.word(token)
            last = k
        self.separate("\n")

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _column_lines(segments: list[Segment]) -> list[list[Token]]:
    """Segments of one column merged per page line, top to bottom."""
    by_line: dict[int, list[Token]] = defaultdict(list)
    for s in segments:
        by_line[s.line].extend(s.tokens)
    ordered = sorted(by_line.values(), key=lambda ts: min(t.bbox.top for t in ts))
    return [sorted(ts, key=lambda t: t.bbox.x0) for ts in ordered]


def _pitches(lines: list[list[Token]], unit: float) -> list[float]:
    """Distances from each line's top to the next one's within one column."""
    tops = [min(t.bbox.top for t in tokens) for tokens in lines]
    return [b - a for a, b in zip(tops, tops[1:], strict=False) if 0.5 * unit < b - a < 3 * unit]


def line_pitch(pitches: list[float], unit: float) -> float:
    """The usual line distance: the lower quartile of ``pitches``, not the median,
    because on a page of short paragraphs the gaps between paragraphs can
    outnumber the lines within one."""
    return sorted(pitches)[len(pitches) // 4] if pitches else 1.2 * unit


def _write_block(builder: TextBuilder, lines: list[list[Token]], pitch: float,
                 rules: IngestRules) -> None:
    builder.separate("\n\n")
    previous_top: float | None = None
    for tokens in lines:
        top = min(t.bbox.top for t in tokens)
        if previous_top is not None and top - previous_top > rules.paragraphs.break_pitch * pitch:
            builder.separate("\n\n")
        builder.line(tokens)
        previous_top = top
    builder.separate("\n\n")


def body_blocks(segments: list[Segment], gutters: list[Gutter]) -> list[list[list[Token]]]:
    """The body in reading order: blocks (a full-width segment, or one column of a
    band), each a list of lines top to bottom."""
    blocks: list[list[list[Token]]] = []
    edges = [g.mid for g in gutters]
    for band in _bands(segments, gutters):
        if isinstance(band, Segment):
            blocks.append([band.tokens])
            continue
        columns: list[list[Segment]] = [[] for _ in range(len(edges) + 1)]
        for s in band:
            columns[sum(1 for e in edges if (s.x0 + s.x1) / 2 > e)].append(s)
        blocks.extend(_column_lines(column) for column in columns if column)
    return blocks


def _bands(segments: list[Segment], gutters: list[Gutter]) -> list[list[Segment] | Segment]:
    """Split the body into bands at segments that cross a gutter (titles, wide tables)."""
    def crosses(s: Segment) -> bool:
        return any(s.x0 < g.x0 and s.x1 > g.x1 for g in gutters)

    crossing_lines = {s.line for s in segments if crosses(s)}
    out: list[list[Segment] | Segment] = []
    band: list[Segment] = []
    for s in sorted(segments, key=lambda s: (s.top, s.x0)):
        if s.line in crossing_lines:
            if band:
                out.append(band)
                band = []
            out.append(s)
        else:
            band.append(s)
    if band:
        out.append(band)
    return out


MarginLine = tuple[str | None, list[Token]]


def margin_lines(segments: list[Segment], rules: IngestRules) -> list[MarginLine]:
    """Margin lines as (label, tokens); a label that shares its line with a value is split off."""
    out: list[MarginLine] = []
    for tokens in _column_lines(segments):
        text = " ".join(t.text for t in tokens)
        printed = printed_label(text, rules)
        if printed is None:
            out.append((None, tokens))
            continue
        label, words = printed
        n = words
        while n <= len(tokens) and is_debris(tokens[n - words].text):
            n += 1
        head, rest = tokens[:n], tokens[n:]
        if rest and rest[0].text == ":":
            head, rest = head + rest[:1], rest[1:]
        out.append((label, head))
        if rest:
            out.append((None, rest))
    return out


def margin_fields(lines: list[MarginLine]) -> list[tuple[str, str]]:
    """(label, value) pairs: a label's value is the unlabelled lines up to the next label."""
    fields_: list[tuple[str, list[str]]] = []
    for label, tokens in lines:
        if label is not None:
            fields_.append((label, []))
        elif fields_:
            fields_[-1][1].append(" ".join(t.text for t in tokens))
    return [(label, " ".join(values)) for label, values in fields_]


@dataclass(frozen=True)
class PageText:
    text: str
    words: tuple[Word, ...]
    furniture: tuple[str, ...]
    margin_fields: tuple[tuple[str, str], ...]
    n_tables: int = 0
    # What the layout could not do as it should (a table whose rows would not line up).
    layout_notes: tuple[str, ...] = ()


def _regions(segments: list[Segment], tables: list[Table]) -> list[list[Segment]]:
    """The segments above the first table, between tables, and below the last one."""
    tops = [t.top for t in tables]
    regions: list[list[Segment]] = [[] for _ in range(len(tables) + 1)]
    for s in segments:
        regions[sum(1 for top in tops if top <= s.top)].append(s)
    return regions


def page_text(page: PageLayout, rules: IngestRules) -> PageText:
    """Steps 4 and 5: the page's text in reading order, its words, furniture and margin.

    Tables of figures are taken out first (``pipeline.ingest.tables``) and
    written row by row where they stand; the rest is read as columns.
    """
    segments = page.segments
    # The letter's margin column first: its lines share line indices with the
    # body's, and must not become cells of a table beside them.
    _, margin = find_gutters(segments, page.width, rules)
    if margin is not None:
        margin_segments = [s for s in segments if s.x0 >= margin.mid]
        segments = [s for s in segments if s.x0 < margin.mid]
    else:
        margin_segments = []
    unit = median_height([t for s in segments for t in s.tokens])
    tables, segments, not_rebuilt = find_tables(segments, unit, rules.tables)
    tables.sort(key=lambda t: t.top)
    gutters, _ = find_gutters(segments, page.width, rules)
    regions = [body_blocks(region, gutters) for region in _regions(segments, tables)]
    blocks = [block for region in regions for block in region]
    if tables:  # the words left beside the tables
        unit = median_height([t for s in segments for t in s.tokens])
    # Line distances are measured within columns: across columns whose
    # baselines are offset they would be meaningless.
    pitches = {id(block): _pitches(block, unit) for block in blocks}
    page_pitch = line_pitch([p for ps in pitches.values() for p in ps], unit)
    builder = TextBuilder()
    for n, region in enumerate(regions):
        for block in region:
            own = pitches[id(block)]
            _write_block(builder, block, line_pitch(own, unit) if len(own) >= 3 else page_pitch, rules)
        if n < len(tables):
            builder.separate("\n\n")
            for line in tables[n].lines:
                builder.row(line.cells)
            builder.separate("\n\n")
    fields_: list[tuple[str, str]] = []
    if margin_segments:
        lines = margin_lines(margin_segments, rules)
        builder.separate("\n\n")
        for _label, tokens in lines:
            builder.line(tokens)
        fields_ = margin_fields(lines)
    return PageText(
        text=builder.text,
        words=tuple(builder.words),
        furniture=tuple(s.text for s in page.furniture),
        margin_fields=tuple(fields_),
        n_tables=len(tables),
        layout_notes=("table_read_as_lines",) * bool(not_rebuilt),
    )

