"""Draw the documents of the layout zoo: born-digital PDFs (reportlab) and scans of them.

A page is a list of lines in a small notation, so a document reads like the
printed page it stands for:

* ``# text`` a heading (bold, 14 pt), ``## text`` a sub-heading (bold, 11 pt);
* ``> text`` small print (7 pt: a return address, a Woo stamp, a colophon);
* ``M Label|value`` a field of the right-hand margin column (label in bold, the
  value below it; a value with ``/`` in it is printed as more lines);
* ``| a | b | c`` a row of cells across the body (a label row, a table row);
* ``! text`` a stamp at the right, level with the next line, in bold capitals;
* ``~ text`` a line flush right (a place-date line of some templates);
* ``^ text`` a running header at the top of the page, ``_ text`` a footer;
* an empty string a blank line; anything else a paragraph, wrapped.

In a paragraph, a cell or a margin field a word ``■5.1.2e`` is a black redaction box with its Woo
ground printed beside it, ``▒5.1.2e`` a grey box with the ground printed in it, as
the tools that make Woo releases draw them; a bare ``■`` is a box without a ground.

The body is narrow (340 pt) when the page has a margin column, as in the
Rijkshuisstijl, and wide (455 pt) without. A row's cells are equally wide; the
last one wraps within the body when it would run off the paper. Scans are the born-digital pages
rendered at 300 dpi, turned a fraction of a degree, blurred and speckled, and
saved as a PDF of images only.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.testing import load_test_module

scanner = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "scanner.py")

A4_WIDTH, A4_HEIGHT = 595.0, 842.0
BODY_X = 70.0
NARROW, WIDE = 340.0, 455.0
MARGIN_X = 440.0
MARGIN_TOP = 150.0
SIZES = {"#": 14.0, "##": 11.0, ">": 7.0}


BLACK, GREY = "\u25a0", "\u2592"
BOX_WIDTH, GROUND_SIZE = 44.0, 8.0


def _measure(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(BOX_WIDTH + stringWidth(w[1:] + " ", font, GROUND_SIZE) if w[:1] in (BLACK, GREY)
               else stringWidth(w + " ", font, size) for w in text.split())


def _words(canvas, x: float, baseline: float, text: str, font: str, size: float) -> None:
    """``text`` from ``x`` on, its redaction words drawn as boxes (see the module docstring)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if BLACK not in text and GREY not in text:
        canvas.setFont(font, size)
        canvas.drawString(x, baseline, text)
        return
    space = stringWidth(" ", font, size)
    for word in text.split():
        mark, ground = word[:1], word[1:]
        if mark not in (BLACK, GREY):
            canvas.setFont(font, size)
            canvas.drawString(x, baseline, word)
            x += stringWidth(word, font, size) + space
            continue
        shade = 0.0 if mark == BLACK else 0.72
        canvas.setFillGray(shade)
        canvas.rect(x, baseline - size * 0.25, BOX_WIDTH, size * 1.15, stroke=0, fill=1)
        canvas.setFillGray(0.0)
        canvas.setFont("Helvetica", GROUND_SIZE)
        if mark == GREY:
            canvas.drawString(x + 3, baseline + 0.5, ground)
            x += BOX_WIDTH + space
        else:
            x += BOX_WIDTH + 2
            canvas.drawString(x, baseline, ground)
            x += stringWidth(ground, "Helvetica", GROUND_SIZE) + space


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and _measure(lines[-1] + " " + word, font, size) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _margin(canvas, fields: list[tuple[str, str]]) -> None:
    y = MARGIN_TOP
    for label, value in fields:
        canvas.setFont("Helvetica-Bold", 7.5)
        canvas.drawString(MARGIN_X, A4_HEIGHT - y, label)
        y += 10
        canvas.setFont("Helvetica", 7.5)
        for part in value.split("/ "):
            _words(canvas, MARGIN_X, A4_HEIGHT - y, part.strip(), "Helvetica", 7.5)
            y += 10
        y += 8


def draw_page(canvas, lines: list[str]) -> None:
    fields = [tuple(ln[2:].split("|", 1)) for ln in lines if ln.startswith("M ")]
    width = NARROW if fields else WIDE
    if fields:
        _margin(canvas, fields)
    y = 70.0
    stamp: str | None = None
    for ln in lines:
        if ln.startswith("M "):
            continue
        if ln.startswith("^ "):
            canvas.setFont("Helvetica", 7.5)
            canvas.drawString(MARGIN_X if fields else BODY_X, A4_HEIGHT - 40, ln[2:])
            continue
        if ln.startswith("_ "):
            canvas.setFont("Helvetica", 7)
            canvas.drawString(BODY_X, 30, ln[2:])
            continue
        if ln.startswith("! "):
            stamp = ln[2:]
            continue
        if stamp is not None:
            canvas.setFont("Helvetica-Bold", 10)
            canvas.drawString(400, A4_HEIGHT - y - 10, stamp.upper())
            stamp = None
        if not ln:
            y += 9
            continue
        if ln.startswith("| "):
            cells = [c.strip() for c in ln[2:].split("|")]
            step = (width + (0 if fields else 0)) / len(cells)
            canvas.setFont("Helvetica", 9.5)
            rows, last = 1, max((k for k, c in enumerate(cells) if c), default=0)
            for k, cell in enumerate(cells):
                x = BODY_X + k * step
                parts = [cell]
                if k == last and _measure(cell, "Helvetica", 9.5) > A4_WIDTH - x:
                    # A last cell that would run off the paper wraps within the body, as a table
                    # of a word processor does: the reader sees all of it.
                    parts = _wrap(cell, "Helvetica", 9.5, BODY_X + width - x)
                for i, part in enumerate(parts):
                    _words(canvas, x, A4_HEIGHT - y - 9.5 - 13 * i, part, "Helvetica", 9.5)
                rows = max(rows, len(parts))
            y += 13 * rows
            continue
        if ln.startswith("~ "):
            canvas.setFont("Helvetica", 10)
            canvas.drawRightString(BODY_X + width, A4_HEIGHT - y - 10, ln[2:])
            y += 13
            continue
        mark, _, rest = ln.partition(" ")
        if mark in SIZES:
            font = "Helvetica" if mark == ">" else "Helvetica-Bold"
            size, text = SIZES[mark], rest
        else:
            font, size, text = "Helvetica", 10.0, ln
        for part in _wrap(text, font, size, width):
            _words(canvas, BODY_X, A4_HEIGHT - y - size, part, font, size)
            y += size * 1.3
        if mark in ("#", "##"):
            y += 4


def build_pdf(pages: list[list[str]], path: Path) -> Path:
    from reportlab.pdfgen import canvas as rl_canvas

    c = rl_canvas.Canvas(str(path), pagesize=(A4_WIDTH, A4_HEIGHT))
    for lines in pages:
        draw_page(c, lines)
        c.showPage()
    c.save()
    return path


def scan_pdf(source: Path, path: Path, *, seed: int, dpi: int = 300) -> Path:
    """``source`` as a scanner returns it: each page turned 0.3-0.8 degrees, blurred, speckled
    (``tests/fixtures/scanner.py``)."""
    return scanner.scan_pdf(source, path, seed, scanner.KINDS_ZOO.but(dpi=dpi))
