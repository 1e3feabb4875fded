"""Date candidates: the grammar's rules run over the text, each match checked against its context.

``scan_text`` runs the named patterns of ``pipeline.dutch.date_grammar`` only
in windows around trigger words (numbers, months, seasons, ``jaar``), each
rule only in the windows that hold the words it needs (``rule_triggers``), and
keeps a match when its rule's context check passes (``_context_ok``: no US
date without cue, no week number of a list, a school year that is one, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.dutch.date_grammar import DAY, YEAR, date_words, foreign_months, mail_words
from pipeline.dutch.date_rules import DATE_RULES, compiled_rules
from pipeline.phrases import alternation, phrase_regex
from pipeline.triggers import WORD, Trigger, page_words


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: str


def _word_before(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Does one of ``words`` (possibly several tokens) end right before ``start``?"""
    head = text[max(0, start - 40) : start].lower()
    return _ending_in(tuple(words)).search(head) is not None


@lru_cache(maxsize=64)
def _ending_in(words: tuple[str, ...]) -> re.Pattern[str]:
    # One pattern for the list: it matches where one of the words' own patterns would.
    return re.compile(rf"(?<![\w])(?:{'|'.join(phrase_regex(w, bare=True) for w in words)})\s+$")


def _context_ok(text: str, cand: Candidate, match: re.Match[str]) -> bool:
    """Context checks of the rules that are ambiguous on their own."""
    if cand.rule == "month":
        return _word_before(text, cand.start, date_words().month_context_before)
    if cand.rule == "month_year":
        return not _preposition_before_a_count(text, cand, match)
    if cand.rule == "season_anchored":
        return bool(match.group("modifier")) or _word_before(
            text, cand.start, date_words().period_context_before
        )
    if cand.rule == "quarter_code":
        return bool(match.group("year") or match.group("year2")) or _word_before(
            text, cand.start, date_words().period_context_before
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
        return not _word_before(text, cand.start, date_words().relative_day_blocked_before)
    return True


_NEXT_WORD = re.compile(r"\s+([^\s.,;:!?()]+)")


def _preposition_before_a_count(text: str, cand: Candidate, match: re.Match[str]) -> bool:
    """``mei 2025 minsken``: a month word that is a Frisian preposition (``mei`` = ``met``) before a number
    that counts the word after it (``minsken``, ``euro``: the words that make a bare number no year)."""
    if match.group("month").lower() not in date_words().months_as_prepositions:
        return False
    after = _NEXT_WORD.match(text, cand.end)
    return after is not None and after.group(1).lower() in date_words().year_block_after


def is_recurring_day(text: str, start: int, end: int) -> bool:
    """Is the day without a year at ``text[start:end]`` one of every year (``1 januari van het
    jaar voorafgaande``, ``voor 1 oktober in het heffingsjaar``, ``jaarlijks op 1 mei``)? Such a
    day keeps ``XXXX``: the document's year is not its year."""
    lex = date_words()
    after = text[end : end + 40].lower()
    joined = alternation(lex.recurring_after, bare=True, lower=True)
    if re.match(rf"\s+{joined}\s+[^\W\d_]*jaar\b(?!\s+(?:{YEAR}))", after):
        return True
    head = text[max(0, start - 30) : start].lower()
    before = alternation(lex.recurring_before, bare=True, lower=True)
    if re.search(rf"(?<![\w]){before}(?:\s+(?:op|per|voor|vóór|rond))?\s+$", head) is not None:
        return True
    return _recurring_subject(text, start)


# How far back a sentence's subject is looked for, and where a sentence ends.
_SUBJECT_REACH = 160
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n")


def _recurring_subject(text: str, start: int) -> bool:
    """Does the sentence before ``start`` name days of every year as its subject (``De vaste
    momenten waarop wetgeving in werking treedt zijn 1 januari en 1 augustus``)? Such a sentence
    tells a rule of the calendar, not a day of the document's year."""
    head = text[max(0, start - _SUBJECT_REACH) : start]
    ends = list(_SENTENCE_END.finditer(head))
    head = head[ends[-1].end() :] if ends else head
    subjects = alternation(date_words().recurring_subjects, bare=True, lower=True)
    return re.search(rf"(?<![\w]){subjects}(?![\w])", head.lower()) is not None


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
    if match.group("note") and connector not in ("t/m", "tot en met", "tot"):
        return False  # '2025 (nulmeting) tot en met 2028'; a dash or slash after brackets joins no ends
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
    return _word_before(text, cand.start, date_words().period_context_before)


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
        text, cand.start, date_words().month_context_before
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
    lex = date_words()
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


_NUMBER = re.compile(r"\d+")


def trigger_windows(text: str) -> list[tuple[int, int]]:
    """Merged character windows around the numbers and trigger words of ``text``."""
    # The trigger words are looked up in the page's word index (``page_words``, read once
    # for all extractors), not word by word; a word's end is where its run of letters ends.
    index = page_words(text)
    # A run of letters that opens with a digit sign ('²', '①': digits, not decimals) counts as a number.
    words = (trigger_words() & index.words) | {word for word in index.words if word[0].isdigit()}
    tokens = [(at, WORD.match(text, at).end()) for word in words for at in index.starts(word)]
    tokens += [m.span() for m in _NUMBER.finditer(text)]
    tokens.sort()
    windows: list[tuple[int, int]] = []
    for token_start, token_end in tokens:
        start, end = max(0, token_start - _WINDOW_BEFORE), min(len(text), token_end + _WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


@dataclass(frozen=True)
class _Need:
    """One requirement of a rule: a word of its lists (``Trigger``) or, with ``digit``, a figure."""

    trigger: Trigger
    digit: bool

    def met(self, words: frozenset[str], lowered: str, has_digit: bool) -> bool:
        return ((self.digit and has_digit) or not self.trigger.words.isdisjoint(words)
                or any(mark in lowered for mark in self.trigger.marks))


def _word_list(name: str) -> list[str]:
    if name == "english_months":
        return list(mail_words().months)
    if name == "foreign_months":
        return list(foreign_months())
    return list(getattr(date_words(), name))


@lru_cache(maxsize=1)
def rule_triggers() -> dict[str, tuple[_Need, ...]]:
    """Each scanned rule's requirements (``DateRule.needs``), built from its own word lists."""
    triggers = {}
    for rule in DATE_RULES:
        needs = []
        for need in rule.needs:
            sources = need.split("|")
            words = [w for source in sources if source != "digit" for w in _word_list(source)]
            needs.append(_Need(Trigger.of(words), "digit" in sources))
        triggers[rule.name] = tuple(needs)
    return triggers


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _scan_plan() -> tuple[tuple[_Need, ...], tuple[tuple[str, re.Pattern[str], int], ...]]:
    """The distinct requirements of the scanned rules, and each rule with its pattern and
    the bits of the requirements it has: a window's requirements are judged once, not
    once for every rule that shares them (16 for 28 rules)."""
    rules, triggers = compiled_rules(), rule_triggers()
    needs = tuple(dict.fromkeys(need for name in rules for need in triggers[name]))
    bit = {need: 1 << k for k, need in enumerate(needs)}
    return needs, tuple((name, pattern, sum(bit[need] for need in set(triggers[name])))
                        for name, pattern in rules.items())


def scan_text(text: str) -> list[Candidate]:
    """All candidates of the regex rules in ``text`` (overlapping; see ``resolve_overlaps``).

    In each window a rule is tried only when the window holds what every match of
    the rule contains (``rule_triggers``): most windows hold a figure or a month,
    few a season, a quarter and a relative year at once.
    """
    found = set()
    needs, plan = _scan_plan()
    for win_start, win_end in trigger_windows(text):
        lowered = text[win_start:win_end].lower()
        words = frozenset(WORD.findall(lowered))
        has_digit = _DIGIT.search(lowered) is not None
        met = 0
        for k, need in enumerate(needs):
            if need.met(words, lowered, has_digit):
                met |= 1 << k
        for name, pattern, wanted in plan:
            if met & wanted != wanted:
                continue
            for match in pattern.finditer(text, win_start, win_end):
                if match.end() == win_end < len(text):
                    continue  # cut off by the window: the text goes on
                cand = Candidate(match.start(), match.end(), name)
                if _context_ok(text, cand, match):
                    found.add(cand)
    return sorted(found, key=lambda c: (c.start, c.end, c.rule))
