"""OCR of PDF pages without a usable text layer: pypdfium2 renders, tesseract reads.

Tesseract's word boxes are converted from pixels back to PDF points, so the
layout rules of ``pipeline.ingest.layout`` (columns, margin, furniture) apply
to scans exactly as to born-digital pages.

Tesseract runs with ``OMP_THREAD_LIMIT=1``: its OpenMP threads fight over the
cores with our own worker processes, and on a 2-core machine one thread per
page is about six times faster (1.9 s instead of 11 s per page). The
variable is set for this process if the user has not set it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from statistics import fmean

from pipeline.errors import KenmerkError
from pipeline.ingest.layout import Token, median_height
from pipeline.ingest.redaction import apply_redactions, image_redaction_boxes
from pipeline.ingest.rules import IngestRules, OcrRules
from pipeline.records import BBox

# A rendered page whose darkest pixel is lighter than this is blank paper.
BLANK_LEVEL = 200
BLANK_CHECK_DPI = 36


@dataclass(frozen=True)
class OcrPage:
    tokens: list[Token]
    width: float
    height: float
    confidence: float | None


@lru_cache(maxsize=4)
def tesseract_problem(lang: str) -> str | None:
    """Why tesseract cannot OCR ``lang`` here, or None when it can."""
    import pytesseract

    try:
        pytesseract.get_tesseract_version()
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, OSError) as err:
        return f"tesseract is not installed ({err})"
    if lang not in languages:
        return f"the tesseract language '{lang}' is not installed"
    return None


def require_tesseract(lang: str, source: str) -> None:
    """Raise ``ocr_unavailable`` unless tesseract with ``lang`` can run."""
    if tesseract_problem(lang) is not None:
        raise KenmerkError("ocr_unavailable", source=source)


def render_scale(width: float, height: float, rules: OcrRules) -> float:
    """Pixels per point at the configured dpi, lowered so the bitmap stays under the cap."""
    scale = rules.dpi / 72.0
    pixels = width * scale * height * scale
    if pixels > rules.max_render_pixels:
        scale *= (rules.max_render_pixels / pixels) ** 0.5
    return scale


def is_blank(pdf, index: int) -> bool:
    """True when page ``index`` of a pypdfium2 document renders as empty paper."""
    page = pdf[index]
    try:
        bitmap = page.render(scale=BLANK_CHECK_DPI / 72.0, grayscale=True)
        try:
            darkest, _ = bitmap.to_pil().convert("L").getextrema()
        finally:
            bitmap.close()
    finally:
        page.close()
    return darkest >= BLANK_LEVEL


def tokens_from_data(data: dict[str, list], scale: float,
                     min_confidence: float) -> tuple[list[Token], float | None]:
    """Word tokens (boxes in points) and their mean confidence from ``image_to_data`` output."""
    tokens, confidences = [], []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        confidence = float(data["conf"][i])
        # conf is -1 for the block/paragraph/line rows that carry no word.
        if not text or confidence < 0 or confidence < min_confidence:
            continue
        left, top = data["left"][i] / scale, data["top"][i] / scale
        right = (data["left"][i] + data["width"][i]) / scale
        bottom = (data["top"][i] + data["height"][i]) / scale
        tokens.append(Token(text, BBox(left, top, right, bottom)))
        confidences.append(confidence)
    return tokens, (fmean(confidences) if confidences else None)


def ocr_image(image, scale: float, all_rules: IngestRules, source: str,
              page_number: int) -> tuple[list[Token], float | None]:
    """Tesseract's words on a greyscale page image (``scale`` pixels per point), in points.

    Solid black areas of the image become ``█`` tokens and the OCR debris
    read inside them is dropped (see ``pipeline.ingest.redaction``).
    Returns the tokens and tesseract's mean word confidence.
    """
    import pytesseract

    rules = all_rules.ocr
    require_tesseract(rules.lang, source)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        # A pathological image can keep tesseract busy for minutes; pytesseract
        # kills it after the timeout and raises RuntimeError.
        data = pytesseract.image_to_data(image, lang=rules.lang, config=rules.config,
                                         output_type=pytesseract.Output.DICT,
                                         timeout=rules.timeout_seconds)
    except (pytesseract.TesseractError, RuntimeError, OSError) as err:
        raise KenmerkError("ocr_failed", source=source, page=page_number,
                           reason=str(err)) from err
    tokens, confidence = tokens_from_data(data, scale, rules.min_confidence)
    boxes = image_redaction_boxes(image, scale, median_height(tokens), all_rules.redaction)
    return apply_redactions(tokens, boxes, all_rules.redaction), confidence


def ocr_page(pdf, index: int, all_rules: IngestRules, source: str) -> OcrPage:
    """Render page ``index`` of a pypdfium2 document and read it with ``ocr_image``."""
    import pypdfium2

    require_tesseract(all_rules.ocr.lang, source)
    page = pdf[index]
    try:
        width, height = page.get_size()
        scale = render_scale(width, height, all_rules.ocr)
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            image = bitmap.to_pil().convert("L")
        finally:
            bitmap.close()
    except pypdfium2.PdfiumError as err:
        raise KenmerkError("ocr_failed", source=source, page=index + 1,
                           reason=f"the page could not be rendered ({err})") from err
    finally:
        page.close()
    try:
        tokens, confidence = ocr_image(image, scale, all_rules, source, index + 1)
    finally:
        image.close()
    return OcrPage(tokens, float(width), float(height), confidence)
