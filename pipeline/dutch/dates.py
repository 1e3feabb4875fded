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

The patterns are those of ``pipeline.dutch.date_grammar``; the values and
their builders are in ``pipeline.dutch.date_values``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from pipeline.dutch.date_grammar import DAY, fullmatch_rules, grammar, lexicon, mail_words
from pipeline.dutch.date_values import (
    DateValue,
    day_value,
    half_value,
    month_value,
    parse_timex,
    quarter_value,
    range_value,
    school_year_value,
    season_value,
    week_value,
    year_value,
)


@dataclass(frozen=True)
class _Anchor:
    """What the document's date tells about 'now': a year, perhaps a month and day."""

    year: int
    month: int | None = None
    day: int | None = None



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


PAST, BARE, NEXT = -1, 0, 1


def resolve_year(
    month: int,
    day: int | None,
    anchor: _Anchor | None,
    direction: int = BARE,
    weekday: int | None = None,
) -> int | None:
    """The year of a day or month given without one, from the anchor; None if it cannot be known.

    ``direction`` PAST (``jl.``): the most recent one on or before the anchor;
    NEXT (``a.s.``): the first one on or after it; BARE: the anchor's year, or
    the adjacent year whose calendar fits a stated weekday.
    """
    if anchor is None:
        return None
    if direction == BARE:
        if weekday is not None and day is not None:
            for year in (anchor.year, anchor.year - 1, anchor.year + 1):
                if _weekday_fits(year, month, day, weekday):
                    return year
        return anchor.year
    if anchor.month is None:
        return None  # a year-only anchor cannot tell whether 27 februari is past
    if day is None or anchor.day is None:
        mine, ref = (month, 0), (anchor.month, 0)
    else:
        mine, ref = (month, day), (anchor.month, anchor.day)
    if direction == PAST:
        return anchor.year if mine <= ref else anchor.year - 1
    return anchor.year if mine >= ref else anchor.year + 1


def _weekday_fits(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return date(year, month, day).isoweekday() == weekday
    except ValueError:
        return False


# --------------------------------------------------------------------------
# Interpreting the grammar's matches


def _word(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _month(text: str) -> int:
    return lexicon().months[_word(text).rstrip(".")]


def _modifier(m: re.Match[str]) -> str | None:
    return lexicon().modifiers[_word(m["modifier"])] if m.groupdict().get("modifier") else None


def _direction(marker: str) -> int:
    lex = lexicon()
    word = _word(marker)
    return PAST if word in {w.lower() for w in lex.past_markers} else NEXT


def _weekday(m: re.Match[str]) -> int | None:
    return (
        lexicon().weekdays[_word(m["weekday"]).rstrip(",")]
        if m.groupdict().get("weekday")
        else None
    )


def _ordinal(text: str, count: int) -> int | None:
    """'eerste' -> 1, 'laatste' -> ``count``; None beyond ``count`` (vijfde kwartaal)."""
    n = lexicon().ordinals[_word(text)]
    n = count if n < 0 else n
    return n if 1 <= n <= count else None


def _year_or_anchor(m: re.Match[str], anchor: _Anchor | None) -> int | None:
    if m.groupdict().get("year"):
        return int(m["year"])
    return anchor.year if anchor else None


def _i_numeric(m, anchor):
    return day_value(int(m["year"]), int(m["month_number"]), int(m["day"]))


def _i_day_month_year(m, anchor):
    return day_value(int(m["year"]), _month(m["month"]), int(m["day"]))


def _i_relative_day(m, anchor):
    month, day = _month(m["month"]), int(m["day"])
    return day_value(resolve_year(month, day, anchor, _direction(m["marker"])), month, day)


def _i_day_month(m, anchor):
    month, day = _month(m["month"]), int(m["day"])
    return day_value(resolve_year(month, day, anchor, BARE, _weekday(m)), month, day)


def _i_english_date(m, anchor):
    return day_value(int(m["year"]), mail_words().months[_word(m["month_en"]).rstrip(".")], int(m["day"]))


def _i_us_date(m, anchor):
    return day_value(int(m["year"]), int(m["month_number"]), int(m["day"]))


def _i_day_month_numeric(m, anchor):
    month, day = int(m["month_number"]), int(m["day"])
    return day_value(resolve_year(month, day, anchor, BARE, _weekday(m)), month, day)


def _i_month_year(m, anchor):
    return month_value(int(m["year"]), _month(m["month"]))


def _i_relative_month(m, anchor):
    month = _month(m["month"])
    return month_value(resolve_year(month, None, anchor, _direction(m["marker"])), month)


def _i_month(m, anchor):
    month = _month(m["month"])
    return month_value(resolve_year(month, None, anchor), month)


def _i_modifier_year(m, anchor):
    return year_value(int(m["year"]), _modifier(m))


def _i_modifier_month(m, anchor):
    month = _month(m["month"])
    year = int(m["year"]) if m["year"] else resolve_year(month, None, anchor)
    return month_value(year, month, _modifier(m))


def _i_relative_year(m, anchor):
    if anchor is None:
        return None
    return year_value(anchor.year + lexicon().relative_years[_word(m["relative"])], _modifier(m))


def _i_deictic_day(m, anchor):
    """'vandaag', 'gisteren', 'morgen': a day from the document's own day; nothing without one."""
    if anchor is None or anchor.day is None or anchor.month is None:
        return None
    offset = lexicon().relative_days[_word(m["deictic_day"])]
    day = date(anchor.year, anchor.month, anchor.day) + timedelta(days=offset)
    return day_value(day.year, day.month, day.day)


def _i_year(m, anchor):
    return year_value(int(m["year"]))


def _i_quarter(m, anchor):
    q = _ordinal(m["ordinal"], 4)
    return quarter_value(_year_or_anchor(m, anchor), q, _modifier(m)) if q else None


def _i_quarter_code(m, anchor):
    if m["index"]:
        return quarter_value(_year_or_anchor(m, anchor), int(m["index"]))
    return quarter_value(int(m["year2"]), int(m["index2"]))


def _i_half_year(m, anchor):
    h = _ordinal(m["ordinal"], 2)
    return half_value(_year_or_anchor(m, anchor), h, _modifier(m)) if h else None


def _i_season(m, anchor):
    code = lexicon().seasons[_word(m["season"])]
    return season_value(_year_or_anchor(m, anchor), code, _modifier(m))


def _marker_direction(marker: str) -> int:
    offset = lexicon().relative_markers[_word(marker)]
    return PAST if offset < 0 else NEXT if offset > 0 else BARE


def _i_relative_season(m, anchor):
    """'dit najaar': the anchor's; 'komend najaar': the next; 'afgelopen zomer': the last.

    Deictic: the marker says where the season lies from the writer's now, so a
    document that cannot anchor it gives no value (not ``XXXX-FA``: 'vorig
    voorjaar' is not the same unknown year as the text's other dates).
    """
    lex = lexicon()
    code = lex.seasons[_word(m["season"])]
    first_month = lex.season_months[code][0]
    year = resolve_year(first_month, None, anchor, _marker_direction(m["marker"]))
    return season_value(year, code, _modifier(m)) if year is not None else None


def _i_prefixed_relative_month(m, anchor):
    month = _month(m["month"])
    year = resolve_year(month, None, anchor, _marker_direction(m["marker"]))
    return month_value(year, month, _modifier(m))


def _i_week(m, anchor):
    return week_value(_year_or_anchor(m, anchor), int(m["week"]))


def _i_school_year(m, anchor):
    first, second = int(m["year"]), m["year2"]
    second_year = int(second) if len(second) == 4 else first - first % 100 + int(second)
    if second_year != first + 1:
        return None
    return school_year_value(first, lexicon().school_years[_word(m["school"])])


_POINT_RULES = (
    "iso_date",
    "numeric_date",
    "day_month_year",
    "day_month",
    "month_year",
    "month",
    "period_modifier_year",
    "year",
)


def _parts(text: str) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) of one side of a range: any of them may be missing."""
    text = " ".join(text.split())
    if re.fullmatch(DAY, text):
        return None, None, int(text)
    rules = fullmatch_rules()
    for name in _POINT_RULES:
        m = rules[name].fullmatch(text)
        if not m:
            continue
        g = m.groupdict()
        year = int(g["year"]) if g.get("year") else None
        month = (
            int(g["month_number"])
            if g.get("month_number")
            else _month(g["month"])
            if g.get("month")
            else None
        )
        day = int(g["day"]) if g.get("day") else None
        return year, month, day
    return None


def _point(year: int | None, month: int | None, day: int | None) -> DateValue | None:
    if day is not None and month is not None:
        return day_value(year, month, day)
    if month is not None:
        return month_value(year, month)
    return year_value(year) if year is not None else None


def _i_range(m, anchor):
    left, right = _parts(m["left"]), _parts(m["right"])
    if left is None or right is None:
        return None
    (ly, lm, ld), (ry, rm, rd) = left, right
    if ld is not None and lm is None:
        if rm is None or rd is None:
            return None
        lm = rm
    if ry is None and rm is not None:
        ry = resolve_year(rm, rd, anchor)
    borrowed = ly is None
    if borrowed:
        if lm is None:
            return None
        ly = ry
    # 'vanaf september 2025 tot eind 2026' runs from a month to a part of a year.
    to_part_of_year = fullmatch_rules()["period_modifier_year"].fullmatch(" ".join(m["right"].split()))
    if (lm is None) != (rm is None) and not (to_part_of_year and lm is not None):
        # '2016 tot maart 2017' mixes a year with a month: read it as years.
        if ly is None or ry is None:
            return None
        lm = ld = rm = rd = None
    lv, rv = _point(ly, lm, ld), _point(ry, rm, rd)
    if lv is None or rv is None:
        return None
    if borrowed and lv.start and rv.start and lv.start > rv.start:
        # 'van november tot maart 2017' starts in the year before.
        lv = _point(ly - 1, lm, ld)
        if lv is None:
            return None
    if (lv.start is None) != (rv.start is None) or lv.value == rv.value:
        return None
    return range_value(lv, rv)


_INTERPRET = {
    "iso_date": _i_numeric,
    "numeric_date": _i_numeric,
    "us_date": _i_us_date,
    "english_date": _i_english_date,
    "day_month_numeric": _i_day_month_numeric,
    "day_month_year": _i_day_month_year,
    "relative_day": _i_relative_day,
    "day_month": _i_day_month,
    "month_year": _i_month_year,
    "relative_month": _i_relative_month,
    "month": _i_month,
    "period_modifier_year": _i_modifier_year,
    "period_modifier_month": _i_modifier_month,
    "period_modifier_relative": _i_relative_year,
    "year_phrase": _i_year,
    "quarter": _i_quarter,
    "quarter_code": _i_quarter_code,
    "half_year": _i_half_year,
    "season": _i_season,
    "season_anchored": _i_season,
    "relative_season": _i_relative_season,
    "prefixed_relative_month": _i_prefixed_relative_month,
    "week": _i_week,
    "school_year": _i_school_year,
    "range": _i_range,
    "relative_year": _i_relative_year,
    "deictic_day": _i_deictic_day,
    "year": _i_year,
}

# The order rules are tried in when parsing a whole string: specific forms first.
_PARSE_ORDER = (
    "school_year",
    "range",
    "iso_date",
    "numeric_date",
    "us_date",
    "day_month_year",
    "english_date",
    "relative_day",
    "day_month",
    "day_month_numeric",
    "period_modifier_month",
    "period_modifier_year",
    "period_modifier_relative",
    "quarter_code",
    "quarter",
    "half_year",
    "week",
    "season",
    "season_anchored",
    "relative_season",
    "prefixed_relative_month",
    "year_phrase",
    "month_year",
    "relative_month",
    "month",
    "relative_year",
    "deictic_day",
    "year",
)


def _parse_rules(text: str, anchor: _Anchor | None) -> tuple[str, DateValue] | None:
    rules = fullmatch_rules()
    for name in _PARSE_ORDER:
        m = rules[name].fullmatch(text)
        if m:
            value = _INTERPRET[name](m, anchor)
            if value is not None:
                return name, value
    return None


_TRAILING = " \t\n,;:)]?!»”’'\""
_LEADING = " \t\n([«“‘'\""


def _strip_leading_word(text: str) -> str:
    low = text.lower()
    for word in lexicon().leading_words:
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
    return out


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
        for i in re.finditer(grammar().list_item, m["items"], re.IGNORECASE)
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
