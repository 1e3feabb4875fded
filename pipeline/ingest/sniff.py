"""Recognise a file's kind from its first bytes, to route it and to explain refusals.

``is_pdf`` follows the PDF specification's leniency: readers accept the
``%PDF-`` header anywhere in the first kilobyte (some generators put junk or
a BOM before it). ``describe`` names common non-PDF contents for the
``not_a_pdf`` and ``unsupported_type`` messages. ``is_image`` picks out the
scan formats that are read by OCR.
"""

from __future__ import annotations

HEAD_BYTES = 1024

# (prefix, description); checked in order on the file's first bytes.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or an Office document (docx, xlsx, odt)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (doc, xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
)


# Image formats read by OCR (``pipeline.ingest.image``); a subset of MAGIC.
IMAGE_MAGIC: tuple[bytes, ...] = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def is_image(head: bytes) -> bool:
    """True for PNG, JPEG and TIFF files, the formats scanners write."""
    return head.startswith(IMAGE_MAGIC)


def is_pdf(head: bytes) -> bool:
    """True when ``%PDF-`` occurs in the first kilobyte."""
    return b"%PDF-" in head[:HEAD_BYTES]


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<?xml")):
        return True
    return b"<html" in start[:512]


def describe(head: bytes, suffix: str = "") -> str:
    """A short phrase for what the bytes look like (``an HTML page``, ``a PNG image``)."""
    for prefix, description in MAGIC:
        if head.startswith(prefix):
            return description
    if _looks_like_html(head):
        return "an HTML page"
    sample = head[:HEAD_BYTES]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if sample and controls / len(sample) > 0.05:
        kind = "binary data"
    else:
        kind = "text"
    return f"{kind}, named '{suffix}'" if suffix else kind
