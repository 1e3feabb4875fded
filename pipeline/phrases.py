"""Word lists as regular expressions: one place for how a listed phrase matches text.

A phrase from a resource file matches with any white space between its words,
both apostrophes (``euro's``, ``euro’s``), and whole words only where it starts
or ends in a letter or digit.
"""

from __future__ import annotations

import re


def phrase_regex(phrase: str) -> str:
    """A literal phrase as a regex: spaces match any whitespace, word edges are kept."""
    body = r"\s+".join(re.escape(part) for part in phrase.split())
    # Typeset text writes the apostrophe of zo'n and euro's as ’.
    body = body.replace("'", "['\u2019]")
    if phrase[:1].isalnum():
        body = r"(?<![\w])" + body
    if phrase[-1:].isalnum():
        body = body + r"(?![\w])"
    return body


def alternation(phrases) -> str:
    """Phrases as one alternation, longest first so ``meer dan`` beats ``meer``."""
    return (
        "(?:" + "|".join(phrase_regex(p) for p in sorted(set(phrases), key=len, reverse=True)) + ")"
    )
