"""Running heads and feet: segments in a page's top or bottom band that recur across pages.

Step 3 of the layout (see ``pipeline.ingest.layout``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from difflib import SequenceMatcher

from pipeline.grounds import find_codes, is_code_text
from pipeline.ingest.lines import PageLayout, Segment, median_height
from pipeline.ingest.redaction import REDACTION_MARK
from pipeline.ingest.rules import IngestRules

_DIGITS = re.compile(r"\d+")
# A table cell of a figure, a currency sign or both (``€ 296.382,00``, ``€``, ``-/- 12``).
_FIGURE_CELL = re.compile(r"(?:€|EUR|-/-|[-−–(])?\s*[\d.,\s]*\d[\d.,]*\)?(?:,-)?|€|EUR")
_SPACES = re.compile(r"\s+")


def furniture_key(text: str) -> str:
    """Text with digits and spacing folded, so ``Pagina 2 van 5`` matches ``Pagina 3 van 5``."""
    return _SPACES.sub(" ", _DIGITS.sub("#", text.lower())).strip()


def similarity_key(text: str) -> str:
    """``furniture_key`` without the redaction boxes and the ground codes printed on them: a box
    and its code look the same wherever they stand, so two lines that share only those (the
    sender lines ``Van: █ 5.1.2e @minvws.nl>`` and ``Van: █ 5.1.2e @rivm.nl>`` of two
    e-mails) are no footer read twice."""
    kept, last = [], 0
    for code in find_codes(text):
        kept.append(text[last:code.start])
        last = code.end
    kept.append(text[last:])
    return furniture_key("".join(kept).replace(REDACTION_MARK, " "))


def is_page_number(text: str, rules: IngestRules) -> bool:
    folded = _SPACES.sub(" ", text).strip()
    return any(p.fullmatch(folded) for p in rules.page_number_patterns)


def is_redaction(text: str) -> bool:
    """Whether a segment holds only redaction boxes and the grounds printed on them: a name
    blacked out at the top of every page (the sender of each e-mail in a chain, on its
    heading line) is a redaction on every page, not a running head. Without a box, only
    codes with their letter count: a bare ``5.2`` is also a section or page number."""
    rest = text.replace(REDACTION_MARK, " ").strip()
    if REDACTION_MARK in text:
        return not rest or is_code_text(rest)
    return is_code_text(rest) and all(code.strong for code in find_codes(rest))


def in_band(segment: Segment, height: float, band: float) -> bool:
    return segment.bottom <= height * band or segment.top >= height * (1 - band)


def band_of(segment: Segment, height: float, band: float) -> str:
    """Which band a segment stands in: a running head recurs at the top, a foot at the bottom."""
    return "top" if segment.bottom <= height * band else "bottom"


def _similar_support(candidates: list[tuple[int, float, str]], rules: IngestRules,
                     unit: float) -> dict[tuple[int, float, str], int]:
    """For each band segment (page, top, key): on how many pages a similar one stands
    at about the same height. OCR reads a footer a little differently on each
    page (``Postbus 200`` / ``Postbus 2O0``), so exact keys are not enough."""
    threshold = rules.furniture.similarity
    # One matcher per text compared against, which keeps its index of that text
    # (``set_seq1`` leaves it); SequenceMatcher's ``real_quick_ratio`` is the length
    # test below, made before a matcher is needed.
    matchers: dict[str, SequenceMatcher] = {}
    support = {}
    for item in candidates:
        page, top, key = item
        pages = {page}
        for other_page, other_top, other_key in candidates:
            if other_page in pages or abs(other_top - top) > 2 * unit:
                continue
            length = len(key) + len(other_key)
            if (2.0 * min(len(key), len(other_key)) / length if length else 1.0) < threshold:
                continue
            if _similar(key, other_key, threshold, matchers):
                pages.add(other_page)
        support[item] = len(pages)
    return support


def _matcher(first: str, second: str, matchers: dict[str, SequenceMatcher]) -> SequenceMatcher:
    matcher = matchers.get(second)
    if matcher is None:
        matcher = matchers[second] = SequenceMatcher(None, "", second, autojunk=False)
    matcher.set_seq1(first)
    return matcher


def _similar(key: str, other_key: str, threshold: float,
             matchers: dict[str, SequenceMatcher]) -> bool:
    """Whether two band texts are nearly the same, whichever page comes first. SequenceMatcher's
    ratio depends on the order (its greedy longest blocks differ: ``notulen raadsvergadering# mei
    #`` and ``... # rnel #`` give 0.906 one way and 0.813 the other), and each way only
    undercounts the characters the two share, so the higher of the two is the better measure; the
    second way is computed only for a pair the first leaves short of the threshold."""
    matcher = _matcher(key, other_key, matchers)
    if matcher.quick_ratio() < threshold:
        return False
    return (matcher.ratio() >= threshold
            or _matcher(other_key, key, matchers).ratio() >= threshold)


def find_furniture(pages: list[PageLayout], rules: IngestRules) -> None:
    """Move header/footer segments of every page from ``segments`` to ``furniture``.

    A band segment is furniture when it is a page number, or when the same
    text (digits folded) stands in the same band (top or bottom) on enough
    pages: a title at the top of page 1 that the footer of every page repeats
    (as office suites print a document's title) is no running head, nor is a box or the
    ground printed on it (``is_redaction``). In documents of at
    most ``fuzzy_max_pages`` pages, nearly the same text at about the same
    height also counts (scans), the redactions left out (``similarity_key``).
    """
    band = rules.furniture.band
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    banded: list[tuple[int, float, str, str]] = []
    for number, page in enumerate(pages):
        for segment in page.segments:
            if in_band(segment, page.height, band):
                key = furniture_key(segment.text)
                seen[band_of(segment, page.height, band), key].add(number)
                banded.append((number, round(segment.top, 1), key, similarity_key(segment.text)))
    needed = max(rules.furniture.min_pages, rules.furniture.min_share * len(pages))
    repeated = {key for key, where in seen.items() if len(where) >= needed}
    support: dict[tuple[int, float, str], int] = {}
    if len(pages) <= rules.furniture.fuzzy_max_pages:
        unit = median_height([t for p in pages for s in p.segments for t in s.tokens])
        repeated_keys = {key for _, key in repeated}
        unmatched = [(page, top, similar) for page, top, key, similar in banded
                     if key not in repeated_keys]
        support = _similar_support(unmatched, rules, unit)
    for number, page in enumerate(pages):
        keep, furniture = [], []
        figure = {id(s): _FIGURE_CELL.fullmatch(s.text.strip()) is not None for s in page.segments}
        figure_lines = {s.line for s in page.segments if figure[id(s)]}
        marked = {}
        for segment in page.segments:
            if not in_band(segment, page.height, band) or is_redaction(segment.text):
                marked[id(segment)] = False
                continue
            key = furniture_key(segment.text)
            # Nearly the same text is a footer read by OCR, but a table row's
            # label beside a figure differs from the rows on other pages.
            fuzzy = (segment.line not in figure_lines
                     and support.get((number, round(segment.top, 1), similarity_key(segment.text)), 0)
                     >= needed)
            marked[id(segment)] = ((band_of(segment, page.height, band), key) in repeated
                                   or is_page_number(segment.text, rules) or fuzzy)
        # The last row of a table can sit in the footer band, and its figures
        # recur there on every page (digits folded): a figure is furniture only
        # when nothing else on its line is.
        body_lines = {s.line for s in page.segments if not marked[id(s)]}
        # Two figures on one line are a table's header of years (``2023  2022``)
        # or a row, never a page number.
        figures_on_line = Counter(s.line for s in page.segments if figure[id(s)] and _DIGITS.search(s.text))
        for segment in page.segments:
            is_figure = figure[id(segment)]
            is_furniture = marked[id(segment)] and not (
                is_figure and (segment.line in body_lines or figures_on_line[segment.line] >= 2))
            (furniture if is_furniture else keep).append(segment)
        page.segments = keep
        page.furniture = sorted(furniture, key=lambda s: (s.top, s.x0))

