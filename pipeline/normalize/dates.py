"""Normalize dates: Dutch date text -> TIMEX3-style values, and spans -> ``DateFact`` rows.

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

``date_facts`` turns the extractor's spans into ``DateFact`` rows with a role:
``document`` (the document's own date), ``sent``/``received`` (``ingezonden
15 september 2017``), ``period`` (ranges, ``vanaf``, ``sinds``, ``tot``) or
``reference``, and ``anchor`` set to the document date where that date
gave the value. Values ``dates.parquet`` cannot hold yet (weeks) are left out.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.extract.dates import (
    DAY,
    ROLES_SCHEMA,
    SPAN_KEY,
    fullmatch_rules,
    grammar,
    is_recurring_day,
    lexicon,
    load_resource,
    mail_header_label,
    mail_words,
    phrase_regex,
)
from pipeline.nlp import doc_text
from pipeline.normalize.provenance import _has_sentences, provenance, span_provenance
from pipeline.records import CleanPage, DateFact, DocumentInfo
from schemas.tables import GRANULARITIES as TABLE_GRANULARITIES
from schemas.tables import TIMEX_VALUE

GRANULARITIES = (
    "day",
    "week",
    "month",
    "quarter",
    "half_year",
    "season",
    "year",
    "range",
    "schoolyear",
)
MODIFIERS = ("START", "MID", "END")
ROLES = ("document", "sent", "received", "period", "reference")
UNKNOWN_YEAR = "XXXX"


@dataclass(frozen=True)
class DateValue:
    """A normalized date: TIMEX3 ``value``, the days it covers, its granularity and modifier."""

    value: str
    start: date | None
    end: date | None
    granularity: str
    modifier: str | None = None


@dataclass(frozen=True)
class _Anchor:
    """What the document's date tells about 'now': a year, perhaps a month and day."""

    year: int
    month: int | None = None
    day: int | None = None


# --------------------------------------------------------------------------
# Building values


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def day_value(
    year: int | None, month: int, day: int, modifier: str | None = None
) -> DateValue | None:
    """A calendar day; None when it does not exist (31 april, 29 februari 2017)."""
    if year is None:
        # 29 februari exists in some year: keep it.
        if day > calendar.monthrange(2000, month)[1]:
            return None
        return DateValue(f"{UNKNOWN_YEAR}-{month:02d}-{day:02d}", None, None, "day", modifier)
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return DateValue(d.isoformat(), d, d, "day", modifier)


def month_value(year: int | None, month: int, modifier: str | None = None) -> DateValue:
    if year is None:
        return DateValue(f"{UNKNOWN_YEAR}-{month:02d}", None, None, "month", modifier)
    return DateValue(
        f"{year:04d}-{month:02d}", date(year, month, 1), _last_day(year, month), "month", modifier
    )


def year_value(year: int, modifier: str | None = None) -> DateValue:
    return DateValue(f"{year:04d}", date(year, 1, 1), date(year, 12, 31), "year", modifier)


def quarter_value(year: int | None, quarter: int, modifier: str | None = None) -> DateValue:
    label = f"{year:04d}" if year is not None else UNKNOWN_YEAR
    if year is None:
        return DateValue(f"{label}-Q{quarter}", None, None, "quarter", modifier)
    first = 3 * quarter - 2
    return DateValue(
        f"{label}-Q{quarter}", date(year, first, 1), _last_day(year, first + 2), "quarter", modifier
    )


def half_value(year: int | None, half: int, modifier: str | None = None) -> DateValue:
    label = f"{year:04d}" if year is not None else UNKNOWN_YEAR
    if year is None:
        return DateValue(f"{label}-H{half}", None, None, "half_year", modifier)
    first = 6 * half - 5
    return DateValue(
        f"{label}-H{half}", date(year, first, 1), _last_day(year, first + 5), "half_year", modifier
    )


def week_value(year: int | None, week: int, modifier: str | None = None) -> DateValue | None:
    """An ISO week, Monday to Sunday; None for a week 53 the year does not have."""
    if year is None:
        return DateValue(f"{UNKNOWN_YEAR}-W{week:02d}", None, None, "week", modifier)
    try:
        start, end = date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
    except ValueError:
        return None
    return DateValue(f"{year:04d}-W{week:02d}", start, end, "week", modifier)


def season_value(year: int | None, code: str, modifier: str | None = None) -> DateValue:
    """A meteorological season; winter 2016 runs from December 2016 into February 2017."""
    label = f"{year:04d}" if year is not None else UNKNOWN_YEAR
    if year is None:
        return DateValue(f"{label}-{code}", None, None, "season", modifier)
    first, last = lexicon().season_months[code]
    end_year = year + 1 if last < first else year
    return DateValue(
        f"{label}-{code}", date(year, first, 1), _last_day(end_year, last), "season", modifier
    )


def school_year_value(year: int, first_month: int) -> DateValue:
    """A school year from ``first_month`` of ``year`` to the month before it a year later."""
    start = date(year, first_month, 1)
    last_month = first_month - 1 or 12
    end_year = year + 1 if first_month > 1 else year
    end = _last_day(end_year, last_month)
    return DateValue(
        f"{year:04d}-{first_month:02d}/{end_year:04d}-{last_month:02d}", start, end, "schoolyear"
    )


def range_value(left: DateValue, right: DateValue) -> DateValue | None:
    """An interval from ``left`` to ``right``; None when it runs backwards."""
    if left.start is not None and right.end is not None and left.start > right.start:
        return None
    return DateValue(f"{left.value}/{right.value}", left.start, right.end, "range")


# --------------------------------------------------------------------------
# Reading TIMEX values back (anchors, round trips)

_TIMEX_POINT = re.compile(
    r"(?P<y>(?:19|20)\d{2}|XXXX)"
    r"(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|H(?P<h>[12])|W(?P<w>\d{2})"
    r"|(?P<s>SP|SU|FA|WI)))?"
)


def _timex_point(text: str) -> DateValue | None:
    m = _TIMEX_POINT.fullmatch(text)
    if not m:
        return None
    year = None if m["y"] == UNKNOWN_YEAR else int(m["y"])
    if m["d"]:
        return day_value(year, int(m["m"]), int(m["d"])) if 1 <= int(m["m"]) <= 12 else None
    if m["m"]:
        return month_value(year, int(m["m"])) if 1 <= int(m["m"]) <= 12 else None
    if m["q"]:
        return quarter_value(year, int(m["q"]))
    if m["h"]:
        return half_value(year, int(m["h"]))
    if m["w"]:
        return week_value(year, int(m["w"])) if 1 <= int(m["w"]) <= 53 else None
    if m["s"]:
        return season_value(year, m["s"])
    return year_value(year) if year is not None else None


def parse_timex(text: str) -> DateValue | None:
    """A value this module writes (``2016-Q1``, ``XXXX-02-27``, ``2016/2018``) read back."""
    if "/" not in text:
        return _timex_point(text)
    first, _, second = text.partition("/")
    left, right = _timex_point(first), _timex_point(second)
    if left is None or right is None:
        return None
    if (
        left.granularity == right.granularity == "month"
        and left.start
        and right.start
        and left.start.month in lexicon().school_years.values()
        and school_year_value(left.start.year, left.start.month).value == text
    ):
        return school_year_value(left.start.year, left.start.month)
    return range_value(left, right)


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


# --------------------------------------------------------------------------
# Writing values as Dutch text (round trips, readable reports)


def _names_by_number(words: dict[str, int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for word, n in words.items():
        if word.isalpha() and len(word) > len(out.get(n, "")):
            out[n] = word
    return out


def to_dutch(value: DateValue) -> str:
    """A ``DateValue`` as Dutch text that ``parse_date`` reads back to the same value."""
    lex = lexicon()
    months = _names_by_number(lex.months)
    if value.granularity in ("range", "schoolyear"):
        if value.granularity == "schoolyear" and value.start:
            word = next(w for w, m in lex.school_years.items() if m == value.start.month)
            return f"{word} {value.start.year}/{value.start.year + 1}"
        first, _, second = value.value.partition("/")
        return f"van {to_dutch(_timex_point(first))} tot en met {to_dutch(_timex_point(second))}"
    prefix = ""
    if value.modifier:
        prefix = (
            min(
                (w for w, m in lex.modifiers.items() if m == value.modifier and " " not in w),
                key=len,
            )
            + " "
        )
    head, _, rest = value.value.partition("-")
    year = "" if head == UNKNOWN_YEAR else head
    if value.granularity == "day":
        month, day = (int(x) for x in rest.split("-"))
        text = f"{day} {months[month]} {year}"
    elif value.granularity == "month":
        text = f"{months[int(rest)]} {year}"
    elif value.granularity in ("quarter", "half_year"):
        ordinal = _names_by_number({k: v for k, v in lex.ordinals.items() if v > 0})[int(rest[1])]
        noun = lex.quarter_words[0] if value.granularity == "quarter" else lex.half_words[0]
        text = f"het {ordinal} {noun} van {year}" if year else f"het {ordinal} {noun}"
    elif value.granularity == "week":
        text = f"week {int(rest[1:])} van {year}" if year else f"week {int(rest[1:])}"
    elif value.granularity == "season":
        word = next(w for w, code in lex.seasons.items() if code == rest)
        text = f"{word} {year}" if year else f"het {word}"
    else:
        text = year
    return prefix + text.strip()


# --------------------------------------------------------------------------
# Spans -> DateFact rows


@dataclass(frozen=True)
class RoleWords:
    sent: tuple[str, ...]
    received: tuple[str, ...]
    period: tuple[str, ...]
    document_labels: tuple[str, ...]
    fillers: frozenset[str]


@lru_cache(maxsize=1)
def role_words() -> RoleWords:
    """The words that give a date its role, from ``resources/dates/roles.json``."""
    data = load_resource("roles.json", ROLES_SCHEMA)
    low = lambda ws: tuple(sorted((w.lower() for w in ws), key=len, reverse=True))  # noqa: E731
    return RoleWords(
        sent=low(data["sent"]),
        received=low(data["received"]),
        period=low(data["period"]),
        document_labels=low(data["document_labels"]),
        fillers=frozenset(low(data["fillers"])),
    )


def _words_before(span: Span, n: int = 2) -> list[str]:
    """Up to ``n`` words before the span in its sentence, nearest first, skipping ``op``, ``(``."""
    words: list[str] = []
    fillers = role_words().fillers
    sent_start = span.sent.start if _has_sentences(span.doc) else 0
    i = span.start - 1
    while i >= sent_start and len(words) < n:
        tok = span.doc[i]
        if not tok.is_space and tok.lower_ not in fillers:
            words.append(tok.lower_)
        i -= 1
    return words


def _ends_with(text: str, words: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(re.search(rf"(?<![\w/.]){phrase_regex(w)}\s*$", low) for w in words)


def _starts_with(text: str, words: tuple[str, ...]) -> bool:
    low = " ".join(text.lower().split())
    return any(low.startswith(w + " ") for w in words)


def _in_margin_date(span: Span, page: CleanPage, labels: tuple[str, ...]) -> bool:
    """Is the span inside the text of a ``Datum`` margin field (the block after the body)?"""
    for label, value in page.margin_fields:
        if label.strip().rstrip(":").lower() not in labels or not value.strip():
            continue
        at = page.text.rfind(value.strip())
        if at >= 0 and at <= span.start_char and span.end_char <= at + len(value.strip()):
            return True
    return False


# How far before a date a 'Datum:' label line is looked for (characters).
LABEL_WINDOW = 400


def _is_document_date(span: Span, page: CleanPage, info: DocumentInfo) -> bool:
    words = role_words()
    if info.doc_date_span is not None:
        pg, start, end = info.doc_date_span
        if pg == page.number and start < span.end_char and span.start_char < end:
            return True
    if _in_margin_date(span, page, words.document_labels):
        return True
    # A 'Datum:' label before it on its line, or alone on the line above with
    # the date opening its own line: margin fields as plain text reads them.
    label = re.compile(
        r"[ \t]*(?:" + "|".join(map(re.escape, words.document_labels)) + r")[ \t]*:?[ \t]*",
        re.IGNORECASE,
    )
    # Only a window of the page before the date is read (page.text is the Doc's text):
    # a label line is short, and reading the whole page for every date is quadratic.
    text, at = page.text, span.start_char
    window_start = max(0, at - LABEL_WINDOW)
    window = text[window_start:at]
    if window_start > 0 and text[window_start - 1] != "\n":
        window = "\x00" + window  # a cut line: never blank, never a label
    *lines, line = window.split("\n")
    if label.fullmatch(line):
        return True
    if line.strip():
        return False
    above = [ln for ln in lines[-3:] if ln.strip()]
    return bool(above) and label.fullmatch(above[-1]) is not None


def in_mail_header(text: str, start: int) -> bool:
    """Does ``start`` stand on the date line of an e-mail header (``Verzonden:``/``Sent:``/``Date:``
    with a ``Van:``/``From:`` line among the three lines above it)? A memo's ``Datum:`` has no
    ``Van:`` right above it as often as it has; the time after an e-mail's date tells them apart."""
    if mail_header_label(text, start) is None:
        return False
    words = mail_words()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start: len(text) if line_end < 0 else line_end]
    above = text[:line_start].split("\n")[-5:]
    has_sender = any(words.header(words.sender_labels).match(ln) for ln in above)
    label = mail_header_label(text, start)
    # 'Verzonden'/'Sent' name an e-mail's date; 'Datum'/'Date' also head a memo, whose date has no time.
    timed = re.search(r"\d{1,2}:\d{2}", line) is not None
    return has_sender and (label not in ("datum", "date") or timed)


def date_role(span: Span, page: CleanPage, info: DocumentInfo) -> str:
    """``document``, ``sent``, ``received``, ``period`` or ``reference`` for a date span.

    The date of each header of an e-mail chain is ``sent``, the top message's too: it is
    the chain's own date (``doc_date``) because it was sent then."""
    if in_mail_header(doc_text(span.doc), span.start_char):
        return "sent"
    if _is_document_date(span, page, info):
        return "document"
    words = role_words()
    before = _words_before(span)
    if any(w in words.sent for w in before):
        return "sent"
    if any(w in words.received for w in before):
        return "received"
    if span.label_ in ("range", "school_year") or _starts_with(span.text, words.period):
        return "period"
    # page.text is the Doc's text; Doc.text would rebuild the whole page for every date.
    if _ends_with(page.text[max(0, span.start_char - 30) : span.start_char], words.period):
        return "period"
    return "reference"


def fits_table(value: DateValue) -> bool:
    """Can ``dates.parquet`` hold this value? (Weeks wait for the schema to allow them.)"""
    return (
        value.granularity in TABLE_GRANULARITIES
        and re.fullmatch(TIMEX_VALUE, value.value) is not None
    )


def _fact(prov: dict, value: DateValue, role: str, anchor: str | None) -> DateFact:
    return DateFact(
        **prov,
        value=value.value,
        start=value.start,
        end=value.end,
        granularity=value.granularity,
        modifier=value.modifier,
        role=role,
        anchor=anchor,
    )


def _list_facts(span: Span, page: CleanPage, info: DocumentInfo, anchor: str | None) -> list[DateFact]:
    """One fact per item of a ``date_list`` span, each at its own characters."""
    role = date_role(span, page, info)
    unanchored = [v.value for _, _, v in parse_date_list(span.text, None)]
    facts = []
    for i, (start, end, value) in enumerate(parse_date_list(span.text, anchor)):
        if not fits_table(value):
            continue
        begin, stop = span.start_char + start, span.start_char + end
        prov = provenance(span.doc, page, info.doc_id, "date", begin, stop, span.label_)
        used = anchor if i >= len(unanchored) or unanchored[i] != value.value else None
        facts.append(_fact(prov, value, role, used))
    return facts


# Margin labels whose value is the date of the document a page belongs to.
PAGE_DATE_LABELS = frozenset({"datum", "date"})


def page_anchors(pages: Sequence[CleanPage], doc_date: str | None) -> list[str | None]:
    """The date each page's relative dates are anchored to.

    A PDF often holds several documents (a Woo release, a nota with the nota it
    answers): a later page whose margin carries a date of its own (``Datum
    14 oktober 2024``) starts a document of that date, and its pages and those
    after it take that date as their anchor instead of the first document's.
    """
    anchors: list[str | None] = []
    current = doc_date
    for n, page in enumerate(pages):
        for label, value in page.margin_fields if n else ():
            if label.strip(" :").casefold() in PAGE_DATE_LABELS:
                found = parse_date(" ".join(value.split()[:4]))
                if found is not None and found.granularity == "day":
                    current = found.value
                    break
        anchors.append(current)
    return anchors


def date_facts(doc: Doc, page: CleanPage, info: DocumentInfo,
               anchor: str | None = None) -> list[DateFact]:
    """One ``DateFact`` per date span that has a value, anchored to the document's own date
    (or to ``anchor``, the date of the part of the PDF the page belongs to: ``page_anchors``).

    ``anchor`` is set on the rows whose value came from the anchor date
    (``in november`` in the 2018 annual report), so a reviewer sees why.
    """
    page_anchor = anchor if anchor is not None else info.doc_date
    facts = []
    for span in doc.spans.get(SPAN_KEY, []):
        if span.label_ == "date_list":
            facts += _list_facts(span, page, info, page_anchor)
            continue
        anchor = page_anchor
        if span.label_ == "day_month" and is_recurring_day(span.doc.text, span.start_char, span.end_char):
            anchor = None  # '1 januari van het jaar voorafgaande': a day of every year
        value = parse_span(span.text, span.label_, anchor)
        if value is None or not fits_table(value):
            # 'vorig jaar' in a document without a date: nothing to write down
            continue
        alone = parse_span(span.text, span.label_, None)
        used = page_anchor if alone is None or alone.value != value.value else None
        prov = span_provenance(span, page, info.doc_id, "date")
        facts.append(_fact(prov, value, date_role(span, page, info), used))
    return facts


# The longest line a running header has ('Cijfers tot en met zondag 27 februari 2022').
RUNNING_HEADER_MAX_CHARS = 100


def is_header_line(context: str) -> bool:
    """Is a fact's context a short line rather than a sentence: no longer than a running header,
    and not closed by a full stop, question or exclamation mark?"""
    folded = " ".join(context.split())
    return len(folded) <= RUNNING_HEADER_MAX_CHARS and folded[-1:] not in ".!?"


def once_per_document(facts: list[DateFact]) -> list[DateFact]:
    """Drop the repeats of a running header: a date the margin or a ``Datum`` label prints again on
    every later page (``Datum 22 juni 2022``) counts once, where it first stands, and so does a date
    in a short header line printed again word for word on a later page (``Cijfers tot en met
    zondag 27 februari 2022``). A date the running text names again on a later page, in a
    sentence, is a new mention."""
    first_page: dict[tuple[str, ...], int] = {}
    out = []
    for fact in facts:
        text = " ".join(fact.text.split())
        keys = []
        if fact.role == "document":
            keys.append((fact.value, text))
        context = " ".join(fact.context.split())
        # A date alone on its line is as often an entry of a list of dates as a header.
        if context != text and is_header_line(context):
            keys.append((fact.value, text, context))
        if any(first_page.setdefault(key, fact.page) != fact.page for key in keys):
            continue
        out.append(fact)
    return out
