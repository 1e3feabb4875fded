"""The date rules: one ordered table, each rule a name, a pattern, a priority and an interpretation.

``DATE_RULES`` is the whole rule family of dates, in the order a whole string
is parsed (specific forms first). Each ``DateRule`` says

- ``name``: what reaches the ``rule`` column of ``dates.parquet``;
- ``pattern``: the regex, built from the date words of ``pipeline.dutch.date_grammar``
  (``g`` holds them: ``g.month``, ``g.sp``, ``g.day_month``, ...);
- ``priority``: which rule wins when two matches cover the same characters
  in running text (higher wins; the longer match always wins first); steps
  of ten leave room for a new rule between two others;
- ``interpret``: the function that turns a match into a ``DateValue`` (in
  ``date_readings.py``, but for the range, which reads each side with the
  table's point rules), or None for a rule read otherwise (``date_list``: one
  value per item);
- ``scan``: False for a rule that is not searched in running text (bare
  years need context: see ``pipeline.extract.date_years``).

A new date rule is one entry here (see the README, "Adding a rule").
The extractor searches running text with ``compiled_rules()``, the reader
parses a found expression with ``fullmatch_rules()``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from pipeline.dutch.date_grammar import (
    DAY,
    MONTH_NUMBER,
    RANGE_PREPOSITION,
    SHORT_OR_LONG_YEAR,
    YEAR,
    DateParts,
    date_parts,
    foreign_months,
    named_group,
)
from pipeline.dutch.date_readings import (
    _i_day_month,
    _i_day_month_numeric,
    _i_day_month_year,
    _i_day_month_year_words,
    _i_deictic_day,
    _i_english_date,
    _i_foreign_date,
    _i_half_year,
    _i_modifier_month,
    _i_modifier_year,
    _i_month,
    _i_month_year,
    _i_numeric,
    _i_prefixed_relative_month,
    _i_quarter,
    _i_quarter_code,
    _i_relative_day,
    _i_relative_month,
    _i_relative_season,
    _i_relative_year,
    _i_school_year,
    _i_season,
    _i_us_date,
    _i_week,
    _i_year,
    _month,
)
from pipeline.dutch.date_values import (
    DateValue,
    _Anchor,
    day_value,
    month_value,
    range_value,
    resolve_year,
    year_value,
)
from pipeline.phrases import alternation

# --------------------------------------------------------------------------
# Reading a range: each side by the point rules of the table


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
        # 'september 2025 t/m december' ends in the year it started, 'november 2025 t/m
        # maart' in the next; only a range without any year takes it from the document.
        if ly is not None:
            ry = ly if lm is None or rm >= lm else ly + 1
        else:
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


# --------------------------------------------------------------------------
# The rules

# A note of a few words in brackets after a range's first end: what that year is to the text
# ('(nulmeting)', '(het peiljaar)'); no figures, which would be a count or an amount.
SIDE_NOTE = r"[ \t]*\([^\W\d_]+(?:[ \t][^\W\d_]+){0,2}\)"


@dataclass(frozen=True)
class DateRule:
    """One date rule: its name, its pattern, its priority in overlaps and its interpretation."""

    name: str
    pattern: Callable[[DateParts], str]
    priority: int
    interpret: Callable[[re.Match[str], _Anchor | None], DateValue | None] | None
    scan: bool = True
    # What every match contains, each entry one requirement: word lists of ``DateWords``
    # (``english_months``: those of ``email.json``) or ``digit``, ``|`` between
    # alternatives. A stretch of text without one of them cannot hold a match, so the
    # scan skips the rule there (``pipeline.extract.date_candidates.rule_triggers``).
    needs: tuple[str, ...] = ()


def foreign_month_pattern() -> str:
    return alternation(foreign_months(), bare=True, lower=True)


# In parse order: a whole string is tried against these from the top.
DATE_RULES: tuple[DateRule, ...] = (
    DateRule(
        "school_year",
        lambda g: (
            f"(?:het{g.sp})?{named_group('school', g.school_word)}{g.sp}"
            f"{named_group('year', YEAR)}\\s*[-/–]\\s*{named_group('year2', SHORT_OR_LONG_YEAR)}"
        ),
        priority=280,
        interpret=_i_school_year,
        needs=("school_years", "digit"),
    ),
    # The right side may be part of a year ('vanaf september 2025 tot eind 2026'); the left one may
    # carry a note in brackets ('in de periode 2025 (nulmeting) tot en met 2028').
    DateRule(
        "range",
        lambda g: (
            f"(?:{named_group('range_prep', RANGE_PREPOSITION)}{g.sp})?{named_group('left', g.any_date)}"
            f"{named_group('note', SIDE_NOTE)}?{named_group('connector', g.connector)}"
            f"{named_group('right', f'{g.right_date}|{g.modifier}{g.sp}{YEAR}')}"
        ),
        priority=270,
        interpret=_i_range,
        needs=("months|digit",),
    ),
    DateRule(
        "date_list",
        lambda g: f"{named_group('items', g.list_items)}{g.sp}(?:en|of){g.sp}{named_group('last', g.right_date)}",
        priority=260,
        interpret=None,
        needs=("months|digit",),
    ),
    DateRule(
        "iso_date",
        lambda g: g.iso,
        priority=250,
        interpret=_i_numeric,
        needs=("digit",),
    ),
    DateRule(
        "numeric_date",
        lambda g: g.numeric,
        priority=230,
        interpret=_i_numeric,
        needs=("digit",),
    ),
    DateRule(
        "us_date",
        lambda g: (
            f"{named_group('month_number', MONTH_NUMBER)}/{named_group('day', DAY)}"
            f"/{named_group('year', YEAR)}"
        ),
        priority=240,
        interpret=_i_us_date,
        needs=("digit",),
    ),
    DateRule(
        "day_month_year",
        # Only here may a month word that is also a Dutch word stand ('3 des. 2024').
        lambda g: (f"{g.wd}{named_group('day', DAY)}{g.sp}{named_group('month', g.month_with_year)}"
                   f"{g.sp}{named_group('year', YEAR)}"),
        priority=210,
        interpret=_i_day_month_year,
        needs=("months", "digit"),
    ),
    # A date written out, as a deed or an old council decision prints it: 'negenentwintig juni
    # negentienhonderdachtenzeventig'. Only with a month name between a day and a year in words.
    DateRule(
        "day_month_year_words",
        lambda g: (f"{g.wd}{named_group('day', f'{DAY}|{g.day_in_words}')}{g.sp}{named_group('month', g.full_month)}"
                   f"{g.sp}{named_group('year', g.year_in_words)}"),
        priority=205,
        interpret=_i_day_month_year_words,
        needs=("months",),
    ),
    # Outlook in English: 'Friday, September 25, 2020' and '9/25/2020' (month first).
    DateRule(
        "english_date",
        lambda g: (
            f"(?:{g.en_weekday},?{g.sp})?{named_group('month_en', g.en_month)}"
            f"{g.sp}{named_group('day', DAY)},?{g.sp}{named_group('year', YEAR)}"
        ),
        priority=220,
        interpret=_i_english_date,
        needs=("english_months", "digit"),
    ),
    # English written day first, as British and European English print it ('3 March 2021', 'Friday 25th
    # September 2020'): annexes, EU papers and mail in English inside Dutch files. Below the Dutch rule,
    # so a month both languages spell alike ('15 september 2017') keeps the Dutch reading. English capitalises
    # its months and Dutch does not: only a capital makes 'may' a month ('scenario 3 may 2030 halen').
    DateRule(
        "english_day_month_year",
        lambda g: (
            f"(?:{g.en_weekday},?{g.sp})?{named_group('day', DAY)}(?:st|nd|rd|th)?{g.sp}(?:of{g.sp})?"
            f"(?=(?-i:[A-Z])){named_group('month_en', g.en_month)},?{g.sp}{named_group('year', YEAR)}"
        ),
        priority=208,
        interpret=_i_english_date,
        needs=("english_months", "digit"),
    ),
    # German and French write the day before the month in their own words ('14. März 2024', 'le 1er mars 2024'):
    # letters of partners across the border and EU papers. Below the Dutch rules, so a month both spell alike
    # ('14 juni 2024') keeps the Dutch reading.
    DateRule(
        "foreign_day_month_year",
        lambda g: (
            f"{named_group('day', DAY)}(?:\\.|er)?{g.sp}"
            f"{named_group('month_de_fr', foreign_month_pattern())}{g.sp}{named_group('year', YEAR)}"
        ),
        priority=207,
        interpret=_i_foreign_date,
        needs=("foreign_months", "digit"),
    ),
    DateRule(
        "relative_day",
        lambda g: f"{g.wd}{g.day_month}{g.sp}{named_group('marker', f'{g.past}|{g.nxt}')}",
        priority=200,
        interpret=_i_relative_day,
        needs=("months", "digit", "past_markers|next_markers"),
    ),
    DateRule(
        "day_month",
        lambda g: f'{g.wd}{g.day_month}',
        priority=60,
        interpret=_i_day_month,
        needs=("months", "digit"),
    ),
    # 'd.d. 24/3', 'vrijdag 24-3': a day and month in figures, the year left to the reader.
    DateRule(
        "day_month_numeric",
        lambda g: f"{g.wd}{named_group('day', DAY)}[/-]{named_group('month_number', MONTH_NUMBER)}",
        priority=50,
        interpret=_i_day_month_numeric,
        needs=("digit",),
    ),
    DateRule(
        "period_modifier_month",
        lambda g: (
            f"{named_group('modifier', g.modifier)}{g.sp}{named_group('month', g.full_month)}"
            f"(?:{g.sp}{named_group('year', YEAR)})?"
        ),
        priority=190,
        interpret=_i_modifier_month,
        needs=("modifiers", "months"),
    ),
    DateRule(
        "period_modifier_year",
        lambda g: (
            f"{named_group('modifier', g.modifier)}{g.sp}(?:(?:het{g.sp}"
            f")?jaar{g.sp})?{named_group('year', YEAR)}"
        ),
        priority=180,
        interpret=_i_modifier_year,
        needs=("modifiers", "digit"),
    ),
    DateRule(
        "period_modifier_relative",
        lambda g: f"{named_group('modifier', g.modifier)}{g.sp}{named_group('relative', g.relative_year)}",
        priority=170,
        interpret=_i_relative_year,
        needs=("modifiers", "relative_years"),
    ),
    DateRule(
        "quarter_code",
        lambda g: (
            f"(?:Q{named_group('index', '[1-4]')}(?:\\s*(?:-|'|van)?\\s*{named_group('year', YEAR)}"
            # Year first only on one line: '2024\nQ1' is a column of cells ('september 2024',
            # 'Q1 2025'), and matching it would hide the 'Q1 2025' that follows.
            f")?|{named_group('year2', YEAR)}[^\\S\\n]*-?[^\\S\\n]*Q{named_group('index2', '[1-4]')}"
            f")"
        ),
        priority=160,
        interpret=_i_quarter_code,
        needs=("digit",),
    ),
    DateRule(
        "quarter",
        lambda g: (
            f"{g.mod}(?:het{g.sp})?{named_group('ordinal', g.ordinal)}{g.sp}"
            f"{g.quarter_word}(?:{g.sp}(?:van{g.sp})?{named_group('year', YEAR)}"
            f")?"
        ),
        priority=150,
        interpret=_i_quarter,
        needs=("ordinals", "quarter_words"),
    ),
    DateRule(
        "half_year",
        lambda g: (
            f"{g.mod}(?:(?:de|het){g.sp})?{named_group('ordinal', g.ordinal)}"
            f"{g.sp}{g.half_word}(?:{g.sp}(?:van{g.sp})?(?:{named_group('year', YEAR)}"
            f"|(?:het|dit){g.sp}jaar))?"
        ),
        priority=140,
        interpret=_i_half_year,
        needs=("ordinals", "half_words"),
    ),
    DateRule(
        "week",
        lambda g: (
            f"{g.week_word}{g.sp}{named_group('week', '5[0-3]|[1-4][0-9]|0?[1-9]')}"
            f"(?:{g.sp}(?:van{g.sp})?{named_group('year', YEAR)})?"
        ),
        priority=130,
        interpret=_i_week,
        needs=("week_words", "digit"),
    ),
    DateRule(
        "season",
        lambda g: (
            f"{g.mod}(?:(?:het|de){g.sp})?{named_group('season', g.season)}"
            f"{g.sp}(?:van{g.sp})?{named_group('year', YEAR)}"
        ),
        priority=120,
        interpret=_i_season,
        needs=("seasons", "digit"),
    ),
    DateRule(
        "season_anchored",
        lambda g: f"{g.mod}(?:het|de){g.sp}{named_group('season', g.season)}",
        priority=40,
        interpret=_i_season,
        needs=("seasons",),
    ),
    DateRule(
        "relative_season",
        lambda g: f"{g.mod}{named_group('marker', g.rel_marker)}{g.sp}{named_group('season', g.season)}",
        priority=110,
        interpret=_i_relative_season,
        needs=("relative_markers", "seasons"),
    ),
    DateRule(
        "prefixed_relative_month",
        lambda g: f"{g.mod}{named_group('marker', g.rel_marker)}{g.sp}{named_group('month', g.full_month)}",
        priority=70,
        interpret=_i_prefixed_relative_month,
        needs=("relative_markers", "months"),
    ),
    DateRule(
        "year_phrase",
        lambda g: f"(?:het{g.sp})?{g.year_word}{g.sp}{named_group('year', YEAR)}",
        priority=100,
        interpret=_i_year,
        needs=("year_words", "digit"),
    ),
    DateRule(
        "month_year",
        lambda g: f"{named_group('month', g.month)}{g.sp}{named_group('year', YEAR)}",
        priority=90,
        interpret=_i_month_year,
        needs=("months", "digit"),
    ),
    DateRule(
        "relative_month",
        lambda g: f"{named_group('month', g.full_month)}{g.sp}{named_group('marker', f'{g.past}|{g.nxt}')}",
        priority=80,
        interpret=_i_relative_month,
        needs=("months", "past_markers|next_markers"),
    ),
    DateRule(
        "month",
        lambda g: named_group('month', g.full_month),
        priority=10,
        interpret=_i_month,
        needs=("months",),
    ),
    DateRule(
        "relative_year",
        lambda g: named_group('relative', g.relative_year),
        priority=30,
        interpret=_i_relative_year,
        needs=("relative_years",),
    ),
    DateRule(
        "deictic_day",
        lambda g: named_group('deictic_day', g.relative_day),
        priority=20,
        interpret=_i_deictic_day,
        needs=("relative_days",),
    ),
    DateRule(
        "year",
        lambda g: named_group('year', YEAR),
        priority=0,
        interpret=_i_year,
        scan=False,
    ),
)
RULES_BY_NAME = {rule.name: rule for rule in DATE_RULES}

# A date starts after a space, bracket or line start, never inside a word, a
# number (``10.1.2016``) or right after a currency sign.
_START = r"(?<![\w€$ƒ£])(?<!\d[.,/-])"
# ... and ends before a space or punctuation, not before more digits (``2016.000``)
# or a Dutch amount tail (``2016,-``).
_END = r"(?![\w])(?![.,/-]\d)(?!,-)"


@lru_cache(maxsize=1)
def rule_patterns() -> dict[str, str]:
    """Each rule's regex source, built from the date words once per process."""
    parts = date_parts()
    return {rule.name: rule.pattern(parts) for rule in DATE_RULES}


@lru_cache(maxsize=1)
def compiled_rules() -> dict[str, re.Pattern[str]]:
    """Each rule compiled to search running text within word boundaries (not the ``scan=False`` ones)."""
    return {
        rule.name: re.compile(_START + f"(?:{rule_patterns()[rule.name]})" + _END, re.IGNORECASE)
        for rule in DATE_RULES
        if rule.scan
    }


@lru_cache(maxsize=1)
def fullmatch_rules() -> dict[str, re.Pattern[str]]:
    """Each rule compiled to match a whole (normalized) string: the reader's parser."""
    return {name: re.compile(src, re.IGNORECASE) for name, src in rule_patterns().items()}


def priority(name: str) -> int:
    """The priority of rule ``name`` in overlaps (-1 for a name that is no date rule)."""
    rule = RULES_BY_NAME.get(name)
    return rule.priority if rule is not None else -1
