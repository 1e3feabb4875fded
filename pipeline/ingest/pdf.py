"""PDF files: pages read from the text layer with pypdfium2 or pdfplumber, or by OCR.

A page's words come from pypdfium2's text page (``pipeline.ingest.pdfium_text``:
characters, boxes and font sizes in one pass in C, about 50 times faster than
pdfminer), and its filled shapes and images from pdfium's page objects.
pdfplumber is opened only for the pages that hold what those do not give
(dark boxes, shading, vertical text, unmapped glyphs),
and for files pdfium cannot open, so that its errors say why.
What one page holds, as plain data, and whether its text layer is text,
is ``pipeline.ingest.pdf_page``; this module decides how each page is read.

Pages are handled one at a time and closed after use (pdfplumber caches each
page's parsed objects until ``close()``), so a 2,000-page PDF keeps only its
words in memory. A page whose text layer is missing or garbage (few letters,
``(cid:N)`` glyphs, a full-page image with a stamp as its only text) is
rendered and OCR'd; a page that renders as empty paper is kept as an empty
page without OCR. When pdfplumber cannot parse a page, pdfium, which is
more forgiving, reads its text layer or renders it for OCR; a damaged file
keeps the pages that can be read (``pipeline.ingest.pdf_recover``).

A text layer that decodes to nonsense (``pipeline.ingest.garbled``) is
replaced by OCR when OCR reads clearly better; pictures of text on a page
with a text layer are OCR'd and their words added (``pipeline.ingest.regions``,
``method = pdf+ocr``). Each page records why it was read as it was
(``RawPage.method_reason``). These two steps never stop a document: when
they fail, the page keeps its text layer and its reason says so.

Vertical text (a Woo stamp along the page edge) is kept out of the body and
stored with the page furniture. Black redaction boxes, and grey ones with a
ground code or inside a line of text, become a ``█`` word (see
``pipeline.ingest.redaction``).

After all pages are read, headers and footers are found across pages and the
layout rules give each page its text (see ``pipeline.ingest.layout``).
"""

from __future__ import annotations

import dataclasses
import re
import struct
import zlib
from pathlib import Path

from pipeline.errors import KenmerkError
from pipeline.ingest import layout
from pipeline.ingest.faded import CLEANED
from pipeline.ingest.fields import FIELDS_REREAD
from pipeline.ingest.garbled import is_garbled, reads_better
from pipeline.ingest.layout import PageWords
from pipeline.ingest.lines import Token, median_height
from pipeline.ingest.ocr import OcrPage, ocr_page, ocr_pages
from pipeline.ingest.page_pool import ocr_threads
from pipeline.ingest.pdf_page import (
    PageObjects,
    image_share_of,
    page_objects,
    page_tokens,
    text_layer_usable,
    vertical_text,
)
from pipeline.ingest.pdf_recover import (
    PDFIUM_TEXT,
    damaged_page_words,
    no_text_error,
    plumber_pages,
    read_or_mark,
    read_with_pdfium,
)
from pipeline.ingest.pdfguard import ContentBudget, content_budget, streams_within
from pipeline.ingest.pdfium_text import pdfium_columns
from pipeline.ingest.pdflog import quiet_pdfminer
from pipeline.ingest.redaction import pdf_redaction_boxes
from pipeline.ingest.regions import (
    RegionCache,
    image_boxes,
    merge_region_words,
    read_image,
    text_regions,
)
from pipeline.ingest.rules import IngestRules, ingest_rules
from pipeline.records import BBox, RawPage

# pdfminer quotes whole dictionaries in its errors; a page's reason keeps their start.
MAX_REASON = 100


def parse_errors() -> tuple[type[BaseException], ...]:
    """What pdfminer raises on damaged files: its own errors and, from deep inside its
    parser, plain Python ones (a ``None`` where a box should be gives ``TypeError``)."""
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    # MalformedPDFException: a box that is no box (/MediaBox [0 0 /X 595 842]).
    return (PdfminerException, MalformedPDFException, PSException, TypeError, KeyError,
            ValueError, AttributeError, IndexError, AssertionError, RecursionError, zlib.error,
            struct.error)


def _open_error(err: Exception, source: str) -> KenmerkError:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    cause = err.args[0] if err.args and isinstance(err.args[0], Exception) else err
    if isinstance(cause, KenmerkError):
        return cause
    if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
        return KenmerkError("encrypted_pdf", source=source)
    reason = str(cause) or type(cause).__name__
    if len(reason) > MAX_REASON:  # pdfminer quotes whole dictionaries
        reason = reason[: MAX_REASON - 1] + "…"
    return KenmerkError("broken_pdf", source=source, reason=reason)


def _wrapped(err: BaseException) -> BaseException | None:
    """The exception pdfplumber wrapped into ``err`` (it re-raises pdfminer's as PdfminerException)."""
    return err.args[0] if err.args and isinstance(err.args[0], BaseException) else err.__context__


class _Pdfium:
    """A pypdfium2 document opened only when a page needs rendering."""

    def __init__(self, path: Path, source: str) -> None:
        self.path, self.source, self.doc = path, source, None

    def get(self):
        import pypdfium2

        if self.doc is None:
            try:
                self.doc = pypdfium2.PdfDocument(str(self.path))
            except pypdfium2.PdfiumError as err:
                raise KenmerkError("broken_pdf", source=self.source, reason=str(err)) from err
        return self.doc

    def close(self) -> None:
        if self.doc is not None:
            self.doc.close()


# OCR results read ahead in parallel (``ocr_ahead``), by page index.
Prefetched = dict[int, "OcrPage | KenmerkError"]


def _ocr(pdfium: _Pdfium, index: int, rules: IngestRules, source: str,
         ahead: Prefetched | None = None) -> PageWords:
    if ahead and index in ahead:
        result = ahead.pop(index)
        if isinstance(result, KenmerkError):
            raise result
    else:
        doc = pdfium.get()
        result = ocr_page(doc, index, rules, source, skip_blank=True)
    if result.blank:
        return PageWords([], result.width, result.height, "pdf")
    return PageWords(result.tokens, result.width, result.height, "ocr", result.confidence,
                     rotation=result.rotation,
                     notes=(CLEANED,) * result.cleaned + (FIELDS_REREAD,) * result.fields_reread)


def ocr_ahead(pdfium: _Pdfium, pages: list[PageObjects | None],
              tokens: list[list[Token] | None], rules: IngestRules, source: str) -> Prefetched:
    """OCR, in parallel, the pages that will need it: damaged ones and ones without a
    usable text layer (``tokens``: each page's ``page_tokens``), blank paper excepted
    (see ``pipeline.ingest.ocr.ocr_pages``)."""
    wanted = [i for i, (objects, words) in enumerate(zip(pages, tokens, strict=True))
              if objects is None or words is None or not text_layer_usable(
                  [t.text for t in words], objects.image_share, rules.text_layer)]
    if len(wanted) < 2 or ocr_threads() < 2:
        return {}
    return ocr_pages(pdfium.get(), wanted, rules, source, skip_blank=True)


def _ocr_reason(words: PageWords, reason: str) -> str:
    return "blank_page" if words.method == "pdf" else reason


# The new steps below must never cost a page: whatever goes wrong inside them
# (tesseract, pdfium, an odd image), the page keeps its text layer.
FALLBACK_ERRORS = (Exception,)


def read_page(pdfium: _Pdfium, index: int, objects: PageObjects | None, rules: IngestRules,
              source: str, cache: RegionCache | None = None,
              ahead: Prefetched | None = None,
              tokens: list[Token] | None = None) -> tuple[PageWords, str]:
    """One page's words and why it was read so (``RawPage.method_reason``); ``tokens`` are
    the page's ``page_tokens`` when the caller has them already."""
    if objects is None:
        # pdfminer could not parse the page; pdfium often still reads its text layer
        # (pipeline.ingest.pdf_recover).
        words = damaged_page_words(pdfium.get(), index, source)
        if text_layer_usable([t.text for t in words.tokens], 0.0, rules.text_layer):
            return words, PDFIUM_TEXT
        words = _ocr(pdfium, index, rules, source, ahead)
        return words, _ocr_reason(words, "damaged_page")
    if tokens is None:
        tokens = page_tokens(objects, rules)
    texts = [t.text for t in tokens]
    if not text_layer_usable(texts, objects.image_share, rules.text_layer):
        words = _ocr(pdfium, index, rules, source, ahead)
        return words, _ocr_reason(words, "no_text_layer")
    layer = PageWords(tokens, objects.width, objects.height, method="pdf",
                      aside=vertical_text(objects))
    if is_garbled(texts, rules.garbled):
        try:
            read = _ocr(pdfium, index, rules, source)
        except FALLBACK_ERRORS:
            return layer, "garbled_text_layer_ocr_failed"
        if read.method == "ocr" and reads_better([t.text for t in read.tokens], texts,
                                                 rules.garbled):
            return read, "garbled_text_layer"
        return layer, "garbled_text_layer_kept"
    regions = text_regions(objects.images, tokens, objects.width, rules)
    if not regions:
        return layer, "text_layer"
    try:
        cache = {} if cache is None else cache
        found = [t for image in regions
                 for t in read_image(pdfium.get(), index, image, rules, source, cache)]
    except FALLBACK_ERRORS:
        return layer, "image_regions_failed"
    if not found:
        return layer, "text_layer"
    layer.tokens = merge_region_words(tokens, found)
    layer.method = "pdf+ocr"
    return layer, "image_regions"


def read_page_words(path: Path, source: str, rules: IngestRules,
                    budget: ContentBudget | None = None) -> tuple[list[PageWords], list[str]]:
    """Words of every page, from the text layer or by OCR, one page at a time, and why
    each page was read so.

    Pages are read with pypdfium2 (``pipeline.ingest.pdfium_text``); pdfplumber is
    opened only for pages that need it, and for the whole file when pdfium
    cannot open it (pdfplumber's errors say why: encrypted, broken) or when
    the file's streams may unpack to more than the content budget allows
    (``pipeline.ingest.pdfguard.streams_within``: pdfium inflates in C, where
    the budget cannot reach; pdfminer then reads within it and says
    ``too_large_content``)."""
    pdfium = _Pdfium(path, source)
    try:
        try:
            count = len(pdfium.get())
        except KenmerkError:
            count = 0
        data = path.read_bytes()
        within = budget is None or streams_within(data, budget.room())
        if not count or not within or _ODD_BOX.search(data):
            return _read_with_pdfplumber(path, source, rules, pdfium, budget, pdfium_safe=within)
        plumber = _Plumber(path, source, budget)
        try:
            return _read_pages(pdfium, count, plumber, rules, source)
        finally:
            plumber.close()
    finally:
        pdfium.close()


# A page box holding something other than numbers (``/MediaBox [0 0 /X 595 842]``):
# pdfium reads it as some box, pdfminer rejects the file (``broken_pdf``).
_ODD_BOX = re.compile(rb"/(?:Media|Crop|Bleed|Trim|Art)Box\s*\[[^\]]*?[^\d\s.+\-\]]")


def _read_pages(pdfium: _Pdfium, count: int, plumber: _Plumber, rules: IngestRules,
                source: str) -> tuple[list[PageWords], list[str]]:
    import pypdfium2

    pages: list[PageObjects | None] = []
    for index in range(count):
        try:
            fast = pdfium_columns(pdfium.get(), index)
        except pypdfium2.PdfiumError:
            fast = None
        if fast is None:
            pages.append(plumber.page_objects(index))
            continue
        width, height, words, shapes = fast
        objects = PageObjects(
            width=width, height=height, words=[], filled=shapes.filled, chars=[],
            image_share=image_share_of(shapes.images, width, height),
            images=image_boxes(shapes.images, width, height), columns=words)
        if shapes.filled and _black_boxes(objects, rules):
            # The redaction test reads the colour of the text on a black box (chars).
            pages.append(plumber.page_objects(index))
            continue
        pages.append(objects)
    return _read_all(pdfium, pages, rules, source)


def _black_boxes(objects: PageObjects, rules: IngestRules) -> list[BBox]:
    """The dark boxes of a page that ``page_tokens`` would take for redactions."""
    tokens = page_tokens(dataclasses.replace(objects, filled=[]), rules)
    return pdf_redaction_boxes(objects.filled, median_height(tokens),
                               objects.width * objects.height, rules.redaction)


def _read_all(pdfium: _Pdfium, pages: list[PageObjects | None], rules: IngestRules,
              source: str) -> tuple[list[PageWords], list[str]]:
    out: list[PageWords] = []
    reasons: list[str] = []
    cache: RegionCache = {}
    tokens = [None if objects is None else page_tokens(objects, rules) for objects in pages]
    ahead = ocr_ahead(pdfium, pages, tokens, rules, source)
    for index, objects in enumerate(pages):
        # A page neither parser can load costs that page, not the document.
        size = (objects.width, objects.height) if objects is not None else None
        words, reason = read_or_mark(
            lambda: read_page(pdfium, index, objects, rules, source, cache, ahead,  # noqa: B023
                              tokens[index]), size)  # noqa: B023
        out.append(words)
        reasons.append(reason)
    return out, reasons


class _Plumber:
    """A pdfplumber PDF opened only when a page needs it (``pdfium_text.pdfium_words``
    gives None, or the page has a black box), read within the content budget."""

    def __init__(self, path: Path, source: str, budget: ContentBudget | None = None) -> None:
        self.path, self.source, self.pdf, self.budget = path, source, None, budget
        self.errors = parse_errors()

    def page_objects(self, index: int) -> PageObjects | None:
        import pdfplumber

        if self.pdf is None:
            try:
                self.pdf = pdfplumber.open(self.path)
            except self.errors as err:
                raise _open_error(err, self.source) from err
        if self.budget is not None:
            self.budget.new_page(index + 1)
        try:
            page = self.pdf.pages[index]
        except self.errors as err:
            if isinstance(ours := _wrapped(err), KenmerkError):
                raise ours from err
            return None
        try:
            return page_objects(page)
        except self.errors as err:
            if isinstance(ours := _wrapped(err), KenmerkError):
                raise ours from err  # over the content budget (pipeline.ingest.pdfguard)
            return None  # damaged for pdfminer; pdfium may still draw it
        finally:
            page.close()

    def close(self) -> None:
        if self.pdf is not None:
            _close(self.pdf, self.errors)


def _read_with_pdfplumber(path: Path, source: str, rules: IngestRules, pdfium: _Pdfium,
                          budget: ContentBudget | None = None, pdfium_safe: bool = True,
                          ) -> tuple[list[PageWords], list[str]]:
    """The whole file through pdfplumber, page by page (pdfium could not open it, or its
    streams must be unpacked within the budget).

    Without ``pdfium_safe`` (streams that may unpack beyond the budget), pdfium never
    reads what pdfminer could not: pdfium inflates in C, where the budget cannot
    reach, so such a page is lost (a ``broken_pdf`` row) rather than unpacked."""
    import pdfplumber

    errors = parse_errors()
    out: list[PageWords] = []
    reasons: list[str] = []
    cache: RegionCache = {}
    try:
        pdf = pdfplumber.open(path)
    except errors as err:
        if not pdfium_safe:
            raise _open_error(err, source) from err
        return _recover(pdfium, _open_error(err, source), rules, source, cache)
    try:
        # One page at a time, so a page pdfplumber cannot set up (or a page tree that
        # breaks half-way) costs that page, not the document (pipeline.ingest.pdf_recover).
        for index, page in plumber_pages(pdf, errors, lambda: len(pdfium.get())):
            if budget is not None:
                budget.new_page(index + 1)
            try:
                objects = page_objects(page) if page is not None else None
            except errors as err:
                if isinstance(ours := _wrapped(err), KenmerkError):
                    raise ours from err  # over the content budget (pipeline.ingest.pdfguard)
                # The page's content is damaged for pdfminer; pdfium may still draw it.
                objects = None
            finally:
                if page is not None:
                    page.close()
            # A page neither parser can load costs that page, not the document.
            size = (objects.width, objects.height) if objects is not None else None
            if objects is None and not pdfium_safe:
                words, reason = read_or_mark(lambda: _not_for_pdfium(source, index))  # noqa: B023
            else:
                words, reason = read_or_mark(
                    lambda: read_page(pdfium, index, objects, rules, source, cache), size)  # noqa: B023
            out.append(words)
            reasons.append(reason)
        if not out:
            raise KenmerkError("broken_pdf", source=source, reason="it has no pages")
    finally:
        _close(pdf, errors)
    return out, reasons


def _not_for_pdfium(source: str, index: int) -> tuple[PageWords, str]:
    raise KenmerkError("broken_pdf", source=source,
                       reason=f"page {index + 1} could not be loaded (its content is damaged, and the "
                              "file's streams may unpack beyond the content budget, so pdfium may not read it)")


def _recover(pdfium: _Pdfium, failure: KenmerkError, rules: IngestRules, source: str,
             cache: RegionCache) -> tuple[list[PageWords], list[str]]:
    """Every page pdfium can read, when pdfminer cannot open the file or list its pages."""
    if failure.code != "broken_pdf":
        raise failure  # a password or a bomb: nothing to recover
    try:
        doc = pdfium.get()
    except KenmerkError:
        raise failure from None  # pdfminer's reason is the one to report
    return read_with_pdfium(doc, lambda index: read_page(pdfium, index, None, rules, source, cache),
                            failure)


def _close(pdf, errors: tuple[type[BaseException], ...]) -> None:
    """Close a pdfplumber PDF even when its page tree is damaged.

    ``PDF.close`` walks ``pages`` again, which raises on the same damage that
    made reading fail; then at least the file handle is closed.
    """
    try:
        pdf.close()
    except Exception:  # noqa: BLE001 - cleanup must not hide the error that made reading fail
        pdf.stream.close()


def pdf_pages(path: Path, source: str,
              rules: IngestRules | None = None) -> tuple[RawPage, ...]:
    """The pages of a PDF as ``RawPage`` records; raises a ``KenmerkError`` on failure."""
    rules = rules or ingest_rules()
    with quiet_pdfminer(source), content_budget(source) as budget:
        read, reasons = read_page_words(Path(path), source, rules, budget)
    pages = tuple(dataclasses.replace(page, method_reason=reason)
                  for page, reason in zip(layout.raw_pages(read, rules), reasons, strict=True))
    if not any(p.text.strip() for p in pages):
        raise no_text_error(pages, source)  # no_text, or pages that could not be read
    return pages
