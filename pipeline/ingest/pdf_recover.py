"""What can still be read of a damaged PDF: its readable pages, and a row for the rest.

pdfminer (under pdfplumber) gives up on a whole file for damage that touches
one page: a ``/MediaBox`` holding a name makes ``pdf.pages`` raise, and a
file whose cross-reference table or trailer is gone does not open at all.
pdfium, which repairs more, often still reads every page. So, in
``pipeline.ingest.pdf``:

- a page pdfminer cannot parse is read from its text layer by pdfium
  (``damaged_page_words``; ``method_reason = damaged_page_text``), and OCR'd only
  when that layer is not usable;
- pdfplumber's pages are set up one at a time (``plumber_pages``), so a page
  it refuses, or a page tree that breaks off, costs only those pages;
- when pdfminer cannot open the file at all, every page pdfium counts is read
  by pdfium (``read_with_pdfium``);
- a page that neither can load is kept as an empty page
  (``method_reason = unreadable_page``), and ``page_errors`` gives the
  document one ``broken_pdf`` row naming those pages; so is a page too large
  to render for OCR (``page_too_large``, see ``pipeline.ingest.page_images``). The
  other pages, and the facts on them, are kept.

Only parse failures are recovered: a password, a decompression bomb
(``too_large_content``) or missing tesseract still stop the document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

from pipeline.errors import KenmerkError
from pipeline.ingest.layout import PageWords
from pipeline.ingest.lines import Token
from pipeline.ingest.pdfium_text import pdfium_words
from pipeline.records import BBox, ProcessingError, RawDocument, RawPage

# ``RawPage.method_reason`` of a page read by pdfium because pdfminer failed on it.
PDFIUM_TEXT = "damaged_page_text"
# ``RawPage.method_reason`` of a page neither pdfminer nor pdfium could load.
UNREADABLE = "unreadable_page"
# ``RawPage.method_reason`` of a page too large to render for OCR (``page_too_large``).
TOO_LARGE = "page_too_large"
# The errors that cost a page, not its document, and the reason the empty page gets.
SKIPPED = {"broken_pdf": UNREADABLE, "page_too_large": TOO_LARGE}
# The size given to a page whose own size cannot be read (A4, in points).
A4 = (595.0, 842.0)

# What pdfium raises on a page it cannot load or a text page it cannot build.
def _pdfium_errors() -> tuple[type[BaseException], ...]:
    import pypdfium2

    return (pypdfium2.PdfiumError, IndexError, ValueError, OSError)


def damaged_page_words(doc, index: int, source: str) -> PageWords:
    """Page ``index`` of a pypdfium2 document as words with boxes, from its text layer.

    The words and boxes of ``pipeline.ingest.pdfium_text.pdfium_words`` (the reader of
    sound pages too), without its refusals: a page pdfminer cannot parse keeps
    whatever pdfium reads of it. Raises ``KenmerkError("broken_pdf")`` when pdfium
    cannot load the page.
    """
    try:
        width, height, words, _shapes = pdfium_words(doc, index, strict=False)
    except _pdfium_errors() as err:
        raise KenmerkError("broken_pdf", source=source,
                           reason=f"page {index + 1} could not be read ({err})") from err
    tokens = [Token(w["text"], BBox(w["x0"], w["top"], w["x1"], w["bottom"])) for w in words]
    return PageWords(tokens, width, height, "pdf")


def plumber_pages(pdf, errors: tuple[type[BaseException], ...],
                  pdfium_count: Callable[[], int]) -> Iterator[tuple[int, Any | None]]:
    """pdfplumber's pages one at a time, as ``(index, page)``; ``page`` is None where it fails.

    ``pdf.pages`` sets up every page before the first is read, so one page
    pdfplumber refuses (a ``/MediaBox`` holding a name) loses them all; here
    that page alone is None (read by pdfium). Where pdfminer's page tree breaks
    off, the pages pdfium counts beyond it (``pdfium_count()``) follow as None.
    """
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page

    index, doctop = 0, 0.0
    tree = PDFPage.create_pages(pdf.doc)
    while True:
        try:
            obj = next(tree)
        except StopIteration:
            return
        except KenmerkError:
            raise  # over the content budget (pipeline.ingest.pdfguard)
        except Exception:  # noqa: BLE001 - as pdf.pages, which wraps any error here in PdfminerException
            break  # the rest of the tree is unreadable for pdfminer
        try:
            page = Page(pdf, obj, page_number=index + 1, initial_doctop=doctop)
        except errors:
            page = None
        yield index, page
        index += 1
        doctop += page.height if page is not None else 0.0
    try:
        total = pdfium_count()
    except KenmerkError:  # pdfium cannot open the file either
        total = index
    yield from ((rest, None) for rest in range(index, total))


def unreadable_page(width: float | None = None, height: float | None = None,
                    reason: str = UNREADABLE) -> tuple[PageWords, str]:
    """An empty page standing for one that could not be read, and its reason."""
    return PageWords([], width or A4[0], height or A4[1], "pdf"), reason


def read_or_mark(read: Callable[[], tuple[PageWords, str]],
                 size: tuple[float, float] | None = None) -> tuple[PageWords, str]:
    """``read()``, or an empty page when that page cannot be loaded or is too large to render."""
    try:
        return read()
    except KenmerkError as err:
        if err.code not in SKIPPED:
            raise
        return unreadable_page(*(size or (None, None)), reason=SKIPPED[err.code])


def read_with_pdfium(doc, read: Callable[[int], tuple[PageWords, str]],
                     failure: KenmerkError) -> tuple[list[PageWords], list[str]]:
    """Every page pdfium counts in ``doc``, each through ``read(index)``; pages that cannot
    be loaded are ``unreadable_page``. Raises ``failure`` (why pdfminer could not open the
    file) when pdfium reads no page either."""
    out: list[PageWords] = []
    reasons: list[str] = []
    for index in range(len(doc)):
        words, reason = read_or_mark(lambda index=index: read(index))
        out.append(words)
        reasons.append(reason)
    if not out or all(reason == UNREADABLE for reason in reasons):
        raise failure
    return out, reasons


def skipped(pages: Iterable[RawPage], reason: str) -> tuple[int, ...]:
    """The numbers of the pages left empty for ``reason`` (``UNREADABLE``, ``TOO_LARGE``)."""
    return tuple(p.number for p in pages if p.method_reason == reason)


def page_errors(raw: RawDocument, time: datetime | None = None) -> tuple[ProcessingError, ...]:
    """The rows of a document read in part: one ``broken_pdf`` row for the pages that could
    not be loaded, one ``page_too_large`` row for those too large to render; none when every
    page was read."""
    rows = []
    if lost := skipped(raw.pages, UNREADABLE):
        kept = len(raw.pages) - len(lost)
        reason = (f"{_pages(lost)} of {len(raw.pages)} could not be loaded, even by pdfium; "
                  f"the other {kept} page{'s were' if kept != 1 else ' was'} read")
        rows.append(KenmerkError("broken_pdf", source=raw.source, reason=reason))
    if large := skipped(raw.pages, TOO_LARGE):
        rows.append(too_large_error(raw.source, large))
    return tuple(ProcessingError(raw.source, "ingest", err.code, err.message, doc_id=raw.doc_id, time=time)
                 for err in rows)


def too_large_error(source: str, numbers: tuple[int, ...]) -> KenmerkError:
    from pipeline.ingest.page_images import MAX_OVERSIZE
    from pipeline.ingest.rules import ingest_rules

    rules = ingest_rules().ocr
    return KenmerkError("page_too_large", source=source, pages=_pages(numbers),
                        limit=MAX_OVERSIZE * rules.max_render_pixels, dpi=rules.dpi)


def no_text_error(pages: tuple[RawPage, ...], source: str) -> KenmerkError:
    """Why a PDF gave no text at all: pages it could not load or render, or none to read."""
    if skipped(pages, UNREADABLE):
        return KenmerkError("broken_pdf", source=source, reason="none of its pages could be loaded, even by pdfium")
    if large := skipped(pages, TOO_LARGE):
        return too_large_error(source, large)
    return KenmerkError("no_text", source=source)


def _pages(numbers: tuple[int, ...]) -> str:
    """``page 3``, ``pages 2 and 5``, ``pages 2, 5 and 7`` (the first 20 numbers)."""
    shown = [str(n) for n in numbers[:20]]
    if len(numbers) > 20:
        shown[-1] += f" (and {len(numbers) - 20} more)"
    if len(shown) == 1:
        return f"page {shown[0]}"
    return f"pages {', '.join(shown[:-1])} and {shown[-1]}"
