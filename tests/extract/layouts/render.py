"""Draw a layout of the zoo as a born-digital PDF (reportlab) or as a scan (an image-only PDF).

A page is a tuple of blocks, each placed at (x, top) in PDF points from the
page's top-left corner:

* ``Lines``: lines of text, one under the other;
* ``Prose``: paragraphs wrapped to a width, a blank line between them;
* ``Column``: label/value fields as a letter's margin column prints them (the
  label bold, the value under it, a gap after each field);
* ``Grid``: a row of labels over a row of values (``Datum | Kenmerk``), or
  several such rows;
* ``Box``: a redaction box, black or grey, with its Woo ground beside it;
* ``Stamp``: a received stamp or a handwritten note, in a frame, turned a little.

A scan is the born-digital PDF rendered at 300 dpi with pypdfium2, turned a
fraction of a degree, blurred, speckled and saved as an image-only PDF: what
a scanner makes of a printed letter.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.testing import load_test_module

scanner = load_test_module(Path(__file__).resolve().parents[2] / "fixtures" / "scanner.py")

A4_WIDTH, A4_HEIGHT = 595.0, 842.0


@dataclass(frozen=True)
class Lines:
    x: float
    top: float
    lines: tuple[str, ...]
    size: float = 9.5
    bold: bool = False
    leading: float = 1.35
    italic: bool = False


@dataclass(frozen=True)
class Prose:
    x: float
    top: float
    paragraphs: tuple[str, ...]
    width: float = 340.0
    size: float = 9.5


@dataclass(frozen=True)
class Column:
    x: float
    top: float
    fields: tuple[tuple[str, str], ...]
    size: float = 7.0


@dataclass(frozen=True)
class Grid:
    x: float
    top: float
    widths: tuple[float, ...]
    rows: tuple[tuple[str, ...], ...]
    size: float = 8.0
    # The rows at these indexes are labels (bold).
    label_rows: tuple[int, ...] = (0,)


@dataclass(frozen=True)
class Box:
    x: float
    top: float
    width: float
    height: float = 11.0
    ground: str = "5.1.2e"
    grey: bool = False


@dataclass(frozen=True)
class Stamp:
    x: float
    top: float
    lines: tuple[str, ...]
    angle: float = 3.0
    size: float = 11.0
    framed: bool = True
    handwritten: bool = False


Block = Lines | Prose | Column | Grid | Box | Stamp


def _font(bold: bool = False, italic: bool = False) -> str:
    return {(False, False): "Helvetica", (True, False): "Helvetica-Bold",
            (False, True): "Helvetica-Oblique", (True, True): "Helvetica-BoldOblique"}[(bold, italic)]


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def measure(line: str) -> float:
        return stringWidth(line.replace(REDACTED, ""), font, size) + line.count(REDACTED) * REDACTED_WIDTH

    lines: list[str] = []
    for word in text.split():
        if lines and measure(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _text(canvas, x: float, top: float, text: str, font: str, size: float) -> None:
    canvas.setFont(font, size)
    canvas.drawString(x, A4_HEIGHT - top - size * 0.8, text)


# A word '■5.1.2e' in prose is a blacked-out passage with its Woo ground after it.
REDACTED = "\u25a0"
REDACTED_WIDTH = 46.0


def _prose_line(canvas, x: float, top: float, line: str, size: float) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if REDACTED not in line:
        _text(canvas, x, top, line, "Helvetica", size)
        return
    space = stringWidth(" ", "Helvetica", size)
    for word in line.split():
        if word.startswith(REDACTED):
            canvas.rect(x, A4_HEIGHT - top - size * 1.05, REDACTED_WIDTH, size * 1.2, stroke=0, fill=1)
            x += REDACTED_WIDTH + space
            word = word[1:]
            if not word:
                continue
        _text(canvas, x, top, word, "Helvetica", size)
        x += stringWidth(word, "Helvetica", size) + space


def _draw(canvas, block: Block) -> None:
    if isinstance(block, Lines):
        for i, line in enumerate(block.lines):
            _text(canvas, block.x, block.top + i * block.size * block.leading, line,
                  _font(block.bold, block.italic), block.size)
    elif isinstance(block, Prose):
        top = block.top
        for paragraph in block.paragraphs:
            for line in wrap(paragraph, "Helvetica", block.size, block.width):
                _prose_line(canvas, block.x, top, line, block.size)
                top += block.size * 1.4
            top += block.size * 1.0
    elif isinstance(block, Column):
        top = block.top
        for label, value in block.fields:
            if label:
                _text(canvas, block.x, top, label, _font(bold=True), block.size)
                top += block.size * 1.35
            for line in value.split("\n") if value else ():
                _text(canvas, block.x, top, line, "Helvetica", block.size)
                top += block.size * 1.35
            top += block.size * 0.9
    elif isinstance(block, Grid):
        top = block.top
        for r, row in enumerate(block.rows):
            x = block.x
            for width, cell in zip(block.widths, row, strict=False):
                _text(canvas, x, top, cell, _font(bold=r in block.label_rows), block.size)
                x += width
            top += block.size * 1.5
    elif isinstance(block, Box):
        shade = 0.6 if block.grey else 0.0
        canvas.setFillColorRGB(shade, shade, shade)
        canvas.rect(block.x, A4_HEIGHT - block.top - block.height, block.width, block.height, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        if block.ground:
            _text(canvas, block.x + block.width + 3, block.top + 1, block.ground, "Helvetica", 8.0)
    elif isinstance(block, Stamp):
        canvas.saveState()
        canvas.translate(block.x, A4_HEIGHT - block.top)
        canvas.rotate(block.angle)
        font = _font(italic=block.handwritten, bold=not block.handwritten)
        width = max(len(line) for line in block.lines) * block.size * 0.72 + 12
        height = len(block.lines) * block.size * 1.3 + 8
        if block.framed:
            canvas.setLineWidth(1.4)
            canvas.rect(-6, -height + block.size, width, height, stroke=1, fill=0)
        for i, line in enumerate(block.lines):
            canvas.setFont(font, block.size)
            canvas.drawString(0, -i * block.size * 1.3, line)
        canvas.restoreState()


def draw_pdf(pages: tuple[tuple[Block, ...], ...], path: Path) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(A4_WIDTH, A4_HEIGHT))
    for blocks in pages:
        for block in blocks:
            _draw(canvas, block)
        canvas.showPage()
    canvas.save()
    return path


def scan(source: Path, path: Path, seed: int, dpi: int = 300, poor: bool = False) -> Path:
    """``source`` as a scanner makes it (``tests/fixtures/scanner.py``): each page rendered at
    ``dpi``, turned 0.3-0.8 degrees (either way), blurred, speckled, saved as an image-only PDF. A
    ``poor`` scan is a copy of a copy: rendered at 150 dpi and scaled up, blurred more, with more
    noise and a grey cast."""
    return scanner.scan_pdf(source, path, seed, (scanner.LETTER_ZOO_POOR if poor else scanner.LETTER_ZOO).but(dpi=dpi))


# In the body of ``flow``: the rest goes on the next page.
PAGE = "<<page>>"


def flow(head: tuple[Block, ...], body: tuple[str | tuple[str, ...], ...], *, top: float = 300.0,
         running: tuple[Block, ...] = (), next_top: float = 130.0, x: float = 70.0, width: float = 340.0,
         size: float = 9.5, footer=None) -> tuple[tuple[Block, ...], ...]:
    """The pages of a letter: ``head`` on the first page, then the body from ``top`` down:
    a string is a paragraph (wrapped), a tuple of strings a group of short lines (a closing,
    a signature), ``PAGE`` a page break, after which ``running`` (the follow-on page's
    header) stands on the new page and the body goes on from ``next_top``. ``footer(n, total)``
    gives the blocks of page ``n`` of ``total`` (a page number, an address line)."""
    pages: list[list[Block]] = [list(head)]
    at = top
    for item in body:
        if item == PAGE:
            pages.append(list(running))
            at = next_top
        elif isinstance(item, str):
            pages[-1].append(Prose(x, at, (item,), width=width, size=size))
            at += len(wrap(item, "Helvetica", size, width)) * size * 1.4 + size
        else:
            pages[-1].append(Lines(x, at, tuple(item), size=size))
            at += len(item) * size * 1.35 + size
    if footer is not None:
        for n, page in enumerate(pages, start=1):
            page.extend(footer(n, len(pages)))
    return tuple(tuple(page) for page in pages)
