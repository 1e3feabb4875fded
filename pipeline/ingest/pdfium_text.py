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

Filled shapes (grey boxes, coloured bars, table shading) and images (regions
to OCR, the image share) come from pdfium's page objects in pdfplumber's
terms: one box per subpath of a filled path, fill colours as RGB in 0..1.
``pdfium_words`` returns None for a page that needs what only pdfplumber
gives: shading, shapes or images inside a form, text
that is turned (a text or form object whose matrix rotates or mirrors it:
stamps along the edge), a page that is rotated or cropped, and characters
pdfium cannot map to Unicode (pdfplumber's ``(cid:N)`` feeds the
garbled-layer test). Such pages are read by pdfplumber exactly as before;
the rest never build a pdfminer object. A page with a black box the size of
a word goes to pdfplumber too (``pipeline.ingest.pdf``): the redaction test
reads the colour of the text on the box.
"""

from __future__ import annotations

import ctypes
import hashlib
import unicodedata
from dataclasses import dataclass, field

X_TOLERANCE = 1.5
Y_TOLERANCE = 3.0


# A character: (text, x0, top, x1, bottom), a tuple because a page has thousands.
Char = tuple[str, float, float, float, float]
TEXT, X0, TOP, X1, BOTTOM = range(5)


def _raw():
    import pypdfium2.raw as raw

    return raw


@dataclass
class PageShapes:
    """What a page draws besides text, in pdfplumber's terms (top-left origin, points)."""

    filled: list[dict] = field(default_factory=list)
    images: list[dict] = field(default_factory=list)


def _box(left: float, bottom: float, right: float, top: float, height: float) -> dict:
    return {"x0": left, "x1": right, "top": height - top, "bottom": height - bottom}


def _subpath_boxes(obj, raw, height: float) -> list[dict] | None:
    """The boxes of a path's subpaths with three or more points (pdfminer's rects and
    curves; two-point lines are neither), in page space; None when one cannot be read."""
    handle = obj.raw
    matrix = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(handle, matrix):
        return None
    x, y = ctypes.c_float(0), ctypes.c_float(0)
    boxes, points = [], []

    def close() -> None:
        if len(points) >= 3:
            xs = [matrix.a * px + matrix.c * py + matrix.e for px, py in points]
            ys = [matrix.b * px + matrix.d * py + matrix.f for px, py in points]
            boxes.append(_box(min(xs), min(ys), max(xs), max(ys), height))
        points.clear()

    for i in range(raw.FPDFPath_CountSegments(handle)):
        segment = raw.FPDFPath_GetPathSegment(handle, i)
        if not segment or not raw.FPDFPathSegment_GetPoint(segment, x, y):
            return None
        if raw.FPDFPathSegment_GetType(segment) == raw.FPDF_SEGMENT_MOVETO:
            close()
        points.append((x.value, y.value))
    close()
    return boxes


def _image_digest(obj, raw) -> str | None:
    """A digest of an image's stream, so a picture repeated on every page is OCR'd once
    (``pipeline.ingest.regions``; pdfplumber's stream object id plays that part)."""
    size = raw.FPDFImageObj_GetImageDataRaw(obj.raw, None, 0)
    if not size:
        return None
    buffer = ctypes.create_string_buffer(size)
    if raw.FPDFImageObj_GetImageDataRaw(obj.raw, buffer, size) != size:
        return None
    return hashlib.blake2b(buffer.raw, digest_size=16).hexdigest()


def page_shapes(page, height: float) -> PageShapes | None:
    """The page's filled shapes and images as pdfplumber gives them, or None when the page
    needs pdfplumber (see the module docstring)."""
    raw = _raw()
    if page.get_rotation() % 360:
        return None
    mediabox, cropbox = page.get_mediabox(), page.get_cropbox()
    if any(abs(a - b) > 0.01 for a, b in zip(mediabox, cropbox, strict=True)):
        return None
    if abs(mediabox[0]) > 0.01 or abs(mediabox[1]) > 0.01:
        return None
    shapes = PageShapes()
    fill, stroke = ctypes.c_int(0), ctypes.c_int(0)
    r, g, b, a = (ctypes.c_uint(0) for _ in range(4))
    left, bottom, right, top = (ctypes.c_float(0) for _ in range(4))
    matrix = raw.FS_MATRIX()
    for obj in page.get_objects(max_depth=8):
        kind = obj.type
        if kind == raw.FPDF_PAGEOBJ_SHADING:
            return None
        if kind in (raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_FORM):
            # Turned or slanted text (a stamp along the edge): pdfplumber's vertical words.
            if not raw.FPDFPageObj_GetMatrix(obj.raw, matrix):
                return None
            if abs(matrix.b) > 1e-6 or abs(matrix.c) > 1e-6 or matrix.a <= 0 or matrix.d <= 0:
                return None
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            if obj.level > 0 or not raw.FPDFPageObj_GetBounds(obj.raw, left, bottom, right, top):
                return None  # inside a form: its bounds are not in page space
            image = _box(left.value, bottom.value, right.value, top.value, height)
            image["key"] = _image_digest(obj, raw)
            shapes.images.append(image)
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            if not raw.FPDFPath_GetDrawMode(obj.raw, fill, stroke):
                return None
            if not fill.value:
                continue
            if obj.level > 0 or not raw.FPDFPageObj_GetFillColor(obj.raw, r, g, b, a):
                return None
            color = (r.value / 255, g.value / 255, b.value / 255)
            boxes = _subpath_boxes(obj, raw, height)
            if boxes is None:
                return None
            shapes.filled += [dict(box, fill=True, non_stroking_color=color) for box in boxes]
    return shapes


def page_chars(textpage, height: float, strict: bool = True) -> list[Char] | None:
    """The text page's characters with pdfminer-style boxes.

    ``strict`` (a page read instead of pdfplumber): None when one character cannot be
    read as pdfminer would (no Unicode, turned, no size), so pdfplumber reads the page.
    Not ``strict`` (a page pdfminer cannot parse, ``pipeline.ingest.pdf_recover``): every
    character is kept as well as pdfium gives it: one without Unicode as ``\ufffd``
    (which the text-layer test counts), one without a usable size with pdfium's loose
    box, and pdfium's own spaces as word breaks.
    """
    raw = _raw()
    handle = textpage.raw
    count = raw.FPDFText_CountChars(handle)
    if strict:
        text = textpage.get_text_range(0, count) if count else ""
        if len(text) != count:
            return None  # characters beyond the BMP: leave the page to pdfplumber
        # Glyphs without text (pdfplumber's (cid:N), which feed the garbled-layer test):
        # each distinct character is judged once.
        if any(c == "\ufffd" or unicodedata.category(c) in {"Co", "Cc", "Cs", "Cn"}
               for c in set(text) - {"\r", "\n"}):
            return None
    else:
        text = "".join(_unicode(raw.FPDFText_GetUnicode(handle, i)) for i in range(count))
    rect = raw.FS_RECTF()
    x, y = ctypes.c_double(0), ctypes.c_double(0)
    chars: list[Char] = []
    generated, loose, origin = (raw.FPDFText_IsGenerated, raw.FPDFText_GetLooseCharBox,
                                raw.FPDFText_GetCharOrigin)
    font_size, map_error = raw.FPDFText_GetFontSize, raw.FPDFText_HasUnicodeMapError
    get_matrix, matrix = raw.FPDFText_GetMatrix, raw.FS_MATRIX()
    for i, char in enumerate(text):
        if char in "\r\n":
            continue
        if char == " ":
            if strict and generated(handle, i):
                continue  # pdfium's own spaces between text objects
        elif map_error(handle, i) == 1:
            if strict:
                return None
            char = "\ufffd"
        if not loose(handle, i, rect):
            if strict:
                return None
            continue
        # The size set with Tf, scaled by the character's matrix (text matrix and CTM):
        # a PDF may set Tf 1 and scale its text with Tm, as pdfminer's size includes.
        upright = get_matrix(handle, i, matrix) and abs(matrix.b) <= 1e-6 and abs(matrix.c) <= 1e-6
        size = font_size(handle, i) * matrix.d if upright else 0.0
        if size <= 0:
            if strict:
                return None
            chars.append((char, rect.left, height - rect.top, rect.right, height - rect.bottom))
            continue
        bottom = rect.bottom
        if rect.top <= bottom:
            if not origin(handle, i, x, y):
                if strict:
                    return None
                continue
            bottom = y.value - 0.2 * size
        # pdfminer: bottom at the descent below the baseline, top one size above it.
        chars.append((char, rect.left, height - (bottom + size), rect.right, height - bottom))
    return chars


def _unicode(code: int) -> str:
    """A character code of pdfium's as text: NUL (a glyph pdfium maps to nothing) as a space,
    so it ends a word, and a code that is no character as ``\ufffd``."""
    if code == 0:
        return " "
    return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\ufffd"


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


def pdfium_words(doc, index: int, strict: bool = True) -> tuple[float, float, list[dict], PageShapes] | None:
    """(width, height, words, shapes) of page ``index`` of a pypdfium2 document.

    ``strict``: None when the page needs pdfplumber (``page_shapes``, ``page_chars``).
    Not ``strict``, for a page pdfminer cannot parse: whatever pdfium reads of its text
    layer, without shapes. pdfium's errors (a page it cannot load) are raised.
    """
    page = doc[index]
    try:
        width, height = page.get_size()
        shapes = page_shapes(page, float(height)) if strict else PageShapes()
        if shapes is None:
            return None
        textpage = page.get_textpage()
        try:
            chars = page_chars(textpage, float(height), strict=strict)
        finally:
            textpage.close()
    finally:
        page.close()
    if chars is None:
        return None
    return float(width), float(height), words_from_chars(chars), shapes
