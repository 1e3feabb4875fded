"""The page images tesseract reads: a PDF page rendered by pypdfium2 at the OCR dpi, under
the pixel cap and in grey, and the check for blank paper that decides whether a page is read at all.

Apart from ``pipeline.ingest.ocr``, which reads the images: here only pdfium and pixels, no tesseract.
"""

from __future__ import annotations

from typing import Any

from pipeline.errors import KenmerkError
from pipeline.ingest.rules import OcrRules

# A rendered page whose darkest pixel is lighter than this is blank paper.
BLANK_LEVEL = 200
BLANK_CHECK_DPI = 36
# The blank check's bitmap stays under this however large the page (a MediaBox of kilometres).
BLANK_CHECK_MAX_PIXELS = 4_000_000
# A page this many times over the render cap at the OCR resolution is not rendered: shrunk to
# the cap, its text would be too small to read (scans use the same factor, ``image_too_large``).
MAX_OVERSIZE = 4


def render_scale(width: float, height: float, rules: OcrRules) -> float:
    """Pixels per point at the configured dpi, lowered so the bitmap stays under the cap."""
    scale = rules.dpi / 72.0
    pixels = width * scale * height * scale
    if pixels > rules.max_render_pixels:
        scale *= (rules.max_render_pixels / pixels) ** 0.5
    return scale


def check_render_size(width: float, height: float, rules: OcrRules, source: str, page: int) -> None:
    """``page_too_large`` when a page is over ``MAX_OVERSIZE`` times the render cap at the OCR dpi."""
    pixels = width * height * (rules.dpi / 72.0) ** 2
    limit = MAX_OVERSIZE * rules.max_render_pixels
    if not pixels <= limit:  # also a NaN size
        raise KenmerkError("page_too_large", source=source, pages=f"page {page}", limit=limit, dpi=rules.dpi)


def load_page(pdf, index: int):
    """Page ``index`` of a pypdfium2 document; raises what pypdfium2 raises for a page it
    cannot load (``PdfiumError``, or ``IndexError``/``ValueError`` past a damaged page tree)."""
    return pdf[index]


def is_blank(pdf, index: int) -> bool:
    """True when page ``index`` of a pypdfium2 document renders as empty paper (a small
    rendering: the check of a page too large to render at the OCR dpi)."""
    page = load_page(pdf, index)
    try:
        width, height = page.get_size()
        scale = BLANK_CHECK_DPI / 72.0
        if width * height * scale * scale > BLANK_CHECK_MAX_PIXELS:
            scale = (BLANK_CHECK_MAX_PIXELS / (width * height)) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            darkest, _ = bitmap.to_pil().convert("L").getextrema()
        finally:
            bitmap.close()
    finally:
        page.close()
    return darkest >= BLANK_LEVEL


def looks_blank(image, scale: float) -> bool:
    """True when a greyscale page image (``scale`` pixels per point) is empty paper: no
    pixel darker than ``BLANK_LEVEL`` once averaged over blocks of about 1/36 inch, so
    dust and scanner specks do not count, as in ``is_blank``'s small rendering.

    It reads the image rendered for tesseract: a second rendering by pdfium, even a
    small one, decodes and resamples the page's image again (40 ms a scanned page)."""
    darkest, _ = image.getextrema()
    if darkest >= BLANK_LEVEL:
        return True  # an average is never darker than its darkest pixel
    factor = int(scale * 72.0 / BLANK_CHECK_DPI)
    if factor < 2:
        return False
    reduced = image.reduce(factor)
    try:
        return reduced.getextrema()[0] >= BLANK_LEVEL
    finally:
        reduced.close()


def render_page(pdf, index: int, rules: OcrRules, source: str):
    """(image, scale, width, height) of page ``index`` rendered for tesseract."""
    import pypdfium2

    try:
        page = load_page(pdf, index)
    except pypdfium2.PdfiumError as err:
        raise _unrendered(err, source, index) from err
    try:
        return rendered(page, index, rules, source)
    finally:
        page.close()


def _unrendered(err: Exception, source: str, index: int) -> KenmerkError:
    return KenmerkError("ocr_failed", source=source, page=index + 1,
                        reason=f"the page could not be rendered ({err})")


def rendered(page, index: int, rules: OcrRules, source: str):
    """(image, scale, width, height) of a loaded pypdfium2 page, as ``render_page``."""
    import pypdfium2

    try:
        width, height = page.get_size()
        check_render_size(width, height, rules, source, index + 1)
        scale = render_scale(width, height, rules)
        bitmap = page.render(scale=scale, **grey_rendering(page))
        try:
            image = bitmap.to_pil().convert("L")
        finally:
            bitmap.close()
    except pypdfium2.PdfiumError as err:
        raise _unrendered(err, source, index) from err
    return image, scale, float(width), float(height)


def grey_rendering(page) -> dict[str, Any]:
    """pdfium's render options for a greyscale page image: a page of nothing but greyscale
    images is drawn straight into a grey bitmap, any other page in pdfium's grayscale mode.

    The grayscale mode turns every colour to grey before drawing it, and for an image that
    is a converted copy of the whole decoded image: 0.10 of a scanned page's 0.15 s of
    rendering. Grey needs no turning, so without it such a page gets the same pixels (all
    74 image-only pages of the scan fixtures and zoos, 1-bit and 150 to 400 dpi images,
    turned pages); a page with text, paths or a colour image would not."""
    import ctypes

    import pypdfium2.raw as pdfium

    count = pdfium.FPDFPage_CountObjects(page.raw)
    for i in range(count):
        obj = pdfium.FPDFPage_GetObject(page.raw, i)
        if pdfium.FPDFPageObj_GetType(obj) != pdfium.FPDF_PAGEOBJ_IMAGE:
            break
        meta = pdfium.FPDF_IMAGEOBJ_METADATA()
        if (not pdfium.FPDFImageObj_GetImageMetadata(obj, page.raw, ctypes.byref(meta))
                or meta.colorspace != pdfium.FPDF_COLORSPACE_DEVICEGRAY):
            break
    else:
        if count:
            return {"force_bitmap_format": pdfium.FPDFBitmap_Gray}
    return {"grayscale": True}
