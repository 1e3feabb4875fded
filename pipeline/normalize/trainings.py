"""Normalize trainings: spans on a Doc -> ``TrainingFact`` records with values.

PLACEHOLDER (foundation scaffold).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.records import CleanPage, DocumentInfo, TrainingFact


def training_facts(doc: Doc, page: CleanPage, info: DocumentInfo) -> list[TrainingFact]:
    return []
