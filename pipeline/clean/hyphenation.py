"""Words hyphenated across a line end, joined again; real hyphens kept.

A line that ends in ``letter-`` followed by a line that starts with a letter
is one of three things:

- a word broken by the typesetter: ``radi-`` + ``calisering`` ->
  ``radicalisering`` (hyphen and line break go);
- a suspended compound: ``links-`` + ``en rechtsextremisme``,
  ``jeugd-`` + ``of buurtwerk``: the next word is a conjunction from
  ``suspension_words``, so the hyphen stays and the break becomes a space;
- a real hyphen that happened to fall at the line end: the next part starts
  with a capital or digit (``Noord-`` + ``Holland``), the first part is an
  acronym (``VNG-`` + ``commissie``) or a prefix that Dutch always writes with
  a hyphen (``ex-``, ``oud-``, ``niet-``), or the join would put two vowels
  together that Dutch separates with a hyphen (``zee-`` + ``egel``) unless
  the joined word is in our word list. Then the hyphen stays and the line
  break goes (``Noord-Holland``).

All data (hyphen characters, conjunctions, prefixes, vowel pairs) is in
``resources/clean/hyphenation.json``; the word list is ``words_nl.txt``.
"""

from __future__ import annotations

import re

from pipeline.clean.mapped import MappedText, TextBuilder
from pipeline.clean.resources import HyphenationRules, dutch_words, hyphenation_rules

JOIN = "join"  # drop hyphen and line break
KEEP = "keep"  # keep the hyphen, drop the line break
SPACE = "space"  # keep the hyphen, the line break becomes a space

_LAST_WORD = re.compile(r"(\w+)$")
_FIRST_WORD = re.compile(r"([\w/.]+)")


def hyphen_decision(left: str, right: str, rules: HyphenationRules,
                    words: frozenset[str] = frozenset()) -> str:
    """What to do with ``left-`` at a line end and ``right`` starting the next line.

    ``left`` is the word before the hyphen (its last hyphen-free part), ``right``
    the first word of the next line (punctuation after it included).
    """
    right_word = right.rstrip(",;:.!?)")
    if right.lower() in rules.suspension_words or right_word.lower() in rules.suspension_words:
        return SPACE
    if not right[:1].islower():
        return KEEP
    if len(left) == 1 or any(c.isdigit() for c in left) or left.isupper():
        return KEEP  # e-mail, x-as, VNG-commissie, 3D-print
    if left.lower() in rules.keep_prefixes:
        return KEEP
    joined = (left + right_word).lower()
    if joined in words:
        return JOIN
    if (left[-1] + right_word[0]).lower() in rules.vowel_clashes:
        return KEEP
    return JOIN


def join_hyphenated(text: MappedText) -> MappedText:
    """Apply ``hyphen_decision`` at every ``letter-`` line end followed by a word."""
    rules = hyphenation_rules()
    source = text.text
    if not any(h in source for h in rules.hyphens) or "\n" not in source:
        return text
    words = dutch_words()
    builder = TextBuilder(text)
    copied = 0
    for start, end in text.lines():
        line = source[start:end].rstrip(" \t")
        if len(line) < 2 or line[-1] not in rules.hyphens or not line[-2].isalpha():
            continue
        hyphen = start + len(line) - 1
        nxt = end + 1
        while nxt < len(source) and source[nxt] in " \t":
            nxt += 1
        first = _FIRST_WORD.match(source, nxt)
        left = _LAST_WORD.search(line[:-1])
        if first is None or left is None or not first.group(1)[0].isalpha():
            continue
        decision = hyphen_decision(left.group(1), first.group(1), rules, words)
        if decision == JOIN:
            builder.copy(copied, hyphen)
        elif decision == KEEP:
            builder.copy(copied, hyphen + 1)
        else:
            builder.copy(copied, hyphen + 1)
            builder.substitute(end, " ")
        copied = nxt
    if copied == 0:
        return text
    builder.copy(copied, len(source))
    return builder.build()
