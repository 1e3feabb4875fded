"""Image files (TIFF, PNG, JPEG scans): every frame is a page, read by OCR.

A page's size in PDF points comes from the resolution stored in the file, so
word boxes use the same unit as for PDFs. Cameras and screenshots store 72
or 96 dpi as a placeholder; below ``MIN_TRUSTED_DPI`` the image is taken to
be a 300 dpi scan. An image larger than the render cap is scaled down before
OCR (the same cap as for rendering PDF pages); one far beyond it is refused
(``image_too_large``).

A very large scan (a 12,000 x 12,000 px PNG of a few KB) is reduced to at
most ``MAX_OCR_PIXELS`` before OCR, by a whole factor (fast, and exact for
text); such a page gets the layout note ``scan_downscaled`` (and ``scan_cleaned`` a faded
page read again from a cleaned image, see ``pipeline.ingest.faded``). Pillow's
``DecompressionBombWarning`` for such images is expected here and kept off
stderr; its ``DecompressionBombError`` (twice its limit) is ``image_too_large``.
"""

from __future__ import annotations

import dataclasses
import math
import warnings
from functools import partial
from pathlib import Path

from pipeline.errors import KenmerkError
from pipeline.ingest import layout
from pipeline.ingest.faded import CLEANED
from pipeline.ingest.fields import FIELDS_REREAD
from pipeline.ingest.layout import PageWords
from pipeline.ingest.ocr import ocr_image, require_tesseract
from pipeline.ingest.page_images import MAX_OVERSIZE
from pipeline.ingest.page_pool import read_in_parallel
from pipeline.ingest.rules import IngestRules, ingest_rules
from pipeline.records import RawPage

DEFAULT_DPI = 300.0
MIN_TRUSTED_DPI = 100.0
# Scans larger than this are reduced before OCR: a 300 dpi A3 page is 17.4 million pixels.
MAX_OCR_PIXELS = 25_000_000
DOWNSCALED = "scan_downscaled"


def image_dpi(info: dict) -> float:
    """The horizontal resolution stored in the image, or 300 when it is missing or a placeholder."""
    dpi = info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    return value if value >= MIN_TRUSTED_DPI else DEFAULT_DPI


def _prepared(frame, rules: IngestRules, source: str) -> tuple:
    """(greyscale copy of the frame ready for OCR, its pixels per point)."""
    scale = image_dpi(frame.info) / 72.0
    pixels = frame.width * frame.height
    cap = rules.ocr.max_render_pixels
    if pixels > MAX_OVERSIZE * cap:
        raise KenmerkError("image_too_large", source=source, pixels=pixels, limit=MAX_OVERSIZE * cap)
    gray = frame.convert("L")  # a copy, also of an "L" frame: the threads read it, not the file
    if pixels > MAX_OCR_PIXELS:
        factor = math.ceil((pixels / MAX_OCR_PIXELS) ** 0.5)
        smaller = gray.reduce(factor)
        gray.close()
        gray, scale, pixels = smaller, scale / factor, smaller.width * smaller.height
    if pixels > cap:
        factor = (cap / pixels) ** 0.5
        smaller = gray.resize((int(gray.width * factor), int(gray.height * factor)))
        gray.close()
        gray, scale = smaller, scale * factor
    return gray, scale


def _frame_words(gray, scale: float, number: int, rules: IngestRules, source: str) -> PageWords:
    try:
        result = ocr_image(gray, scale, rules, source, number, read_fields=True)
        return PageWords(result.tokens, gray.width / scale, gray.height / scale, "ocr",
                         result.confidence, rotation=result.rotation,
                         notes=(CLEANED,) * result.cleaned + (FIELDS_REREAD,) * result.fields_reread)
    finally:
        gray.close()


def image_pages(path: Path, source: str,
                rules: IngestRules | None = None) -> tuple[RawPage, ...]:
    """The frames of an image file as OCR'd pages; raises a ``KenmerkError`` on failure."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    rules = rules or ingest_rules()
    require_tesseract(rules.ocr.lang, source)
    downscaled: set[int] = set()

    def jobs(image):
        # Frames are decoded here, one after another; the threads of ``read_in_parallel``
        # read them, one tesseract per core.
        for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
            if frame.width * frame.height > MAX_OCR_PIXELS:
                downscaled.add(number)
            gray, scale = _prepared(frame, rules, source)
            yield number, partial(_frame_words, gray, scale, number, rules, source)

    try:
        with warnings.catch_warnings():
            # Expected for large scans, which are reduced below (and noted on the page).
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(Path(path)) as image:
                found = read_in_parallel(jobs(image))
    except Image.DecompressionBombError as err:
        raise KenmerkError("image_too_large", source=source, pixels=_pixels(err),
                           limit=2 * (Image.MAX_IMAGE_PIXELS or 0)) from err
    except (UnidentifiedImageError, OSError, ValueError) as err:
        # OSError covers truncated files ("image file is truncated") and bad codecs.
        reason = f"the image is damaged ({str(err) or type(err).__name__})"
        raise KenmerkError("unreadable_file", source=source, reason=reason) from err
    read: list[PageWords] = []
    for number in sorted(found):
        if isinstance(found[number], KenmerkError):
            raise found[number]  # the first page that failed, as when read one by one
        read.append(found[number])
    pages = tuple(dataclasses.replace(p, method_reason="scan_image",
                                      layout_notes=(*p.layout_notes, DOWNSCALED) if p.number in downscaled
                                      else p.layout_notes)
                  for p in layout.raw_pages(read, rules))
    if not any(p.text.strip() for p in pages):
        raise KenmerkError("no_text", source=source)
    return pages


def _pixels(err: Exception) -> int:
    """The pixel count in Pillow's DecompressionBombError message, or 0."""
    import re

    found = re.search(r"\((\d+) pixels\)", str(err))
    return int(found.group(1)) if found else 0
