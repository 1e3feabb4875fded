"""Shared fixtures. Tests build ``spacy.blank("nl")`` pipelines and never touch the network."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import settings

from pipeline.extract.municipalities import SPAN_KEY as MUNICIPALITIES_KEY
from pipeline.nlp import annotate, build_nlp
from pipeline.records import CleanPage, DocumentInfo
from pipeline.testing import load_test_module

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT / "corpus"
GOLD = CORPUS / "gold" / "gold.jsonl"

# The property tests draw the same examples on every run, so a run that lands is not red by
# the luck of the draw; HYPOTHESIS_PROFILE=explore draws new ones to look for failures.
settings.register_profile("repeatable", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture
def document_info():
    """A one-page text document's ``DocumentInfo`` for tests of the normalizers; any field
    can be given (``document_info(addressee="Gemeente Almere")``)."""

    def make(**fields) -> DocumentInfo:
        base = dict(doc_id="doc", source="doc.txt", doc_type="overig", doc_type_rule="test", doc_date=None,
                    title=None, n_pages=1, ingest="text")
        return DocumentInfo(**{**base, **fields})

    return make


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


# Municipalities that linking tests mark by hand, with their CBS codes.
TEST_CODES = {
    "Den Haag": "GM0518",
    "Amsterdam": "GM0363",
    "Utrecht": "GM0344",
    "Rotterdam": "GM0599",
    "Almere": "GM0034",
    "Gouda": "GM0513",
    "Nijmegen": "GM0268",
    "Lelystad": "GM0995",
    "Dronten": "GM0303",
}


@pytest.fixture
def with_municipalities(annotate_text):
    """Annotate a string as one page with the names of ``TEST_CODES`` marked as municipalities."""

    def run(text: str):
        doc, page = annotate_text(text)
        spans = []
        for name, code in TEST_CODES.items():
            for m in re.finditer(re.escape(name), text):
                spans.append(doc.char_span(m.start(), m.end(), label="test", kb_id=code))
        doc.spans[MUNICIPALITIES_KEY] = sorted(spans, key=lambda s: s.start_char)
        return doc, page

    return run


@pytest.fixture
def links_of():
    """A text run through the whole pipeline: each amount's text and the municipality it goes to."""
    from pipeline.process import process_text

    def run(text: str) -> list[tuple[str, str | None]]:
        return [(a.text, a.municipality_code) for a in process_text(text).amounts]

    return run


# Builders of generated test documents (letters, reports, scans) live in
# tests/fixtures/documents.py, loaded by file path like every module of the test
# trees (see pipeline/testing.py).
DOCUMENTS = Path(__file__).resolve().parent / "fixtures" / "documents.py"


@pytest.fixture(scope="session")
def documents():
    """The test-document builders (see tests/fixtures/documents.py)."""
    return load_test_module(DOCUMENTS)
