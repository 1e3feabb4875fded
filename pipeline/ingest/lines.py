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

