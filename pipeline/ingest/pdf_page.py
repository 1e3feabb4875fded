"""One page of a born-digital PDF as plain data: its words, shapes and images, and whether its
text layer is text.

``page_objects`` takes what pdfplumber gives for a page (read inside ``pdf.py``'s error
guard) into a ``PageObjects``; pdfium's reader fills the same record with its word columns.
``page_tokens`` turns those words into the tokens the layout rules read, with vertical text
kept apart (``vertical_text``: stamps along the edge go to the furniture) and redaction
boxes marked. ``text_layer_usable`` decides whether the text layer is real text, or nothing,
glyph ids or a stamp over a picture, so that the page is OCR'd instead.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from pipeline.grounds import is_code_text
from pipeline.ingest.lines import Token, median_height
from pipeline.ingest.pdfium_text import WordColumns
from pipeline.ingest.redaction import (
    apply_redactions,
    is_dark,
    pdf_grey_boxes,
    pdf_redaction_boxes,
)
from pipeline.ingest.regions import ImageBox, image_boxes
from pipeline.ingest.rules import IngestRules, TextLayerRules
from pipeline.ingest.superscripts import split_marks
from pipeline.records import BBox

# pdfplumber's rendering of a glyph it has no Unicode for.
CID = re.compile(r"\(cid:\d+\)")
WORD_OPTIONS = {"x_tolerance": 1.5, "y_tolerance": 3, "keep_blank_chars": False,
                "use_text_flow": False}


def unreadable_char(c: str) -> bool:
    """A character that stands for a glyph without text: U+FFFD, private use, control."""
    return c == "\ufffd" or unicodedata.category(c) in {"Co", "Cc", "Cs", "Cn"}


def text_layer_usable(words: list[str], image_share: float, rules: TextLayerRules) -> bool:
    """Whether a page's text layer is real text rather than nothing, glyph ids or a stamp.

    Digits and punctuation are neither good nor bad: a page of figures or a
    table of contents with dot leaders is real text; what marks garbage is
    characters that stand for no text (``(cid:N)``, U+FFFD, private-use glyphs).
    """
    # Each distinct character judged once (a page has thousands, of a few dozen kinds).
    text = "".join(words)
    if "(cid:" in text:
        text = "".join(CID.sub("\ufffd", w) for w in words)
    counts = Counter(text)
    letters = sum(n for c, n in counts.items() if c.isalpha())
    if letters < rules.min_letters:
        return False
    unreadable = sum(n for c, n in counts.items() if unreadable_char(c))
    if letters < rules.min_letter_ratio * (letters + unreadable):
        return False
    return not (image_share >= rules.image_cover and letters < rules.image_page_min_letters)


def image_share(page) -> float:
    """The share of the page's area covered by images (overlaps counted twice, capped at 1)."""
    return image_share_of(page.images, float(page.width), float(page.height))


def image_share_of(images: list[dict], width: float, height: float) -> float:
    """``image_share`` of image boxes in pdfplumber's terms (x0, top, x1, bottom)."""
    area = float(width * height) or 1.0
    covered = 0.0
    for image in images:
        w = max(0.0, min(image["x1"], width) - max(image["x0"], 0))
        h = max(0.0, min(image["bottom"], height) - max(image["top"], 0))
        covered += w * h
    return min(covered / area, 1.0)


def light_text_on(box: BBox, chars: list[dict], rules: IngestRules) -> bool:
    """Whether light-coloured characters sit on a dark box (a heading bar, not a redaction).

    A ground code printed white on the box (``5.1.2e``) is no heading."""
    light = []
    for char in chars:
        x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        if box.x0 <= x <= box.x1 and box.top <= y <= box.bottom and not char["text"].isspace():
            if not is_dark(char.get("non_stroking_color"), 1 - rules.redaction.max_level):
                light.append(char["text"])
    return bool(light) and not is_code_text("".join(light))


@dataclass
class PageObjects:
    """What pdfplumber gives for one page, as plain data (read inside the error guard)."""

    width: float
    height: float
    words: list[dict]
    filled: list[dict]
    chars: list[dict]
    image_share: float
    images: list[ImageBox] = dataclasses.field(default_factory=list)
    # Whether the page's vertical text runs bottom to top (rotated a quarter
    # turn to the left, as Woo stamps along the page edge usually are).
    vertical_up: bool = False
    # The words as columns, where pdfium read the page (``words`` is then empty).
    columns: WordColumns | None = None


def _chars_at_once(page) -> None:
    """Let ``page`` turn pdfminer's characters into pdfplumber's dicts without its general path.

    pdfplumber's ``process_object`` resolves every attribute of every object through
    ``resolve_all`` and a regex of the class name: a third of a page's reading time goes to
    the characters, whose attributes are numbers, strings and tuples of numbers. Their dict
    is built here the same way, key for key and in the same order; anything else (and a
    character with an attribute of another kind) takes pdfplumber's own path.
    """
    from pdfminer.layout import LTChar
    from pdfplumber.page import ALL_ATTRS
    from pdfplumber.utils import resolve_all, resolve_and_decode

    general = page.process_object
    plain = (float, int, str, bool)
    mb_x0, mb_top = page.mediabox[:2]
    height, doctop, number, norm = page.height, page.initial_doctop, page.page_number, page.pdf.unicode_norm

    # A page has a few colour spaces and thousands of characters: each name is decoded once
    # (pdfplumber decodes it character by character for every character).
    names: dict[str | bytes, object] = {}

    def colour_space(name):
        if type(name) not in (str, bytes):
            return resolve_and_decode(name)
        if name not in names:
            names[name] = resolve_and_decode(name)
        return names[name]

    def process_object(obj):
        if type(obj) is not LTChar or norm is not None:
            return general(obj)
        attr = {}
        for k, v in obj.__dict__.items():
            if k in ALL_ATTRS:
                attr[k] = v if type(v) in plain or _plain_tuple(v, plain) else resolve_all(v)
        attr["object_type"] = "char"
        attr["page_number"] = number
        for cs in ("ncs", "scs"):
            if hasattr(obj, cs):
                attr[cs] = colour_space(getattr(obj, cs).name)
        attr["text"] = obj.get_text()
        gs = obj.graphicstate
        attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
        attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
        if isinstance(attr["fontname"], bytes):
            return general(obj)
        if "y0" in attr:
            attr["top"] = (height - attr["y1"]) + mb_top
            attr["bottom"] = (height - attr["y0"]) + mb_top
            attr["doctop"] = doctop + attr["top"]
        if "x0" in attr and mb_x0 != 0:
            attr["x0"] = attr["x0"] + mb_x0
            attr["x1"] = attr["x1"] + mb_x0
        return attr

    page.process_object = process_object


def _plain_tuple(v, plain: tuple[type, ...]) -> bool:
    return type(v) is tuple and all(type(x) in plain for x in v)


def page_objects(page) -> PageObjects:
    _chars_at_once(page)
    filled = page.rects + [c for c in page.curves if c.get("fill")]
    words = split_marks(page.extract_words(**WORD_OPTIONS, return_chars=True))
    vertical_up = False
    if any(not w["upright"] for w in words):
        vertical_up = any(c["matrix"][1] > 0 for c in page.chars if not c["upright"])
    return PageObjects(
        width=float(page.width), height=float(page.height), words=words, filled=filled,
        chars=page.chars if filled else [], image_share=image_share(page),
        images=image_boxes(page.images, float(page.width), float(page.height)),
        vertical_up=vertical_up,
    )


def vertical_text(objects: PageObjects) -> tuple[str, ...]:
    """The page's vertical text (stamps and notes along the edge) as readable strings.

    pdfplumber reads vertical words top to bottom; text that runs upwards then
    comes out reversed, so it is turned round. Each column of vertical words
    (about the same ``x0``) is one string.
    """
    columns: dict[int, list[dict]] = {}
    for w in objects.words:
        if not w["upright"]:
            columns.setdefault(round(w["x0"] / 4), []).append(w)
    out = []
    for _, column in sorted(columns.items()):
        text = " ".join(w["text"] for w in sorted(column, key=lambda w: w["top"]))
        out.append(text[::-1] if objects.vertical_up else text)
    return tuple(out)


def page_tokens(objects: PageObjects, rules: IngestRules) -> list[Token]:
    """The page's words that lie on it, as tokens, with redaction boxes marked."""
    tokens = []
    seen: set[tuple[str, int, int]] = set()
    width, height = objects.width, objects.height
    if objects.columns is not None:  # the same tests on arrays
        tokens = objects.columns.tokens(width, height)
    for w in objects.words:
        text, x0, top, x1, bottom = w["text"], w["x0"], w["top"], w["x1"], w["bottom"]
        if x1 < 0 or x0 > width or bottom < 0 or top > height:
            continue  # text placed outside the visible page
        if not w["upright"]:
            continue  # vertical text goes to the furniture (``vertical_text``)
        # Fake bold prints a word twice, a hair apart. (pdfplumber's dedupe_chars
        # does this per character but takes most of a page's reading time.)
        key = (text, round(x0), round(top))
        if key in seen:
            continue
        seen.add(key)
        tokens.append(Token(text, BBox(float(x0), float(top), float(x1), float(bottom))))
    if not objects.filled:
        return tokens
    unit, area = median_height(tokens), objects.width * objects.height
    boxes = pdf_redaction_boxes(objects.filled, unit, area, rules.redaction)
    boxes = [b for b in boxes if not light_text_on(b, objects.chars, rules)]
    boxes += pdf_grey_boxes(objects.filled, tokens, unit, area, rules.redaction)
    return apply_redactions(tokens, boxes, rules.redaction)
