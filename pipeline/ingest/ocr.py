"""OCR of PDF pages without a usable text layer: tesseract reads a page image into words.

The page images (rendering, blank paper) are ``pipeline.ingest.page_images``, the
threads that read a document's pages at once ``pipeline.ingest.page_pool``; here is
what tesseract is run with and how its output becomes the words of a page.

Tesseract's word boxes are converted from pixels back to PDF points, so the
layout rules of ``pipeline.ingest.layout`` (columns, margin, furniture) apply
to scans exactly as to born-digital pages.

Tesseract is a persistent engine where tesserocr is installed
(``pipeline.ingest.tesseract``: the model loaded once per thread, the pixels
handed over without a file), else the ``tesseract`` command once per page.
The command runs with ``OMP_THREAD_LIMIT=1``: its OpenMP threads fight over
the cores with our own worker processes, and on a 2-core machine one thread
per page is about six times faster (1.9 s instead of 11 s per page). The
variable is set for this process if the user has not set it. The engine's
libtesseract (tesserocr's wheel) is built without OpenMP: one thread each.

The pages of one document are read in parallel (``ocr_pages``): pdfium, which
is not thread-safe, checks for blank paper and renders them one after another
in the calling thread, and a small pool of threads (``page_pool``) runs one
single-threaded tesseract per core on the rendered images. Only a few images
wait at a time, so a 1,000-page scan does not hold 1,000 bitmaps.

A page that is not blank paper but reads into no words or almost none is
read once more from a cleaned image (``pipeline.ingest.faded``). The date
fields of a scan's first pages that read without a date are read once more,
each on its own (``pipeline.ingest.fields``).
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from statistics import fmean
from typing import Any

from pipeline.errors import KenmerkError
from pipeline.ingest import page_images, tesseract
from pipeline.ingest.box_lines import reread_box_lines
from pipeline.ingest.crash_notes import noted
from pipeline.ingest.faded import cleaned_image, reads_better, unread
from pipeline.ingest.fields import FIELD_CONFIG, reread_fields
from pipeline.ingest.lines import Token, median_height
from pipeline.ingest.page_pool import ocr_threads, read_in_parallel
from pipeline.ingest.redaction import (
    apply_redactions,
    code_misread,
    grey_pixels,
    grey_redactions,
    image_grey_areas,
    image_redaction_boxes,
)
from pipeline.ingest.rules import IngestRules, OcrRules
from pipeline.records import BBox

# A page turned upright is kept unless tesseract is this much less confident in it.
CONFIDENCE_MARGIN = 5.0


@dataclass(frozen=True)
class OcrPage:
    tokens: list[Token]
    width: float
    height: float
    confidence: float | None
    # Degrees clockwise the image was turned before reading (see ``upright``).
    rotation: int = 0
    # Blank paper: not read (``ocr_pages`` with ``skip_blank``).
    blank: bool = False
    # Read from the cleaned image (``pipeline.ingest.faded``).
    cleaned: bool = False
    # Date fields read a second time (``pipeline.ingest.fields``).
    fields_reread: bool = False


@dataclass(frozen=True)
class OcrResult:
    tokens: list[Token]
    confidence: float | None
    rotation: int = 0
    cleaned: bool = False
    fields_reread: bool = False


@lru_cache(maxsize=4)
def tesseract_problem(lang: str) -> str | None:
    """Why tesseract cannot OCR ``lang`` here, or None when it can."""
    try:
        _, languages = tesseract.listed_languages()
    except (OSError, subprocess.SubprocessError) as err:
        return f"tesseract is not installed ({err})"
    if lang not in languages:
        return f"the tesseract language '{lang}' is not installed"
    return None


def require_tesseract(lang: str, source: str) -> None:
    """Raise ``ocr_unavailable`` unless tesseract with ``lang`` can run."""
    if tesseract_problem(lang) is not None:
        raise KenmerkError("ocr_unavailable", source=source)


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


def handed_over(image):
    """The image marked to reach tesseract as PGM (PIL's PPM writer): pytesseract writes a file
    in the image's format, and PNG's compression took a tenth of a page's OCR time.
    PGM, like PNG as PIL writes it, carries no resolution, so tesseract reads the same."""
    if image.mode == "L":
        image.format = "PPM"  # PIL writes an "L" image as binary PGM (P5)
    return image


def _read(image, scale: float, rules: OcrRules, source: str,
          page_number: int) -> tuple[list[Token], float | None]:
    # A pathological image can keep tesseract busy for minutes; both stop it after
    # the timeout (pytesseract kills the command) and raise a RuntimeError.
    try:
        with noted(page_number):
            data = tesseract.image_to_data(image, rules.lang, rules.config, rules.timeout_seconds)
    except (RuntimeError, OSError) as err:
        raise KenmerkError("ocr_failed", source=source, page=page_number,
                           reason=str(err)) from err
    if data is None:
        # Imported only here: pytesseract imports pandas (half a second of a worker's CPU).
        import pytesseract

        try:
            data = pytesseract.image_to_data(handed_over(image), lang=rules.lang,
                                             config=rules.config,
                                             output_type=pytesseract.Output.DICT,
                                             timeout=rules.timeout_seconds)
        except (pytesseract.TesseractError, RuntimeError, OSError) as err:
            raise KenmerkError("ocr_failed", source=source, page=page_number,
                               reason=str(err)) from err
    return tokens_from_data(data, scale, rules.min_confidence)


# What is printed flat: a dash or rule (an empty cell's '-', the ',--' of a figure) and a dot leader.
_FLAT_PRINT = re.compile(r".*[-–—_=~].*|\.{3,}")


def is_speck(token: Token, unit: float, rules: OcrRules, words: list[Token]) -> bool:
    """Whether a word is a speck of the scan read as one: flatter than any letter, digit or lone
    stop is printed (``in,``, ``.`` a point high), and lying on another word's box (``Machtigen``),
    where tesseract puts it on a line of its own that parts a table's rows. A speck in the gap
    between words is left: it may hold a skewed line's words together."""
    if token.height >= rules.min_word_height * unit or _FLAT_PRINT.fullmatch(token.text):
        return False
    x, y = (token.bbox.x0 + token.bbox.x1) / 2, (token.bbox.top + token.bbox.bottom) / 2
    return any(w is not token and w.bbox.x0 <= x <= w.bbox.x1 and w.bbox.top <= y <= w.bbox.bottom
               for w in words)


def looks_sideways(tokens: list[Token], confidence: float | None, rules: OcrRules) -> bool:
    """Whether a page seems not upright: low confidence, or most longer words in tall boxes
    (tesseract reads a page turned a quarter right, but with vertical word boxes)."""
    if confidence is None:
        return False
    if confidence < rules.orientation_check_below:
        return True
    longer = [t for t in tokens if len(t.text) >= 4]
    tall = sum(1 for t in longer if t.height > t.bbox.x1 - t.bbox.x0)
    return bool(longer) and tall > len(longer) / 2


def orientation(image, rules: OcrRules) -> int:
    """Degrees clockwise to turn the image upright by tesseract's OSD (0 when unsure)."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(handed_over(image), output_type=pytesseract.Output.DICT,
                                       timeout=rules.timeout_seconds)
    except (pytesseract.TesseractError, RuntimeError, OSError):
        return 0  # too little text to tell; the page is read as it is
    if float(osd.get("orientation_conf", 0)) < rules.min_orientation_confidence:
        return 0
    return int(osd.get("rotate", 0)) % 360


def turned(image, rotation: int):
    """The image turned ``rotation`` degrees clockwise (exact, no resampling)."""
    from PIL import Image

    transpose = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180,
                 270: Image.Transpose.ROTATE_90}
    return image.transpose(transpose[rotation])


def ocr_image(image, scale: float, all_rules: IngestRules, source: str,
              page_number: int, *, clean_unread: bool = True, read_fields: bool = False) -> OcrResult:
    """Tesseract's words on a greyscale page image (``scale`` pixels per point), in points.

    A page that looks sideways or upside down (``looks_sideways``) is turned
    upright by tesseract's orientation detection and read again; the tokens
    are then in the upright frame and ``rotation`` says how it was turned.
    Solid black areas of the image, and grey ones holding nothing but a
    ground code, become ``█`` tokens and the OCR debris read inside them is
    dropped (see ``pipeline.ingest.redaction``).

    With ``clean_unread``, a page that is not blank paper and was not read
    (``unread``) is read once more from ``cleaned_image``; the reading with
    the larger sum of word confidences is kept (``cleaned`` says which).
    With ``read_fields`` (a scan's page, not an image on a text page), the date
    fields of a first page are read again where they hold no date (``reread_fields``).
    """
    rules = all_rules.ocr
    require_tesseract(rules.lang, source)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    tokens, confidence = _read(image, scale, rules, source, page_number)
    rotation = 0
    if looks_sideways(tokens, confidence, rules):
        rotation = orientation(image, rules)
        if rotation:
            upright = turned(image, rotation)
            upright_tokens, upright_confidence = _read(upright, scale, rules, source,
                                                       page_number)
            # Tesseract reads a page turned a quarter right about as confidently
            # as upright (only its boxes are vertical), so near-equal wins too.
            if (upright_confidence or 0) >= (confidence or 0) - CONFIDENCE_MARGIN:
                image, tokens, confidence = upright, upright_tokens, upright_confidence
            else:
                upright.close()
                rotation = 0
    cleaned = False
    if clean_unread and unread(tokens, confidence, rules) and not page_images.looks_blank(image, scale):
        clean = cleaned_image(image)
        clean_tokens, clean_confidence = _read(clean, scale, rules, source, page_number)
        if reads_better(clean_tokens, clean_confidence, tokens, confidence):
            image, tokens, confidence, cleaned = clean, clean_tokens, clean_confidence, True
        else:
            clean.close()
    unit = median_height(tokens)
    tokens = [t for t in tokens if not is_speck(t, unit, rules, tokens)]
    pixels = grey_pixels(image)
    boxes = image_redaction_boxes(image, scale, unit, all_rules.redaction, pixels=pixels)
    grey = image_grey_areas(image, scale, unit, boxes, all_rules.redaction, pixels=pixels)
    misread = [b for b in grey if code_misread(b, tokens, all_rules.redaction)]
    if boxes or misread:
        tokens = reread_box_lines(image, scale, unit, tokens, boxes,
                                  partial(_read, scale=scale, rules=rules, source=source,
                                          page_number=page_number), misread, grey)
    boxes += grey_redactions(grey, tokens, unit, all_rules.redaction)
    tokens = apply_redactions(tokens, boxes, all_rules.redaction)
    fields = reread_fields(image, scale, tokens, page_number, all_rules, partial(
        _read, rules=replace(rules, config=FIELD_CONFIG), source=source, page_number=page_number)
    ) if read_fields else None
    return OcrResult(fields or tokens, confidence, rotation, cleaned, fields is not None)


def ocr_page(pdf, index: int, all_rules: IngestRules, source: str,
             skip_blank: bool = False) -> OcrPage:
    """Render page ``index`` of a pypdfium2 document and read it with ``ocr_image``
    (blank paper not read, with ``skip_blank``: see ``prepare_page``)."""
    require_tesseract(all_rules.ocr.lang, source)
    prepared = prepare_page(pdf, index, all_rules.ocr, source, skip_blank)
    if isinstance(prepared, OcrPage):
        return prepared
    return _read_rendered(*prepared, all_rules, source, index + 1)


def prepare_page(pdf, index: int, rules: OcrRules, source: str,
                 skip_blank: bool = False) -> OcrPage | tuple[Any, float, float, float]:
    """Page ``index`` ready for tesseract, (image, scale, width, height), or with
    ``skip_blank`` an empty ``OcrPage`` for blank paper (``looks_blank`` on the image
    rendered for tesseract; a page too large to render is checked by ``is_blank`` and
    is ``page_too_large`` only when not blank). With ``skip_blank`` a page pdfium
    cannot load is ``broken_pdf``.

    The pixels of a page that is one image at the OCR dpi are not decoded in place of
    the rendering, ten times cheaper as it would be: pdfium's rendering resamples them
    slightly, and on noisy scans tesseract read the raw pixels worse (a page's
    confidence 57 instead of 93)."""
    if not skip_blank:
        return page_images.render_page(pdf, index, rules, source)
    import pypdfium2

    try:
        page = page_images.load_page(pdf, index)
        width, height = page.get_size()
    except (pypdfium2.PdfiumError, IndexError, ValueError) as err:
        # pdfminer counts a page that pdfium cannot load (a damaged page tree).
        raise KenmerkError("broken_pdf", source=source,
                           reason=f"page {index + 1} could not be loaded ({err})") from err
    blank = OcrPage([], float(width), float(height), None, blank=True)
    if not width * height * (rules.dpi / 72.0) ** 2 <= page_images.MAX_OVERSIZE * rules.max_render_pixels:
        page.close()  # too large to render: ``page_too_large`` unless blank
        return blank_page(pdf, index, source) or page_images.render_page(pdf, index, rules, source)
    try:
        prepared = page_images.rendered(page, index, rules, source)
    finally:
        page.close()
    if page_images.looks_blank(prepared[0], prepared[1]):
        prepared[0].close()
        return blank
    return prepared


def _read_rendered(image, scale: float, width: float, height: float, all_rules: IngestRules,
                   source: str, page_number: int) -> OcrPage:
    try:
        result = ocr_image(image, scale, all_rules, source, page_number, read_fields=True)
    finally:
        image.close()
    return OcrPage(result.tokens, width, height, result.confidence, result.rotation,
                   cleaned=result.cleaned, fields_reread=result.fields_reread)


def blank_page(pdf, index: int, source: str) -> OcrPage | None:
    """An empty ``OcrPage`` when page ``index`` is blank paper (``is_blank``), else None;
    ``broken_pdf`` when pdfium cannot load the page."""
    import pypdfium2

    try:
        if not page_images.is_blank(pdf, index):
            return None
        page = page_images.load_page(pdf, index)
        width, height = page.get_size()
        page.close()
    except (pypdfium2.PdfiumError, IndexError, ValueError) as err:
        # pdfminer counts a page that pdfium cannot load (a damaged page tree).
        raise KenmerkError("broken_pdf", source=source,
                           reason=f"page {index + 1} could not be loaded ({err})") from err
    return OcrPage([], float(width), float(height), None, blank=True)


def ocr_pages(pdf, indices: Iterable[int], all_rules: IngestRules, source: str,
              threads: int | None = None,
              skip_blank: bool = False) -> dict[int, OcrPage | KenmerkError]:
    """``ocr_page`` for several pages of a pypdfium2 document, ``threads`` tesseracts at once.

    A page that fails gives its ``KenmerkError`` in place of a result, so the
    caller decides per page as it would for ``ocr_page``. With ``skip_blank``,
    blank paper is not read (``prepare_page``); each page is checked as it is
    rendered, so the first pages are being read while later ones are checked.
    """
    require_tesseract(all_rules.ocr.lang, source)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    tesseract.engine_psm(all_rules.ocr.config)  # tesserocr imported here, not in the threads
    indices = list(indices)
    # Each thread loads its engine while the first pages are rendered, not after.
    load = partial(tesseract.load_engine, all_rules.ocr.lang, all_rules.ocr.config)
    first = [load] * min(threads or ocr_threads(), len(indices))

    def jobs() -> Iterator[tuple[int, Job]]:
        for index in indices:
            try:
                prepared = prepare_page(pdf, index, all_rules.ocr, source, skip_blank)
            except KenmerkError as err:
                yield index, err
                continue
            if isinstance(prepared, OcrPage):
                yield index, prepared
            else:
                yield index, partial(_read_rendered, *prepared, all_rules, source, index + 1)

    return read_in_parallel(jobs(), threads, first)


# Reads one page in a thread; a result or error known without reading stands in for it.
Job = Callable[[], Any] | OcrPage | KenmerkError
