"""The legal grounds Woo and Wob releases print in or beside a redaction box.

A Woo release marks each blacked- or greyed-out passage with the article it
relies on (``5.1.2e``: the privacy of a person; ``5.1.2i``: the good working
of the state); an older Wob release with ``10.2.e`` or ``11.1``. OCR adds
its own spellings (``51.2e``, ``5.1.20``, ``5,1.2.e``). ``parse_code`` turns any of them
into the canonical code of ``resources/grounds/grounds.json`` (see the
``SOURCES.md`` beside it), which gives the law and a short meaning.

Codes with a letter (``5.1.2e``, ``10.2e``) are *strong*: they name a ground
wherever they stand. Bare ones (``5.2``, ``5.2.1``, ``11.1``, ``5.1.5``) are also
section numbers of reports, so they count only on or beside a box; so does a
code OCR read with a space or a comma for a dot (``5.1 2e``, ``5,1.2.e``) or with a figure for its
letter (``5.1.20``: also a section number). A bare code OCR read as a
plain number (``114`` for a small ``11.1``) counts only right after a box
(``find_box_misreads``), and never inside one: a number a box hides is no code.

This module is shared by ingest (a code printed inside a box is kept as a
word rather than dropped with what the box hides) and clean (each box gets
its ground, ``pipeline.clean.grounds``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.resource_files import GroundsGroundsFile

LAWS = ("woo", "wob")

# Named parts, each OCR-tolerant: dots may be lost or doubled, the letter may
# be misread (``ocr_letters``) or stand apart (``5.1.2 e``), and a dot between the
# numbers may come out a space or a comma (``5.1 2e``, ``10 2e``, ``5,1.2.e``: ``SPACED``).
_WOO_51 = r"5(?:\.{0,2}|[ ,])1(?:\.{1,2}|[ ,])([125])\.{0,2}\s?([a-iA-I0oQlE]?)"
_WOO_51_SQUASHED = r"51\.([12])\.?\s?([a-iA-I0oQlE])"
# ``5.2.1`` is printed for art. 5.2 lid 1 and kept as its own code; a bare ``5.2`` stays ``5.2``.
_WOO_52 = r"5\.2(?:\.(?P<woo52lid>1))?"
_WOB_10 = r"10(?:\.{1,2}|[ ,])([12])\.{0,2}\s?([a-gA-G0oQE])"
_WOB_11 = r"11\.1"
CODE = re.compile(
    r"(?<![\w.,])(?:"
    rf"(?P<woo51>{_WOO_51})|(?P<woo51s>{_WOO_51_SQUASHED})|(?P<woo52>{_WOO_52})"
    rf"|(?P<wob10>{_WOB_10})|(?P<wob11>{_WOB_11})"
    r")(?!\w|[.,]\d)"
)
# A space or a comma where a dot of the numbers belongs: OCR's reading of a small code beside a box
# ('5 1 2e', '5,1.2.e'); in text it is as likely two numbers ('5 1 5', 'op 10 2e', '5,1 2e'), so such
# a code counts only at a box.
SPACED = re.compile(r"5\.{0,2}[ ,]1|5\.{0,2}1[ ,]|10[ ,]")


@dataclass(frozen=True)
class Ground:
    code: str
    law: str
    ground: str


@dataclass(frozen=True)
class Grounds:
    by_code: dict[str, Ground]
    ocr_letters: dict[str, str]
    prose_before: frozenset[str]
    pair_max_chars: int
    box_misreads: dict[str, str]
    # An inventory list of a decision: its title, the most words a title line has, its header's
    # column names, the grounds column's names, and how many names in a row make a header.
    inventory_titles: tuple[re.Pattern[str], ...]
    inventory_title_max_words: int
    inventory_columns: frozenset[str]
    ground_columns: frozenset[str]
    inventory_header_min_columns: int


@lru_cache(maxsize=1)
def grounds() -> Grounds:
    """The grounds table, read and checked on first use."""
    data = load_file(GroundsGroundsFile)
    by_code = {}
    for code, entry in data.grounds.items():
        if not isinstance(entry, dict) or set(entry) != {"law", "ground"}:
            raise ValueError(f"grounds.json: {code!r} needs exactly 'law' and 'ground'")
        if entry["law"] not in LAWS or not str(entry["ground"]).strip():
            raise ValueError(f"grounds.json: {code!r} has a bad law or an empty ground")
        by_code[code] = Ground(code, entry["law"], entry["ground"])
    for misread, code in data.box_misreads.items():
        # Figures, with a dot where OCR kept one of the code's dots ('5.21' for 5.2.1).
        if code not in by_code or not re.fullmatch(r"\d+(?:\.\d+)*", misread):
            raise ValueError(f"grounds.json: box_misreads {misread!r} needs figures and a known code")
    return Grounds(by_code, dict(data.ocr_letters), frozenset(data.prose_before),
                   data.pair_max_chars, dict(data.box_misreads),
                   tuple(re.compile(p, re.IGNORECASE) for p in data.inventory_titles),
                   data.inventory_title_max_words, frozenset(data.inventory_columns),
                   frozenset(data.ground_columns), data.inventory_header_min_columns)


def _letter(raw: str, table: Grounds) -> str:
    if not raw:
        return ""
    return table.ocr_letters.get(raw, raw.lower())


def _canonical(match: re.Match[str], table: Grounds) -> str | None:
    if match.group("woo51"):
        lid, letter = match.group(2), _letter(match.group(3), table)
        return "5.1.5" if lid == "5" and not letter else (f"5.1.{lid}{letter}" if letter else None)
    if match.group("woo51s"):
        return f"5.1.{match.group(5)}{_letter(match.group(6), table)}"
    if match.group("woo52"):
        return "5.2.1" if match.group("woo52lid") else "5.2"
    if match.group("wob10"):
        return f"10.{match.group(10)}{_letter(match.group(11), table)}"
    return "11.1"


@dataclass(frozen=True)
class CodeMatch:
    start: int
    end: int
    ground: Ground
    # A code with its letter names a ground anywhere; a bare one only at a box.
    strong: bool


# Every code starts with a 1 or a 5 that stands after no word character, dot or comma:
# ``CODE`` is tried only there (the same matches as ``CODE.finditer``, at a tenth of the cost).
_CODE_START = re.compile(r"[15](?<![\w.,][15])")


def _code_matches(text: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    end = 0
    for start in _CODE_START.finditer(text):
        if start.start() < end:
            continue
        match = CODE.match(text, start.start())
        if match is not None:
            found.append(match)
            end = match.end()
    return found


def find_codes(text: str) -> list[CodeMatch]:
    """Every ground code in ``text`` that is in the grounds table."""
    table = grounds()
    out = []
    for match in _code_matches(text):
        code = _canonical(match, table)
        ground = table.by_code.get(code or "")
        if ground is not None:
            # A letter OCR read as a figure ('5.1.20') leaves a section number's shape.
            strong = (code[-1].isalpha() and not SPACED.match(match.group(0))
                      and not match.group(0).rstrip()[-1].isdigit())
            out.append(CodeMatch(match.start(), match.end(), ground, strong))
    return out


def find_box_misreads(text: str, mark: str) -> list[CodeMatch]:
    """The figures OCR makes of a small bare code (``114`` for ``11.1``: ``box_misreads`` in
    ``grounds.json``) where they stand right after a box's ``mark``, nothing but spaces between;
    anywhere else, and as part of a longer number, they are numbers. Weak, like a bare code."""
    table = grounds()
    if not table.box_misreads or mark not in text:
        return []
    figures = "|".join(sorted(map(re.escape, table.box_misreads), key=len, reverse=True))
    pattern = re.compile(rf"{re.escape(mark)}[ \t]*(?P<figures>{figures})(?!\w|[.,]\d)")
    return [CodeMatch(m.start("figures"), m.end("figures"),
                      table.by_code[table.box_misreads[m.group("figures")]], strong=False)
            for m in pattern.finditer(text)]


def parse_code(token: str) -> Ground | None:
    """The ground a whole token (``5.1.2e``, ``51.2e``, ``10.2.e``) names, or None."""
    token = token.strip().rstrip(",;:)").lstrip("(")
    found = find_codes(token)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(token):
        return found[0].ground
    return None


def is_code_text(text: str) -> bool:
    """Whether ``text`` consists only of ground codes (what is printed inside a box)."""
    parts = [p for p in re.split(r"[\s,;/]+|\ben\b", text) if p]
    return bool(parts) and all(parse_code(p) is not None for p in parts)
