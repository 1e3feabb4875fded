"""Dutch money expressions -> values: ``parse_amount("ruim € 7 miljoen")``.

A pure normalizer with no spaCy in it. ``parse_amount`` reads one amount
expression as Dutch government text writes it and returns an ``Amount``
(value, qualifier, range upper bound, unit, currency, scale), or None when the
text is not one amount. It never raises.

The grammar, each part read from a word list in ``resources/amounts/``::

    expression := [before-unit] [qualifier] side [joiner side] [after-qualifier] [unit]
                | [qualifier] "tussen" side "en" side [unit]
    side       := [currency] number [scale] [currency]     (either number or scale)

- number: digits in Dutch notation (``1.235.480,-``, ``7,5``, ``950 000``) or
  number words (``zes``, ``één``, ``anderhalf``, ``tweeënhalf``), see
  ``pipeline.dutch.numbers``;
- scale: ``duizend``, ``ton`` (= 100.000), ``miljoen``/``mln``/``mio``,
  ``miljard``/``mld``/``mrd``, ``k`` (``€ 450k``); ``k€ 450`` is a scaled symbol;
- qualifier (``qualifiers.json``) -> the gold vocabulary ``exact``, ``more_than``
  (ruim, meer dan), ``at_least`` (minimaal, ten minste, vanaf), ``at_most``
  (maximaal, tot, ten hoogste) and ``approx`` (circa, ongeveer, zo'n).
  ``bijna`` (and ``krap``, ``nog geen``) is ``at_most``: it says the true
  figure is just under the one written, the mirror of ``ruim`` -> ``more_than``.
  ``approx`` would be true as well but drops the direction, and ``at_most``
  is what the README's vocabulary says (a gold file that writes ``approx``
  for ``bijna`` takes the other reading; the value is the same);
- a range (``tussen € 10.000 en € 20.000``, ``€ 10.000 – € 20.000``,
  ``€ 10.000 tot € 20.000``, ``10 à 20 miljoen``) gives ``value`` = lower and
  ``value_max`` = upper bound; a scale written only after the upper bound
  applies to both (``10 tot 20 miljoen``) unless that would invert the range;
- unit (``units.json``): ``per dag``, ``p.p.``, ``/jaar``, ``jaarlijks`` -> ``per``.

Money has two decimals, so a comma followed by exactly three digits and no
scale (``€ 950,000``) is read as a thousands group (English notation or an OCR
misread of ``950.000``), not as 950 euro; with a scale it stays a decimal
comma (``€ 7,500 miljoen`` = 7.5 million).

A number with neither currency nor scale is read as a bare figure (a table
cell under a ``€`` header) only when written in digits: ``parse_amount("zes")``
is None, ``parse_amount("950.000")`` is 950000 EUR. Deciding whether a bare
figure is money at all is the extractor's job.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from pipeline.dutch.numbers import parse_dutch_digits, parse_number_word
from pipeline.dutch.words import Token, money_words, tokenize

# The amounts table stores decimal(18, 2); anything this large is a misread.
MAX_VALUE = Decimal("1e15")
# A run of number words longer than this is not one numeral.
_MAX_NUMBER_WORDS = 6


@dataclass(frozen=True)
class Amount:
    """One amount as written: ``value`` in ``currency`` (never converted).

    ``value_max`` is the upper bound of a range; ``scale`` the multiplier the
    text applied (1, 1000, 100000 for ``ton``, 10**6 for ``miljoen``).
    """

    value: Decimal
    qualifier: str = "exact"
    value_max: Decimal | None = None
    per: str | None = None
    currency: str = "EUR"
    scale: Decimal = Decimal(1)


# --------------------------------------------------------------------------
# The parser


@dataclass(frozen=True)
class _Side:
    value: Decimal
    scale: Decimal | None
    currency: str | None
    in_words: bool


def _number_at(tokens: list[Token], i: int) -> tuple[Decimal, bool, int] | None:
    """(value, written in words, next index) for digits or a run of number words at ``i``."""
    if i >= len(tokens):
        return None
    if tokens[i].kind == "num":
        if re.match(r"0\d", tokens[i].text):
            return None  # '070', '0031': a phone or code, never a sum of money
        value = parse_dutch_digits(tokens[i].text)
        return (value, False, i + 1) if value is not None else None
    words = money_words()
    best = None
    for j in range(i + 1, min(len(tokens), i + _MAX_NUMBER_WORDS) + 1):
        run = tokens[i:j]
        if any(t.kind != "word" for t in run):
            break
        # A scale word ends the numeral: 'zes miljoen' is six, then a scale.
        if j > i + 1 and run[-1].text in words.scales:
            break
        text = " ".join(t.text for t in run)
        if " en " in f" {text} " and not re.search(r" en een hal(?:f|ve)$", text):
            continue
        value = parse_number_word(text)
        if value is not None and text not in words.scales:
            best = (value, True, j)
    return best


def _side_at(tokens: list[Token], i: int) -> tuple[_Side, int] | None:
    """One side of an amount: [currency] number [scale] [currency], or a scale alone."""
    words = money_words()
    currency = scale = None
    if (hit := words.scaled_symbols.match(tokens, i)) is not None:
        (currency, scale), i = hit
    elif (hit := words.currency_symbols.match(tokens, i)) is not None:
        currency, i = hit
    number = _number_at(tokens, i)
    if number is not None:
        value, in_words, i = number
        comma_thousands = re.fullmatch(r"[1-9]\d{0,2},\d{3}", tokens[i - 1].text) is not None
        if (hit := words.scale_suffixes.match(tokens, i)) is not None and scale is None:
            scale, i = hit
        elif (hit := words.scales.match(tokens, i)) is not None and scale is None:
            scale, i = hit
            if in_words:
                value, i = _rest_in_words(tokens, i, value, scale)
    elif scale is None and (hit := words.scales.match(tokens, i)) is not None:
        # 'duizend euro', 'miljoen euro': the scale word is the number.
        scale, i = hit
        value, in_words = Decimal(1), True
    else:
        return None
    if currency is None:
        if (hit := words.scaled_symbols.match(tokens, i)) is not None and scale is None:
            (currency, scale), i = hit
        elif (hit := words.currency_words.match(tokens, i)) is not None:
            currency, i = hit
    if number is None and currency is None:
        return None  # a scale word alone ('miljoen') is no amount
    if number is not None and comma_thousands and scale is None:
        # '€ 950,000': money has two decimals, so three after a comma are a
        # thousands group (English notation or an OCR misread), not 950 euro.
        value = value * 1000
    return _Side(value, scale, currency, in_words), i


def _rest_in_words(tokens: list[Token], i: int, value: Decimal, scale: Decimal) -> tuple[Decimal, int]:
    """A numeral written out goes on past its scale ('vierentwintig miljoen zeshonderdduizend
    euro', as a decision spells its sum after 'zegge'): the smaller rest joins the value. The rest
    counts thousands at least: 'twee miljoen drie' is two million and a count."""
    rest = _number_at(tokens, i)
    if rest is None or not rest[1]:
        return value, i
    part, _, j = rest
    if (hit := money_words().scales.match(tokens, j)) is not None:
        part, j = part * hit[0], hit[1]
    if not 1000 <= part < scale:
        return value, i
    return value + part / scale, j


def _skip_punct(tokens: list[Token], i: int, chars: str) -> int:
    while i < len(tokens) and tokens[i].kind == "punct" and tokens[i].text in chars:
        i += 1
    return i


def _value(side: _Side, scale: Decimal | None) -> Decimal:
    value = side.value * (scale if scale is not None else Decimal(1))
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _join_scales(first: _Side, second: _Side) -> Decimal | None:
    """The scale of a range's lower bound: its own, or the upper bound's ('10 tot 20 miljoen')."""
    if first.scale is not None or second.scale is None:
        return first.scale
    if first.value * second.scale <= second.value * second.scale and first.value < second.value:
        return second.scale
    return None


# A minus written against the figure or its currency sign (``-€ 81.200``,
# ``−1.234``, ``-/- € 839.626``); a dash with a space after it is a list bullet.
_NEGATIVE = re.compile(r"\s*(?:-/-\s*|[-−–](?=€|\d))")


def parse_amount(text: str) -> Amount | None:
    """One Dutch amount expression -> ``Amount``; None when ``text`` is not exactly one amount."""
    if not isinstance(text, str):
        return None
    return _parse_amount(text)


# The amount extractor reads a candidate to decide whether to keep it and again to
# widen it, the normalizer once more, and letters repeat their figures: each
# distinct string is read once. ``Amount`` is frozen, so a reading can be shared.
@lru_cache(maxsize=8192)
def _parse_amount(text: str) -> Amount | None:
    if not text.strip() or len(text) > 300:
        return None
    if (sign := _NEGATIVE.match(text)) is not None:
        amount = parse_amount(text[sign.end():])
        if amount is None:
            return None
        return dataclasses.replace(amount, value=-amount.value,
                                   value_max=-amount.value_max if amount.value_max is not None else None)
    words = money_words()
    if (m := words.multiplier.search(text)) is not None and not text[m.end():].strip(" .,;:"):
        amount = parse_amount(text[:m.start()])
        if amount is None:
            return None
        factor = words.multipliers[re.sub(r"\s+", " ", m.group(1)).lower()]
        return dataclasses.replace(amount, value=amount.value * factor,
                                   value_max=amount.value_max * factor if amount.value_max is not None else None,
                                   scale=amount.scale * factor)
    tokens = tokenize(text)
    return _parse_tokens(tokens)


def _parse_tokens(tokens: list[Token]) -> Amount | None:
    words = money_words()
    i = _skip_punct(tokens, 0, "([:;,.'\"")
    qualifier, per, closer = "exact", None, None
    for _ in range(3):
        if (hit := words.units_before.match(tokens, i)) is not None and per is None:
            per, i = hit
        elif (hit := words.range_openers.match(tokens, i)) is not None and closer is None:
            closer, i = hit
        elif (hit := words.qualifiers_before.match(tokens, i)) is not None and qualifier == "exact":
            qualifier, i = hit
        else:
            break
    first = _side_at(tokens, i)
    if first is None:
        return None
    low, i = first
    high = None
    if closer == "en":
        if i < len(tokens) and tokens[i].text == "en":
            second = _side_at(tokens, i + 1)
            if second is None:
                return None
            high, i = second
        else:
            return None
    elif (hit := words.range_joiners.match(tokens, i)) is not None:
        second = _side_at(tokens, hit[1])
        if second is not None:
            high, i = second
    elif closer == "tot":
        return None
    i = _skip_punct(tokens, i, ",")
    sign = None
    for _ in range(3):
        if (hit := words.qualifiers_after.match(tokens, i)) is not None and qualifier == "exact":
            qualifier, i = hit
        elif (hit := words.signs_after.match(tokens, i)) is not None and sign is None:
            sign, i = hit
        elif (hit := words.units_after.match(tokens, i)) is not None and per is None:
            per, i = hit
        else:
            break
    if _skip_punct(tokens, i, ".,;:)]'\"") != len(tokens):
        return None
    amount = _build(low, high, qualifier, per)
    if amount is None or sign != -1 or high is not None:
        return amount if sign is None or high is None else None
    return dataclasses.replace(amount, value=-amount.value)


def _build(low: _Side, high: _Side | None, qualifier: str, per: str | None) -> Amount | None:
    currency = low.currency or (high.currency if high else None)
    low_scale = _join_scales(low, high) if high else low.scale
    if high is not None and currency is None and low_scale is None and high.scale is None:
        return None  # '10 - 20', '070-3456789': a bare range of numbers is no amount
    if currency is None and low_scale is None and low.in_words:
        return None  # 'zes' alone is a number, not an amount
    raw = [low.value * (low_scale or 1)] + ([high.value * (high.scale or 1)] if high else [])
    if any(v > MAX_VALUE for v in raw):
        return None
    value = _value(low, low_scale)
    value_max = _value(high, high.scale) if high else None
    if value_max is not None and value_max <= value:
        return None
    return Amount(
        value=value,
        qualifier=qualifier,
        value_max=value_max,
        per=per,
        currency=currency or "EUR",
        scale=low_scale or Decimal(1),
    )


def needs_money_context(amount_text: str) -> bool:
    """True when the only money signal is a scale that is also a plain word (``twee ton``)."""
    words = money_words()
    tokens = tokenize(amount_text)
    has_currency = any(
        words.currency_symbols.match(tokens, k)
        or words.currency_words.match(tokens, k)
        or words.scaled_symbols.match(tokens, k)
        for k in range(len(tokens))
    )
    return not has_currency and any(t.text in words.context_scales for t in tokens)


def corrected_amount(text: str | None) -> Decimal | None:
    """An inspector's corrected amount in euro: ``950000``, ``950.000,00``, ``€ 7,5 miljoen``."""
    if not text:
        return None
    plain = text.strip().replace("\u20ac", "").replace("EUR", "").strip()
    if re.fullmatch(r"-?\d+(\.\d{1,2})?", plain):  # 950000 or 950000.50, as a program writes it
        return Decimal(plain).quantize(Decimal("0.01"))
    amount = parse_amount(text if re.search(r"[€a-zA-Z]", text) else f"€ {text.strip()}")
    if amount is None or amount.currency != "EUR":
        return None
    try:
        return amount.value.quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


__all__ = [
    "Amount",
    "MAX_VALUE",
    "corrected_amount",
    "needs_money_context",
    "parse_amount",
]
