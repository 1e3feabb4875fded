"""Date values: TIMEX3 ``value`` with the days it covers, built, read back and written as Dutch.

``DateValue`` is what the date reader (``pipeline.dutch.dates``) returns; the
builders here (``day_value``, ``quarter_value``, ``range_value``, ...) make
one for each granularity, ``parse_timex`` reads a TIMEX value back (anchors,
round trips), ``resolve_year`` places a year-less date against an anchor and
``to_dutch`` writes a value as Dutch text.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from pipeline.dutch.date_grammar import date_words

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
UNKNOWN_YEAR = "XXXX"


@dataclass(frozen=True)
class DateValue:
    """A normalized date: TIMEX3 ``value``, the days it covers, its granularity and modifier."""

    value: str
    start: date | None
    end: date | None
    granularity: str
    modifier: str | None = None


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
    first, last = date_words().season_months[code]
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
        and left.start.month in date_words().school_years.values()
        and school_year_value(left.start.year, left.start.month).value == text
    ):
        return school_year_value(left.start.year, left.start.month)
    return range_value(left, right)


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
    lex = date_words()
    months = _names_by_number(lex.dutch_months)
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


@dataclass(frozen=True)
class _Anchor:
    """What the document's date tells about 'now': a year, perhaps a month and day."""

    year: int
    month: int | None = None
    day: int | None = None



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
