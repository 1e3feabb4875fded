"""What every match of a pattern holds: words looked for with ``in`` before the pattern's search.

The document rules search many case-insensitive patterns (``\\bdeze\\s+kaderbrief\\b``, ``\\buitspraak\\b``)
through whole pages. ``re`` cannot skip ahead to where such a pattern could start, so it tries it at every
character; most documents hold none of its words at all. ``search`` first asks whether the text holds one of
the literals that every match must hold (``required_literals``: ``kaderbrief``, ``uitspraak``), which ``str``
finds far faster, and searches only then: it returns what ``pattern.search`` returns, always.

A case-insensitive pattern takes an ASCII letter for its other case and for four letters outside ASCII (``İ``,
``ı``, ``ſ`` and the Kelvin sign): the literals are compared lower-cased, and a text that holds one of those four
is searched without the shortcut.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

# The letters outside ASCII that a case-insensitive pattern matches to an ASCII letter.
_ODD_CASES = ("\u0130", "\u0131", "\u017f", "\u212a")
# Zero-width items: a run of literals goes on across them.
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, skipped where the text holds none of the literals every match holds."""
    return pattern.search(text) if may_match(pattern, text) else None


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only where ``pattern`` cannot match anywhere in ``text``: it holds none of its required literals."""
    literals = required_literals(pattern)
    if literals is None:
        return True
    if pattern.flags & re.IGNORECASE:
        if not text.isascii() and any(c in text for c in _ODD_CASES):
            return True
        text = text.lower()
    return any(lit in text for lit in literals)


@lru_cache(maxsize=1024)
def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` holds (lower-cased for a case-insensitive pattern), or
    None where none is known. Read from the parsed pattern: a run of literal characters in its top-level sequence,
    or one literal of each branch of an alternation (or of a group, or of a repeat that must occur once)."""
    if pattern.flags & re.LOCALE or not isinstance(pattern.pattern, str):
        return None
    found = _required(sre_parse.parse(pattern.pattern, pattern.flags).data)
    if not found:
        return None
    return tuple(lit.lower() for lit in found) if pattern.flags & re.IGNORECASE else found


def _required(items: list) -> tuple[str, ...] | None:
    """The best of the sequence's candidates: the one whose shortest literal is longest."""
    candidates: list[tuple[str, ...]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run += chr(av)
            continue
        if op in _ZERO_WIDTH:
            continue
        if run:
            candidates.append((run,))
        run = ""
        found = None
        if op is sre.BRANCH:
            alternatives = [_required(branch.data if hasattr(branch, "data") else branch) for branch in av[1]]
            found = None if any(a is None for a in alternatives) else tuple(lit for a in alternatives for lit in a)
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:
            found = _required(av[3].data)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            found = _required(av[2].data)
        if found:
            candidates.append(found)
    if run:
        candidates.append((run,))
    return max(candidates, key=lambda c: min(len(lit) for lit in c), default=None)
