"""Word lists as regular expressions: one place for how a listed phrase matches text.

A phrase from a resource file matches with any white space between its words,
both apostrophes (``euro's``, ``euro’s``), and whole words only where it starts
or ends in a letter or digit. Rules that set their own boundaries around the
phrase (the date grammar, the training finders) ask for the ``bare`` phrase:
only the white-space rule, nothing around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache


# Some rules build their patterns from the word lists on every call: the strings are
# made once per phrase and list (``re`` keeps the compiled patterns).
@lru_cache(maxsize=8192)
def phrase_regex(phrase: str, *, bare: bool = False) -> str:
    """A literal phrase as a regex: spaces match any whitespace, word edges are kept.

    ``bare=True``: spaces match any whitespace and nothing else is added.
    """
    body = r"\s+".join(re.escape(part) for part in phrase.split())
    if bare:
        return body
    # Typeset text writes the apostrophe of zo'n and euro's as ’.
    body = body.replace("'", "['\u2019]")
    if phrase[:1].isalnum():
        body = r"(?<![\w])" + body
    if phrase[-1:].isalnum():
        body = body + r"(?![\w])"
    return body


def alternation(phrases: Iterable[str], *, bare: bool = False, lower: bool = False) -> str:
    """Phrases as one alternation group, longest first so ``meer dan`` beats ``meer``.

    ``bare`` as for ``phrase_regex``; ``lower=True`` lower-cases the phrases
    first, for text that is lower-cased before it is searched.
    """
    return _alternation(tuple(phrases), bare, lower)


@lru_cache(maxsize=1024)
def _alternation(phrases: tuple[str, ...], bare: bool, lower: bool) -> str:
    words = {p.lower() for p in phrases} if lower else set(phrases)
    return "(?:" + "|".join(phrase_regex(p, bare=bare) for p in sorted(words, key=len, reverse=True)) + ")"
