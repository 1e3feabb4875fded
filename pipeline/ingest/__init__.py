"""Ingest: a file on disk -> ``RawDocument`` (pages of raw text).

PLACEHOLDER (foundation scaffold): plain UTF-8 text only; the ingest issue
replaces this with text encoding detection, pdfplumber and tesseract.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.records import RawDocument, RawPage


def doc_id_for(data: bytes) -> str:
    """The first 16 hex digits of the SHA-256 of the file's bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def read_document(path: Path, source: str) -> RawDocument:
    data = Path(path).read_bytes()
    text = data.decode("utf-8")
    return RawDocument(source=source, doc_id=doc_id_for(data), ingest="text",
                       pages=(RawPage(number=1, text=text, method="text"),))


def raw_document_from_text(text: str, source: str = "text.txt") -> RawDocument:
    """A one-page text document from a string, as if read from a .txt file."""
    return RawDocument(source=source, doc_id=doc_id_for(text.encode("utf-8")), ingest="text",
                       pages=(RawPage(number=1, text=text, method="text"),))
