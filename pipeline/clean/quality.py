"""How readable a page is: garbage lines and the share of dictionary-like tokens.

Tokens are the white-space separated pieces of the text with the punctuation
around them taken off; tokens that are nothing but punctuation (``-``, ``•``)
are not counted. A token is *dictionary-like* when it is

- a number (``2016``, ``6``, ``950.000``, ``28-01-2016``), or
- a word from ``words_nl.txt`` or spaCy's Dutch stop words (case-folded), or
- word-shaped: letters only (hyphen and apostrophe allowed between letters),
  at least two of them, with a vowel, no run of more than
  ``max_consonant_run`` consonants or ``max_same_letter_run`` equal letters,
  and each hyphen part written in lower case, Capitalised or ALL CAPS (not ``fXe``).

``page_quality`` is the share of dictionary-like tokens among the counted
tokens (None for a page without any). Clean born-digital text scores about
1.0; OCR debris (``fx®e``, ``|``, ``linpe`` passes the shape rule) pulls it down.

A line is *garbage* (flagged in ``CleanPage.garbage_lines``, never dropped)
when fewer than ``garbage_min_alnum_share`` of its non-space characters are
letters or digits, or when it has at least ``garbage_min_tokens`` tokens and
fewer than ``garbage_min_word_share`` of them are dictionary-like. A list
marker alone (``1.``, ``•``) is not garbage. Thresholds: ``quality.json``.
"""

from __future__ import annotations

import re

from pipeline.clean.resources import QualityRules, dutch_words, line_rules, quality_rules
from pipeline.clean.tokens import is_number_token

_PARTS = re.compile(r"['\u2019\-]")
_WORD = re.compile(r"^[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*$")


def _letter_runs_ok(word: str, rules: QualityRules) -> bool:
    consonants = same = 0
    previous = ""
    for char in word.lower():
        if not char.isalpha():
            consonants, previous, same = 0, "", 0
            continue
        consonants = 0 if char in rules.vowels else consonants + 1
        same = same + 1 if char == previous else 1
        previous = char
        if consonants > rules.max_consonant_run or same > rules.max_same_letter_run:
            return False
    return True


def is_word_shaped(token: str, rules: QualityRules) -> bool:
    """The shape rule of the module docstring."""
    if not _WORD.match(token) or sum(c.isalpha() for c in token) < 2:
        return False
    if not any(c in rules.vowels for c in token.lower()):
        return False
    return all(_cased(part) for part in _PARTS.split(token)) and _letter_runs_ok(token, rules)


def _cased(part: str) -> bool:
    """lower case, Capitalised or ALL CAPS (each part of ``VNG-commissie`` on its own)."""
    return part.islower() or part.isupper() or (part[:1].isupper() and part[1:].islower())


def counted_tokens(text: str, rules: QualityRules) -> list[str]:
    """Tokens with surrounding punctuation taken off; punctuation-only tokens left out."""
    # ``str.split()`` cuts where ``\S+`` ends: both take white space as ``str.isspace()``.
    punctuation = rules.ignored_punctuation
    return [token for token in (piece.strip(punctuation) for piece in text.split()) if token]


def is_dictionary_like(token: str, rules: QualityRules, words: frozenset[str]) -> bool:
    if is_number_token(token) or token.lower() in words:
        return True
    return is_word_shaped(token, rules)


def _judge(tokens: list[str], rules: QualityRules, words: frozenset[str],
           seen: dict[str, bool]) -> int:
    """How many of ``tokens`` are dictionary-like (``seen`` caches verdicts, ``_verdicts``)."""
    for token in tokens:
        if token not in seen:
            seen[token] = is_dictionary_like(token, rules, words)
    return sum(map(seen.__getitem__, tokens))


# Counted in C, not character by character: ``str.split()`` cuts at ``str.isspace()``
# and ``[^\W_]`` is ``str.isalnum()``; what is left after taking the others out is counted.
_NOT_ALNUM = re.compile(r"[\W_]+")


def _garbage(line: str, tokens: list[str], good: int, rules: QualityRules) -> bool:
    visible = len("".join(line.split()))
    if not visible or line_rules().list_marker_alone.match(line):
        return False
    if len(_NOT_ALNUM.sub("", line)) / visible < rules.garbage_min_alnum_share:
        return True
    return (len(tokens) >= rules.garbage_min_tokens
            and good / len(tokens) < rules.garbage_min_word_share)


def assess_page(text: str) -> tuple[tuple[tuple[int, int], ...], float | None]:
    """Garbage lines and page quality in one pass over the page's lines."""
    rules, words = quality_rules(), dutch_words()
    garbage: list[tuple[int, int]] = []
    counted = good_total = 0
    offset = 0
    for line in text.split("\n"):
        n, good, is_garbage = _line_verdict(line, rules, words)
        counted += n
        good_total += good
        if is_garbage:
            garbage.append((offset, offset + len(line)))
        offset += len(line) + 1
    quality = round(good_total / counted, 4) if counted else None
    return tuple(garbage), quality


def page_quality(text: str) -> float | None:
    """Share of dictionary-like tokens on the page (see module docstring); None without tokens."""
    return assess_page(text)[1]


def is_garbage_line(line: str, rules: QualityRules, words: frozenset[str]) -> bool:
    return _line_verdict(line, rules, words)[2]


def _line_verdict(line: str, rules: QualityRules, words: frozenset[str]) -> tuple[int, int, bool]:
    """(tokens counted, dictionary-like ones among them, garbage) of one line.

    The paragraph step asks of every printed line, ``assess_page`` of every line
    of the clean text: where no lines were joined they are the same lines, so
    each verdict is kept under the line's text (beside the tokens' verdicts).
    """
    seen = _verdicts(rules, words)
    held = _LINES[(id(rules), id(words))]
    verdict = held.get(line)
    if verdict is None:
        tokens = counted_tokens(line, rules)
        good = _judge(tokens, rules, words, seen)
        verdict = (len(tokens), good, _garbage(line, tokens, good, rules))
        if len(held) >= _LINES_SIZE:
            held.clear()
        held[line] = verdict
    return verdict


# Verdicts on tokens, kept across lines and pages (a token's verdict depends only on
# the rules and the word list): the clean stage asks again for nearly every word.
_VERDICTS: dict[tuple[int, int], tuple[QualityRules, frozenset[str], dict[str, bool]]] = {}
_VERDICTS_SIZE = 100_000
# Verdicts on whole lines (``_line_verdict``), under the same key: new rules or words start both anew.
_LINES: dict[tuple[int, int], dict[str, tuple[int, int, bool]]] = {}
_LINES_SIZE = 4096


def _verdicts(rules: QualityRules, words: frozenset[str]) -> dict[str, bool]:
    held = _VERDICTS.get((id(rules), id(words)))
    if held is None or held[0] is not rules or held[1] is not words:
        held = _VERDICTS[(id(rules), id(words))] = (rules, words, {})
        _LINES[(id(rules), id(words))] = {}
    if len(held[2]) >= _VERDICTS_SIZE:
        held[2].clear()
    return held[2]


def garbage_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every garbage line of the page, the line break excluded."""
    return assess_page(text)[0]
