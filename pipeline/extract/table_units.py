"""Where text states the unit of figures: ``Bedragen x € 1.000``, ``(in euro's)``, ``€ € €``.

A caption, header cell or note may state the scale a table's figures are printed in
(``scale_in``: ``x € 1.000`` -> 1000); such a statement, and a row of currency signs under a
header, is no amount itself (``unit_statements``, ``unit_rows``). Read by the table reader
(``pipeline.extract.amount_tables``) and by the amounts in running text
(``pipeline.extract.amounts``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.triggers import finditer_at, page_words

# The ways a caption, header cell or note states the unit of a table's figures.
# Each alternative names the unit it found; ``scale_in`` turns it into a factor.
_UNIT = (r"1\.000\.000|1\.000|1000|1\s?mln\.?|1\s?miljoen|1\s?mld\.?|1\s?miljard"
         r"|mln\.?|miljoen|mld\.?|miljard|duizend")
SCALE = re.compile(
    # 'x € 1.000', '(x1.000)', '* 1.000 euro', and '1 mln' as OCR misreads it: 'x lmtn.'
    rf"(?<![\w])(?:x|×|\*)\s*(?:€|eur(?:o|os)?)?\s*(?P<times>{_UNIT}|[1lI] ?m[lIit1]n)"
    # 'Bedragen in € 1.000', 'in EUR mln'; not an amount such as 'in € 1.000,-'
    rf"|\bin\s+(?:€|eur(?:o|o's|os)?)\s*(?P<in_currency>{_UNIT})(?![\d,]|\.\d)"
    # 'in 1.000 euro', 'in mln euro'
    rf"|\bin\s+(?P<in_figure>{_UNIT})\s*(?:€|eur)"
    # 'in duizenden euro's', 'in miljoenen', 'in duizendtallen'
    r"|\bin\s+(?P<in_words>duizenden|duizendtallen|miljoenen)"
    # 'k€', 'T€', 'TEUR', '€ k', 'dzd'
    r"|(?<![\w€])(?P<thousand>k€|t€|keur|teur|€\s*k|dzd)(?![\w€])"
    # "€ '000", "EUR'000"
    r"|(?:€|eur)\s*['’`](?P<thousands>000)\b"
    # '€ mln', 'EUR miljard'
    r"|(?:€|eur)\s*(?P<currency_unit>mln|miljoen|mld|miljard)\b",
    re.I,
)
_SCALE_OF = {"1.000.000": 10**6, "1.000": 1000, "1000": 1000, "1mln": 10**6, "1miljoen": 10**6,
             "1mld": 10**9, "1miljard": 10**9,
             "mln": 10**6, "miljoen": 10**6, "miljoenen": 10**6, "mld": 10**9, "miljard": 10**9,
             "duizend": 1000, "duizenden": 1000, "duizendtallen": 1000, "000": 1000}
CURRENCY = re.compile(r"€|(?<![\w])(?:eur|euro|euro's)(?![\w])", re.I)
# A title that ends in its unit in brackets: '... in het resultaat 2024 (bedragen in euro)'.
BRACKETED_UNIT_END = re.compile(rf"\([^()\d]*(?:{CURRENCY.pattern})[^()\d]*\)\s*$", re.I)


def scale_in(text: str) -> Decimal | None:
    """The unit a caption, header or note states (``Bedragen x € 1.000`` -> 1000), if any."""
    m = SCALE.search(text)
    if m is None:
        return None
    kind, found = next((k, g) for k, g in m.groupdict().items() if g is not None)
    if kind == "thousand":
        return Decimal(1000)
    found = re.sub(r"\s|\.$", "", found.lower())
    # What is left is '1 mln' misread by OCR ('lmtn').
    return Decimal(_SCALE_OF.get(found, 10**6))


# A line of currency signs alone: the unit row under a header of years (``€ € € €``).
# One sign alone counts only as '€' or 'EUR': a wrapped line may end '... 2.000' over 'euro'.
_UNIT_ROW = re.compile(r"^[ \t]*(?:(?i:€|eur|euro)(?:[ \t]+(?i:€|eur|euro))+|€|EUR)[ \t]*$", re.M)


def unit_rows(text: str) -> list[tuple[int, int]]:
    """The lines that print only the columns' currency (``€ € € €``, ``EUR  EUR``):
    no figure takes its currency from them (``2022`` above ``€`` is a year)."""
    return [m.span() for m in _UNIT_ROW.finditer(text)]


def unit_statements(text: str) -> list[tuple[int, int]]:
    """Where ``text`` states a unit rather than an amount: the ``€ 1.000`` of
    ``Bedragen in € 1.000`` or ``(x € 1.000)``. A unit followed by a figure
    (``k€ 450``) is an amount in that unit, not a statement."""
    return [m.span() for m in finditer_at(SCALE, text, scale_starts(text))
            if not re.match(r"\s*[-−–(]?\d", text[m.end():m.end() + 4])]


# Where a match of ``SCALE`` can begin: the words 'in' ('in € 1.000', 'in miljoenen'),
# 'k' and 't' ('k€'), 'keur', 'teur' and 'dzd' standing alone, and anywhere a multiplication
# sign or 'x', a '€' or the letters 'eur' (the two alternatives that start with them
# need no word boundary before them).
_SCALE_WORDS = frozenset({"in", "k", "t", "keur", "teur", "dzd"})
_SCALE_MARKS = ("x", "×", "*", "€", "eur")
_SCALE_MARK = re.compile("|".join(map(re.escape, _SCALE_MARKS)), re.I)


def scale_starts(text: str) -> list[int]:
    """Sorted offsets in ``text`` where a unit statement (``SCALE``) may start."""
    index = page_words(text)
    found = [at for word in _SCALE_WORDS & index.words for at in index.starts(word)]
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter such as 'İ' moved the offsets
        found += [m.start() for m in _SCALE_MARK.finditer(text)]
    else:  # str.find is many times faster than a regex that ignores case
        for mark in _SCALE_MARKS:
            at = lowered.find(mark)
            while at >= 0:
                found.append(at)
                at = lowered.find(mark, at + 1)
    return sorted(set(found))
