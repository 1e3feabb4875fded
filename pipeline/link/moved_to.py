"""``De bijdrage van X gaat van € A naar € B``: the same money before and after a change.

A sentence that gives a sum as it was and as it will be (``stijgt van € 3.287.400 in 2025 naar
€ 3.452.900 in 2026``) names one holder for both: the second figure is whose the first is, read by
``restated`` in ``pipeline.link.amounts`` once a rule links the first.
"""

from __future__ import annotations

import re

# 'van € A' right before the first amount.
_FROM = re.compile(r"(?<![\w])van[ \t]+$", re.IGNORECASE)
# Between the two: a year or a short period of the first ('in 2025', 'per jaar'), then 'naar'.
_TO = re.compile(r"(?:[ \t]+(?:in|per|voor)[ \t]+[\w-]+){0,2}[ \t]+naar[ \t]+(?:(?:een|ruim|bijna|circa)[ \t]+)?",
                 re.IGNORECASE)


def moved_to(text: str, first_start: int, first_end: int, start: int) -> bool:
    """Whether the amount at ``start`` is the ``naar`` of a ``van € A naar € B`` whose ``€ A`` is at
    [first_start, first_end)."""
    return (_TO.fullmatch(text, first_end, start) is not None
            and _FROM.search(text, max(0, first_start - 8), first_start) is not None)
