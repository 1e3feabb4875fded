"""A rekenkamer's or an accountant's report on one municipality: a third party's document.

``Rekenkamer Enschede | Onderzoek naar de cultuursubsidies`` reports on Enschede's money, so its
budget and realisation (``Begroot | Gerealiseerd | Verschil``, ``Begroting 2023 | Rekening
2023``) are Enschede's spending as a third party tells it, and carry its code (ANNOTATING.md:
a rekenkamer's report is a third party's document); its totals, the rows of subsidies to
organisations (``Subsidie Vluchtelingenwerk``) and a municipality's own budget table (no audit
body at its head) get none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.gazetteer import lookup
from pipeline.link.mentions import LinkInput, total_row
from pipeline.phrases import alternation
from pipeline.records import DocumentInfo
from pipeline.resource_files import AmountsLinkingFile

# How many non-empty lines of the text's head may name the audit body.
_HEAD_LINES = 6
# A municipality's name after the audit body has at most this many words ('Bergen op Zoom').
_NAME_MAX_WORDS = 4
# How far around an amount its sentence is read, and how far before it a limit word stands.
_SENTENCE_CHARS = 300
_LIMIT_CHARS = 16
# A semicolon ends a clause of its own figure ('raamt de behoefte op € X; de begroting bevat € Y').
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")
_TO_AN_ORGANISATION = re.compile(r"(?<![\w])aan\s+(?:de\s+)?(?:stichting|vereniging)(?![\w])", re.IGNORECASE)
_YEAR_COLUMN = re.compile(r"\W*(?:19|20)\d\d\W*$")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = load_file(AmountsLinkingFile)
    body = re.compile(
        # 'Rekenkamer Enschede', 'Accountantsverslag 2024 gemeente Oss'.
        r"(?<![\w])" + alternation(data.audit_bodies)
        + r"(?:(?:[ \t]+[^\s|]+){0,3}?[ \t]+(?:de[ \t]+)?gemeente|[ \t]+van)?[ \t]+"
        + r"(?P<name>[A-Z][^\s|]*(?:[ \t]+[^\s|]+){0," + str(_NAME_MAX_WORDS - 1) + "})", re.IGNORECASE)
    columns = re.compile(r"^\W*" + alternation(data.audited_columns) + r"(?![\w])", re.IGNORECASE)
    organisations = re.compile(r"^\W*" + alternation(data.organisation_rows) + r"(?![\w])", re.IGNORECASE)
    return body, columns, organisations


@lru_cache(maxsize=1)
def _prose() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = load_file(AmountsLinkingFile)
    nouns = re.compile(r"(?<![\w-])" + alternation(data.audited_prose_nouns) + r"(?![\w-])", re.IGNORECASE)
    # 'samen met het voorbereidingskrediet' adds to one credit; 'samen was dat' sums several.
    others = re.compile(r"(?<![\w-])" + alternation(data.audited_prose_others) + r"(?![\w])(?!\s+met(?![\w]))",
                        re.IGNORECASE)
    limits = re.compile(r"(?<![\w])" + alternation(data.audited_prose_limits) + r"(?![\w])", re.IGNORECASE)
    return nouns, others, limits


def audited_municipality(info: DocumentInfo, text: str, furniture: tuple[str, ...] = ()) -> str | None:
    """The municipality a rekenkamer's or an accountant's report is on, when its head names the
    body with one municipality (``Rekenkamer Enschede``, ``Accountantsverslag 2024 gemeente
    Zaltbommel``); a regional body (``Rekenkamer West-Brabant``) names none."""
    body = _words()[0]
    head = [ln for ln in text.splitlines() if ln.strip()][:_HEAD_LINES]
    if any(_own_report().match(cell) for line in (*head, *furniture) for cell in line.split("|")):
        # The body's own yearly account: the budget it spent on its members and studies is its own.
        return None
    year = int(info.doc_date[:4]) if info.doc_date and info.doc_date[:4].isdigit() else None
    codes = set()
    for line in (*head, *furniture, info.title or ""):
        codes.update(c for m in body.finditer(line) if (c := _longest_name(m["name"], year)) is not None)
    if not codes and any(_body_alone().match(line) for line in (*head, info.title or "")):
        # 'Rapport van feitelijke bevindingen SiSa 2024' over 'Gemeente Lelystad - specifieke uitkering ...':
        # the title names no one, the head's line that opens with a municipality does (a title that only
        # cites the report, 'Raadsvoorstel | Reactie op het rapport van de rekenkamer', is none).
        codes.update(c for line in head if (m := _MUNICIPALITY_LINE.match(line)) is not None
                     and (c := _longest_name(m["name"], year)) is not None)
    return codes.pop() if len(codes) == 1 else None


def _longest_name(name: str, year: int | None) -> str | None:
    """The code of the longest run of words that is a municipality: the header may go on after it."""
    words = name.split()
    found = next((f for n in range(len(words), 0, -1)
                  if (f := lookup(" ".join(words[:n]).rstrip(".,:;"), year)) is not None), None)
    return found.code if found is not None else None


@lru_cache(maxsize=1)
def _own_report() -> re.Pattern:
    """A running head's cell that is the body's own yearly account: ``Jaarverslag 2024`` alone, or
    before the body (``Jaarverslag 2024 Rekenkamercommissie Hardenberg``); ``Onderzoek naar het
    jaarverslag`` is a study of the municipality's."""
    data = load_file(AmountsLinkingFile)
    return re.compile(r"\W*" + alternation(data.audit_own_reports) + r"(?:\s+(?:19|20)\d\d)?\s*(?:$|"
                      + alternation(data.audit_bodies) + r"(?![\w]))", re.IGNORECASE)


_MUNICIPALITY_LINE = re.compile(r"\W*gemeente[ \t]+(?P<name>[A-Z][^\s|]*(?:[ \t]+[^\s|]+){0," + str(_NAME_MAX_WORDS - 1)
                                + "})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _body_alone() -> re.Pattern:
    return re.compile(r"\W*" + alternation(load_file(AmountsLinkingFile).audit_bodies) + r"(?![\w])",
                      re.IGNORECASE)


def audited_cell(text: str, start: int, row_label: str | None, column_label: str | None) -> bool:
    """Whether the table figure at ``start`` is the audited municipality's budget or
    realisation: a column of those, a row that is no total and no subsidy to an organisation."""
    _, columns, _ = _words()
    if (not column_label or (columns.match(column_label) is None and _YEAR_COLUMN.match(column_label) is None)
            or total_row(text, start)):
        return False
    return not organisation_row(row_label)


def organisation_row(row_label: str | None) -> bool:
    """Whether a table row is a subsidy or contribution to an organisation (``Subsidie
    Vluchtelingenwerk``, ``Bijdrage aan stichting ...``): in the report, no one's money."""
    return bool(row_label) and _words()[2].match(row_label) is not None


def audited_prose(links: LinkInput, start: int, end: int, audited: str) -> bool:
    """Whether the amount at ``start``-``end`` in a sentence of the report is the audited
    municipality's money: its sentence names a credit, a cost, an overrun or a grant, no tolerance,
    error, subsidy to an organisation or sum, no other municipality, and no limit stands before it."""
    nouns, others, limits = _prose()
    text = links.text
    lo, hi = _sentence(text, start, end)
    sentence = text[lo:hi]
    if "|" in sentence or nouns.search(sentence) is None or others.search(sentence) is not None:
        return False
    # The amount's span may hold its qualifier ('meer dan € 250.000').
    if limits.search(text[max(lo, start - _LIMIT_CHARS):end]) is not None:
        return False
    return not any(lo <= m.start < hi and m.code != audited for m in links.mentions)


def to_an_organisation(text: str, start: int, end: int) -> bool:
    """Whether the amount's sentence gives it to a foundation or an association (``De gemeente
    betaalde € 3,1 miljoen subsidie aan Stichting Welzijn``, ``Aan de Stichting Kunst verleende de
    gemeente € 45.000``): in the report, that is no one's money."""
    lo, hi = _sentence(text, start, end)
    sentence = text[lo:hi]
    return "|" not in sentence and _TO_AN_ORGANISATION.search(sentence) is not None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _SENTENCE_CHARS)
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    lo = ends[-1].end() if ends else lo
    after = _SENTENCE_END.search(text, end, end + _SENTENCE_CHARS)
    return lo, (after.start() if after else min(len(text), end + _SENTENCE_CHARS))
