"""The clean stage's rules: its data files turned into sets and compiled patterns, once.

Each ``*_rules()`` function loads one file of ``pipeline/resources/clean/``
on first use, into its model in ``pipeline.resource_files`` (unknown or
missing keys, wrong types and empty words are errors there); ``parse_*``
checks the values inside (ranges, single characters, regular expressions)
and compiles the patterns, so tests can feed it broken data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.datafiles import load_file, load_word_list
from pipeline.dutch.date_grammar import date_words
from pipeline.resource_files import (
    CleanHyphenationFile,
    CleanLinesFile,
    CleanMarginFile,
    CleanQualityFile,
    CleanRedactionFile,
    CleanUnicodeFile,
)


def _check_keys(data: Any, expected: set[str], where: str) -> dict[str, Any]:
    """A nested object of a file (``lines.json``'s ``table``) with exactly these keys."""
    if not isinstance(data, dict):
        raise ValueError(f"{where}: must be an object")
    unknown, missing = set(data) - expected, expected - set(data)
    if unknown or missing:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
    return data


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{where}: must be a list of non-empty strings")
    return tuple(value)


def _number(value: Any, where: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ValueError(f"{where}: must be a number in [{low}, {high}]")
    return value


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{where}: must be a non-empty string")
    return value


def _char(value: Any, where: str) -> str:
    if not isinstance(value, str) or len(value) != 1:
        raise ValueError(f"{where}: must be one character")
    return value


def _pattern(value: Any, where: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(_string(value, where), flags)
    except re.error as err:
        raise ValueError(f"{where}: bad regular expression: {err}") from err


# --- unicode.json -----------------------------------------------------------------


@dataclass(frozen=True)
class UnicodeRules:
    ligatures: dict[str, str]
    spaces: tuple[str, ...]
    line_breaks: tuple[str, ...]
    invisible: tuple[str, ...]
    soft_hyphen: str
    quote_folds: dict[str, str]
    symbol_bullets: dict[str, str]


def _one_to_one(table: object, key: str) -> dict[str, str]:
    if not isinstance(table, dict) or not all(
        isinstance(k, str) and len(k) == 1 and isinstance(v, str) and len(v) == 1
        for k, v in table.items()
    ):
        raise ValueError(f"unicode.json: {key} must map one character to one character")
    return dict(table)


def parse_unicode(file: CleanUnicodeFile) -> UnicodeRules:
    folds = _one_to_one(file.quote_folds, "quote_folds")
    bullets = _one_to_one(file.symbol_bullets, "symbol_bullets")
    ligatures = file.ligatures
    if not isinstance(ligatures, dict) or not all(
        isinstance(k, str) and len(k) == 1 and isinstance(v, str) and v
        for k, v in ligatures.items()
    ):
        raise ValueError("unicode.json: ligatures must map one character to a non-empty string")
    lists = {key: tuple(_char(c, f"unicode.json: {key}") for c in _strings(getattr(file, key), key))
             for key in ("spaces", "line_breaks", "invisible")}
    return UnicodeRules(ligatures=dict(ligatures), quote_folds=folds, symbol_bullets=bullets,
                        soft_hyphen=_char(file.soft_hyphen, "soft_hyphen"), **lists)


@lru_cache(maxsize=1)
def unicode_rules() -> UnicodeRules:
    return parse_unicode(load_file(CleanUnicodeFile))


# --- hyphenation.json ----------------------------------------------------------------


@dataclass(frozen=True)
class HyphenationRules:
    hyphens: frozenset[str]
    suspension_words: frozenset[str]
    keep_prefixes: frozenset[str]
    vowel_clashes: frozenset[str]


def parse_hyphenation(file: CleanHyphenationFile) -> HyphenationRules:
    keys = ("hyphens", "suspension_words", "keep_prefixes", "vowel_clashes")
    values = {k: frozenset(_strings(getattr(file, k), f"hyphenation.json: {k}")) for k in keys}
    if not all(len(h) == 1 for h in values["hyphens"]):
        raise ValueError("hyphenation.json: hyphens must be single characters")
    if not all(len(v) == 2 for v in values["vowel_clashes"]):
        raise ValueError("hyphenation.json: vowel_clashes must be letter pairs")
    return HyphenationRules(**values)


@lru_cache(maxsize=1)
def hyphenation_rules() -> HyphenationRules:
    return parse_hyphenation(load_file(CleanHyphenationFile))


# --- margin.json ---------------------------------------------------------------------


@dataclass(frozen=True)
class MarginRules:
    # label -> value kind; longest labels first so 'Uw brief van' wins over shorter ones
    labels: tuple[tuple[str, str], ...]
    value_patterns: dict[str, re.Pattern[str]]
    # a value anywhere on a line, as a table's row holds it before a note ('13 februari 2024, 12:00 uur')
    row_values: dict[str, re.Pattern[str]]
    prose_before: dict[str, frozenset[str]]
    not_after: frozenset[str]
    lookahead_lines: int
    min_labels: int
    # any label standing as words on a line: a quick test before the detailed ones
    any_label: re.Pattern[str]


def parse_margin(file: CleanMarginFile) -> MarginRules:
    labels, patterns = file.labels, file.value_patterns
    if not isinstance(labels, dict) or not isinstance(patterns, dict):
        raise ValueError("margin.json: labels and value_patterns must be objects")
    kinds = set(patterns) | {"text"}
    for label, kind in labels.items():
        if not isinstance(label, str) or not label.strip() or kind not in kinds:
            raise ValueError(f"margin.json: label {label!r} has unknown value kind {kind!r}")
    # A value stands at the end of a line, after a space or alone. '{MONTH}' is a month word of the
    # dates lexicon (Dutch and Frisian), so the two lists cannot drift apart.
    months = "|".join(re.escape(m) for m in sorted(date_words().months, key=len, reverse=True))
    compiled = {kind: _pattern(f"(?:^|(?<=\\s))(?:{p.replace('{MONTH}', months)})(?=\\s*$)",
                               f"margin.json: {kind}", re.I)
                for kind, p in patterns.items()}
    row_values = {kind: re.compile(f"(?:^|(?<=\\s))(?:{p.replace('{MONTH}', months)})(?![\\w/-])", re.I)
                  for kind, p in patterns.items()}
    prose = file.prose_before
    if not isinstance(prose, dict) or set(prose) != set(patterns):
        raise ValueError("margin.json: prose_before needs one list per value kind")
    return MarginRules(
        labels=tuple(sorted(labels.items(), key=lambda kv: len(kv[0]), reverse=True)),
        value_patterns=compiled,
        row_values=row_values,
        prose_before={k: frozenset(w.lower() for w in _strings(v, f"prose_before.{k}"))
                      for k, v in prose.items()},
        not_after=frozenset(_strings(file.not_after, "margin.json: not_after")),
        lookahead_lines=int(_number(file.lookahead_lines, "lookahead_lines", 1, 20)),
        min_labels=int(_number(file.min_labels, "min_labels", 1, 20)),
        any_label=re.compile("(?<!\\w)(?:" + "|".join(
            re.escape(label) for label in sorted(labels, key=len, reverse=True)) + ")(?!\\w)"),
    )


@lru_cache(maxsize=1)
def margin_rules() -> MarginRules:
    return parse_margin(load_file(CleanMarginFile))


# --- lines.json ----------------------------------------------------------------------


@dataclass(frozen=True)
class TableRules:
    max_line_length: int
    max_tokens: int
    min_numeric_share: float
    column_gap: re.Pattern[str]


@dataclass(frozen=True)
class LineRules:
    list_item: re.Pattern[str]
    list_marker_alone: re.Pattern[str]
    sentence_end: str
    no_join_end: str
    full_line_share: float
    wrap_percentile: float
    max_wrap_width: int
    min_wrap_width: int
    min_wrapped_lines: int
    gap_join_min_words: int
    address_titles: frozenset[str]
    table: TableRules
    # Whole lines (case-insensitive) that end a block: a letter's closing formula and salutation.
    closing: re.Pattern[str]
    salutation: re.Pattern[str]
    # Whole lines of a postal address (Postbus, postcode and place).
    address_line: re.Pattern[str]
    # Whole lines of an e-mail header (Van: ..., Sent: ..., Subject: ...): each field a line of its own.
    mail_header: re.Pattern[str]


def parse_lines(file: CleanLinesFile) -> LineRules:
    markers = _strings(file.list_item_patterns, "lines.json: list_item_patterns")
    for m in markers:
        _pattern(m, "lines.json: list_item_patterns")
    marker = "|".join(f"(?:{m})" for m in markers)
    table = _check_keys(file.table, {"max_line_length", "max_tokens", "min_numeric_share",
                                        "column_gap"}, "lines.json: table")
    return LineRules(
        # A marker followed by a space and text, or standing alone on its line.
        list_item=re.compile(f"^[ \\t]*(?:{marker})[ \\t]+\\S"),
        list_marker_alone=re.compile(f"^[ \\t]*(?:{marker})[ \\t]*$"),
        sentence_end=_string(file.sentence_end, "sentence_end"),
        no_join_end=_string(file.no_join_end, "no_join_end"),
        full_line_share=_number(file.full_line_share, "full_line_share", 0.1, 1.0),
        wrap_percentile=_number(file.wrap_percentile, "wrap_percentile", 0.1, 1.0),
        max_wrap_width=int(_number(file.max_wrap_width, "max_wrap_width", 20, 1000)),
        min_wrap_width=int(_number(file.min_wrap_width, "min_wrap_width", 1, 1000)),
        min_wrapped_lines=int(_number(file.min_wrapped_lines, "min_wrapped_lines", 1, 100)),
        gap_join_min_words=int(_number(file.gap_join_min_words, "gap_join_min_words", 1, 50)),
        address_titles=frozenset(_strings(file.address_titles, "lines.json: address_titles")),
        table=TableRules(
            max_line_length=int(_number(table["max_line_length"], "table.max_line_length", 5, 500)),
            max_tokens=int(_number(table["max_tokens"], "table.max_tokens", 2, 50)),
            min_numeric_share=_number(table["min_numeric_share"], "table.min_numeric_share", 0, 1),
            column_gap=_pattern(table["column_gap"], "table.column_gap"),
        ),
        closing=_alternation(file.closing_patterns, "lines.json: closing_patterns",
                             re.IGNORECASE),
        salutation=_alternation(file.salutation_patterns, "lines.json: salutation_patterns",
                                re.IGNORECASE),
        address_line=_alternation(file.address_line_patterns,
                                  "lines.json: address_line_patterns"),
        mail_header=_alternation(file.mail_header_patterns, "lines.json: mail_header_patterns",
                                 re.IGNORECASE),
    )


def _alternation(value: Any, where: str, flags: int = 0) -> re.Pattern[str]:
    """A list of patterns as one pattern, each checked on its own first."""
    patterns = _strings(value, where)
    for p in patterns:
        _pattern(p, where, flags)
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


@lru_cache(maxsize=1)
def line_rules() -> LineRules:
    return parse_lines(load_file(CleanLinesFile))


# --- redaction.json ------------------------------------------------------------------


@dataclass(frozen=True)
class RedactionRules:
    debris_symbols: frozenset[str]
    debris_token_max_length: int
    woo_ground: re.Pattern[str]
    ground_prose_before: frozenset[str]
    block_run: re.Pattern[str]
    placeholder: re.Pattern[str]
    table_cell_keep: frozenset[str]
    table_marks_after_figure: frozenset[str]
    table_min_rows: int


def parse_redaction(file: CleanRedactionFile) -> RedactionRules:
    grounds = _strings(file.woo_grounds, "redaction.json: woo_grounds")
    placeholders = _strings(file.placeholders, "redaction.json: placeholders")
    blocks = re.escape(_string(file.block_chars, "block_chars"))
    return RedactionRules(
        debris_symbols=frozenset(_string(file.debris_symbols, "debris_symbols")),
        debris_token_max_length=int(_number(file.debris_token_max_length,
                                            "debris_token_max_length", 2, 40)),
        # An article number glued to its ground letter: 5.1.2e, 5.1.2.e, 10.2.e, 5.1.1c.
        woo_ground=_pattern("(?<![\\w.])(?:" + "|".join(grounds) + ")\\.?[a-i](?![\\w])",
                            "woo_grounds"),
        ground_prose_before=frozenset(_strings(file.ground_prose_before, "ground_prose_before")),
        # Runs of block characters, spaces inside a run included (one box read as two).
        block_run=_pattern(f"[{blocks}]+(?:[ \\t]+[{blocks}]+)*", "block_chars"),
        placeholder=_pattern(
            "(?<!\\w)(?:" + "|".join(f"(?:{p})" for p in placeholders) + ")(?!\\w)",
            "placeholders"),
        table_cell_keep=frozenset(_strings(file.table_cell_keep, "table_cell_keep")),
        table_marks_after_figure=frozenset(_strings(file.table_marks_after_figure, "table_marks_after_figure")),
        table_min_rows=int(_number(file.table_min_rows, "table_min_rows", 2, 100)),
    )


@lru_cache(maxsize=1)
def redaction_rules() -> RedactionRules:
    return parse_redaction(load_file(CleanRedactionFile))


# --- quality.json and words_nl.txt -----------------------------------------------------


@dataclass(frozen=True)
class QualityRules:
    vowels: frozenset[str]
    max_consonant_run: int
    max_same_letter_run: int
    ignored_punctuation: str
    garbage_min_alnum_share: float
    garbage_min_word_share: float
    garbage_min_tokens: int


def parse_quality(file: CleanQualityFile) -> QualityRules:
    return QualityRules(
        vowels=frozenset(_string(file.vowels, "vowels")),
        max_consonant_run=int(_number(file.max_consonant_run, "max_consonant_run", 1, 20)),
        max_same_letter_run=int(_number(file.max_same_letter_run, "max_same_letter_run", 1, 20)),
        ignored_punctuation=_string(file.ignored_punctuation, "ignored_punctuation"),
        garbage_min_alnum_share=_number(file.garbage_min_alnum_share,
                                        "garbage_min_alnum_share", 0, 1),
        garbage_min_word_share=_number(file.garbage_min_word_share,
                                       "garbage_min_word_share", 0, 1),
        garbage_min_tokens=int(_number(file.garbage_min_tokens, "garbage_min_tokens", 1, 50)),
    )


@lru_cache(maxsize=1)
def quality_rules() -> QualityRules:
    return parse_quality(load_file(CleanQualityFile))


@lru_cache(maxsize=1)
def dutch_words() -> frozenset[str]:
    """Our common-word list plus spaCy's Dutch stop words (function words)."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    return load_word_list("clean", "words_nl.txt") | frozenset(STOP_WORDS)
