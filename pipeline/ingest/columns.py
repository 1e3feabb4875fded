"""Columns: the white strips between a page's columns, and the letter's margin column.

Step 4 of the layout (see ``pipeline.ingest.layout``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate
from statistics import median

from pipeline.ingest.lines import Segment, median_height
from pipeline.ingest.rules import IngestRules


@dataclass(frozen=True)
class Gutter:
    """A vertical white strip between columns, in PDF points."""

    x0: float
    x1: float

    @property
    def mid(self) -> float:
        return (self.x0 + self.x1) / 2



def coverage(segments: list[Segment], width: int) -> list[int]:
    """How many segments cover each 1-point column of the page."""
    delta = [0] * (width + 2)
    for s in segments:
        start = min(max(int(s.x0), 0), width)
        end = min(max(int(s.x1) + 1, start + 1), width + 1)
        delta[start] += 1
        delta[end] -= 1
    return list(accumulate(delta[: width + 1]))


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


def is_debris(text: str) -> bool:
    return not any(c.isalnum() for c in text)


def starts_with_label(text: str, rules: IngestRules) -> str | None:
    """The margin label a line starts with (``Ons kenmerk 2016-12`` -> ``Ons kenmerk``)."""
    printed = printed_label(text, rules)
    return printed[0] if printed is not None else None


def printed_label(text: str, rules: IngestRules) -> tuple[str, int] | None:
    """The margin label a line starts with and the words it takes there. A bilingual body (the province of Fryslân)
    prints its own language's label first and the Dutch one after a slash (``Ferstjoerdatum / Verzenddatum
    15 februari 2024``, ``Jo brief fan / Uw brief van``): the Dutch label names the field, both are its words."""
    text = text.lstrip(LEADING_DEBRIS)
    translated = rules.translated_label.match(text)
    for prefix in ((translated.group(),) if translated else ()) + ("",):
        label = _label_opening(text[len(prefix):], rules)
        if label is not None:
            return label, len((prefix + label).split())
    return None


def _label_opening(text: str, rules: IngestRules) -> str | None:
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


# A figure a table prints in a money cell: '7.556', '612', '1.086,50', '(1.234)'.
_FIGURE = re.compile(r"[-−(]?\s*(?:€\s*)?\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?\)?")


def _rows_run_on(lefts: list[Segment], rights: list[Segment]) -> int:
    """How many lines hold a figure on both sides of the strip: a table too wide for its columns to
    be set close, whose last columns stand apart (``Telefoon en ICT | Totaal`` over ``612 | 7.556``).
    A letter's margin stands beside running text, and its header word (``Telefoon``) makes no margin."""
    figures = {s.line for s in lefts if _FIGURE.fullmatch(s.text.strip())}
    return len({s.line for s in rights if s.line in figures and _FIGURE.fullmatch(s.text.strip())})


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
            if (labelled or (right_lines >= rules.columns.min_lines and _letters_share(rights) >= 0.5)) and (
                    _rows_run_on(lefts, rights) < rules.columns.min_lines):
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

