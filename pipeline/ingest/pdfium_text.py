"""A born-digital page's words from pypdfium2's text page: characters, boxes and sizes in one pass.

pdfplumber (pdfminer) builds a Python object for every character, path and
image of a page, which takes most of a page's reading time. pdfium reads the
same text layer in C; this module asks it for each character's code, origin,
loose box and font size, and builds words from the characters the way
pdfplumber's ``extract_words`` does with ``pipeline.ingest.pdf_page.WORD_OPTIONS``
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
import functools
import hashlib
import unicodedata
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from pipeline.ingest.lines import Token
from pipeline.ingest.superscripts import mark_starts
from pipeline.records import BBox

# What pdfium gives for a hyphen that breaks a word at a line's end.
LINE_END_HYPHEN = "\ufffe"
X_TOLERANCE = 1.5
Y_TOLERANCE = 3.0


# A character: (text, x0, top, x1, bottom).
Char = tuple[str, float, float, float, float]


@dataclass(frozen=True)
class PageChars:
    """A page's characters as columns, because a page has thousands: ``text`` holds
    one character each, ``boxes`` their boxes as rows of (x0, top, x1, bottom)."""

    text: str
    boxes: np.ndarray

    @staticmethod
    def of(chars: list[Char]) -> PageChars:
        boxes = np.array([c[1:] for c in chars], dtype=float).reshape(-1, 4)
        return PageChars("".join(c[0] for c in chars), boxes)


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


def _subpath_boxes(handle, raw, height: float) -> list[dict] | None:
    """The boxes of a path's subpaths with three or more points (pdfminer's rects and
    curves; two-point lines are neither), in page space; None when one cannot be read."""
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


def _image_digest(handle, raw) -> str | None:
    """A digest of an image's stream, so a picture repeated on every page is OCR'd once
    (``pipeline.ingest.regions``; pdfplumber's stream object id plays that part)."""
    size = raw.FPDFImageObj_GetImageDataRaw(handle, None, 0)
    if not size:
        return None
    buffer = ctypes.create_string_buffer(size)
    if raw.FPDFImageObj_GetImageDataRaw(handle, buffer, size) != size:
        return None
    return hashlib.blake2b(buffer.raw, digest_size=16).hexdigest()


# Forms nested deeper than this are not looked into (as pdfplumber's reading goes on).
MAX_FORM_DEPTH = 8


def _objects(parent, raw, level: int = 0) -> Iterator[tuple[object, int, int]]:
    """(handle, type, level) of a page's objects, each form's objects right after the form,
    down to ``MAX_FORM_DEPTH`` levels (pypdfium2's ``get_objects``, without a Python object
    for each page object)."""
    count, get = ((raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject) if level == 0 else
                  (raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject))
    n = count(parent)
    if n < 0:
        raise _pdfium_error("Failed to get number of pageobjects.")
    for i in range(n):
        handle = get(parent, i)
        if not handle:
            raise _pdfium_error("Failed to get pageobject.")
        kind = raw.FPDFPageObj_GetType(handle)
        yield handle, kind, level
        if kind == raw.FPDF_PAGEOBJ_FORM and level < MAX_FORM_DEPTH - 1:
            yield from _objects(handle, raw, level + 1)


def _pdfium_error(message: str) -> Exception:
    import pypdfium2

    return pypdfium2.PdfiumError(message)


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
    for handle, kind, level in _objects(page.raw, raw):
        if kind == raw.FPDF_PAGEOBJ_SHADING:
            return None
        if kind in (raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_FORM):
            # Turned or slanted text (a stamp along the edge): pdfplumber's vertical words.
            if not raw.FPDFPageObj_GetMatrix(handle, matrix):
                return None
            if abs(matrix.b) > 1e-6 or abs(matrix.c) > 1e-6 or matrix.a <= 0 or matrix.d <= 0:
                return None
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            if level > 0 or not raw.FPDFPageObj_GetBounds(handle, left, bottom, right, top):
                return None  # inside a form: its bounds are not in page space
            image = _box(left.value, bottom.value, right.value, top.value, height)
            image["key"] = _image_digest(handle, raw)
            shapes.images.append(image)
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            if not raw.FPDFPath_GetDrawMode(handle, fill, stroke):
                return None
            if not fill.value:
                continue
            if level > 0 or not raw.FPDFPageObj_GetFillColor(handle, r, g, b, a):
                return None
            color = (r.value / 255, g.value / 255, b.value / 255)
            boxes = _subpath_boxes(handle, raw, height)
            if boxes is None:
                return None
            shapes.filled += [dict(box, fill=True, non_stroking_color=color) for box in boxes]
    return shapes


def page_chars(textpage, height: float, strict: bool = True) -> PageChars | None:
    """The text page's characters with pdfminer-style boxes.

    ``strict`` (a page read instead of pdfplumber): None when one character cannot be
    read as pdfminer would (no Unicode, turned, no size), so pdfplumber reads the page.
    Not ``strict`` (a page pdfminer cannot parse, ``pipeline.ingest.pdf_recover``): every
    character is kept as well as pdfium gives it: one without Unicode as ``\ufffd``
    (which the text-layer test counts), one without a usable size with pdfium's loose
    box, and pdfium's own spaces as word breaks.
    """
    if not strict:
        return PageChars.of(_loose_chars(textpage, height))
    raw = _raw()
    count = raw.FPDFText_CountChars(textpage.raw)
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:
        return None  # characters beyond the BMP: leave the page to pdfplumber
    # pdfium marks a hyphen that breaks a word at the end of a line (an office suite's
    # hyphenation) as U+FFFE; the glyph printed is a hyphen, which pdfminer reads.
    text = text.replace(LINE_END_HYPHEN, "-")
    # Glyphs without text (pdfplumber's (cid:N), which feed the garbled-layer test):
    # each distinct character is judged once.
    if any(c == "\ufffd" or unicodedata.category(c) in {"Co", "Cc", "Cs", "Cn"}
           for c in set(text) - {"\r", "\n"}):
        return None
    calls = _calls()
    handle = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
    generated, map_error, loose, text_object = (calls.generated, calls.map_error, calls.loose,
                                                 calls.text_object)
    # pdfium writes each kept character's loose box into the next slot of ``rects``.
    rects = (raw.FS_RECTF * count)()
    step = ctypes.sizeof(raw.FS_RECTF)
    slot = ctypes.byref
    # A character's size and matrix are its text object's: asked once per object.
    # An object's characters mostly follow each other, so the last one is checked first.
    object_sizes: dict[int, float] = {}
    last_object, size = None, 0.0
    # The loop keeps few lists per character: the characters left out (line breaks,
    # pdfium's spaces), and where each run of one size begins (as a slot of ``rects``).
    skipped: list[int] = []
    skip = skipped.append
    runs, run_sizes = [], array("d")
    offset = 0  # of the next slot in ``rects``
    for i, char in enumerate(text):
        if char in "\r\n":
            skip(i)
            continue
        if char == " ":
            if generated(handle, i):
                skip(i)
                continue  # pdfium's own spaces between text objects
        elif map_error(handle, i) == 1:
            return None
        if not loose(handle, i, slot(rects, offset)):
            return None
        obj = text_object(handle, i)
        if obj is None or obj != last_object:
            size = object_sizes.get(obj)
            if size is None:
                size = _char_size(textpage.raw, i, raw)
                if obj:  # (a character without an object is asked on its own)
                    object_sizes[obj] = size
            if size <= 0:
                return None
            last_object = obj
            runs.append(offset // step)
            run_sizes.append(size)
        offset += step
    n = offset // step
    in_text = np.ones(count, dtype=bool)
    in_text[skipped] = False
    kept = np.flatnonzero(in_text).tolist()
    left, rect_top, right, rect_bottom = (
        np.frombuffer(rects, dtype=np.float32).reshape(-1, 4)[:n].astype(float).T)
    size = np.repeat(np.frombuffer(run_sizes, dtype=float), np.diff([*runs, n]))
    bottom = rect_bottom.copy()
    # A box without height (a glyph with no extent): the descent below the origin.
    x, y = ctypes.c_double(0), ctypes.c_double(0)
    for k in np.flatnonzero(rect_top <= rect_bottom).tolist():
        if not raw.FPDFText_GetCharOrigin(textpage.raw, kept[k], x, y):
            return None
        bottom[k] = y.value - 0.2 * size[k]
    # pdfminer: bottom at the descent below the baseline, top one size above it.
    boxes = np.column_stack((left, height - (bottom + size), right, height - bottom))
    return PageChars("".join([text[i] for i in kept]), boxes)


def _char_size(handle, index: int, raw) -> float:
    """The size set with Tf, scaled by the character's matrix (text matrix and CTM):
    a PDF may set Tf 1 and scale its text with Tm, as pdfminer's size includes.
    0 for a character that is turned."""
    matrix = raw.FS_MATRIX()
    if not raw.FPDFText_GetMatrix(handle, index, matrix):
        return 0.0
    if abs(matrix.b) > 1e-6 or abs(matrix.c) > 1e-6:
        return 0.0
    return raw.FPDFText_GetFontSize(handle, index) * matrix.d


@dataclass(frozen=True)
class _Calls:
    """pdfium's per-character text functions without ctypes' argument checks: a page
    asks them thousands of times, and the checks cost as much as the calls (the
    handle is passed as ``c_void_p``, the box by reference). They keep the GIL
    (ctypes' ``PYFUNCTYPE`` calling convention): each returns in well under a
    microsecond, and releasing and taking it again cost a fifth of the call."""

    generated: object
    map_error: object
    loose: object
    text_object: object


@functools.cache
def _calls() -> _Calls:
    raw = _raw()

    def bare(function, restype=ctypes.c_int):
        # A second pointer to the same C function, without the binding's argtypes.
        class Bare(ctypes._CFuncPtr):
            _flags_ = ctypes._FUNCFLAG_CDECL | ctypes._FUNCFLAG_PYTHONAPI
            _restype_ = restype

        return Bare(ctypes.cast(function, ctypes.c_void_p).value)

    return _Calls(generated=bare(raw.FPDFText_IsGenerated),
                  map_error=bare(raw.FPDFText_HasUnicodeMapError),
                  loose=bare(raw.FPDFText_GetLooseCharBox),
                  text_object=bare(raw.FPDFText_GetTextObject, ctypes.c_void_p))


def _loose_chars(textpage, height: float) -> list[Char]:
    """``page_chars`` of a page pdfminer cannot parse: every character pdfium reads."""
    raw = _raw()
    handle = textpage.raw
    count = raw.FPDFText_CountChars(handle)
    text = "".join(_unicode(raw.FPDFText_GetUnicode(handle, i)) for i in range(count))
    rect = raw.FS_RECTF()
    x, y = ctypes.c_double(0), ctypes.c_double(0)
    chars: list[Char] = []
    for i, char in enumerate(text):
        if char in "\r\n":
            continue
        if char != " " and raw.FPDFText_HasUnicodeMapError(handle, i) == 1:
            char = "\ufffd"
        if not raw.FPDFText_GetLooseCharBox(handle, i, rect):
            continue
        size = _char_size(handle, i, raw)
        if size <= 0:
            chars.append((char, rect.left, height - rect.top, rect.right, height - rect.bottom))
            continue
        bottom = rect.bottom
        if rect.top <= bottom:
            if not raw.FPDFText_GetCharOrigin(handle, i, x, y):
                continue
            bottom = y.value - 0.2 * size
        chars.append((char, rect.left, height - (bottom + size), rect.right, height - bottom))
    return chars


def _unicode(code: int) -> str:
    """A character code of pdfium's as text: NUL (a glyph pdfium maps to nothing) as a space,
    so it ends a word, and a code that is no character as ``\ufffd``."""
    if code == 0:
        return " "
    return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\ufffd"


@dataclass(frozen=True)
class WordColumns:
    """A page's words as columns (``texts``, and their boxes as arrays of ``x0``, ``x1``,
    ``top``, ``bottom``): the reader's layout takes them as tokens without a dict per word."""

    texts: list[str]
    x0: np.ndarray
    x1: np.ndarray
    top: np.ndarray
    bottom: np.ndarray

    def dicts(self) -> list[dict]:
        """The words as pdfplumber's ``extract_words`` gives them."""
        return [{"text": text, "x0": left, "x1": right, "top": upper, "bottom": lower, "upright": True}
                for text, left, right, upper, lower in zip(
                    self.texts, self.x0.tolist(), self.x1.tolist(), self.top.tolist(), self.bottom.tolist(),
                    strict=True)]

    def tokens(self, width: float, height: float) -> list[Token]:
        """``pipeline.ingest.pdf_page.page_tokens``' words of a page of ``width`` x ``height``, on the
        arrays: those that lie on the page, a word printed twice a hair apart (fake bold) once."""
        on_page = np.flatnonzero(~((self.x1 < 0) | (self.x0 > width) | (self.bottom < 0) | (self.top > height)))
        texts = [self.texts[k] for k in on_page.tolist()]
        x0, x1 = self.x0[on_page].tolist(), self.x1[on_page].tolist()
        top, bottom = self.top[on_page].tolist(), self.bottom[on_page].tolist()
        places = list(zip(map(round, x0), map(round, top), strict=True))
        kept: list[int] | range = range(len(texts))
        if len(set(places)) < len(places):  # two words at one place: fake bold, or two words
            kept, seen = [], set()
            for k, (text, place) in enumerate(zip(texts, places, strict=True)):
                if (text, *place) not in seen:
                    seen.add((text, *place))
                    kept.append(k)
        return [Token(texts[k], BBox(x0[k], top[k], x1[k], bottom[k])) for k in kept]


def words_from_chars(chars: list[Char] | PageChars) -> list[dict]:
    """Words as pdfplumber's ``extract_words`` gives them (text, x0, x1, top, bottom, upright)."""
    return word_columns(chars).dicts()


def word_columns(chars: list[Char] | PageChars) -> WordColumns:
    """``words_from_chars`` as columns.

    pdfplumber's steps, on arrays: characters are clustered into lines by ``top``
    (a line goes on while each next top, in order of top, is within ``y_tolerance``
    of the one before), each line's characters are sorted by ``x0`` (in their
    original order where they tie), and a word ends at white space or where a
    character stands more than the tolerances away from the one before it.
    """
    if not isinstance(chars, PageChars):
        chars = PageChars.of(chars)
    n = len(chars.text)
    if not n:
        return _NO_WORDS
    x0, top, x1, bottom = chars.boxes.T
    by_top = np.argsort(top, kind="stable")
    sorted_tops = top[by_top]
    line = np.empty(n, dtype=np.intp)
    line[by_top] = np.cumsum(np.concatenate(([True], sorted_tops[1:] > sorted_tops[:-1] + Y_TOLERANCE)))
    order = np.lexsort((x0, line))  # by line, then x0; a stable sort keeps ties in order
    x0, top, x1, bottom, line = x0[order], top[order], x1[order], bottom[order], line[order]
    # The characters as code points (one each), in reading order.
    codes = np.frombuffer(chars.text.encode("utf-32-le"), dtype=np.uint32)[order]
    spaces = [ord(c) for c in set(chars.text) if c.isspace()]
    space = np.isin(codes, spaces) if spaces else np.zeros(n, dtype=bool)
    starts = np.ones(n, dtype=bool)
    starts[1:] = ((line[1:] != line[:-1]) | space[:-1]
                  | (x0[1:] > x1[:-1] + X_TOLERANCE) | (x1[1:] < x0[:-1] - X_TOLERANCE)
                  | (top[1:] > bottom[:-1] + Y_TOLERANCE) | (bottom[1:] < top[:-1] - Y_TOLERANCE))
    starts |= mark_starts(codes, top, bottom)
    kept = np.flatnonzero(~space)
    if not len(kept):
        return _NO_WORDS
    first = np.flatnonzero(starts[kept])
    text = codes[kept].tobytes().decode("utf-32-le")
    ends = [*first[1:].tolist(), len(kept)]
    return WordColumns([text[a:b] for a, b in zip(first.tolist(), ends, strict=True)],
                       np.minimum.reduceat(x0[kept], first), np.maximum.reduceat(x1[kept], first),
                       np.minimum.reduceat(top[kept], first), np.maximum.reduceat(bottom[kept], first))


_NO_WORDS = WordColumns([], *(np.zeros(0) for _ in range(4)))


def pdfium_words(doc, index: int, strict: bool = True) -> tuple[float, float, list[dict], PageShapes] | None:
    """(width, height, words, shapes) of page ``index`` of a pypdfium2 document.

    ``strict``: None when the page needs pdfplumber (``page_shapes``, ``page_chars``).
    Not ``strict``, for a page pdfminer cannot parse: whatever pdfium reads of its text
    layer, without shapes. pdfium's errors (a page it cannot load) are raised.
    """
    read = pdfium_columns(doc, index, strict)
    if read is None:
        return None
    width, height, words, shapes = read
    return width, height, words.dicts(), shapes


def pdfium_columns(doc, index: int, strict: bool = True) -> tuple[float, float, WordColumns, PageShapes] | None:
    """``pdfium_words`` with the words as columns."""
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
    return float(width), float(height), word_columns(chars), shapes
