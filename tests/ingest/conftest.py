"""Fixtures for the ingest tests: generated letters, reports and scans (built once per session).

The builders live in ``tests/fixtures/documents.py`` and come from the
``documents`` fixture of ``tests/conftest.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import read_document


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
