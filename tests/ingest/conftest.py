"""Fixtures for the ingest tests: generated letters, reports and scans (built once per session).

The builders live in ``tests/fixtures/documents.py``. Test folders are not
packages and pytest runs with ``--import-mode=importlib``, so the module is
loaded from its file path (no ``sys.path`` edits); it is registered in
``sys.modules`` under one name so every folder that loads it shares it.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from pipeline.ingest import read_document

DOCUMENTS_MODULE = "kenmerk_test_documents"


def load_documents():
    """The ``tests/fixtures/documents.py`` module, loaded once by file path."""
    if DOCUMENTS_MODULE in sys.modules:
        return sys.modules[DOCUMENTS_MODULE]
    path = Path(__file__).resolve().parents[1] / "fixtures" / "documents.py"
    spec = importlib.util.spec_from_file_location(DOCUMENTS_MODULE, path)
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the class is built.
    sys.modules[DOCUMENTS_MODULE] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def documents():
    return load_documents()


@pytest.fixture(scope="session")
def fixture_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("ingest_documents")


@pytest.fixture(scope="session")
def letter(documents, fixture_dir):
    return documents.build_letter_pdf(fixture_dir)


@pytest.fixture(scope="session")
def letter_doc(letter):
    return read_document(letter.path, source="brief.pdf")


@pytest.fixture(scope="session")
def annual_report(documents, fixture_dir):
    return documents.build_annual_report_pdf(fixture_dir)


@pytest.fixture(scope="session")
def scanned_letter(documents, fixture_dir):
    return documents.build_scanned_letter_pdf(fixture_dir)


@pytest.fixture(scope="session")
def scanned_letter_doc(scanned_letter):
    return read_document(scanned_letter.path, source="brief_scan.pdf")
