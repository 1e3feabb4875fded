"""Cheap triggers: where on a page a rule's key words stand, read once per page.

A rule pattern that starts with a long alternation of listed phrases (the
scale words, the currency words and signs) is tried by ``re`` at every
character of the page, and so costs most where there is nothing to find. Its
trigger is what every match of it begins with: the first word of each phrase
(lower case) and the first character of each phrase that begins with no
letter (``€``, ``$``). The trigger is built from the rule's own word lists in
``resources/``, so it can never miss a phrase that the rule knows.

The page's words are read once (``page_words``, one pass of a simple regex,
kept for the last few pages); a trigger's positions are then look-ups, and
``finditer_at`` tries the full pattern only where the trigger fires. A page
(or line) where it does not fire costs nothing more. Rules that test each
token ask once per distinct token text (``token_indices``). Below the
stages, so any extractor may use it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc

# A run of letters: the unit a phrase's first word is compared with. Digits end a
# run, so the scale suffix of '450k' and '2mln' is a word of its own.
WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Trigger:
    """The first words (lower case) and first marks of a rule's phrases."""

    words: frozenset[str]
    marks: frozenset[str]
    # Endings of words that a rule matches by their ending ('eendaagse', 'tweedaagse').
    endings: frozenset[str] = frozenset()

    @classmethod
    def of(cls, phrases: Iterable[str], endings: Iterable[str] = ()) -> Trigger:
        """The trigger of phrases as a rule matches them (``phrase_regex``, ignoring case).

        A phrase that starts with a letter starts at a word of the text equal to
        its first run of letters: the phrase regex ends that run where the
        phrase does (``(?![\\w])``) or at the non-letter that follows it in the
        phrase (``euro's``, ``k€``, ``mln.``).
        """
        words, marks = set(), set()
        for phrase in phrases:
            phrase = phrase.strip()
            if not phrase:
                continue
            if (first := WORD.match(phrase)) is not None:
                words.add(first.group().lower())
            else:
                marks.add(phrase[0].lower())
        return cls(frozenset(words), frozenset(marks), frozenset(e.lower() for e in endings))

    def __or__(self, other: Trigger) -> Trigger:
        return Trigger(self.words | other.words, self.marks | other.marks, self.endings | other.endings)

    def positions(self, text: str) -> list[int]:
        """Sorted offsets in ``text`` where one of the phrases may start."""
        return _positions(self, text)

    def fires(self, text: str) -> bool:
        """Whether one of the phrases may stand anywhere in ``text``."""
        return bool(_positions(self, text))


class PageWords:
    """The words of a page (lower case): which there are, and where each starts."""

    def __init__(self, text: str) -> None:
        lowered = text.lower()
        # Lower-casing keeps the offsets, except for a few letters ('İ'): then word by word.
        self._text = lowered if len(lowered) == len(text) else None
        if self._text is None:
            self._at: dict[str, list[int]] = {}
            for m in WORD.finditer(text):
                self._at.setdefault(m.group().lower(), []).append(m.start())
            self.words = frozenset(self._at)
        else:
            self._at = {}
            self.words = frozenset(WORD.findall(lowered))

    def starts(self, word: str) -> list[int]:
        """Offsets where ``word`` (lower case, one of ``words``) stands as a whole word."""
        if word not in self.words:
            return []
        if word not in self._at:
            text, found, at = self._text, [], self._text.find(word)
            while at >= 0:
                end = at + len(word)
                if not (at > 0 and _letter(text[at - 1])) and not (end < len(text) and _letter(text[end])):
                    found.append(at)
                at = text.find(word, at + 1)
            self._at[word] = found
        return self._at[word]


def _letter(char: str) -> bool:
    """A character of ``WORD``: a letter or another non-digit word character."""
    return char.isalnum() and not char.isdecimal()


@lru_cache(maxsize=8)
def page_words(text: str) -> PageWords:
    """The words of ``text``, read once per page (the extractors of one page ask in turn)."""
    return PageWords(text)


@lru_cache(maxsize=32)
def _positions(trigger: Trigger, text: str) -> list[int]:
    index = page_words(text)
    found = [at for word in trigger.words & index.words for at in index.starts(word)]
    if trigger.endings:
        found += [at for word in index.words if word.endswith(tuple(trigger.endings))
                  for at in index.starts(word)]
    # The pattern ignores case: 'Ƒ' is looked for as well as 'ƒ'.
    for variant in {variant for mark in trigger.marks for variant in (mark, mark.upper())}:
        at = text.find(variant)
        while at >= 0:
            found.append(at)
            at = text.find(variant, at + 1)
    return sorted(set(found))


def finditer_at(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, tried only at ``starts`` (sorted): the same matches
    for a pattern that begins with its phrase, or with ``\\s*`` and then its
    phrase, when every phrase starts at one of ``starts``.

    A match that ``finditer`` finds starts at the white space before its
    phrase (when the pattern begins with ``\\s*``); so does this one, since the
    pattern is tried from the start of that white space (never before the end
    of the previous match). ``tests/test_triggers.py`` checks the rules that
    use it against ``finditer`` on the corpus and held-out pages.
    """
    end = 0
    for at in starts:
        if at < end:
            continue
        begin = at
        while begin > end and text[begin - 1].isspace():
            begin -= 1
        m = pattern.match(text, begin)
        if m is None and begin < at:
            m = pattern.match(text, at)
        if m is not None:
            yield m
            end = max(m.end(), m.start() + 1)


def may_start(phrase: str, text: str) -> bool:
    """Whether ``phrase``, matched as a whole word (ignoring case), may stand in ``text``.

    False only when the phrase starts with a letter and its first word is
    nowhere in the text: then no such match can exist.
    """
    first = WORD.match(phrase)
    return first is None or first.group().lower() in page_words(text).words


def token_indices(doc: Doc, test: Callable[[str], object], memo: dict[int, bool] | None = None) -> list[int]:
    """Indices of the tokens of ``doc`` whose text passes ``test``, asked once per distinct text.

    A page repeats its words: this reads the token texts from one array
    instead of building a Token object per token per rule. With ``memo`` (the
    caller's, for one ``test``), a text is asked once per process: the memo
    keeps each verdict under the text's hash in spaCy's string store, which is
    the same for every Doc, and is emptied when it grows past ``MEMO_SIZE``.
    """
    if len(doc) == 0:
        return []
    orths = doc.to_array([ORTH])
    distinct, inverse = numpy.unique(orths, return_inverse=True)
    strings = doc.vocab.strings
    if memo is None:
        memo = {}
    passes = []
    for h in distinct.tolist():
        verdict = memo.get(h)
        if verdict is None:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            verdict = memo[h] = bool(test(strings[h]))
        passes.append(verdict)
    return numpy.flatnonzero(numpy.array(passes, dtype=bool)[inverse]).tolist()


# Distinct token texts a memo of ``token_indices`` keeps before it starts again.
MEMO_SIZE = 100_000
