"""Shared fixtures. Tests build ``spacy.blank("nl")`` pipelines and never touch the network."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.nlp import annotate, build_nlp
from pipeline.records import CleanPage

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT / "corpus"
GOLD = CORPUS / "gold" / "gold.jsonl"


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()


@pytest.fixture
def annotate_text(nlp):
    """Annotate a string as one page: returns (doc, page)."""

    def run(text: str):
        page = CleanPage.from_text(text)
        return annotate(nlp, page), page

    return run
