"""The shared vocabularies: money words, number words and the amount qualifiers.

Loaded once per process from ``resources/amounts/`` and used by the number
and money readers (``pipeline.dutch.numbers``, ``pipeline.dutch.money``), the
amount and training extractors and the normalizers. ``QUALIFIERS`` is the
vocabulary of the ``qualifier`` columns.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from pipeline.datafiles import load_file
from pipeline.resource_files import (
    AmountsCurrenciesFile,
    AmountsNumbersFile,
    AmountsQualifiersFile,
    AmountsRangesFile,
    AmountsScalesFile,
    AmountsUnitsFile,
)

QUALIFIERS = ("exact", "more_than", "at_least", "at_most", "approx")


# --------------------------------------------------------------------------
# Resources of the amounts area (shared with pipeline.dutch.money)



def decimal_map(name: str, key: str, mapping: dict[str, Any]) -> dict[str, Decimal]:
    """A resource mapping of words to decimal strings, lower-cased and checked."""
    out = {}
    for word, value in mapping.items():
        try:
            out[fold(word)] = Decimal(value)
        except (InvalidOperation, TypeError) as err:
            raise ValueError(f"{name}: {key}[{word!r}] is not a decimal string") from err
    return out


@dataclass(frozen=True)
class NumberWords:
    """Number words text2num does not read, from ``numbers.json``."""

    fractions: dict[str, Decimal]
    half_suffixes: tuple[str, ...]
    vague: frozenset[str]


@lru_cache(maxsize=1)
def number_words() -> NumberWords:
    data = load_file(AmountsNumbersFile)
    return NumberWords(
        fractions=decimal_map("numbers.json", "fractions", data.fractions),
        half_suffixes=tuple(
            sorted((fold(s) for s in data.half_suffixes), key=len, reverse=True)
        ),
        vague=frozenset(fold(w) for w in data.vague),
    )


# --------------------------------------------------------------------------
# Text folding

SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")


def fold(text: str) -> str:
    """Lower case, NFC, typographic apostrophes as ``'``, whitespace runs as one space."""
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'").replace("\u2018", "'")
    return SPACES.sub(" ", text).strip().lower()


# --------------------------------------------------------------------------
# Tokens: the same scanner reads the input and the phrases of the word lists

_TOKEN = re.compile(
    r"""
    (?P<num>[1-9]\d{0,2}(?:[ ]\d{3})+(?:,\d+)?(?![\d.,])      # 950 000
           |\d+(?:[.,]\d+)*(?:,(?:-{1,2}|=|\u2013|\u2014))?)    # 1.235.480,- / 7,5
    |(?P<sym>k€|m€|us\$|€|\$|£|ƒ|±|\+/-|\+-)
    |(?P<abbr>(?:[^\W\d_]\.){2,}|[^\W\d_]+\.)                   # p.p. / mln. / ca.
    |(?P<word>[^\W\d_]+(?:'[^\W\d_]+)*)                         # zo'n / euro's
    |(?P<punct>\S)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


def tokenize(text: str) -> list[Token]:
    """Folded text -> tokens (numbers, currency symbols, abbreviations, words, punctuation)."""
    folded = fold(text).replace("\u2013", "-").replace("\u2014", "-")
    return [Token(m.lastgroup or "punct", m.group()) for m in _TOKEN.finditer(folded)]


def _key(text: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(text))


class PhraseTable:
    """Phrases -> values, matched longest first on a token list."""

    def __init__(self, mapping: dict[str, object]):
        self.phrases = tuple(mapping)
        self._table = {_key(phrase): value for phrase, value in mapping.items()}
        self._longest = max((len(k) for k in self._table), default=0)

    def match(self, tokens: list[Token], i: int) -> tuple[object, int] | None:
        """(value, index after the phrase) for the longest phrase at ``tokens[i]``."""
        for n in range(min(self._longest, len(tokens) - i), 0, -1):
            words = tuple(t.text for t in tokens[i : i + n])
            if words in self._table:
                return self._table[words], i + n
            # A sentence full stop sticks to the last word: 'euro.' is 'euro'.
            if words[-1].endswith(".") and (*words[:-1], words[-1][:-1]) in self._table:
                return self._table[(*words[:-1], words[-1][:-1])], i + n
        return None

    def __contains__(self, text: str) -> bool:
        return _key(text) in self._table


# --------------------------------------------------------------------------
# Word lists


@dataclass(frozen=True)
class MoneyWords:
    currency_symbols: PhraseTable
    currency_words: PhraseTable
    scaled_symbols: PhraseTable
    scales: PhraseTable
    scale_suffixes: PhraseTable
    context_scales: frozenset[str]
    qualifiers_before: PhraseTable
    qualifiers_after: PhraseTable
    # 'negatief' -> -1: a budget result written with its sign in words after the figure.
    signs_after: PhraseTable
    units_after: PhraseTable
    units_before: PhraseTable
    range_joiners: PhraseTable
    range_openers: PhraseTable
    # '€ 380 (x 1.000)': a multiplier in brackets after the amount; group 1 is its key.
    multiplier: re.Pattern[str]
    multipliers: dict[str, Decimal]


def _qualifier_map(name: str, key: str, mapping: dict[str, str]) -> dict[str, str]:
    bad = {v for v in mapping.values() if v not in QUALIFIERS}
    if bad:
        raise ValueError(f"{name}: {key} maps to unknown qualifiers {sorted(bad)}")
    return mapping


def _sign_map(mapping: dict[str, object]) -> dict[str, int]:
    if not all(v in ("1", "-1") for v in mapping.values()):
        raise ValueError("qualifiers.json: signs_after must map to \"1\" or \"-1\"")
    return {k: int(v) for k, v in mapping.items()}


def _string_map(name: str, key: str, mapping: dict[str, object]) -> dict[str, str]:
    if not all(isinstance(v, str) and v for v in mapping.values()):
        raise ValueError(f"{name}: {key} must map to non-empty strings")
    return mapping


@lru_cache(maxsize=1)
def money_words() -> MoneyWords:
    """The money word lists, loaded and checked once per process."""
    cur = load_file(AmountsCurrenciesFile)
    sca = load_file(AmountsScalesFile)
    multipliers = {re.sub(r"\s+", " ", k): Decimal(v) for k, v in sca.multipliers.items()}
    qua = load_file(AmountsQualifiersFile)
    uni = load_file(AmountsUnitsFile)
    rng = load_file(AmountsRangesFile)
    codes = list(cur.symbols.values()) + list(cur.words.values())
    if not all(isinstance(c, str) and re.fullmatch(r"[A-Z]{3}", c) for c in codes):
        raise ValueError("currencies.json: currencies must be ISO 4217 codes")
    scaled = {}
    for symbol, pair in cur.scaled_symbols.items():
        if not (
            isinstance(pair, list) and len(pair) == 2 and re.fullmatch(r"[A-Z]{3}", str(pair[0]))
        ):
            raise ValueError(f"currencies.json: scaled_symbols[{symbol!r}] must be [code, scale]")
        scaled[symbol] = (
            pair[0],
            decimal_map("currencies.json", "scaled_symbols", {symbol: pair[1]})[fold(symbol)],
        )
    scales = decimal_map("scales.json", "words", sca.words)
    if not set(map(fold, sca.needs_money_context)) <= set(scales):
        raise ValueError("scales.json: needs_money_context must list scale words")
    openers = rng.openers
    if not set(openers.values()) <= {"en", "tot"}:
        raise ValueError("ranges.json: openers must map to the joiner 'en' or 'tot'")
    return MoneyWords(
        currency_symbols=PhraseTable(_string_map("currencies.json", "symbols", cur.symbols)),
        currency_words=PhraseTable(_string_map("currencies.json", "words", cur.words)),
        scaled_symbols=PhraseTable(scaled),
        scales=PhraseTable(scales),
        scale_suffixes=PhraseTable(decimal_map("scales.json", "suffixes", sca.suffixes)),
        context_scales=frozenset(fold(w) for w in sca.needs_money_context),
        qualifiers_before=PhraseTable(_qualifier_map("qualifiers.json", "before", qua.before)),
        qualifiers_after=PhraseTable(_qualifier_map("qualifiers.json", "after", qua.after)),
        signs_after=PhraseTable(_sign_map(qua.signs_after)),
        units_after=PhraseTable(_string_map("units.json", "after", uni.after)),
        units_before=PhraseTable(_string_map("units.json", "before", uni.before)),
        range_joiners=PhraseTable({j: True for j in rng.joiners}),
        range_openers=PhraseTable(openers),
        multiplier=re.compile(
            r"\s*\(\s*(?:x|×)\s*(?:€\s*)?("
            + "|".join(re.escape(k).replace(r"\ ", r"\s*") for k in sorted(multipliers, key=len, reverse=True))
            + r")\s*\)", re.IGNORECASE),
        multipliers=multipliers,
    )
