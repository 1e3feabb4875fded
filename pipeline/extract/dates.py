"""Extract dates: a spaCy component writing spans to ``doc.spans[SPAN_KEY]``.

Finds the date expressions of Dutch government text (``15 september 2017``,
``15-09-2017``, ``eind 2015``, ``het eerste kwartaal van 2016``, ``najaar
2016``, ``2016-2018``, ``schooljaar 2017/2018``, ``27 februari jl.``, ``in
maart a.s.``, ``vorig jaar``, ...). Each span's label is the name of the rule
that found it; ``pipeline.normalize.dates`` turns the span text into a value.

The rules are small named regular expressions built from the word lists in
``pipeline/resources/dates/`` (the same grammar the normalizer parses with),
plus one token rule for bare years, which need context to count: ``2016`` is
a date in ``in 2016`` or ``Jaarverslag 2016``, not in ``€ 2016``, ``Postbus
2016`` or ``2016 mensen``. Tables and references are no running text: years
heading a column (``is_column_header_year``) or ending a row label
(``is_row_label_year``), dates side by side as column headings or a chart's axis
(``heading_runs``) and the years of a reference (``Kamerstukken II 2021/2022``,
``in_reference``) are dropped. Overlaps are resolved by ``resolve_overlaps``
(longest match wins). dateparser is not used: on our text its search is
about ten times slower than these rules, fills in today's year where the text
gives none, and misses the Dutch relative forms (``jl.``, ``a.s.``, ``eind
2015``, ``vanaf september 2015``); see ``benchmarks/dates.py``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.datafiles import Schema, load_json
from pipeline.extract.intervals import Disjoint
from pipeline.nlp import doc_text, overlaps_redaction
from pipeline.textlines import line_spans

SPAN_KEY = "dates"

# --------------------------------------------------------------------------
# Resources


def load_resource(name: str, schema: Schema) -> dict[str, Any]:
    """Load ``resources/dates/<name>``, checked against ``schema`` (see pipeline.datafiles)."""
    return load_json("dates", name, schema)


@dataclass(frozen=True)
class DateLexicon:
    """The Dutch date words, from ``lexicon.json``, ``relative.json`` and ``context.json``."""

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

    @property
    def full_months(self) -> tuple[str, ...]:
        """The longest name of each month (``september``, not ``sept``): safe without a day."""
        longest: dict[int, str] = {}
        for name, number in self.months.items():
            if len(name) > len(longest.get(number, "")):
                longest[number] = name
        return tuple(longest.values())


_MODIFIER_VALUES = {"START", "MID", "END"}
_SEASON_CODES = {"SP", "SU", "FA", "WI"}


@lru_cache(maxsize=1)
def lexicon() -> DateLexicon:
    """The date word lists, loaded and checked once per process."""
    lex = load_resource(
        "lexicon.json",
        {
            "months": dict,
            "weekdays": dict,
            "seasons": dict,
            "season_months": dict,
            "ordinals": dict,
            "quarter_words": list,
            "half_words": list,
            "week_words": list,
            "year_words": list,
            "school_years": dict,
            "modifiers": dict,
        },
    )
    rel = load_resource(
        "relative.json",
        {
            "past_markers": list,
            "next_markers": list,
            "relative_years": dict,
            "relative_markers": dict,
            "relative_days": dict,
            "relative_day_blocked_before": list,
            "recurring_before": list,
            "recurring_after": list,
        },
    )
    ctx = load_resource(
        "context.json",
        {
            "year_context_before": list,
            "year_list_joiners": list,
            "year_block_before": list,
            "year_block_after": list,
            "month_context_before": list,
            "period_context_before": list,
            "leading_words": list,
            "law_words": list,
            "year_context_phrases": list,
            "reference_words": list,
            "law_abbreviation": str,
        },
    )
    for key in ("months", "weekdays", "school_years"):
        if not all(isinstance(n, int) and 1 <= n <= 12 for n in lex[key].values()):
            raise ValueError(f"lexicon.json: {key} must map to numbers 1..12")
    if not all(isinstance(n, int) and n in (-1, 1, 2, 3, 4) for n in lex["ordinals"].values()):
        raise ValueError("lexicon.json: ordinals must be 1..4, or -1 for 'the last'")
    if not all(
        isinstance(v, list) and len(v) == 2 and all(isinstance(m, int) and 1 <= m <= 12 for m in v)
        for v in lex["season_months"].values()
    ):
        raise ValueError("lexicon.json: season_months must be [first month, last month]")
    if (
        not set(lex["seasons"].values()) <= _SEASON_CODES
        or set(lex["season_months"]) != _SEASON_CODES
    ):
        raise ValueError("lexicon.json: seasons must use the codes SP, SU, FA, WI")
    if not set(lex["modifiers"].values()) <= _MODIFIER_VALUES:
        raise ValueError("lexicon.json: modifiers must be START, MID or END")
    for key in ("relative_years", "relative_markers"):
        if not all(isinstance(v, int) for v in rel[key].values()):
            raise ValueError(f"relative.json: {key} must map to whole years")
    if not all(isinstance(v, int) for v in rel["relative_days"].values()):
        raise ValueError("relative.json: relative_days must map to whole days")
    lower = lambda words: frozenset(w.lower() for w in words)  # noqa: E731
    return DateLexicon(
        months={k.lower(): v for k, v in lex["months"].items()},
        weekdays={k.lower(): v for k, v in lex["weekdays"].items()},
        seasons={k.lower(): v for k, v in lex["seasons"].items()},
        season_months={k: (v[0], v[1]) for k, v in lex["season_months"].items()},
        ordinals={k.lower(): v for k, v in lex["ordinals"].items()},
        quarter_words=tuple(lex["quarter_words"]),
        half_words=tuple(lex["half_words"]),
        week_words=tuple(lex["week_words"]),
        year_words=tuple(lex["year_words"]),
        school_years={k.lower(): v for k, v in lex["school_years"].items()},
        modifiers={k.lower(): v for k, v in lex["modifiers"].items()},
        past_markers=tuple(rel["past_markers"]),
        next_markers=tuple(rel["next_markers"]),
        relative_years={k.lower(): v for k, v in rel["relative_years"].items()},
        relative_markers={k.lower(): v for k, v in rel["relative_markers"].items()},
        relative_days={k.lower(): v for k, v in rel["relative_days"].items()},
        relative_day_blocked_before=tuple(w.lower() for w in rel["relative_day_blocked_before"]),
        year_context_before=lower(ctx["year_context_before"]),
        year_list_joiners=lower(ctx["year_list_joiners"]),
        year_block_before=lower(ctx["year_block_before"]),
        year_block_after=lower(ctx["year_block_after"]),
        month_context_before=tuple(w.lower() for w in ctx["month_context_before"]),
        period_context_before=tuple(w.lower() for w in ctx["period_context_before"]),
        leading_words=tuple(
            sorted((w.lower() for w in ctx["leading_words"]), key=len, reverse=True)
        ),
        law_words=tuple(w.lower() for w in ctx["law_words"]),
        year_context_phrases=tuple(w.lower() for w in ctx["year_context_phrases"]),
        reference_words=tuple(w.lower() for w in ctx["reference_words"]),
        law_abbreviation=ctx["law_abbreviation"],
        recurring_before=tuple(w.lower() for w in rel["recurring_before"]),
        recurring_after=tuple(w.lower() for w in rel["recurring_after"]),
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

    def header(self, labels: tuple[str, ...]) -> re.Pattern[str]:
        """A header line opening with one of ``labels`` and a colon: ``Verzonden: ...``."""
        return re.compile(rf"^[ \t]*(?P<label>{_alternation(labels)})[ \t]*:[ \t]*(?P<value>.*)$",
                          re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=1)
def mail_words() -> MailWords:
    data = load_resource(
        "email.json",
        {"sent_labels": list, "english_labels": list, "sender_labels": list, "addressee_labels": list,
         "months": dict, "weekdays": dict, "numeric_day_month_before": list},
    )
    if not all(isinstance(n, int) and 1 <= n <= 12 for n in data["months"].values()):
        raise ValueError("email.json: months must map to numbers 1..12")
    if not all(isinstance(n, int) and 1 <= n <= 7 for n in data["weekdays"].values()):
        raise ValueError("email.json: weekdays must map to numbers 1..7")
    return MailWords(
        sent_labels=tuple(data["sent_labels"]),
        english_labels=frozenset(w.lower() for w in data["english_labels"]),
        sender_labels=tuple(data["sender_labels"]),
        addressee_labels=tuple(data["addressee_labels"]),
        months={k.lower(): v for k, v in data["months"].items()},
        weekdays={k.lower(): v for k, v in data["weekdays"].items()},
        numeric_day_month_before=tuple(w.lower() for w in data["numeric_day_month_before"]),
    )


# --------------------------------------------------------------------------
# The grammar: named patterns, shared with the normalizer


def phrase_regex(phrase: str) -> str:
    """A literal phrase as a regex whose spaces match any run of whitespace."""
    return r"\s+".join(re.escape(part) for part in phrase.split())


def _alternation(words) -> str:
    """A regex alternation of words, longest first."""
    parts = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(phrase_regex(p) for p in parts) + ")"


YEAR = r"(?:19|20)\d{2}"
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
MONTH_NUMBER = r"(?:1[0-2]|0?[1-9])"
RANGE_DASH = r"(?:-|–|—)"
ISO_MONTH = r"1[0-2]|0[1-9]"
ISO_DAY = r"3[01]|[12]\d|0[1-9]"
SHORT_OR_LONG_YEAR = r"(?:19|20)?\d{2}"
RANGE_PREPOSITION = r"van|vanaf|tussen|(?:in\s+de\s+)?periode"


@dataclass(frozen=True)
class Grammar:
    """The rules built from the lexicon: each one named regex source in ``rules``."""

    rules: dict[str, str]
    # One item of a ``date_list`` before its last item ('1', '1 maart', 'maart').
    list_item: str


def _group(name: str | None, pattern: str) -> str:
    return f"(?P<{name}>{pattern})" if name else f"(?:{pattern})"


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The date rules as regex source strings (compiled by ``compiled_rules``)."""
    lex = lexicon()
    full = set(lex.full_months)
    abbreviations = [m for m in lex.months if m not in full]
    month = f"(?:{_alternation(full)}|{_alternation(abbreviations)}\\.?)"
    full_month = _alternation(full)
    weekday = _alternation(lex.weekdays)
    season = _alternation(lex.seasons)
    modifier = _alternation(lex.modifiers)
    ordinal = _alternation(lex.ordinals)
    past = _alternation(lex.past_markers)
    nxt = _alternation(lex.next_markers)
    relative_year = _alternation(lex.relative_years)
    school_word = _alternation(lex.school_years)
    year_word = _alternation(lex.year_words)
    quarter_word = _alternation(lex.quarter_words)
    half_word = _alternation(lex.half_words)
    week_word = _alternation(lex.week_words)
    rel_marker = _alternation(lex.relative_markers)
    sp = r"\s+"
    mod = f"(?:{_group('modifier', modifier)}{sp})?"
    wd = f"(?:{_group('weekday', weekday)},?{sp})?"

    day_month = f"{_group('day', DAY)}{sp}{_group('month', month)}"

    numeric = (
        f"{_group('day', DAY)}(?P<sep>[-/.]){_group('month_number', MONTH_NUMBER)}"
        f"(?P=sep){_group('year', YEAR)}"
    )
    iso = f"{_group('year', YEAR)}-{_group('month_number', ISO_MONTH)}-{_group('day', ISO_DAY)}"
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
    en_month = f"{_alternation(mail.months)}\\.?"
    en_weekday = _alternation(mail.weekdays)
    rules = {
        "iso_date": iso,
        "numeric_date": numeric,
        # Outlook in English: 'Friday, September 25, 2020' and '9/25/2020' (month first).
        "english_date": (
            f"(?:{en_weekday},?{sp})?{_group('month_en', en_month)}{sp}{_group('day', DAY)},?{sp}"
            f"{_group('year', YEAR)}"
        ),
        "us_date": f"{_group('month_number', MONTH_NUMBER)}/{_group('day', DAY)}/{_group('year', YEAR)}",
        # 'd.d. 24/3', 'vrijdag 24-3': a day and month in figures, the year left to the reader.
        "day_month_numeric": f"{wd}{_group('day', DAY)}[/-]{_group('month_number', MONTH_NUMBER)}",
        "day_month_year": f"{wd}{day_month}{sp}{_group('year', YEAR)}",
        "relative_day": f"{wd}{day_month}{sp}{_group('marker', f'{past}|{nxt}')}",
        "day_month": f"{wd}{day_month}",
        "month_year": f"{_group('month', month)}{sp}{_group('year', YEAR)}",
        "relative_month": f"{_group('month', full_month)}{sp}{_group('marker', f'{past}|{nxt}')}",
        "month": _group("month", full_month),
        "period_modifier_year": (
            f"{_group('modifier', modifier)}{sp}(?:(?:het{sp})?jaar{sp})?{_group('year', YEAR)}"
        ),
        "period_modifier_month": (
            f"{_group('modifier', modifier)}{sp}{_group('month', full_month)}"
            f"(?:{sp}{_group('year', YEAR)})?"
        ),
        "period_modifier_relative": (
            f"{_group('modifier', modifier)}{sp}{_group('relative', relative_year)}"
        ),
        "year_phrase": f"(?:het{sp})?{year_word}{sp}{_group('year', YEAR)}",
        "quarter": (
            f"{mod}(?:het{sp})?{_group('ordinal', ordinal)}{sp}{quarter_word}"
            f"(?:{sp}(?:van{sp})?{_group('year', YEAR)})?"
        ),
        "quarter_code": (
            f"(?:Q{_group('index', '[1-4]')}(?:\\s*(?:-|'|van)?\\s*{_group('year', YEAR)})?"
            f"|{_group('year2', YEAR)}\\s*-?\\s*Q{_group('index2', '[1-4]')})"
        ),
        "half_year": (
            f"{mod}(?:(?:de|het){sp})?{_group('ordinal', ordinal)}{sp}{half_word}"
            f"(?:{sp}(?:van{sp})?(?:{_group('year', YEAR)}|(?:het|dit){sp}jaar))?"
        ),
        "season": (
            f"{mod}(?:(?:het|de){sp})?{_group('season', season)}{sp}(?:van{sp})?"
            f"{_group('year', YEAR)}"
        ),
        "season_anchored": f"{mod}(?:het|de){sp}{_group('season', season)}",
        "relative_season": (f"{mod}{_group('marker', rel_marker)}{sp}{_group('season', season)}"),
        "prefixed_relative_month": (
            f"{mod}{_group('marker', rel_marker)}{sp}{_group('month', full_month)}"
        ),
        "week": (
            f"{week_word}{sp}{_group('week', '5[0-3]|[1-4][0-9]|0?[1-9]')}"
            f"(?:{sp}(?:van{sp})?{_group('year', YEAR)})?"
        ),
        "date_list": (
            f"{_group('items', list_items)}{sp}(?:en|of){sp}{_group('last', right_date)}"
        ),
        "school_year": (
            f"(?:het{sp})?{_group('school', school_word)}{sp}{_group('year', YEAR)}"
            f"\\s*[-/–]\\s*{_group('year2', SHORT_OR_LONG_YEAR)}"
        ),
        # The right side may be part of a year ('vanaf september 2025 tot eind 2026').
        "range": (
            f"(?:{_group('range_prep', RANGE_PREPOSITION)}{sp})?"
            f"{_group('left', any_date)}{_group('connector', connector)}"
            f"{_group('right', f'{right_date}|{modifier}{sp}{YEAR}')}"
        ),
        "relative_year": _group("relative", relative_year),
        "deictic_day": _group("deictic_day", _alternation(lex.relative_days)),
        "year": _group("year", YEAR),
    }
    return Grammar(rules=rules, list_item=list_item)


# A date starts after a space, bracket or line start, never inside a word, a
# number (``10.1.2016``) or right after a currency sign.
_START = r"(?<![\w€$ƒ£])(?<!\d[.,/-])"
# ... and ends before a space or punctuation, not before more digits (``2016.000``)
# or a Dutch amount tail (``2016,-``).
_END = r"(?![\w])(?![.,/-]\d)(?!,-)"


@lru_cache(maxsize=1)
def compiled_rules() -> dict[str, re.Pattern[str]]:
    """Each rule compiled to search running text within word boundaries (not ``year``)."""
    return {
        name: re.compile(_START + f"(?:{src})" + _END, re.IGNORECASE)
        for name, src in grammar().rules.items()
        if name != "year"
    }


@lru_cache(maxsize=1)
def fullmatch_rules() -> dict[str, re.Pattern[str]]:
    """Each rule compiled to match a whole (normalized) string: the normalizer's parser."""
    return {name: re.compile(src, re.IGNORECASE) for name, src in grammar().rules.items()}


# --------------------------------------------------------------------------
# Finding candidates


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: str


def _word_before(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Does one of ``words`` (possibly several tokens) end right before ``start``?"""
    head = text[max(0, start - 40) : start].lower()
    return any(re.search(rf"(?<![\w]){phrase_regex(w)}\s+$", head) for w in words)


def _context_ok(text: str, cand: Candidate, match: re.Match[str]) -> bool:
    """Context checks of the rules that are ambiguous on their own."""
    if cand.rule == "month":
        return _word_before(text, cand.start, lexicon().month_context_before)
    if cand.rule == "season_anchored":
        return bool(match.group("modifier")) or _word_before(
            text, cand.start, lexicon().period_context_before
        )
    if cand.rule == "quarter_code":
        return bool(match.group("year") or match.group("year2")) or _word_before(
            text, cand.start, lexicon().period_context_before
        )
    if cand.rule == "half_year":
        # 'de tweede helft' alone is half of anything; 'halfjaar' or a year makes it time.
        return bool(match.group("year")) or "jaar" in match.group(0).lower()
    if cand.rule == "week":
        return _week_ok(text, cand, match)
    if cand.rule == "date_list":
        return _list_ok(text, cand, match)
    if cand.rule == "range":
        return _range_ok(match)
    if cand.rule == "school_year":
        return _school_year_ok(match)
    if cand.rule == "us_date":
        return _us_date_ok(text, cand, match)
    if cand.rule == "day_month_numeric":
        # '24/3' alone is a fraction or a score: a weekday or 'd.d.' makes it a date.
        return bool(match.group("weekday")) or _word_before(
            text, cand.start, mail_words().numeric_day_month_before
        )
    if cand.rule == "deictic_day":
        # 'de morgen', 'elke morgen': the morning, not tomorrow.
        return not _word_before(text, cand.start, lexicon().relative_day_blocked_before)
    return True


def is_recurring_day(text: str, start: int, end: int) -> bool:
    """Is the day without a year at ``text[start:end]`` one of every year (``1 januari van het
    jaar voorafgaande``, ``voor 1 oktober in het heffingsjaar``, ``jaarlijks op 1 mei``)? Such a
    day keeps ``XXXX``: the document's year is not its year."""
    lex = lexicon()
    after = text[end : end + 40].lower()
    joined = _alternation(lex.recurring_after)
    if re.match(rf"\s+{joined}\s+[^\W\d_]*jaar\b(?!\s+(?:{YEAR}))", after):
        return True
    head = text[max(0, start - 30) : start].lower()
    before = _alternation(lex.recurring_before)
    return re.search(rf"(?<![\w]){before}(?:\s+(?:op|per|voor|vóór|rond))?\s+$", head) is not None


def mail_header_label(text: str, start: int) -> str | None:
    """The date label of the e-mail header line the position stands on (``Sent``), else None."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    m = mail_words().header(mail_words().sent_labels).match(line)
    return m.group("label").lower() if m else None


def _us_date_ok(text: str, cand: Candidate, match: re.Match[str]) -> bool:
    """Month first: certain when the day is over 12, else only after an English header label."""
    if int(match.group("day")) > 12:
        return True
    return mail_header_label(text, cand.start) in mail_words().english_labels


def _range_ok(match: re.Match[str]) -> bool:
    """A sane range: ``en`` only after ``tussen``, years run forwards, a day borrows a month."""
    connector = " ".join(match.group("connector").split()).lower()
    prep = (match.group("range_prep") or "").lower()
    if connector == "en" and prep != "tussen":
        return False
    left, right = match.group("left"), match.group("right")
    if re.fullmatch(YEAR, left) and re.fullmatch(YEAR, right):
        # 2016-2018 must run forwards; '2016/2017' reads as a range only for consecutive years.
        if int(right) <= int(left):
            return False
        if connector == "/" and int(right) != int(left) + 1:
            return False
        return True
    if connector == "/":
        return False
    if re.fullmatch(DAY, left):
        # '1-3 maart': the left day borrows the right side's month.
        return bool(re.match(DAY + r"\s", right))
    if re.fullmatch(YEAR, left) or re.fullmatch(YEAR, right):
        # A year against a month ('2016 tot maart 2017') is a range only when introduced as one.
        return prep in ("van", "vanaf", "tussen")
    return True


def _week_ok(text: str, cand: Candidate, match: re.Match[str]) -> bool:
    """'week 12 van 2017', or 'in week 12' (not 'week 3 van de training': a count of weeks)."""
    if match.group("year"):
        return True
    if re.match(r"\s+van\s+(?:de|het|dit|deze)\b", text[cand.end :], re.IGNORECASE):
        return False
    return _word_before(text, cand.start, lexicon().period_context_before)


def _list_ok(text: str, cand: Candidate, match: re.Match[str]) -> bool:
    """Items of one kind as the last one (days with a day, months with a month); not 'tussen'."""
    if _word_before(text, cand.start, ("tussen",)):
        return False
    last = " ".join(match.group("last").split())
    items = [i.strip() for i in match.group("items").split(",")]
    last_has_day = bool(re.match(DAY + r"(?:\s|[-/.])", last))
    if any(re.fullmatch(DAY, item) for item in items):
        return last_has_day and all(re.match(DAY, item) for item in items)
    if all(re.match(DAY, item) for item in items):
        return last_has_day
    if last_has_day or re.fullmatch(YEAR, last):
        return False
    # 'maart en april' without a year needs the context a bare month needs.
    return bool(re.search(YEAR, last)) or _word_before(
        text, cand.start, lexicon().month_context_before
    )


def _school_year_ok(match: re.Match[str]) -> bool:
    first, second = int(match.group("year")), match.group("year2")
    return (int(second) % 100 if len(second) == 2 else int(second)) == (
        (first + 1) % 100 if len(second) == 2 else first + 1
    )


# Every date match contains a number or one of the lexicon's key words (a
# month, season, ``jaar``, ``kwartaal``) at most a few words from its start and
# its end; the rules only run in windows around those triggers, which spares
# the regex engine most of the prose.
_WINDOW_BEFORE, _WINDOW_AFTER = 30, 60


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Words that carry a date without digits: months, seasons, ``jaar``, ``kwartaal``."""
    lex = lexicon()
    words = (
        list(lex.months)
        + list(lex.seasons)
        + [p.split()[-1] for p in lex.relative_years]
        + list(lex.quarter_words)
        + list(lex.half_words)
        + list(lex.relative_days)
        + [w.split()[0] for w in lex.school_years]
    )
    return frozenset(words)


_WORD_OR_NUMBER = re.compile(r"\d+|[^\W\d_]+")


def trigger_windows(text: str) -> list[tuple[int, int]]:
    """Merged character windows around the numbers and trigger words of ``text``."""
    words = trigger_words()
    windows: list[tuple[int, int]] = []
    for m in _WORD_OR_NUMBER.finditer(text):
        token = m.group()
        if not (token[0].isdigit() or token.lower() in words):
            continue
        start, end = max(0, m.start() - _WINDOW_BEFORE), min(len(text), m.end() + _WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


def scan_text(text: str) -> list[Candidate]:
    """All candidates of the regex rules in ``text`` (overlapping; see ``resolve_overlaps``)."""
    found = set()
    windows = trigger_windows(text)
    for name, pattern in compiled_rules().items():
        for win_start, win_end in windows:
            for match in pattern.finditer(text, win_start, win_end):
                if match.end() == win_end < len(text):
                    continue  # cut off by the window: the text goes on
                cand = Candidate(match.start(), match.end(), name)
                if _context_ok(text, cand, match):
                    found.add(cand)
    return sorted(found, key=lambda c: (c.start, c.end, c.rule))


def _is_year_token(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099


def _is_digit_number(text: str) -> bool:
    """A number written in digits (``070``, ``12,5``); not a number word such as ``een``.

    spaCy's ``like_num`` is also true of Dutch number words, and ``in 2015 een
    bedrag`` must keep its year.
    """
    return bool(re.fullmatch(r"\d+(?:[.,]\d+)*", text))


def _prev_word(doc: Doc, i: int) -> str | None:
    return doc[i - 1].lower_ if i > 0 else None


def _alone_on_line(doc: Doc, i: int) -> bool:
    """Whether only white space stands between ``doc[i]`` and the line breaks around it.

    Walks the neighbouring tokens, not the text: a page of years on one long
    line must not cost a scan of the line per year.
    """
    return _edge_of_line(doc, i, -1) and _edge_of_line(doc, i, 1)


def _edge_of_line(doc: Doc, i: int, step: int) -> bool:
    j = i + step
    while 0 <= j < len(doc) and doc[j].is_space:
        if "\n" in doc[j].text:
            return True
        j += step
    if not 0 <= j < len(doc):
        return True
    # spaCy keeps one trailing space on the token; any other white space is a token of its own.
    return "\n" in (doc[j].whitespace_ if step < 0 else doc[i].whitespace_)


def _neighbour(doc: Doc, i: int, step: int) -> Token | None:
    """The nearest token before (``step`` -1) or after (+1) ``doc[i]`` that is not whitespace:
    the next cell of a table row across a tab, or across a line break when ``doc[i]`` stands
    alone on its line (a cell the text layer put on a line of its own)."""
    alone = _alone_on_line(doc, i)
    j = i + step
    while 0 <= j < len(doc) and doc[j].is_space:
        if "\n" in doc[j].text and not alone:
            return None
        j += step
    return doc[j] if 0 <= j < len(doc) else None


def bare_year_ok(doc: Doc, i: int) -> bool:
    """Is the year-like token ``doc[i]`` a year here, not part of an amount, code or count?"""
    lex = lexicon()
    before = _prev_word(doc, i)
    after = doc[i + 1] if i + 1 < len(doc) else None
    if before in lex.year_block_before or (before and before[-1:] in "€$ƒ"):
        return False
    if after is not None and (
        after.lower_ in lex.year_block_after or re.fullmatch(r"[A-Z]{2}", after.text)
    ):
        return False  # 2016 mensen, 2016 euro, postcode 2016 AB
    # Phone numbers and number columns (070 2016 123), also a figure across a tab or line
    # break: a year ending a row label ('Stand ontwerpbegroting 2018<tab>28.287').
    for near in (_neighbour(doc, i, -1), _neighbour(doc, i, 1)):
        if near is not None and _is_digit_number(near.text) and not _is_year_token(near.text):
            return False
    if before in lex.year_context_before:
        return True
    window = doc[max(0, i - 12) : i].text_with_ws  # not doc.text: it is rebuilt on every access
    if _word_before(window, len(window), lex.year_context_phrases):
        return True  # tot en met 2026, in vergelijking met 2022
    if in_law_name(doc, i):
        return False  # Wet maatschappelijke ondersteuning 2015: part of the name
    if before in lex.year_list_joiners and i > 1 and _is_year_token(doc[i - 2].text):
        return True  # in 2015 en 2016
    if after is None or after.is_punct or after.is_space:
        return True  # a year closing a line, clause or title: Jaarverslag 2018
    if after.lower_ in lex.year_list_joiners and _year_follows(doc, after.i + 1):
        return True  # Verantwoording middelen 2017 en aanvraag 2019
    # Without a context word, a year before a lowercase word reads as a count (2016 deelnemers).
    return not (after.is_alpha and after.text.islower())


# How many words a law's name may have between its head word and its year.
_LAW_NAME_REACH = 5


def in_law_name(doc: Doc, i: int) -> bool:
    """Is the year ``doc[i]`` the end of a law's name (``Wet maatschappelijke ondersteuning 2015``,
    ``Jeugdwet 2015``, ``Wmo 2015``)? The head word stands a few words before it on the same line, with no
    punctuation and no word that makes a year a date (``de wet van 2015`` is dated) in between."""
    lex = lexicon()
    if i > 0 and re.fullmatch(lex.law_abbreviation, doc[i - 1].text):
        return True  # Wmo 2015, WVO 2020
    for tok in reversed(doc[max(0, i - _LAW_NAME_REACH) : i]):
        if tok.is_punct or "\n" in tok.text or tok.lower_ in lex.year_context_before:
            return False
        if any(tok.lower_ == w or (w == "wet" and tok.lower_.endswith(w) and tok.is_title) for w in lex.law_words):
            return True
    return False


# How many words a list of years may have between a joiner and the next year.
_LIST_YEAR_REACH = 3


def _year_follows(doc: Doc, i: int) -> bool:
    """A year within a few words from ``i`` on the same line: the second item of a list of years."""
    for tok in doc[i : i + _LIST_YEAR_REACH]:
        if "\n" in tok.text or tok.is_punct:
            return False
        if _is_year_token(tok.text):
            return True
    return False


def is_column_header_year(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a year heading a table column (``Rubriek\t2023\t2022``)?

    Tables of a PDF arrive as tab-separated rows. A year alone in its cell, on
    a row whose other cells (after the row label) are years or empty, names a
    column: the figures under it are dated, the heading itself is no date.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if "\t" not in line:
        return False
    cells = [c.strip() for c in line.split("\t")]
    if text[start:end] not in cells:
        return False
    return all(not c or _is_year_token(c) for c in cells[1:])


# A cell of figures: a number, a dash for nil, or empty.
_FIGURE_CELL = re.compile(r"(?:[-–—]?\s*(?:€\s*)?\d[\d.,]*%?|[-–—]|)")


def is_row_label_year(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a year ending the label of a table row of figures
    (``Mutatie nota van wijziging 2018<tab>–<tab>626``)? The label names the row
    (a budget, a version), and the figures after it are what the row says."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    label, tab, rest = line.partition("\t")
    if not tab or line_start + len(label.rstrip()) != end:
        return False
    cells = [c.strip() for c in rest.split("\t")]
    return any(cells) and all(_FIGURE_CELL.fullmatch(c) for c in cells)


def bare_year_spans(doc: Doc) -> list[Candidate]:
    """Candidates of the token rule ``year`` (not the years heading table columns or ending a
    row label)."""
    text = doc_text(doc)
    # Only a line with a tab is a table row; knowing which lines have one keeps a
    # page of years on one long line linear.
    tab_lines = [(start, end) for start, end in line_spans(text) if "\t" in text[start:end]]
    starts = [start for start, _ in tab_lines]

    def on_tab_line(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos <= tab_lines[k][1]

    return [
        Candidate(tok.idx, tok.idx + len(tok.text), "year")
        for tok in doc
        if _is_year_token(tok.text) and bare_year_ok(doc, tok.i)
        and not (on_tab_line(tok.idx) and (
            is_column_header_year(text, tok.idx, tok.idx + len(tok.text))
            or is_row_label_year(text, tok.idx, tok.idx + len(tok.text))))
    ]


# One heading of a column of dates: a year, or a date in figures ('31-12-2024', '31-dec-24').
_HEADING_DATE = rf"(?:{DAY}[-/.](?:{MONTH_NUMBER}|[^\W\d_]{{3}})[-/.](?:{YEAR}|\d{{2}})|{YEAR})"
# Two or more of them side by side with nothing but spaces or tabs between.
_HEADING_RUN = re.compile(
    rf"(?<![\w.,/-]){_HEADING_DATE}(?:[ \t]+{_HEADING_DATE})+(?![\w]|[.,/-]\d)", re.IGNORECASE
)


def heading_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of runs of dates side by side (``2026 2027 2028 2029``, ``31-12-2024
    31-12-2025``): the column headings of a table or the axis of a chart, whose text layer
    puts them on one line. Running text never puts two dates next to each other without a
    word between them; the figures under the headings are dated, the headings are no dates."""
    return [(m.start(), m.end()) for m in _HEADING_RUN.finditer(text)]


def outside_heading_runs(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop candidates inside a run of column headings (see ``heading_runs``)."""
    runs = heading_runs(text)
    return [c for c in cands if not any(s <= c.start and c.end <= e for s, e in runs)]


def in_reference(text: str, cand: Candidate) -> bool:
    """Does the candidate open with the year of a parliamentary or legal reference
    (``Kamerstukken II 2021/2022, 32847, nr. 906``, ``vergaderjaar 2018–2019``)?"""
    if not re.match(YEAR, text[cand.start : cand.end]):
        return False
    head = text[max(0, cand.start - 40) : cand.start].lower()
    words = _alternation(lexicon().reference_words)
    return re.search(rf"(?<![\w]){words}(?:\s+i{{1,2}})?[\s,]+$", head) is not None


# Higher wins when two candidates cover the same characters.
_PRIORITY = {
    name: rank
    for rank, name in enumerate(
        reversed(
            (
                "school_year",
                "range",
                "date_list",
                "iso_date",
                "us_date",
                "numeric_date",
                "english_date",
                "day_month_year",
                "relative_day",
                "period_modifier_month",
                "period_modifier_year",
                "period_modifier_relative",
                "quarter_code",
                "quarter",
                "half_year",
                "week",
                "season",
                "relative_season",
                "year_phrase",
                "month_year",
                "relative_month",
                "prefixed_relative_month",
                "day_month",
                "day_month_numeric",
                "season_anchored",
                "relative_year",
                "deictic_day",
                "month",
                "year",
            )
        )
    )
}


def resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (ties: rule priority), in text order."""
    ordered = sorted(cands, key=lambda c: (-(c.end - c.start), -_PRIORITY.get(c.rule, -1), c.start))
    kept: list[Candidate] = []
    taken = Disjoint()  # by bisection: a page of thousands of dates stays linear
    for cand in ordered:
        if cand.end <= cand.start:
            if all(cand.end <= k.start or cand.start >= k.end for k in kept):
                kept.append(cand)
        elif not taken.overlaps(cand.start, cand.end):
            taken.add(cand.start, cand.end)
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def with_period_word(text: str, cand: Candidate, period_words: tuple[str, ...]) -> Candidate:
    """Extend a candidate over a period word right before it (``vanaf``, ``tot en met``)."""
    head = text[max(0, cand.start - 30) : cand.start]
    for word in sorted(period_words, key=len, reverse=True):
        m = re.search(rf"(?<![\w/.]){phrase_regex(word)}\s+$", head, re.IGNORECASE)
        if m:
            return Candidate(cand.start - (len(head) - m.start()), cand.end, cand.rule)
    return cand


@lru_cache(maxsize=1)
def period_words() -> tuple[str, ...]:
    roles = load_resource("roles.json", ROLES_SCHEMA)
    return tuple(roles["period"])


ROLES_SCHEMA: dict[str, type] = {
    "sent": list,
    "received": list,
    "period": list,
    "document_labels": list,
    "fillers": list,
}


@dataclass(frozen=True)
class TitleQuotes:
    """How a quoted title looks (``resources/dates/titles.json``)."""

    pattern: re.Pattern[str]
    max_chars: int
    sentence_end: str


@lru_cache(maxsize=1)
def title_quotes() -> TitleQuotes:
    data = load_resource("titles.json", {"quote_pairs": list, "max_title_chars": int, "sentence_end": str})
    pairs = data["quote_pairs"]
    if not all(len(p) == 2 for p in pairs):
        raise ValueError("titles.json: quote_pairs must be two characters each, open and close")
    # The opening quote follows a word ('de training ‘…’'), not a colon or the
    # sentence start (a quotation); it is followed by a letter or digit, the
    # closing one by no letter ('zo'n' is no closing quote).
    def body(o: str, c: str) -> str:
        inner = rf"[^\n{re.escape(o + c)}]*"
        return rf"{re.escape(o)}(?=[^\W_]){inner}(?:\n{inner})?(?<=\S){re.escape(c)}(?![^\W\d_])"

    bodies = "|".join(body(o, c) for o, c in pairs)
    pattern = re.compile(rf"(?<=[^\W_])[ \t]+(?P<quote>{bodies})")
    return TitleQuotes(pattern, data["max_title_chars"], data["sentence_end"])


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted titles: 'de training ‘Spelend leren in de zomer’', 'het rapport
    “Werk in uitvoering”'. A quotation (after a colon, or a whole sentence ending in a full
    stop inside the quotes) is no title: the dates it states are the speaker's."""
    rules = title_quotes()
    out = []
    for m in rules.pattern.finditer(text):
        body = m.group("quote")[1:-1].strip()
        if len(body) > rules.max_chars or body[-1:] in rules.sentence_end:
            continue
        out.append((m.start("quote"), m.end("quote")))
    return out


def outside_titles(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop candidates inside a quoted title: a name ('Spelend leren in de zomer') dates nothing."""
    titles = quoted_titles(text)
    return [c for c in cands if not any(s < c.start and c.end < e for s, e in titles)]


def find_dates(doc: Doc) -> list[Span]:
    """The date spans of a Doc: scan, resolve overlaps, attach period words, align to tokens."""
    text = doc_text(doc)
    found = [
        c for c in scan_text(text) + bare_year_spans(doc)
        if "\t" not in text[c.start : c.end] and not in_reference(text, c)
    ]
    found = outside_heading_runs(text, found)
    # A date never runs across the cells of a table row ('Bedragen per jaar<tab>2023').
    cands = resolve_overlaps(outside_titles(text, found))
    spans = []
    for cand in cands:
        if cand.rule not in ("range", "date_list"):
            cand = with_period_word(text, cand, period_words())
        span = doc.char_span(cand.start, cand.end, label=cand.rule)
        if span is None:
            # 'jl..' is one token: keep the whole tokens inside the match.
            span = doc.char_span(cand.start, cand.end, label=cand.rule, alignment_mode="contract")
        if span is None or overlaps_redaction(doc, span):
            continue
        spans.append(span)
    return spans


@Language.factory("kenmerk_dates")
def make_component(nlp: Language, name: str):
    return DateExtractor()


class DateExtractor:
    """Writes the date spans of each Doc to ``doc.spans[SPAN_KEY]``."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = find_dates(doc)
        return doc
