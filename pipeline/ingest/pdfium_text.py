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
the image share), text that is turned (a text or form object whose matrix
rotates or mirrors it: stamps along the edge), a page
that is rotated or cropped, and characters pdfium cannot map to Unicode
(pdfplumber's ``(cid:N)`` feeds the garbled-layer test). Such pages are read
by pdfplumber exactly as before; the rest never build a pdfminer object.
"""

from __future__ import annotations

import ctypes
import unicodedata

X_TOLERANCE = 1.5
Y_TOLERANCE = 3.0


# A character: (text, x0, top, x1, bottom), a tuple because a page has thousands.
Char = tuple[str, float, float, float, float]
TEXT, X0, TOP, X1, BOTTOM = range(5)


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
    matrix = raw.FS_MATRIX()
    for obj in page.get_objects(max_depth=8):
        kind = obj.type
        if kind in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_SHADING):
            return True
        if kind in (raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_FORM):
            # Turned or slanted text (a stamp along the edge): pdfplumber's vertical words.
            if not raw.FPDFPageObj_GetMatrix(obj.raw, matrix):
                return True
            if abs(matrix.b) > 1e-6 or abs(matrix.c) > 1e-6 or matrix.a <= 0 or matrix.d <= 0:
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
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:
        return None  # characters beyond the BMP: leave the page to pdfplumber
    rect = raw.FS_RECTF()
    x, y = ctypes.c_double(0), ctypes.c_double(0)
    chars: list[Char] = []
    generated, loose, origin = (raw.FPDFText_IsGenerated, raw.FPDFText_GetLooseCharBox,
                                raw.FPDFText_GetCharOrigin)
    font_size, map_error = raw.FPDFText_GetFontSize, raw.FPDFText_HasUnicodeMapError
    for i, char in enumerate(text):
        if char in "\r\n":
            continue
        if char == " ":
            if generated(handle, i):
                continue  # pdfium's own spaces between text objects
        elif char == "\x00" or unicodedata.category(char) in {"Co", "Cc", "Cs", "Cn"} \
                or char == "\ufffd" or map_error(handle, i) == 1:
            return None  # glyphs without text: pdfplumber's (cid:N) feed the garbled test
        if not loose(handle, i, rect):
            return None
        size = font_size(handle, i)
        if size <= 0:
            return None
        bottom = rect.bottom
        if rect.top <= bottom:
            if not origin(handle, i, x, y):
                return None
            bottom = y.value - 0.2 * size
        # pdfminer: bottom at the descent below the baseline, top one size above it.
        chars.append((char, rect.left, height - (bottom + size), rect.right, height - bottom))
    return chars


def _lines(chars: list[Char]) -> list[list[Char]]:
    """Characters clustered into lines by ``top`` (pdfplumber's ``cluster_objects``)."""
    order = sorted(range(len(chars)), key=lambda i: chars[i][TOP])
    lines: list[list[int]] = []
    last = None
    for i in order:
        top = chars[i][TOP]
        if last is None or top > last + Y_TOLERANCE:
            lines.append([])
        lines[-1].append(i)
        last = top
    # pdfplumber keeps the characters of a cluster in their original order, then sorts by x0.
    return [sorted((chars[i] for i in sorted(line)), key=lambda c: c[X0]) for line in lines]


def words_from_chars(chars: list[Char]) -> list[dict]:
    """Words as pdfplumber's ``extract_words`` gives them (text, x0, x1, top, bottom, upright)."""
    words: list[dict] = []
    for line in _lines(chars):
        current: list[Char] = []
        for char in line:
            if char[TEXT].isspace():
                if current:
                    words.append(_word(current))
                    current = []
                continue
            if current:
                prev = current[-1]
                if (char[X0] > prev[X1] + X_TOLERANCE or char[X1] < prev[X0] - X_TOLERANCE
                        or char[TOP] > prev[BOTTOM] + Y_TOLERANCE
                        or char[BOTTOM] < prev[TOP] - Y_TOLERANCE):
                    words.append(_word(current))
                    current = []
            current.append(char)
        if current:
            words.append(_word(current))
    return words


def _word(chars: list[Char]) -> dict:
    if len(chars) == 1:
        text, x0, top, x1, bottom = chars[0]
    else:
        texts, x0s, tops, x1s, bottoms = zip(*chars, strict=True)
        text, x0, top, x1, bottom = "".join(texts), min(x0s), min(tops), max(x1s), max(bottoms)
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "upright": True}


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
