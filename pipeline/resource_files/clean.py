"""The clean stage's files: ``resources/clean/*.json`` (Unicode, hyphenation, margin, lines, redactions, quality)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from pipeline.datafiles import Chars


@dataclass(frozen=True)
class CleanUnicodeFile:
    """``resources/clean/unicode.json``."""

    AREA: ClassVar[str] = "clean"
    NAME: ClassVar[str] = "unicode.json"
    ligatures: dict[str, Any]
    spaces: Chars
    line_breaks: Chars
    invisible: Chars
    soft_hyphen: str
    quote_folds: dict[str, Any]
    symbol_bullets: dict[str, Any]


@dataclass(frozen=True)
class CleanHyphenationFile:
    """``resources/clean/hyphenation.json``."""

    AREA: ClassVar[str] = "clean"
    NAME: ClassVar[str] = "hyphenation.json"
    hyphens: list[str]
    suspension_words: list[str]
    keep_prefixes: list[str]
    vowel_clashes: list[str]


@dataclass(frozen=True)
class CleanMarginFile:
    """``resources/clean/margin.json``."""

    AREA: ClassVar[str] = "clean"
    NAME: ClassVar[str] = "margin.json"
    labels: dict[str, Any]
    value_patterns: dict[str, Any]
    prose_before: dict[str, Any]
    not_after: list[str]
    lookahead_lines: int
    min_labels: int


@dataclass(frozen=True)
class CleanLinesFile:
    """``resources/clean/lines.json``."""

    AREA: ClassVar[str] = "clean"
    NAME: ClassVar[str] = "lines.json"
    list_item_patterns: list[str]
    sentence_end: str
    no_join_end: str
    full_line_share: int | float
    wrap_percentile: int | float
    max_wrap_width: int
    min_wrap_width: int
    min_wrapped_lines: int
    gap_join_min_words: int
    address_titles: list[str]
    table: dict[str, Any]
    closing_patterns: list[str]
    salutation_patterns: list[str]
    address_line_patterns: list[str]
    mail_header_patterns: list[str]


@dataclass(frozen=True)
class CleanRedactionFile:
    """``resources/clean/redaction.json``."""

    AREA: ClassVar[str] = "clean"
    NAME: ClassVar[str] = "redaction.json"
    debris_symbols: str
    debris_token_max_length: int
    woo_grounds: list[str]
    ground_prose_before: list[str]
    block_chars: str
    placeholders: list[str]
    table_cell_keep: list[str]
    table_marks_after_figure: list[str]
    table_min_rows: int


@dataclass(frozen=True)
class CleanQualityFile:
    """``resources/clean/quality.json``."""

    AREA: ClassVar[str] = "clean"
    NAME: ClassVar[str] = "quality.json"
    vowels: str
    max_consonant_run: int
    max_same_letter_run: int
    ignored_punctuation: str
    garbage_min_alnum_share: int | float
    garbage_min_word_share: int | float
    garbage_min_tokens: int
