"""Ingest: a file on disk -> ``RawDocument`` (pages of raw text, with word boxes for PDFs).

The file's kind is decided by its first bytes, not only its name: anything
starting with ``%PDF`` is read as a PDF (``pdf.py``, with OCR for pages
without a text layer), a PNG, JPEG or TIFF scan by OCR (``image.py``), a
``.txt`` file as text (``text.py``). A ``.pdf`` that is not a PDF, an office
file or anything else is refused with a ``KenmerkError`` whose code says why
(see ``pipeline/errors.py``).

Files over ``max_bytes`` are refused from their size alone, before a byte is
read; the document id is the start of the SHA-256 of the bytes, hashed in
chunks.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.errors import KenmerkError
from pipeline.ingest.sniff import HEAD_BYTES, describe, is_image, is_pdf
from pipeline.records import RawDocument, RawPage

DEFAULT_MAX_BYTES = 50 * 1024**2
TEXT_SUFFIXES = frozenset({".txt", ".text"})
CHUNK = 1024 * 1024


def doc_id_for(data: bytes) -> str:
    """The first 16 hex digits of the SHA-256 of the file's bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def file_doc_id(path: Path) -> str:
    """``doc_id_for`` of a file's content, hashed in chunks so a big file is never held whole."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()[:16]


def _check_size(path: Path, source: str, max_bytes: int) -> None:
    try:
        size = path.stat().st_size
    except OSError as err:
        raise KenmerkError("unreadable_file", source=source, reason=err.strerror or err) from err
    if size == 0:
        raise KenmerkError("empty_file", source=source)
    if size > max_bytes:
        raise KenmerkError("too_large", source=source, size_mb=size / 1024**2,
                           limit_mb=max_bytes / 1024**2)


def _head(path: Path, source: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(HEAD_BYTES)
    except OSError as err:
        raise KenmerkError("unreadable_file", source=source, reason=err.strerror or err) from err


def read_document(path: Path, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Read one file into a ``RawDocument``; raises ``KenmerkError`` when it cannot."""
    path = Path(path)
    _check_size(path, source, max_bytes)
    head = _head(path, source)
    suffix = path.suffix.lower()
    if is_pdf(head):
        from pipeline.ingest.pdf import pdf_pages

        pages = pdf_pages(path, source)
        ingest = "ocr" if any(p.method == "ocr" for p in pages) else "pdf"
        return RawDocument(source=source, doc_id=file_doc_id(path), ingest=ingest, pages=pages)
    if is_image(head):
        from pipeline.ingest.image import image_pages

        return RawDocument(source=source, doc_id=file_doc_id(path), ingest="ocr",
                           pages=image_pages(path, source))
    if suffix == ".pdf":
        raise KenmerkError("not_a_pdf", source=source, detail=describe(head))
    if suffix in TEXT_SUFFIXES:
        from pipeline.ingest.text import text_pages

        data = path.read_bytes()
        return RawDocument(source=source, doc_id=doc_id_for(data), ingest="text",
                           pages=text_pages(data, source))
    raise KenmerkError("unsupported_type", source=source, detail=describe(head, suffix))


def raw_document_from_text(text: str, source: str = "text.txt") -> RawDocument:
    """A one-page text document holding exactly ``text`` (no decoding, no page split)."""
    return RawDocument(source=source, doc_id=doc_id_for(text.encode("utf-8")), ingest="text",
                       pages=(RawPage(number=1, text=text, method="text"),))
