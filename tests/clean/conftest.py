"""Fixtures for the clean tests: the generated letter PDF, read by ingest (built once)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from pipeline.ingest import read_document

# The same name as tests/ingest/conftest.py, so both folders share one module.
DOCUMENTS_MODULE = "kenmerk_test_documents"


def load_documents():
    """The ``tests/fixtures/documents.py`` module, loaded once by file path."""
    if DOCUMENTS_MODULE in sys.modules:
        return sys.modules[DOCUMENTS_MODULE]
    path = Path(__file__).resolve().parents[1] / "fixtures" / "documents.py"
    spec = importlib.util.spec_from_file_location(DOCUMENTS_MODULE, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[DOCUMENTS_MODULE] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def built_letter(tmp_path_factory):
    return load_documents().build_letter_pdf(tmp_path_factory.mktemp("clean_documents"))


@pytest.fixture(scope="session")
def letter_raw(built_letter):
    return read_document(built_letter.path, source="brief.pdf")
