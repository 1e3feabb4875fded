"""A cap on how much a PDF's compressed streams may unpack to (decompression bombs).

A 1 MB PDF can hold a content stream that inflates to 1 GB; pdfminer
inflates each stream whole (``zlib.decompress``), which took 2.3 GB of memory.
While a PDF is read, ``content_budget`` gives pdfminer a ``zlib`` whose
decompression stops at the budget: ``MAX_PAGE_BYTES`` per page (reset by
``ContentBudget.new_page``) and ``MAX_DOCUMENT_BYTES`` per document. Going
over raises ``KenmerkError("too_large_content")``, which becomes the
document's row. Pillow's equivalent for images is ``Image.MAX_IMAGE_PIXELS``.

Every other filter pdfminer applies is charged to the same budget, stage by
stage, so a chain of filters (``[/RunLengthDecode /RunLengthDecode]``, each
stage up to 64 times its input) stops at the cap too: LZW (up to thousands
of times its input) and RunLength are decoded here with their output counted
as it grows, CCITT fax rows are counted as they are made (and a row wider than
the budget is refused before its first row), and ASCIIHex and ASCII85 (at most
four times their input) are counted after each stage. Rendering pages for OCR
has its own cap (``pipeline.ingest.page_images``).

pypdfium2 inflates in C, out of the budget's reach, so before a PDF is read
with it ``streams_within`` unpacks the file's streams once, in bounded
chunks that are thrown away, and says whether they all fit in the budget
(images excepted: reading text does not decode them). When they do not, or
cannot be measured (a filter other than Flate, encrypted streams), the
file is read with pdfminer under the budget, which then says where it ran
over.
"""

from __future__ import annotations

import base64
import io
import re
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from pipeline.errors import KenmerkError

MAX_PAGE_BYTES = 200 * 1024**2
MAX_DOCUMENT_BYTES = 1024**3

# ``streams_within``: a stream's start, the dictionary before it, its filters.
_STREAM_START = re.compile(rb"(?<![A-Za-z])stream(?:\r\n|\n|\r)")
_DICT_START = re.compile(rb"\bobj\b")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_FILTER_NAME = re.compile(rb"/([A-Za-z0-9]+)")
_FLATE = {b"FlateDecode", b"Fl"}
# How many times its size a filter's output can be at most: Flate (RFC 1951: 258
# bytes per 2 bits), ASCII85 (its ``z`` stands for four zero bytes), hex.
FLATE_MAX_RATIO = 1032
_MAX_RATIO = {b"FlateDecode": FLATE_MAX_RATIO, b"Fl": FLATE_MAX_RATIO,
              b"ASCII85Decode": 4, b"A85": 4, b"ASCIIHexDecode": 1, b"AHx": 1}
_ASCII = {b"ASCIIHexDecode", b"AHx", b"ASCII85Decode", b"A85"}
_DICT_REACH = 4096  # how far before ``stream`` its dictionary is looked for
_CHUNK = 1024**2


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
        """Count ``n`` bytes unpacked; ``too_large_content`` when that is over the budget."""
        self.check(n)
        self.page_used += n
        self.document_used += n

    def check(self, n: int) -> None:
        """``too_large_content`` when ``n`` more bytes would be over the budget."""
        if n > self.room():
            if self.page_bytes - self.page_used < self.document_bytes - self.document_used:
                limit, where = self.page_bytes, f"on page {max(self.page_number, 1)}"
            else:
                limit, where = self.document_bytes, "in all"
            raise KenmerkError("too_large_content", source=self.source,
                               limit_mb=limit / 1024**2, where=where)


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


def _bounded_lzw(budget: ContentBudget) -> Callable[[bytes], bytes]:
    def lzwdecode(data: bytes) -> bytes:
        from pdfminer.lzw import LZWDecoder

        out = bytearray()
        for chunk in LZWDecoder(io.BytesIO(data)).run():  # one code's string at a time
            budget.spend(len(chunk))
            out += chunk
        return bytes(out)

    return lzwdecode


def _bounded_runlength(budget: ContentBudget) -> Callable[[bytes], bytes]:
    def rldecode(data: bytes) -> bytes:
        """RunLengthDecode (PDF 1.7, 7.4.5), counted run by run; a run cut short ends the data
        (pdfminer's own decoder raised StopIteration there, and built a list of ints)."""
        out = bytearray()
        i, n = 0, len(data)
        while i < n and data[i] != 128:
            length = data[i]
            if length < 128:
                run = data[i + 1:i + 2 + length]
                i += 2 + length
            else:
                run = data[i + 1:i + 2] * (257 - length)
                i += 2
            budget.spend(len(run))
            out += run
        return bytes(out)

    return rldecode


def _counted(budget: ContentBudget, decode: Callable[..., bytes]) -> Callable[..., bytes]:
    """A decoder whose output is bounded by its input (ASCIIHex, ASCII85), counted after it ran."""
    def counted(data: bytes, *args) -> bytes:
        out = decode(data, *args)
        budget.spend(len(out))
        return out

    return counted


def _bounded_ccitt(budget: ContentBudget) -> Callable[[bytes, dict], bytes]:
    from pdfminer.ccitt import CCITTFaxDecoder

    class Decoder(CCITTFaxDecoder):
        def __init__(self, width: int, *args, **kwargs) -> None:
            budget.check(int(width))  # the parser holds rows of ``width`` bytes
            super().__init__(width, *args, **kwargs)
            self._rows = bytearray()

        def output_line(self, y: int, bits) -> None:
            budget.spend((len(bits) + 7) // 8)
            self._buf = b""
            super().output_line(y, bits)
            self._rows += self._buf

        def close(self) -> bytes:
            return bytes(self._rows)

    def ccittfaxdecode(data: bytes, params: dict) -> bytes:
        from pdfminer.pdfexceptions import PDFValueError

        if params.get("K") != -1:
            raise PDFValueError(params.get("K"))
        parser = Decoder(params.get("Columns"), bytealign=params.get("EncodedByteAlign"),
                         reversed=params.get("BlackIs1"))
        parser.feedbytes(data)
        return parser.close()

    return ccittfaxdecode


# pdfminer's filters, by the name pdfminer.pdftypes imports them under.
def _filters(budget: ContentBudget) -> dict[str, Callable]:
    from pdfminer import ascii85

    return {
        "zlib": _BoundedZlib(budget),
        "lzwdecode": _bounded_lzw(budget),
        "rldecode": _bounded_runlength(budget),
        "ascii85decode": _counted(budget, ascii85.ascii85decode),
        "asciihexdecode": _counted(budget, ascii85.asciihexdecode),
        "ccittfaxdecode": _bounded_ccitt(budget),
    }

def streams_within(data: bytes, limit: int) -> bool:
    """Whether every stream of the PDF ``data`` but its images unpacks to at most
    ``limit`` bytes in all; False as well when one cannot be measured.

    Each filter's output is at most a fixed multiple of its input (``_MAX_RATIO``),
    so streams that small cannot go over and only their filters are read; larger
    ones are unpacked.
    """
    streams = list(_streams(data))
    if any(names is None for names, _, _ in streams):
        return False
    # Up to the next stream, not to 'endstream': those letters may stand inside the
    # compressed bytes, and the stream goes on after them.
    reach = [start for _, start, _ in streams[1:]] + [len(data)] * bool(streams)
    if sum((until - start) * _bound(names)
           for (names, start, _), until in zip(streams, reach, strict=True)) <= limit:
        return True
    view = memoryview(data)
    total = 0
    for names, start, end in streams:
        if not names or names[-1] not in _FLATE:
            total += (end - start) * _bound(names)
        elif len(names) == 1:
            total += _inflated_size(data, view, start, end, limit - total + 1)[0] or limit + 1
        else:
            packed = _unwrap(bytes(view[start:end]), names[:-1])
            size = None if packed is None else _inflated_size(packed, memoryview(packed), 0,
                                                              len(packed), limit - total + 1)[0]
            total += limit + 1 if size is None else size
        if total > limit:
            return False
    return True


def _streams(data: bytes) -> Iterator[tuple[list[bytes] | None, int, int]]:
    """(filters, start, end) of each stream of ``data`` but images; filters None when the
    stream cannot be measured (a filter that is neither Flate nor ASCII, or several Flates)."""
    pos = 0
    while (match := _STREAM_START.search(data, pos)) is not None:
        start = match.end()
        head = data[max(0, match.start() - _DICT_REACH) : match.start()]
        opened = [m.end() for m in _DICT_START.finditer(head)]
        head = head[opened[-1]:] if opened else head
        end = data.find(b"endstream", start)
        if end < 0:
            end = len(data)
        pos = end + len(b"endstream")
        if _IMAGE.search(head):
            continue
        found = _FILTER.search(head)
        names = _FILTER_NAME.findall(found.group(1)) if found else []
        if all(name in _ASCII for name in names[:-1]) and (not names or names[-1] in _MAX_RATIO):
            yield names, start, end
        else:
            yield None, start, end


def _bound(names: list[bytes]) -> int:
    """The most one byte of a stream with these filters can unpack to."""
    bound = 1
    for name in names:
        bound *= _MAX_RATIO[name]
    return bound


def _unwrap(data: bytes, names: list[bytes]) -> bytes | None:
    """``data`` with ASCII filters undone (``[/ASCII85Decode /FlateDecode]``), or None."""
    for name in names:
        text = data.translate(None, b" \t\r\n\f\x00")
        try:
            if name in (b"ASCIIHexDecode", b"AHx"):
                text = text.split(b">", 1)[0]
                data = bytes.fromhex((text + b"0" * (len(text) % 2)).decode("ascii"))
            else:
                data = base64.a85decode(text.split(b"~>", 1)[0].removeprefix(b"<~"))
        except ValueError:
            return None
    return data


def _inflated_size(data: bytes, view: memoryview, start: int, end: int,
                   limit: int) -> tuple[int | None, int]:
    """How much the Flate stream at ``start`` unpacks to (counting stops past ``limit``),
    and where it ends; None when it is no Flate data (encrypted, damaged)."""
    inflate = zlib.decompressobj()
    size = 0
    while True:
        pending = view[start:end]
        try:
            while pending and size <= limit and not inflate.eof:
                size += len(inflate.decompress(pending, _CHUNK))
                pending = inflate.unconsumed_tail
        except zlib.error:
            return None, end
        if inflate.eof or size > limit or end >= len(data):
            return size, end
        # 'endstream' occurred inside the compressed bytes: read on to the next one.
        start, end = end, data.find(b"endstream", end + 1)
        if end < 0:
            end = len(data)


@contextmanager
def content_budget(source: str, page_bytes: int | None = None,
                   document_bytes: int | None = None) -> Iterator[ContentBudget]:
    """While reading ``source``: pdfminer's streams unpack within the budget
    (by default ``MAX_PAGE_BYTES`` and ``MAX_DOCUMENT_BYTES``)."""
    from pdfminer import pdftypes

    budget = ContentBudget(source, page_bytes or MAX_PAGE_BYTES, document_bytes or MAX_DOCUMENT_BYTES)
    bounded = _filters(budget)
    saved = {name: getattr(pdftypes, name) for name in bounded}
    for name, decode in bounded.items():
        setattr(pdftypes, name, decode)
    try:
        yield budget
    finally:
        for name, decode in saved.items():
            setattr(pdftypes, name, decode)
