"""Dutch numbers in text -> values: digits with Dutch separators, and number words.

Shared by the money, training and date normalizers. Pure functions; they return
None for anything that is not a number and never raise.

- Digits: ``.`` groups thousands and ``,`` marks decimals (``1.235.480,20``);
  ``,-`` / ``,--`` / ``,=`` closes a whole amount (``€ 1.235.480,-``); a space or
  non-breaking space may group thousands (``950 000``). A point followed by
  one or two digits is read as a decimal point (``7.5``, ``12.50``), because a
  Dutch thousands group always has three digits; English thousands commas
  (``1,250,000``) are read when there is more than one group, since Dutch
  never writes two decimal commas, and before a decimal point (``1,234.50``).
- Words: ``text2num`` reads the Dutch numerals (``zes``, ``tweehonderdduizend``,
  ``één``); the fractions it does not know (``anderhalf``, ``tweeënhalf``,
  ``twee en een half``, ``driekwart``) come from ``resources/amounts/numbers.json``.
  Vague quantities (``honderden``, ``miljoenen``) are no number.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from text_to_num import text2num

from pipeline.dutch.words import SPACES, fold, number_words

# --------------------------------------------------------------------------
# Digits

# Dutch: 1.235.480 / 1.235.480,20 / 7,5 / 950000
_DUTCH_GROUPED = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")
_DUTCH_PLAIN = re.compile(r"\d+(?:,\d+)?")
# 950 000 (space-grouped thousands, a common typesetting)
_SPACE_GROUPED = re.compile(r"[1-9]\d{0,2}(?: \d{3})+(?:,\d+)?")
# 7.5 / 12.50: a decimal point (a thousands group would have three digits)
_DECIMAL_POINT = re.compile(r"\d+\.\d{1,2}")
# 1,250,000 / 1,250,000.50: English grouping, unambiguous with two or more groups
_ENGLISH_GROUPED = re.compile(r"[1-9]\d{0,2}(?:,\d{3}){2,}(?:\.\d+)?|[1-9]\d{0,2},\d{3}\.\d{1,2}")
# ,- ,-- ,= ,— closing a whole amount
_WHOLE_MARK = re.compile(r",(?:-{1,2}|=|\u2013|\u2014)$")


def parse_dutch_digits(text: str) -> Decimal | None:
    """'7.000' -> 7000, '1.235.480,-' -> 1235480, '580.489,20' -> 580489.20, '7,5' -> 7.5."""
    s = SPACES.sub(" ", text).strip()
    s = _WHOLE_MARK.sub("", s)
    if _DUTCH_GROUPED.fullmatch(s) or _DUTCH_PLAIN.fullmatch(s):
        number = s.replace(".", "").replace(",", ".")
    elif _SPACE_GROUPED.fullmatch(s):
        number = s.replace(" ", "").replace(",", ".")
    elif _DECIMAL_POINT.fullmatch(s):
        number = s
    elif _ENGLISH_GROUPED.fullmatch(s):
        number = s.replace(",", "")
    else:
        return None
    try:
        return Decimal(number)
    except InvalidOperation:
        return None


# --------------------------------------------------------------------------
# Words


def _text2num(text: str) -> Decimal | None:
    if not text or not all(c.isalpha() or c in " -" for c in text):
        return None
    try:
        return Decimal(text2num(text, "nl"))
    except (ValueError, TypeError, IndexError, KeyError, AttributeError):
        # text2num signals "not a number" with ValueError; the others guard
        # against its parser state on odd word sequences.
        return None


def parse_number_word(text: str) -> Decimal | None:
    """'zes' -> 6, 'één' -> 1, 'tweehonderd' -> 200, 'anderhalf' -> 1.5; else None."""
    s = fold(text)
    words = number_words()
    if not s or s in words.vague:
        return None
    if s in words.fractions:
        return words.fractions[s]
    for suffix in words.half_suffixes:
        if s.endswith(suffix) and len(s) > len(suffix):
            whole = _text2num(s[: -len(suffix)].strip())
            return whole + Decimal("0.5") if whole is not None else None
    return _text2num(s)


def parse_number(text: str) -> Decimal | None:
    """Digits or words: '7.000', '7,5', 'zes', 'anderhalf'. None when the text is no number."""
    return parse_dutch_digits(text) if any(c.isdigit() for c in text) else parse_number_word(text)
