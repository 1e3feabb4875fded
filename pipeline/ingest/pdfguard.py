"""A cap on how much a PDF's compressed streams may unpack to (decompression bombs).

A 1 MB PDF can hold a content stream that inflates to 1 GB; pdfminer
inflates each stream whole (``zlib.decompress``), which took 2.3 GB of memory.
While a PDF is read, ``content_budget`` gives pdfminer a ``zlib`` whose
decompression stops at the budget: ``MAX_PAGE_BYTES`` per page (reset by
``ContentBudget.new_page``) and ``MAX_DOCUMENT_BYTES`` per document. Going
over raises ``KenmerkError("too_large_content")``, which becomes the
document's row. Pillow's equivalent for images is ``Image.MAX_IMAGE_PIXELS``.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from pipeline.errors import KenmerkError

MAX_PAGE_BYTES = 200 * 1024**2
MAX_DOCUMENT_BYTES = 1024**3


class ContentBudget:
    """Bytes left to unpack for the current page and the whole document."""

    def __init__(self, source: str, page_bytes: int, document_bytes: int) -> None:
        self.source = source
        self.page_bytes, self.document_bytes = page_bytes, document_bytes
        self.page_used = self.document_used = 0
        self.page_number = 0

    def new_page(self, number: int) -> None:
        self.page_used = 0
        self.page_number = number

    def room(self) -> int:
        return max(0, min(self.page_bytes - self.page_used, self.document_bytes - self.document_used))

    def spend(self, n: int) -> None:
        if n > self.room():
            if self.page_bytes - self.page_used < self.document_bytes - self.document_used:
                limit, where = self.page_bytes, f"on page {max(self.page_number, 1)}"
            else:
                limit, where = self.document_bytes, "in all"
            raise KenmerkError("too_large_content", source=self.source,
                               limit_mb=limit / 1024**2, where=where)
        self.page_used += n
        self.document_used += n


class _Decompressor:
    """A ``zlib.decompressobj`` that charges its output to the budget."""

    def __init__(self, budget: ContentBudget, *args) -> None:
        self._budget = budget
        self._inner = zlib.decompressobj(*args)

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        room = self._budget.room()
        limit = room + 1 if max_length == 0 else min(max_length, room + 1)
        out = self._inner.decompress(data, limit)
        self._budget.spend(len(out))
        return out

    def flush(self, *args) -> bytes:
        out = self._inner.flush(*args)
        self._budget.spend(len(out))
        return out

    def __getattr__(self, name: str):
        return getattr(self._inner, name)


class _BoundedZlib:
    """The parts of the ``zlib`` module pdfminer uses, with output charged to the budget."""

    error = zlib.error

    def __init__(self, budget: ContentBudget) -> None:
        self._budget = budget

    def decompress(self, data: bytes, *args) -> bytes:
        inner = zlib.decompressobj(*args[:1])
        out = inner.decompress(data, self._budget.room() + 1)
        self._budget.spend(len(out))
        if not inner.eof:
            if inner.unconsumed_tail:  # stopped by the budget; spend() has raised already
                raise zlib.error("stream over the budget")
            # As zlib.decompress: a stream cut short is an error (pdfminer then
            # tries its own repair, decompress_corrupted, also on the budget).
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return out

    def decompressobj(self, *args) -> _Decompressor:
        return _Decompressor(self._budget, *args)

    def __getattr__(self, name: str):
        return getattr(zlib, name)


@contextmanager
def content_budget(source: str, page_bytes: int | None = None,
                   document_bytes: int | None = None) -> Iterator[ContentBudget]:
    """While reading ``source``: pdfminer's streams unpack within the budget
    (by default ``MAX_PAGE_BYTES`` and ``MAX_DOCUMENT_BYTES``)."""
    from pdfminer import pdftypes

    budget = ContentBudget(source, page_bytes or MAX_PAGE_BYTES, document_bytes or MAX_DOCUMENT_BYTES)
    saved = pdftypes.zlib
    pdftypes.zlib = _BoundedZlib(budget)
    try:
        yield budget
    finally:
        pdftypes.zlib = saved
