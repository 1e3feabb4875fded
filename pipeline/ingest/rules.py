"""The ingest stage's data: margin labels, page-number patterns and layout thresholds.

Read once from ``pipeline/resources/ingest/layout.json`` (see the ``SOURCES.md``
beside it) into its model (``pipeline.resource_files.IngestLayoutFile``), then
each section checked against its typed dataclass here: a missing or unknown
key is an error, so a typo in the file cannot silently fall back to a default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from pipeline.datafiles import load_file
from pipeline.resource_files import IngestLayoutFile


@dataclass(frozen=True)
class FurnitureRules:
    band: float
    min_share: float
    min_pages: int
    similarity: float
    fuzzy_max_pages: int


@dataclass(frozen=True)
class ColumnRules:
    split_gap: float
    min_gutter: float
    max_crossing_share: float
    min_lines: int
    min_column_share: float
    margin_max_share: float
    text_min_words: int


@dataclass(frozen=True)
class TableRules:
    """When lines of a page are rows of a table (see ``pipeline.ingest.tables``)."""

    min_rows: int
    max_row_gap: float
    max_total_gap: float
    max_header_lines: int
    max_header_gap: float
    min_aligned_figures: int
    align_tolerance: float
    # A label line closer to a row than this (in word heights) is part of the row's label.
    satellite_gap: float
    # Label and header lines between a table's rows.
    max_inner_lines: int
    # How far above the first row a header may stand, in the rows' own line pitch.
    header_pitch: float


@dataclass(frozen=True)
class ParagraphRules:
    break_pitch: float


@dataclass(frozen=True)
class TextLayerRules:
    min_letters: int
    min_letter_ratio: float
    image_cover: float
    image_page_min_letters: int


@dataclass(frozen=True)
class OcrRules:
    dpi: int
    lang: str
    config: str
    min_confidence: float
    max_render_pixels: int
    timeout_seconds: float
    orientation_check_below: float
    min_orientation_confidence: float
    # A page (not blank paper) read into at most this many words, with a mean confidence
    # below ``unread_below_confidence`` or none, is read again from a cleaned image.
    unread_max_words: int
    unread_below_confidence: float
    # A word in a box flatter than this share of the page's median word height is a speck of
    # the scan that tesseract read as a word, unless it is what prints flat (a dash, a leader).
    min_word_height: float


@dataclass(frozen=True)
class RedactionRules:
    max_level: float
    min_height: float
    min_width: float
    max_page_share: float
    block_px: int
    dark_pixel: int
    block_dark_share: float
    fill_share: float
    cover_share: float
    # Grey boxes (504-style releases) count only with nothing but a ground code inside.
    max_grey_level: float
    grey_pixel: int
    grey_max_lines: float


@dataclass(frozen=True)
class GarbledRules:
    """When a text layer decodes to nonsense (see ``pipeline.ingest.garbled``)."""

    min_words: int
    min_known_share: float
    min_vowel_ratio: float
    max_single_letter_share: float
    ocr_must_gain: float


@dataclass(frozen=True)
class ImageRegionRules:
    """Which images on a text page are OCR'd (see ``pipeline.ingest.regions``)."""

    min_width_share: float
    min_height: float
    max_words_inside: int
    min_confidence: float


@dataclass(frozen=True)
class FieldRules:
    """Which date fields of a scan's first pages are read again (see ``pipeline.ingest.fields``);
    lengths in the page's median word height."""

    # The pages, from the first, whose fields are read again.
    max_page: int
    # How many times larger a field is read.
    upscale: int
    # A margin column starts this share of the page's width from its left edge, or further.
    margin_min_x_share: float
    margin_min_lines: int
    margin_align: float
    margin_max_gap: float
    # Words this far apart or closer are one run of a line.
    word_gap: float
    # A word reads like a label with this many letters read wrong, added or lost, or fewer.
    label_max_misread: int
    # A label's field reaches this far under the label: its line and the two under it.
    value_reach: float
    pad: float
    # Lines of a re-read further apart than this are separate fields.
    block_gap: float
    max_regions: int
    # A field read with only its print darker than this (0-255, after a contrast stretch):
    # the grey ink of a stamp over it taken out; only a field with this many grey pixels
    # for each dark one or more has such ink (print alone has its grey edges: 1-3).
    dark_print_below: int
    min_grey_per_dark: float


@dataclass(frozen=True)
class IngestRules:
    # Longest first, so ``Uw brief van`` wins over ``Uw brief``.
    margin_labels: tuple[str, ...]
    # A bilingual body's own language's label before the Dutch one, set off by a slash (``Ferstjoerdatum /``).
    translated_label: re.Pattern[str]
    # The labels of a date field of a scan (``pipeline.ingest.fields``).
    date_field_labels: tuple[str, ...]
    page_number_patterns: tuple[re.Pattern[str], ...]
    furniture: FurnitureRules
    columns: ColumnRules
    tables: TableRules
    paragraphs: ParagraphRules
    text_layer: TextLayerRules
    ocr: OcrRules
    redaction: RedactionRules
    garbled: GarbledRules
    image_regions: ImageRegionRules
    fields: FieldRules


def _section(cls: type, data: Any, name: str) -> Any:
    if not isinstance(data, dict):
        raise ValueError(f"layout.json: {name} must be an object")
    expected = {f.name: f.type for f in fields(cls)}
    unknown = set(data) - set(expected)
    missing = set(expected) - set(data)
    if unknown or missing:
        raise ValueError(f"layout.json: {name}: unknown keys {sorted(unknown)}, "
                         f"missing keys {sorted(missing)}")
    values = {}
    for key, kind in expected.items():
        value = data[key]
        caster = {"int": int, "float": float, "str": str}[kind]
        if kind == "str" and not isinstance(value, str):
            raise ValueError(f"layout.json: {name}.{key} must be a string")
        if kind != "str" and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise ValueError(f"layout.json: {name}.{key} must be a number")
        values[key] = caster(value)
    return cls(**values)


def parse_rules(file: IngestLayoutFile) -> IngestRules:
    """Check and convert the file's sections; raises ValueError on any mistake."""
    sections = {"furniture": FurnitureRules, "columns": ColumnRules,
                "tables": TableRules,
                "paragraphs": ParagraphRules, "text_layer": TextLayerRules, "ocr": OcrRules,
                "redaction": RedactionRules, "garbled": GarbledRules,
                "image_regions": ImageRegionRules, "fields": FieldRules}
    labels = file.margin_labels
    if not labels:
        raise ValueError("layout.json: margin_labels must not be empty")
    patterns = tuple(re.compile(p, re.IGNORECASE) for p in file.page_number_patterns)
    return IngestRules(
        margin_labels=tuple(sorted(labels, key=len, reverse=True)),
        translated_label=re.compile(file.translated_label),
        date_field_labels=tuple(file.date_field_labels),
        page_number_patterns=patterns,
        **{name: _section(cls, getattr(file, name), name) for name, cls in sections.items()},
    )


@lru_cache(maxsize=1)
def ingest_rules() -> IngestRules:
    """The rules from the package's resource file, read on first use."""
    return parse_rules(load_file(IngestLayoutFile))
