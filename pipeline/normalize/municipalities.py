"""Normalize municipalities: spans on a Doc -> ``MunicipalityFact`` records with values.

PLACEHOLDER (foundation scaffold).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.records import CleanPage, DocumentInfo, MunicipalityFact


def municipality_facts(doc: Doc, page: CleanPage, info: DocumentInfo) -> list[MunicipalityFact]:
    return []
