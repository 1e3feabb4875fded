"""Scans: the date fields of a first page read a second time, each field on its own, larger.

A reader dates a letter by a few fields of its first page: the right-hand margin column of
the Rijkshuisstijl (``Datum`` with the date under it, set in 7-8 pt), a ``Datum`` or
``Verzonden`` label with its value beside or under it, a row of labels with their values on
the line under it. Tesseract reads the page at 300 dpi as blocks, and small print beside a
body line is read as part of that line's block: the margin's ``Datum 12 juni 2025`` comes out
``end mn``, or a fax's date ``4 januar: 2025``. Read on its own, cut from the page, twice as
large and as one block (``--psm 6``), the same pixels give the date.

``reread_fields`` finds the fields in the first reading's words (``field_regions``: a margin
column, right of the body; a word that reads like a date label of ``date_field_labels``,
fuzzily, with the lines beside and under it), skips every field whose first reading already
holds its complete date (``date_unread``) and reads the others again. A re-read field replaces
the first reading only where it holds a complete date and the first did not; the rest of the
first reading stays as it was (nothing is guessed: a date is only what tesseract read), and so
do its lines with a redaction box (a released verslag's ``Aanwezig ■ (gemeente)`` under its
``Datum overleg``), which the second reading would give back as the box's debris. A page
with a field read so says ``FIELDS_REREAD`` in ``pages.layout_notes``.

It runs on scans only (``pipeline.ingest.ocr.ocr_image`` with ``read_fields``: pages of a
scanned PDF, frames of an image file; never an image on a born-digital page) and on their
first ``max_page`` pages; thresholds in ``resources/ingest/layout.json``, section ``fields``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from pipeline.ingest.faded import cleaned_image
from pipeline.ingest.lines import Token, chain_words, median_height
from pipeline.ingest.redaction import REDACTION_MARK
from pipeline.ingest.rules import FieldRules, IngestRules
from pipeline.records import BBox

# The layout note of a page with a date field read a second time.
FIELDS_REREAD = "scan_fields_reread"
# A field is read as one block of text.
FIELD_CONFIG = "--psm 6"
# White around a cut-out field, in pixels of the enlarged image: tesseract wants a margin.
BORDER_PX = 20
# Pixels this light or lighter are paper (after the contrast stretch of ``cleaned_image``).
PAPER_LEVEL = 250

# Reads a greyscale image at a scale (pixels per point): (words in points, mean confidence).
Read = Callable[[Any, float], tuple[list[Token], float | None]]


@lru_cache(maxsize=1)
def _complete_date() -> re.Pattern[str]:
    """Day, month and year: ``12 juni 2025``, ``4 jan. 2025``, ``21.11.2024``, ``2024-03-12``."""
    from pipeline.dutch.date_grammar import date_words

    months = "|".join(sorted(map(re.escape, date_words().months), key=len, reverse=True))
    year = r"(?:19|20)\d\d"
    named = rf"(?<!\w)(?P<day>[0-3]?\d)\s+(?:{months})\.?,?\s+{year}(?!\d)"
    numeric = rf"(?<!\w)(?P<numeric_day>[0-3]?\d)\s?[-./]\s?(?P<number>[01]?\d)\s?[-./]\s?{year}(?!\d)"
    iso = r"(?<!\d)(?:19|20)\d\d-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d)(?!\d)"
    return re.compile(rf"{named}|{numeric}|{iso}", re.IGNORECASE)


def holds_date(tokens: list[Token]) -> bool:
    """Whether words, line by line, read a complete date (a day of a month of a year)."""
    for line in lines_of(tokens):
        for found in _complete_date().finditer(" ".join(t.text for t in line)):
            day = int(found["day"] or found["numeric_day"] or found["iso_day"])
            month = found["number"] or found["iso_month"]
            if 1 <= day <= 31 and (month is None or 1 <= int(month) <= 12):
                return True
    return False


def lines_of(tokens: list[Token]) -> list[list[Token]]:
    """Words in lines, top to bottom, each left to right: a word joins the line whose band
    holds its middle."""
    lines: list[list[Token]] = []
    bands: list[tuple[float, float]] = []
    for token in sorted(tokens, key=lambda t: t.center):
        if bands and bands[-1][0] <= token.center <= bands[-1][1]:
            lines[-1].append(token)
            top, bottom = bands[-1]
            bands[-1] = (min(top, token.bbox.top), max(bottom, token.bbox.bottom))
        else:
            lines.append([token])
            bands.append((token.bbox.top, token.bbox.bottom))
    return [sorted(line, key=lambda t: t.bbox.x0) for line in lines]


def margin_columns(tokens: list[Token], width: float, unit: float, rules: FieldRules) -> list[BBox]:
    """The stretches of a right-hand margin column: at least ``margin_min_lines`` runs of
    words starting at one x in the right part of the page, that no line of the body crosses,
    cut where the column leaves more than ``margin_max_gap`` word heights between its lines."""
    chains = [c for c in chain_words(tokens, rules.word_gap * unit, unit) if c]
    starts = sorted(c[0].bbox.x0 for c in chains if c[0].bbox.x0 >= rules.margin_min_x_share * width)
    best: list[list[Token]] = []
    for start in starts:
        aligned = [c for c in chains if abs(c[0].bbox.x0 - start) <= rules.margin_align * unit]
        if len(aligned) > len(best):
            best = aligned
    if len(best) < rules.margin_min_lines:
        return []
    left = min(c[0].bbox.x0 for c in best)
    top, bottom = min(t.bbox.top for c in best for t in c), max(t.bbox.bottom for c in best for t in c)
    crossing = [c for c in chains if c[0].bbox.x0 < left - unit and c[-1].bbox.x1 > left + unit
                and top <= c[0].center <= bottom]
    if crossing:
        return []  # words run through it: a column of a table or of text, not a margin
    pad = rules.pad * unit
    stretches: list[list[list[Token]]] = []
    for chain in sorted(best, key=lambda c: c[0].bbox.top):
        if stretches and chain[0].bbox.top - stretches[-1][-1][0].bbox.bottom <= rules.margin_max_gap * unit:
            stretches[-1].append(chain)
        else:
            stretches.append([chain])
    return [BBox(max(0.0, left - pad), min(t.bbox.top for c in s for t in c) - pad, width,
                 max(t.bbox.bottom for c in s for t in c) + pad)
            for s in stretches if len(s) >= 2]


def _letters(text: str) -> str:
    found = re.search(r"[^\W\d_]+", text)
    return found.group(0).lower() if found else ""


def _reads_like(word: str, label: str, rules: FieldRules) -> bool:
    """Whether a word is the label with at most ``label_max_misread`` letters read wrong, added
    or lost (``Datuen``, ``Oatum``; not ``ingezonden`` for ``verzonden``)."""
    if word == label:
        return True
    # A short label allows fewer: 'Ons' is not 'ODRN'.
    allowed = min(rules.label_max_misread, len(label) // 2 + 1)
    if not max(len(label) - 1, 4) <= len(word) <= len(label) + allowed:
        return False
    # The letters the two share, in any order, bound the letters in line: most words of a page
    # are told apart by that, without lining them up (a tenth of the time on a page of text).
    if len(word) + len(label) - 2 * sum((Counter(word) & Counter(label)).values()) > allowed:
        return False
    same = sum(block.size for block in SequenceMatcher(None, word, label).get_matching_blocks())
    return len(word) + len(label) - 2 * same <= allowed


def date_labels(tokens: list[Token], labels: tuple[str, ...], rules: FieldRules) -> list[Token]:
    """The words that read like the first word of a date label (``Datuen``, ``Oatum``,
    ``Datum*SOS``), followed by the label's other words where it has more (``Ons kenmerk``)."""
    found = []
    for line in lines_of(tokens):
        words = [_letters(t.text) for t in line]
        for i, token in enumerate(line):
            for label in labels:
                parts = label.lower().split()
                following = words[i:i + len(parts)]
                if len(following) == len(parts) and all(
                        _reads_like(w, p, rules) for w, p in zip(following, parts, strict=True)):
                    found.append(token)
                    break
    return found


def field_regions(tokens: list[Token], width: float, all_rules: IngestRules) -> list[BBox]:
    """The boxes (in points) of a page's date fields: the stretches of a margin column, and
    for each date label outside them the label's line and the lines under it, from the label
    to the page's edge (or to the column); overlapping boxes are one."""
    rules = all_rules.fields
    unit = median_height(tokens)
    columns = margin_columns(tokens, width, unit, rules)
    regions = list(columns)
    pad = rules.pad * unit
    for label in date_labels(tokens, all_rules.date_field_labels, rules):
        middle = (label.bbox.x0 + label.bbox.x1) / 2
        if any(c.x0 <= middle <= c.x1 and c.top <= label.center <= c.bottom for c in columns):
            continue
        # A label's field stops at the margin column, whose fields are read on their own.
        right = min((c.x0 for c in columns if c.x0 > label.bbox.x1), default=width)
        regions.append(BBox(max(0.0, label.bbox.x0 - pad), label.bbox.top - pad, right,
                            label.bbox.bottom + rules.value_reach * unit))
    return _merged(regions)[:rules.max_regions]


def _merged(boxes: list[BBox]) -> list[BBox]:
    out: list[BBox] = []
    for box in sorted(boxes, key=lambda b: b.top):
        for i, other in enumerate(out):
            if box.x0 < other.x1 and other.x0 < box.x1 and box.top < other.bottom and other.top < box.bottom:
                out[i] = BBox(min(box.x0, other.x0), min(box.top, other.top),
                              max(box.x1, other.x1), max(box.bottom, other.bottom))
                break
        else:
            out.append(box)
    return out


def _on_line_of(token: Token, boxes: list[BBox]) -> bool:
    return any(box.top <= token.center <= box.bottom for box in boxes)


def _inside(token: Token, box: BBox) -> bool:
    middle = (token.bbox.x0 + token.bbox.x1) / 2
    return box.x0 <= middle <= box.x1 and box.top <= token.center <= box.bottom


def field_image(image, scale: float, box: BBox, rules: FieldRules, dark: bool = False):
    """The field cut from the page image without its lone specks (``faded.cleaned_image``:
    enlarged, each speck of the scanner would read as a stroke), enlarged ``upscale`` times,
    on a white border; with ``dark``, only what is darker than ``dark_print_below`` stays, or
    None when the field holds fewer than ``min_grey_per_dark`` grey pixels for each dark one:
    the grey edges of its own print, no lighter ink over it to take out (a fax has none)."""
    from PIL import Image

    area = (max(0, round(box.x0 * scale)), max(0, round(box.top * scale)),
            min(image.width, round(box.x1 * scale)), min(image.height, round(box.bottom * scale)))
    crop = image.crop(area)
    clean = cleaned_image(crop)
    crop.close()
    if dark:
        cut, histogram = rules.dark_print_below, clean.histogram()
        if sum(histogram[cut:PAPER_LEVEL]) < rules.min_grey_per_dark * sum(histogram[:cut]):
            clean.close()
            return None, area
        darkest = clean.point(lambda v: 0 if v < cut else 255)
        clean.close()
        clean = darkest
    factor = rules.upscale
    large = clean.resize((clean.width * factor, clean.height * factor), Image.Resampling.LANCZOS)
    canvas = Image.new("L", (large.width + 2 * BORDER_PX, large.height + 2 * BORDER_PX), 255)
    canvas.paste(large, (BORDER_PX, BORDER_PX))
    clean.close()
    large.close()
    return canvas, area


def read_field(image, scale: float, box: BBox, rules: FieldRules, read: Read,
               dark: bool = False) -> list[Token] | None:
    """The words of the field in ``box``, read on their own, in the page's points (None when
    ``field_image`` has nothing to read)."""
    canvas, area = field_image(image, scale, box, rules, dark)
    if canvas is None:
        return None
    try:
        words, _ = read(canvas, scale * rules.upscale)
    finally:
        canvas.close()
    shift_x = area[0] / scale - BORDER_PX / (scale * rules.upscale)
    shift_y = area[1] / scale - BORDER_PX / (scale * rules.upscale)
    return [Token(t.text, BBox(t.bbox.x0 + shift_x, t.bbox.top + shift_y,
                               t.bbox.x1 + shift_x, t.bbox.bottom + shift_y)) for t in words]


def blocks_of(tokens: list[Token], rules: FieldRules) -> list[list[Token]]:
    """Words in blocks of lines with no more than ``block_gap`` word heights between them:
    the fields of a margin column (``Datum`` and its date are one, ``Kenmerk`` the next)."""
    unit = median_height(tokens)
    blocks: list[list[Token]] = []
    bottom = None
    for line in lines_of(tokens):
        top = min(t.bbox.top for t in line)
        if blocks and bottom is not None and top - bottom <= rules.block_gap * unit:
            blocks[-1].extend(line)
        else:
            blocks.append(list(line))
        bottom = max(t.bbox.bottom for t in line)
    return blocks


# A year standing as a word of its own ('2023', '2023.'), not a part of a reference number.
LONE_YEAR = re.compile(r"(?:19|20)\d\d[.,]?")


def date_unread(tokens: list[Token], all_rules: IngestRules) -> bool:
    """Whether the first reading of a field leaves a date unread: it holds no complete date, or
    one of its parts (``blocks_of``) holds a year of its own but no complete date (the margin's
    ``geh 2023`` above a ``Uw brief 1 november 2022`` read well)."""
    if not holds_date(tokens):
        return True
    return any(not holds_date(block) and any(LONE_YEAR.fullmatch(t.text) for t in block)
               for block in blocks_of(tokens, all_rules.fields))


def reread_fields(image, scale: float, tokens: list[Token], page_number: int,
                  all_rules: IngestRules, read: Read) -> list[Token] | None:
    """The page's words with each date field that the first reading left without a complete
    date read again, where the second reading holds one; None when no field was replaced
    (a page past the first ``max_page``, or whose fields read well, is not read again).

    A field is read as it is printed first; where that gives no complete date either, once
    more with only its darkest print (``dark_print_below``): a stamp's or the other side's
    grey ink over the field is taken out, the black print stays."""
    rules = all_rules.fields
    if page_number > rules.max_page or not tokens:
        return None
    replaced = False
    for region in field_regions(tokens, image.width / scale, all_rules):
        if not date_unread([t for t in tokens if _inside(t, region)], all_rules):
            continue
        for dark in (False, True):
            again = read_field(image, scale, region, rules, read, dark)
            if again is None:
                break
            found = with_dates(tokens, [t for t in again if _inside(t, region)], region, rules)
            if found is not None:
                tokens, replaced = found, True
                break
    return tokens if replaced else None


def with_dates(tokens: list[Token], again: list[Token], region: BBox, rules: FieldRules) -> list[Token] | None:
    """``tokens`` with each field of the second reading ``again`` that holds a complete date in
    place of the first reading's words there, where those hold none; None when there is none."""
    replaced = False
    for block in blocks_of(again, rules):
        if not holds_date(block):
            continue
        unit = median_height(block)
        area = BBox(region.x0, min(t.bbox.top for t in block) - rules.block_gap * unit / 2, region.x1,
                    max(t.bbox.bottom for t in block) + rules.block_gap * unit / 2)
        if holds_date([t for t in tokens if _inside(t, area)]):
            continue
        # A line of the first reading with a redaction box on it was read again around its boxes
        # already, the words under them dropped; the second reading knows nothing of the boxes.
        boxed = [t.bbox for t in tokens if t.text == REDACTION_MARK and _inside(t, area)]
        block = [t for t in block if not _on_line_of(t, boxed)]
        if not holds_date(block):
            continue
        tokens = [t for t in tokens if not _inside(t, area) or _on_line_of(t, boxed)] + block
        replaced = True
    return tokens if replaced else None
