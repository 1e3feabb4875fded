"""Fixtures for the clean tests: the generated letter PDF, read by ingest (built once)."""

from __future__ import annotations

import pytest

from pipeline.ingest import read_document


@pytest.fixture(scope="session")
def built_letter(documents, tmp_path_factory):
    return documents.build_letter_pdf(tmp_path_factory.mktemp("clean_documents"))


@pytest.fixture(scope="session")
def letter_raw(built_letter):
    return read_document(built_letter.path, source="brief.pdf")
