"""Draw the documents of the layout zoo: born-digital PDFs (reportlab) and scans of them.

A page is a list of lines in a small notation, so a document reads like the
printed page it stands for:

* ``# text`` a heading (bold, 14 pt), ``## text`` a sub-heading (bold, 11 pt);
* ``> text`` small print (7 pt: a return address, a Woo stamp, a colophon);
* ``M Label|value`` a field of the right-hand margin column (label in bold, the
  value below it; a value with ``/ `` (a slash and a space) in it is printed as more lines, one
  per part, so ``2024/0311`` stays one line);
* ``| a | b | c`` a row of cells across the body (a label row, a table row);
* ``! text`` a stamp at the right, level with the next line, in bold capitals; one too long
  for a line is a box of two or three lines (its date on one line with the word before it,
  moved left when three do not hold it), and one that would print over words (a label row, a
  paragraph) takes lines of its own above them;
* ``~ text`` a line flush right (a place-date line of some templates);
* ``^ text`` a running header at the top of the page, ``_ text`` a footer;
* an empty string a blank line; anything else a paragraph, wrapped.

In a paragraph, a cell or a margin field a word ``■5.1.2e`` is a black redaction box with its Woo
ground printed beside it, ``▒5.1.2e`` a grey box with the ground printed in it, as
the tools that make Woo releases draw them; a bare ``■`` is a box without a ground.

The body is narrow (340 pt) when the page has a margin column, as in the
Rijkshuisstijl, and wide (455 pt) without. A row's cells are equally wide, and a cell's text
runs on over empty cells beside it, as a spreadsheet prints it; where a cell's text would
reach the next cell that holds text, its table (the run of rows with as many cells) is fitted
to its contents as a word processor fits it: each column as wide as its longest text, the
width left over shared out, the widest columns narrowed and their text wrapped (a word too
long broken) when the body does not hold them. The last cell wraps within the body when it
would run off the paper. Scans are the born-digital pages
rendered at 300 dpi, turned a fraction of a degree, blurred and speckled, and
saved as a PDF of images only.
"""

from __future__ import annotations

import re
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


def _wrap(text: str, font: str, size: float, width: float, *, break_words: bool = False) -> list[str]:
    """``text`` in lines of ``width``; with ``break_words`` a word wider than that is broken
    where the width ends, as a table's cell breaks a word longer than its column."""
    lines: list[str] = []
    words = text.split()
    if break_words:
        words = [piece for word in words for piece in _pieces(word, font, size, width)]
    for word in words:
        if lines and _measure(lines[-1] + " " + word, font, size) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


# A word laid out on the page: x, its baseline's distance from the top, the text, font and size.
Run = tuple[float, float, str, str, float]

STAMP_X, STAMP_RIGHT, STAMP_SIZE, STAMP_LEADING = 400.0, A4_WIDTH - 20.0, 10.0, 12.0
CELL_SIZE, CELL_LEADING = 9.5, 13.0
# The white a word processor keeps between a fitted column's text and the next column.
CELL_PADDING = 6.0


def _pieces(word: str, font: str, size: float, width: float) -> list[str]:
    if word[:1] in (BLACK, GREY) or _measure(word, font, size) <= width:
        return [word]
    pieces = [""]
    for char in word:
        if pieces[-1] and _measure(pieces[-1] + char, font, size) > width:
            pieces.append("")
        pieces[-1] += char
    return pieces


def _margin(fields: list[tuple[str, str]]) -> list[Run]:
    runs: list[Run] = []
    y = MARGIN_TOP
    for label, value in fields:
        runs.append((MARGIN_X, y, label, "Helvetica-Bold", 7.5))
        y += 10
        for part in value.split("/ "):
            runs.append((MARGIN_X, y, part.strip(), "Helvetica", 7.5))
            y += 10
        y += 8
    return runs


def _cell_width(text: str) -> float:
    # A black box's ground is printed 2 pt after it (``_words``).
    return _measure(text, "Helvetica", CELL_SIZE) + 2 * text.count(BLACK)


def _row(ln: str) -> list[str]:
    return [c.strip() for c in ln[2:].split("|")]


def _overprints(rows: list[list[str]], edges: list[float]) -> bool:
    """Whether a cell's text would reach the next cell that holds text."""
    for cells in rows:
        filled = [k for k, c in enumerate(cells) if c]
        if any(_cell_width(cells[a]) > edges[b] - edges[a] for a, b in zip(filled, filled[1:], strict=False)):
            return True
    return False


def _columns(rows: list[list[str]], width: float) -> list[float]:
    """The left edges of a table's columns (and the body's right edge): equally wide where every
    cell's text fits; else as a word processor fits a table to its contents, each column as wide
    as its longest text, the width left over shared out, and the widest columns narrowed (their
    text wrapped) when the body does not hold them all."""
    n = len(rows[0])
    equal = [BODY_X + k * width / n for k in range(n + 1)]
    if not _overprints(rows, equal):
        return equal
    natural = [max(_cell_width(cells[k]) for cells in rows) + CELL_PADDING for k in range(n)]
    if sum(natural) <= width:
        widths = [w + (width - sum(natural)) / n for w in natural]
    else:
        cap = width / n
        while sum(min(w, cap) for w in natural) < width - 0.5:
            wide = [w for w in natural if w > cap]
            cap += (width - sum(min(w, cap) for w in natural)) / len(wide)
        widths = [min(w, cap) for w in natural]
    edges = [BODY_X]
    for w in widths:
        edges.append(edges[-1] + w)
    return edges


def _tables(body: list[str], width: float) -> dict[int, list[float]]:
    """The column edges of each row of cells, by its index: a table is a run of rows with as many
    cells each."""
    edges: dict[int, list[float]] = {}
    n = 0
    while n < len(body):
        if not body[n].startswith("| "):
            n += 1
            continue
        end = n
        while end < len(body) and body[end].startswith("| ") and len(_row(body[end])) == len(_row(body[n])):
            end += 1
        table = _columns([_row(ln) for ln in body[n:end]], width)
        edges.update({k: table for k in range(n, end)})
        n = end
    return edges


def _cells(ln: str, y: float, width: float, edges: list[float]) -> tuple[list[Run], float]:
    """A row of cells from the table's column ``edges``. A cell's text runs on over empty cells
    beside it, as a spreadsheet prints it, and wraps within its own column (a space clear of the
    next cell, a word too long broken) when the next cell holds text: no text is printed over
    another. The last cell wraps within the body only when it would run off the paper."""
    cells = _row(ln)
    filled = [k for k, c in enumerate(cells) if c]
    runs: list[Run] = []
    rows = 1
    for k, cell in enumerate(cells):
        x = edges[k]
        parts = [cell]
        later = [j for j in filled if j > k]
        room = edges[later[0]] - x if later else A4_WIDTH - x
        if _cell_width(cell) > room:
            parts = _wrap(cell, "Helvetica", CELL_SIZE, room if later else BODY_X + width - x,
                           break_words=bool(later))
        for i, part in enumerate(parts):
            runs.append((x, y + CELL_SIZE + CELL_LEADING * i, part, "Helvetica", CELL_SIZE))
        rows = max(rows, len(parts))
    return runs, y + CELL_LEADING * rows


def _line(ln: str, y: float, width: float, edges: list[float] | None = None) -> tuple[list[Run], float]:
    """The runs of one line of the body laid out from ``y`` down, and the ``y`` under it."""
    if not ln:
        return [], y + 9
    if ln.startswith("| "):
        return _cells(ln, y, width, edges or _columns([_row(ln)], width))
    if ln.startswith("~ "):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        x = BODY_X + width - stringWidth(ln[2:], "Helvetica", 10.0)
        return [(x, y + 10, ln[2:], "Helvetica", 10.0)], y + 13
    mark, _, rest = ln.partition(" ")
    if mark in SIZES:
        font = "Helvetica" if mark == ">" else "Helvetica-Bold"
        size, text = SIZES[mark], rest
    else:
        font, size, text = "Helvetica", 10.0, ln
    runs: list[Run] = []
    for part in _wrap(text, font, size, width):
        runs.append((BODY_X, y + size, part, font, size))
        y += size * 1.3
    return runs, y + (4 if mark in ("#", "##") else 0)


# A stamp's date band ('12 FEB. 1993', '26 JUNI 1985', '3-4-2024') is one piece of type, set after its
# label ('ONTVANGEN 24 OKT. 1986').
STAMP_DATE = re.compile(r"\d{1,2} [A-Z]+\.? \d{4}|\d{1,2}[-.]\d{1,2}[-.]\d{2,4}")


def _stamp_lines(text: str, width: float) -> list[str]:
    units = [m.group() if m.group(1) is None else m.group(1)
             for m in re.finditer(rf"(\S+ (?:{STAMP_DATE.pattern}))|\S+", text)]
    lines: list[str] = []
    for unit in units:
        if lines and _measure(lines[-1] + " " + unit, "Helvetica-Bold", STAMP_SIZE) <= width:
            lines[-1] += " " + unit
        else:
            lines.append(unit)
    return lines or [""]


def _stamp(text: str) -> tuple[float, list[str]]:
    """A stamp's left edge and lines: one line at the right when it fits on the paper, else a box
    of two or three lines, as a received stamp is, its date kept with its label, widened to the left
    when three do not hold it."""
    x = STAMP_X
    lines = _stamp_lines(text.upper(), STAMP_RIGHT - x)
    while len(lines) > 3 and x > BODY_X:
        x -= 10
        lines = _stamp_lines(text.upper(), STAMP_RIGHT - x)
    return x, lines


def _clashes(box: tuple[float, float, float, float], runs: list[Run]) -> bool:
    x0, top, x1, bottom = box
    for x, base, text, font, size in runs:
        if not text.strip():
            continue
        right = x + _measure(text, font, size) - _measure(" ", font, size)
        if x < x1 and right > x0 and base - size * 0.8 < bottom and base + size * 0.25 > top:
            return True
    return False


def draw_page(canvas, lines: list[str]) -> None:
    fields = [tuple(ln[2:].split("|", 1)) for ln in lines if ln.startswith("M ")]
    width = NARROW if fields else WIDE
    runs = _margin(fields)
    body = [ln for ln in lines if not ln.startswith(("M ", "^ ", "_ "))]
    for ln in lines:
        if ln.startswith("^ "):
            runs.append((MARGIN_X if fields else BODY_X, 40.0, ln[2:], "Helvetica", 7.5))
        elif ln.startswith("_ "):
            runs.append((BODY_X, A4_HEIGHT - 30, ln[2:], "Helvetica", 7.0))
    tables = _tables(body, width)
    y = 70.0
    stamp: str | None = None
    for n, ln in enumerate(body):
        if ln.startswith("! "):
            stamp = ln[2:]
            continue
        if stamp is not None:
            # A stamp is set level with the next line where it clears the text around it; where
            # it would print over words (a label row, a margin column), it takes lines of its own.
            x, parts = _stamp(stamp)
            ink = [(x, y + STAMP_SIZE + STAMP_LEADING * i, p, "Helvetica-Bold", STAMP_SIZE)
                   for i, p in enumerate(parts)]
            box = (x - 2, y, STAMP_RIGHT + 2, y + STAMP_SIZE + STAMP_LEADING * (len(parts) - 1) + 3)
            below, near = y, list(runs)
            for k, later in enumerate(body[n:], n):
                if below > box[3] or later.startswith("! "):
                    break
                placed, below = _line(later, below, width, tables.get(k))
                near += placed
            if _clashes(box, near):
                y = box[3] + 4
            runs += ink
            stamp = None
        placed, y = _line(ln, y, width, tables.get(n))
        runs += placed
    for x, base, text, font, size in runs:
        _words(canvas, x, A4_HEIGHT - base, text, font, size)


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
