"""The date of a bulletin of figures: the day of its issue, printed under its title.

A market's weekly ``MARKTBERICHT No. 46`` prints the market day it reports under its title (``Markt van Vrijdag 19
November 1965``), as a water board's ``Droogtebericht`` its issue: a bulletin is dated by its issue
(``tests/layouts/blind36/CONVENTIONS-animals.md``). Read last for a report, where it prints no date of its own
otherwise; the next market or issue it announces stands further down.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_kind import titled_line
from pipeline.extract.doc_lines import DateHit, _day_date_at
from pipeline.resource_files import DocumentDatesFile

# How many lines under the title the issue's line may stand in (a number line first).
ISSUE_LINES = 2
# What may stand before the day on the issue's line: a word or three ('Markt van Vrijdag', 'Uitgegeven').
_ISSUE_LABEL = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,3}$")


@lru_cache(maxsize=1)
def _bulletin_title() -> re.Pattern[str]:
    return re.compile(load_file(DocumentDatesFile).bulletin_title, re.IGNORECASE)


def bulletin_issue_date(ev: Evidence) -> DateHit | None:
    """The day on a line right under a bulletin's title, after no more than a short label."""
    title = titled_line(ev)
    if title is None or title not in ev.lines or not _bulletin_title().match(title.text):
        return None
    at = ev.lines.index(title)
    for ln in ev.lines[at + 1: at + 1 + ISSUE_LINES]:
        hit = _day_date_at(ln, "bulletin_issue")
        if hit is not None and _ISSUE_LABEL.match(ln.text[: hit.start - ln.start]):
            return hit
    return None
