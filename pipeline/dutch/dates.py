"""Read Dutch dates: date text -> TIMEX3-style values (``parse_date``, ``parse_span``).

``parse_date("eind 2015", None)`` -> ``DateValue("2015", 2015-01-01, 2015-12-31, "year", "END")``.
Values are ISO 8601 of reduced precision as TIMEX3 writes them:

====================  ==========================  ===========
text                  value                       granularity
====================  ==========================  ===========
15 september 2017     2017-09-15                  day
september 2015        2015-09                     month
2016, het jaar 2018   2016, 2018                  year
eerste kwartaal 2016  2016-Q1                     quarter
tweede helft 2017     2017-H2                     half_year
week 12 van 2017      2017-W12 (ISO week)         week
najaar 2016           2016-FA (SP SU FA WI)       season
2016-2018             2016/2018                   range
van 1 jan. tot 1 juli 2017-01-01/2017-07-01       range
schooljaar 2017/2018  2017-08/2018-07             schoolyear
27 februari (no year) XXXX-02-27                  day
====================  ==========================  ===========

Lists (``1 en 2 maart 2017``, ``maart en april 2016``) are one value per item
(``parse_date_list``), as ``in 2015 en 2016`` is two dates.

Ranges use ISO 8601's ``start/end`` interval notation. ``start``/``end`` are
the first and last day (inclusive) of the period the value covers; None when
the year is unknown. ``begin``/``medio``/``eind`` keep the period's value and
set ``modifier`` (START/MID/END), as TIMEX3's ``mod`` does; start/end still
cover the whole period, since where "eind 2015" begins is not stated.

Relative expressions are resolved against an anchor, the document's own date:
``jl.`` is the most recent such day/month on or before the anchor, ``a.s.``
the next one on or after it, a bare ``2 oktober``/``in november`` takes the
anchor's year (a weekday picks between adjacent years), ``vorig jaar`` is the
anchor's year minus one. Without an anchor the year stays ``XXXX`` where the
text names a day or month (``27 februari jl.`` -> ``XXXX-02-27``, ``in maart
a.s.`` -> ``XXXX-03``, ``komende maart`` -> ``XXXX-03``: the reader knows the
month, only the year is open), and a bare season (``de zomer``) likewise; an
expression that is located only by a deictic marker (``vorig jaar``, ``dit
najaar``, ``vorig voorjaar``, ``vandaag``) gives nothing without an anchor
precise enough to place it: never the year of today.

The rules (pattern, priority and interpretation of each) are the table of
``pipeline.dutch.date_rules``, tried in its order; the values and their
builders are in ``pipeline.dutch.date_values``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.dutch.date_grammar import date_parts, date_words
from pipeline.dutch.date_readings import _i_us_date
from pipeline.dutch.date_rules import DATE_RULES, _parts, _point, fullmatch_rules
from pipeline.dutch.date_values import (
    DateValue,
    _Anchor,
    parse_timex,
    resolve_year,
)

# --------------------------------------------------------------------------
# Anchors and relative years


@lru_cache(maxsize=256)
def _anchor_from_text(text: str) -> _Anchor | None:
    return _anchor_from_value(parse_date(text, None))


def _anchor_from_value(value: DateValue | None) -> _Anchor | None:
    if value is None or value.start is None:
        return None
    if value.granularity == "day":
        return _Anchor(value.start.year, value.start.month, value.start.day)
    if value.granularity == "month":
        return _Anchor(value.start.year, value.start.month)
    return _Anchor(value.start.year)


def _as_anchor(anchor: DateValue | str | None) -> _Anchor | None:
    if anchor is None:
        return None
    if isinstance(anchor, DateValue):
        return _anchor_from_value(anchor)
    return _anchor_from_text(" ".join(str(anchor).split()))



def _parse_rules(text: str, anchor: _Anchor | None) -> tuple[str, DateValue] | None:
    """The first rule of ``DATE_RULES``, in its order, that matches all of ``text`` and gives a value."""
    rules = fullmatch_rules()
    for rule in DATE_RULES:
        if rule.interpret is None:
            continue
        m = rules[rule.name].fullmatch(text)
        if m:
            value = rule.interpret(m, anchor)
            if value is not None:
                return rule.name, value
    return None


_TRAILING = " \t\n,;:)]?!»”’'\""
_LEADING = " \t\n([«“‘'\""


def _strip_leading_word(text: str) -> str:
    low = text.lower()
    for word in date_words().leading_words:
        if low.startswith(word + " "):
            return text[len(word) :].lstrip()
    return text


def _variants(text: str) -> list[str]:
    """The text as given, and with a closing full stop removed (``in 2016.``, ``jl..``)."""
    text = " ".join(text.split()).strip(_TRAILING).lstrip(_LEADING)
    out = [text]
    while text.endswith(".."):
        text = text[:-1]
        out.append(text)
    if text.endswith("."):
        out.append(text[:-1].rstrip(_TRAILING))
    # A month name set between hyphens ('12-okt-1966', '12-oktober-1966'), or OCR's speck read as one after the
    # day ('12-oktober 1966'): the words of a date spaced.
    spaced = [_HYPHENED_MONTH.sub(" ", v) for v in out]
    return out + [v for v, w in zip(spaced, out, strict=True) if v != w]


_HYPHENED_MONTH = re.compile(r"(?<=^\d)-(?=[^\W\d_]{3})|(?<=^\d\d)-(?=[^\W\d_]{3})"
                             r"|(?<=[^\W\d_.])-(?=\d{4}$)|(?<=[^\W\d_]\.)-(?=\d{4}$)")


def parse_date_rule(
    text: str, anchor: DateValue | str | None = None
) -> tuple[str, DateValue] | None:
    """Like ``parse_date``, also naming the rule that read the text."""
    if not isinstance(text, str):
        return None
    ref = _as_anchor(anchor)
    for variant in _variants(text):
        current = variant
        for _ in range(4):
            if not current:
                break
            timex = parse_timex(current)
            if timex is not None:
                return "timex", timex
            found = _parse_rules(current, ref)
            if found is not None:
                return found
            stripped = _strip_leading_word(current)
            if stripped == current:
                break
            current = stripped
    return None


def parse_date_list(
    text: str, anchor: DateValue | str | None = None
) -> list[tuple[int, int, DateValue]]:
    """The dates of a list such as ``1 en 2 maart 2017`` or ``maart en april 2016``.

    Each item is (start, end, value) with offsets into ``text``; the earlier
    items borrow the month and year of the last one. Empty when ``text`` is
    no such list.
    """
    m = fullmatch_rules()["date_list"].fullmatch(text) if isinstance(text, str) else None
    if m is None:
        return []
    ref = _as_anchor(anchor)
    last = _parts(m["last"])
    if last is None:
        return []
    ly, lm, ld = last
    if lm is None:
        return []
    if ly is None:
        ly = resolve_year(lm, ld, ref)
    items = [
        (m.start("items") + i.start(), m.start("items") + i.end(), _parts(i.group()))
        for i in re.finditer(date_parts().list_item, m["items"], re.IGNORECASE)
    ]
    out = []
    for start, end, parts in items:
        if parts is None:
            return []
        _, month, day = parts
        value = _point(ly, month if month is not None else lm, day)
        if value is None:
            return []
        out.append((start, end, value))
    last_value = _point(ly, lm, ld)
    if last_value is None:
        return []
    return [*out, (m.start("last"), m.end("last"), last_value)]


def parse_span(text: str, rule: str, anchor: DateValue | str | None = None) -> DateValue | None:
    """The value of a span the extractor found by ``rule``: a US date stays month first
    (``5/9/2020`` after ``Sent:`` is 9 May), every other one reads as ``parse_date`` reads it."""
    if rule == "us_date":
        m = fullmatch_rules()["us_date"].fullmatch(" ".join(text.split()))
        if m is not None:
            return _i_us_date(m, _as_anchor(anchor))
    return parse_date(text, anchor)


def parse_date(text: str, anchor: DateValue | str | None = None) -> DateValue | None:
    """Dutch date text -> ``DateValue``; None when the text is no date or cannot be placed.

    ``anchor`` is the document's own date (a ``DateValue`` or a value such as
    ``2016-01-28`` or ``2018``); relative expressions are resolved against it.
    """
    found = parse_date_rule(text, anchor)
    return found[1] if found else None
