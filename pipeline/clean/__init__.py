"""Clean: ``RawPage`` -> ``CleanPage``, keeping a map back to raw offsets.

PLACEHOLDER (foundation scaffold): identity; the OCR/clean issue replaces it.
"""

from __future__ import annotations

from pipeline.records import CleanPage, RawPage


def clean_page(raw: RawPage) -> CleanPage:
    return CleanPage(number=raw.number, text=raw.text, raw=raw,
                     raw_offsets=tuple(range(len(raw.text) + 1)))
