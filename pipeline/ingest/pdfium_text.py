"""A born-digital page's words from pypdfium2's text page: characters, boxes and sizes in one pass.

pdfplumber (pdfminer) builds a Python object for every character, path and
image of a page, which takes most of a page's reading time. pdfium reads the
same text layer in C; this module asks it for each character's code, origin,
loose box and font size, and builds words from the characters the way
pdfplumber's ``extract_words`` does with ``pipeline.ingest.pdf.WORD_OPTIONS``
(characters clustered into lines by their top within ``y_tolerance``, sorted
left to right, a word ending at white space or at a gap wider than
``x_tolerance``). The boxes follow pdfminer's convention: ``x0``/``x1`` from
the glyph's advance, ``bottom`` at the font's descent below the baseline,
``top`` one font size above it, so they agree with pdfplumber's to a fraction
of a point (``tests/ingest/test_pdfium_text.py``).

``pdfium_words`` returns None for a page that needs what only pdfplumber
gives (see ``needs_pdfplumber``): filled paths (redaction boxes, grey boxes,
heading bars and the colour of the text on them), images (regions to OCR,
the image share), text that is not upright (stamps along the edge), a page
that is rotated or cropped, and characters pdfium cannot map to Unicode
(pdfplumber's ``(cid:N)`` feeds the garbled-layer test). Such pages are read
by pdfplumber exactly as before; the rest never build a pdfminer object.
"""

from __future__ import annotations

import ctypes
import unicodedata
from dataclasses import dataclass

X_TOLERANCE = 1.5
Y_TOLERANCE = 3.0


@dataclass(frozen=True, slots=True)
class Char:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float


def _raw():
    import pypdfium2.raw as raw

    return raw


def needs_pdfplumber(page) -> bool:
    """Whether a pypdfium2 page holds something this module does not read (module docstring)."""
    raw = _raw()
    if page.get_rotation() % 360:
        return True
    mediabox, cropbox = page.get_mediabox(), page.get_cropbox()
    if any(abs(a - b) > 0.01 for a, b in zip(mediabox, cropbox, strict=True)):
        return True
    if abs(mediabox[0]) > 0.01 or abs(mediabox[1]) > 0.01:
        return True
    fill, stroke = ctypes.c_int(0), ctypes.c_int(0)
    for obj in page.get_objects(max_depth=8):
        kind = obj.type
        if kind in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_SHADING):
            return True
        if kind == raw.FPDF_PAGEOBJ_PATH:
            if not raw.FPDFPath_GetDrawMode(obj.raw, fill, stroke):
                return True
            if fill.value:
                return True
    return False


def page_chars(textpage, height: float) -> list[Char] | None:
    """The text page's characters with pdfminer-style boxes, or None when one cannot be read."""
    raw = _raw()
    handle = textpage.raw
    count = raw.FPDFText_CountChars(handle)
    rect = raw.FS_RECTF()
    x, y = ctypes.c_double(0), ctypes.c_double(0)
    chars: list[Char] = []
    get_unicode, generated = raw.FPDFText_GetUnicode, raw.FPDFText_IsGenerated
    loose, origin, font_size = (raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetCharOrigin,
                                raw.FPDFText_GetFontSize)
    angle = raw.FPDFText_GetCharAngle
    map_error = raw.FPDFText_HasUnicodeMapError
    high = None
    for i in range(count):
        if generated(handle, i):
            continue  # pdfium's own spaces and line breaks between text objects
        code = get_unicode(handle, i)
        if 0xD800 <= code < 0xDC00:
            high = code
            continue
        if 0xDC00 <= code < 0xE000 and high is not None:
            code = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
        high = None
        if map_error(handle, i) == 1 or code == 0:
            return None
        text = chr(code)
        if text in "\r\n":
            continue
        if text != " " and unicodedata.category(text) in {"Co", "Cc", "Cs", "Cn"}:
            return None
        if abs(angle(handle, i)) > 1e-3 and abs(angle(handle, i) - 6.2831853) > 1e-3:
            return None  # rotated text: pdfplumber reads stamps along the edge
        if not loose(handle, i, rect) or not origin(handle, i, x, y):
            return None
        size = font_size(handle, i)
        if size <= 0:
            return None
        bottom = rect.bottom
        # pdfminer: bottom at the descent below the baseline, top one size above it.
        if bottom > y.value or rect.top <= bottom:
            bottom = y.value - 0.2 * size
        chars.append(Char(text, float(rect.left), height - (bottom + size), float(rect.right),
                          height - bottom))
    return chars


def _lines(chars: list[Char]) -> list[list[Char]]:
    """Characters clustered into lines by ``top`` (pdfplumber's ``cluster_objects``)."""
    order = sorted(range(len(chars)), key=lambda i: chars[i].top)
    lines: list[list[int]] = []
    last = None
    for i in order:
        top = chars[i].top
        if last is None or top > last + Y_TOLERANCE:
            lines.append([])
        lines[-1].append(i)
        last = top
    # pdfplumber keeps the characters of a cluster in their original order, then sorts by x0.
    return [sorted((chars[i] for i in sorted(line)), key=lambda c: c.x0) for line in lines]


def words_from_chars(chars: list[Char]) -> list[dict]:
    """Words as pdfplumber's ``extract_words`` gives them (text, x0, x1, top, bottom, upright)."""
    words: list[dict] = []
    for line in _lines(chars):
        current: list[Char] = []
        for char in line:
            if char.text.isspace():
                if current:
                    words.append(_word(current))
                    current = []
                continue
            if current:
                prev = current[-1]
                if (char.x0 > prev.x1 + X_TOLERANCE or char.x1 < prev.x0 - X_TOLERANCE
                        or char.top > prev.bottom + Y_TOLERANCE
                        or char.bottom < prev.top - Y_TOLERANCE):
                    words.append(_word(current))
                    current = []
            current.append(char)
        if current:
            words.append(_word(current))
    return words


def _word(chars: list[Char]) -> dict:
    return {"text": "".join(c.text for c in chars), "x0": min(c.x0 for c in chars),
            "x1": max(c.x1 for c in chars), "top": min(c.top for c in chars),
            "bottom": max(c.bottom for c in chars), "upright": True}


def pdfium_words(doc, index: int) -> tuple[float, float, list[dict]] | None:
    """(width, height, words) of page ``index`` of a pypdfium2 document, or None when the
    page needs pdfplumber (``needs_pdfplumber``)."""
    page = doc[index]
    try:
        if needs_pdfplumber(page):
            return None
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            chars = page_chars(textpage, float(height))
        finally:
            textpage.close()
    finally:
        page.close()
    if chars is None:
        return None
    return float(width), float(height), words_from_chars(chars)
