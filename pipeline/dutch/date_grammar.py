"""The Dutch date words of ``resources/dates/`` and the building blocks of the date patterns.

``date_words()`` and ``mail_words()`` load the date words once; ``date_parts()``
makes the building blocks (``month``, ``day_month``, ``right_date``, ...) the
patterns of ``pipeline.dutch.date_rules`` are written with. One table of rules
serves both sides: the extractor finds date expressions with it and the
reader (``pipeline.dutch.dates``) interprets them, so a pattern is written once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pipeline.datafiles import load_file
from pipeline.phrases import alternation
from pipeline.resource_files import (
    DatesContextFile,
    DatesEmailFile,
    DatesLexiconFile,
    DatesRelativeFile,
    DocumentLettersFile,
)

# --------------------------------------------------------------------------
# Resources



@dataclass(frozen=True)
class DateWords:
    """The Dutch date words, from ``lexicon.json``, ``relative.json`` and ``context.json``.

    ``months`` and ``weekdays`` read Dutch and Frisian alike: Fryslân's municipalities and
    province publish in both (``Publisearre op 3 maaie 2024``), and a Dutch reader reads the
    date. ``dutch_months`` are the names dates are written back in."""

    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    season_months: dict[str, tuple[int, int]]
    ordinals: dict[str, int]
    quarter_words: tuple[str, ...]
    half_words: tuple[str, ...]
    week_words: tuple[str, ...]
    year_words: tuple[str, ...]
    school_years: dict[str, int]
    modifiers: dict[str, str]
    past_markers: tuple[str, ...]
    next_markers: tuple[str, ...]
    relative_years: dict[str, int]
    relative_markers: dict[str, int]
    relative_days: dict[str, int]
    relative_day_blocked_before: tuple[str, ...]
    year_context_before: frozenset[str]
    year_list_joiners: frozenset[str]
    year_block_before: frozenset[str]
    year_block_after: frozenset[str]
    # Verbs after a year that make it the subject of a sentence ('2023 was een bijzonder jaar').
    year_context_after: frozenset[str]
    month_context_before: tuple[str, ...]
    # Words before a season, quarter or week without a year ('in het najaar', 'in Q4').
    period_context_before: tuple[str, ...]
    leading_words: tuple[str, ...]
    # The head word of a law's name, alone or ending a compound ('Jeugdwet 2015', 'Richtlijn ... 2023').
    law_words: tuple[str, ...] = ()
    # Phrases before a bare year that make it a year ('tot en met 2026', 'in vergelijking met 2022').
    year_context_phrases: tuple[str, ...] = ()
    # Words of a parliamentary or legal reference whose year is part of the number
    # ('Kamerstukken II 2021/2022, 32847, nr. 906', 'vergaderjaar 2018–2019', 'Stb. 2015').
    reference_words: tuple[str, ...] = ()
    # A law's abbreviation before its year, case-sensitive ('Wmo 2015', 'WVO 2020', 'Wlz').
    law_abbreviation: str = r"(?!)"
    # Around a day without a year that comes back every year: 'jaarlijks op 1 mei' (before),
    # '1 januari van het jaar', 'voor 1 oktober in het heffingsjaar' (after, with a word in -jaar).
    recurring_before: tuple[str, ...] = ()
    recurring_after: tuple[str, ...] = ()
    # The subject of a sentence that names days of every year ('De vaste momenten waarop
    # wetgeving in werking treedt zijn 1 januari en 1 augustus'): its days keep XXXX too.
    recurring_subjects: tuple[str, ...] = ()
    # The verb right after a fronted day that tells it as past ('Op 20 december heeft de Raad ...').
    past_auxiliaries: tuple[str, ...] = ()
    dutch_months: dict[str, int] = field(default_factory=dict)
    # The longest name of each month in each language (``september``, ``septimber``; not
    # ``sept``): safe without a day.
    full_months: tuple[str, ...] = ()
    # Month words that are a preposition in Frisian ('mei' = 'met'): 'mei 2025 minsken' counts people.
    months_as_prepositions: frozenset[str] = frozenset()
    # The number words of a date written out, by kind (``units``, ``teens``, ``tens``, ...).
    number_words: dict[str, Any] = field(default_factory=dict)
    # Short forms that are also Dutch words (Frisian ``des``, ``des te meer``): a month only
    # with a day and a year beside them (``3 des. 2024``).
    months_needing_day_and_year: frozenset[str] = frozenset()

    @property
    def free_months(self) -> dict[str, int]:
        """The month words that may stand without a day and a year (``maart 2024``, ``in novimber``)."""
        return {k: v for k, v in self.months.items() if k not in self.months_needing_day_and_year}


def _longest_by_number(words: dict[str, int]) -> list[str]:
    longest: dict[int, str] = {}
    for name, number in words.items():
        if len(name) > len(longest.get(number, "")):
            longest[number] = name
    return list(longest.values())


_MODIFIER_VALUES = {"START", "MID", "END"}
_SEASON_CODES = {"SP", "SU", "FA", "WI"}


@lru_cache(maxsize=1)
def date_words() -> DateWords:
    """The date word lists, loaded and checked once per process."""
    lex = load_file(DatesLexiconFile)
    rel = load_file(DatesRelativeFile)
    ctx = load_file(DatesContextFile)
    for key in ("months", "weekdays", "frisian_months", "frisian_weekdays", "school_years"):
        if not all(isinstance(n, int) and 1 <= n <= 12 for n in getattr(lex, key).values()):
            raise ValueError(f"lexicon.json: {key} must map to numbers 1..12")
    if not all(isinstance(n, int) and n in (-1, 1, 2, 3, 4) for n in lex.ordinals.values()):
        raise ValueError("lexicon.json: ordinals must be 1..4, or -1 for 'the last'")
    if not all(
        isinstance(v, list) and len(v) == 2 and all(isinstance(m, int) and 1 <= m <= 12 for m in v)
        for v in lex.season_months.values()
    ):
        raise ValueError("lexicon.json: season_months must be [first month, last month]")
    if (
        not set(lex.seasons.values()) <= _SEASON_CODES
        or set(lex.season_months) != _SEASON_CODES
    ):
        raise ValueError("lexicon.json: seasons must use the codes SP, SU, FA, WI")
    if not set(lex.modifiers.values()) <= _MODIFIER_VALUES:
        raise ValueError("lexicon.json: modifiers must be START, MID or END")
    for key in ("relative_years", "relative_markers"):
        if not all(isinstance(v, int) for v in getattr(rel, key).values()):
            raise ValueError(f"relative.json: {key} must map to whole years")
    if not all(isinstance(v, int) for v in rel.relative_days.values()):
        raise ValueError("relative.json: relative_days must map to whole days")
    if not all(isinstance(n, int) and 1 <= n <= 7 for n in (*lex.weekdays.values(), *lex.frisian_weekdays.values())):
        raise ValueError("lexicon.json: weekdays must map to numbers 1..7")
    lower = lambda words: frozenset(w.lower() for w in words)  # noqa: E731
    dutch = {k.lower(): v for k, v in lex.months.items()}
    frisian = {k.lower(): v for k, v in lex.frisian_months.items()}
    clash = {k for k in frisian if dutch.get(k, frisian[k]) != frisian[k]}
    needing = lower(lex.months_needing_day_and_year)
    if clash or not needing <= set(frisian) | set(dutch):
        raise ValueError(f"lexicon.json: Frisian months {sorted(clash)} clash, or an unknown month in "
                         f"months_needing_day_and_year {sorted(needing)}")
    return DateWords(
        months={**dutch, **frisian},
        dutch_months=dutch,
        full_months=tuple(dict.fromkeys(_longest_by_number(dutch) + _longest_by_number(frisian))),
        months_needing_day_and_year=needing,
        weekdays={k.lower(): v for k, v in (*lex.weekdays.items(), *lex.frisian_weekdays.items())},
        seasons={k.lower(): v for k, v in lex.seasons.items()},
        season_months={k: (v[0], v[1]) for k, v in lex.season_months.items()},
        ordinals={k.lower(): v for k, v in lex.ordinals.items()},
        quarter_words=tuple(lex.quarter_words),
        half_words=tuple(lex.half_words),
        week_words=tuple(lex.week_words),
        year_words=tuple(lex.year_words),
        school_years={k.lower(): v for k, v in lex.school_years.items()},
        modifiers={k.lower(): v for k, v in lex.modifiers.items()},
        past_markers=tuple(rel.past_markers),
        next_markers=tuple(rel.next_markers),
        relative_years={k.lower(): v for k, v in rel.relative_years.items()},
        relative_markers={k.lower(): v for k, v in rel.relative_markers.items()},
        relative_days={k.lower(): v for k, v in rel.relative_days.items()},
        relative_day_blocked_before=tuple(w.lower() for w in rel.relative_day_blocked_before),
        year_context_before=lower(ctx.year_context_before),
        year_list_joiners=lower(ctx.year_list_joiners),
        year_block_before=lower(ctx.year_block_before),
        year_block_after=lower(ctx.year_block_after),
        year_context_after=lower(ctx.year_context_after),
        month_context_before=tuple(w.lower() for w in ctx.month_context_before),
        period_context_before=tuple(w.lower() for w in ctx.period_context_before),
        leading_words=tuple(
            sorted((w.lower() for w in ctx.leading_words), key=len, reverse=True)
        ),
        law_words=tuple(w.lower() for w in ctx.law_words),
        year_context_phrases=tuple(w.lower() for w in ctx.year_context_phrases),
        reference_words=tuple(w.lower() for w in ctx.reference_words),
        law_abbreviation=ctx.law_abbreviation,
        recurring_before=tuple(w.lower() for w in rel.recurring_before),
        recurring_after=tuple(w.lower() for w in rel.recurring_after),
        recurring_subjects=tuple(w.lower() for w in rel.recurring_subjects),
        past_auxiliaries=tuple(w.lower() for w in rel.past_auxiliaries),
        number_words=dict(lex.number_words),
        months_as_prepositions=lower(lex.months_as_prepositions),
    )


@dataclass(frozen=True)
class MailWords:
    """The header lines of an e-mail and the English dates they carry (``email.json``)."""

    sent_labels: tuple[str, ...]
    english_labels: frozenset[str]
    sender_labels: tuple[str, ...]
    addressee_labels: tuple[str, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    numeric_day_month_before: tuple[str, ...]
    # The line a reply quotes its message under: 'Op vr 26 sep 2025 om 15:12 schreef Bram <...>:'.
    reply_openers: tuple[str, ...] = ()
    reply_verbs: tuple[str, ...] = ()

    def header(self, labels: tuple[str, ...]) -> re.Pattern[str]:
        """A header line opening with one of ``labels`` and a colon: ``Verzonden: ...``."""
        return _header(tuple(labels))


@lru_cache(maxsize=32)
def _header(labels: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"^[ \t]*(?P<label>{alternation(labels, bare=True, lower=True)})[ \t]*:[ \t]*(?P<value>.*)$",
                      re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=1)
def foreign_months() -> dict[str, int]:
    """The months of German and French (``März``, ``mars``, ``décembre``), from the list a letter's foreign
    place-date is read with (``foreign_months`` in ``resources/document/letters.json``); the English
    months are ``mail_words``'."""
    english = set(mail_words().months)
    return {k.casefold(): v for k, v in load_file(DocumentLettersFile).foreign_months.items()
            if k.casefold() not in english}


@lru_cache(maxsize=1)
def mail_words() -> MailWords:
    data = load_file(DatesEmailFile)
    if not all(isinstance(n, int) and 1 <= n <= 12 for n in data.months.values()):
        raise ValueError("email.json: months must map to numbers 1..12")
    if not all(isinstance(n, int) and 1 <= n <= 7 for n in data.weekdays.values()):
        raise ValueError("email.json: weekdays must map to numbers 1..7")
    return MailWords(
        sent_labels=tuple(data.sent_labels),
        english_labels=frozenset(w.lower() for w in data.english_labels),
        sender_labels=tuple(data.sender_labels),
        addressee_labels=tuple(data.addressee_labels),
        months={k.lower(): v for k, v in data.months.items()},
        weekdays={k.lower(): v for k, v in data.weekdays.items()},
        numeric_day_month_before=tuple(w.lower() for w in data.numeric_day_month_before),
        reply_openers=tuple(w.lower() for w in data.reply_openers),
        reply_verbs=tuple(w.lower() for w in data.reply_verbs),
    )


# --------------------------------------------------------------------------
# The building blocks of the patterns (the rules are in pipeline.dutch.date_rules)


YEAR = r"(?:19|20)\d{2}"
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
MONTH_NUMBER = r"(?:1[0-2]|0?[1-9])"
RANGE_DASH = r"(?:-|–|—)"
ISO_MONTH = r"1[0-2]|0[1-9]"
ISO_DAY = r"3[01]|[12]\d|0[1-9]"
SHORT_OR_LONG_YEAR = r"(?:19|20)?\d{2}"
RANGE_PREPOSITION = r"van|vanaf|tussen|(?:in\s+de\s+)?periode"


@dataclass(frozen=True)
class DateParts:
    """The building blocks of the date patterns, made from the date words: what ``DateRule.pattern`` reads.

    ``month`` matches a month name or abbreviation, ``sp`` white space,
    ``day_month`` a day and month, ``right_date`` any absolute date (the right
    side of a range or list), ``list_item`` one item of a list, ...
    """

    month: str
    # A month word as it may stand between a day and a year: also the short forms that are Dutch words.
    month_with_year: str
    full_month: str
    weekday: str
    season: str
    modifier: str
    ordinal: str
    past: str
    nxt: str
    relative_year: str
    school_word: str
    year_word: str
    quarter_word: str
    half_word: str
    week_word: str
    rel_marker: str
    sp: str
    mod: str
    wd: str
    day_month: str
    numeric: str
    iso: str
    right_date: str
    any_date: str
    list_item: str
    list_items: str
    connector: str
    en_month: str
    en_weekday: str
    relative_day: str
    # A day and a year written out in words: ``negenentwintig``; ``negentienhonderdachtenzeventig``,
    # ``tweeduizend vierentwintig``, the spoken ``twintig vierentwintig``.
    day_in_words: str
    year_in_words: str


def _number_words(words: dict[str, Any]) -> tuple[str, str]:
    """The patterns of a number word from 1 to 99 and of a year written out, from the number words."""
    def alt(key: str) -> str:
        return alternation(words[key], bare=True, lower=True)

    # 'negenentwintig', 'tweeëntwintig': a unit joined to a ten comes first, before the unit alone; an old deed
    # may space the joiner ('negentienhonderd acht en vijftig').
    below_hundred = (f"(?:{alt('units')}\\s?{alt('joiners')}\\s?{alt('tens')}|{alt('tens')}|{alt('teens')}"
                     f"|{alt('units')})")
    rest = rf"(?:\s?(?:{alt('joiners')}\s?)?{below_hundred})?"
    year = (f"(?:{alt('teens')}\\s?{words['hundred']}{rest}|{alt('units')}\\s?{words['thousand']}{rest}"
            f"|{alt('spoken_centuries')}\\s{below_hundred})")
    # A deed gives the day as an ordinal ('de veertiende mei', 'de eerste juni'): the number and a suffix, or
    # an ordinal of its own.
    day = f"(?:{alt('ordinal_days')}|{below_hundred}(?:{alt('ordinal_suffixes')})?)"
    return day, year


def named_group(name: str | None, pattern: str) -> str:
    return f"(?P<{name}>{pattern})" if name else f"(?:{pattern})"


@lru_cache(maxsize=1)
def date_parts() -> DateParts:
    """The building blocks of the date patterns, made from the date words once per process."""
    lex = date_words()
    full = set(lex.full_months)
    abbreviations = [m for m in lex.free_months if m not in full]
    month = f"(?:{alternation(full, bare=True, lower=True)}|{alternation(abbreviations, bare=True, lower=True)}\\.?)"
    dated = alternation(lex.months_needing_day_and_year, bare=True, lower=True)
    month_with_year = f"(?:{month}|{dated}\\.?)" if lex.months_needing_day_and_year else month
    full_month = alternation(full, bare=True, lower=True)
    weekday = alternation(lex.weekdays, bare=True, lower=True)
    season = alternation(lex.seasons, bare=True, lower=True)
    modifier = alternation(lex.modifiers, bare=True, lower=True)
    ordinal = alternation(lex.ordinals, bare=True, lower=True)
    past = alternation(lex.past_markers, bare=True, lower=True)
    nxt = alternation(lex.next_markers, bare=True, lower=True)
    relative_year = alternation(lex.relative_years, bare=True, lower=True)
    school_word = alternation(lex.school_years, bare=True, lower=True)
    year_word = alternation(lex.year_words, bare=True, lower=True)
    quarter_word = alternation(lex.quarter_words, bare=True, lower=True)
    half_word = alternation(lex.half_words, bare=True, lower=True)
    week_word = alternation(lex.week_words, bare=True, lower=True)
    rel_marker = alternation(lex.relative_markers, bare=True, lower=True)
    sp = r"\s+"
    mod = f"(?:{named_group('modifier', modifier)}{sp})?"
    wd = f"(?:{named_group('weekday', weekday)},?{sp})?"

    day_month = f"{named_group('day', DAY)}{sp}{named_group('month', month)}"

    numeric = (
        f"{named_group('day', DAY)}(?P<sep>[-/.]){named_group('month_number', MONTH_NUMBER)}"
        f"(?P=sep){named_group('year', YEAR)}"
    )
    iso = f"{named_group('year', YEAR)}-{named_group('month_number', ISO_MONTH)}-{named_group('day', ISO_DAY)}"
    # The right side of a range or list: any absolute date form, the year optional.
    right_date = (
        f"(?:{DAY}[-/.]{MONTH_NUMBER}[-/.]{YEAR}|{YEAR}-(?:{ISO_MONTH})-(?:{ISO_DAY})"
        f"|(?:{weekday},?{sp})?{DAY}{sp}{month}(?:{sp}{YEAR})?|{month}(?:{sp}{YEAR})?|{YEAR})"
    )
    # The left side may also lack what the right supplies (``van 1 tot 3 maart``).
    any_date = f"(?:{right_date}|{DAY})"
    # Lists share the parts of their last item: '1 en 2 maart 2017', 'maart en april 2016'.
    list_item = f"(?:{DAY}{sp}{month}|{full_month}|{DAY})"
    list_items = f"{list_item}(?:\\s*,\\s*{list_item}){{0,8}}"
    connector = (
        rf"(?:\s*{RANGE_DASH}\s*|\s*/\s*|{sp}t/m{sp}|{sp}tot{sp}en{sp}met{sp}|{sp}tot{sp}"
        rf"|{sp}en{sp})"
    )

    mail = mail_words()
    en_month = f"{alternation(mail.months, bare=True, lower=True)}\\.?"
    en_weekday = alternation(mail.weekdays, bare=True, lower=True)
    relative_day = alternation(lex.relative_days, bare=True, lower=True)
    day_in_words, year_in_words = _number_words(lex.number_words)
    return DateParts(
        month=month,
        month_with_year=month_with_year,
        full_month=full_month,
        weekday=weekday,
        season=season,
        modifier=modifier,
        ordinal=ordinal,
        past=past,
        nxt=nxt,
        relative_year=relative_year,
        school_word=school_word,
        year_word=year_word,
        quarter_word=quarter_word,
        half_word=half_word,
        week_word=week_word,
        rel_marker=rel_marker,
        sp=sp,
        mod=mod,
        wd=wd,
        day_month=day_month,
        numeric=numeric,
        iso=iso,
        right_date=right_date,
        any_date=any_date,
        list_item=list_item,
        list_items=list_items,
        connector=connector,
        en_month=en_month,
        en_weekday=en_weekday,
        relative_day=relative_day,
        day_in_words=day_in_words,
        year_in_words=year_in_words,
    )
