"""Page images for the review page: PDF pages rendered with pypdfium2, scans read back.

Only pages that hold a fact with a box are rendered, at a modest resolution
(``DPI``) as JPEG, and embedded as ``data:`` URIs so the page stays one
self-contained file. Boxes are drawn in the browser in PDF points relative to
the page size, so the image's resolution does not matter. The source file is
read again at review time; when it is gone or its bytes changed (its doc_id
no longer matches), the page gets a note instead of an image.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest import file_doc_id

DPI = 100
JPEG_QUALITY = 70
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


@dataclass(frozen=True)
class PageImage:
    """One rendered page: a data URI, or a note saying why there is none.

    ``boxes`` is False when the rendered page does not have the orientation
    the boxes were measured in (a sideways scan that was turned for reading).
    """

    page: int
    uri: str | None = None
    note: str | None = None
    boxes: bool = True


def render_pages(source: str | Path, doc_id: str, pages: dict[int, tuple[float, float]],
                 wanted: Iterable[int], dpi: int = DPI) -> dict[int, PageImage]:
    """page number -> ``PageImage`` for the ``wanted`` pages of a PDF or scan.

    ``pages`` maps page number -> (width, height) in PDF points as the pages
    table gives them.
    """
    wanted = sorted(set(wanted))
    if not wanted:
        return {}
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix != ".pdf" and suffix not in IMAGE_SUFFIXES:
        return {}
    try:
        same = file_doc_id(path) == doc_id
    except OSError:
        return {n: PageImage(n, note=f"The source file {source} could not be read; no page image.") for n in wanted}
    if not same:
        return {n: PageImage(n, note=f"The source file {source} has changed since the run; no page image.")
                for n in wanted}
    try:
        if suffix == ".pdf":
            return _pdf_pages(path, pages, wanted, dpi)
        return _image_pages(path, pages, wanted, dpi)
    except Exception as err:  # a page image is a convenience: never let it stop the review page
        note = f"The page could not be rendered ({type(err).__name__}: {err})."
        return {n: PageImage(n, note=note) for n in wanted}


def _pdf_pages(path: Path, sizes: dict[int, tuple[float, float]], wanted: list[int],
               dpi: int) -> dict[int, PageImage]:
    import pypdfium2

    images = {}
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for number in wanted:
            if number > len(pdf):
                continue
            page = pdf[number - 1]
            width, height = page.get_size()
            bitmap = page.render(scale=dpi / 72.0)
            image = bitmap.to_pil()
            images[number] = _page_image(number, image, (width, height), sizes.get(number))
            image.close()
            bitmap.close()
            page.close()
    finally:
        pdf.close()
    return images


def _image_pages(path: Path, sizes: dict[int, tuple[float, float]], wanted: list[int],
                 dpi: int) -> dict[int, PageImage]:
    from PIL import Image, ImageSequence

    images = {}
    with Image.open(path) as source:
        for number, frame in enumerate(ImageSequence.Iterator(source), start=1):
            if number not in wanted:
                continue
            size = sizes.get(number)
            points = size if size and all(size) else (frame.width * 72 / 300, frame.height * 72 / 300)
            target = (max(1, round(points[0] * dpi / 72)), max(1, round(points[1] * dpi / 72)))
            image = frame.convert("RGB").resize(target)
            images[number] = _page_image(number, image, points, size)
            image.close()
    return images


def _page_image(number: int, image, rendered: tuple[float, float],
                measured: tuple[float, float] | None) -> PageImage:
    """Encode the image; boxes only when the page is the way round the boxes were measured."""
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    uri = "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
    if measured and all(measured) and _landscape(rendered) != _landscape(measured):
        return PageImage(number, uri, note="This page was turned upright for reading; its boxes are not drawn.",
                         boxes=False)
    return PageImage(number, uri)


def _landscape(size: tuple[float, float]) -> bool:
    return size[0] > size[1] * 1.05
