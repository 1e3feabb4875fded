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
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.ingest.layout import Token
from pipeline.ingest.ocr import ocr_image, render_scale
from pipeline.ingest.redaction import overlap_share
from pipeline.ingest.rules import IngestRules
from pipeline.records import BBox


def image_boxes(images: Sequence[dict], width: float, height: float) -> list[BBox]:
    """pdfplumber's image objects as boxes clipped to the page."""
    boxes = []
    for image in images:
        box = BBox(max(float(image["x0"]), 0.0), max(float(image["top"]), 0.0),
                   min(float(image["x1"]), width), min(float(image["bottom"]), height))
        if box.x1 > box.x0 and box.bottom > box.top:
            boxes.append(box)
    return boxes


def text_regions(images: Sequence[BBox], tokens: Sequence[Token], width: float,
                 rules: IngestRules) -> list[BBox]:
    """The images worth reading (see the module docstring), without duplicates."""
    limits = rules.image_regions
    out: list[BBox] = []
    for box in images:
        if box.x1 - box.x0 < limits.min_width_share * width:
            continue
        if box.bottom - box.top < limits.min_height:
            continue
        inside = sum(1 for t in tokens if overlap_share(t.bbox, box) >= 0.5)
        if inside > limits.max_words_inside:
            continue
        if any(overlap_share(box, seen) > 0.9 for seen in out):
            continue
        out.append(box)
    return out


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
        result = ocr_image(image, scale, rules, source, index + 1)
    finally:
        image.close()
    if result.rotation or (result.confidence or 0) < rules.image_regions.min_confidence:
        return []  # a sideways picture or one without real text: nothing trustworthy
    return [Token(t.text, BBox(t.bbox.x0 + box.x0, t.bbox.top + box.top,
                               t.bbox.x1 + box.x0, t.bbox.bottom + box.top))
            for t in result.tokens]


def merge_region_words(layer: list[Token], found: list[Token]) -> list[Token]:
    """The layer's tokens plus the OCR words that do not lie on one of them."""
    return layer + [t for t in found
                    if not any(overlap_share(t.bbox, w.bbox) >= 0.5 for w in layer)]
