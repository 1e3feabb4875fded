"""Faded scans with dark specks: when a page is read again from a cleaned image.

On faded print (toner that prints mid-grey on light grey paper) single dark
specks of the scanner, darker than the print itself, take tesseract's
threshold: the print falls on the paper's side and tesseract reads no word of
the page. A 3x3 median filter takes the lone specks out and keeps the strokes
of the print; stretching the darkest grey left to black and the lightest to
white makes the print black again, and tesseract reads the page.

``pipeline.ingest.ocr.ocr_image`` reads a page from the cleaned image only
when the first reading gave no words or almost none (``unread``, thresholds
in ``resources/ingest/layout.json``, section ``ocr``) and the page is not
blank paper, so a page read well costs nothing more. It keeps the reading
whose words carry the larger sum of confidences (``reads_better``); a page
read from the cleaned image says ``CLEANED`` in ``pages.layout_notes``.
"""

from __future__ import annotations

from pipeline.ingest.lines import Token
from pipeline.ingest.rules import OcrRules

# The layout note of a page read from its cleaned image.
CLEANED = "scan_cleaned"
# A median over this many pixels square takes a lone speck out and keeps the strokes of print.
MEDIAN_SIZE = 3


def unread(tokens: list[Token], confidence: float | None, rules: OcrRules) -> bool:
    """Whether a reading gave no words or almost none: at most ``unread_max_words``
    words, with no mean confidence or one below ``unread_below_confidence``."""
    return len(tokens) <= rules.unread_max_words and (
        confidence is None or confidence < rules.unread_below_confidence)


def cleaned_image(image):
    """A greyscale page image without lone specks and with its print black again."""
    from PIL import ImageFilter, ImageOps

    smooth = image.filter(ImageFilter.MedianFilter(MEDIAN_SIZE))
    try:
        return ImageOps.autocontrast(smooth, cutoff=0)
    finally:
        smooth.close()


def reads_better(tokens: list[Token], confidence: float | None,
                 than: list[Token], than_confidence: float | None) -> bool:
    """Whether the first reading's words carry a larger sum of confidences than the second's."""
    return len(tokens) * (confidence or 0.0) > len(than) * (than_confidence or 0.0)
