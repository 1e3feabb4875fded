"""Image files (TIFF, PNG, JPEG scans): every frame is a page, read by OCR.

A page's size in PDF points comes from the resolution stored in the file, so
word boxes use the same unit as for PDFs. Cameras and screenshots store 72
or 96 dpi as a placeholder; below ``MIN_TRUSTED_DPI`` the image is taken to
be a 300 dpi scan. An image larger than the render cap is scaled down before
OCR (the same cap as for rendering PDF pages); one far beyond it is refused.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pipeline.errors import KenmerkError
from pipeline.ingest import layout
from pipeline.ingest.layout import PageWords
from pipeline.ingest.ocr import ocr_image, require_tesseract
from pipeline.ingest.rules import IngestRules, ingest_rules
from pipeline.records import RawPage

DEFAULT_DPI = 300.0
MIN_TRUSTED_DPI = 100.0
# Beyond this many times the render cap the image is refused rather than scaled.
MAX_OVERSIZE = 4


def image_dpi(info: dict) -> float:
    """The horizontal resolution stored in the image, or 300 when it is missing or a placeholder."""
    dpi = info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    return value if value >= MIN_TRUSTED_DPI else DEFAULT_DPI


def _frame_words(frame, number: int, rules: IngestRules, source: str) -> PageWords:
    scale = image_dpi(frame.info) / 72.0
    pixels = frame.width * frame.height
    cap = rules.ocr.max_render_pixels
    if pixels > MAX_OVERSIZE * cap:
        raise KenmerkError("ocr_failed", source=source, page=number,
                           reason=f"the image is {frame.width} x {frame.height} pixels, too large")
    gray = frame.convert("L")
    try:
        if pixels > cap:
            factor = (cap / pixels) ** 0.5
            smaller = gray.resize((int(gray.width * factor), int(gray.height * factor)))
            gray.close()
            gray, scale = smaller, scale * factor
        result = ocr_image(gray, scale, rules, source, number)
        return PageWords(result.tokens, gray.width / scale, gray.height / scale, "ocr",
                         result.confidence, rotation=result.rotation)
    finally:
        gray.close()


def image_pages(path: Path, source: str,
                rules: IngestRules | None = None) -> tuple[RawPage, ...]:
    """The frames of an image file as OCR'd pages; raises a ``KenmerkError`` on failure."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    rules = rules or ingest_rules()
    require_tesseract(rules.ocr.lang, source)
    read: list[PageWords] = []
    try:
        with Image.open(Path(path)) as image:
            for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
                read.append(_frame_words(frame, number, rules, source))
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError) as err:
        # OSError covers truncated files ("image file is truncated") and bad codecs.
        reason = f"the image is damaged ({str(err) or type(err).__name__})"
        raise KenmerkError("unreadable_file", source=source, reason=reason) from err
    pages = tuple(dataclasses.replace(p, method_reason="scan_image")
                  for p in layout.raw_pages(read, rules))
    if not any(p.text.strip() for p in pages):
        raise KenmerkError("no_text", source=source)
    return pages
