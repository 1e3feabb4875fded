"""Plain-text files: bytes -> pages of text, whatever encoding they came in.

The encoding is decided in this order: a byte-order mark (UTF-8, UTF-16,
UTF-32); UTF-16 without a mark (NUL bytes on every other position); strict
UTF-8; strict cp1252 (the Windows encoding of almost every non-UTF-8 Dutch
text, a superset of Latin-1's printable range); and only then
charset-normalizer, because on short Dutch texts it tends to pick cp1250 or
UTF-16 where cp1252 is right. Latin-1 is the last resort and never fails.

NUL characters are removed (some OCR and export tools pad with them); a file
whose decoded text is still full of control characters is binary and
rejected. Line ends are folded to ``\\n``.

Pages: a form feed (``\\f``) ends a page, as in ``pdftotext`` output, so page
numbers of such exports stay true; a text without form feeds is one page. An
empty page after a final form feed is dropped.
"""

from __future__ import annotations

import codecs
import unicodedata

from pipeline.errors import KenmerkError
from pipeline.records import RawPage

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters that belong in text; every other Cc character counts as binary.
TEXT_CONTROLS = frozenset("\t\n\r\f\v")
# Above this share of control or replacement characters the file is not text.
MAX_CONTROL_SHARE = 0.05
UTF16_SAMPLE = 4096


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding named by a byte-order mark and the mark's length, if there is one."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit on one parity only, as in UTF-16 Latin text."""
    sample = data[:UTF16_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0) / pairs
    odd = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0) / pairs
    if odd > 0.3 and even < 0.02:
        return "utf-16-le"
    if even > 0.3 and odd < 0.02:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else None


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes: (text, encoding name). NULs are removed here."""
    marked = bom_encoding(data)
    if marked:
        encoding, skip = marked
        return data[skip:].decode(encoding, errors="replace").replace("\x00", ""), encoding
    wide = utf16_without_bom(data)
    if wide:
        text = _strict(data[: len(data) // 2 * 2], wide)
        if text is not None:
            return text.replace("\x00", ""), wide
    data = data.replace(b"\x00", b"")
    for encoding in ("utf-8", "cp1252"):
        text = _strict(data, encoding)
        if text is not None:
            return text, encoding
    guessed = _guess(data)
    if guessed is not None:
        return guessed, "charset-normalizer"
    return data.decode("latin-1"), "latin-1"


def control_share(text: str) -> float:
    """Share of characters that do not belong in text (controls, U+FFFD)."""
    if not text:
        return 0.0
    bad = sum(1 for c in text
              if c == "\ufffd" or (unicodedata.category(c) == "Cc" and c not in TEXT_CONTROLS))
    return bad / len(text)


def split_pages(text: str) -> list[str]:
    """Split on form feeds; a trailing empty page after the last ``\\f`` is dropped."""
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return pages


def text_pages(data: bytes, source: str) -> tuple[RawPage, ...]:
    """The pages of a text file; raises ``binary_text`` or ``no_text``."""
    text, _encoding = decode_text(data)
    if control_share(text) > MAX_CONTROL_SHARE:
        raise KenmerkError("binary_text", source=source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise KenmerkError("no_text", source=source)
    return tuple(RawPage(number=i, text=page, method="text")
                 for i, page in enumerate(split_pages(text), start=1))
