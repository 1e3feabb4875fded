"""The forms of a figure of money in running text, each the finder of an amount rule.

A currency sign or code before digits, a currency word after them, digits or number words with a scale
(``€ 950.000``, ``7,5 mln euro``, ``zes miljoen``, ``twee ton``), and the check that a figure without
currency is money in its place; apart from the tables, redactions and rule order of ``amounts.py`` and the
widening of ``amount_widening.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from pipeline.dutch.money import needs_money_context, parse_amount
from pipeline.dutch.words import fold
from pipeline.extract.amount_patterns import NUMBER, amount_words, patterns, trailing_codes
from pipeline.extract.amount_tables import TableFigure
from pipeline.extract.money_context import after_guilder_sign, ends_a_headline, in_money_context
from pipeline.phrases import alternation
from pipeline.triggers import finditer_at


@dataclass(frozen=True)
class Candidate:
    """A character range of the Doc text that a rule read as an amount."""

    start: int
    end: int
    rule: str
    redacted: bool = False
    scale: Decimal | None = None
    # A figure read from a table cell: its value (sign and scale applied) and cell.
    table: TableFigure | None = None

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end


@lru_cache(maxsize=1)
def _back_pointer() -> re.Pattern:
    return re.compile(r"(?<![\w])" + alternation(amount_words().back_pointers) + r"[ \t]+$", re.IGNORECASE)


def pointed_back(text: str, start: int, end: int) -> int | None:
    """``Zonder die 12,4 miljoen``: a demonstrative right before a figure without currency that the
    text wrote with ``€`` before (``Zwolle krijgt € 12,4 miljoen``); the start of the nearest such
    figure, else None."""
    if _back_pointer().search(text[max(0, start - 15) : start]) is None:
        return None
    earlier = list(re.finditer(r"€[ \t]?" + re.escape(text[start:end]) + r"(?![\w])", text[:start]))
    return earlier[-1].start() if earlier else None


def euro_sign_digits(text: str) -> list[Candidate]:
    """``€ 950.000``, ``EUR 2,1 mld``, ``k€ 450``, ``€ 450k``, ``$ 5 miljoen``."""
    p = patterns()
    out = []
    trailing = trailing_codes(text)
    for sign in finditer_at(p.sign_before, text, p.sign_trigger.positions(text)):
        rest = re.compile(r"\s?" + NUMBER).match(text, sign.end())
        if rest is None or sign.start() in trailing:
            continue
        end = rest.end()
        if (scale := p.scale.match(text, end)) is not None:
            end = scale.end()
        out.append(Candidate(sign.start(), end, "euro_sign_digits"))
    return out


def digits_euro_word(text: str) -> list[Candidate]:
    """``950.000 euro``, ``7,5 mln euro``, ``450 k€``, ``5 miljoen dollar``."""
    p = patterns()
    out = []
    trailing = trailing_codes(text)
    for number in p.number.finditer(text):
        end = number.end()
        if (scale := p.scale.match(text, end)) is not None:
            end = scale.end()
        if (code := p.trailing_code.match(text, end)) is not None and code.start(1) not in trailing:
            code = None
        if (word := p.word_after.match(text, end) or code) is not None:
            out.append(Candidate(number.start(), word.end(), "digits_euro_word"))
    return out


def digits_scale(text: str) -> list[Candidate]:
    """``2,5 miljoen`` without currency, in a money context (``een bijdrage van 2,5 miljoen``)."""
    p = patterns()
    out = []
    for number in p.number.finditer(text):
        scale = p.scale.match(text, number.end())
        if scale is None:
            continue
        rule = "ton" if needs_money_context(text[number.start() : scale.end()]) else "digits_scale"
        candidate = Candidate(number.start(), scale.end(), rule)
        if _scaled_amount_in_context(text, candidate) and not after_guilder_sign(text, number.start()):
            out.append(candidate)
    return out


# The things a shortfall is of follow it: '3 miljoen tekort aan woningen'.
_AAN = re.compile(r"\s+aan\s")


def _scaled_amount_in_context(text: str, c: Candidate) -> bool:
    """A figure without currency is money only in a money context and not before a counted noun;
    or when a demonstrative points back to it, written with ``€`` before (``Zonder die 12,4 miljoen
    hadden we``)."""
    if pointed_back(text, c.start, c.end) is not None:
        return True
    if not in_money_context(text, c.start, c.end):
        return False
    following = re.match(r"\s*([^\W\d_][\w₂]*)", text[c.end :])
    if following is None or ends_a_headline(text, c.end):
        return True
    word = fold(following.group(1))
    if c.rule == "ton" and word in amount_words().ton_not_money_after:
        return False
    if word in amount_words().shortfall_of_things_words and _AAN.match(text, c.end + following.end()):
        return False
    return word in amount_words().scaled_follow_words or bool(
        patterns().unit_after.match(text, c.end) or patterns().giver_after.match(text, c.end)
    )


def word_anchors(text: str) -> list[tuple[int, int]]:
    """Scale and currency words not right after digits: where a number in words may end."""
    p = patterns()
    anchors = set()
    for pattern, trigger in ((p.scale, p.scale_trigger), (p.word_after, p.word_after_trigger)):
        for m in finditer_at(pattern, text, trigger.positions(text)):
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            if not re.search(r"\d\s*$", text[max(0, start - 3) : start]):
                anchors.add((start, m.end()))
    return sorted(anchors)


def number_word_scale(text: str) -> list[Candidate]:
    """``zes miljoen euro``, ``duizend euro``, ``anderhalf miljoen`` (money context), ``twee ton``.

    Anchored on a scale or currency word; the number words before it are the
    longest run that ``parse_amount`` reads.
    """
    p = patterns()
    out = []
    for a_start, a_end in word_anchors(text):
        end = a_end
        if (word := p.word_after.match(text, end)) is not None:
            end = word.end()
        best = None
        for start in _word_starts_before(text, a_start, 4):
            if parse_amount(text[start:end]) is not None:
                best = start
        if best is None and end > a_end and parse_amount(text[a_start:end]) is not None:
            best = a_start  # 'duizend euro': the scale is the number
        # '7,5 miljoen euro' is read by the digit rules; number words at the start of a line
        # follow no figure (a headline 'Twee ton voor ...' under a dateline '14 FEB 2024').
        digit = r"\d\s*\Z" if best == a_start else r"\d[ \t]*\Z"
        if best is None or re.search(digit, text[max(0, best - 3) : best]):
            continue
        if p.vague_before.search(text[max(0, best - 30) : best]):
            continue  # 'een paar honderd euro' is no figure
        span_text = text[best:end]
        has_currency = p.word_after.search(text[a_start:end]) is not None
        rule = "ton" if needs_money_context(span_text) else "number_word_scale"
        candidate = Candidate(best, end, rule)
        if has_currency or _scaled_amount_in_context(text, candidate):
            out.append(candidate)
    return sorted(set(out), key=lambda c: (c.start, c.end))


def _word_starts_before(text: str, pos: int, n: int) -> list[int]:
    """Start offsets of the 1..n words right before ``pos``, nearest first."""
    window_start = max(0, pos - 80)
    run = re.search(r"(?:[^\W\d_]+\s+)+$", text[window_start:pos])
    if run is None:
        return []
    starts = [
        window_start + run.start() + m.start() for m in re.finditer(r"[^\W\d_]+", run.group())
    ]
    return list(reversed(starts))[:n]
