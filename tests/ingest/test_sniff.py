"""Recognising file kinds from their first bytes."""

from __future__ import annotations

import pytest

from pipeline.ingest.sniff import describe, is_pdf


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"%PDF-1.4\n", True),
        (b"\xef\xbb\xbf%PDF-1.7\n", True),
        (b"garbage before the header " * 10 + b"%PDF-1.3", True),
        (b"<html>%PDF-", True),
        (b"PDF-1.4", False),
        (b"<!DOCTYPE html>", False),
    ],
)
def test_is_pdf(head, expected):
    assert is_pdf(head) is expected


@pytest.mark.parametrize(
    ("head", "phrase"),
    [
        (b"<!DOCTYPE html><html>", "an HTML page"),
        (b"  \n<html lang='nl'>", "an HTML page"),
        (b"\x89PNG\r\n\x1a\n....", "a PNG image"),
        (b"\xff\xd8\xff\xe0", "a JPEG image"),
        (b"PK\x03\x04rest", "a ZIP archive or an Office document (docx, xlsx, odt)"),
        (b"Geachte heer,", "text"),
        (bytes(range(32)) * 4, "binary data"),
    ],
)
def test_describe(head, phrase):
    assert describe(head) == phrase


def test_describe_names_the_suffix_for_unknown_text():
    assert describe(b"# Notities", ".md") == "text, named '.md'"
