"""Reading a date rule's match: the ``interpret`` functions of ``DATE_RULES``.

Each ``_i_<rule>`` takes a match of its rule's pattern (the named groups of
``pipeline.dutch.date_grammar``: ``day``, ``month``, ``year``, ``weekday``,
``modifier``, ...) and the document's anchor, and gives the ``DateValue`` it
stands for, or None for a match that names no date (``31 februari``). The
words are read through the lists of ``date_words()`` (``resources/dates/``).
The range rule reads each side with the table's own point rules, so it stays
beside the table in ``date_rules.py``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from pipeline.dutch.date_grammar import date_words, foreign_months, mail_words
from pipeline.dutch.date_values import (
    BARE,
    NEXT,
    PAST,
    _Anchor,
    day_value,
    half_value,
    month_value,
    quarter_value,
    resolve_year,
    school_year_value,
    season_value,
    week_value,
    year_value,
)
from pipeline.dutch.numbers import parse_number_word


def _word(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _month(text: str) -> int:
    return date_words().months[_word(text).rstrip(".")]


def _modifier(m: re.Match[str]) -> str | None:
    return date_words().modifiers[_word(m["modifier"])] if m.groupdict().get("modifier") else None


def _direction(marker: str) -> int:
    lex = date_words()
    word = _word(marker)
    return PAST if word in {w.lower() for w in lex.past_markers} else NEXT


def _weekday(m: re.Match[str]) -> int | None:
    return (
        date_words().weekdays[_word(m["weekday"]).rstrip(",")]
        if m.groupdict().get("weekday")
        else None
    )


def _ordinal(text: str, count: int) -> int | None:
    """'eerste' -> 1, 'laatste' -> ``count``; None beyond ``count`` (vijfde kwartaal)."""
    n = date_words().ordinals[_word(text)]
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


def _day_word(text: str) -> Decimal | None:
    """A day written out, a number or an ordinal: 'veertien', 'veertiende', 'achtste', 'eerste'."""
    words = date_words().number_words
    word = _word(text)
    if word in words["ordinal_days"]:
        return Decimal(words["ordinal_days"][word])
    # The suffix first: an ordinal may read as a fraction on its own ('vierde', a quarter).
    for suffix in words["ordinal_suffixes"]:
        value = parse_number_word(word[: -len(suffix)]) if word.endswith(suffix) else None
        if value is not None:
            return value
    return parse_number_word(word)


def _i_day_month_year_words(m, anchor):
    """``negenentwintig juni negentienhonderdachtenzeventig``, ``3 mei twintig vierentwintig``: the day
    and the year read as number words; the spoken year names its century first (``twintig`` = 20..)."""
    day = int(m["day"]) if m["day"].isdigit() else _day_word(m["day"])
    words = m["year"].lower().split()
    spoken = date_words().number_words["spoken_centuries"]
    if len(words) == 2 and words[0] in spoken:
        century, rest = parse_number_word(words[0]), parse_number_word(words[1])
        year = century * 100 + rest if century is not None and rest is not None else None
    else:
        year = parse_number_word(" ".join(words))
    if day is None or year is None or day != int(day) or year != int(year):
        return None
    return day_value(int(year), _month(m["month"]), int(day))


def _i_relative_day(m, anchor):
    month, day = _month(m["month"]), int(m["day"])
    return day_value(resolve_year(month, day, anchor, _direction(m["marker"])), month, day)


def _i_day_month(m, anchor):
    month, day = _month(m["month"]), int(m["day"])
    return day_value(resolve_year(month, day, anchor, BARE, _weekday(m)), month, day)


def _i_english_date(m, anchor):
    return day_value(int(m["year"]), mail_words().months[_word(m["month_en"]).rstrip(".")], int(m["day"]))


def _i_foreign_date(m, anchor):
    return day_value(int(m["year"]), foreign_months()[m["month_de_fr"].casefold().rstrip(".")], int(m["day"]))


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
    return year_value(anchor.year + date_words().relative_years[_word(m["relative"])], _modifier(m))


def _i_deictic_day(m, anchor):
    """'vandaag', 'gisteren', 'morgen': a day from the document's own day; nothing without one."""
    if anchor is None or anchor.day is None or anchor.month is None:
        return None
    offset = date_words().relative_days[_word(m["deictic_day"])]
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
    code = date_words().seasons[_word(m["season"])]
    return season_value(_year_or_anchor(m, anchor), code, _modifier(m))


def _marker_direction(marker: str) -> int:
    offset = date_words().relative_markers[_word(marker)]
    return PAST if offset < 0 else NEXT if offset > 0 else BARE


def _i_relative_season(m, anchor):
    """'dit najaar': the anchor's; 'komend najaar': the next; 'afgelopen zomer': the last.

    Deictic: the marker says where the season lies from the writer's now, so a
    document that cannot anchor it gives no value (not ``XXXX-FA``: 'vorig
    voorjaar' is not the same unknown year as the text's other dates).
    """
    lex = date_words()
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
    return school_year_value(first, date_words().school_years[_word(m["school"])])
