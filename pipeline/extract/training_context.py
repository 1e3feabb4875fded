"""Trainings: fewer false alarms from generic words, and counts that leave their training unsaid.

Used by ``pipeline.extract.trainings.find_mentions`` after its own rules; the
word lists are ``resources/trainings/generic.json``.

- ``keep_generic_kinds``: words that often mean no training at all
  (``voorlichting``, ``expertmeeting``, ``opleiding`` as a level of education,
  ``module``; ``generic_kinds``) count only in a unit about a training: one
  with a training verb or noun (``deelnemers``, ``organiseerde``,
  ``aangeboden``, ``volgden``; ``context_words`` and the trainings lexicon's
  own), or with a part of a training (a count, duration, or a provider the
  lexicon knows: ``Centrum Seksuele Gezondheid: voorlichting en behandeling``
  is a service, not a training). An audience is no such part: a voorlichting
  is for someone by what the word means (``een voorlichting voor bewoners
  over de afvalinzameling``). A generic plural
  (``opleidingen``, ``modules``) needs such a part; a verb is not enough.
  A quoted or capitalised title makes the word a title already, so named
  courses count as before.
- ``drop_job_titles``: ``Hoofd Training en Opleiding``, ``manager opleidingen``:
  a training word right after a job title word names a post, not a training.
- ``drop_education_levels``: ``een afgeronde mbo opleiding``, ``opleiding op
  hbo-niveau``: the education someone has, not a training given.
- ``find_elliptic_counts``: ``In 2017 waren dat er 132``: a number after an
  opener (``elliptic_openers``) counts the participants of the training last
  mentioned in its paragraph (an adverb may stand between: ``waren dat er al
  132``; ``elliptic_fillers``); the span (label ``elliptic_count``) is dropped
  when the paragraph names no training before it. The normalizer gives it a
  row of that training (``pipeline.normalize.training_ellipsis``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.training_lexicon import TrainingWords, kind_of, training_words
from pipeline.extract.training_mentions import (
    COUNT,
    COUNTED,
    DURATION,
    ELLIPTIC,
    KIND,
    PLURAL,
    PROVIDER,
    WORD,
    Mention,
    unit_index,
)
from pipeline.extract.training_parts import has_training_context
from pipeline.extract.training_rules import MENTION_LABELS
from pipeline.resource_files import TrainingsGenericFile


@dataclass(frozen=True)
class GenericWords:
    generic_kinds: frozenset[str]
    context_words: frozenset[str]
    job_title_words: frozenset[str]
    education_words: frozenset[str]
    elliptic_openers: tuple[str, ...]
    elliptic_fillers: tuple[str, ...]


@lru_cache(maxsize=1)
def generic_words() -> GenericWords:
    """``resources/trainings/generic.json``, checked, lower case."""
    data = load_file(TrainingsGenericFile)
    low = {k: [w.lower() for w in v] for k, v in vars(data).items()}
    return GenericWords(
        generic_kinds=frozenset(low["generic_kinds"]),
        context_words=frozenset(low["context_words"]),
        job_title_words=frozenset(low["job_title_words"]),
        education_words=frozenset(low["education_words"]),
        elliptic_openers=tuple(sorted(low["elliptic_openers"], key=len, reverse=True)),
        elliptic_fillers=tuple(low["elliptic_fillers"]),
    )


_WORDS = re.compile(r"[^\W\d_][\w-]*")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORDS.findall(text)]


def _lemma(text: str) -> str | None:
    info = kind_of(text.split()[-1])
    return info.lemma.lower() if info is not None else None


def unit_has_training_context(unit_text: str, rules: GenericWords, lex: TrainingWords) -> bool:
    """A training verb or noun in the unit (``deelnemers``, ``organiseerde``, ``volgden``)."""
    words = set(_words(unit_text))
    return bool(words & rules.context_words) or has_training_context(unit_text, lex)


def keep_generic_kinds(
    text: str,
    units: list[tuple[int, int]],
    mentions: list[Mention],
    lex: TrainingWords, rules: GenericWords | None = None) -> list[Mention]:
    """Drop generic training words (``voorlichting``, ``opleiding``) in units not about a training."""
    rules = rules or generic_words()
    # No audience: 'voorlichting voor bewoners' has one by what the word means.
    parts = {COUNT, DURATION, ELLIPTIC}
    # Any capitalised 'Centrum ...' or 'Stichting ...' reads as a provider; only a
    # known training organisation speaks for a training ('verzorgd door X' has its verb).
    with_parts = {
        unit_index(units, m.start)
        for m in mentions
        if m.label in parts or m.label == PROVIDER and m.kb_id in lex.organisations
    }
    out = []
    for m in mentions:
        if m.label in (WORD, KIND, PLURAL, COUNTED) and _lemma(text[m.start : m.end]) in rules.generic_kinds:
            idx = unit_index(units, m.start)
            if idx is None:
                continue
            s, e = units[idx]
            # The word itself ('bijeenkomst') is no evidence for itself.
            rest = text[s : m.start] + " " + text[m.end : e]
            # 'georganiseerd langs de lijnen van opleidingen': a generic plural names
            # study programmes in general; only a part of a training makes it one.
            about_training = idx in with_parts or (
                m.label != PLURAL and unit_has_training_context(rest, rules, lex)
            )
            if not about_training:
                continue
        out.append(m)
    return out


def drop_job_titles(text: str, mentions: list[Mention], rules: GenericWords | None = None) -> list[Mention]:
    """``Hoofd Training``, ``manager opleidingen en training``: a post, not a training."""
    rules = rules or generic_words()
    out = []
    for m in mentions:
        if m.label in (WORD, KIND, PLURAL):
            before = _words(text[max(0, m.start - 40) : m.start])[-3:]
            # 'Manager Opleiding en Training': the title word may head a pair.
            while before and before[-1] in ("en", "&") or before and _lemma(before[-1]):
                before = before[:-1]
            if before and before[-1] in rules.job_title_words:
                continue
        out.append(m)
    return out


def drop_education_levels(
    text: str, mentions: list[Mention], rules: GenericWords | None = None
) -> list[Mention]:
    """``een afgeronde hbo opleiding``, ``opleiding op mbo-niveau``: schooling, not a training."""
    rules = rules or generic_words()
    out = []
    for m in mentions:
        if m.label in (WORD, KIND, PLURAL) and _lemma(text[m.start : m.end]) == "opleiding":
            near = _words(text[max(0, m.start - 25) : m.start])[-2:] + _words(text[m.end : m.end + 25])[:3]
            parts = {p for w in near for p in w.split("-")}
            if parts & rules.education_words:
                continue
        out.append(m)
    return out


_NUMBER = r"(?P<number>\d{1,3}(?:\.\d{3})+|\d+)"


@lru_cache(maxsize=1)
def _elliptic_pattern() -> re.Pattern[str]:
    rules = generic_words()
    openers = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in rules.elliptic_openers)
    qualifiers = "|".join(
        re.escape(q).replace(r"\ ", r"\s+") for q in sorted(training_words().qualifiers, key=len, reverse=True)
    )
    fillers = "|".join(re.escape(f) for f in rules.elliptic_fillers)
    return re.compile(
        rf"(?<![\w-])(?:{openers})\s+(?:(?:{fillers})\s+)?(?P<count>(?:(?:{qualifiers})\s+)?{_NUMBER})(?![\w,.-]*\d)(?!\s*(?:%|procent|euro|€))",
        re.IGNORECASE,
    )


def find_elliptic_counts(
    text: str, mentions: list[Mention], paragraphs: list[tuple[int, int]]
) -> list[Mention]:
    """``waren dat er 132``: a count of the training named before it in the paragraph."""
    out = []
    for m in _elliptic_pattern().finditer(text):
        start, end = m.start("count"), m.end("count")
        para = next(((s, e) for s, e in paragraphs if s <= start < e), None)
        if para is None:
            continue
        before = [x for x in mentions if para[0] <= x.start < start and (x.label in MENTION_LABELS or x.label == COUNT)]
        if before:
            out.append(Mention(start, end, ELLIPTIC))
    return out


def count_of(text: str) -> tuple[int, str] | None:
    """``ruim 132`` -> (132, 'more_than'); the qualifier words of the trainings lexicon."""
    lex = training_words()
    low = " ".join(text.lower().split())
    qualifier = "exact"
    for q in sorted(lex.qualifiers, key=len, reverse=True):
        if low.startswith(q + " "):
            qualifier, low = lex.qualifiers[q], low[len(q) + 1 :]
            break
    digits = low.replace(".", "")
    return (int(digits), qualifier) if digits.isdigit() else None
