"""The lines of a document: cut, marked and searched for dates.

``page_lines`` cuts a clean page into ``Line``s (website chrome and
boilerplate marked), ``content_lines`` gives the lines of a document that
carry content, and the date helpers find a date in a line (``DateHit``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.dutch.date_grammar import date_words
from pipeline.dutch.date_rules import compiled_rules
from pipeline.dutch.dates import parse_date
from pipeline.extract.doc_words import (
    ORDINAL_DAY,
    _alternatives,
    _day_date,
    _fold,
    boilerplate,
    letter_words,
    ocr_reading,
)
from pipeline.records import CleanPage
from pipeline.resource_files import DocumentDatesFile

# Letters put their address block, subject and date in the first lines: how
# far down the structural cues of a letter head are looked for.
HEAD_LINES = 14
# The opening of a set of Kamervragen stands on its first page (two, for a cover page).
HEADER_PAGES = 2
# A headline or heading is short and does not end like a sentence.
MAX_HEADING_WORDS = 20


# --------------------------------------------------------------------------
# Lines of the document


@dataclass(frozen=True)
class Line:
    """One line of a clean page: ``text`` is stripped, ``start``/``end`` are its offsets on the page."""

    page: int
    start: int
    end: int
    text: str


def page_lines(page: CleanPage) -> list[Line]:
    """Every line of the page (blank ones as empty text), with offsets of the stripped text."""
    # The document description asks for the lines of its first page many times: they are
    # made once per page (kept by identity, for the last few pages) and copied.
    held = _PAGE_LINES.get(id(page))
    if held is not None and held[0] is page:
        return list(held[1])
    out, pos = [], 0
    for raw in page.text.split("\n"):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        out.append(Line(page.number, pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    if len(_PAGE_LINES) >= _PAGE_LINES_SIZE:
        _PAGE_LINES.clear()
    _PAGE_LINES[id(page)] = (page, tuple(out))
    return out


_PAGE_LINES: dict[int, tuple[CleanPage, tuple[Line, ...]]] = {}
_PAGE_LINES_SIZE = 16


def run_to_figure(page: CleanPage, lines: list[Line], max_words: int) -> Line | None:
    """The lines of one block that follow each other, those after the first of at most ``max_words`` words, read as
    one up to the first that holds a figure (its line breaks as spaces, its offsets the page's): a stamp's box breaks
    a line so. None where the run breaks, or ends, before a figure."""
    for k in range(1, len(lines)):
        if lines[k].start != lines[k - 1].end + 1 or not 0 < len(lines[k].text.split()) <= max_words:
            return None
        if re.search(r"\d", lines[k].text):
            first, last = lines[0], lines[k]
            return Line(page.number, first.start, last.end, page.text[first.start: last.end].replace("\n", " "))
    return None


def printed_lines(page: CleanPage) -> list[Line]:
    """The page's lines as printed: the clean stage joins the short lines of a cover or colophon
    into one paragraph (``... begrotingsjaar 2023 Vastgesteld door het college ... op 16 april
    2024 Ter vaststelling ...``); each space that stands for a line break of the raw text cuts
    the line again, so a title-page line can be read on its own."""
    # Several date and title rules ask for them: made once per page, as ``page_lines``.
    held = _PRINTED_LINES.get(id(page))
    if held is not None and held[0] is page:
        return list(held[1])
    raw, offsets, text = page.raw.text, page.raw_offsets, page.text
    out = []
    for ln in page_lines(page):
        start = ln.start
        # Only the spaces can cut a line: found by ``str.find``, not by a look at every character.
        i = text.find(" ", ln.start, ln.end)
        while i >= 0:
            if raw[offsets[i]: offsets[i] + 1] == "\n":
                out.append(Line(ln.page, start, i, text[start:i]))
                start = i + 1
            i = text.find(" ", i + 1, ln.end)
        out.append(Line(ln.page, start, ln.end, text[start: ln.end]))
    if len(_PRINTED_LINES) >= _PAGE_LINES_SIZE:
        _PRINTED_LINES.clear()
    _PRINTED_LINES[id(page)] = (page, tuple(out))
    return out


_PRINTED_LINES: dict[int, tuple[CleanPage, tuple[Line, ...]]] = {}


def is_boilerplate(text: str) -> bool:
    """Is this line navigation or a data list of the source website, not document text?"""
    words = boilerplate()
    # Asked of each line of a page by several parts of the description: judged once per list.
    held = _BOILERPLATE.get(text)
    if held is not None and held[0] is words:
        return held[1]
    folded = " ".join(text.split())
    verdict = bool(folded) and (_fold(folded) in words.lines or (
        any(p.search(folded) for p in words.patterns) and not _PROSE_AFTER.search(folded)))
    if len(_BOILERPLATE) >= _BOILERPLATE_SIZE:
        _BOILERPLATE.clear()
    _BOILERPLATE[text] = (words, verdict)
    return verdict


# A credit or source line the clean stage joined to the paragraph after it ('Bron: jaarverslagen
# 2020-2023. De verdeling volgt niet ...'): a sentence of prose after its first is text.
_PROSE_AFTER = re.compile(r"[.!?]\s+[A-Z][\w'’-]*(?:\s+\S+){7,}")
_BOILERPLATE: dict[str, tuple[object, bool]] = {}
_BOILERPLATE_SIZE = 20_000


def website_boilerplate(page: CleanPage) -> tuple[tuple[int, int], ...]:
    """(start, end) of the lines of a page that are website boilerplate, for titles and facts to skip."""
    return tuple((ln.start, ln.end) for ln in page_lines(page) if ln.text and is_boilerplate(ln.text))


# A table cell that is a figure: digits with Dutch separators, maybe € or %.
_FIGURE_CELL = re.compile(r"(?:€|EUR)?\s*\d[\d.,]*(?:,-)?\s*%?")


def is_figure_row(text: str) -> bool:
    """A row of a table written with ``|`` that holds a figure (``Leiden | € 8.500``): content, not navigation."""
    return "|" in text and any(_FIGURE_CELL.fullmatch(cell.strip()) for cell in text.split("|"))


# A cell that ends in who wrote the article ('Twee ton voor de haven door Jan Mulder', 'Door M. de Vries'):
# a newspaper's byline, which the clean stage may join to the headline above it.
_BYLINE_CELL = re.compile(r"(?:^|\s)[Dd]oor\s+(?:[A-Z]\.\s*)*[A-Z][\w'’-]*"
                          r"(?:\s+(?:(?:van|de|der|den|ter|ten|te|het)\s+)*[A-Z][\w'’-]*)?\s*$")


def is_byline_row(text: str) -> bool:
    """A row written with ``|`` whose cell names the article's writer (``Twee ton voor de haven door
    Jan Mulder | 14 maart 2024``): the article's head, not navigation."""
    return "|" in text and any(_BYLINE_CELL.search(cell.strip()) for cell in text.split("|"))


def website_chrome(page: CleanPage) -> tuple[tuple[int, int], ...]:
    """(start, end) of the boilerplate lines at the top and the bottom of a page.

    Navigation, breadcrumbs and share lines frame a saved web page; the same
    shapes inside the text (a table written with ``|``) are content. Only the
    runs of boilerplate (and blank) lines at the page's edges count here.
    """
    lines = page_lines(page)

    def edge(ordered: list[Line]) -> list[Line]:
        run = []
        for ln in ordered:
            if ln.text and (not is_boilerplate(ln.text) or is_figure_row(ln.text) or is_byline_row(ln.text)):
                break
            if ln.text:
                run.append(ln)
        return run

    head = edge(lines)
    tail = edge(lines[::-1]) if len(head) < sum(1 for ln in lines if ln.text) else []
    return tuple(sorted({(ln.start, ln.end) for ln in head + tail}))


def margin_block_start(page: CleanPage, lines: list[Line]) -> int:
    """Index of the first line of the margin block the clean stage put after the body (len when none).

    The block is the run of lines at the end of the page that are margin labels
    or values of the page's ``margin_fields``.
    """
    if not page.margin_fields:
        return len(lines)
    known = {_fold(w) for w in letter_words().margin_labels}
    known |= {_fold(x) for field in page.margin_fields for x in field if x.strip()}
    i = len(lines)
    while i > 0 and (not lines[i - 1].text or _fold(lines[i - 1].text) in known):
        i -= 1
    return i


def content_lines(pages: tuple[CleanPage, ...] | list[CleanPage]) -> list[Line]:
    """The non-empty lines of all pages that are neither website boilerplate nor the margin block."""
    out = []
    for page in pages:
        lines = page_lines(page)
        body = lines[: margin_block_start(page, lines)]
        out += [ln for ln in body if ln.text and not is_boilerplate(ln.text)]
    return out


def is_heading(text: str) -> bool:
    """Short, starts with a capital or digit, and does not end like a sentence or a list item."""
    words = text.split()
    return (
        0 < len(words) <= MAX_HEADING_WORDS
        and (text[0].isupper() or text[0].isdigit())
        and not text.endswith((".", ",", ";", ":"))
    )


# --------------------------------------------------------------------------
# Dates


@dataclass(frozen=True)
class DateHit:
    """A document date: its ISO value, where its text stands, and the rule that found it."""

    value: str
    page: int
    start: int
    end: int
    rule: str

    @property
    def span(self) -> tuple[int, int, int]:
        return (self.page, self.start, self.end)


def first_matched_date(lines, pattern: re.Pattern[str], rule: str) -> DateHit | None:
    """The day date in the ``date`` group of the first line ``pattern`` matches at its start
    where that group reads as one (``Aldus vastgesteld ... op 25 juni 2024``, a byline)."""
    for ln in lines:
        m = pattern.match(ln.text)
        if m is not None:
            hit = _day_date_at(Line(ln.page, ln.start + m.start("date"), ln.end, m["date"]), rule)
            if hit is not None:
                return hit
    return None


def _day_date_at(line: Line, rule: str, where: str = "any") -> DateHit | None:
    """The full day date in a line: anywhere, at its ``start`` or at its ``end``; in figures or written out
    in words (``negenentwintig juni negentienhonderdachtenzeventig``), whichever stands first (a record's
    ``Op heden, woensdag de zevende maart ...`` before the date of a drawing it names)."""
    # Most lines hold no year in figures, and so no date in figures: those skip the patterns of dates in figures.
    figures = has_year_figures(line.text)
    found = sorted([*(_day_date().finditer(line.text) if figures else ()), *_worded_dates(line.text)],
                   key=lambda m: m.start())
    if not found:
        return _roman_month_date_at(line, rule, where) if figures else None
    m = found[-1] if where == "end" else found[0]
    if where == "start" and m.start() != 0:
        return None
    if where == "end" and line.text[m.end():].strip(" .,;") != "":
        return None
    value = parse_date(_ORDINAL_DAY.sub(r"\1", m.group(), count=1))
    if value is None or value.granularity != "day":
        return None
    return DateHit(value.value, line.page, line.start + m.start(), line.start + m.end(), rule)


# An old date's ordinal day ('21en December 1971'), which the date grammar reads as its number.
_ORDINAL_DAY = re.compile(rf"^(\d{{1,2}})(?:{ORDINAL_DAY})(?=\s)")

# Four figures in a row: every date in figures ends in its year so (``12 maart 2024``, ``12-III-1963``) or opens
# with it (``2024-03-12``), and a line without them needs none of their patterns.
_YEAR_FIGURES = re.compile(r"\d{4}")


def has_year_figures(text: str) -> bool:
    """Whether ``text`` may hold a date in figures (a day date, a month and year): it holds four figures in a row."""
    return _YEAR_FIGURES.search(text) is not None


# The month in Roman figures, as government offices typed dates until the 1970s ('12-III-1963'); OCR reads the I
# as a 1 or an l ('12-111-1963'), which no month in figures can be. A post office's date stamp sets it apart by
# spaces ('GOES 3 II 1953'), its month then in letters only: figures apart so are a table's row.
_ROMAN_MONTH_DATE = re.compile(r"(?<![^\W_])(?P<day>\d{1,2})(?:(?P<sep>[-.])(?P<month>[IVX1l]{1,4})(?P=sep)"
                               r"|\s(?P<spaced>[IVX]{1,4})\s)(?P<year>(?:18|19|20)\d{2})(?!\d)")
_ROMAN_MONTHS = {r: n for n, r in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), 1)}


def _roman_month_date_at(line: Line, rule: str, where: str) -> DateHit | None:
    found = list(_ROMAN_MONTH_DATE.finditer(line.text))
    if not found:
        return None
    m = found[-1] if where == "end" else found[0]
    if (where == "start" and m.start() != 0) or (where == "end" and line.text[m.end():].strip(" .,;") != ""):
        return None
    month = _ROMAN_MONTHS.get((m["month"] or m["spaced"]).replace("1", "I").replace("l", "I"))
    value = parse_date(f"{m['day']}-{month}-{m['year']}") if month is not None else None
    if value is None or value.granularity != "day":
        return None
    return DateHit(value.value, line.page, line.start + m.start(), line.start + m.end(), rule)


@lru_cache(maxsize=1)
def _worded_date() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The date rule of a date written out, and the words one of which its year holds (``honderd``,
    ``duizend``, the spoken century ``twintig``): a line without any of them is not searched."""
    words = date_words().number_words
    return compiled_rules()["day_month_year_words"], (words["hundred"], words["thousand"],
                                                       *words["spoken_centuries"])


def _worded_dates(text: str) -> list[re.Match[str]]:
    pattern, years = _worded_date()
    lowered = text.lower()
    if not any(word in lowered for word in years):
        return []
    # From its day on, as a date in figures is found: a weekday before it is no part of the date.
    return [pattern.match(text, m.start("day")) or m for m in pattern.finditer(text)]


@lru_cache(maxsize=1)
def _misread_date() -> tuple[re.Pattern[str], re.Pattern[str], dict[int, str]]:
    """A day date whose figures OCR read partly as letters (``S maart 2024``, ``l2 mrt. 2O24``): the
    misread characters of ``resources/document/dates.json`` stand in for digits, the month is a word,
    maybe misread too (``rnaart``, ``0ktober``, ``febr uari``: ``misread_months``); and a numeric
    date whose separators OCR lost or changed (``21.11 2024``, ``2l,11.2024``): each of day, month
    and year apart by a separator, a space or both. A worded date may hold a speck read as a lone glyph
    before its year."""
    misreads = load_file(DocumentDatesFile).ocr_digit_misreads
    figure = "[0-9" + "".join(re.escape(c) for c in misreads) + "]"
    months = "|".join((_alternatives(tuple(date_words().months)), *misread_months().values()))
    # A speck between month and year comes out as a glyph of its own ('11 april È 2024').
    speck = r"(?:[^\sA-Za-z0-9]\s+)?"
    worded = re.compile(rf"(?<![^\W_])(?P<day>{figure}{{1,2}})\s+(?P<month>(?i:{months}))\.?\s+{speck}"
                        rf"(?P<year>{figure}{{4}})(?!\w)")
    apart = r"(?:\s*[.,/-]\s*|\s+)"
    numeric = re.compile(rf"(?<![\w.,/-])(?P<day>{figure}{{1,2}}){apart}(?P<month>{figure}{{1,2}}){apart}"
                         rf"(?P<year>{figure}{{4}})(?![\w.,/-]*\w)")
    return worded, numeric, str.maketrans(misreads)


def misread_day_date_at(line: Line, rule: str) -> DateHit | None:
    """The last day date of the line read with OCR's letter-for-digit misreads and lost separators
    undone; the year must keep two real digits (a word of letters is no year), and a numeric date
    one real digit in its day and in its month."""
    worded, numeric, table = _misread_date()
    found = [(m, True) for m in worded.finditer(line.text)] + [(m, False) for m in numeric.finditer(line.text)]
    if not found:
        return None
    m, words = max(found, key=lambda f: f[0].start())
    if sum(ch.isdigit() for ch in m["year"]) < 2:
        return None
    day, year = m["day"].translate(table), m["year"].translate(table)
    if words:
        value = parse_date(f"{day} {_month_read(m['month'])} {year}")
    elif not (any(ch.isdigit() for ch in m["day"]) and any(ch.isdigit() for ch in m["month"])):
        return None
    else:
        value = parse_date(f"{day}-{m['month'].translate(table)}-{year}")
    if value is None or value.granularity != "day":
        return None
    return DateHit(value.value, line.page, line.start + m.start(), line.start + m.end(), rule)


@lru_cache(maxsize=1)
def misread_months() -> dict[str, str]:
    """Each month name of four letters or more and a regex of the ways OCR misreads it
    (``doc_words.ocr_reading``); the short forms (``mrt``, ``jun``) are too short to read loosely.
    A long name may also lose its last letter to a fax's faint end of a word (``februar``)."""
    def read(name: str) -> str:
        return f"(?:{ocr_reading(name)}|{ocr_reading(name[:-1])})" if len(name) >= LONG_MONTH else ocr_reading(name)

    return {name: read(name) for name in date_words().months if len(name) >= 4}


# A month name this long is still told from the others without its last letter ('septembe').
LONG_MONTH = 7


def _month_read(text: str) -> str:
    """The month name a (misread) month word stands for."""
    if text.lower() in date_words().months:
        return text
    return next(name for name, pattern in misread_months().items() if re.fullmatch(pattern, text, re.IGNORECASE))


def date_in_text(text: str, page: int, offset: int, rule: str) -> DateHit | None:
    """The first full day date in ``text`` (which stands at ``offset`` of ``page``)."""
    return _day_date_at(Line(page, offset, offset + len(text), text), rule)


_YEAR = re.compile(r"(?<![\d.,-])(?:19|20)\d{2}(?![\d.,-]\d)")


def _year_in(line: Line, rule: str) -> DateHit | None:
    m = _YEAR.search(line.text)
    if m is None:
        return None
    return DateHit(m.group(), line.page, line.start + m.start(), line.start + m.end(), rule)


