"""The clean stage's data files, read once and checked (unknown or missing keys are errors).

Each ``*_rules()`` function reads one file of ``pipeline/resources/clean/``
on first use; ``parse_*`` does the checking, so tests can feed it broken data.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any


def _read(name: str) -> str:
    return (files("pipeline") / "resources" / "clean" / name).read_text(encoding="utf-8")


def _check_keys(data: Any, expected: set[str], where: str) -> dict[str, Any]:
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


def parse_unicode(data: Any) -> UnicodeRules:
    data = _check_keys(data, {"ligatures", "spaces", "line_breaks", "invisible", "soft_hyphen",
                              "quote_folds"}, "unicode.json")
    folds = data["quote_folds"]
    if not isinstance(folds, dict) or not all(
        isinstance(k, str) and len(k) == 1 and isinstance(v, str) and len(v) == 1
        for k, v in folds.items()
    ):
        raise ValueError("unicode.json: quote_folds must map one character to one character")
    ligatures = data["ligatures"]
    if not isinstance(ligatures, dict) or not all(
        isinstance(k, str) and len(k) == 1 and isinstance(v, str) and v
        for k, v in ligatures.items()
    ):
        raise ValueError("unicode.json: ligatures must map one character to a non-empty string")
    lists = {key: tuple(_char(c, f"unicode.json: {key}") for c in _strings(data[key], key))
             for key in ("spaces", "line_breaks", "invisible")}
    return UnicodeRules(ligatures=dict(ligatures), quote_folds=dict(folds),
                        soft_hyphen=_char(data["soft_hyphen"], "soft_hyphen"), **lists)


@lru_cache(maxsize=1)
def unicode_rules() -> UnicodeRules:
    return parse_unicode(json.loads(_read("unicode.json")))


# --- hyphenation.json ----------------------------------------------------------------


@dataclass(frozen=True)
class HyphenationRules:
    hyphens: frozenset[str]
    suspension_words: frozenset[str]
    keep_prefixes: frozenset[str]
    vowel_clashes: frozenset[str]


def parse_hyphenation(data: Any) -> HyphenationRules:
    keys = {"hyphens", "suspension_words", "keep_prefixes", "vowel_clashes"}
    data = _check_keys(data, keys, "hyphenation.json")
    values = {k: frozenset(_strings(data[k], f"hyphenation.json: {k}")) for k in keys}
    if not all(len(h) == 1 for h in values["hyphens"]):
        raise ValueError("hyphenation.json: hyphens must be single characters")
    if not all(len(v) == 2 for v in values["vowel_clashes"]):
        raise ValueError("hyphenation.json: vowel_clashes must be letter pairs")
    return HyphenationRules(**values)


@lru_cache(maxsize=1)
def hyphenation_rules() -> HyphenationRules:
    return parse_hyphenation(json.loads(_read("hyphenation.json")))


# --- margin.json ---------------------------------------------------------------------


@dataclass(frozen=True)
class MarginRules:
    # label -> value kind; longest labels first so 'Uw brief van' wins over shorter ones
    labels: tuple[tuple[str, str], ...]
    value_patterns: dict[str, re.Pattern[str]]
    prose_before: dict[str, frozenset[str]]
    not_after: frozenset[str]
    lookahead_lines: int
    min_labels: int
    # any label standing as words on a line: a quick test before the detailed ones
    any_label: re.Pattern[str]


def parse_margin(data: Any) -> MarginRules:
    keys = {"labels", "value_patterns", "prose_before", "not_after", "lookahead_lines",
            "min_labels"}
    data = _check_keys(data, keys, "margin.json")
    labels, patterns = data["labels"], data["value_patterns"]
    if not isinstance(labels, dict) or not isinstance(patterns, dict):
        raise ValueError("margin.json: labels and value_patterns must be objects")
    kinds = set(patterns) | {"text"}
    for label, kind in labels.items():
        if not isinstance(label, str) or not label.strip() or kind not in kinds:
            raise ValueError(f"margin.json: label {label!r} has unknown value kind {kind!r}")
    # A value stands at the end of a line, after a space or alone.
    compiled = {kind: _pattern(f"(?:^|(?<=\\s))(?:{p})(?=\\s*$)", f"margin.json: {kind}", re.I)
                for kind, p in patterns.items()}
    prose = data["prose_before"]
    if not isinstance(prose, dict) or set(prose) != set(patterns):
        raise ValueError("margin.json: prose_before needs one list per value kind")
    return MarginRules(
        labels=tuple(sorted(labels.items(), key=lambda kv: len(kv[0]), reverse=True)),
        value_patterns=compiled,
        prose_before={k: frozenset(w.lower() for w in _strings(v, f"prose_before.{k}"))
                      for k, v in prose.items()},
        not_after=frozenset(_strings(data["not_after"], "margin.json: not_after")),
        lookahead_lines=int(_number(data["lookahead_lines"], "lookahead_lines", 1, 20)),
        min_labels=int(_number(data["min_labels"], "min_labels", 1, 20)),
        any_label=re.compile("(?<!\\w)(?:" + "|".join(
            re.escape(label) for label in sorted(labels, key=len, reverse=True)) + ")(?!\\w)"),
    )


@lru_cache(maxsize=1)
def margin_rules() -> MarginRules:
    return parse_margin(json.loads(_read("margin.json")))


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


def parse_lines(data: Any) -> LineRules:
    keys = {"list_item_patterns", "sentence_end", "no_join_end", "full_line_share",
            "wrap_percentile", "max_wrap_width", "min_wrap_width", "min_wrapped_lines",
            "gap_join_min_words", "address_titles", "table", "closing_patterns",
            "salutation_patterns", "address_line_patterns"}
    data = _check_keys(data, keys, "lines.json")
    markers = _strings(data["list_item_patterns"], "lines.json: list_item_patterns")
    for m in markers:
        _pattern(m, "lines.json: list_item_patterns")
    marker = "|".join(f"(?:{m})" for m in markers)
    table = _check_keys(data["table"], {"max_line_length", "max_tokens", "min_numeric_share",
                                        "column_gap"}, "lines.json: table")
    return LineRules(
        # A marker followed by a space and text, or standing alone on its line.
        list_item=re.compile(f"^[ \\t]*(?:{marker})[ \\t]+\\S"),
        list_marker_alone=re.compile(f"^[ \\t]*(?:{marker})[ \\t]*$"),
        sentence_end=_string(data["sentence_end"], "sentence_end"),
        no_join_end=_string(data["no_join_end"], "no_join_end"),
        full_line_share=_number(data["full_line_share"], "full_line_share", 0.1, 1.0),
        wrap_percentile=_number(data["wrap_percentile"], "wrap_percentile", 0.1, 1.0),
        max_wrap_width=int(_number(data["max_wrap_width"], "max_wrap_width", 20, 1000)),
        min_wrap_width=int(_number(data["min_wrap_width"], "min_wrap_width", 1, 1000)),
        min_wrapped_lines=int(_number(data["min_wrapped_lines"], "min_wrapped_lines", 1, 100)),
        gap_join_min_words=int(_number(data["gap_join_min_words"], "gap_join_min_words", 1, 50)),
        address_titles=frozenset(_strings(data["address_titles"], "lines.json: address_titles")),
        table=TableRules(
            max_line_length=int(_number(table["max_line_length"], "table.max_line_length", 5, 500)),
            max_tokens=int(_number(table["max_tokens"], "table.max_tokens", 2, 50)),
            min_numeric_share=_number(table["min_numeric_share"], "table.min_numeric_share", 0, 1),
            column_gap=_pattern(table["column_gap"], "table.column_gap"),
        ),
        closing=_alternation(data["closing_patterns"], "lines.json: closing_patterns",
                             re.IGNORECASE),
        salutation=_alternation(data["salutation_patterns"], "lines.json: salutation_patterns",
                                re.IGNORECASE),
        address_line=_alternation(data["address_line_patterns"],
                                  "lines.json: address_line_patterns"),
    )


def _alternation(value: Any, where: str, flags: int = 0) -> re.Pattern[str]:
    """A list of patterns as one pattern, each checked on its own first."""
    patterns = _strings(value, where)
    for p in patterns:
        _pattern(p, where, flags)
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


@lru_cache(maxsize=1)
def line_rules() -> LineRules:
    return parse_lines(json.loads(_read("lines.json")))


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
    table_min_rows: int


def parse_redaction(data: Any) -> RedactionRules:
    keys = {"debris_symbols", "debris_token_max_length", "woo_grounds", "ground_prose_before",
            "block_chars", "placeholders", "table_cell_keep", "table_min_rows"}
    data = _check_keys(data, keys, "redaction.json")
    grounds = _strings(data["woo_grounds"], "redaction.json: woo_grounds")
    placeholders = _strings(data["placeholders"], "redaction.json: placeholders")
    blocks = re.escape(_string(data["block_chars"], "block_chars"))
    return RedactionRules(
        debris_symbols=frozenset(_string(data["debris_symbols"], "debris_symbols")),
        debris_token_max_length=int(_number(data["debris_token_max_length"],
                                            "debris_token_max_length", 2, 40)),
        # An article number glued to its ground letter: 5.1.2e, 5.1.2.e, 10.2.e, 5.1.1c.
        woo_ground=_pattern("(?<![\\w.])(?:" + "|".join(grounds) + ")\\.?[a-i](?![\\w])",
                            "woo_grounds"),
        ground_prose_before=frozenset(_strings(data["ground_prose_before"], "ground_prose_before")),
        # Runs of block characters, spaces inside a run included (one box read as two).
        block_run=_pattern(f"[{blocks}]+(?:[ \\t]+[{blocks}]+)*", "block_chars"),
        placeholder=_pattern(
            "(?<!\\w)(?:" + "|".join(f"(?:{p})" for p in placeholders) + ")(?!\\w)",
            "placeholders"),
        table_cell_keep=frozenset(_strings(data["table_cell_keep"], "table_cell_keep")),
        table_min_rows=int(_number(data["table_min_rows"], "table_min_rows", 2, 100)),
    )


@lru_cache(maxsize=1)
def redaction_rules() -> RedactionRules:
    return parse_redaction(json.loads(_read("redaction.json")))


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


def parse_quality(data: Any) -> QualityRules:
    keys = {"vowels", "max_consonant_run", "max_same_letter_run", "ignored_punctuation",
            "garbage_min_alnum_share", "garbage_min_word_share", "garbage_min_tokens"}
    data = _check_keys(data, keys, "quality.json")
    return QualityRules(
        vowels=frozenset(_string(data["vowels"], "vowels")),
        max_consonant_run=int(_number(data["max_consonant_run"], "max_consonant_run", 1, 20)),
        max_same_letter_run=int(_number(data["max_same_letter_run"], "max_same_letter_run", 1, 20)),
        ignored_punctuation=_string(data["ignored_punctuation"], "ignored_punctuation"),
        garbage_min_alnum_share=_number(data["garbage_min_alnum_share"],
                                        "garbage_min_alnum_share", 0, 1),
        garbage_min_word_share=_number(data["garbage_min_word_share"],
                                       "garbage_min_word_share", 0, 1),
        garbage_min_tokens=int(_number(data["garbage_min_tokens"], "garbage_min_tokens", 1, 50)),
    )


@lru_cache(maxsize=1)
def quality_rules() -> QualityRules:
    return parse_quality(json.loads(_read("quality.json")))


def parse_words(text: str) -> frozenset[str]:
    """Lines of a word list; '#' starts a comment line. Words must be lower case, no spaces."""
    words = set()
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line != line.lower() or any(c.isspace() for c in line):
            raise ValueError(f"words_nl.txt line {number}: {line!r} is not one lower-case word")
        words.add(line)
    return frozenset(words)


@lru_cache(maxsize=1)
def dutch_words() -> frozenset[str]:
    """Our common-word list plus spaCy's Dutch stop words (function words)."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    return parse_words(_read("words_nl.txt")) | frozenset(STOP_WORDS)
