"""Dutch numbers in text -> values: digits with Dutch separators, and number words.

Shared by the money, training and date normalizers. Pure functions.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from text_to_num import text2num

# Digits in Dutch notation: '.' groups thousands, ',' marks decimals,
# ',-' / ',--' closes a whole amount (€ 1.235.480,-).
_DUTCH_DIGITS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$")

_SPECIAL_WORDS = {
    "anderhalf": Decimal("1.5"),
    "anderhalve": Decimal("1.5"),
    "half": Decimal("0.5"),
    "halve": Decimal("0.5"),
    "een half": Decimal("0.5"),
    "tientallen": None,
    "honderden": None,
    "duizenden": None,
}


def parse_dutch_digits(text: str) -> Decimal | None:
    """'7.000' -> 7000, '1.235.480,-' -> 1235480, '580.489,20' -> 580489.20, '7,5' -> 7.5."""
    s = text.strip().replace("\u00a0", "").replace(" ", "")
    s = re.sub(r",-{1,2}$|,—$", "", s)
    if not _DUTCH_DIGITS.match(s):
        return None
    try:
        return Decimal(s.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None


def parse_number_word(text: str) -> Decimal | None:
    """'zes' -> 6, 'één' -> 1, 'tweehonderd' -> 200, 'anderhalf' -> 1.5; None if not a number word."""
    s = " ".join(text.lower().split())
    if s in _SPECIAL_WORDS:
        return _SPECIAL_WORDS[s]
    try:
        return Decimal(text2num(s, "nl"))
    except (ValueError, TypeError):
        return None


def parse_number(text: str) -> Decimal | None:
    """Digits or words: '7.000', '7,5', 'zes', 'anderhalf'. None when the text is no number."""
    return parse_dutch_digits(text) if any(c.isdigit() for c in text) else parse_number_word(text)
