"""Pictures of text on pages that have a text layer: the image regions are OCR'd too.

A born-digital page can carry a table pasted in as a picture, or a scanned
annex page; its text layer then holds everything but that. Each image large
enough to hold text (``image_regions`` in ``resources/ingest/layout.json``:
at least ``min_width_share`` of the page width and ``min_height`` points
high) is rendered on its own at the OCR resolution and read with tesseract;
its words, with boxes moved into the page's coordinates, join the page's
tokens. An image with more than ``max_words_inside`` text-layer words on it
is a background (a letterhead, an OCR'd scan whose layer already is the
text) and is left alone, as is any OCR word lying on a text-layer word.

A logo or footer picture repeated on every page is one image object in the
file; its words are read once per document (``RegionCache``) and placed on
each page where it stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.ingest.lines import Token
from pipeline.ingest.ocr import ocr_image
from pipeline.ingest.page_images import render_scale
from pipeline.ingest.redaction import overlap_share
from pipeline.ingest.rules import IngestRules
from pipeline.records import BBox


@dataclass(frozen=True)
class ImageBox:
    """An image on the page (clipped to it) and what identifies its picture in the file."""

    bbox: BBox
    key: tuple | None = None


# (image object id, box size) -> the words read in it, boxes relative to its corner.
RegionCache = dict[tuple, list[Token]]


def _image_key(image: dict, box: BBox) -> tuple | None:
    # pdfplumber's images carry their stream (an object id); pdfium's a digest of it.
    objid = image.get("key") or getattr(image.get("stream"), "objid", None)
    if objid is None:
        return None
    return (objid, round(box.x1 - box.x0), round(box.bottom - box.top))


def image_boxes(images: Sequence[dict], width: float, height: float) -> list[ImageBox]:
    """pdfplumber's image objects as boxes clipped to the page."""
    boxes = []
    for image in images:
        box = BBox(max(float(image["x0"]), 0.0), max(float(image["top"]), 0.0),
                   min(float(image["x1"]), width), min(float(image["bottom"]), height))
        if box.x1 > box.x0 and box.bottom > box.top:
            boxes.append(ImageBox(box, _image_key(image, box)))
    return boxes


def text_regions(images: Sequence[ImageBox], tokens: Sequence[Token], width: float,
                 rules: IngestRules) -> list[ImageBox]:
    """The images worth reading (see the module docstring), without duplicates."""
    limits = rules.image_regions
    out: list[ImageBox] = []
    for image in images:
        box = image.bbox
        if box.x1 - box.x0 < limits.min_width_share * width:
            continue
        if box.bottom - box.top < limits.min_height:
            continue
        inside = sum(1 for t in tokens if overlap_share(t.bbox, box) >= 0.5)
        if inside > limits.max_words_inside:
            continue
        if any(overlap_share(box, seen.bbox) > 0.9 for seen in out):
            continue
        out.append(image)
    return out


def _moved(tokens: list[Token], dx: float, dy: float) -> list[Token]:
    return [Token(t.text, BBox(t.bbox.x0 + dx, t.bbox.top + dy, t.bbox.x1 + dx,
                               t.bbox.bottom + dy)) for t in tokens]


def read_image(pdf, index: int, image: ImageBox, rules: IngestRules, source: str,
               cache: RegionCache) -> list[Token]:
    """``read_region`` of an image, read once per document when it is repeated."""
    box = image.bbox
    if image.key is not None and image.key in cache:
        return _moved(cache[image.key], box.x0, box.top)
    found = read_region(pdf, index, box, rules, source)
    if image.key is not None:
        cache[image.key] = _moved(found, -box.x0, -box.top)
    return found


def read_region(pdf, index: int, box: BBox, rules: IngestRules, source: str) -> list[Token]:
    """Tesseract's words in ``box`` of page ``index`` (a pypdfium2 document), in page points."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        scale = render_scale(box.x1 - box.x0, box.bottom - box.top, rules.ocr)
        crop = (box.x0, height - box.bottom, width - box.x1, box.top)
        bitmap = page.render(scale=scale, grayscale=True, crop=crop)
        try:
            image = bitmap.to_pil().convert("L")
        finally:
            bitmap.close()
    finally:
        page.close()
    try:
        # A picture without text is common here (a photo, a logo): not read a second time.
        result = ocr_image(image, scale, rules, source, index + 1, clean_unread=False)
    finally:
        image.close()
    if result.rotation or (result.confidence or 0) < rules.image_regions.min_confidence:
        return []  # a sideways picture or one without real text: nothing trustworthy
    return _moved(result.tokens, box.x0, box.top)


def merge_region_words(layer: list[Token], found: list[Token]) -> list[Token]:
    """The layer's tokens plus the OCR words that do not lie on one of them."""
    return layer + [t for t in found if not any(overlap_share(t.bbox, w.bbox) >= 0.5 for w in _crossing(t.bbox, layer))]


def _crossing(box: BBox, layer: list[Token]) -> list[Token]:
    # A region's OCR words against every word of the layer were a page's thousands squared;
    # a word that does not cross the box has no share of it (overlap_share is 0).
    return [w for w in layer if w.bbox.x0 < box.x1 and box.x0 < w.bbox.x1
            and w.bbox.top < box.bottom and box.top < w.bbox.bottom]
