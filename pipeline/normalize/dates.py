"""Normalize dates: spans on a Doc -> ``DateFact`` records with values.

PLACEHOLDER (foundation scaffold).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.records import CleanPage, DocumentInfo, DateFact


def date_facts(doc: Doc, page: CleanPage, info: DocumentInfo) -> list[DateFact]:
    return []
