"""Normalize amounts: spans on a Doc -> ``AmountFact`` records with values.

PLACEHOLDER (foundation scaffold).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.records import CleanPage, DocumentInfo, AmountFact


def amount_facts(doc: Doc, page: CleanPage, info: DocumentInfo) -> list[AmountFact]:
    return []
