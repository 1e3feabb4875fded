"""A report's own date in its page furniture: the footer or header printed on every page, which ingest keeps
out of the text (``version_furniture``: ``Programmabegroting 2025 | versie 2.0 | 02-04-2024 | pagina 1``). A
version line dates a report or budget on its cover (``doc_date_reports.py``); printed in the footer of each
page it dates it as well, where the cover prints no date. The hit has no place in the text (span -1), as the
``Datum`` of a letter's footer (``datum_furniture`` in ``doc_date.py``)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_lines import DateHit, Line, _day_date_at
from pipeline.extract.doc_words import _alternatives, document_date_words

# Between the version label and its date: the version's number and a separator (' 2.0 | ', ' 3, ').
_VERSION_GAP = re.compile(r"\s*[\w.-]{0,8}\s*[|,;:–-]?\s*")


@lru_cache(maxsize=1)
def _version_label() -> re.Pattern[str]:
    labels = _alternatives(tuple(document_date_words()["version_labels"]))
    return re.compile(rf"(?:^|[\s|])(?:{labels})\b", re.IGNORECASE)


def furniture_version_date(ev: Evidence) -> DateHit | None:
    """The day date right after a version label in the first page's footer or header."""
    for page in ev.pages[:1]:
        for text in page.raw.furniture:
            for m in _version_label().finditer(text):
                hit = _day_date_at(Line(page.number, m.end(), len(text), text[m.end():]), "version_furniture")
                if hit is not None and _VERSION_GAP.fullmatch(text[m.end():hit.start]):
                    return DateHit(hit.value, page.number, -1, -1, hit.rule)
    return None
