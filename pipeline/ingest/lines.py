"""Words to lines: the word boxes of a page, linked into segments that share a line.

Steps 1 and 2 of the layout (see ``pipeline.ingest.layout``): ``chain_words``
links each word to its left neighbour unless the gap between them is wide;
``assign_lines`` gives segments whose vertical centres agree one line index.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from statistics import median

from pipeline.ingest.rules import IngestRules
from pipeline.records import BBox


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
    """A horizontal run of words on one line; ``line`` is the line's index on the page.

    Its box and text are taken once, when it is made: the layout steps ask for them
    over and over, and a segment's words do not change."""

    tokens: list[Token]
    line: int
    x0: float = field(init=False, repr=False, compare=False)
    x1: float = field(init=False, repr=False, compare=False)
    top: float = field(init=False, repr=False, compare=False)
    bottom: float = field(init=False, repr=False, compare=False)
    text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        boxes = [t.bbox for t in self.tokens]
        self.x0 = boxes[0].x0
        self.x1 = max([b.x1 for b in boxes])
        self.top = min([b.top for b in boxes])
        self.bottom = max([b.bottom for b in boxes])
        self.text = " ".join([t.text for t in self.tokens])


@dataclass
class PageLayout:
    """One page's words as the layout steps see them."""

    width: float
    height: float
    segments: list[Segment]
    furniture: list[Segment] = field(default_factory=list)


def median_height(tokens: list[Token]) -> float:
    if not tokens:
        return 10.0
    # ``Token.height`` written out: this runs over every word of a page, several times.
    return median([h if not h < 0.1 else 0.1 for h in (t.bbox.bottom - t.bbox.top for t in tokens)])


def vertical_overlap(a: Token, b: Token) -> float:
    """How much two words overlap vertically, as a share of the lower one's height."""
    overlap = min(a.bbox.bottom, b.bbox.bottom) - max(a.bbox.top, b.bbox.top)
    return overlap / min(a.height, b.height)


def chain_words(tokens: list[Token], gap: float, unit: float | None = None) -> list[list[Token]]:
    """Runs of words that follow each other on a line: each word is linked to the
    nearest word ending just left of it (at most ``gap`` points away) that shares
    at least half its height (``vertical_overlap``).

    Linking neighbours, rather than cutting the page into global lines first,
    keeps a scan's words together when OCR boxes jitter by a few points and a
    margin column's lines sit between the body's lines. ``unit``: the words'
    ``median_height``, when the caller has it.
    """
    order = sorted(tokens, key=lambda t: (t.bbox.x0, t.center))
    unit = median_height(tokens) if unit is None else unit
    # The words' boxes as plain lists: this loop runs for every word and its neighbours.
    x0s = [t.bbox.x0 for t in order]
    x1s = [t.bbox.x1 for t in order]
    tops = [t.bbox.top for t in order]
    bottoms = [t.bbox.bottom for t in order]
    centers = [(top + bottom) / 2 for top, bottom in zip(tops, bottoms, strict=True)]
    heights = [h if not h < 0.1 else 0.1 for h in (b - t for t, b in zip(tops, bottoms, strict=True))]
    bins: dict[int, list[int]] = defaultdict(list)
    previous = [-1] * len(order)
    linked = [False] * len(order)
    for i in range(len(order)):
        x0, top, bottom, center, height = x0s[i], tops[i], bottoms[i], centers[i], heights[i]
        row = int(center // unit)
        best, best_key = -1, None
        for near in (row - 1, row, row + 1):
            members = bins.get(near)
            if members is None:
                continue
            alive = []
            for j in members:
                distance = x0 - x1s[j]
                if linked[j] or distance > gap:
                    continue  # taken, or too far left for this and every later word
                alive.append(j)
                lower = min(height, heights[j])
                if distance < -0.5 * lower:
                    continue  # overlaps too much to be the word before
                if (min(bottom, bottoms[j]) - max(top, tops[j])) / lower < 0.5:
                    continue
                key = (distance, abs(center - centers[j]))
                if best_key is None or key < best_key:
                    best, best_key = j, key
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


def assign_lines(chains: list[list[Token]], unit: float | None = None) -> list[Segment]:
    """Segments with a line index: runs whose vertical centres agree share a line.
    ``unit``: the words' ``median_height``, when the caller has it."""
    if unit is None:
        unit = median_height([t for chain in chains for t in chain])
    centres = [median([t.center for t in chain]) for chain in chains]
    order = sorted(range(len(chains)), key=lambda k: (centres[k], chains[k][0].bbox.x0))
    segments: list[Segment] = []
    line_centres: list[float] = []
    for k in order:
        centre = centres[k]
        if line_centres and abs(centre - median(line_centres)) <= 0.5 * unit:
            line_centres.append(centre)
        else:
            line_centres = [centre]
        index = segments[-1].line + (len(line_centres) == 1) if segments else 0
        segments.append(Segment(chains[k], index))
    return segments


def segment_layout(tokens: list[Token], width: float, height: float,
                   rules: IngestRules) -> PageLayout:
    """Steps 1 and 2 for one page."""
    if not tokens:
        return PageLayout(width, height, [])
    unit = median_height(tokens)
    gap = rules.columns.split_gap * unit
    return PageLayout(width, height, assign_lines(chain_words(tokens, gap, unit), unit))

