"""Layout analysis on word boxes: lines, columns, margin fields, furniture, page text.

Works the same on pdfplumber words and on tesseract words, so born-digital
pages and scans are read by one set of rules:

1. ``chain_words``: each word is linked to its left neighbour on the same
   line unless the gap between them is wide (a column gutter, a table gap);
   a chain of linked words is a segment.
2. ``assign_lines``: segments whose vertical centres agree get the same line
   index (a body line and the margin label beside it, two table cells).
3. ``find_furniture``: segments in the top or bottom band of a page that
   recur on most pages (digits folded) or that are page numbers are furniture.
4. ``find_gutters``: vertical white strips that (almost) no segment crosses
   split the page into columns; a narrow right-hand column with letter
   labels (``Datum``, ``Ons kenmerk``) is the margin column.
5. ``page_text``: the body is read band by band (full-width segments such as
   a title separate bands), each band column by column, each column top to
   bottom with blank lines at paragraph gaps; then, after a blank line, the
   margin column, each label on its own line followed by its value line(s).

Every character of the resulting text belongs to exactly one ``Word`` whose
``char_start:char_end`` slice is its text, or is a separator (space, newline).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from statistics import median

from pipeline.ingest.rules import IngestRules
from pipeline.ingest.tables import Table, find_tables
from pipeline.records import BBox, RawPage, Word


@dataclass(frozen=True, slots=True)
class Token:
    """A word on a page before it is placed in the text: its text and box."""

    text: str
    bbox: BBox

    @property
    def center(self) -> float:
        return (self.bbox.top + self.bbox.bottom) / 2

    @property
    def height(self) -> float:
        return max(self.bbox.bottom - self.bbox.top, 0.1)


@dataclass(slots=True)
class Segment:
    """A horizontal run of words on one line; ``line`` is the line's index on the page."""

    tokens: list[Token]
    line: int

    @property
    def x0(self) -> float:
        return self.tokens[0].bbox.x0

    @property
    def x1(self) -> float:
        return max(t.bbox.x1 for t in self.tokens)

    @property
    def top(self) -> float:
        return min(t.bbox.top for t in self.tokens)

    @property
    def bottom(self) -> float:
        return max(t.bbox.bottom for t in self.tokens)

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)


@dataclass(frozen=True)
class Gutter:
    """A vertical white strip between columns, in PDF points."""

    x0: float
    x1: float

    @property
    def mid(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class PageLayout:
    """One page's words as the layout steps see them."""

    width: float
    height: float
    segments: list[Segment]
    furniture: list[Segment] = field(default_factory=list)


def median_height(tokens: list[Token]) -> float:
    return median(t.height for t in tokens) if tokens else 10.0


def vertical_overlap(a: Token, b: Token) -> float:
    """How much two words overlap vertically, as a share of the lower one's height."""
    overlap = min(a.bbox.bottom, b.bbox.bottom) - max(a.bbox.top, b.bbox.top)
    return overlap / min(a.height, b.height)


def chain_words(tokens: list[Token], gap: float) -> list[list[Token]]:
    """Runs of words that follow each other on a line: each word is linked to the
    nearest word ending just left of it (at most ``gap`` points away) that shares
    at least half its height.

    Linking neighbours, rather than cutting the page into global lines first,
    keeps a scan's words together when OCR boxes jitter by a few points and a
    margin column's lines sit between the body's lines.
    """
    order = sorted(tokens, key=lambda t: (t.bbox.x0, t.center))
    unit = median_height(tokens)
    bins: dict[int, list[int]] = defaultdict(list)
    previous = [-1] * len(order)
    linked = [False] * len(order)
    for i, token in enumerate(order):
        row = int(token.center // unit)
        best, best_key = -1, None
        for near in (row - 1, row, row + 1):
            alive = []
            for j in bins.get(near, ()):
                other = order[j]
                distance = token.bbox.x0 - other.bbox.x1
                if linked[j] or distance > gap:
                    continue  # taken, or too far left for this and every later word
                alive.append(j)
                if distance < -0.5 * min(token.height, other.height):
                    continue  # overlaps too much to be the word before
                if vertical_overlap(token, other) < 0.5:
                    continue
                key = (distance, abs(token.center - other.center))
                if best_key is None or key < best_key:
                    best, best_key = j, key
            if near in bins:
                bins[near] = alive
        if best >= 0:
            previous[i] = best
            linked[best] = True
        bins[row].append(i)
    following = [-1] * len(order)
    for i, j in enumerate(previous):
        if j >= 0:
            following[j] = i
    chains = []
    for i in range(len(order)):
        if previous[i] < 0:
            chain, k = [], i
            while k >= 0:
                chain.append(order[k])
                k = following[k]
            chains.append(chain)
    return chains


def assign_lines(chains: list[list[Token]]) -> list[Segment]:
    """Segments with a line index: runs whose vertical centres agree share a line."""
    unit = median_height([t for chain in chains for t in chain])
    centred = sorted(chains, key=lambda c: (median(t.center for t in c), c[0].bbox.x0))
    segments: list[Segment] = []
    line_centres: list[float] = []
    for chain in centred:
        centre = median(t.center for t in chain)
        if line_centres and abs(centre - median(line_centres)) <= 0.5 * unit:
            line_centres.append(centre)
        else:
            line_centres = [centre]
        index = segments[-1].line + (len(line_centres) == 1) if segments else 0
        segments.append(Segment(chain, index))
    return segments


def segment_layout(tokens: list[Token], width: float, height: float,
                   rules: IngestRules) -> PageLayout:
    """Steps 1 and 2 for one page."""
    if not tokens:
        return PageLayout(width, height, [])
    gap = rules.columns.split_gap * median_height(tokens)
    return PageLayout(width, height, assign_lines(chain_words(tokens, gap)))


# -- furniture -----------------------------------------------------------------

_DIGITS = re.compile(r"\d+")
# A table cell of a figure, a currency sign or both (``€ 296.382,00``, ``€``, ``-/- 12``).
_FIGURE_CELL = re.compile(r"(?:€|EUR|-/-|[-−–(])?\s*[\d.,\s]*\d[\d.,]*\)?(?:,-)?|€|EUR")
_SPACES = re.compile(r"\s+")


def furniture_key(text: str) -> str:
    """Text with digits and spacing folded, so ``Pagina 2 van 5`` matches ``Pagina 3 van 5``."""
    return _SPACES.sub(" ", _DIGITS.sub("#", text.lower())).strip()


def is_page_number(text: str, rules: IngestRules) -> bool:
    folded = _SPACES.sub(" ", text).strip()
    return any(p.fullmatch(folded) for p in rules.page_number_patterns)


def in_band(segment: Segment, height: float, band: float) -> bool:
    return segment.bottom <= height * band or segment.top >= height * (1 - band)


def _similar_support(candidates: list[tuple[int, float, str]], rules: IngestRules,
                     unit: float) -> dict[tuple[int, float, str], int]:
    """For each band segment (page, top, key): on how many pages a similar one stands
    at about the same height. OCR reads a footer a little differently on each
    page (``Postbus 200`` / ``Postbus 2O0``), so exact keys are not enough."""
    from difflib import SequenceMatcher

    threshold = rules.furniture.similarity
    support = {}
    for item in candidates:
        page, top, key = item
        pages = {page}
        for other_page, other_top, other_key in candidates:
            if other_page in pages or abs(other_top - top) > 2 * unit:
                continue
            matcher = SequenceMatcher(None, key, other_key, autojunk=False)
            if (matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold
                    and matcher.ratio() >= threshold):
                pages.add(other_page)
        support[item] = len(pages)
    return support


def find_furniture(pages: list[PageLayout], rules: IngestRules) -> None:
    """Move header/footer segments of every page from ``segments`` to ``furniture``.

    A band segment is furniture when it is a page number, or when the same
    text (digits folded) stands in a band on enough pages; in documents of at
    most ``fuzzy_max_pages`` pages, nearly the same text at about the same
    height also counts (scans).
    """
    band = rules.furniture.band
    seen: dict[str, set[int]] = defaultdict(set)
    banded: list[tuple[int, float, str]] = []
    for number, page in enumerate(pages):
        for segment in page.segments:
            if in_band(segment, page.height, band):
                key = furniture_key(segment.text)
                seen[key].add(number)
                banded.append((number, round(segment.top, 1), key))
    needed = max(rules.furniture.min_pages, rules.furniture.min_share * len(pages))
    repeated = {key for key, where in seen.items() if len(where) >= needed}
    support: dict[tuple[int, float, str], int] = {}
    if len(pages) <= rules.furniture.fuzzy_max_pages:
        unit = median_height([t for p in pages for s in p.segments for t in s.tokens])
        unmatched = [item for item in banded if item[2] not in repeated]
        support = _similar_support(unmatched, rules, unit)
    for number, page in enumerate(pages):
        keep, furniture = [], []
        figure_lines = {s.line for s in page.segments if _FIGURE_CELL.fullmatch(s.text.strip())}
        marked = {}
        for segment in page.segments:
            key = furniture_key(segment.text)
            # Nearly the same text is a footer read by OCR, but a table row's
            # label beside a figure differs from the rows on other pages.
            fuzzy = (segment.line not in figure_lines
                     and support.get((number, round(segment.top, 1), key), 0) >= needed)
            marked[id(segment)] = in_band(segment, page.height, band) and (
                key in repeated or is_page_number(segment.text, rules) or fuzzy)
        # The last row of a table can sit in the footer band, and its figures
        # recur there on every page (digits folded): a figure is furniture only
        # when nothing else on its line is.
        body_lines = {s.line for s in page.segments if not marked[id(s)]}
        # Two figures on one line are a table's header of years (``2023  2022``)
        # or a row, never a page number.
        figures_on_line = Counter(s.line for s in page.segments if _DIGITS.search(s.text)
                                  and _FIGURE_CELL.fullmatch(s.text.strip()))
        for segment in page.segments:
            is_figure = _FIGURE_CELL.fullmatch(segment.text.strip()) is not None
            is_furniture = marked[id(segment)] and not (
                is_figure and (segment.line in body_lines or figures_on_line[segment.line] >= 2))
            (furniture if is_furniture else keep).append(segment)
        page.segments = keep
        page.furniture = sorted(furniture, key=lambda s: (s.top, s.x0))


# -- columns -------------------------------------------------------------------

def coverage(segments: list[Segment], width: int) -> list[int]:
    """How many segments cover each 1-point column of the page."""
    delta = [0] * (width + 2)
    for s in segments:
        start = min(max(int(s.x0), 0), width)
        end = min(max(int(s.x1) + 1, start + 1), width + 1)
        delta[start] += 1
        delta[end] -= 1
    counts, running = [], 0
    for d in delta[: width + 1]:
        running += d
        counts.append(running)
    return counts


def _runs(counts: list[int], limit: int, lo: int, hi: int) -> list[tuple[int, int]]:
    runs, start = [], None
    for x in range(lo, hi):
        if counts[x] <= limit:
            start = x if start is None else start
        elif start is not None:
            runs.append((start, x))
            start = None
    if start is not None:
        runs.append((start, hi))
    return runs


def _core(counts: list[int], start: int, end: int) -> Gutter:
    """The part of a low-coverage run where coverage is lowest (where columns really part)."""
    low = min(counts[start:end])
    best: tuple[int, int] | None = None
    run_start: int | None = None
    for x in range(start, end):
        if counts[x] != low:
            run_start = None
            continue
        run_start = x if run_start is None else run_start
        if best is None or x + 1 - run_start > best[1] - best[0]:
            best = (run_start, x + 1)
    assert best is not None
    return Gutter(float(best[0]), float(best[1]))


# OCR often puts a speck before a label (``_Datum``, ``‘ Pagina``); it does not hide the label.
LEADING_DEBRIS = " _-\u2013\u2014|.,:;'\"\u2018\u2019\u201c\u201d\u00ab\u00bb"


def _is_debris(text: str) -> bool:
    return not any(c.isalnum() for c in text)


def starts_with_label(text: str, rules: IngestRules) -> str | None:
    """The margin label a line starts with (``Ons kenmerk 2016-12`` -> ``Ons kenmerk``)."""
    text = text.lstrip(LEADING_DEBRIS)
    lowered = text.lower()
    for label in rules.margin_labels:
        if lowered.startswith(label.lower()):
            rest = text[len(label):]
            if not rest or rest[0] in " :\t":
                return label
    return None


def _letters_share(segments: list[Segment]) -> float:
    chars = "".join(s.text.replace(" ", "") for s in segments)
    return sum(c.isalpha() for c in chars) / len(chars) if chars else 0.0


def _median_words(segments: list[Segment]) -> float:
    return median(len(s.tokens) for s in segments)


def find_gutters(segments: list[Segment], width: float,
                 rules: IngestRules) -> tuple[list[Gutter], Gutter | None]:
    """Column gutters of the body, and the gutter before the margin column if there is one."""
    if len(segments) <= rules.columns.min_lines:
        return [], None
    tokens = [t for s in segments for t in s.tokens]
    unit = median_height(tokens)
    left = int(min(s.x0 for s in segments))
    right = int(max(s.x1 for s in segments)) + 1
    text_width = right - left
    counts = coverage(segments, int(width) + 1 if width else right + 1)
    # One full-width title may cross a gutter even on a short page.
    limit = max(1, int(rules.columns.max_crossing_share * len(segments)))
    body: list[Gutter] = []
    margin: Gutter | None = None
    for start, end in _runs(counts, limit, left, min(right, len(counts))):
        if end - start < rules.columns.min_gutter * unit:
            continue
        gutter = _core(counts, start, end)
        lefts = [s for s in segments if s.x1 <= gutter.mid]
        rights = [s for s in segments if s.x0 >= gutter.mid]
        right_lines = len({s.line for s in rights})
        if len({s.line for s in lefts}) < rules.columns.min_lines:
            continue
        left_width = gutter.x0 - left
        right_width = right - gutter.x1
        if min(left_width, right_width) < rules.columns.min_column_share * text_width:
            continue
        if right_width <= rules.columns.margin_max_share * text_width:
            # A label makes even a one-line margin (``Pagina 2 van 3`` on a
            # continuation page) a margin; without one it takes a few lines of words.
            labelled = any(starts_with_label(s.text, rules) for s in rights)
            if labelled or (right_lines >= rules.columns.min_lines
                            and _letters_share(rights) >= 0.5):
                margin = gutter if margin is None or gutter.mid > margin.mid else margin
                continue
        if right_lines < rules.columns.min_lines:
            continue
        # Running text on both sides; short cells (amounts, labels) make a table instead.
        if min(_median_words(lefts), _median_words(rights)) >= rules.columns.text_min_words:
            body.append(gutter)
    if margin is not None:
        body = [g for g in body if g.mid < margin.mid]
    return body, margin


# -- reading order and text ----------------------------------------------------

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
        label = starts_with_label(text, rules)
        if label is None:
            out.append((None, tokens))
            continue
        n = len(label.split())
        while n <= len(tokens) and _is_debris(tokens[n - len(label.split())].text):
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
    tables, segments, not_rebuilt = find_tables(
        segments, median_height([t for s in segments for t in s.tokens]), rules.tables)
    tables.sort(key=lambda t: t.top)
    gutters, _ = find_gutters(segments, page.width, rules)
    regions = [body_blocks(region, gutters) for region in _regions(segments, tables)]
    blocks = [block for region in regions for block in region]
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


@dataclass
class PageWords:
    """What reading one page gave (text layer or OCR), before layout."""

    tokens: list[Token]
    width: float
    height: float
    method: str
    confidence: float | None = None
    # Text kept out of the body that is not a header or footer: vertical stamps.
    aside: tuple[str, ...] = ()
    # Degrees clockwise the page was turned to read it (a scan fed in sideways);
    # the tokens' boxes are in that upright frame, ``width``/``height`` are the page's.
    rotation: int = 0

    @property
    def frame(self) -> tuple[float, float]:
        """Width and height of the frame the tokens' boxes are in."""
        if self.rotation in (90, 270):
            return self.height, self.width
        return self.width, self.height


def unrotate_box(box: BBox, rotation: int, width: float, height: float) -> BBox:
    """A box in the frame of a page turned ``rotation`` degrees clockwise, back on the
    page itself (``width`` x ``height`` points)."""
    if rotation == 90:
        return BBox(box.top, height - box.x1, box.bottom, height - box.x0)
    if rotation == 180:
        return BBox(width - box.x1, height - box.bottom, width - box.x0, height - box.top)
    if rotation == 270:
        return BBox(width - box.bottom, box.x0, width - box.top, box.x1)
    return box


def raw_pages(read: list[PageWords], rules: IngestRules) -> tuple[RawPage, ...]:
    """All steps for a document's pages: furniture is found across pages, then each page's text.

    Each page's tokens are dropped as soon as its words are placed, so only one
    copy of a long document's words is held at a time.
    """
    layouts = []
    for words in read:
        layouts.append(segment_layout(words.tokens, *words.frame, rules))
        words.tokens = []  # the segments hold them now
    find_furniture(layouts, rules)
    pages = []
    for number, (words, page_layout) in enumerate(zip(read, layouts, strict=True), start=1):
        text = page_text(page_layout, rules)
        page_layout.segments = page_layout.furniture = []
        placed = text.words
        if words.rotation:
            placed = tuple(
                Word(w.text, w.char_start, w.char_end,
                     unrotate_box(w.bbox, words.rotation, words.width, words.height))
                for w in placed)
        pages.append(RawPage(
            number=number, text=text.text, method=words.method, width=words.width,
            height=words.height, words=placed, ocr_confidence=words.confidence,
            furniture=text.furniture + words.aside, margin_fields=text.margin_fields,
            n_tables=text.n_tables, layout_notes=text.layout_notes,
        ))
    return tuple(pages)
