"""The widening of an amount's core to its whole expression: a range, a qualifier, a unit, a sign.

A rule finds the core (``€ 7 miljoen``); ``widen`` takes in ``ruim``, ``tussen … en …``, ``per dag``, while
the whole still parses, and ``take_sign`` a minus written against it. Apart from the finders it serves.
"""

from __future__ import annotations

import re

from pipeline.dutch.money import parse_amount
from pipeline.dutch.words import money_words
from pipeline.extract.amount_forms import Candidate
from pipeline.extract.amount_patterns import NUMBER_CORE, patterns

_SIGN_BEFORE = re.compile(r"(?:(?<=[\s(])|^)(?:-/-\s*|[-−–])$")


def take_sign(text: str, c: Candidate) -> Candidate:
    """Take in a minus written against the amount (``-€ 81.200``, ``-/- € 839.626``)."""
    if c.redacted or c.table is not None or not re.match(r"€|\d", text[c.start:c.start + 1]):
        return c
    m = _SIGN_BEFORE.search(text, max(0, c.start - 5), c.start)
    if m is None or m.end() != c.start:
        return c
    return Candidate(m.start(), c.end, c.rule, c.redacted, c.scale, c.table)


def widen(text: str, c: Candidate, redactions: list[tuple[int, int]] = ()) -> Candidate:
    """Take in a range partner, a qualifier before and a unit after, where the result still parses.

    A widened amount never reaches into a redaction: debris next to a figure
    (``±`` read from a black box) stays debris.
    """
    if c.redacted or c.table is not None:
        return c
    wide = _widen(text, c)
    if any(s < wide.end and wide.start < e for s, e in redactions):
        return c
    return wide


def _widen(text: str, c: Candidate) -> Candidate:
    p = patterns()
    start, end = c.start, c.end
    # A range: '€ 10.000 – € 20.000', '€ 10.000 tot 20.000', '10 tot 20 miljoen euro'.
    # A tab parts two cells of a table ('Indexering 2025 | - | € 281.000'): no range spans it.
    if (joiner := p.range_joiner.match(text, end)) is not None and "\t" not in joiner.group():
        for upper in _upper_bounds(text, joiner.end()):
            if _is_range(text, start, upper):
                end = upper
                break
    # 'tussen € 10.000 en € 20.000', '10 tot 20 miljoen euro': the lower bound stands before.
    before = text[max(0, start - 60) : start]
    if (lower := p.range_lower.search(before) or p.range_lower_bare.search(before)) is not None:
        first = max(0, start - 60) + lower.start()
        if "\t" not in text[first:start] and _is_range(text, first, end):
            start = first
    elif (
        m := re.search(r"(?<![\w])(?:tussen|van)\s+$", text[max(0, start - 10) : start], re.I)
    ) is not None:
        first = max(0, start - 10) + m.start()
        if _parses(text, first, end):
            start = first
    for _ in range(2):
        before = text[max(0, start - 40) : start]
        m = p.qualifier_before.search(before) or p.unit_before.search(before)
        if m is None or not _parses(text, start - len(before) + m.start(), end):
            break
        if p.change_verb_tot.search(before[: m.end()]):
            break  # 'verhoogd tot € 5 miljoen' says where a figure went, not a maximum
        start = start - len(before) + m.start()
    for pattern in (money_words().multiplier, p.qualifier_after, p.sign_after, p.unit_after):
        m = pattern.match(text, end)
        if m is not None and _parses(text, start, m.end()):
            end = m.end()
    return Candidate(start, end, c.rule, c.redacted, c.scale)


_LEVEL_REACHED = 10  # times the change, after 'stijgt met': the level reached


def _is_range(text: str, start: int, end: int) -> bool:
    """Whether [start, end) parses as one range. Not the change and the level it reaches: 'stijgt
    met € 84.000 tot € 2.145.000' (a range's bounds are of one order, 'met 2 tot 3 miljoen'; a
    level reached is many times the change): two amounts."""
    amount = parse_amount(text[start:end]) if _parses(text, start, end) else None
    if amount is None or amount.value_max is None:
        return False
    before = re.sub(r"(?:€|EUR)\s*$", "", text[max(0, start - 60) : start])
    change = patterns().change_verb_met.search(before) is not None
    return not (change and amount.value > 0 and amount.value_max >= _LEVEL_REACHED * amount.value)


def _upper_bounds(text: str, pos: int) -> list[int]:
    """Ends of an upper bound starting at ``pos``, longest first."""
    p = patterns()
    ends = []
    sign = p.sign_before.match(text, pos)
    number = re.compile(r"\s?" + NUMBER_CORE).match(text, sign.end() if sign else pos)
    if number is None:
        return ends
    end = number.end()
    ends.append(end)
    if (scale := p.scale.match(text, end)) is not None:
        end = scale.end()
        ends.append(end)
    if (word := p.word_after.match(text, end)) is not None:
        ends.append(word.end())
    return sorted(ends, reverse=True)


def _parses(text: str, start: int, end: int) -> bool:
    return parse_amount(text[start:end]) is not None
